#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include "config/config_fields.h"
#include "models/session.h"
#include "panels/experiment_page.h"
#include "widget_test_main.h"
#include "widgets/config_field_texts.h"
#include "widgets/config_form.h"

using namespace ui;

namespace {

QLineEdit* lineEditor(widgets::ConfigForm* form, const char* key) {
    return qobject_cast<QLineEdit*>(form->editor(key));
}

void type(QLineEdit* editor, const QString& text) {
    editor->setText(text);
    emit editor->textEdited(text);
}

// A real number as the form shows it in the current language ("0,005" in Spanish).
QString shown(QString number) {
    return number.replace(QLatin1Char('.'), QLocale().decimalPoint());
}

}  // namespace

class TestConfigForm : public QObject {
    Q_OBJECT

private slots:
    void everyFieldHasAnEditorAndText() {
        models::Session session;
        widgets::ConfigForm form(&session);
        for (const auto& f : core::config::configFields()) {
            const QString key = QString::fromStdString(f.key);
            QVERIFY2(form.editor(key), qPrintable(key));
            QVERIFY2(!widgets::fieldText(key).label.isEmpty(), qPrintable(key));
            QVERIFY2(!widgets::fieldText(key).help.isEmpty(), qPrintable(key));
            QVERIFY(form.editor(key)->toolTip().contains(key));
        }
        QCOMPARE(session.config(), core::config::ExperimentConfig{});
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
        const auto edited = session.config();
        QCOMPARE(edited.training.maxEpochs, 7);
        QCOMPARE(edited.training.learningRate, 0.0025);
        QCOMPARE(edited.model.mlpLayers, (std::vector<int>{256, 64, 16}));
        QCOMPARE(edited.runtime.trainingStep, std::string("autograd"));
        QVERIFY(session.isConfigDirty());

        QTemporaryDir dir;
        const QString path = dir.filePath("experiment.yaml");
        QVERIFY(page.saveFile(path));
        QVERIFY(!session.isConfigDirty());
        session.setConfig(core::config::ExperimentConfig{});
        QVERIFY(session.isConfigDirty());
        QCOMPARE(qobject_cast<QSpinBox*>(form->editor("training.max_epochs"))->value(), 30);
        type(lineEditor(form, "training.weight_decay"),
             "-1");  // loading drops text that did not pass
        QVERIFY(!form->isValid());
        QVERIFY(page.loadFile(path));
        QVERIFY(form->isValid());
        QVERIFY(!session.isConfigDirty());
        QCOMPARE(session.config(), edited);
        QCOMPARE(qobject_cast<QSpinBox*>(form->editor("training.max_epochs"))->value(), 7);
        QCOMPARE(qobject_cast<QLineEdit*>(form->editor("model.mlp_layers"))->text(),
                 QString("[256, 64, 16]"));
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
        QVERIFY(page.form()->problems().front().contains(
            "`training.learning_rate` must be in (0, 10] (got -0.1)"));
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
        QTest::newRow("Spanish") << "es_ES"
                                 << "0,001";
        QTest::newRow("German") << "de_DE"
                                << "0,001";
        QTest::newRow("English") << "en_US"
                                 << "0.001";
    }
    void decimalCommaLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, shown);
        const QLocale previous;
        QLocale::setDefault(QLocale(language));
        models::Session session;
        widgets::ConfigForm form(&session);
        auto* rate = qobject_cast<QLineEdit*>(form.editor("training.learning_rate"));
        QCOMPARE(rate->text(), shown);
        QVERIFY2(form.isValid(), qPrintable(form.problems().join("; ")));
        for (const QString& typed :
             {QStringLiteral("0,0025"), QStringLiteral("0.0025"), QStringLiteral(" 2,5e-3 ")}) {
            rate->setText(typed);
            emit rate->textEdited(typed);
            QVERIFY2(form.isValid(), qPrintable(typed + ": " + form.problems().join("; ")));
            QCOMPARE(session.config().training.learningRate, 0.0025);
        }
        for (const QString& typed : {QStringLiteral("0,00,1"), QStringLiteral("1.000,5")}) {
            rate->setText(typed);
            emit rate->textEdited(typed);
            QVERIFY2(!form.isValid(), qPrintable(typed));
        }
        QLocale::setDefault(previous);
    }

    // The session owns the configuration: a change made elsewhere shows in the editors; an
    // edit is in the session at once, and its editor keeps the text as typed (and the cursor).
    void formFollowsTheSession() {
        models::Session session;
        widgets::ConfigForm form(&session);
        QSignalSpy edited(&form, &widgets::ConfigForm::edited);
        auto config = session.config();
        config.training.maxEpochs = 12;
        config.training.learningRate = 0.005;
        config.model.mlpLayers = {32, 8};
        session.setConfig(config);
        QCOMPARE(qobject_cast<QSpinBox*>(form.editor("training.max_epochs"))->value(), 12);
        QCOMPARE(lineEditor(&form, "training.learning_rate")->text(), shown("0.005"));
        QCOMPARE(lineEditor(&form, "model.mlp_layers")->text(), QString("[32, 8]"));
        QCOMPARE(edited.count(), 1);

        QSignalSpy changed(&session, &models::Session::configChanged);
        auto* rate = lineEditor(&form, "training.learning_rate");
        rate->setText("2.50e-3");
        rate->setCursorPosition(3);
        emit rate->textEdited(rate->text());
        QCOMPARE(session.config().training.learningRate, 0.0025);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(rate->text(), QString("2.50e-3"));
        QCOMPARE(rate->cursorPosition(), 3);
        type(rate, "0.0025");  // the same value: nothing changes
        QCOMPARE(changed.count(), 1);
        QCOMPARE(lineEditor(&form, "model.mlp_layers")->text(), QString("[32, 8]"));
    }

    // An invalid edit leaves the session's value as it was; the editor keeps its text and mark
    // while other fields are edited. Unsaved changes are the session's differences from the
    // file (here the defaults). A reset to the notebook's values drops the bad text, also when
    // the configuration itself does not change.
    void invalidEditKeepsTheLastValidValue() {
        models::Session session;
        panels::ExperimentPage page(&session);
        auto* form = page.form();
        auto* rate = lineEditor(form, "training.learning_rate");
        type(rate, "fast");
        QCOMPARE(session.config(), core::config::ExperimentConfig{});
        QVERIFY(!session.isConfigDirty());
        auto* epochs = qobject_cast<QSpinBox*>(form->editor("training.max_epochs"));
        epochs->setValue(9);
        QCOMPARE(session.config().training.maxEpochs, 9);
        QVERIFY(session.isConfigDirty());
        QCOMPARE(rate->text(), QString("fast"));
        QVERIFY(rate->property("invalid").toBool());
        QCOMPARE(form->problems().size(), 1);
        auto* status = page.findChild<QLabel*>("configStatus");
        QVERIFY(status->text().contains("training.learning_rate"));
        epochs->setValue(core::config::ExperimentConfig{}.training.maxEpochs);
        QVERIFY(!session.isConfigDirty());  // back to the file's values

        QSignalSpy changed(&session, &models::Session::configChanged);
        page.findChild<QPushButton*>("resetButton")->click();
        QCOMPARE(changed.count(), 0);
        QVERIFY(form->isValid());
        QVERIFY(!rate->property("invalid").toBool());
        QCOMPARE(rate->text(), shown("0.001"));
        QVERIFY(status->text().startsWith("Valid configuration."));
    }

    // An integer outside its range is shown, marked and explained; leaving the field keeps it
    // (a spin box would otherwise put back the last value it allowed).
    void outOfRangeIntegerIsFlaggedNotReplaced() {
        models::Session session;
        panels::ExperimentPage page(&session);
        page.show();
        auto* batch = qobject_cast<QSpinBox*>(page.form()->editor("training.batch_size"));
        QVERIFY(batch);
        batch->setFocus();
        batch->selectAll();
        QTest::keyClicks(batch, "1");
        QCOMPARE(batch->value(), 1);
        QVERIFY(!page.form()->isValid());
        QVERIFY(batch->property("invalid").toBool());
        QVERIFY(page.form()->problems().front().contains(
            "`training.batch_size` must be an integer in [2, 1048576] (got 1)"));
        // The reason is shown below the field, not only in a tooltip.
        auto* reason = batch->parentWidget()->findChild<QLabel*>("fieldProblem");
        QVERIFY(reason && reason->isVisibleTo(&page));
        QVERIFY(reason->text().contains("(got 1)"));
        // Leaving the field keeps the typed value (and the mark).
        page.form()->editor("training.max_epochs")->setFocus();
        batch->clearFocus();
        emit batch->editingFinished();
        QCOMPARE(batch->value(), 1);
        QVERIFY(batch->property("invalid").toBool());
        QCOMPARE(session.config().training.batchSize, 512);  // the session keeps a valid value
        QTest::keyClick(batch, Qt::Key_Backspace);
        batch->setValue(256);
        QVERIFY(page.form()->isValid());
        QVERIFY(!reason->isVisibleTo(&page));
    }

    void unitsAreShownBesideTheFields() {
        models::Session session;
        widgets::ConfigForm form(&session);
        auto* unit = form.findChild<QLabel*>("training.max_epochs.unit");
        QVERIFY(unit);
        QCOMPARE(unit->text(), QString("epochs"));
        QVERIFY(!unit->isHidden());
        QVERIFY(form.findChild<QLabel*>("training.learning_rate.unit")->isHidden());  // no unit
    }

    // The page says that the configuration differs from where it came from, and how.
    void modifiedConfigurationSaysWhatDiffers() {
        models::Session session;
        panels::ExperimentPage page(&session);
        auto* file = page.findChild<QLabel*>("configFile");
        QVERIFY(file->text().contains("the notebook's values"));
        QVERIFY(!file->text().contains("modified"));
        qobject_cast<QSpinBox*>(page.form()->editor("training.max_epochs"))->setValue(7);
        QVERIFY2(file->text().contains("modified"), qPrintable(file->text()));
        QVERIFY2(file->text().contains("30 → 7"), qPrintable(file->text()));
        page.resetToNotebook();
        QVERIFY(!file->text().contains("modified"));
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
        QCOMPARE(session.config(), core::config::ExperimentConfig{});  // configuration untouched
        QVERIFY(!session.isConfigDirty());
    }
};

RW_UI_TEST_MAIN(TestConfigForm)
#include "tst_config_form.moc"
