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

#include "charts/result_plots.h"
#include "data/prepared_dataset.h"
#include "models/dataset_table_models.h"
#include "models/session.h"

namespace ui::panels {
namespace {

QWidget* previewTab(models::RowIndexTableModel* model, const QString& placeholder,
                    QWidget* parent) {
    auto* tab = new QWidget(parent);
    auto* layout = new QVBoxLayout(tab);
    auto* filter = new QLineEdit(tab);
    filter->setPlaceholderText(placeholder);
    filter->setClearButtonEnabled(true);
    auto* view = new QTableView(tab);
    view->setModel(model);
    // No initial sort (file order); enabling sorting would otherwise sort by column 0.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(22);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    QObject::connect(filter, &QLineEdit::textChanged, model,
                     &models::RowIndexTableModel::setFilterText);
    layout->addWidget(filter);
    layout->addWidget(view);
    return tab;
}

}  // namespace

DatasetPage::DatasetPage(models::Session* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout();
    auto* open = new QPushButton(tr("Open ml-1m folder…"), this);
    open->setToolTip(
        tr("A folder with ratings.dat, users.dat and movies.dat (Ctrl+O). You can also drop a "
           "folder on the window."));
    connect(open, &QPushButton::clicked, this, &DatasetPage::openRequested);
    m_recent = new QComboBox(this);
    m_recent->setMinimumContentsLength(30);
    m_recent->setPlaceholderText(tr("Recent folders"));
    connect(m_recent, &QComboBox::activated, this,
            [this](int i) { emit folderChosen(m_recent->itemData(i).toString()); });
    m_folder = new QLabel(tr("No dataset loaded."), this);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
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

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* upper = new QWidget(split);
    auto* upperLayout = new QHBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    auto* summary = new QGroupBox(tr("Validation"), upper);
    auto* summaryLayout = new QVBoxLayout(summary);
    m_counts = new QLabel(summary);
    m_counts->setTextFormat(Qt::RichText);
    m_warnings = new QLabel(summary);
    m_warnings->setWordWrap(true);
    m_issues = new models::IssuesTableModel(this);
    auto* issues = new QTableView(summary);
    issues->setModel(m_issues);
    issues->horizontalHeader()->setStretchLastSection(true);
    issues->verticalHeader()->hide();
    summaryLayout->addWidget(m_counts);
    summaryLayout->addWidget(m_warnings);
    summaryLayout->addWidget(issues, 1);
    m_starsPlot = new charts::BarPlot(upper);
    m_genrePlot = new charts::BarPlot(upper);
    charts::installExportMenu(m_starsPlot, QStringLiteral("rating_histogram"));
    charts::installExportMenu(m_genrePlot, QStringLiteral("ratings_per_genre"));
    upperLayout->addWidget(summary, 3);
    upperLayout->addWidget(m_starsPlot, 2);
    upperLayout->addWidget(m_genrePlot, 3);

    auto* previews = new QTabWidget(split);
    m_ratings = new models::RatingsTableModel(this);
    m_users = new models::UsersTableModel(this);
    m_movies = new models::MoviesTableModel(this);
    previews->addTab(
        previewTab(m_ratings, tr("Filter: a UserID or MovieID, or part of a title"), previews),
        tr("Ratings"));
    previews->addTab(previewTab(m_users, tr("Filter: any text"), previews), tr("Users"));
    previews->addTab(previewTab(m_movies, tr("Filter: any text (title, genre, year…)"), previews),
                     tr("Movies"));
    split->addWidget(upper);
    split->addWidget(previews);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(session, &models::Session::datasetChanged, this, &DatasetPage::showDataset);
    connect(session, &models::Session::configChanged, this, &DatasetPage::updateFilterCounts);
    showDataset();
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
    m_ratings->setDataset(data);
    m_users->setDataset(data);
    m_movies->setDataset(data);
    m_issues->setReport(m_session->report());
    if (!data) {
        m_counts->setText(tr("Open an ml-1m folder to begin."));
        m_warnings->clear();
        m_starsPlot->setBars(tr("Ratings per star"), {}, {}, tr("ratings"));
        m_genrePlot->setBars(tr("Ratings per genre"), {}, {}, tr("ratings"), true);
        return;
    }
    m_error->setVisible(false);
    m_folder->setText(QString::fromStdString(data->folder.string()));

    const auto& report = m_session->report();
    QStringList lines;
    for (const auto& [kind, count] : report.warningCounts())
        lines << tr("%1 × %2").arg(count).arg(QString::fromStdString(kind));
    for (const auto& note : report.notes())
        lines << QString::fromStdString(note);
    m_warnings->setText(
        lines.isEmpty() ? tr("No problems found.")
                        : tr("Skipped or fixed (first examples below): %1").arg(lines.join("; ")));

    QVector<double> stars(5, 0.0), genres(core::data::kGenreCount, 0.0);
    for (std::size_t i = 0; i < data->ratings.size(); ++i) {
        stars[data->ratings.stars[i] - 1] += 1;
        const auto mask =
            data->movies[std::size_t(data->movieRow(data->ratings.movieId[i]))].genreMask;
        for (int g = 0; g < core::data::kGenreCount; ++g)
            if (mask & (1u << g))
                genres[g] += 1;
    }
    m_starsPlot->setBars(tr("Ratings per star"), {"1★", "2★", "3★", "4★", "5★"}, stars,
                         tr("ratings"));
    QStringList genreNames;
    for (const auto& g : core::data::kGenreNames)
        genreNames << QString::fromLatin1(g.data(), qsizetype(g.size()));
    m_genrePlot->setBars(tr("Ratings per genre"), genreNames, genres, tr("ratings"), true);
    m_countedFilters = {-1, -1};
    updateFilterCounts();
}

void DatasetPage::updateFilterCounts() {
    const auto& data = m_session->dataset();
    if (!data)
        return;
    const auto& filters = m_session->config().data;
    if (filters == m_countedFilters)
        return;  // another field changed
    m_countedFilters = filters;
    const auto after = core::data::countAfterFilters(*data, filters);
    const auto before = core::data::countAfterFilters(*data, {1, 1});  // everything rated
    const QLocale locale;
    m_counts->setText(
        tr("<table cellspacing=6><tr><th></th><th align=right>in the files</th><th "
           "align=right>rated</th>"
           "<th align=right>after filters (≥ %1 per user, then ≥ %2 per movie)</th></tr>"
           "<tr><td>users</td><td align=right>%3</td><td align=right>%4</td><td "
           "align=right>%5</td></tr>"
           "<tr><td>movies</td><td align=right>%6</td><td align=right>%7</td><td "
           "align=right>%8</td></tr>"
           "<tr><td>ratings</td><td></td><td align=right>%9</td><td "
           "align=right>%10</td></tr></table>")
            .arg(filters.minUserRatings)
            .arg(filters.minMovieRatings)
            .arg(locale.toString(qlonglong(data->users.size())),
                 locale.toString(qlonglong(before.users)), locale.toString(qlonglong(after.users)),
                 locale.toString(qlonglong(data->movies.size())),
                 locale.toString(qlonglong(before.movies)),
                 locale.toString(qlonglong(after.movies)),
                 locale.toString(qlonglong(before.ratings)),
                 locale.toString(qlonglong(after.ratings))));
}

}  // namespace ui::panels
