#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

#include "config/config_fields.h"
#include "config/experiment_config.h"

class QLabel;

namespace ui::widgets {

/// A form with an editor for every ExperimentConfig field, grouped as in the YAML file and
/// built from core::config::configFields(): labels and tooltips (meaning, unit, allowed
/// range) come from config_field_texts. Every edit is parsed and checked with core's
/// validation; a bad field is marked and listed by problems(). setConfig()/config() are the
/// one place the form maps to the struct. GUI thread only.
class ConfigForm : public QWidget {
    Q_OBJECT

public:
    explicit ConfigForm(QWidget* parent = nullptr);

    void setConfig(const core::config::ExperimentConfig& config);
    /// The config the editors describe; a field that does not parse keeps its last good value.
    core::config::ExperimentConfig config() const { return m_config; }
    /// One message per invalid field, naming the field; empty when the form is valid.
    QStringList problems() const { return m_problems; }
    bool isValid() const { return m_problems.isEmpty(); }
    /// The editor of a field (QSpinBox, QLineEdit or QComboBox), or nullptr.
    QWidget* editor(const QString& key) const { return m_editors.value(key); }

signals:
    /// After any edit (valid or not).
    void edited();

private:
    void readEditors();
    void writeEditor(const core::config::ConfigField& field);
    core::config::ExperimentConfig m_config;
    QStringList m_problems;
    QHash<QString, QWidget*> m_editors;
    bool m_updating = false;
};

}  // namespace ui::widgets
