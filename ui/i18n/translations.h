#pragma once

#include <QString>

class QCoreApplication;

namespace ui::i18n {

/// Installs the translators for `language` ("en", "es", or "system" for the system locale):
/// Qt's own strings (qtbase) and the workbench's, compiled into the program from
/// translations/*.ts, in place of those installed before (Qt then sends every widget a
/// LanguageChange event: see Retranslator). Sets Qt's default locale to the language's, so
/// that numbers follow the text. Returns the language in use ("en" when no translation
/// applies).
QString installTranslators(QCoreApplication& app, const QString& language);

}  // namespace ui::i18n
