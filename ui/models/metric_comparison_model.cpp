#include "models/metric_comparison_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

#include "i18n/locale_text.h"
#include "models/csv_text.h"
#include "models/file_paths.h"
#include "models/movielens_labels.h"
#include "models/run_comparison.h"
#include "util/number_text.h"

namespace ui::models {
namespace {

using core::runs::RunRecord;

// As the results page's metric cards write them, in the UI locale.
QString fourDecimals(const RunRecord&, double v) {
    return i18n::number(v, 4);
}

// The k of the runs' ranking metrics when they share it, else "k".
QString commonK(const RunComparison* comparison) {
    std::optional<int> k;
    if (comparison)
        for (const auto& run : comparison->runs) {
            if (!run.metrics)
                continue;
            if (k && *k != run.metrics->ranking.k)
                return QStringLiteral("k");
            k = run.metrics->ranking.k;
        }
    return k ? QString::number(*k) : QStringLiteral("k");
}

}  // namespace

std::vector<MetricComparisonModel::Spec> MetricComparisonModel::specs() const {
    using R = const RunRecord&;
    const auto metric = [](auto get) {
        return [get](R r) -> std::optional<double> {
            if (!r.metrics)
                return std::nullopt;
            return get(*r.metrics);
        };
    };
    const QString k = commonK(m_comparison.get());
    return {
        {"status", tr("Status"), Better::None, [](R) { return std::optional<double>(0.0); },
         [](R r, double) { return runStatusLabel(r.summary.status); }},
        {"epochs", tr("Epochs"), Better::None,
         [](R r) { return std::optional<double>(r.summary.epochs); },
         [](R r, double) { return i18n::count(r.summary.epochs); }},
        {"best_epoch", tr("Best epoch"), Better::None,
         [](R r) {
             return r.summary.bestEpoch > 0 ? std::optional<double>(r.summary.bestEpoch)
                                            : std::nullopt;
         },
         [](R r, double) { return i18n::count(r.summary.bestEpoch); }},
        {"best_validation_loss", tr("Best validation loss (MSE)"), Better::Lower,
         [](R r) {
             return r.summary.bestEpoch > 0 ? std::optional<double>(r.summary.bestValidationLoss)
                                            : std::nullopt;
         },
         [](R, double v) { return i18n::number(v, 6); }},
        {"training_seconds", tr("Training time (s)"), Better::None,
         [](R r) { return std::optional<double>(r.summary.trainingSeconds); },
         [](R, double v) { return i18n::number(v, 1); }},
        {"rmse_stars", tr("RMSE (stars)"), Better::Lower,
         metric([](const auto& m) { return m.regression.rmseStars(); }), fourDecimals},
        {"rmse", tr("RMSE (normalised)"), Better::Lower,
         metric([](const auto& m) { return m.regression.rmse; }), fourDecimals},
        {"mae_stars", tr("MAE (stars)"), Better::Lower,
         metric([](const auto& m) { return m.regression.maeStars(); }), fourDecimals},
        {"mae", tr("MAE (normalised)"), Better::Lower,
         metric([](const auto& m) { return m.regression.mae; }), fourDecimals},
        {"r2", tr("R²"), Better::Higher, metric([](const auto& m) { return m.regression.r2; }),
         fourDecimals},
        {"precision_at_k", tr("Precision@%1").arg(k), Better::Higher,
         metric([](const auto& m) { return m.ranking.precision; }), fourDecimals},
        {"ndcg_at_k_notebook", tr("NDCG@%1 (notebook-compatible)").arg(k), Better::Higher,
         metric([](const auto& m) { return m.ranking.ndcgNotebook; }), fourDecimals},
        {"ndcg_at_k", tr("NDCG@%1 (correct)").arg(k), Better::Higher,
         metric([](const auto& m) { return m.ranking.ndcg; }), fourDecimals},
    };
}

void MetricComparisonModel::setComparison(std::shared_ptr<const RunComparison> comparison) {
    beginResetModel();
    m_comparison = std::move(comparison);
    m_specs = specs();
    m_best.assign(m_specs.size(), {});
    const std::size_t runs = m_comparison ? m_comparison->runs.size() : 0;
    for (std::size_t r = 0; r < m_specs.size(); ++r) {
        m_best[r].assign(runs, false);
        const auto& spec = m_specs[r];
        if (spec.better == Better::None)
            continue;
        std::vector<std::optional<double>> values;
        for (std::size_t c = 0; c < runs; ++c)
            values.push_back(spec.value(m_comparison->runs[c]));
        std::optional<double> best;
        int present = 0;
        for (const auto& v : values) {
            if (!v)
                continue;
            ++present;
            if (!best || (spec.better == Better::Lower ? *v < *best : *v > *best))
                best = v;
        }
        // "Best" needs something to beat: a value alone in its row is not marked.
        if (present < 2)
            continue;
        for (std::size_t c = 0; c < runs; ++c)
            m_best[r][c] = values[c] && *values[c] == *best;
    }
    endResetModel();
}

void MetricComparisonModel::refreshTexts() {
    m_specs = specs();  // the same rows, their labels translated again
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int MetricComparisonModel::row(const QString& key) const {
    for (std::size_t r = 0; r < m_specs.size(); ++r)
        if (key == QLatin1String(m_specs[r].key))
            return int(r);
    return -1;
}

QString MetricComparisonModel::key(int row) const {
    return QString::fromLatin1(m_specs[std::size_t(row)].key);
}

bool MetricComparisonModel::isBest(int row, int run) const {
    return m_best[std::size_t(row)][std::size_t(run)];
}

QString MetricComparisonModel::cellText(int row, int run) const {
    const auto& spec = m_specs[std::size_t(row)];
    const auto& record = m_comparison->runs[std::size_t(run)];
    const auto v = spec.value(record);
    return v ? spec.text(record, *v) : QString();
}

int MetricComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_comparison ? 0 : int(m_specs.size());
}

int MetricComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_comparison ? 0 : 1 + int(m_comparison->runs.size());
}

QVariant MetricComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto& spec = m_specs[std::size_t(index.row())];
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return spec.label;
        if (role == Qt::ToolTipRole)
            return spec.better == Better::Lower    ? tr("Lower is better.")
                   : spec.better == Better::Higher ? tr("Higher is better.")
                                                   : QVariant();
        return {};
    }
    const int run = index.column() - 1;
    const bool best = isBest(index.row(), run);
    switch (role) {
        case Qt::DisplayRole:
            return cellText(index.row(), run);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case BestRole:
            return best;
        case ValueRole: {
            if (QLatin1String(spec.key) == QLatin1String("status"))
                return {};
            const auto v = spec.value(m_comparison->runs[std::size_t(run)]);
            return v ? QVariant(*v) : QVariant();
        }
        case Qt::ToolTipRole:
            return best ? tr("Best of the compared runs") : QVariant();
        case Qt::BackgroundRole:
            return best ? QBrush(QColor(200, 230, 201)) : QVariant();
        case Qt::ForegroundRole:
            return best ? QBrush(Qt::black) : QVariant();
        case Qt::FontRole:
            if (best) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
    }
    return {};
}

QVariant MetricComparisonModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || !m_comparison)
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Metric") : m_comparison->name(std::size_t(section - 1));
    if (role == Qt::ToolTipRole && section > 0)
        return models::fromPath(m_comparison->runs[std::size_t(section - 1)].path);
    return {};
}

QString MetricComparisonModel::toCsv() const {
    QStringList header{QStringLiteral("key"), QStringLiteral("metric")};
    const std::size_t runs = m_comparison ? m_comparison->runs.size() : 0;
    for (std::size_t c = 0; c < runs; ++c)
        header << m_comparison->name(c);
    header << QStringLiteral("best");
    QString text = csvLine(header) + '\n';
    for (int r = 0; r < rowCount(); ++r) {
        const auto& spec = m_specs[std::size_t(r)];
        QStringList line{key(r), spec.label};
        QStringList best;
        for (std::size_t c = 0; c < runs; ++c) {
            const auto& record = m_comparison->runs[c];
            const auto v = spec.value(record);
            if (!v)
                line << QString();
            else if (QLatin1String(spec.key) == QLatin1String("status"))
                line << QString::fromUtf8(core::runs::runStatusText(record.summary.status));
            else
                line << QString::fromStdString(core::util::formatNumber(*v));
            if (m_best[std::size_t(r)][c])
                best << m_comparison->name(c);
        }
        line << best.join(';');
        text += csvLine(line) + '\n';
    }
    return text;
}

}  // namespace ui::models
