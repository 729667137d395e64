#include <QCheckBox>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QXYSeries>

#include <filesystem>
#include <map>

#include "charts/chart_export.h"
#include "charts/loss_comparison_chart.h"
#include "charts/result_plots.h"
#include "config/config_fields.h"
#include "data/movielens_reader.h"
#include "i18n/translations.h"
#include "image_checks.h"
#include "models/config_comparison_model.h"
#include "models/csv_text.h"
#include "models/metric_comparison_model.h"
#include "models/movielens_labels.h"
#include "models/run_comparison.h"
#include "models/run_list_model.h"
#include "panels/compare_page.h"
#include "panels/results_page.h"
#include "panels/runs_page.h"
#include "runs/experiment_runner.h"
#include "runs/run_record.h"
#include "test_support.h"
#include "util/number_text.h"
#include "widget_test_main.h"
#include "windows/main_window.h"

using namespace ui;
namespace runs = core::runs;

namespace {

QPushButton* button(QWidget* parent, const QString& text) {
    for (auto* b : parent->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// The column of a run in a comparison table, found by its header.
int runColumn(const QAbstractItemModel* model, const QString& name) {
    for (int c = 1; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == name)
            return c;
    return -1;
}

QString cell(const QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole) {
    return model->data(model->index(row, column), role).toString();
}

QStringList csvLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

}  // namespace

// Three real runs trained on the sample (two epochs each) that differ in the learning rate or
// the dropout, and a copy of one left as a killed process leaves it (no test predictions):
// selected on the Runs page and compared.
class TestComparePage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::filesystem::path m_workspace;
    std::map<QString, runs::RunRecord> m_saved;  // by run name, as read back from the folders

private slots:
    void initTestCase() {
        m_workspace = test_support::path(m_dir) / "ws";
        const auto load = core::data::loadMovieLens(RW_TEST_SAMPLE_DIR);
        QVERIFY(load.data);
        const struct {
            const char* name;
            double learningRate;
            double dropout;
        } specs[] = {{"base", 1e-3, 0.3}, {"fast", 3e-3, 0.3}, {"less-dropout", 1e-3, 0.1}};
        for (const auto& spec : specs) {
            runs::ExperimentRequest request;
            request.config.training.maxEpochs = 2;
            request.config.training.learningRate = spec.learningRate;
            request.config.model.dropout = spec.dropout;
            request.data = load.data;
            request.workspace = m_workspace;
            request.runName = spec.name;
            core::training::ProgressSink quiet;
            const auto result = runs::runExperiment(request, quiet);
            QVERIFY2(result.saved && result.record.metrics, result.error.c_str());
        }
        // A run whose process was killed after its epochs: it still says "running", its lock
        // is free, and it has no test predictions.
        const auto killed = m_workspace / "killed";
        std::filesystem::copy(m_workspace / "base", killed,
                              std::filesystem::copy_options::recursive);
        for (const char* file : {runs::kMetricsFile, runs::kPredictionsFile, runs::kModelFile})
            std::filesystem::remove(killed / file);
        auto summary = runs::readRunSummary(killed, nullptr);
        QVERIFY(summary);
        summary->name = "killed";
        summary->status = runs::RunStatus::Running;
        QVERIFY(!runs::writeRunSummary(killed, *summary));

        for (const char* name : {"base", "fast", "less-dropout", "killed"}) {
            std::string error;
            auto record = runs::readRun(m_workspace / name, &error);
            QVERIFY2(record, error.c_str());
            m_saved.emplace(QString::fromLatin1(name), std::move(*record));
        }
        QVERIFY(!m_saved.at("killed").metrics);
        QCOMPARE(m_saved.at("killed").summary.status, runs::RunStatus::Interrupted);
    }

    // Select the four runs, press Ctrl+D: the comparison shows the configurations (the two
    // changed keys highlighted), the metrics of the run folders with the best marked, the
    // loss curves, two runs on shared axes, and everything exports.
    void comparesTheSelectedRuns() {
        windows::MainWindow w;
        w.setWorkspace(QString::fromStdString(m_workspace.string()));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.tabs()->setCurrentWidget(w.runsPage());

        auto* page = w.runsPage();
        QCOMPARE(page->model()->rowCount(), 4);
        auto* compareButton = button(page, QStringLiteral("Compare"));
        auto* openButton = button(page, QStringLiteral("Open results"));
        QVERIFY(compareButton && openButton);
        QVERIFY(!compareButton->isEnabled());
        QVERIFY(!page->compareAction()->isEnabled());
        page->view()->selectRow(0);
        QVERIFY(!compareButton->isEnabled());
        QVERIFY(openButton->isEnabled());
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_A, Qt::ControlModifier);  // select all
        QCOMPARE(page->selectedRunFolders().size(), 4);
        QVERIFY(compareButton->isEnabled());
        QVERIFY(!openButton->isEnabled());  // the one-run actions need exactly one run

        // For people to look at (RW_SCREENSHOT_DIR): the runs page with the runs selected.
        const QString shots = qEnvironmentVariable("RW_SCREENSHOT_DIR", m_dir.path());
        w.resize(1400, 900);
        QApplication::processEvents();
        w.grab().save(QDir(shots).filePath(QStringLiteral("compare-0-runs.png")));

        QSignalSpy compared(&w, &windows::MainWindow::runsCompared);
        QTest::keyClick(page->view(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(compared.wait(60000));
        QVERIFY(compared.front().front().toBool());
        auto* compare = w.comparePage();
        QCOMPARE(w.tabs()->currentWidget(), compare);
        const auto comparison = compare->comparison();
        QVERIFY(comparison);
        QCOMPARE(comparison->runs.size(), std::size_t(4));
        QVERIFY(comparison->problems.isEmpty());
        QStringList names;  // in the comparison's (the list's) order
        for (std::size_t r = 0; r < comparison->runs.size(); ++r)
            names << comparison->name(r);

        // Configurations: exactly the two changed keys differ, and only they are highlighted.
        auto* config = compare->configModel();
        QCOMPARE(config->differingKeys(), QStringList({"model.dropout", "training.learning_rate"}));
        QVERIFY(config->rowCount() > 20);
        QCOMPARE(config->columnCount(), 5);
        for (int r = 0; r < config->rowCount(); ++r) {
            const bool changed =
                config->key(r) == "model.dropout" || config->key(r) == "training.learning_rate";
            QCOMPARE(config->rowDiffers(r), changed);
            QCOMPARE(config->data(config->index(r, 1), Qt::BackgroundRole).isValid(), changed);
            if (config->key(r) == "training.learning_rate") {
                QCOMPARE(cell(config, r, 0), QStringLiteral("Learning rate"));
                QCOMPARE(cell(config, r, runColumn(config, "fast")), QStringLiteral("0.003"));
                QCOMPARE(cell(config, r, runColumn(config, "base")), QStringLiteral("0.001"));
            }
        }
        // "Show only differences" leaves the two rows, and is remembered.
        auto* onlyDifferences = compare->findChild<QCheckBox*>();
        QVERIFY(onlyDifferences);
        QVERIFY(!onlyDifferences->isChecked());
        onlyDifferences->click();
        QCOMPARE(config->rowCount(), 2);
        QCOMPARE(QSettings().value("compare/onlyDifferences").toBool(), true);
        {
            panels::ComparePage later;
            QVERIFY(later.configModel()->onlyDifferences());
        }

        // The configuration as CSV: what the table shows.
        const QString configCsv = m_dir.filePath("config.csv");
        QCOMPARE(compare->exportConfigCsv(configCsv), QString());
        QStringList values, rates;
        for (const auto& name : names) {
            values << (name == "less-dropout" ? "0.1" : "0.3");
            rates << (name == "fast" ? "0.003" : "0.001");
        }
        QCOMPARE(
            csvLines(configCsv),
            QStringList({"key,setting," + names.join(',') + ",differs",
                         "model.dropout,Dropout," + values.join(',') + ",true",
                         "training.learning_rate,Learning rate," + rates.join(',') + ",true"}));
        onlyDifferences->click();
        QCOMPARE(config->rowCount(), int(core::config::configFields().size()));
        QCOMPARE(QSettings().value("compare/onlyDifferences").toBool(), false);

        // Metrics equal the run folders' (as the results page writes them); the killed run's
        // test metrics are blank; the best value of a row is marked.
        auto* metrics = compare->metricModel();
        const auto row = [&](const char* key) { return metrics->row(QString::fromLatin1(key)); };
        for (const char* key : {"status", "epochs", "best_epoch", "best_validation_loss",
                                "training_seconds", "rmse_stars", "rmse", "mae_stars", "mae", "r2",
                                "precision_at_k", "ndcg_at_k_notebook", "ndcg_at_k"})
            QVERIFY2(row(key) >= 0, key);
        QCOMPARE(metrics->rowCount(), 13);
        for (const auto& [name, saved] : m_saved) {
            const int c = runColumn(metrics, name);
            QVERIFY(c > 0);
            QCOMPARE(cell(metrics, row("status"), c), models::runStatusLabel(saved.summary.status));
            QCOMPARE(cell(metrics, row("epochs"), c), QStringLiteral("2"));
            if (!saved.metrics) {
                for (const char* key : {"rmse", "rmse_stars", "mae", "mae_stars", "r2",
                                        "precision_at_k", "ndcg_at_k_notebook", "ndcg_at_k"})
                    QCOMPARE(cell(metrics, row(key), c), QString());
                continue;
            }
            const auto& reg = saved.metrics->regression;
            const auto& rank = saved.metrics->ranking;
            QCOMPARE(cell(metrics, row("rmse"), c), panels::formatMetric(reg.rmse));
            QCOMPARE(cell(metrics, row("rmse_stars"), c), panels::formatMetric(reg.rmseStars()));
            QCOMPARE(cell(metrics, row("mae"), c), panels::formatMetric(reg.mae));
            QCOMPARE(cell(metrics, row("mae_stars"), c), panels::formatMetric(reg.maeStars()));
            QCOMPARE(cell(metrics, row("r2"), c), panels::formatMetric(reg.r2));
            QCOMPARE(cell(metrics, row("precision_at_k"), c), panels::formatMetric(rank.precision));
            QCOMPARE(cell(metrics, row("ndcg_at_k_notebook"), c),
                     panels::formatMetric(rank.ndcgNotebook));
            QCOMPARE(cell(metrics, row("ndcg_at_k"), c), panels::formatMetric(rank.ndcg));
        }
        QCOMPARE(cell(metrics, row("precision_at_k"), 0), QStringLiteral("Precision@10"));
        // Best: lowest RMSE, highest R², among the runs that have them.
        QString lowestRmse, highestR2;
        for (const auto& [name, saved] : m_saved) {
            if (!saved.metrics)
                continue;
            if (lowestRmse.isEmpty() ||
                saved.metrics->regression.rmse < m_saved.at(lowestRmse).metrics->regression.rmse)
                lowestRmse = name;
            if (highestR2.isEmpty() ||
                saved.metrics->regression.r2 > m_saved.at(highestR2).metrics->regression.r2)
                highestR2 = name;
        }
        for (const auto& name : names) {
            const int c = runColumn(metrics, name);
            QCOMPARE(
                metrics
                    ->data(metrics->index(row("rmse"), c), models::MetricComparisonModel::BestRole)
                    .toBool(),
                name == lowestRmse);
            QCOMPARE(
                metrics->data(metrics->index(row("r2"), c), models::MetricComparisonModel::BestRole)
                    .toBool(),
                name == highestR2);
            QVERIFY(!metrics->isBest(row("epochs"), c - 1));
        }
        // The metrics as CSV: unrounded values, blanks, the best run named.
        const QString metricsCsv = m_dir.filePath("metrics.csv");
        QCOMPARE(compare->exportMetricsCsv(metricsCsv), QString());
        const auto lines = csvLines(metricsCsv);
        QCOMPARE(lines.size(), 1 + metrics->rowCount());
        QCOMPARE(lines.front(), "key,metric," + names.join(',') + ",best");
        QStringList rmse{QStringLiteral("rmse"), QStringLiteral("RMSE (normalised)")};
        for (const auto& name : names) {
            const auto& saved = m_saved.at(name);
            rmse << (saved.metrics ? QString::fromStdString(
                                         core::util::formatNumber(saved.metrics->regression.rmse))
                                   : QString());
        }
        rmse << lowestRmse;
        QVERIFY2(lines.contains(models::csvLine(rmse)), qPrintable(lines.join('\n')));

        // Loss curves: training and validation per run; the legend names the runs.
        auto* loss = compare->lossChart();
        QCOMPARE(loss->chart()->series().size(), 2 * 4);
        QStringList legend;
        for (auto* marker : loss->chart()->legend()->markers())
            if (marker->isVisible())
                legend << marker->label();
        QCOMPARE(legend, names);
        for (auto* series : loss->chart()->series())
            QCOMPARE(qobject_cast<QXYSeries*>(series)->count(), 2);  // two epochs

        // Two runs: same axes on both sides, whatever their data.
        const int base = int(names.indexOf("base")), fast = int(names.indexOf("fast"));
        compare->setPair(base, fast);
        QCOMPARE(compare->scatter(0)->pointCount(), int(m_saved.at("base").predictions.size()));
        QCOMPARE(compare->scatter(1)->pointCount(), int(m_saved.at("fast").predictions.size()));
        const auto sameAxes = [&] {
            using Pair = std::pair<QCustomPlot*, QCustomPlot*>;
            for (const auto& pair : {Pair(compare->scatter(0), compare->scatter(1)),
                                     Pair(compare->histogram(0), compare->histogram(1))})
                if (pair.first->xAxis->range() != pair.second->xAxis->range() ||
                    pair.first->yAxis->range() != pair.second->yAxis->range())
                    return false;
            return true;
        };
        QVERIFY(sameAxes());
        QVERIFY(compare->histogram(0)->yAxis->range().upper > 1);
        // Bars of both histograms are drawn on the same bins.
        auto* barsA = qobject_cast<QCPBars*>(compare->histogram(0)->plottable(0));
        auto* barsB = qobject_cast<QCPBars*>(compare->histogram(1)->plottable(0));
        QVERIFY(barsA && barsB);
        QCOMPARE(barsA->data()->at(0)->key, barsB->data()->at(0)->key);
        QCOMPARE(barsA->width(), barsB->width());
        // Zooming one side zooms the other.
        compare->histogram(1)->xAxis->setRange(-1, 1);
        QCOMPARE(compare->histogram(0)->xAxis->range(), QCPRange(-1, 1));
        compare->setPair(fast, int(names.indexOf("killed")));
        QCOMPARE(compare->scatter(1)->pointCount(), 0);
        QVERIFY(sameAxes());

        // Every chart exports a PNG that is not one flat colour.
        compare->setPair(base, fast);
        const auto charts = compare->charts();
        QCOMPARE(charts.size(), 5);
        for (const auto& chart : charts) {
            const QString path = m_dir.filePath(chart.fileStem + ".png");
            QString error;
            QVERIFY2(charts::exportChartPng(chart.widget, path, QSize(640, 400), 1.0, &error),
                     qPrintable(error));
            const QImage image(path);
            QCOMPARE(image.size(), QSize(640, 400));
            QVERIFY2(hasContent(image), qPrintable(chart.fileStem));
        }

        // Screenshots of the three sections.
        for (int i = 0; i < compare->sections()->count(); ++i) {
            compare->sections()->setCurrentIndex(i);
            QApplication::processEvents();
            const QImage shot = w.grab().toImage();
            QVERIFY(hasContent(shot));
            shot.save(QDir(shots).filePath(QStringLiteral("compare-%1.png").arg(i + 1)));
        }
    }

    // Fewer than two readable runs: nothing to compare, and the reason is shown.
    // Switching the language live: tabs, row labels and numbers follow (the decimal comma in
    // Spanish), the two-run plots keep their run names in their titles, the CSV stays C locale.
    void retranslatesLive() {
        auto comparison = std::make_shared<models::RunComparison>();
        comparison->runs = {m_saved.at("base"), m_saved.at("fast")};
        panels::ComparePage page;
        page.setComparison(comparison);
        auto* metrics = page.metricModel();
        auto* config = page.configModel();
        int rateRow = -1;
        for (int r = 0; r < config->rowCount(); ++r)
            if (config->key(r) == "training.learning_rate")
                rateRow = r;
        QVERIFY(rateRow >= 0);
        const int rmse = metrics->row("rmse_stars");
        const double value = m_saved.at("base").metrics->regression.rmseStars();
        const auto title = [&](QCustomPlot* plot) {
            return qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0))->text();
        };
        QCOMPARE(page.sections()->tabText(0), QString("Metrics and configuration"));
        QCOMPARE(cell(metrics, rmse, 1), QString::number(value, 'f', 4));
        QCOMPARE(cell(config, rateRow, 0), QString("Learning rate"));
        QCOMPARE(cell(config, rateRow, 2), QString("0.003"));
        QVERIFY(title(page.scatter(1)).contains("fast"));

        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), "es"), QString("es"));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(page.sections()->tabText(0), QString("Métricas y configuración"));
        QCOMPARE(cell(metrics, rmse, 1), QString::number(value, 'f', 4).replace('.', ','));
        QCOMPARE(cell(config, rateRow, 0), QString("Tasa de aprendizaje"));
        QCOMPARE(cell(config, rateRow, 2), QString("0,003"));
        QVERIFY2(title(page.scatter(1)).contains("fast"), qPrintable(title(page.scatter(1))));
        QVERIFY(title(page.histogram(0)).contains("base"));
        const QString csv = m_dir.filePath("metrics-es.csv");
        QCOMPARE(page.exportMetricsCsv(csv), QString());
        QVERIFY(csvLines(csv).join('\n').contains(
            QString::fromStdString(core::util::formatNumber(value))));

        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), "en"), QString("en"));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(page.sections()->tabText(0), QString("Metrics and configuration"));
        QCOMPARE(cell(config, rateRow, 2), QString("0.003"));
    }

    void needsTwoReadableRuns() {
        windows::MainWindow w;
        w.setWorkspace(QString::fromStdString(m_workspace.string()));
        QSignalSpy compared(&w, &windows::MainWindow::runsCompared);
        w.compareRuns({QString::fromStdString((m_workspace / "base").string()),
                       m_dir.filePath("no-such-run")});
        QVERIFY(compared.wait(30000));
        QCOMPARE(compared.front().front().toBool(), false);
        QVERIFY(!w.comparePage()->comparison());

        const auto comparison = models::readRunComparison(
            {m_workspace / "base", test_support::path(m_dir) / "no-such-run"});
        QCOMPARE(comparison.runs.size(), std::size_t(1));
        QCOMPARE(comparison.problems.size(), 1);
        QVERIFY(comparison.problems.front().startsWith("no-such-run could not be read"));
    }

    void csvFieldsAreQuotedOnlyWhenNeeded() {
        QCOMPARE(models::csvLine({"a", "b c", "1,5", "say \"hi\"", "two\nlines", ""}),
                 QStringLiteral("a,b c,\"1,5\",\"say \"\"hi\"\"\",\"two\nlines\","));
    }
};

RW_UI_TEST_MAIN(TestComparePage)
#include "tst_compare_page.moc"
