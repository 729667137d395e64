#pragma once

#include <QString>

namespace ui::widgets {

/// The form's translated label and help for a config field key ("training.learning_rate").
/// Help gives the meaning and unit; the allowed range is appended by the form.
struct FieldText {
    QString label;
    QString help;
};
/// Empty label when the key has no text (a test checks every core field has one).
FieldText fieldText(const QString& key);
/// Translated title of a config group ("training" → "Optimisation").
QString groupTitle(const QString& group);

}  // namespace ui::widgets
