// The window in the language of the moment: numbers in the UI language's locale (tables,
// labels, chart axes), a language change applied without a restart, and the texts that say
// where training is.

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>

#include <cmath>

#include <QMenuBar>
#include "charts/loss_chart.h"
#include "charts/result_plots.h"
#include "config/config_io.h"
#include "data/movielens_reader.h"
#include "i18n/locale_text.h"
#include "i18n/translations.h"
#include "model/model_shape.h"
#include "models/session.h"
#include "models/training_history.h"
#include "panels/dataset_page.h"
#include "panels/experiment_page.h"
#include "panels/results_page.h"
#include "panels/training_page.h"
#include "training/training_messages.h"
#include "widget_test_main.h"
#include "windows/main_window.h"

using namespace ui;

namespace {

void switchTo(const char* language) {
    i18n::installTranslators(*QCoreApplication::instance(), QString::fromLatin1(language));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

bool anyLabelContains(QWidget* parent, const QString& text) {
    for (auto* label : parent->findChildren<QLabel*>())
        if (label->text().contains(text))
            return true;
    return false;
}

}  // namespace

class TestUiLanguage : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { switchTo("en"); }

    void numbersFollowTheLanguage() {
        switchTo("en");
        QCOMPARE(i18n::count(1000209), QString("1,000,209"));
        QCOMPARE(i18n::count(1000), QString("1,000"));
        QCOMPARE(i18n::number(0.8608, 4), QString("0.8608"));
        switchTo("es");
        QCOMPARE(i18n::count(1000209), QString("1.000.209"));  // not Qt's "1000.209"
        QCOMPARE(i18n::count(1000), QString("1000"));          // four digits stay whole
        QCOMPARE(i18n::count(-25000), QString("-25.000"));
        QCOMPARE(i18n::number(0.8608, 4), QString("0,8608"));
        QCOMPARE(i18n::percent(0.0912, 1), QString("9,1\u00a0%"));
    }

    // A plot's tick labels are written with the locale of the moment: grouped thousands,
    // the language's decimal separator.
    void chartAxesUseTheLanguage() {
        switchTo("en");
        charts::BarPlot plot;
        plot.resize(640, 400);
        plot.setBars("t", {"a", "b"}, {100000, 300000}, "ratings");
        plot.replot();
        QVERIFY2(plot.yAxis->tickVectorLabels().contains("300,000"),
                 qPrintable(plot.yAxis->tickVectorLabels().join(" ")));
        switchTo("es");
        plot.replot();
        QVERIFY2(plot.yAxis->tickVectorLabels().contains("300.000"),
                 qPrintable(plot.yAxis->tickVectorLabels().join(" ")));
        charts::ErrorHistogramPlot histogram;
        histogram.resize(640, 400);
        histogram.setErrors({-1.5f, -0.5f, 0.25f, 1.0f});
        histogram.replot();
        bool decimalComma = false;
        for (const auto& label : histogram.xAxis->tickVectorLabels())
            decimalComma = decimalComma || label.contains(',');
        QVERIFY2(decimalComma, qPrintable(histogram.xAxis->tickVectorLabels().join(" ")));
    }

    // Choosing a language in the running window retranslates it at once: tabs, form units,
    // the dataset's counts (and their separators).
    void windowRetranslatesWithoutRestart() {
        switchTo("en");
        windows::MainWindow w;
        w.resize(1024, 700);
        w.show();
        auto load = core::data::loadMovieLens(RW_TEST_SAMPLE_DIR);
        QVERIFY(load.ok());
        w.session()->setDataset(load.data, load.report);
        QCOMPARE(w.tabs()->tabText(0), QString("&Dataset"));
        QVERIFY(anyLabelContains(w.datasetPage(), "60,000"));
        auto* unit = w.experimentPage()->findChild<QLabel*>("training.max_epochs.unit");
        QCOMPARE(unit->text(), QString("epochs"));

        switchTo("es");
        QVERIFY2(w.tabs()->tabText(0) != QString("&Dataset"), qPrintable(w.tabs()->tabText(0)));
        QCOMPARE(unit->text(), QString("épocas"));
        QVERIFY(anyLabelContains(w.datasetPage(), "60.000"));
        QVERIFY(!anyLabelContains(w.datasetPage(), "60,000"));
        QVERIFY(w.menuBar()->actions().front()->text() != QString("&File"));

        switchTo("en");
        QCOMPARE(w.tabs()->tabText(0), QString("&Dataset"));
        QCOMPARE(unit->text(), QString("epochs"));
    }

    // Core's messages reach the window translated, non-ASCII templates included ("→", "–").
    void coreMessagesAreTranslated() {
        core::model::ModelShape shape;
        shape.numUsers = 6040;
        shape.numMovies = 3416;
        switchTo("es");
        const QString model = i18n::text(shape.describeText());
        QVERIFY2(
            model.contains("6040 usuarios") && model.contains("parámetros") && model.contains("→1"),
            qPrintable(model));
        QCOMPARE(i18n::coreText("occupation outside 0–20"), QString("ocupación fuera de 0–20"));
        // A configuration file's error keeps its place and reads in the language.
        const auto load =
            core::config::parseConfigYaml("training:\n  learning_rate: fast\n", "bad.yaml");
        QCOMPARE(load.errors.size(), std::size_t(1));
        QCOMPARE(
            load.errors.front().message,
            std::string("bad.yaml:2: `training.learning_rate` must be a number (got \"fast\")"));
        const QString shown = i18n::text(load.errors.front().text);
        QVERIFY2(shown.startsWith("bad.yaml:2: ") && shown.contains("debe ser un número"),
                 qPrintable(shown));
        // A run's stored English reason, read back and translated.
        QCOMPARE(i18n::text(core::training::trainingMessage(
                     "early stopping: no better validation loss for 5 epochs")),
                 QString("parada temprana: ninguna pérdida de validación mejor en 5 épocas"));
        switchTo("en");
        QVERIFY(i18n::text(shape.describeText()).contains("6,040 users"));
    }

    // Every page fits a 1024×700 window, in both languages (nothing forces it wider).
    void everyPageFitsASmallWindow_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Spanish") << "es";
    }
    void everyPageFitsASmallWindow() {
        QFETCH(QString, language);
        switchTo(language.toLatin1().constData());
        windows::MainWindow w;
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The longest lines the Training page shows while training.
        core::training::BatchProgress p;
        p.epoch = 3;
        p.maxEpochs = 30;
        p.batch = 1234;
        p.batchesPerEpoch = 1465;
        p.runningLoss = 0.0412;
        p.samplesPerSecond = 412345;
        p.epochSeconds = 2;
        p.runSeconds = 7;
        w.trainingPage()->start(30, 5);
        w.trainingPage()->onBatch(p);
        core::training::EpochResult r;
        r.epoch = 3;
        r.bestEpoch = 3;
        r.learningRate = 0.00025;
        w.trainingPage()->onEpoch(r);
        QCoreApplication::processEvents();
        QString widest;
        for (int i = 0; i < w.tabs()->count(); ++i) {
            const QSize hint = w.tabs()->widget(i)->minimumSizeHint();
            if (hint.width() > 1000 || hint.height() > 600)
                widest += QString(" %1: %2×%3")
                              .arg(w.tabs()->tabText(i))
                              .arg(hint.width())
                              .arg(hint.height());
        }
        // A line that does not wrap widens the window to its length.
        for (auto* label : w.findChildren<QLabel*>())
            if (!label->isHidden() && !label->wordWrap() && label->minimumSizeHint().width() > 900)
                widest += QString(" label \"%1\": %2 px")
                              .arg(label->text().left(60))
                              .arg(label->minimumSizeHint().width());
        QVERIFY2(widest.isEmpty(), qPrintable(widest));
        QVERIFY2(w.width() <= 1024 && w.height() <= 700,
                 qPrintable(QString("%1×%2").arg(w.width()).arg(w.height())));
    }

    // "epoch 3" while the third epoch runs; when training has ended, no estimate is left.
    void trainingPageCountsTheEpochInProgress() {
        panels::TrainingPage page;
        page.start(5, 3);
        core::training::BatchProgress p;
        p.epoch = 3;
        p.maxEpochs = 5;
        p.batch = 10;
        p.batchesPerEpoch = 100;
        p.runningLoss = 0.05;
        p.samplesPerSecond = 1000;
        p.epochSeconds = 1;
        p.runSeconds = 12;
        page.onBatch(p);
        auto* run = page.findChild<QProgressBar*>("runProgress");
        QVERIFY2(run->text().contains("epoch 3 of at most 5"), qPrintable(run->text()));
        auto* speed = page.findChild<QLabel*>("speed");
        QVERIFY(speed->text().contains("left"));
        page.finish([] { return QString("Run saved"); });
        QVERIFY2(!speed->text().contains("left"), qPrintable(speed->text()));
        QVERIFY(speed->text().contains("Trained for"));
        QCOMPARE(page.findChild<QLabel*>("stage")->text(), QString("Run saved"));
    }

    // The loss axis fits the epoch curves, not the first batches' loss, with round ticks.
    void lossAxisFitsTheEpochCurves() {
        models::TrainingHistory history;
        core::training::BatchProgress b;
        b.epoch = 1;
        b.maxEpochs = 10;
        b.batchesPerEpoch = 100;
        for (int i = 1; i <= 100; ++i) {
            b.batch = i;
            b.runningLoss = 0.42 / i + 0.04;
            history.addBatch(b);
        }
        for (int e = 1; e <= 3; ++e) {
            core::training::EpochResult r;
            r.epoch = e;
            r.trainLoss = 0.05 - 0.004 * e;
            r.validationLoss = 0.047 - 0.002 * e;
            r.learningRate = 1e-3;
            r.bestEpoch = e;
            r.bestValidationLoss = r.validationLoss;
            history.addEpoch(r);
        }
        charts::LossChart chart;
        chart.showHistory(history, 10);
        auto* axis = chart.lossAxis();
        QVERIFY2(axis->max() < 0.1, qPrintable(QString::number(axis->max())));
        QVERIFY(axis->min() <= 0.038 && axis->max() >= 0.046);
        const double step = axis->tickInterval();
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 ||
                     std::abs(mantissa - 2.5) < 1e-9 || std::abs(mantissa - 5) < 1e-9,
                 qPrintable(QString::number(step)));
        QVERIFY(std::abs(axis->min() / step - std::round(axis->min() / step)) < 1e-6);
    }

    // The previews fit their columns to the contents and give the title the spare width.
    void datasetPreviewsGiveTheTitleTheWidth() {
        models::Session session;
        panels::DatasetPage page(&session);
        page.resize(1024, 700);
        page.show();
        auto load = core::data::loadMovieLens(RW_TEST_SAMPLE_DIR);
        QVERIFY(load.ok());
        session.setDataset(load.data, load.report);
        QCoreApplication::processEvents();
        int checked = 0;
        for (auto* view : page.findChildren<QTableView*>()) {
            auto* header = view->horizontalHeader();
            for (int c = 0; c < header->count(); ++c) {
                if (view->model()->headerData(c, Qt::Horizontal).toString() != "Title")
                    continue;
                QCOMPARE(header->sectionResizeMode(c), QHeaderView::Stretch);
                QVERIFY(!header->stretchLastSection());
                ++checked;
            }
        }
        QCOMPARE(checked, 2);  // ratings and movies
    }

    // A pile of identical predictions (a saturated output) and predictions outside 1–5 stars
    // are found.
    void predictionPatternsAreFound() {
        std::vector<float> predicted;
        for (int i = 0; i < 900; ++i)
            predicted.push_back(1.5f + 3.0f * float(i) / 900);
        for (int i = 0; i < 90; ++i)
            predicted.push_back(2.4712f);
        for (int i = 0; i < 10; ++i)
            predicted.push_back(5.3f);
        const auto pattern = panels::predictionPattern(predicted);
        QCOMPARE(pattern.commonValue, 2.47);
        QVERIFY(std::abs(pattern.commonShare - 0.09) < 0.005);
        QCOMPARE(pattern.outsideShare, 0.01);
    }
};

RW_UI_TEST_MAIN(TestUiLanguage)
#include "tst_ui_language.moc"
