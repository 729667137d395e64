#include "widgets/config_form.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <climits>
#include <limits>
#include <map>

#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "models/session.h"
#include "widgets/config_field_texts.h"

namespace ui::widgets {
namespace {

using core::config::ConfigField;
using core::config::FieldType;

bool usesSpinBox(const ConfigField& f) {
    return f.type == FieldType::Integer && f.maximum <= INT_MAX;
}

// Real numbers are shown with the UI locale's decimal separator ("0,001" in Spanish) and
// both separators are accepted when typed; the core reads only the C locale's form.
QString toFormText(const ConfigField& f, const std::string& text) {
    QString shown = QString::fromStdString(text);
    if (f.type == FieldType::Real && QLocale().decimalPoint() == QStringLiteral(","))
        shown.replace(QLatin1Char('.'), QLatin1Char(','));
    return shown;
}

std::string fromFormText(const ConfigField& f, QString text) {
    if (f.type == FieldType::Real && text.contains(QLatin1Char(',')) &&
        !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    return text.toStdString();
}

void markInvalid(QWidget* editor, bool invalid) {
    if (editor->property("invalid").toBool() == invalid)
        return;
    editor->setProperty("invalid", invalid);
    editor->style()->unpolish(editor);
    editor->style()->polish(editor);
}

}  // namespace

ConfigForm::ConfigForm(models::Session* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    setStyleSheet(
        QStringLiteral("*[invalid=\"true\"] { border: 2px solid #d32f2f; background: #fdecea; }"
                       "QLabel#fieldProblem { color: #b71c1c; }"));
    auto* grid = new QGridLayout(this);
    std::map<std::string, QFormLayout*> groups;
    std::vector<std::string> order;
    std::vector<QGroupBox*> boxes;
    std::vector<QLabel*> labels, units;
    const auto& fields = core::config::configFields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const ConfigField& f = fields[i];
        const auto group = f.group();
        if (!groups.count(group)) {
            auto* box = new QGroupBox(this);
            boxes.push_back(box);
            groups[group] = new QFormLayout(box);
            order.push_back(group);
        }
        const QString key = QString::fromStdString(f.key);
        QWidget* editor = nullptr;
        if (usesSpinBox(f)) {
            auto* spin = new QSpinBox(this);
            // Any integer can be typed: the field's own range is checked by core's validation
            // and a value outside it is marked with the reason, never silently replaced.
            spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            spin->setKeyboardTracking(true);
            spin->setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
            connect(spin, &QSpinBox::valueChanged, this, [this, i] { onEditorChanged(i); });
            editor = spin;
        } else if (f.type == FieldType::Choice) {
            auto* combo = new QComboBox(this);
            for (const auto& c : f.choices)
                combo->addItem(QString::fromStdString(c), QString::fromStdString(c));
            connect(combo, &QComboBox::currentIndexChanged, this,
                    [this, i] { onEditorChanged(i); });
            editor = combo;
        } else {
            auto* line = new QLineEdit(this);
            connect(line, &QLineEdit::textEdited, this, [this, i] { onEditorChanged(i); });
            editor = line;
        }
        editor->setObjectName(key);
        // The editor, its unit beside it, and the reason it is invalid below (when it is).
        auto* cell = new QWidget(this);
        auto* cellLayout = new QGridLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setVerticalSpacing(2);
        auto* unit = new QLabel(cell);
        unit->setObjectName(key + QStringLiteral(".unit"));
        auto* problem = new QLabel(cell);
        problem->setObjectName(QStringLiteral("fieldProblem"));
        problem->setWordWrap(true);
        problem->setVisible(false);
        cellLayout->addWidget(editor, 0, 0);
        cellLayout->addWidget(unit, 0, 1);
        cellLayout->addWidget(problem, 1, 0, 1, 2);
        cellLayout->setColumnStretch(0, 1);
        auto* label = new QLabel(this);
        label->setBuddy(editor);
        groups[group]->addRow(label, cell);
        m_editors.push_back(editor);
        m_problemLabels.push_back(problem);
        labels.push_back(label);
        units.push_back(unit);
    }
    // Two columns of group boxes, in YAML order.
    for (std::size_t i = 0; i < order.size(); ++i)
        grid->addWidget(boxes[i], int(i / 2), int(i % 2));
    grid->setRowStretch(int((order.size() + 1) / 2), 1);
    m_problems.resize(m_editors.size());

    auto* texts = new i18n::Retranslator(this);
    texts->add([this, order, boxes, labels, units] {
        for (std::size_t i = 0; i < order.size(); ++i)
            boxes[i]->setTitle(groupTitle(QString::fromStdString(order[i])));
        const auto& all = core::config::configFields();
        for (std::size_t i = 0; i < all.size(); ++i) {
            const ConfigField& f = all[i];
            const QString key = QString::fromStdString(f.key);
            const FieldText text = fieldText(key);
            QString tip = text.help.isEmpty() ? QString::fromStdString(f.description) : text.help;
            tip += "\n" + tr("Allowed: %1").arg(i18n::text(f.allowed())) + "\n" +
                   tr("Key: %1").arg(key);
            m_editors[i]->setToolTip(tip);
            labels[i]->setText(text.label.isEmpty() ? key : text.label);
            labels[i]->setToolTip(tip);
            units[i]->setText(f.unit.empty() ? QString() : i18n::coreText(f.unit));
            units[i]->setVisible(!f.unit.empty());
        }
        // The problems are messages in the language of the moment.
        if (!m_problems.empty() && m_session) {
            for (std::size_t i = 0; i < m_editors.size(); ++i)
                check(i);
            emit edited();
        }
    });
    connect(m_session, &models::Session::configChanged, this, &ConfigForm::onConfigChanged);
    onConfigChanged();
}

QStringList ConfigForm::problems() const {
    QStringList list;
    for (const auto& problem : m_problems)
        if (!problem.isEmpty())
            list << problem;
    return list;
}

QWidget* ConfigForm::editor(const QString& key) const {
    const auto& fields = core::config::configFields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (QString::fromStdString(fields[i].key) == key)
            return m_editors[i];
    return nullptr;
}

void ConfigForm::onEditorChanged(std::size_t field) {
    if (m_writing)
        return;
    const ConfigField& f = core::config::configFields()[field];
    if (const auto value = check(field); value && f.get(m_session->config()) != *value) {
        auto config = m_session->config();
        f.set(config, *value);
        m_applyingEdit = true;
        m_session->setConfig(config);
        m_applyingEdit = false;
    }
    emit edited();
}

void ConfigForm::onConfigChanged() {
    // An edit changes only its own field, which its editor shows already (rewriting it would
    // move the cursor), and leaves the other editors, valid or not, as they are.
    if (m_applyingEdit)
        return;
    m_writing = true;
    for (std::size_t i = 0; i < m_editors.size(); ++i)
        writeEditor(i);
    m_writing = false;
    for (std::size_t i = 0; i < m_editors.size(); ++i)
        check(i);
    emit edited();
}

void ConfigForm::discardInvalidEdits() {
    bool any = false;
    for (std::size_t i = 0; i < m_editors.size(); ++i) {
        if (m_problems[i].isEmpty())
            continue;
        m_writing = true;
        writeEditor(i);
        m_writing = false;
        check(i);
        any = true;
    }
    if (any)
        emit edited();
}

std::optional<core::config::FieldValue> ConfigForm::check(std::size_t field) {
    const ConfigField& f = core::config::configFields()[field];
    QWidget* editor = m_editors[field];
    QString text;
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        text = QString::number(spin->value());
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        text = combo->currentData().toString();
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        text = line->text();
    core::util::Text error;
    auto value = core::config::parseFieldValue(f, fromFormText(f, text), &error);
    if (value) {
        if (auto message = core::config::checkValueText(f, *value)) {
            error = *message;
            value.reset();
        }
    }
    markInvalid(editor, value == std::nullopt);
    m_problems[field] = value ? QString() : i18n::text(error);
    m_problemLabels[field]->setText(m_problems[field]);
    m_problemLabels[field]->setVisible(!value);
    return value;
}

void ConfigForm::writeEditor(std::size_t field) {
    const ConfigField& f = core::config::configFields()[field];
    QWidget* editor = m_editors[field];
    const auto value = f.get(m_session->config());
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(int(std::get<std::int64_t>(value)));
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(
            std::max(0, combo->findData(QString::fromStdString(std::get<std::string>(value)))));
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        const QString text = toFormText(f, core::config::formatFieldValue(value));
        if (line->text() != text)
            line->setText(text);
    }
}

}  // namespace ui::widgets
