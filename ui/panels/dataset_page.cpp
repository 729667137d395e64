#include "panels/dataset_page.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrent>

#include "charts/result_plots.h"
#include "data/prepared_dataset.h"
#include "i18n/locale_text.h"
#include "i18n/retranslator.h"
#include "models/dataset_table_models.h"
#include "models/file_paths.h"
#include "models/session.h"

namespace ui::panels {
namespace {

// A preview of one file: a filter box over a sortable table whose columns fit their contents,
// except `stretchColumn` (the title), which takes the spare width.
constexpr int kMeasuredRows = 100;

QWidget* previewTab(models::RowIndexTableModel* model, int stretchColumn, QLineEdit** filterOut,
                    QTableView** viewOut, QWidget* parent) {
    auto* tab = new QWidget(parent);
    auto* layout = new QVBoxLayout(tab);
    auto* filter = new QLineEdit(tab);
    filter->setObjectName(QStringLiteral("filter"));
    filter->setClearButtonEnabled(true);
    auto* view = new QTableView(tab);
    view->setModel(model);
    // No initial sort (file order); enabling sorting would otherwise sort by column 0.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setStretchLastSection(stretchColumn < 0);
    view->verticalHeader()->setDefaultSectionSize(22);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    // Fitted to the first rows when a dataset arrives: Qt's default measures 1,000 rows per
    // column, 60 ms of the window's thread for the ratings table.
    view->horizontalHeader()->setResizeContentsPrecision(kMeasuredRows);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, stretchColumn] {
        view->resizeColumnsToContents();
        if (stretchColumn >= 0)
            view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    });
    QObject::connect(filter, &QLineEdit::textChanged, model,
                     &models::RowIndexTableModel::setFilterText);
    layout->addWidget(filter);
    layout->addWidget(view);
    *filterOut = filter;
    *viewOut = view;
    return tab;
}

}  // namespace

DatasetPage::DatasetPage(models::Session* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout();
    auto* open = new QPushButton(this);
    connect(open, &QPushButton::clicked, this, &DatasetPage::openRequested);
    m_recent = new QComboBox(this);
    m_recent->setMinimumContentsLength(24);
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_recent, &QComboBox::activated, this,
            [this](int i) { emit folderChosen(m_recent->itemData(i).toString()); });
    m_folder = new QLabel(this);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    top->addWidget(open);
    top->addWidget(m_recent);
    top->addWidget(m_folder, 1);
    layout->addLayout(top);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #b71c1c; padding: 6px; border-radius: 3px; }"));
    m_error->setVisible(false);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);

    // Above: what loading found (counts beside the warnings, which get the width they need).
    // Below: the charts and the three files' previews as tabs, so that every part keeps a
    // readable size down to 1024×700.
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* summary = new QGroupBox(split);
    auto* summaryColumn = new QVBoxLayout(summary);
    // The release on a line of its own, wrapped: it is as long as the window is narrow.
    m_release = new QLabel(summary);
    m_release->setTextFormat(Qt::RichText);
    m_release->setWordWrap(true);
    m_release->setObjectName(QStringLiteral("release"));
    summaryColumn->addWidget(m_release);
    auto* summaryLayout = new QHBoxLayout();
    summaryColumn->addLayout(summaryLayout, 1);
    m_counts = new QLabel(summary);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* problems = new QVBoxLayout();
    m_warnings = new QLabel(summary);
    m_warnings->setWordWrap(true);
    m_issues = new models::IssuesTableModel(this);
    m_issuesView = new QTableView(summary);
    m_issuesView->setModel(m_issues);
    m_issuesView->horizontalHeader()->setStretchLastSection(true);
    m_issuesView->verticalHeader()->hide();
    m_issuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issuesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issuesView->setTextElideMode(Qt::ElideMiddle);
    connect(m_issues, &QAbstractItemModel::modelReset, m_issuesView, [this] {
        for (int c = 0; c < 4; ++c)
            m_issuesView->resizeColumnToContents(c);
    });
    // The selected problem in full, wrapped: a table cell cannot show a long message.
    m_issueDetail = new QLabel(summary);
    m_issueDetail->setWordWrap(true);
    m_issueDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issueDetail->setVisible(false);
    connect(m_issuesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_issueDetail->setText(m_issues->fullText(current.row()));
                m_issueDetail->setVisible(current.isValid());
            });
    problems->addWidget(m_warnings);
    problems->addWidget(m_issuesView, 1);
    problems->addWidget(m_issueDetail);
    summaryLayout->addWidget(m_counts);
    summaryLayout->addLayout(problems, 1);

    m_lower = new QTabWidget(split);
    auto* lower = m_lower;
    auto* charts = new QWidget(lower);
    auto* chartsLayout = new QHBoxLayout(charts);
    m_starsPlot = new charts::BarPlot(charts);
    m_genrePlot = new charts::BarPlot(charts);
    charts::installExportMenu(m_starsPlot, QStringLiteral("rating_histogram"));
    charts::installExportMenu(m_genrePlot, QStringLiteral("ratings_per_genre"));
    chartsLayout->addWidget(m_starsPlot, 2);
    chartsLayout->addWidget(m_genrePlot, 3);
    m_ratings = new models::RatingsTableModel(this);
    m_ratings->setRowLimit(kRatingsPreviewRows);
    m_users = new models::UsersTableModel(this);
    m_movies = new models::MoviesTableModel(this);
    for (auto* model :
         std::initializer_list<models::RowIndexTableModel*>{m_ratings, m_users, m_movies}) {
        model->setBackgroundIndexing(kBackgroundIndexingRows);
        connect(model, &QAbstractItemModel::modelReset, this, &DatasetPage::updateTableTabTexts);
        connect(model, &models::RowIndexTableModel::indexingChanged, this,
                &DatasetPage::updateTableTabTexts);
    }
    QLineEdit* ratingsFilter = nullptr;
    QLineEdit* usersFilter = nullptr;
    QLineEdit* moviesFilter = nullptr;
    QTableView* unused = nullptr;
    lower->addTab(charts, QString());
    lower->addTab(previewTab(m_ratings, 2, &ratingsFilter, &unused, lower), QString());
    lower->addTab(previewTab(m_users, -1, &usersFilter, &unused, lower), QString());
    lower->addTab(previewTab(m_movies, 1, &moviesFilter, &unused, lower), QString());
    split->addWidget(summary);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    auto* texts = new i18n::Retranslator(this);
    texts->add([=, this] {
        open->setText(tr("Open MovieLens folder…"));
        open->setToolTip(
            tr("A folder with ratings.dat, users.dat and movies.dat (Ctrl+O). You can also drop "
               "a folder on the window."));
        m_recent->setPlaceholderText(tr("Recent folders"));
        summary->setTitle(tr("Validation"));
        lower->setTabText(0, tr("Charts"));
        updateTableTabTexts();
        ratingsFilter->setPlaceholderText(tr("Filter: a UserID or MovieID, or part of a title"));
        usersFilter->setPlaceholderText(tr("Filter: any text"));
        moviesFilter->setPlaceholderText(tr("Filter: any text (title, genre, year…)"));
        for (auto* model : std::initializer_list<models::RowIndexTableModel*>{m_ratings, m_users,
                                                                              m_movies, m_issues})
            model->refreshTexts();
        m_countedFilters = {-1, -1};
        showDataset();
    });

    connect(session, &models::Session::datasetChanged, this, &DatasetPage::showDataset);
    m_countWatcher = new QFutureWatcher<core::data::DatasetCounts>(this);
    connect(m_countWatcher, &QFutureWatcherBase::finished, this,
            [this] { showFilterCounts(m_countWatcher->result()); });
    connect(session, &models::Session::configChanged, this, &DatasetPage::updateFilterCounts);
}

void DatasetPage::setLoading(const QString& folder) {
    m_error->setVisible(false);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Loading %1 … %p%").arg(folder));
    m_progress->setVisible(true);
}

void DatasetPage::setProgress(double fraction) {
    m_progress->setValue(int(fraction * 100));
}

void DatasetPage::showLoadError(const QString& folder, const QString& message,
                                const QString& details) {
    m_progress->setVisible(false);
    m_error->setText(
        tr("<b>Could not load %1</b><br>%2").arg(folder.toHtmlEscaped(), message.toHtmlEscaped()));
    m_error->setToolTip(details);
    m_error->setVisible(true);
}

void DatasetPage::setRecentFolders(const QStringList& folders) {
    m_recent->clear();
    for (const auto& f : folders)
        m_recent->addItem(f, f);
    m_recent->setCurrentIndex(-1);
}

QList<charts::ChartHandle> DatasetPage::charts() const {
    return {{m_starsPlot, QStringLiteral("rating_histogram")},
            {m_genrePlot, QStringLiteral("ratings_per_genre")}};
}

void DatasetPage::showDataset() {
    m_progress->setVisible(false);
    const auto& data = m_session->dataset();
    const auto& overview = m_session->overview();
    m_ratings->setDataset(data);
    m_users->setDataset(data, overview);
    m_movies->setDataset(data, overview);
    m_issues->setReport(m_session->report());
    m_issueDetail->setVisible(false);
    if (!data) {
        m_folder->setText(tr("No dataset loaded."));
        m_release->clear();
        m_counts->setText(
            tr("Open a MovieLens folder (ml-100k, ml-1m, ml-10m, ml-20m, ml-25m, "
               "ml-32m or ml-latest) to begin."));
        m_warnings->clear();
        m_starsPlot->setBars(tr("Ratings per star"), {}, {}, tr("ratings"));
        m_genrePlot->setBars(tr("Ratings per genre"), {}, {}, tr("ratings"), true);
        return;
    }
    m_error->setVisible(false);
    m_folder->setText(models::fromPath(data->folder));
    m_folder->setToolTip(m_folder->text());

    const auto& report = m_session->report();
    QStringList lines;
    for (const auto& [kind, count] : report.warningCounts())
        lines << tr("%1 × %2").arg(i18n::count(count), i18n::coreText(kind));
    for (const auto& note : report.notes())
        lines << i18n::text(note);
    m_warnings->setText(lines.isEmpty()
                            ? tr("No problems found.")
                            : tr("Kept, skipped or fixed (first examples below; select one to "
                                 "read it in full): %1")
                                  .arg(lines.join("; ")));

    // Bars per half star from 0.5 (half-star releases) or per star from 1.
    const bool halves = data->halfStarRatings;
    QVector<double> stars, genres;
    for (int half = halves ? 1 : 2; half <= 10; half += halves ? 1 : 2)
        stars << double(overview->ratingsPerHalfStar[std::size_t(half)]);
    for (const auto n : overview->ratingsPerGenre)
        genres << double(n);
    QStringList starLabels;
    for (int b = 0; b < stars.size(); ++b)
        starLabels << i18n::number(halves ? 0.5 * (b + 1) : b + 1, halves && b % 2 == 0 ? 1 : 0) +
                          QStringLiteral("★");
    m_starsPlot->setBars(tr("Ratings per star"), starLabels, stars, tr("ratings"));
    QStringList genreNames;
    for (const auto& g : data->genreNames)
        genreNames << QString::fromStdString(g);
    m_genrePlot->setBars(tr("Ratings per genre"), genreNames, genres, tr("ratings"), true);
    m_countedFilters = {-1, -1};
    updateFilterCounts();
}

QString DatasetPage::releaseText(const core::data::MovieLensData& data) {
    QStringList facts;
    facts << (data.halfStarRatings ? tr("ratings in half stars (0.5–5)")
                                   : tr("ratings in whole stars (1–5)"));
    facts << (data.hasUserFeatures ? tr("gender, age and occupation per user")
                                   : tr("no user features (the model's user-feature branch is "
                                        "off)"));
    facts << tr("genres: %1").arg(i18n::count(qlonglong(data.genreNames.size())));
    return tr("<p><b>%1</b> (%2): %3</p>")
        .arg(QString::fromStdString(data.release.name).toHtmlEscaped(),
             QString::fromStdString(data.release.files).toHtmlEscaped(), facts.join(tr("; ")));
}

void DatasetPage::updateTableTabTexts() {
    const auto& data = m_session->dataset();
    const auto withState = [this](const models::RowIndexTableModel* model, const QString& text) {
        return model->isIndexing() ? tr("%1 (filtering…)").arg(text) : text;
    };
    m_lower->setTabText(
        1, withState(m_ratings, m_ratings->isLimited() && data
                                    ? tr("Ratings (the first %1 of %2 that match)")
                                          .arg(i18n::count(kRatingsPreviewRows),
                                               i18n::count(qlonglong(data->ratings.size())))
                                    : tr("Ratings")));
    m_lower->setTabText(2, withState(m_users, tr("Users")));
    m_lower->setTabText(3, withState(m_movies, tr("Movies")));
}

void DatasetPage::updateFilterCounts() {
    const auto& data = m_session->dataset();
    if (!data)
        return;
    const auto& filters = m_session->config().data;
    if (filters == m_countedFilters)
        return;  // another field changed
    m_countedFilters = filters;
    // Counting after the filters walks every rating: at 25 million that is too long for the
    // window's thread, so it runs in the background and the column says so meanwhile.
    showFilterCounts(std::nullopt);
    m_countWatcher->setFuture(QtConcurrent::run(
        [data, filters] { return core::data::countAfterFilters(*data, filters); }));
}

void DatasetPage::showFilterCounts(const std::optional<core::data::DatasetCounts>& counted) {
    const auto& data = m_session->dataset();
    const auto& overview = m_session->overview();
    if (!data || !overview)
        return;
    const auto& filters = m_countedFilters;
    const auto& before = overview->rated;
    const auto after = [&](std::int64_t core::data::DatasetCounts::*field) {
        return counted ? i18n::count((*counted).*field) : tr("counting…");
    };
    m_release->setText(releaseText(*data));
    m_counts->setText(
        tr("<table cellspacing=6><tr><th></th><th align=right>in the files</th><th "
           "align=right>rated</th><th align=right>after filters</th></tr>"
           "<tr><td>users</td><td align=right>%1</td><td align=right>%2</td><td "
           "align=right>%3</td></tr>"
           "<tr><td>movies</td><td align=right>%4</td><td align=right>%5</td><td "
           "align=right>%6</td></tr>"
           "<tr><td>ratings</td><td></td><td align=right>%7</td><td "
           "align=right>%8</td></tr></table>"
           "<p>Filters: ≥ %9 ratings per user, then ≥ %10 per movie.</p>")
            .arg(i18n::count(qlonglong(data->users.size())), i18n::count(before.users),
                 after(&core::data::DatasetCounts::users),
                 i18n::count(qlonglong(data->movies.size())), i18n::count(before.movies),
                 after(&core::data::DatasetCounts::movies), i18n::count(before.ratings),
                 after(&core::data::DatasetCounts::ratings),
                 QString::number(filters.minUserRatings),
                 QString::number(filters.minMovieRatings)));
}

}  // namespace ui::panels
