#include <QAction>
#include <QClipboard>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <filesystem>
#include <fstream>

#include "config/config_io.h"
#include "data/movielens_reader.h"
#include "model/recommendations.h"
#include "models/run_list_model.h"
#include "models/session.h"
#include "models/user_top_k_models.h"
#include "panels/runs_page.h"
#include "panels/users_page.h"
#include "runs/experiment_runner.h"
#include "runs/run_record.h"
#include "test_support.h"
#include "widget_test_main.h"
#include "windows/main_window.h"

using namespace ui;
namespace runs = core::runs;
namespace fs = std::filesystem;

namespace {

QString withoutMnemonic(QString text) {
    return text.remove('&');
}

// The column with this header, or -1.
int column(const QAbstractItemModel* model, const QString& header) {
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() == header)
            return c;
    return -1;
}

QStringList namesInViewOrder(const QAbstractItemModel* model) {
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        names << model->data(model->index(r, models::RunListModel::Name)).toString();
    return names;
}

QString cellOf(const QAbstractItemModel* model, const QString& run, int column) {
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->data(model->index(r, models::RunListModel::Name)).toString() == run)
            return model->data(model->index(r, column)).toString();
    return QStringLiteral("<no run %1>").arg(run);
}

// Row 9 (and every row before it) lies entirely inside the table's viewport: no scrolling
// needed to see the top 10.
bool allRowsVisible(QTableView* view) {
    const QRect viewport = view->viewport()->rect();
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (!viewport.contains(view->visualRect(view->model()->index(r, 0))))
            return false;
    return true;
}

}  // namespace

// Two real runs trained on the sample (the fast kinds: biases in closed form, biased_mf for
// one epoch) for the Users page; for the Runs page, copies of one with chosen metrics and
// hyperparameters (and one without test metrics).
class TestRunsUsersPages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path m_workspace;
    std::map<QString, std::shared_ptr<const models::RunView>> m_runs;  // by run name

    std::shared_ptr<const models::RunView> train(
        const char* name, const char* kind,
        const std::shared_ptr<const core::data::MovieLensData>& data) {
        runs::ExperimentRequest request;
        request.config.model.kind = kind;
        request.config.training.maxEpochs = 1;
        request.data = data;
        request.workspace = m_workspace;
        request.runName = name;
        core::training::ProgressSink quiet;
        auto result = runs::runExperiment(request, quiet);
        if (!result.saved || !result.record.metrics || !result.model || !result.prepared)
            qWarning("training %s failed: %s", name, result.error.c_str());
        auto view = std::make_shared<models::RunView>();
        view->record = std::move(result.record);
        view->model = result.model;
        view->prepared = result.prepared;
        return view;
    }

    // A workspace of copies of the "alpha" run: r090, r085 and r102 with those test RMSEs (in
    // stars) and batch sizes 512, 64 and 1024, and "killed" without test metrics.
    fs::path makeListWorkspace(const QString& name) {
        const fs::path workspace = test_support::path(m_dir) / name.toStdString();
        fs::create_directories(workspace);
        const struct {
            const char* name;
            double rmseStars;
            int batchSize;
            double learningRate;
        } specs[] = {{"r090", 0.9, 512, 1e-3},
                     {"r085", 0.85, 64, 3e-4},
                     {"r102", 1.02, 1024, 0.01},
                     {"killed", 0, 256, 1e-3}};
        for (const auto& spec : specs) {
            const fs::path run = workspace / spec.name;
            fs::copy(m_workspace / "alpha", run, fs::copy_options::recursive);
            auto summary = runs::readRunSummary(run, nullptr);
            if (!summary || runs::writeRunSummary(run, *summary))  // names it after its folder
                qWarning("could not rewrite %s", run.string().c_str());
            auto config = core::config::loadConfigFile(run / runs::kConfigFile).config;
            config.model.kind = "neumf";
            config.model.userEmbeddingDim = 48;
            config.model.movieEmbeddingDim = 24;
            config.training.batchSize = spec.batchSize;
            config.training.learningRate = spec.learningRate;
            if (core::config::saveConfigFile(config, run / runs::kConfigFile))
                qWarning("could not write the config of %s", spec.name);
            if (spec.rmseStars == 0) {
                fs::remove(run / runs::kMetricsFile);
                fs::remove(run / runs::kPredictionsFile);
                continue;
            }
            std::ofstream(run / runs::kMetricsFile)
                << "{\"rmse\": " << spec.rmseStars / 5 << ", \"mae\": " << spec.rmseStars / 6.25
                << ", \"r2\": " << 1.2 - spec.rmseStars << ", \"k\": 10, \"precision_at_k\": 0.75,"
                << " \"ndcg_at_k\": 0.8125, \"ndcg_at_k_notebook\": 0.9}\n";
        }
        return workspace;
    }

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_workspace = test_support::path(m_dir) / "ws";
        const auto load = core::data::loadMovieLens(RW_TEST_SAMPLE_DIR);
        QVERIFY(load.data);
        m_runs["alpha"] = train("alpha", "biases", load.data);
        m_runs["beta"] = train("beta", "biased_mf", load.data);
        for (const auto& [name, run] : m_runs)
            QVERIFY2(run->model && run->prepared && run->record.metrics, qPrintable(name));
    }

    // The header names the run and its model kind; another run replacing it says so, and the
    // tables are recomputed for the new run (same user).
    void usersPageNamesTheRun() {
        models::Session session;
        panels::UsersPage page(&session);
        QVERIFY(page.runHeader().contains("No run"));
        QCOMPARE(page.recommendations()->rowCount(), 0);

        session.setRun(m_runs.at("alpha"));
        QVERIFY2(page.runHeader().contains("<b>alpha</b>"), qPrintable(page.runHeader()));
        QVERIFY(page.runHeader().contains("biases"));
        QCOMPARE(page.recommendations()->rowCount(), 10);
        const auto& prepared = *m_runs.at("alpha")->prepared;
        const int userId = prepared.userIds[3];
        QVERIFY(page.showUser(userId));
        QVERIFY(page.userInfo().contains(QString::number(userId)));

        const auto& beta = m_runs.at("beta");
        session.setRun(beta);
        QVERIFY2(page.runHeader().contains("<b>beta</b>"), qPrintable(page.runHeader()));
        QVERIFY(page.runHeader().contains("biased_mf"));
        QVERIFY(page.runHeader().contains("replaced run alpha"));
        QVERIFY(page.userInfo().contains(QString::number(userId)));
        const auto expected = core::model::topUnratedMovies(*beta->model, *beta->prepared, userId,
                                                            beta->record.config.evaluation.k);
        QCOMPARE(page.recommendations()->items().size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(page.recommendations()->items()[i].movieId, expected[i].movieId);
            QCOMPARE(page.recommendations()->items()[i].predictedStars, expected[i].predictedStars);
        }

        session.setRun(nullptr);
        QCOMPARE(page.recommendations()->rowCount(), 0);
        QCOMPARE(page.testItems()->rowCount(), 0);
        QVERIFY(page.runHeader().contains("No run"));
    }

    // An unknown user empties both tables (no other user's rows under their id) and says why.
    void unknownUserClearsTheTables() {
        models::Session session;
        panels::UsersPage page(&session);
        session.setRun(m_runs.at("alpha"));
        QVERIFY(page.showUser(m_runs.at("alpha")->prepared->userIds[1]));
        QVERIFY(page.testItems()->rowCount() > 0);
        QCOMPARE(page.recommendations()->rowCount(), 10);
        QVERIFY(!page.showUser(99999999));
        QCOMPARE(page.testItems()->rowCount(), 0);
        QCOMPARE(page.recommendations()->rowCount(), 0);
        QVERIFY2(
            page.userInfo().contains("99999999") && page.userInfo().contains("not in this run"),
            qPrintable(page.userInfo()));
        QVERIFY(page.findChild<QLabel*>("userMetrics")->text().isEmpty());
    }

    // All 10 rows of both tables fit their tables in the window at 1024×700 and 1600×1000; the
    // page scrolls instead of squeezing them.
    void tenRowsVisible_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }
    void tenRowsVisible() {
        QFETCH(QSize, size);
        windows::MainWindow w;
        w.setWorkspace(QString::fromStdString(m_workspace.string()));
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.tabs()->setCurrentWidget(w.usersPage());
        w.session()->setRun(m_runs.at("beta"));
        QApplication::processEvents();
        QCOMPARE(w.size(), size);
        auto* page = w.usersPage();
        QCOMPARE(page->recommendations()->rowCount(), 10);
        for (auto* view : {page->testItemsView(), page->recommendationsView()}) {
            QVERIFY(view->isVisible());
            QVERIFY2(allRowsVisible(view), qPrintable(view->objectName()));
            // Row 9's bottom edge is inside: nothing hidden behind a scroll bar either.
            QVERIFY(view->verticalScrollBar()->maximum() == 0);
        }
        // A table taller than its viewport would hide rows; the page's scroll area reaches
        // everything instead (the recommendations table can be scrolled into view).
        auto* scroll = page->findChild<QScrollArea*>();
        QVERIFY(scroll);
        scroll->ensureWidgetVisible(page->recommendationsView());
        QApplication::processEvents();
        const QRect shown = QRect(page->recommendationsView()->mapTo(scroll->viewport(), QPoint()),
                                  page->recommendationsView()->size());
        QVERIFY(scroll->viewport()->rect().contains(shown));
        const QString shots = qEnvironmentVariable("RW_SCREENSHOT_DIR", m_dir.path());
        w.grab().save(QDir(shots).filePath(
            QStringLiteral("users-%1x%2.png").arg(size.width()).arg(size.height())));
    }

    // The metrics and hyperparameters are columns that sort by value, not by text.
    void runsColumnsSortByValue() {
        panels::RunsPage page;
        page.setWorkspace(QString::fromStdString(makeListWorkspace("sorting").string()));
        auto* model = page.model();
        QCOMPARE(model->rowCount(), 4);
        using M = models::RunListModel;
        const struct {
            const char* header;
            int column;
        } columns[] = {{"Model", M::ModelKind},
                       {"Epochs", M::Epochs},
                       {"Test RMSE ★", M::TestRmse},
                       {"Test MAE ★", M::TestMae},
                       {"R²", M::R2},
                       {"Precision@10", M::Precision},
                       {"NDCG@10", M::Ndcg},
                       {"User emb.", M::UserEmbedding},
                       {"Movie emb.", M::MovieEmbedding},
                       {"Learning rate", M::LearningRate},
                       {"Batch size", M::BatchSize}};
        for (const auto& c : columns)
            QCOMPARE(column(model, QString::fromUtf8(c.header)), c.column);

        QCOMPARE(cellOf(model, "r090", M::TestRmse), QStringLiteral("0.9000"));
        QCOMPARE(cellOf(model, "r085", M::TestMae), QStringLiteral("0.6800"));
        QCOMPARE(cellOf(model, "r102", M::R2), QStringLiteral("0.1800"));
        QCOMPARE(cellOf(model, "r085", M::Precision), QStringLiteral("0.7500"));
        QCOMPARE(cellOf(model, "r085", M::Ndcg), QStringLiteral("0.8125"));
        QCOMPARE(cellOf(model, "r085", M::ModelKind), QStringLiteral("neumf"));
        QCOMPARE(cellOf(model, "r085", M::UserEmbedding), QStringLiteral("48"));
        QCOMPARE(cellOf(model, "r085", M::MovieEmbedding), QStringLiteral("24"));
        QCOMPARE(cellOf(model, "r085", M::LearningRate), QStringLiteral("0.0003"));
        QCOMPARE(cellOf(model, "r102", M::LearningRate), QStringLiteral("0.01"));
        QCOMPARE(cellOf(model, "r102", M::BatchSize), QStringLiteral("1,024"));
        QCOMPARE(cellOf(model, "killed", M::TestRmse), QString());
        QCOMPARE(cellOf(model, "killed", M::Epochs),
                 QString::number(m_runs.at("alpha")->record.summary.epochs));

        // Through the view, as a click on the header does.
        page.view()->sortByColumn(M::TestRmse, Qt::AscendingOrder);
        QCOMPARE(namesInViewOrder(model), QStringList({"r085", "r090", "r102", "killed"}));
        page.view()->sortByColumn(M::R2, Qt::DescendingOrder);  // the blank last in both orders
        QCOMPARE(namesInViewOrder(model), QStringList({"r085", "r090", "r102", "killed"}));
        page.view()->sortByColumn(M::BatchSize, Qt::AscendingOrder);
        QCOMPARE(namesInViewOrder(model), QStringList({"r085", "killed", "r090", "r102"}));
        page.view()->sortByColumn(M::LearningRate, Qt::DescendingOrder);
        QCOMPARE(namesInViewOrder(model).front(), QStringLiteral("r102"));
        QCOMPARE(namesInViewOrder(model).back(), QStringLiteral("r085"));
        // The sort survives a refresh, and the actions still find the right folders.
        page.view()->sortByColumn(M::TestRmse, Qt::DescendingOrder);
        page.refresh();
        QCOMPARE(namesInViewOrder(model), QStringList({"r102", "r090", "r085", "killed"}));
        page.view()->selectRow(0);
        QVERIFY(page.selectedRunFolders().front().endsWith("r102"));
    }

    // Numbers follow the UI locale: a decimal comma in Spanish, the sort unchanged.
    void runsNumbersUseTheLocale() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        panels::RunsPage page;
        page.setWorkspace(QString::fromStdString(makeListWorkspace("spanish").string()));
        auto* model = page.model();
        using M = models::RunListModel;
        const QString rmse = cellOf(model, "r085", M::TestRmse);
        const QString rate = cellOf(model, "r090", M::LearningRate);
        page.view()->sortByColumn(M::TestRmse, Qt::AscendingOrder);
        const QStringList order = namesInViewOrder(model);
        QLocale::setDefault(before);
        QCOMPARE(rmse, QStringLiteral("0,8500"));
        QCOMPARE(rate, QStringLiteral("0,001"));
        QCOMPARE(order, QStringList({"r085", "r090", "r102", "killed"}));
    }

    // Several runs selected: compare gets them, the context menu has the page's actions (the
    // one-run actions disabled), tag and delete act on all of them, copy path copies them.
    void runsMultiSelectionAndContextMenu() {
        panels::RunsPage page;
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setWorkspace(QString::fromStdString(makeListWorkspace("selection").string()));
        auto* view = page.view();
        QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
        view->sortByColumn(models::RunListModel::Name, Qt::AscendingOrder);
        QCOMPARE(namesInViewOrder(page.model()), QStringList({"killed", "r085", "r090", "r102"}));

        // Click, then Ctrl+click: two runs.
        const auto click = [&](int row, Qt::KeyboardModifiers modifiers) {
            const QRect rect = view->visualRect(page.model()->index(row, 0));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
        };
        click(1, Qt::NoModifier);
        click(3, Qt::ControlModifier);
        const QStringList selected = page.selectedRunFolders();
        QCOMPARE(selected.size(), 2);
        QVERIFY(selected[0].endsWith("r085") && selected[1].endsWith("r102"));
        page.grab().save(QDir(qEnvironmentVariable("RW_SCREENSHOT_DIR", m_dir.path()))
                             .filePath(QStringLiteral("runs-selection.png")));

        QSignalSpy compared(&page, &panels::RunsPage::compareRequested);
        QVERIFY(page.compareAction()->isEnabled());
        page.compareAction()->trigger();
        QCOMPARE(compared.count(), 1);
        QCOMPARE(compared.front().front().toStringList(), selected);

        // The context menu, as a right-click opens it.
        QStringList entries, enabled;
        QTimer::singleShot(0, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (auto* action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                entries << withoutMnemonic(action->text());
                if (action->isEnabled())
                    enabled << withoutMnemonic(action->text());
            }
            menu->close();
        });
        emit view->customContextMenuRequested(view->visualRect(page.model()->index(1, 0)).center());
        QCOMPARE(entries,
                 QStringList({"Open results", "Compare selected runs", "Rename…", "Tag…", "Delete…",
                              "Reveal in file manager", "Copy path", "Refresh"}));
        QCOMPARE(enabled,
                 QStringList({"Compare selected runs", "Tag…", "Delete…", "Copy path", "Refresh"}));
        QCOMPARE(page.selectedRunFolders(), selected);

        page.copyPathAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), selected.join('\n'));

        // Tag both: one question, both tagged, the selection kept.
        QTimer::singleShot(0, [] {
            if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                dialog->setTextValue(QStringLiteral("shortlist"));
                dialog->accept();
            }
        });
        page.tagAction()->trigger();
        for (const auto& folder : selected)
            QCOMPARE(runs::readRunSummary(folder.toStdString(), nullptr)->tag,
                     std::string("shortlist"));
        QCOMPARE(page.selectedRunFolders(), selected);

        // One run: the one-run actions come back; open emits its folder.
        click(2, Qt::NoModifier);
        QVERIFY(page.openAction()->isEnabled() && page.renameAction()->isEnabled());
        QVERIFY(!page.compareAction()->isEnabled());
        QSignalSpy opened(&page, &panels::RunsPage::openRequested);
        page.openAction()->trigger();
        QCOMPARE(opened.count(), 1);
        QVERIFY(opened.front().front().toString().endsWith("r090"));

        // Delete two selected runs, answering the confirmation as a user would.
        page.selectRunFolders(selected);
        QCOMPARE(page.selectedRunFolders(), selected);
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        page.deleteAction()->trigger();
        for (const auto& folder : selected)
            QVERIFY(!fs::exists(folder.toStdString()));
        QCOMPARE(namesInViewOrder(page.model()), QStringList({"killed", "r090"}));
        QVERIFY(page.selectedRunFolders().isEmpty());

        // The Delete button asks too: Cancel keeps the run.
        page.view()->selectRow(0);
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Cancel)->click();
        });
        QPushButton* remove = nullptr;
        for (auto* b : page.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Delete…"))
                remove = b;
        QVERIFY(remove && remove->isEnabled());
        remove->click();
        QCOMPARE(page.model()->rowCount(), 2);
    }

    // A language change asks the tables for their headers again (tr() at call time).
    void headersRetranslate() {
        panels::RunsPage runsPage;
        models::Session session;
        panels::UsersPage usersPage(&session);
        QSignalSpy runHeaders(runsPage.model(), &QAbstractItemModel::headerDataChanged);
        QSignalSpy userHeaders(usersPage.testItems(), &QAbstractItemModel::headerDataChanged);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&runsPage, &change);
        QCoreApplication::sendEvent(&usersPage, &change);
        QCOMPARE(runHeaders.count(), 1);
        QCOMPARE(userHeaders.count(), 1);
    }
};

RW_UI_TEST_MAIN(TestRunsUsersPages)
#include "tst_runs_users_pages.moc"
