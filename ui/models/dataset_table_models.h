#pragma once

#include <memory>
#include <vector>

#include "data/dataset_overview.h"
#include "data/movielens_data.h"
#include "data/validation_report.h"
#include "models/row_index_table_model.h"

namespace ui::models {

/// ratings.dat as a table. The filter matches a UserID or MovieID exactly, or a title part.
class RatingsTableModel : public RowIndexTableModel {
    Q_OBJECT
public:
    using RowIndexTableModel::RowIndexTableModel;
    ~RatingsTableModel() override { stopIndexing(); }  // a background filter calls this class
    void setDataset(std::shared_ptr<const core::data::MovieLensData> data);

protected:
    int sourceRowCount() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    QVariant sortKey(int row, int column) const override;
    bool rowMatches(int row, const QString& text) const override;

private:
    std::shared_ptr<const core::data::MovieLensData> m_data;
};

/// users.dat with each user's number of ratings.
class UsersTableModel : public RowIndexTableModel {
    Q_OBJECT
public:
    using RowIndexTableModel::RowIndexTableModel;
    ~UsersTableModel() override { stopIndexing(); }  // a background filter calls this class
    void setDataset(std::shared_ptr<const core::data::MovieLensData> data,
                    std::shared_ptr<const core::data::DatasetOverview> overview);

protected:
    int sourceRowCount() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    QVariant sortKey(int row, int column) const override;

private:
    std::shared_ptr<const core::data::MovieLensData> m_data;
    std::shared_ptr<const core::data::DatasetOverview> m_overview;  // ratings per user
};

/// movies.dat with each movie's number of ratings and mean stars.
class MoviesTableModel : public RowIndexTableModel {
    Q_OBJECT
public:
    using RowIndexTableModel::RowIndexTableModel;
    ~MoviesTableModel() override { stopIndexing(); }  // a background filter calls this class
    void setDataset(std::shared_ptr<const core::data::MovieLensData> data,
                    std::shared_ptr<const core::data::DatasetOverview> overview);

protected:
    int sourceRowCount() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    QVariant sortKey(int row, int column) const override;

private:
    std::shared_ptr<const core::data::MovieLensData> m_data;
    std::shared_ptr<const core::data::DatasetOverview> m_overview;  // ratings, mean per movie
};

/// The validation report: errors and example warnings with file and line.
/// "ratings.dat:12: …" in the UI language.
QString issueText(const core::data::DataIssue& issue);
/// The report's first error in the UI language, or an empty string.
QString firstErrorText(const core::data::ValidationReport& report);

class IssuesTableModel : public RowIndexTableModel {
    Q_OBJECT
public:
    using RowIndexTableModel::RowIndexTableModel;
    void setReport(const core::data::ValidationReport& report);
    /// "ratings.dat:12: …" in full, for the view's row `viewRow`.
    QString fullText(int viewRow) const;

protected:
    int sourceRowCount() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::vector<core::data::DataIssue> m_issues;
};

}  // namespace ui::models
