#include <QtTest>

#include <clocale>
#include <cstdio>

#include "config/config_fields.h"
#include "util/number_text.h"

using namespace core;

// Numbers in files and on the command line are the C locale's text whatever the process
// locale is. The test command also runs the whole suite under de_DE.UTF-8 and es_ES.UTF-8.
class TestNumberText : public QObject {
    Q_OBJECT

    std::string m_savedLocale;

private slots:
    void initTestCase() {
        m_savedLocale = std::setlocale(LC_ALL, nullptr);
        // A decimal-comma locale for the whole class, when this machine has one.
        for (const char* name : {"de_DE.UTF-8", "es_ES.UTF-8", "fr_FR.UTF-8"})
            if (std::setlocale(LC_ALL, name))
                break;
    }
    void cleanupTestCase() { std::setlocale(LC_ALL, m_savedLocale.c_str()); }

    void theProcessLocaleIsNotUsed() {
        char printed[32];
        std::snprintf(printed, sizeof printed, "%.3f", 0.5);
        if (std::string(printed) != "0,500")
            QSKIP("no decimal-comma locale on this machine");
        QCOMPARE(util::formatFixed(0.5, 3), std::string("0.500"));
        double v = 0;
        QVERIFY(util::parseDouble("0.001", &v));
        QCOMPARE(v, 0.001);
        QVERIFY(!util::parseDouble("0,001", &v));
    }

    void parsesWholeNumbers_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("point") << "0.001" << true << 0.001;
        QTest::newRow("exponent") << "1e-05" << true << 1e-5;
        QTest::newRow("plus") << "+3" << true << 3.0;
        QTest::newRow("minus") << "-2.5" << true << -2.5;
        QTest::newRow("leading point") << ".5" << true << 0.5;
        QTest::newRow("comma") << "0,001" << false << 0.0;
        QTest::newRow("empty") << "" << false << 0.0;
        QTest::newRow("word") << "abc" << false << 0.0;
        QTest::newRow("space") << " 1" << false << 0.0;
        QTest::newRow("trailing") << "1x" << false << 0.0;
        QTest::newRow("two signs") << "+-1" << false << 0.0;
    }
    void parsesWholeNumbers() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        double v = 0;
        QCOMPARE(util::parseDouble(text.toStdString(), &v), ok);
        if (ok)
            QCOMPARE(v, value);
    }

    void integers() {
        std::int64_t i = 0;
        QVERIFY(util::parseInteger("+42", &i));
        QCOMPARE(i, std::int64_t(42));
        QVERIFY(!util::parseInteger("+-42", &i));
        QVERIFY(!util::parseInteger("4.2", &i));
        std::int32_t small = 0;
        QVERIFY(!util::parseInteger("3000000000", &small));  // overflow
    }

    void formatsShortestAndFixed() {
        QCOMPARE(util::formatNumber(0.001), std::string("0.001"));
        QCOMPARE(util::formatNumber(1e-5), std::string("1e-05"));
        QCOMPARE(util::formatFixed(1234.5678, 2), std::string("1234.57"));
        QCOMPARE(util::formatGeneral(0.000123456, 3), std::string("0.000123"));
        double back = 0;
        for (const double v : {0.1, 1.0 / 3.0, 6.02214076e23, -7.5e-300}) {
            QVERIFY(util::parseDouble(util::formatNumber(v), &back));
            QCOMPARE(back, v);
        }
    }

    // What the Experiment page had refused under de_DE: every real field of the config.
    void everyRealFieldParsesItsDefault() {
        const config::ExperimentConfig defaults;
        for (const auto& f : config::configFields()) {
            const std::string text = config::formatFieldValue(f.get(defaults));
            std::string error;
            const auto value = config::parseFieldValue(f, text, &error);
            QVERIFY2(value, error.c_str());
            QVERIFY(*value == f.get(defaults));
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberText)
#include "tst_number_text.moc"
