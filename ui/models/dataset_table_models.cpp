#include "models/dataset_table_models.h"

#include <QBrush>
#include <QDateTime>

#include "i18n/locale_text.h"
#include "models/movielens_labels.h"

namespace ui::models {

// ---- ratings ----

void RatingsTableModel::setDataset(std::shared_ptr<const core::data::MovieLensData> data) {
    stopIndexing();  // a background filter reads m_data
    m_data = std::move(data);
    resetRows();
}

int RatingsTableModel::sourceRowCount() const {
    return m_data ? int(m_data->ratings.size()) : 0;
}

QStringList RatingsTableModel::headers() const {
    return {tr("UserID"), tr("MovieID"), tr("Title"), tr("Rating"), tr("Rated at (UTC)")};
}

QVariant RatingsTableModel::cell(int row, int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    const auto& r = m_data->ratings;
    const auto i = std::size_t(row);
    switch (column) {
        case 0:
            return QString::number(r.userId[i]);  // an id: never grouped as "6,040"
        case 1:
            return QString::number(r.movieId[i]);
        case 2: {
            const auto m = m_data->movieRow(r.movieId[i]);
            return m >= 0 ? QString::fromStdString(m_data->movies[std::size_t(m)].title)
                          : QString();
        }
        case 3:
            return i18n::number(r.stars(i), r.halfStars[i] % 2 ? 1 : 0);
        case 4:
            return QDateTime::fromSecsSinceEpoch(r.timestamp[i], Qt::UTC).toString(Qt::ISODate);
    }
    return {};
}

QVariant RatingsTableModel::sortKey(int row, int column) const {
    const auto i = std::size_t(row);
    if (column == 0)
        return m_data->ratings.userId[i];
    if (column == 1)
        return m_data->ratings.movieId[i];
    if (column == 3)
        return double(m_data->ratings.halfStars[i]);
    if (column == 4)
        return double(m_data->ratings.timestamp[i]);
    return cell(row, column, Qt::DisplayRole);
}

bool RatingsTableModel::rowMatches(int row, const QString& text) const {
    bool isNumber = false;
    const int id = text.toInt(&isNumber);
    const auto i = std::size_t(row);
    if (isNumber)
        return m_data->ratings.userId[i] == id || m_data->ratings.movieId[i] == id;
    return cell(row, 2, Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive);
}

// ---- users ----

void UsersTableModel::setDataset(std::shared_ptr<const core::data::MovieLensData> data,
                                 std::shared_ptr<const core::data::DatasetOverview> overview) {
    stopIndexing();
    m_data = std::move(data);
    m_overview = std::move(overview);
    resetRows();
}

int UsersTableModel::sourceRowCount() const {
    return m_data ? int(m_data->users.size()) : 0;
}

QStringList UsersTableModel::headers() const {
    return {tr("UserID"), tr("Gender"), tr("Age"), tr("Occupation"), tr("Zip code"), tr("Ratings")};
}

QVariant UsersTableModel::cell(int row, int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    const auto& u = m_data->users[std::size_t(row)];
    // Without a users file only the id and the count are known; ml-100k gives ages in years
    // and occupations as words.
    const bool features = m_data->hasUserFeatures;
    const bool ml100k = m_data->release.release == core::data::Release::Ml100k;
    if (!features && column >= 1 && column <= 4)
        return {};
    switch (column) {
        case 0:
            return QString::number(u.id);
        case 1:
            return genderLabel(u.gender);
        case 2:
            return ml100k ? QString::number(u.age) : ageBucketLabel(u.age);
        case 3:
            return ml100k
                       ? QString::fromStdString(m_data->occupationNames[std::size_t(u.occupation)])
                       : occupationLabel(u.occupation);
        case 4:
            return QString::fromStdString(u.zip);
        case 5:
            return m_overview->ratingsPerUser[std::size_t(row)];
    }
    return {};
}

QVariant UsersTableModel::sortKey(int row, int column) const {
    const auto& u = m_data->users[std::size_t(row)];
    if (column == 0)
        return u.id;
    if (column == 2)
        return u.age;
    if (column == 3)
        return u.occupation;
    return cell(row, column, Qt::DisplayRole);
}

// ---- movies ----

void MoviesTableModel::setDataset(std::shared_ptr<const core::data::MovieLensData> data,
                                  std::shared_ptr<const core::data::DatasetOverview> overview) {
    stopIndexing();
    m_data = std::move(data);
    m_overview = std::move(overview);
    resetRows();
}

int MoviesTableModel::sourceRowCount() const {
    return m_data ? int(m_data->movies.size()) : 0;
}

QStringList MoviesTableModel::headers() const {
    return {tr("MovieID"), tr("Title"), tr("Year"), tr("Genres"), tr("Ratings"), tr("Mean stars")};
}

QVariant MoviesTableModel::cell(int row, int column, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    const auto& m = m_data->movies[std::size_t(row)];
    switch (column) {
        case 0:
            return QString::number(m.id);
        case 1:
            return QString::fromStdString(m.title);
        case 2:
            return m.year ? QVariant(QString::number(m.year)) : QVariant();
        case 3:
            return QString::fromStdString(m_data->genresText(m));
        case 4:
            return m_overview->ratingsPerMovie[std::size_t(row)];
        case 5:
            return m_overview->ratingsPerMovie[std::size_t(row)]
                       ? QVariant(i18n::number(m_overview->meanStarsPerMovie[std::size_t(row)], 2))
                       : QVariant();
    }
    return {};
}

QVariant MoviesTableModel::sortKey(int row, int column) const {
    if (column == 0)
        return m_data->movies[std::size_t(row)].id;
    if (column == 5)
        return double(m_overview->meanStarsPerMovie[std::size_t(row)]);
    if (column == 2)
        return m_data->movies[std::size_t(row)].year;
    return cell(row, column, Qt::DisplayRole);
}

// ---- issues ----

QString issueText(const core::data::DataIssue& issue) {
    const QString where = QString::fromStdString(issue.where());
    const QString message = i18n::text(issue.message);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString firstErrorText(const core::data::ValidationReport& report) {
    const auto* error = report.firstErrorIssue();
    return error ? issueText(*error) : QString();
}

void IssuesTableModel::setReport(const core::data::ValidationReport& report) {
    m_issues = report.issues();
    resetRows();
}

int IssuesTableModel::sourceRowCount() const {
    return int(m_issues.size());
}

QStringList IssuesTableModel::headers() const {
    return {tr("Severity"), tr("File"), tr("Line"), tr("Kind"), tr("Message")};
}

QVariant IssuesTableModel::cell(int row, int column, int role) const {
    const auto& issue = m_issues[std::size_t(row)];
    const bool error = issue.severity == core::data::DataIssue::Severity::Error;
    if (role == Qt::ForegroundRole && column == 0)
        return QBrush(error ? Qt::red : QColor(0xb0, 0x6d, 0x00));
    if (role == Qt::ToolTipRole)
        return issueText(issue);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
        case 0:
            return error ? tr("error") : tr("warning");
        case 1:
            return QString::fromStdString(issue.file);
        case 2:
            return issue.line > 0 ? QVariant(QString::number(issue.line)) : QVariant();
        case 3:
            return i18n::coreText(issue.kind);
        case 4:
            return i18n::text(issue.message);
    }
    return {};
}

QString IssuesTableModel::fullText(int viewRow) const {
    if (viewRow < 0 || viewRow >= rowCount())
        return {};
    return issueText(m_issues[std::size_t(sourceRow(viewRow))]);
}

}  // namespace ui::models
