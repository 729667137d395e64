#pragma once

// A main() for widget tests: settings go to a temporary folder (never the user's), and the
// platform is offscreen unless the caller chose one.

#include <QApplication>
#include <QTemporaryDir>
#include <QtTest>

#define RW_UI_TEST_MAIN(TestClass)                                                  \
    int main(int argc, char** argv) {                                               \
        QTemporaryDir settingsDir;                                                  \
        qputenv("XDG_CONFIG_HOME", settingsDir.path().toUtf8());                    \
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))                          \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                \
        QApplication app(argc, argv);                                               \
        QApplication::setOrganizationName(QStringLiteral("RatingsWorkbenchTests")); \
        QApplication::setApplicationName(QStringLiteral(#TestClass));               \
        TestClass test;                                                             \
        return QTest::qExec(&test, argc, argv);                                     \
    }
