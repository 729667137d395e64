#pragma once

#include <QString>

class QCoreApplication;

namespace ui::i18n {

/// Installs the translators for `language` ("en", "es", or "system" for the system locale):
/// Qt's own strings (qtbase) and the workbench's, compiled into the program from
/// translations/*.ts. Returns the language in use ("en" when no translation applies).
QString installTranslators(QCoreApplication& app, const QString& language);

}  // namespace ui::i18n
