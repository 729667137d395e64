#include <QtTest>

#include "util/json.h"

using namespace core::util;

class TestJson : public QObject {
    Q_OBJECT

private slots:
    void roundTrip() {
        JsonValue::Object o{{"name", "Misérables \"Les\"\n"}, {"n", 3}, {"x", 0.1}, {"ok", true},
                            {"list", JsonValue::Array{1, "two", nullptr}}, {"empty", JsonValue::Object{}}};
        for (int indent : {-1, 2}) {
            const auto text = JsonValue(o).dump(indent);
            std::string error;
            const auto back = parseJson(text, &error);
            QVERIFY2(back.has_value(), error.c_str());
            QCOMPARE((*back)["name"].string(), std::string("Misérables \"Les\"\n"));
            QCOMPARE((*back)["n"].number(), 3.0);
            QCOMPARE((*back)["x"].number(), 0.1);
            QCOMPARE((*back)["ok"].boolean(), true);
            QCOMPARE((*back)["list"].array().size(), std::size_t(3));
            QVERIFY((*back)["list"].array()[2].isNull());
            QVERIFY((*back)["missing"].isNull());
        }
    }

    void nonFiniteBecomesNull() { QCOMPARE(JsonValue(std::nan("")).dump(), std::string("null")); }

    void errorsNameTheLine() {
        std::string error;
        QVERIFY(!parseJson("{\n\"a\": 1,\n\"b\" 2}", &error).has_value());
        QCOMPARE(error, std::string("line 3: expected ':'"));
        QVERIFY(!parseJson("[1, 2", &error).has_value());
        QVERIFY(!parseJson("{} x", &error).has_value());
        QVERIFY(parseJson("\"\\u00e9\"", &error).has_value());
        QCOMPARE(parseJson("\"\\u00e9\"", &error)->string(), std::string("\xC3\xA9"));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
