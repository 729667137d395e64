#include "panels/experiment_page.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include "config/config_io.h"
#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "model/torch_runtime.h"
#include "model/trained_model.h"
#include "models/file_paths.h"
#include "models/movielens_labels.h"
#include "models/session.h"
#include "training/trainer.h"
#include "widgets/config_field_texts.h"
#include "widgets/config_form.h"

namespace ui::panels {

ExperimentPage::ExperimentPage(models::Session* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout();
    auto* load = new QPushButton(this);
    auto* save = new QPushButton(this);
    auto* reset = new QPushButton(this);
    reset->setObjectName(QStringLiteral("resetButton"));
    auto* train = new QPushButton(this);
    train->setObjectName(QStringLiteral("trainButton"));
    connect(load, &QPushButton::clicked, this, &ExperimentPage::chooseAndLoad);
    connect(save, &QPushButton::clicked, this, &ExperimentPage::saveAs);
    connect(reset, &QPushButton::clicked, this, &ExperimentPage::resetToNotebook);
    connect(train, &QPushButton::clicked, this, &ExperimentPage::trainRequested);
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    buttons->addWidget(train);
    layout->addLayout(buttons);

    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("configFile"));
    m_file->setWordWrap(true);
    m_device = new QLabel(this);
    m_device->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("configStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataNote = new QLabel(this);
    m_dataNote->setWordWrap(true);
    m_dataNote->setObjectName(QStringLiteral("datasetNote"));
    layout->addWidget(m_file);
    layout->addWidget(m_device);
    layout->addWidget(m_dataNote);
    layout->addWidget(m_status);

    m_form = new widgets::ConfigForm(session, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);

    connect(m_form, &widgets::ConfigForm::edited, this, &ExperimentPage::updateStatus);
    connect(m_session, &models::Session::configChanged, this, &ExperimentPage::updateStatus);
    connect(m_session, &models::Session::datasetChanged, this, &ExperimentPage::updateDataNote);
    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        updateDataNote();
        load->setText(tr("Load YAML…"));
        save->setText(tr("Save YAML…"));
        reset->setText(tr("Reset to the notebook's values"));
        train->setText(tr("Train"));
        // The device selector says whether CUDA is there.
        auto* device = qobject_cast<QComboBox*>(m_form->editor(QStringLiteral("runtime.device")));
        const int index = device ? device->findData(QStringLiteral("cuda")) : -1;
        if (index >= 0 && !core::model::cudaAvailable()) {
            device->setItemText(index, tr("cuda (not available)"));
            if (auto* model = qobject_cast<QStandardItemModel*>(device->model()))
                model->item(index)->setEnabled(false);
        } else if (index >= 0) {
            device->setItemText(
                index, tr("cuda (%1)").arg(QString::fromStdString(core::model::cudaDeviceName())));
        }
        updateStatus();
    });
}

void ExperimentPage::updateDataNote() {
    // What the loaded release changes in the model and the metrics.
    const auto& data = m_session->dataset();
    QStringList notes;
    if (data && !data->hasUserFeatures)
        notes << tr("%1 has no users file: the model's user-feature branch (gender, age, "
                    "occupation) is off, and users are known by their ratings alone.")
                     .arg(QString::fromStdString(data->release.name));
    if (data && data->halfStarRatings)
        notes << tr(
            "Ratings come in half stars: they are normalised as stars / 5 (0.5 ★ → 0.1), "
            "and the relevance threshold 0.8 means 4 stars or more (4, 4.5 and 5).");
    m_dataNote->setText(notes.join(QLatin1Char(' ')));
    m_dataNote->setVisible(!notes.isEmpty());
}

void ExperimentPage::updateFileText() {
    // What the form holds, against what it started from: the file, or the notebook's values.
    const core::config::ExperimentConfig notebook;
    const auto& base = m_path.isEmpty() ? notebook : m_session->savedConfig();
    const auto& config = m_session->config();
    QStringList changes;
    int changed = 0;
    for (const auto& f : core::config::configFields()) {
        const auto was = f.get(base), now = f.get(config);
        if (was == now)
            continue;
        if (++changed <= 4) {
            const QString label = widgets::fieldText(QString::fromStdString(f.key)).label;
            changes << tr("%1 %2 → %3")
                           .arg(label.isEmpty() ? QString::fromStdString(f.key) : label,
                                QString::fromStdString(core::config::formatFieldValue(was)),
                                QString::fromStdString(core::config::formatFieldValue(now)));
        }
    }
    if (changed > 4)
        changes << tr("%n more", nullptr, changed - 4);
    const QString source = m_path.isEmpty() ? tr("the notebook's values") : m_path;
    if (changed == 0)
        m_file->setText(m_path.isEmpty()
                            ? tr("Configuration: the notebook's values (not saved to a file)")
                            : tr("Configuration: %1").arg(m_path));
    else
        m_file->setText(tr("Configuration: %1, modified (%2)").arg(source, changes.join(", ")));
}

void ExperimentPage::setTrainingActive(bool active) {
    m_trainingActive = active;
    updateStatus();
}

void ExperimentPage::updateStatus() {
    updateFileText();
    const auto problems = m_form->problems();
    auto* train = findChild<QPushButton*>(QStringLiteral("trainButton"));
    if (problems.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        m_status->setText(tr("Valid configuration.") +
                          (m_session->isConfigDirty() ? " " + tr("(unsaved changes)") : QString()));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_status->setText(tr("Cannot train until these are fixed: %1").arg(problems.join("; ")));
    }
    train->setEnabled(problems.isEmpty() && !m_trainingActive);
    train->setToolTip(problems.isEmpty() ? tr("Start training with this configuration (Ctrl+R, F5)")
                                         : problems.join("\n"));
    updateDeviceText();
}

void ExperimentPage::updateDeviceText() {
    std::string error;
    const auto choice = core::training::resolveDevice(m_session->config(), &error);
    const QString torch = QString::fromStdString(core::model::libtorchVersion());
    const QString cuda =
        core::model::cudaAvailable()
            ? tr("CUDA available: %1").arg(QString::fromStdString(core::model::cudaDeviceName()))
            : tr("CUDA not available");
    if (!choice) {
        m_device->setText(
            tr("LibTorch %1, %2. %3").arg(torch, cuda, QString::fromStdString(error)));
        return;
    }
    m_device->setText(tr("LibTorch %1, %2. Training will run on %3 with %4, %5 thread(s).")
                          .arg(torch, cuda, QString::fromStdString(choice->name),
                               models::trainingStepLabel(choice->trainingStep))
                          .arg(choice->threads));
}

bool ExperimentPage::loadFile(const QString& path) {
    const auto result = core::config::loadConfigFile(models::toPath(path));
    if (!result.ok()) {
        QStringList messages;
        for (const auto& e : result.errors)
            messages << (e.text.empty() ? QString::fromStdString(e.message) : i18n::text(e.text));
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_status->setText(tr("Not loaded: %1").arg(messages.join("; ")));
        return false;
    }
    m_session->setConfig(result.config);
    m_form->discardInvalidEdits();
    m_session->markConfigSaved();
    m_path = path;
    QSettings().setValue("config/lastFile", path);
    updateStatus();
    return true;
}

bool ExperimentPage::saveFile(const QString& path) {
    if (auto error = core::config::saveConfigFile(m_session->config(), models::toPath(path))) {
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_status->setText(tr("Not saved: %1").arg(QString::fromStdString(*error)));
        return false;
    }
    m_session->markConfigSaved();
    m_path = path;
    QSettings().setValue("config/lastFile", path);
    updateStatus();
    return true;
}

bool ExperimentPage::saveAs() {
    const QString start = m_path.isEmpty()
                              ? QSettings().value("config/lastFile", "experiment.yaml").toString()
                              : m_path;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save configuration"), start,
                                                      tr("YAML files (*.yaml *.yml)"));
    return !path.isEmpty() && saveFile(path);
}

void ExperimentPage::chooseAndLoad() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load configuration"), QSettings().value("config/lastFile").toString(),
        tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ExperimentPage::resetToNotebook() {
    m_path.clear();
    m_session->setConfig(core::config::ExperimentConfig{});
    m_form->discardInvalidEdits();
}

}  // namespace ui::panels
