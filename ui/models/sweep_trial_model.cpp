#include "models/sweep_trial_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <map>

#include "i18n/locale_text.h"
#include "models/csv_text.h"
#include "models/sweep_texts.h"
#include "sweep/sweep_leaderboard.h"
#include "util/number_text.h"

namespace ui::models {
namespace {

using core::sweep::TrainingState;

const QStringList kTrailingKeys = {QStringLiteral("objective"),
                                   QStringLiteral("test_rmse"),
                                   QStringLiteral("test_mae"),
                                   QStringLiteral("test_r2"),
                                   QStringLiteral("test_precision_at_k"),
                                   QStringLiteral("test_ndcg_at_k"),
                                   QStringLiteral("epochs"),
                                   QStringLiteral("seconds")};
constexpr int kLeadingColumns = 3;  // rank, trial, status

QString number(double value) {
    return QString::fromStdString(core::util::formatNumber(value));
}

// A swept value for sorting: numbers as numbers, anything else as its text.
QVariant valueSortKey(const core::config::FieldValue& value) {
    if (const auto* d = std::get_if<double>(&value))
        return *d;
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return double(*i);
    return QString::fromStdString(core::config::formatFieldValue(value));
}

}  // namespace

std::vector<TrialRow> trialRows(const core::sweep::SweepState& state) {
    std::map<int, std::pair<int, core::sweep::LeaderboardRow>> board;  // by trial: order, row
    {
        int order = 0;
        for (auto& row : core::sweep::leaderboard(state))
            board.emplace(row.trial, std::pair{order++, std::move(row)});
    }
    std::vector<TrialRow> rows;
    rows.reserve(state.trials.size());
    for (const auto& trial : state.trials) {
        TrialRow row;
        row.number = trial.number;
        row.values = trial.values;
        row.state = core::sweep::trialState(trial);
        if (const auto it = board.find(trial.number); it != board.end()) {
            const auto& b = it->second.second;
            row.order = it->second.first;
            row.rank = b.rank;
            row.objective = b.objective;
            row.spread = b.spread;
            row.repeats = b.repeats;
            row.epochs = b.epochs;
            row.prunedEpoch = b.prunedEpoch;
            row.note = b.note;
        }
        core::sweep::TestSummary sum;
        int tested = 0;
        for (const auto& run : trial.runs) {
            row.seconds += run.seconds;
            if (!run.runName.empty())
                row.runNames.push_back(run.runName);
            if (run.state == TrainingState::Running) {
                row.runningRepeat = run.repeat;
                row.runningEpoch = int(run.validationRmse.size());
            }
            if (run.test) {
                sum.rmseStars += run.test->rmseStars;
                sum.maeStars += run.test->maeStars;
                sum.r2 += run.test->r2;
                sum.precisionAtK += run.test->precisionAtK;
                sum.ndcgAtK += run.test->ndcgAtK;
                sum.k = run.test->k;
                ++tested;
            }
        }
        if (tested > 0) {
            const double n = tested;
            row.test = core::sweep::TestSummary{sum.rmseStars / n,    sum.maeStars / n, sum.r2 / n,
                                                sum.precisionAtK / n, sum.ndcgAtK / n,  sum.k};
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

void SweepTrialModel::setState(std::shared_ptr<const core::sweep::SweepState> state, bool live) {
    const bool sameSweep =
        m_state && state && m_state->name == state->name && m_state->created == state->created &&
        m_state->spec.parameters == state->spec.parameters &&
        m_state->spec.objective == state->spec.objective && state->trials.size() >= m_rows.size();
    auto rows = state ? trialRows(*state) : std::vector<TrialRow>{};
    m_live = live;
    if (!sameSweep) {
        beginResetModel();
        m_state = std::move(state);
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // The same sweep, further on: trials are only ever appended.
    const int old = int(m_rows.size());
    m_state = std::move(state);
    if (int(rows.size()) > old) {
        beginInsertRows({}, old, int(rows.size()) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    } else {
        m_rows = std::move(rows);
    }
    if (old > 0)
        emit dataChanged(index(0, 0), index(old - 1, columnCount() - 1));
}

int SweepTrialModel::rowOfTrial(int trial) const {
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].number == trial)
            return int(r);
    return -1;
}

int SweepTrialModel::bestTrial() const {
    for (const auto& row : m_rows)
        if (row.rank == 1)
            return row.number;
    return 0;
}

int SweepTrialModel::parameterCount() const {
    return m_state ? int(m_state->spec.parameters.size()) : 0;
}

int SweepTrialModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SweepTrialModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_state ? 0
                                        : kLeadingColumns + parameterCount() + kTrailingKeys.size();
}

QString SweepTrialModel::columnKey(int column) const {
    static const QStringList leading{QStringLiteral("rank"), QStringLiteral("trial"),
                                     QStringLiteral("status")};
    if (column < 0 || column >= columnCount())
        return {};
    if (column < kLeadingColumns)
        return leading[column];
    const int p = column - kLeadingColumns;
    if (p < parameterCount())
        return QString::fromStdString(m_state->spec.parameters[std::size_t(p)].key);
    return kTrailingKeys[p - parameterCount()];
}

int SweepTrialModel::column(const QString& key) const {
    for (int c = 0; c < columnCount(); ++c)
        if (columnKey(c) == key)
            return c;
    return -1;
}

QString SweepTrialModel::statusText(const TrialRow& row) const {
    switch (row.state) {
        case TrainingState::Running:
            if (!m_live)
                return tr("interrupted");
            if (m_state && m_state->spec.repeats > 1)
                return tr("running (repeat %1, epoch %2)")
                    .arg(row.runningRepeat + 1)
                    .arg(row.runningEpoch);
            return row.runningEpoch > 0 ? tr("running (epoch %1)").arg(row.runningEpoch)
                                        : tr("running (preparing)");
        // The note as sweep.json keeps it (English), read back into its core message.
        case TrainingState::Pruned:
            return row.note.empty() ? tr("pruned at epoch %1").arg(row.prunedEpoch)
                                    : tr("pruned at epoch %1: %2")
                                          .arg(QString::number(row.prunedEpoch),
                                               i18n::text(core::sweep::sweepMessage(row.note)));
        case TrainingState::Failed:
            return row.note.empty()
                       ? tr("failed")
                       : tr("failed: %1").arg(i18n::text(core::sweep::sweepMessage(row.note)));
        default:
            return trainingStateLabel(row.state);
    }
}

QVariant SweepTrialModel::cell(const TrialRow& row, const QString& key, int role) const {
    const bool display = role == Qt::DisplayRole;
    const bool sort = role == SortRole;
    if (!display && !sort)
        return {};
    const auto optional = [&](const std::optional<double>& v, int digits) -> QVariant {
        if (!v)
            return {};
        return sort ? QVariant(*v) : QVariant(localeFixed(*v, digits));
    };
    if (key == QLatin1String("rank"))
        return sort ? QVariant(row.order)
                    : QVariant(row.rank > 0 ? QString::number(row.rank) : QStringLiteral("–"));
    // A trial's number names it: never grouped.
    if (key == QLatin1String("trial"))
        return sort ? QVariant(row.number) : QVariant(QString::number(row.number));
    if (key == QLatin1String("status"))
        return sort ? QVariant(int(row.state)) : QVariant(statusText(row));
    if (key == QLatin1String("objective")) {
        if (!row.objective)
            return {};
        if (sort)
            return *row.objective;
        QString text = localeFixed(*row.objective, 4);
        if (m_state && m_state->spec.repeats > 1 && row.repeats > 1)
            text += QStringLiteral(" ± %1 (%2)")
                        .arg(localeFixed(row.spread, 4), i18n::count(row.repeats));
        return text;
    }
    const auto test = [&](auto member) -> std::optional<double> {
        return row.test ? std::optional<double>((*row.test).*member) : std::nullopt;
    };
    using core::sweep::TestSummary;
    if (key == QLatin1String("test_rmse"))
        return optional(test(&TestSummary::rmseStars), 4);
    if (key == QLatin1String("test_mae"))
        return optional(test(&TestSummary::maeStars), 4);
    if (key == QLatin1String("test_r2"))
        return optional(test(&TestSummary::r2), 4);
    if (key == QLatin1String("test_precision_at_k"))
        return optional(test(&TestSummary::precisionAtK), 4);
    if (key == QLatin1String("test_ndcg_at_k"))
        return optional(test(&TestSummary::ndcgAtK), 4);
    if (key == QLatin1String("epochs")) {
        if (row.epochs <= 0)
            return {};
        return sort ? QVariant(row.epochs) : QVariant(localeGeneral(row.epochs, 3));
    }
    if (key == QLatin1String("seconds")) {
        if (row.seconds <= 0)
            return {};
        return sort ? QVariant(row.seconds) : QVariant(localeFixed(row.seconds, 1));
    }
    for (int p = 0; p < parameterCount(); ++p)
        if (key == QString::fromStdString(m_state->spec.parameters[std::size_t(p)].key)) {
            if (std::size_t(p) >= row.values.size())
                return {};
            const auto& v = row.values[std::size_t(p)];
            return sort ? valueSortKey(v) : QVariant(sweepValueText(v));
        }
    return {};
}

QVariant SweepTrialModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const auto& row = m_rows[std::size_t(index.row())];
    const QString key = columnKey(index.column());
    switch (role) {
        case TrialRole:
            return row.number;
        case BestRole:
            return row.rank == 1;
        case Qt::BackgroundRole:
            if (row.rank == 1)
                return QBrush(QColor(200, 235, 200));
            return {};
        case Qt::FontRole:
            if (row.rank == 1) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ToolTipRole:
            if (key == QLatin1String("status"))
                return statusText(row);
            if (row.rank == 1)
                return tr("The best trial so far");
            return {};
        case Qt::TextAlignmentRole:
            if (key == QLatin1String("status"))
                return {};
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return cell(row, key, role);
    }
}

QVariant SweepTrialModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    const QString key = columnKey(section);
    const int p = section - kLeadingColumns;
    if (role == Qt::ToolTipRole)
        return p >= 0 && p < parameterCount() ? fieldLabel(key) : QVariant();
    if (role != Qt::DisplayRole || !m_state)
        return {};
    const int k = [&] {
        for (const auto& row : m_rows)
            if (row.test)
                return row.test->k;
        return m_state->spec.base.evaluation.k;
    }();
    if (key == QLatin1String("rank"))
        return tr("Rank");
    if (key == QLatin1String("trial"))
        return tr("Trial");
    if (key == QLatin1String("status"))
        return tr("Status");
    if (key == QLatin1String("objective"))
        return metricLabel(m_state->spec.objective.metric) +
               (m_state->spec.objective.direction == core::sweep::Direction::Minimize
                    ? QStringLiteral(" ↓")
                    : QStringLiteral(" ↑"));
    if (key == QLatin1String("test_rmse"))
        return tr("Test RMSE ★");
    if (key == QLatin1String("test_mae"))
        return tr("Test MAE ★");
    if (key == QLatin1String("test_r2"))
        return tr("Test R²");
    if (key == QLatin1String("test_precision_at_k"))
        return tr("Precision@%1").arg(k);
    if (key == QLatin1String("test_ndcg_at_k"))
        return tr("NDCG@%1").arg(k);
    if (key == QLatin1String("epochs"))
        return tr("Epochs");
    if (key == QLatin1String("seconds"))
        return tr("Seconds");
    return fieldShortLabel(key);
}

QString SweepTrialModel::toCsv() const {
    QStringList header{QStringLiteral("rank"), QStringLiteral("trial"), QStringLiteral("status")};
    if (m_state)
        for (const auto& p : m_state->spec.parameters)
            header << QString::fromStdString(p.key);
    header << QStringLiteral("objective") << QStringLiteral("spread") << QStringLiteral("repeats")
           << QStringLiteral("test_rmse") << QStringLiteral("test_mae") << QStringLiteral("test_r2")
           << QStringLiteral("test_precision_at_k") << QStringLiteral("test_ndcg_at_k")
           << QStringLiteral("epochs") << QStringLiteral("seconds")
           << QStringLiteral("pruned_epoch") << QStringLiteral("note") << QStringLiteral("runs");
    QString text = csvLine(header) + '\n';
    std::vector<const TrialRow*> ordered;
    for (const auto& row : m_rows)
        ordered.push_back(&row);
    std::sort(ordered.begin(), ordered.end(),
              [](const TrialRow* a, const TrialRow* b) { return a->order < b->order; });
    for (const TrialRow* row : ordered) {
        QStringList line{row->rank > 0 ? QString::number(row->rank) : QString(),
                         QString::number(row->number),
                         QString::fromUtf8(core::sweep::trainingStateText(row->state))};
        for (const auto& v : row->values)
            line << (std::holds_alternative<double>(v)
                         ? number(std::get<double>(v))
                         : QString::fromStdString(core::config::formatFieldValue(v)));
        line << (row->objective ? number(*row->objective) : QString())
             << (row->objective ? number(row->spread) : QString()) << QString::number(row->repeats);
        if (row->test)
            line << number(row->test->rmseStars) << number(row->test->maeStars)
                 << number(row->test->r2) << number(row->test->precisionAtK)
                 << number(row->test->ndcgAtK);
        else
            line << QString() << QString() << QString() << QString() << QString();
        line << number(row->epochs) << number(row->seconds) << QString::number(row->prunedEpoch)
             << QString::fromStdString(row->note);
        QStringList runs;
        for (const auto& name : row->runNames)
            runs << QString::fromStdString(name);
        line << runs.join(';');
        text += csvLine(line) + '\n';
    }
    return text;
}

void SweepTrialModel::refreshTexts() {
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

SweepTrialFilter::SweepTrialFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(SweepTrialModel::SortRole);
    setDynamicSortFilter(true);
}

void SweepTrialFilter::setTrialFilter(std::optional<QSet<int>> trials) {
    m_trials = std::move(trials);
    invalidateFilter();
}

bool SweepTrialFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_trials)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_trials->contains(index.data(SweepTrialModel::TrialRole).toInt());
}

}  // namespace ui::models
