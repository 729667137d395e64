#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include "config/config_fields.h"
#include "models/session.h"
#include "panels/experiment_page.h"
#include "widget_test_main.h"
#include "widgets/config_field_texts.h"
#include "widgets/config_form.h"

using namespace ui;

class TestConfigForm : public QObject {
    Q_OBJECT

private slots:
    void everyFieldHasAnEditorAndText() {
        widgets::ConfigForm form;
        for (const auto& f : core::config::configFields()) {
            const QString key = QString::fromStdString(f.key);
            QVERIFY2(form.editor(key), qPrintable(key));
            QVERIFY2(!widgets::fieldText(key).label.isEmpty(), qPrintable(key));
            QVERIFY2(!widgets::fieldText(key).help.isEmpty(), qPrintable(key));
            QVERIFY(form.editor(key)->toolTip().contains(key));
        }
        QCOMPARE(form.config(), core::config::ExperimentConfig{});
        QVERIFY(form.isValid());
    }

    // Form → YAML → form gives the same config.
    void yamlRoundTripThroughThePage() {
        models::Session session;
        panels::ExperimentPage page(&session);
        auto* form = page.form();
        qobject_cast<QSpinBox*>(form->editor("training.max_epochs"))->setValue(7);
        auto* rate = qobject_cast<QLineEdit*>(form->editor("training.learning_rate"));
        rate->setText("0.0025");
        emit rate->textEdited(rate->text());
        auto* layers = qobject_cast<QLineEdit*>(form->editor("model.mlp_layers"));
        layers->setText("256, 64, 16");
        emit layers->textEdited(layers->text());
        auto* step = qobject_cast<QComboBox*>(form->editor("runtime.training_step"));
        step->setCurrentIndex(step->findData("autograd"));
        QVERIFY(form->isValid());
        const auto edited = form->config();
        QCOMPARE(edited.training.maxEpochs, 7);
        QCOMPARE(edited.training.learningRate, 0.0025);
        QCOMPARE(edited.model.mlpLayers, (std::vector<int>{256, 64, 16}));
        QCOMPARE(edited.runtime.trainingStep, std::string("autograd"));
        QCOMPARE(session.config(), edited);
        QVERIFY(page.isDirty());

        QTemporaryDir dir;
        const QString path = dir.filePath("experiment.yaml");
        QVERIFY(page.saveFile(path));
        QVERIFY(!page.isDirty());
        form->setConfig(core::config::ExperimentConfig{});
        QVERIFY(page.isDirty());
        QVERIFY(page.loadFile(path));
        QCOMPARE(form->config(), edited);
        QCOMPARE(qobject_cast<QLineEdit*>(form->editor("model.mlp_layers"))->text(), QString("[256, 64, 16]"));
    }

    // An invalid value is marked, listed with its key, and Train is disabled with the reason.
    void invalidFieldDisablesTrain() {
        models::Session session;
        panels::ExperimentPage page(&session);
        auto* rate = qobject_cast<QLineEdit*>(page.form()->editor("training.learning_rate"));
        rate->setText("-0.1");
        emit rate->textEdited(rate->text());
        QVERIFY(!page.form()->isValid());
        QVERIFY(rate->property("invalid").toBool());
        QCOMPARE(page.form()->problems().size(), 1);
        QVERIFY(page.form()->problems().front().contains("`training.learning_rate` must be in (0, 10] (got -0.1)"));
        auto* train = page.findChild<QPushButton*>("trainButton");
        QVERIFY(!train->isEnabled());
        QVERIFY(train->toolTip().contains("training.learning_rate"));
        // The session keeps the last valid config.
        QCOMPARE(session.config().training.learningRate, 1e-3);
        rate->setText("abc");
        emit rate->textEdited(rate->text());
        QVERIFY(page.form()->problems().front().contains("must be a number"));
        rate->setText("0.01");
        emit rate->textEdited(rate->text());
        QVERIFY(page.form()->isValid());
        QVERIFY(!rate->property("invalid").toBool());
        QVERIFY(train->isEnabled());
    }

    // In a decimal-comma language the form shows "0,001" and accepts both separators; the
    // config (and so every file written from it) holds the number, not the text.
    void decimalCommaLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("shown");
        QTest::newRow("Spanish") << "es_ES" << "0,001";
        QTest::newRow("German") << "de_DE" << "0,001";
        QTest::newRow("English") << "en_US" << "0.001";
    }
    void decimalCommaLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, shown);
        const QLocale previous;
        QLocale::setDefault(QLocale(language));
        widgets::ConfigForm form;
        auto* rate = qobject_cast<QLineEdit*>(form.editor("training.learning_rate"));
        QCOMPARE(rate->text(), shown);
        QVERIFY2(form.isValid(), qPrintable(form.problems().join("; ")));
        for (const QString& typed : {QStringLiteral("0,0025"), QStringLiteral("0.0025"), QStringLiteral(" 2,5e-3 ")}) {
            rate->setText(typed);
            emit rate->textEdited(typed);
            QVERIFY2(form.isValid(), qPrintable(typed + ": " + form.problems().join("; ")));
            QCOMPARE(form.config().training.learningRate, 0.0025);
        }
        for (const QString& typed : {QStringLiteral("0,00,1"), QStringLiteral("1.000,5")}) {
            rate->setText(typed);
            emit rate->textEdited(typed);
            QVERIFY2(!form.isValid(), qPrintable(typed));
        }
        QLocale::setDefault(previous);
    }

    void badYamlIsReportedInPlace() {
        models::Session session;
        panels::ExperimentPage page(&session);
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.yaml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("training:\n  learning_rate: fast\n");
        file.close();
        QVERIFY(!page.loadFile(path));
        auto* status = page.findChild<QLabel*>("configStatus");
        QVERIFY(status->text().contains("bad.yaml:2"));
        QVERIFY(status->text().contains("training.learning_rate"));
        QCOMPARE(page.form()->config(), core::config::ExperimentConfig{});  // form untouched
    }
};

RW_UI_TEST_MAIN(TestConfigForm)
#include "tst_config_form.moc"
