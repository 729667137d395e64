#pragma once

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

#include "config/config_fields.h"

class QLabel;

namespace ui::models {
class Session;
}

namespace ui::widgets {

/// A form with an editor for every ExperimentConfig field, grouped as in the YAML file and
/// built from core::config::configFields(): labels and tooltips (meaning, unit, allowed
/// range) come from config_field_texts. It edits the session's configuration, which it does
/// not copy: each edit is parsed and checked with core's validation, and only a value that
/// passes is set in the session; a bad field is marked and listed by problems() while the
/// session keeps the field's last valid value. It follows the session's configChanged() when
/// the change came from elsewhere (a load, a reset). GUI thread only.
class ConfigForm : public QWidget {
    Q_OBJECT

public:
    explicit ConfigForm(models::Session* session, QWidget* parent = nullptr);

    /// One message per invalid field, naming the field, in form order; empty when the form is
    /// valid.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    /// The editor of a field (QSpinBox, QLineEdit or QComboBox), or nullptr.
    QWidget* editor(const QString& key) const;
    /// Shows the session's value again in every editor whose text did not pass, clearing its
    /// mark. For a load or a reset, which replace the whole configuration: when the session's
    /// configuration does not change, no configChanged() comes to do it.
    void discardInvalidEdits();

signals:
    /// After an editor changed (valid or not) or the form showed another configuration:
    /// problems() may have changed.
    void edited();

private:
    void onEditorChanged(std::size_t field);
    void onConfigChanged();
    // Parses and checks the editor's text, marks the editor, notes the problem; the value
    // when it passes.
    std::optional<core::config::FieldValue> check(std::size_t field);
    void writeEditor(std::size_t field);
    models::Session* m_session;
    std::vector<QWidget*> m_editors;       // in configFields() order
    std::vector<QString> m_problems;       // per field, empty when valid
    std::vector<QLabel*> m_problemLabels;  // per field: the problem, below the editor
    bool m_writing = false;                // editors are being set from the configuration
    bool m_applyingEdit = false;           // an editor's value is being set in the session
};

}  // namespace ui::widgets
