#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace core::util {
struct Text;
}

namespace ui::i18n {

// Every number the window shows is written here, in the UI language's locale (set as Qt's
// default locale by installTranslators): "1,000,209" and "0.8608" in English, "1.000.209" and
// "0,8608" in Spanish. Files and the command line keep the C locale (core/util/number_text.h).

/// `value` with `decimals` digits after the separator, grouped: number(1234.5, 1) == "1,234.5".
QString number(double value, int decimals);
/// An integer quantity, grouped: count(1000209) == "1,000,209".
QString count(qint64 value);
/// A share in [0, 1] as a percentage with `decimals` digits: percent(0.0912, 1) == "9.1 %"
/// (the locale's percent sign and spacing).
QString percent(double share, int decimals);

/// A core message in the UI language: its template translated (English when no translation
/// has it), its arguments formatted for the locale.
QString text(const core::util::Text& message);
/// The translation contexts that hold core's templates (where coreText and text look).
QStringList coreContexts();
/// A constant text written in core with RW_TEXT (a warning kind, a stage name), translated.
QString coreText(const std::string& english);

}  // namespace ui::i18n
