#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMultiHash>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include "i18n/locale_text.h"
#include "i18n/translations.h"
#include "widget_test_main.h"

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    // Every message of the Spanish .ts is translated (none unfinished, none empty, none
    // obsolete), and placeholders (%1, %2, …) survive translation.
    void spanishIsComplete() {
        QFile file(QStringLiteral(RW_TS_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QString source;
        const QRegularExpression placeholder(QStringLiteral("%\\d+"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            if (xml.name() != QLatin1String("translation"))
                continue;
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms are <numerusform> children: their texts, joined.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(type.isEmpty(), qPrintable(QString("%1: %2").arg(type, source)));
            QVERIFY2(!text.isEmpty(), qPrintable(source));
            QStringList a, b;
            for (auto it = placeholder.globalMatch(source); it.hasNext();)
                a << it.next().captured();
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                b << it.next().captured();
            a.sort();
            b.sort();
            a.removeDuplicates();
            b.removeDuplicates();
            QVERIFY2(a == b, qPrintable(source));
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 300);
    }

    // Every core template (RW_TEXT) sits in a context where i18n::text looks for it: lupdate
    // names contexts after the code around a template, so a new kind of place shows up here.
    void coreTemplatesAreFound() {
        QStringList templates;
        // RW_TEXT("…" "…"): adjacent literals are one template.
        const QRegularExpression marked(
            QStringLiteral("RW_TEXT\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)\\)"));
        const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        QDirIterator files(QStringLiteral(RW_CORE_DIR), {QStringLiteral("*.cpp")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(file.readAll());
            for (auto it = marked.globalMatch(code); it.hasNext();) {
                QString text;
                const QString pieces = it.next().captured(1);
                for (auto piece = literal.globalMatch(pieces); piece.hasNext();)
                    text += piece.next().captured(1);
                templates << text.replace(QStringLiteral("\\\""), QStringLiteral("\""));
            }
        }
        QVERIFY(templates.size() > 50);
        QFile ts(QStringLiteral(RW_TS_FILE));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context;
        QMultiHash<QString, QString> contextsOf;  // source text → the contexts that hold it
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            if (xml.name() == QLatin1String("source"))
                contextsOf.insert(xml.readElementText(), context);
        }
        const QStringList known = ui::i18n::coreContexts();
        for (const QString& text : templates) {
            const QStringList contexts = contextsOf.values(text);
            bool found = false;
            for (const QString& c : contexts)
                found = found || known.contains(c);
            QVERIFY2(found, qPrintable(QString("\"%1\" is in %2, not in i18n::coreContexts()")
                                           .arg(text, contexts.join(", "))));
        }
    }

    // The compiled translation is inside the program and is used.
    void spanishIsInstalled() {
        QCOMPARE(ui::i18n::installTranslators(*QCoreApplication::instance(), "es"), QString("es"));
        QCOMPARE(QCoreApplication::translate("ui::windows::MainWindow", "&Open dataset…"),
                 QString("&Abrir conjunto de datos…"));
        QCOMPARE(QCoreApplication::translate("ConfigField", "Learning rate"),
                 QString("Tasa de aprendizaje"));
        QCOMPARE(QCoreApplication::translate("MovieLens", "college/grad student"),
                 QString("estudiante universitario/de posgrado"));
    }
};

RW_UI_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
