#include "widgets/sweep_editor.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "config/config_io.h"
#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "models/file_paths.h"
#include "models/session.h"
#include "models/sweep_texts.h"
#include "util/atomic_file.h"
#include "util/number_text.h"

namespace ui::widgets {
namespace {

namespace sweep = core::sweep;
using core::config::ConfigField;
using core::config::FieldType;
using core::config::FieldValue;

constexpr auto kLastSpecKey = "sweep/lastSpecFile";
constexpr int kValuesKind = 0, kRangeKind = 1;

bool commaLocale() {
    return QLocale().decimalPoint() == QStringLiteral(",");
}

// Reals as the form shows them: core's shortest text with the UI's decimal separator.
QString realText(double value) {
    QString text = QString::fromStdString(core::util::formatNumber(value));
    if (commaLocale())
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

// Either separator is accepted when typed ("0,001" and "0.001").
std::string fromFormText(QString text) {
    text = text.trimmed();
    if (text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    return text.toStdString();
}

QString valueText(const FieldValue& value) {
    if (const auto* d = std::get_if<double>(&value))
        return realText(*d);
    return QString::fromStdString(core::config::formatFieldValue(value));
}

QString quoted(const QString& key) {
    return QStringLiteral("`%1`").arg(key);
}

void markInvalid(QWidget* widget, bool invalid) {
    if (!widget || widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QLabel* errorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void setError(QLabel* label, const QStringList& messages) {
    label->setText(messages.join('\n'));
    label->setVisible(!messages.isEmpty());
}

// Core's messages start with the source and line of the YAML the form wrote: meaningless
// here, where the form is the source.
QString withoutPlace(const std::string& message) {
    static const QRegularExpression place(QStringLiteral("^[^\\s:]*:\\d+: "));
    return QString::fromStdString(message).remove(place);
}

// A form row whose label's text is set later (QFormLayout makes no label for an empty text).
void addFormRow(QFormLayout* form, QWidget* field) {
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

// The text of the label of `field`'s row in the form that holds it.
void setRowLabel(QWidget* field, const QString& text) {
    for (auto* form : field->parentWidget()->findChildren<QFormLayout*>())
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            label->setText(text);
}

// Each item's text again from its data (the item's enum value), in the language of the moment.
template <typename Enum>
void relabel(QComboBox* combo, QString (*label)(Enum)) {
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, label(Enum(combo->itemData(i).toInt())));
}

template <typename Enum>
void selectData(QComboBox* combo, Enum value) {
    combo->setCurrentIndex(std::max(0, combo->findData(int(value))));
}

}  // namespace

struct SweepEditor::ParameterRow {
    QFrame* box = nullptr;
    QComboBox* key = nullptr;
    QComboBox* kind = nullptr;
    QLineEdit* values = nullptr;
    QWidget* rangeBox = nullptr;
    QLineEdit* low = nullptr;
    QLineEdit* high = nullptr;
    QComboBox* scale = nullptr;
    QLabel* stepsLabel = nullptr;
    QSpinBox* steps = nullptr;
    QLabel* fromLabel = nullptr;
    QLabel* toLabel = nullptr;
    QPushButton* remove = nullptr;
    QLabel* error = nullptr;

    QString fieldKey() const { return key->currentData().toString(); }
    const ConfigField* field() const { return core::config::findField(fieldKey().toStdString()); }
};

SweepEditor::SweepEditor(models::Session* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    build();
    m_filling = true;  // validated once the form is filled, below
    auto* texts = new i18n::Retranslator(this);
    texts->add([this] { retranslate(); });
    m_filling = false;
    connect(m_session, &models::Session::configChanged, this, [this] {
        if (m_baseSession->isChecked())
            validate();
    });
    const QString last = QSettings().value(kLastSpecKey).toString();
    if (last.isEmpty() || !QFileInfo::exists(last) || !loadFile(last)) {
        m_filling = true;
        addParameter(QStringLiteral("training.learning_rate"));
        m_filling = false;
        validate();
    }
}

SweepEditor::~SweepEditor() = default;

QWidget* SweepEditor::section(const QString& title, QVBoxLayout* into, QLabel** error) {
    auto* box = new QGroupBox(title, this);
    auto* layout = new QVBoxLayout(box);
    *error = errorLabel(box);
    into->addWidget(box);
    Q_UNUSED(layout);
    return box;
}

void SweepEditor::build() {
    setStyleSheet(
        QStringLiteral("*[invalid=\"true\"] { border: 2px solid #d32f2f; background: #fdecea; }"));
    auto* layout = new QVBoxLayout(this);

    // ---- base ----
    {
        auto* box = section(QString(), layout, &m_baseError);
        m_sections.push_back(static_cast<QGroupBox*>(box));
        auto* l = static_cast<QVBoxLayout*>(box->layout());
        m_baseSession = new QRadioButton(box);
        m_baseSession->setObjectName(QStringLiteral("base.session"));
        m_baseFile = new QRadioButton(box);
        m_baseFile->setObjectName(QStringLiteral("base.file"));
        m_baseFileLabel = new QLabel(box);
        m_baseFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_baseFileButton = new QPushButton(box);
        m_baseSpec = new QRadioButton(box);
        m_baseSpec->setObjectName(QStringLiteral("base.spec"));
        m_baseSpec->hide();
        m_baseGroup = new QButtonGroup(this);
        for (auto* b : {m_baseSession, m_baseFile, m_baseSpec})
            m_baseGroup->addButton(b);
        m_baseSession->setChecked(true);
        l->addWidget(m_baseSession);
        auto* fileLine = new QHBoxLayout();
        fileLine->addWidget(m_baseFile);
        fileLine->addWidget(m_baseFileLabel, 1);
        fileLine->addWidget(m_baseFileButton);
        l->addLayout(fileLine);
        l->addWidget(m_baseSpec);
        l->addWidget(m_baseError);
        connect(m_baseGroup, &QButtonGroup::buttonToggled, this, [this](auto*, bool on) {
            if (on)
                validate();
        });
        connect(m_baseFileButton, &QPushButton::clicked, this, &SweepEditor::chooseBaseFile);
    }

    // ---- parameters ----
    {
        auto* box = section(QString(), layout, &m_parametersError);
        m_sections.push_back(static_cast<QGroupBox*>(box));
        auto* l = static_cast<QVBoxLayout*>(box->layout());
        m_parametersHint = new QLabel(box);
        auto* hint = m_parametersHint;
        hint->setWordWrap(true);
        l->addWidget(hint);
        m_rowsLayout = new QVBoxLayout();
        m_rowsLayout->setSpacing(4);
        l->addLayout(m_rowsLayout);
        auto* add = new QPushButton(box);
        m_addParameter = add;
        add->setObjectName(QStringLiteral("addParameter"));
        connect(add, &QPushButton::clicked, this, [this] {
            // The first field not swept yet.
            for (const auto& f : core::config::configFields()) {
                const QString key = QString::fromStdString(f.key);
                const bool used = std::any_of(m_rows.begin(), m_rows.end(),
                                              [&](const auto& r) { return r->fieldKey() == key; });
                if (!used) {
                    addParameter(key);
                    return;
                }
            }
        });
        auto* addLine = new QHBoxLayout();
        addLine->addWidget(add);
        addLine->addStretch(1);
        l->addLayout(addLine);
        l->addWidget(m_parametersError);
    }

    // ---- search ----
    {
        auto* box = section(QString(), layout, &m_searchError);
        m_sections.push_back(static_cast<QGroupBox*>(box));
        auto* form = new QFormLayout();
        static_cast<QVBoxLayout*>(box->layout())->addLayout(form);
        m_strategy = new QComboBox(box);
        m_strategy->setObjectName(QStringLiteral("strategy"));
        for (auto s : {sweep::Strategy::Grid, sweep::Strategy::Random, sweep::Strategy::Tpe})
            m_strategy->addItem(models::strategyLabel(s), int(s));
        m_trials = new QSpinBox(box);
        m_trials->setObjectName(QStringLiteral("trials"));
        m_trials->setRange(1, 100000);
        m_startupTrials = new QSpinBox(box);
        m_startupTrials->setObjectName(QStringLiteral("startup_trials"));
        m_startupTrials->setRange(0, 100000);
        m_seed = new QSpinBox(box);
        m_seed->setObjectName(QStringLiteral("seed"));
        m_seed->setRange(0, std::numeric_limits<int>::max());
        m_repeats = new QSpinBox(box);
        m_repeats->setObjectName(QStringLiteral("repeats"));
        m_repeats->setRange(1, 100);
        for (auto* field : std::initializer_list<QWidget*>{m_strategy, m_trials, m_startupTrials,
                                                           m_seed, m_repeats})
            addFormRow(form, field);
        static_cast<QVBoxLayout*>(box->layout())->addWidget(m_searchError);
    }

    // ---- objective ----
    {
        auto* box = section(QString(), layout, &m_objectiveError);
        m_sections.push_back(static_cast<QGroupBox*>(box));
        auto* form = new QFormLayout();
        static_cast<QVBoxLayout*>(box->layout())->addLayout(form);
        m_metric = new QComboBox(box);
        m_metric->setObjectName(QStringLiteral("objective.metric"));
        for (auto m :
             {sweep::ObjectiveMetric::ValidationRmse, sweep::ObjectiveMetric::TestRmse,
              sweep::ObjectiveMetric::TestMae, sweep::ObjectiveMetric::TestR2,
              sweep::ObjectiveMetric::TestPrecisionAtK, sweep::ObjectiveMetric::TestNdcgAtK})
            m_metric->addItem(models::metricLabel(m), int(m));
        m_direction = new QComboBox(box);
        m_direction->setObjectName(QStringLiteral("objective.direction"));
        for (auto d : {sweep::Direction::Minimize, sweep::Direction::Maximize})
            m_direction->addItem(models::directionLabel(d), int(d));
        addFormRow(form, m_metric);
        addFormRow(form, m_direction);
        static_cast<QVBoxLayout*>(box->layout())->addWidget(m_objectiveError);
        connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                selectData(m_direction, sweep::naturalDirection(sweep::ObjectiveMetric(
                                            m_metric->currentData().toInt())));
        });
    }

    // ---- budget ----
    {
        auto* box = section(QString(), layout, &m_budgetError);
        m_sections.push_back(static_cast<QGroupBox*>(box));
        auto* form = new QFormLayout();
        static_cast<QVBoxLayout*>(box->layout())->addLayout(form);
        m_maxTrials = new QSpinBox(box);
        m_maxTrials->setObjectName(QStringLiteral("budget.max_trials"));
        m_maxTrials->setRange(0, 100000);
        m_maxWallSeconds = new QSpinBox(box);
        m_maxWallSeconds->setObjectName(QStringLiteral("budget.max_wall_seconds"));
        m_maxWallSeconds->setRange(0, 366 * 24 * 3600);
        m_maxWallSeconds->setSingleStep(60);
        addFormRow(form, m_maxTrials);
        addFormRow(form, m_maxWallSeconds);
        static_cast<QVBoxLayout*>(box->layout())->addWidget(m_budgetError);
    }

    // ---- early termination ----
    {
        auto* box = section(QString(), layout, &m_terminationError);
        m_sections.push_back(static_cast<QGroupBox*>(box));
        auto* form = new QFormLayout();
        static_cast<QVBoxLayout*>(box->layout())->addLayout(form);
        m_termination = new QComboBox(box);
        m_termination->setObjectName(QStringLiteral("early_termination.kind"));
        for (auto k : {sweep::TerminationKind::None, sweep::TerminationKind::Median,
                       sweep::TerminationKind::Asha})
            m_termination->addItem(models::terminationLabel(k), int(k));
        const auto spin = [&](const char* name, int low, int high) {
            auto* s = new QSpinBox(box);
            s->setObjectName(QString::fromLatin1(name));
            s->setRange(low, high);
            return s;
        };
        m_warmupEpochs = spin("early_termination.warmup_epochs", 0, 10000);
        m_minTrials = spin("early_termination.min_trials", 1, 100000);
        m_minEpochs = spin("early_termination.min_epochs", 1, 10000);
        m_reductionFactor = spin("early_termination.reduction_factor", 2, 100);
        const sweep::EarlyTermination defaults;
        m_warmupEpochs->setValue(defaults.warmupEpochs);
        m_minTrials->setValue(defaults.minTrials);
        m_minEpochs->setValue(defaults.minEpochs);
        m_reductionFactor->setValue(defaults.reductionFactor);
        for (auto* field : std::initializer_list<QWidget*>{
                 m_termination, m_warmupEpochs, m_minTrials, m_minEpochs, m_reductionFactor})
            addFormRow(form, field);
        static_cast<QVBoxLayout*>(box->layout())->addWidget(m_terminationError);
    }

    m_planned = new QLabel(this);
    m_planned->setObjectName(QStringLiteral("plannedTrials"));
    m_otherError = errorLabel(this);
    layout->addWidget(m_planned);
    layout->addWidget(m_otherError);
    layout->addStretch(1);

    const sweep::SweepSpec defaults;
    selectData(m_strategy, defaults.strategy);
    m_trials->setValue(defaults.trials);
    m_startupTrials->setValue(defaults.startupTrials);
    m_seed->setValue(int(defaults.seed));
    m_repeats->setValue(defaults.repeats);
    selectData(m_metric, defaults.objective.metric);
    selectData(m_direction, defaults.objective.direction);

    for (auto* combo : {m_strategy, m_metric, m_direction, m_termination})
        connect(combo, &QComboBox::currentIndexChanged, this, &SweepEditor::validate);
    for (auto* s : {m_trials, m_startupTrials, m_seed, m_repeats, m_maxTrials, m_maxWallSeconds,
                    m_warmupEpochs, m_minTrials, m_minEpochs, m_reductionFactor})
        connect(s, &QSpinBox::valueChanged, this, &SweepEditor::validate);
}

void SweepEditor::retranslate() {
    const QStringList titles{
        tr("Base configuration"), tr("Swept parameters"), tr("Search"),
        tr("Objective"),          tr("Budget"),           tr("Early termination")};
    for (std::size_t i = 0; i < m_sections.size(); ++i)
        m_sections[i]->setTitle(titles[qsizetype(i)]);
    m_baseSession->setText(tr("The &Experiment page's configuration"));
    m_baseSession->setToolTip(
        tr("Every trial starts from the configuration on the Experiment page, as it is when "
           "the sweep starts; the swept parameters replace their values."));
    m_baseFile->setText(tr("A configuration &file:"));
    if (m_baseFilePath.isEmpty())
        m_baseFileLabel->setText(tr("(none chosen)"));
    m_baseFileButton->setText(tr("Choose…"));
    if (m_specBase)
        m_baseSpec->setText(
            tr("The base of the specification &%1").arg(QFileInfo(m_specBaseSource).fileName()));
    m_parametersHint->setText(
        tr("Each parameter takes a list of values (separated by ';') or a range from low to "
           "high, spread linearly or on a log scale; grid search needs the number of steps "
           "of each range. Integer fields take integers."));
    m_addParameter->setText(tr("&Add parameter"));

    relabel(m_strategy, &models::strategyLabel);
    m_strategy->setToolTip(
        tr("Grid: every combination of the values. Random: independent uniform draws. TPE: "
           "Optuna's Tree-structured Parzen Estimator, which samples more where the objective "
           "was good (after the startup trials, which are random)."));
    m_startupTrials->setToolTip(tr("TPE: the first trials are random draws."));
    m_seed->setToolTip(tr("Seed of the samplers: the same seed suggests the same trials."));
    m_repeats->setToolTip(
        tr("Trainings per trial, with training.seed = base seed + repeat; the objective is "
           "their mean (± their standard deviation)."));
    setRowLabel(m_strategy, tr("&Strategy:"));
    setRowLabel(m_trials, tr("&Trials:"));
    setRowLabel(m_startupTrials, tr("Start&up trials:"));
    setRowLabel(m_seed, tr("See&d:"));
    setRowLabel(m_repeats, tr("&Repeats:"));

    relabel(m_metric, &models::metricLabel);
    relabel(m_direction, &models::directionLabel);
    m_metric->setToolTip(
        tr("What a trial is judged by. Validation RMSE is the best epoch's; the test metrics "
           "are those of the best epoch's model on the test set."));
    setRowLabel(m_metric, tr("&Metric:"));
    setRowLabel(m_direction, tr("Dire&ction:"));

    m_maxTrials->setSpecialValueText(tr("no limit"));
    m_maxWallSeconds->setSuffix(tr(" s"));
    m_maxWallSeconds->setSpecialValueText(tr("no limit"));
    m_maxWallSeconds->setToolTip(
        tr("No new trial starts after this many seconds of sweeping (trials in progress "
           "finish)."));
    setRowLabel(m_maxTrials, tr("Max. tri&als:"));
    setRowLabel(m_maxWallSeconds, tr("Max. &wall time:"));

    relabel(m_termination, &models::terminationLabel);
    m_termination->setToolTip(
        tr("Stops unpromising trials on their per-epoch validation RMSE. Median: a trial "
           "worse than the median of the finished trials at the same epoch stops. ASHA: at "
           "rungs of min. epochs × factor^k, only the best 1/factor go on."));
    setRowLabel(m_termination, tr("&Rule:"));
    setRowLabel(m_warmupEpochs, tr("Warm-up epochs:"));
    setRowLabel(m_minTrials, tr("Min. finished trials:"));
    setRowLabel(m_minEpochs, tr("Min. epochs (first rung):"));
    setRowLabel(m_reductionFactor, tr("Reduction factor η:"));

    const bool filling = m_filling;
    m_filling = true;
    for (auto& row : m_rows) {
        retranslateRow(*row);
        // Reals typed with the other language's decimal separator read the same, but show
        // them as the form writes them now.
        if (const ConfigField* f = row->field(); f && f->type == FieldType::Real)
            for (auto* edit : {row->values, row->low, row->high}) {
                QString text = edit->text();
                if (commaLocale())
                    text.replace(QLatin1Char('.'), QLatin1Char(','));
                else
                    text.replace(QLatin1Char(','), QLatin1Char('.'));
                if (text != edit->text())
                    edit->setText(text);
            }
    }
    m_filling = filling;
    validate();  // the messages and the planned trials in the new language
}

void SweepEditor::retranslateRow(ParameterRow& row) {
    for (int i = 0; i < row.key->count(); ++i)
        row.key->setItemText(i, models::fieldLabel(row.key->itemData(i).toString()));
    row.kind->setItemText(kValuesKind, tr("Values"));
    row.kind->setItemText(kRangeKind, tr("Range"));
    row.remove->setText(tr("Remove"));
    row.values->setPlaceholderText(tr("values separated by ';'"));
    row.low->setPlaceholderText(tr("low"));
    row.high->setPlaceholderText(tr("high"));
    relabel(
        row.scale,
        +[](sweep::Scale scale) { return scale == sweep::Scale::Log ? tr("log") : tr("linear"); });
    row.stepsLabel->setText(tr("steps:"));
    row.steps->setToolTip(tr("Grid search: the number of values spread over the range."));
    row.fromLabel->setText(tr("from"));
    row.toLabel->setText(tr("to"));
}

SweepEditor::ParameterRow* SweepEditor::createRow() {
    auto row = std::make_unique<ParameterRow>();
    auto* box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    row->box = box;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(6, 4, 6, 4);
    row->key = new QComboBox(box);
    for (const auto& f : core::config::configFields()) {
        const QString key = QString::fromStdString(f.key);
        row->key->addItem(models::fieldLabel(key), key);
    }
    row->key->setMaxVisibleItems(20);
    // The longest field label would make the form wider than the page's left column: the box
    // shows what fits, its list the whole labels.
    row->key->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row->key->setMinimumContentsLength(18);
    row->key->view()->setMinimumWidth(row->key->view()->sizeHintForColumn(0) + 24);
    row->kind = new QComboBox(box);
    row->kind->addItem(QString(), kValuesKind);
    row->kind->addItem(QString(), kRangeKind);
    row->remove = new QPushButton(box);
    grid->addWidget(row->key, 0, 0);
    grid->addWidget(row->kind, 0, 1);
    grid->addWidget(row->remove, 0, 2);
    grid->setColumnStretch(0, 1);

    row->values = new QLineEdit(box);
    row->rangeBox = new QWidget(box);
    auto* range = new QHBoxLayout(row->rangeBox);
    range->setContentsMargins(0, 0, 0, 0);
    row->low = new QLineEdit(row->rangeBox);
    row->high = new QLineEdit(row->rangeBox);
    row->scale = new QComboBox(row->rangeBox);
    row->scale->addItem(QString(), int(sweep::Scale::Linear));
    row->scale->addItem(QString(), int(sweep::Scale::Log));
    row->steps = new QSpinBox(row->rangeBox);
    row->steps->setRange(2, 10000);
    row->steps->setValue(3);
    row->stepsLabel = new QLabel(row->rangeBox);
    row->fromLabel = new QLabel(row->rangeBox);
    row->toLabel = new QLabel(row->rangeBox);
    range->addWidget(row->fromLabel);
    range->addWidget(row->low, 1);
    range->addWidget(row->toLabel);
    range->addWidget(row->high, 1);
    range->addWidget(row->scale);
    range->addWidget(row->stepsLabel);
    range->addWidget(row->steps);
    grid->addWidget(row->values, 1, 0, 1, 3);
    grid->addWidget(row->rangeBox, 1, 0, 1, 3);
    row->error = errorLabel(box);
    grid->addWidget(row->error, 2, 0, 1, 3);
    retranslateRow(*row);

    ParameterRow* r = row.get();
    connect(r->key, &QComboBox::currentIndexChanged, this, [this, r] {
        if (m_filling)
            return;
        fillDefaults(*r);
        validate();
    });
    connect(r->kind, &QComboBox::currentIndexChanged, this, [this, r] {
        updateRowWidgets(*r);
        validate();
    });
    for (auto* edit : {r->values, r->low, r->high})
        connect(edit, &QLineEdit::textChanged, this, &SweepEditor::validate);
    connect(r->scale, &QComboBox::currentIndexChanged, this, &SweepEditor::validate);
    connect(r->steps, &QSpinBox::valueChanged, this, &SweepEditor::validate);
    connect(r->remove, &QPushButton::clicked, this, [this, r] {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].get() == r) {
                removeParameter(int(i));
                return;
            }
    });
    m_rowsLayout->addWidget(box);
    m_rows.push_back(std::move(row));
    renameRows();
    return r;
}

void SweepEditor::renameRows() {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const QString p = QStringLiteral("parameter%1.").arg(i);
        auto& r = *m_rows[i];
        r.key->setObjectName(p + "key");
        r.kind->setObjectName(p + "kind");
        r.values->setObjectName(p + "values");
        r.low->setObjectName(p + "low");
        r.high->setObjectName(p + "high");
        r.scale->setObjectName(p + "scale");
        r.steps->setObjectName(p + "steps");
        r.remove->setObjectName(p + "remove");
        r.error->setObjectName(p + "error");
        r.remove->setEnabled(m_rows.size() > 1);
    }
}

int SweepEditor::addParameter(const QString& key) {
    const bool filling = m_filling;
    m_filling = true;
    ParameterRow* row = createRow();
    row->key->setCurrentIndex(std::max(0, row->key->findData(key)));
    fillDefaults(*row);
    m_filling = filling;
    validate();
    return int(m_rows.size()) - 1;
}

void SweepEditor::removeParameter(int index) {
    if (index < 0 || index >= int(m_rows.size()))
        return;
    m_rows[std::size_t(index)]->box->deleteLater();
    m_rows[std::size_t(index)]->box->hide();
    m_rows.erase(m_rows.begin() + index);
    renameRows();
    validate();
}

void SweepEditor::fillDefaults(ParameterRow& row) {
    const ConfigField* f = row.field();
    if (!f)
        return;
    const bool filling = m_filling;
    m_filling = true;
    QString ignored;
    const FieldValue current = f->get(baseConfig(&ignored));
    // An exclusive bound is only nudged when the default reaches it: a log range of the
    // learning rate (exclusive 0 … 10) keeps its 1e-4 low end.
    const double margin = (f->maximum - f->minimum) * 1e-3;
    const auto clampLow = [&](double v) {
        if (f->minimumExclusive)
            return v > f->minimum ? v : f->minimum + margin;
        return std::max(v, f->minimum);
    };
    const auto clampHigh = [&](double v) {
        if (f->maximumExclusive)
            return v < f->maximum ? v : f->maximum - margin;
        return std::min(v, f->maximum);
    };
    if (f->type == FieldType::Real) {
        const double v = std::get<double>(current);
        const bool log = v > 0 && v < 0.05;
        const double low = clampLow(log ? v / 10 : v > 0 ? v / 2 : f->minimum);
        const double high = clampHigh(log ? v * 10 : v > 0 ? v * 1.5 : f->minimum + 0.1);
        row.kind->setCurrentIndex(kRangeKind);
        row.low->setText(realText(low));
        row.high->setText(realText(high));
        selectData(row.scale, log ? sweep::Scale::Log : sweep::Scale::Linear);
    } else if (f->type == FieldType::Integer) {
        const auto v = double(std::get<std::int64_t>(current));
        const double low = std::ceil(clampLow(std::floor(v / 2)));
        const double high = std::floor(clampHigh(std::max(v * 2, v + 2)));
        row.kind->setCurrentIndex(kRangeKind);
        row.low->setText(QString::number(qlonglong(low)));
        row.high->setText(QString::number(qlonglong(high)));
        selectData(row.scale, sweep::Scale::Linear);
    } else if (f->type == FieldType::Choice) {
        QStringList values;
        for (const auto& c : f->choices)
            values << QString::fromStdString(c);
        row.kind->setCurrentIndex(kValuesKind);
        row.values->setText(values.join(QStringLiteral("; ")));
    } else {
        const auto& list = std::get<std::vector<int>>(current);
        std::vector<int> half;
        for (int w : list)
            half.push_back(std::max(1, w / 2));
        row.kind->setCurrentIndex(kValuesKind);
        row.values->setText(valueText(FieldValue{list}) + QStringLiteral("; ") +
                            valueText(FieldValue{half}));
    }
    updateRowWidgets(row);
    m_filling = filling;
}

void SweepEditor::updateRowWidgets(ParameterRow& row) {
    const ConfigField* f = row.field();
    const bool numeric = f && (f->type == FieldType::Integer || f->type == FieldType::Real);
    if (auto* model = qobject_cast<QStandardItemModel*>(row.kind->model()))
        model->item(kRangeKind)->setEnabled(numeric);
    if (!numeric && row.kind->currentIndex() == kRangeKind) {
        QSignalBlocker block(row.kind);
        row.kind->setCurrentIndex(kValuesKind);
    }
    const bool range = row.kind->currentIndex() == kRangeKind;
    row.values->setVisible(!range);
    row.rangeBox->setVisible(range);
    const bool grid = sweep::Strategy(m_strategy->currentData().toInt()) == sweep::Strategy::Grid;
    row.steps->setVisible(grid);
    row.stepsLabel->setVisible(grid);
    if (f) {
        QString tip = QString::fromStdString(f->key) + "\n" +
                      tr("Allowed: %1").arg(QString::fromStdString(f->allowedText()));
        row.key->setToolTip(tip);
        row.values->setToolTip(tip);
        row.rangeBox->setToolTip(tip);
    }
}

void SweepEditor::updateVisibility() {
    const auto strategy = sweep::Strategy(m_strategy->currentData().toInt());
    m_trials->setEnabled(strategy != sweep::Strategy::Grid);
    m_trials->setToolTip(strategy == sweep::Strategy::Grid
                             ? tr("A grid runs every combination once (cap it with the budget's "
                                  "max. trials).")
                             : QString());
    m_startupTrials->setEnabled(strategy == sweep::Strategy::Tpe);
    const auto kind = sweep::TerminationKind(m_termination->currentData().toInt());
    const auto show = [](QSpinBox* spin, bool visible) {
        spin->setVisible(visible);
        for (auto* child : spin->parentWidget()->findChildren<QFormLayout*>())
            if (auto* label = child->labelForField(spin))
                label->setVisible(visible);
    };
    show(m_warmupEpochs, kind == sweep::TerminationKind::Median);
    show(m_minTrials, kind == sweep::TerminationKind::Median);
    show(m_minEpochs, kind == sweep::TerminationKind::Asha);
    show(m_reductionFactor, kind == sweep::TerminationKind::Asha);
    for (auto& row : m_rows)
        updateRowWidgets(*row);
}

core::config::ExperimentConfig SweepEditor::baseConfig(QString* error) const {
    if (m_baseFile->isChecked()) {
        if (!m_baseFileConfig) {
            *error = m_baseFileError.isEmpty() ? tr("`base`: choose a configuration file")
                                               : m_baseFileError;
            return {};
        }
        return *m_baseFileConfig;
    }
    if (m_baseSpec->isChecked() && m_specBase)
        return *m_specBase;
    return m_session->config();
}

void SweepEditor::chooseBaseFile() {
    const QString start =
        m_baseFilePath.isEmpty() ? QSettings().value("config/lastFile").toString() : m_baseFilePath;
    const QString path = QFileDialog::getOpenFileName(this, tr("Base configuration"), start,
                                                      tr("YAML files (*.yaml *.yml)"));
    if (!path.isEmpty())
        setBaseFile(path);
}

void SweepEditor::setBaseFile(const QString& path) {
    m_baseFilePath = path;
    m_baseFileLabel->setText(QFileInfo(path).fileName());
    m_baseFileLabel->setToolTip(path);
    const auto load = core::config::loadConfigFile(models::toPath(path));
    m_baseFileConfig.reset();
    m_baseFileError.clear();
    if (load.ok()) {
        m_baseFileConfig = std::make_unique<core::config::ExperimentConfig>(load.config);
    } else {
        QStringList messages;
        for (const auto& e : load.errors)
            messages << QString::fromStdString(e.message);
        m_baseFileError = tr("`base`: %1").arg(messages.join(QStringLiteral("; ")));
    }
    if (m_baseFile->isChecked())
        validate();
    else
        m_baseFile->setChecked(true);  // validates through buttonToggled
}

void SweepEditor::validate() {
    if (m_filling)
        return;
    updateVisibility();
    std::vector<std::pair<QString, QString>> local;  // key, message: the form's own checks
    sweep::SweepSpec spec;
    QString baseError;
    spec.base = baseConfig(&baseError);
    if (!baseError.isEmpty())
        local.emplace_back(QStringLiteral("base"), baseError);
    spec.strategy = sweep::Strategy(m_strategy->currentData().toInt());
    QStringList seen;
    for (const auto& row : m_rows) {
        const ConfigField* f = row->field();
        if (!f)
            continue;
        const QString key = QStringLiteral("parameters.") + row->fieldKey();
        if (seen.contains(row->fieldKey())) {
            local.emplace_back(key, tr("%1 appears twice: sweep each field once").arg(quoted(key)));
            continue;
        }
        seen << row->fieldKey();
        sweep::SweepParameter p;
        p.key = f->key;
        p.type = f->type;
        if (row->kind->currentIndex() == kValuesKind) {
            const QString k = key + ".values";
            bool ok = true;
            for (const QString& text :
                 row->values->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (text.trimmed().isEmpty())
                    continue;
                std::string error;
                const auto value = core::config::parseFieldValue(*f, fromFormText(text), &error);
                if (!value) {
                    local.emplace_back(
                        k, tr("in %1: %2").arg(quoted(k), QString::fromStdString(error)));
                    ok = false;
                    break;
                }
                p.values.push_back(*value);
            }
            if (!ok)
                continue;
        } else {
            sweep::ParameterRange range;
            bool ok = true;
            const auto bound = [&](QLineEdit* edit, const char* name) -> double {
                const QString k = key + ".range." + QLatin1String(name);
                const std::string text = fromFormText(edit->text());
                if (text.empty()) {
                    local.emplace_back(k, tr("%1 is missing").arg(quoted(k)));
                    ok = false;
                    return 0;
                }
                if (f->type == FieldType::Integer) {
                    std::int64_t v = 0;
                    if (core::util::parseInteger(text, &v))
                        return double(v);
                    local.emplace_back(k,
                                       tr("%1 must be an integer (%2 is an integer field) "
                                          "(got \"%3\")")
                                           .arg(quoted(k), quoted(row->fieldKey()), edit->text()));
                } else {
                    double v = 0;
                    if (core::util::parseDouble(text, &v) && std::isfinite(v))
                        return v;
                    local.emplace_back(
                        k, tr("%1 must be a number (got \"%2\")").arg(quoted(k), edit->text()));
                }
                ok = false;
                return 0;
            };
            range.low = bound(row->low, "low");
            range.high = bound(row->high, "high");
            range.scale = sweep::Scale(row->scale->currentData().toInt());
            if (spec.strategy == sweep::Strategy::Grid)
                range.steps = row->steps->value();
            if (!ok)
                continue;
            p.range = range;
        }
        spec.parameters.push_back(std::move(p));
    }
    spec.trials = m_trials->value();
    spec.startupTrials = m_startupTrials->value();
    spec.seed = std::uint64_t(m_seed->value());
    spec.repeats = m_repeats->value();
    spec.objective.metric = sweep::ObjectiveMetric(m_metric->currentData().toInt());
    spec.objective.direction = sweep::Direction(m_direction->currentData().toInt());
    spec.budget.maxTrials = m_maxTrials->value();
    spec.budget.maxWallSeconds = m_maxWallSeconds->value();
    spec.earlyTermination.kind = sweep::TerminationKind(m_termination->currentData().toInt());
    spec.earlyTermination.warmupEpochs = m_warmupEpochs->value();
    spec.earlyTermination.minTrials = m_minTrials->value();
    spec.earlyTermination.minEpochs = m_minEpochs->value();
    spec.earlyTermination.reductionFactor = m_reductionFactor->value();

    // Core's checks: the spec as YAML, parsed back.
    m_result = sweep::parseSweepSpec(sweep::sweepSpecToYaml(spec), "sweep", {});
    std::vector<std::pair<QString, QString>> errors = local;
    for (const auto& e : m_result.errors) {
        // A form whose every row has an error of its own has no parameters left to write.
        if (!local.empty() && e.key == "parameters" && spec.parameters.empty())
            continue;
        errors.emplace_back(QString::fromStdString(e.key), withoutPlace(e.message));
    }
    for (const auto& [key, message] : local)
        m_result.errors.push_back({key.toStdString(), message.toStdString()});
    showErrors(errors);
    const int planned = plannedTrials();
    m_planned->setText(planned >= 0
                           ? tr("<b>Planned trials: %1</b> (%2 trainings)")
                                 .arg(i18n::count(planned),
                                      i18n::count(qlonglong(planned) * m_result.spec.repeats))
                           : tr("<b>Planned trials: –</b> (the specification has errors)"));
    emit changed();
}

int SweepEditor::plannedTrials() const {
    return isValid() ? sweep::plannedTrials(m_result.spec) : -1;
}

QLabel* SweepEditor::labelFor(const QString& key, QWidget** widget) const {
    *widget = nullptr;
    if (key.startsWith(QLatin1String("parameters."))) {
        for (const auto& row : m_rows) {
            const QString prefix = QStringLiteral("parameters.") + row->fieldKey();
            if (key != prefix && !key.startsWith(prefix + '.'))
                continue;
            const QString rest = key.mid(prefix.size());
            if (rest.startsWith(QLatin1String(".values")))
                *widget = row->values;
            else if (rest == QLatin1String(".range.low"))
                *widget = row->low;
            else if (rest == QLatin1String(".range.high"))
                *widget = row->high;
            else if (rest == QLatin1String(".range.steps"))
                *widget = row->steps;
            else if (rest.startsWith(QLatin1String(".range")))
                *widget = row->rangeBox;
            return row->error;
        }
        return m_parametersError;
    }
    if (key == QLatin1String("parameters"))
        return m_parametersError;
    if (key == QLatin1String("base") || key.startsWith(QLatin1String("base.")))
        return m_baseError;
    const std::pair<const char*, QSpinBox*> search[] = {{"trials", m_trials},
                                                        {"startup_trials", m_startupTrials},
                                                        {"seed", m_seed},
                                                        {"repeats", m_repeats}};
    for (const auto& [name, spin] : search)
        if (key == QLatin1String(name)) {
            *widget = spin;
            return m_searchError;
        }
    if (key == QLatin1String("strategy")) {
        *widget = m_strategy;
        return m_searchError;
    }
    if (key.startsWith(QLatin1String("objective")))
        return m_objectiveError;
    if (key.startsWith(QLatin1String("budget"))) {
        *widget = key.endsWith(QLatin1String("max_trials")) ? m_maxTrials : m_maxWallSeconds;
        return m_budgetError;
    }
    if (key.startsWith(QLatin1String("early_termination"))) {
        const QString name = key.section('.', 1);
        for (auto* spin : {m_warmupEpochs, m_minTrials, m_minEpochs, m_reductionFactor})
            if (spin->objectName() == key)
                *widget = spin;
        if (name.isEmpty() || name == QLatin1String("kind"))
            *widget = m_termination;
        return m_terminationError;
    }
    return m_otherError;
}

QString SweepEditor::errorShownFor(const QString& key) const {
    QWidget* widget = nullptr;
    QLabel* label = labelFor(key, &widget);
    return label && label->isVisibleTo(const_cast<SweepEditor*>(this)) ? label->text() : QString();
}

void SweepEditor::clearMarks() {
    for (auto* w : findChildren<QWidget*>())
        if (w->property("invalid").toBool())
            markInvalid(w, false);
}

void SweepEditor::showErrors(const std::vector<std::pair<QString, QString>>& errors) {
    clearMarks();
    std::map<QLabel*, QStringList> byLabel;
    for (auto* label : {m_baseError, m_parametersError, m_searchError, m_objectiveError,
                        m_budgetError, m_terminationError, m_otherError})
        byLabel[label];
    for (const auto& row : m_rows)
        byLabel[row->error];
    for (const auto& [key, message] : errors) {
        QWidget* widget = nullptr;
        QLabel* label = labelFor(key, &widget);
        byLabel[label] << message;
        markInvalid(widget, true);
    }
    // problems() in the order of the form.
    m_problems.clear();
    const auto take = [&](QLabel* label) {
        setError(label, byLabel[label]);
        m_problems << byLabel[label];
    };
    take(m_baseError);
    for (const auto& row : m_rows)
        take(row->error);
    for (auto* label : {m_parametersError, m_searchError, m_objectiveError, m_budgetError,
                        m_terminationError, m_otherError})
        take(label);
}

void SweepEditor::setSpec(const sweep::SweepSpec& spec, const QString& source) {
    m_filling = true;
    m_specBase = std::make_unique<core::config::ExperimentConfig>(spec.base);
    m_specBaseSource = source;
    m_baseSpec->setText(tr("The base of the specification &%1").arg(QFileInfo(source).fileName()));
    m_baseSpec->setToolTip(source);
    m_baseSpec->show();
    m_baseSpec->setChecked(true);
    while (!m_rows.empty()) {
        m_rows.back()->box->hide();
        m_rows.back()->box->deleteLater();
        m_rows.pop_back();
    }
    selectData(m_strategy, spec.strategy);
    for (const auto& p : spec.parameters) {
        ParameterRow* row = createRow();
        row->key->setCurrentIndex(std::max(0, row->key->findData(QString::fromStdString(p.key))));
        if (p.range) {
            row->kind->setCurrentIndex(kRangeKind);
            const auto text = [&](double v) {
                return p.type == FieldType::Integer ? QString::number(qlonglong(std::llround(v)))
                                                    : realText(v);
            };
            row->low->setText(text(p.range->low));
            row->high->setText(text(p.range->high));
            selectData(row->scale, p.range->scale);
            if (p.range->steps > 0)
                row->steps->setValue(p.range->steps);
        } else {
            row->kind->setCurrentIndex(kValuesKind);
            QStringList values;
            for (const auto& v : p.values)
                values << valueText(v);
            row->values->setText(values.join(QStringLiteral("; ")));
        }
        updateRowWidgets(*row);
    }
    renameRows();
    if (spec.strategy != sweep::Strategy::Grid)
        m_trials->setValue(spec.trials);
    m_startupTrials->setValue(spec.startupTrials);
    m_seed->setValue(int(std::min<std::uint64_t>(spec.seed, std::numeric_limits<int>::max())));
    m_repeats->setValue(spec.repeats);
    selectData(m_metric, spec.objective.metric);
    selectData(m_direction, spec.objective.direction);
    m_maxTrials->setValue(spec.budget.maxTrials);
    m_maxWallSeconds->setValue(int(std::lround(spec.budget.maxWallSeconds)));
    selectData(m_termination, spec.earlyTermination.kind);
    m_warmupEpochs->setValue(spec.earlyTermination.warmupEpochs);
    m_minTrials->setValue(spec.earlyTermination.minTrials);
    m_minEpochs->setValue(spec.earlyTermination.minEpochs);
    m_reductionFactor->setValue(spec.earlyTermination.reductionFactor);
    m_filling = false;
    validate();
}

bool SweepEditor::loadFile(const QString& path) {
    const auto load = sweep::loadSweepSpec(models::toPath(path));
    if (!load.ok()) {
        QStringList messages{tr("Could not load %1:").arg(path)};
        for (const auto& e : load.errors)
            messages << QString::fromStdString(e.message);
        setError(m_otherError, messages);
        return false;
    }
    setSpec(load.spec, path);
    m_specFile = path;
    m_specFileYaml = sweep::sweepSpecToYaml(m_result.spec);
    QSettings().setValue(kLastSpecKey, path);
    emit changed();
    return true;
}

bool SweepEditor::saveFile(const QString& path, QString* error) {
    if (!isValid()) {
        if (error)
            *error =
                tr("The specification has errors: %1").arg(m_problems.join(QStringLiteral("; ")));
        return false;
    }
    const std::string yaml = sweep::sweepSpecToYaml(m_result.spec);
    if (auto e = core::util::writeFileAtomically(models::toPath(path), yaml)) {
        if (error)
            *error = QString::fromStdString(*e);
        return false;
    }
    m_specFile = path;
    m_specFileYaml = yaml;
    QSettings().setValue(kLastSpecKey, path);
    emit changed();
    return true;
}

QString SweepEditor::specFile() const {
    return isValid() && !m_specFile.isEmpty() &&
                   sweep::sweepSpecToYaml(m_result.spec) == m_specFileYaml
               ? m_specFile
               : QString();
}

void SweepEditor::chooseAndLoad() {
    const QString last = QSettings().value(kLastSpecKey).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Load sweep specification"), last,
                                                      tr("YAML files (*.yaml *.yml)"));
    if (!path.isEmpty() && !loadFile(path))
        QMessageBox::warning(this, tr("Could not load the specification"), m_otherError->text());
}

bool SweepEditor::saveAs() {
    const QString last = QSettings().value(kLastSpecKey).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save sweep specification"), last.isEmpty() ? QStringLiteral("sweep.yaml") : last,
        tr("YAML files (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    QString error;
    if (!saveFile(path, &error)) {
        QMessageBox::warning(this, tr("Could not save the specification"), error);
        return false;
    }
    return true;
}

}  // namespace ui::widgets
