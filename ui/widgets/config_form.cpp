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
#include <map>

#include "widgets/config_field_texts.h"

namespace ui::widgets {
namespace {

using core::config::ConfigField;
using core::config::FieldType;

bool usesSpinBox(const ConfigField& f) { return f.type == FieldType::Integer && f.maximum <= INT_MAX; }

// Real numbers are shown with the UI locale's decimal separator ("0,001" in Spanish) and
// both separators are accepted when typed; the core reads only the C locale's form.
QString toFormText(const ConfigField& f, const std::string& text) {
    QString shown = QString::fromStdString(text);
    if (f.type == FieldType::Real && QLocale().decimalPoint() == QStringLiteral(","))
        shown.replace(QLatin1Char('.'), QLatin1Char(','));
    return shown;
}

std::string fromFormText(const ConfigField& f, QString text) {
    if (f.type == FieldType::Real && text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    return text.toStdString();
}

void markInvalid(QWidget* editor, bool invalid) {
    if (editor->property("invalid").toBool() == invalid) return;
    editor->setProperty("invalid", invalid);
    editor->style()->unpolish(editor);
    editor->style()->polish(editor);
}

}  // namespace

ConfigForm::ConfigForm(QWidget* parent) : QWidget(parent) {
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid #d32f2f; background: #fdecea; }"));
    auto* grid = new QGridLayout(this);
    std::map<std::string, QFormLayout*> groups;
    std::vector<std::string> order;
    for (const auto& f : core::config::configFields()) {
        const auto group = f.group();
        if (!groups.count(group)) {
            auto* box = new QGroupBox(groupTitle(QString::fromStdString(group)), this);
            groups[group] = new QFormLayout(box);
            order.push_back(group);
        }
        const QString key = QString::fromStdString(f.key);
        const FieldText text = fieldText(key);
        QWidget* editor = nullptr;
        if (usesSpinBox(f)) {
            auto* spin = new QSpinBox(this);
            spin->setRange(int(f.minimum), int(f.maximum));
            spin->setKeyboardTracking(true);
            connect(spin, &QSpinBox::valueChanged, this, &ConfigForm::readEditors);
            editor = spin;
        } else if (f.type == FieldType::Choice) {
            auto* combo = new QComboBox(this);
            for (const auto& c : f.choices) combo->addItem(QString::fromStdString(c), QString::fromStdString(c));
            connect(combo, &QComboBox::currentIndexChanged, this, &ConfigForm::readEditors);
            editor = combo;
        } else {
            auto* line = new QLineEdit(this);
            connect(line, &QLineEdit::textEdited, this, &ConfigForm::readEditors);
            editor = line;
        }
        editor->setObjectName(key);
        QString tip = text.help.isEmpty() ? QString::fromStdString(f.description) : text.help;
        tip += "\n" + tr("Allowed: %1").arg(QString::fromStdString(f.allowedText())) + "\n" +
               tr("Key: %1").arg(key);
        editor->setToolTip(tip);
        auto* label = new QLabel(text.label.isEmpty() ? key : text.label, this);
        label->setToolTip(tip);
        label->setBuddy(editor);
        groups[group]->addRow(label, editor);
        m_editors.insert(key, editor);
    }
    // Two columns of group boxes, in YAML order.
    for (std::size_t i = 0; i < order.size(); ++i) {
        auto* box = static_cast<QGroupBox*>(groups[order[i]]->parentWidget());
        grid->addWidget(box, int(i / 2), int(i % 2));
    }
    grid->setRowStretch(int((order.size() + 1) / 2), 1);
    setConfig(core::config::ExperimentConfig{});
}

void ConfigForm::setConfig(const core::config::ExperimentConfig& config) {
    m_updating = true;
    m_config = config;
    for (const auto& f : core::config::configFields()) writeEditor(f);
    m_updating = false;
    readEditors();
}

void ConfigForm::writeEditor(const ConfigField& f) {
    QWidget* editor = m_editors.value(QString::fromStdString(f.key));
    const auto value = f.get(m_config);
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(int(std::get<std::int64_t>(value)));
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(std::get<std::string>(value)))));
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(toFormText(f, core::config::formatFieldValue(value)));
    }
}

void ConfigForm::readEditors() {
    if (m_updating) return;
    m_problems.clear();
    for (const auto& f : core::config::configFields()) {
        QWidget* editor = m_editors.value(QString::fromStdString(f.key));
        QString text;
        if (auto* spin = qobject_cast<QSpinBox*>(editor)) text = QString::number(spin->value());
        else if (auto* combo = qobject_cast<QComboBox*>(editor)) text = combo->currentData().toString();
        else if (auto* line = qobject_cast<QLineEdit*>(editor)) text = line->text();
        std::string error;
        auto value = core::config::parseFieldValue(f, fromFormText(f, text), &error);
        if (value) {
            if (auto message = core::config::checkValue(f, *value)) error = *message;
            else f.set(m_config, *value);
        }
        const bool invalid = !error.empty();
        markInvalid(editor, invalid);
        if (invalid) m_problems << QString::fromStdString(error);
    }
    emit edited();
}

}  // namespace ui::widgets
