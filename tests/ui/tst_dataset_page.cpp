// The window adapts to the release it opens: the Dataset page names it and says what it has,
// the rating histogram has a bar per half star when the release has half stars, the
// Experiment page says that the user-feature branch is off, and the counts after the filters
// arrive from the background.

#include <QLabel>
#include <QSignalSpy>

#include "charts/result_plots.h"
#include "data/synthetic_movielens.h"
#include "models/dataset_table_models.h"
#include "models/file_paths.h"
#include "panels/dataset_page.h"
#include "panels/experiment_page.h"
#include "widget_test_main.h"
#include "windows/main_window.h"

using namespace ui;

namespace {

QString allLabels(QWidget* root) {
    QStringList texts;
    for (auto* label : root->findChildren<QLabel*>())
        texts << label->text();
    return texts.join('\n');
}

int histogramBars(panels::DatasetPage* page) {
    for (const auto& chart : page->charts()) {
        if (chart.fileStem != "rating_histogram")
            continue;
        auto* plot = qobject_cast<QCustomPlot*>(chart.widget);
        auto* bars = plot ? qobject_cast<QCPBars*>(plot->plottable(0)) : nullptr;
        return bars ? bars->data()->size() : -1;
    }
    return -1;
}

}  // namespace

class TestDatasetPage : public QObject {
    Q_OBJECT

private slots:
    void adaptsToTheRelease_data() {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("folderName");
        QTest::addColumn<bool>("halfStars");
        QTest::newRow("ml-25m") << int(core::data::Release::Csv) << "ml-25m" << true;
        QTest::newRow("ml-10m") << int(core::data::Release::Ml10m) << "ml-10m" << true;
        QTest::newRow("ml-100k") << int(core::data::Release::Ml100k) << "ml-100k" << false;
        QTest::newRow("ml-1m") << int(core::data::Release::Ml1m) << "ml-1m" << false;
    }
    void adaptsToTheRelease() {
        QFETCH(int, layout);
        QFETCH(QString, folderName);
        QFETCH(bool, halfStars);
        auto spec = *core::data::syntheticPreset("tiny");
        spec.halfStars = halfStars;
        QTemporaryDir dir;
        // A parent folder with spaces and non-ASCII letters: the path must survive every
        // conversion between Qt and the core.
        const auto folder =
            QDir(dir.path()).filePath(QStringLiteral("carpeta ñ 東京/") + folderName);
        QVERIFY(!core::data::writeMovieLensFiles(core::data::generateSyntheticMovieLens(spec),
                                                 models::toPath(folder),
                                                 core::data::Release(layout))
                     .has_value());

        windows::MainWindow w;
        w.resize(1024, 700);
        w.show();
        QSignalSpy loaded(&w, &windows::MainWindow::datasetLoaded);
        w.openDataset(folder);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.front().front().toBool(), true);

        const bool features =
            layout == int(core::data::Release::Ml1m) || layout == int(core::data::Release::Ml100k);
        auto* page = w.datasetPage();
        QTRY_VERIFY(!allLabels(page).contains("counting…"));
        const QString text = allLabels(page);
        QVERIFY2(text.contains("<b>" + folderName + "</b>"), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(folder)) || text.contains(folder),
                 qPrintable(text));
        QCOMPARE(text.contains("no user features"), !features);
        QCOMPARE(text.contains("half stars"), halfStars);
        // The counts after the default filters arrived: "6,000" ratings before filtering.
        QVERIFY2(text.contains("6,000"), qPrintable(text));
        QCOMPARE(histogramBars(page), halfStars ? 10 : 5);

        auto* note = w.experimentPage()->findChild<QLabel*>("datasetNote");
        QVERIFY(note);
        QCOMPARE(note->text().contains("user-feature branch"), !features);
        QCOMPARE(note->text().contains("half stars"), halfStars);
        QCOMPARE(note->isVisibleTo(w.experimentPage()), !features || halfStars);
    }

    // A preview over more rows than its limit holds the first ones that match, says so, and
    // sorts what it holds.
    void previewHoldsAtMostItsLimit() {
        auto data = std::make_shared<core::data::MovieLensData>(
            core::data::generateSyntheticMovieLens(*core::data::syntheticPreset("tiny")));
        models::RatingsTableModel model;
        model.setRowLimit(100);
        model.setDataset(data);
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.isLimited());
        QCOMPARE(model.index(99, 0).data().toString(), QString::number(data->ratings.userId[99]));
        // A filter searches every rating, not only the first 100: the limited model shows the
        // first of the matches an unlimited one finds, wherever they are.
        models::RatingsTableModel all;
        all.setDataset(data);
        all.setFilterText("120");
        model.setFilterText("120");
        QVERIFY(all.rowCount() > 0);
        QVERIFY(all.sourceRow(all.rowCount() - 1) >= 100);
        QCOMPARE(model.rowCount(), std::min(all.rowCount(), 100));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.sourceRow(r), all.sourceRow(r));
        model.setFilterText(QString());
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 100);
        int previous = std::numeric_limits<int>::max();
        for (int r = 0; r < model.rowCount(); ++r) {
            const int user = model.index(r, 0).data().toInt();
            QVERIFY(user <= previous);
            previous = user;
        }
        model.setRowLimit(std::numeric_limits<int>::max());
        model.setDataset(data);
        QCOMPARE(model.rowCount(), int(data->ratings.size()));
        QVERIFY(!model.isLimited());
    }

    // Above its background size a preview filters and sorts on a worker thread: the rows
    // shown stay until the new index arrives, which is the one a foreground model builds.
    void previewFiltersAndSortsInTheBackground() {
        auto data = std::make_shared<core::data::MovieLensData>(
            core::data::generateSyntheticMovieLens(*core::data::syntheticPreset("tiny")));
        models::RatingsTableModel foreground;
        foreground.setDataset(data);
        models::RatingsTableModel background;
        background.setBackgroundIndexing(1);
        background.setDataset(data);
        QVERIFY(!background.isIndexing());  // no filter, no sort: nothing to build
        QSignalSpy indexing(&background, &models::RowIndexTableModel::indexingChanged);
        const auto sameRows = [&] {
            if (background.rowCount() != foreground.rowCount())
                return false;
            for (int r = 0; r < foreground.rowCount(); ++r)
                if (background.sourceRow(r) != foreground.sourceRow(r))
                    return false;
            return true;
        };
        for (const auto& filter : {QStringLiteral("120"), QStringLiteral("the")}) {
            const int before = background.rowCount();
            foreground.setFilterText(filter);
            background.setFilterText(filter);
            QVERIFY(background.isIndexing());
            QCOMPARE(background.rowCount(), before);  // still the old rows
            QTRY_VERIFY(!background.isIndexing());
            QVERIFY(foreground.rowCount() > 0 && foreground.rowCount() < int(data->ratings.size()));
            QVERIFY(sameRows());
        }
        foreground.sort(3, Qt::DescendingOrder);
        background.sort(3, Qt::DescendingOrder);
        QTRY_VERIFY(!background.isIndexing());
        QVERIFY(sameRows());
        QCOMPARE(indexing.count(), 6);  // on and off for each of the three

        // A new source while a filter runs: the filter is cancelled and redone on the new one.
        auto other = std::make_shared<core::data::MovieLensData>(
            core::data::generateSyntheticMovieLens(*core::data::syntheticPreset("sample")));
        background.setFilterText(QStringLiteral("1"));
        background.setDataset(other);
        foreground.setFilterText(QStringLiteral("1"));
        foreground.setDataset(other);
        QTRY_VERIFY(!background.isIndexing());
        QVERIFY(sameRows());

        // Destroyed while a filter runs: the filter stops before the model's data goes.
        auto doomed = std::make_unique<models::RatingsTableModel>();
        doomed->setBackgroundIndexing(1);
        doomed->setDataset(other);
        doomed->setFilterText(QStringLiteral("zz"));
        QVERIFY(doomed->isIndexing());
        doomed.reset();
    }

    // A small table sorts at once and a selection follows its row.
    void sortKeepsTheSelectedRow() {
        auto data = std::make_shared<core::data::MovieLensData>(
            core::data::generateSyntheticMovieLens(*core::data::syntheticPreset("tiny")));
        models::RatingsTableModel model;
        model.setDataset(data);
        const QPersistentModelIndex selected = model.index(7, 0);
        model.sort(4, Qt::DescendingOrder);
        QVERIFY(selected.isValid());
        QCOMPARE(model.sourceRow(selected.row()), 7);
    }
};

RW_UI_TEST_MAIN(TestDatasetPage)
#include "tst_dataset_page.moc"
