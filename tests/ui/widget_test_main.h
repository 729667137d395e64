#pragma once

// A main() for widget tests: settings go to a temporary folder (never the user's), the
// platform is offscreen unless the caller chose one, and the window's language is English, as
// the program sets it at start-up (numbers in the window then follow English whatever the
// system locale; the C locale of files is tested under de_DE and es_ES all the same).

#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

#include "i18n/translations.h"

#define RW_UI_TEST_MAIN(TestClass)                                                  \
    int main(int argc, char** argv) {                                               \
        QTemporaryDir settingsDir;                                                  \
        qputenv("XDG_CONFIG_HOME", settingsDir.path().toUtf8());                    \
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))                          \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                \
        QApplication app(argc, argv);                                               \
        QApplication::setOrganizationName(QStringLiteral("RatingsWorkbenchTests")); \
        QApplication::setApplicationName(QStringLiteral(#TestClass));               \
        ui::i18n::installTranslators(app, QStringLiteral("en"));                    \
        TestClass test;                                                             \
        return QTest::qExec(&test, argc, argv);                                     \
    }
