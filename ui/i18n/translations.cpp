#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace ui::i18n {
namespace {

// The translators in use, replaced on every language change.
QPointer<QTranslator> g_ours;
QPointer<QTranslator> g_qt;

void removeTranslators(QCoreApplication& app) {
    for (QPointer<QTranslator>* t : {&g_ours, &g_qt}) {
        if (*t) {
            app.removeTranslator(*t);
            delete t->data();
        }
    }
}

}  // namespace

QString installTranslators(QCoreApplication& app, const QString& language) {
    removeTranslators(app);
    const QLocale system = QLocale::system();
    const QLocale wanted = language == "system" || language.isEmpty() ? system : QLocale(language);
    // Numbers follow the UI language: English text with English numbers, Spanish text with
    // the Spanish separators (the system's own variant when it is a Spanish locale).
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (wanted.language() != QLocale::Spanish) {
        QLocale::setDefault(english);
        return QStringLiteral("en");
    }
    auto* ours = new QTranslator(&app);
    if (!ours->load(wanted, QStringLiteral("ratings_workbench"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        QLocale::setDefault(english);
        return QStringLiteral("en");
    }
    app.installTranslator(ours);
    g_ours = ours;
    auto* qt = new QTranslator(&app);
    if (qt->load(wanted, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    // Spanish here: the territory's own variant, Spain's when none is given.
    QLocale::setDefault(wanted.territory() != QLocale::AnyTerritory
                            ? wanted
                            : QLocale(QLocale::Spanish, QLocale::Spain));
    return QStringLiteral("es");
}

}  // namespace ui::i18n
