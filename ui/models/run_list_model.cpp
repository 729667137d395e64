#include "models/run_list_model.h"

#include <QDateTime>

#include <cmath>
#include <limits>

#include "config/config_io.h"
#include "i18n/locale_text.h"
#include "models/movielens_labels.h"
#include "runs/workspace.h"
#include "training/training_messages.h"

namespace ui::models {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Which hyperparameter columns mean something for a model kind (blank otherwise): the
// baselines fitted in closed form have no learning rate, AutoRec steps over movies, not rows.
bool hasEmbeddings(const std::string& kind) {
    return kind == "neumf" || kind == "ensemble" || kind == "biased_mf";
}
bool hasLearningRate(const std::string& kind) {
    return kind != "biases" && kind != "global_mean";
}
bool hasBatchSize(const std::string& kind) {
    return kind == "neumf" || kind == "ensemble" || kind == "biased_mf";
}

// The fewest decimals (up to 8) that write `value` exactly enough: 0.001, 0.0003, 0.5.
int decimalsFor(double value) {
    for (int d = 0; d < 8; ++d)
        if (std::abs(value * std::pow(10.0, d) - std::round(value * std::pow(10.0, d))) <
            1e-6 * std::pow(10.0, d) * std::max(std::abs(value), 1e-12))
            return d;
    return 8;
}

QString createdText(const std::string& created) {
    const auto when = QDateTime::fromString(QString::fromStdString(created), Qt::ISODate);
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString::fromStdString(created);
}

}  // namespace

void RunListModel::setWorkspace(const std::filesystem::path& workspace) {
    m_workspace = workspace;
    m_runs.clear();
    std::optional<int> k;
    bool sameK = true;
    for (const auto& path : core::runs::listRuns(workspace)) {
        auto summary = core::runs::readRunSummary(path, nullptr);
        if (!summary)
            continue;
        Run run{path, std::move(*summary), std::nullopt, std::nullopt};
        if (run.summary.hasMetrics)
            run.metrics = core::runs::readSavedTestMetrics(path);
        if (auto loaded = core::config::loadConfigFile(path / core::runs::kConfigFile); loaded.ok())
            run.config = loaded.config;
        if (run.metrics) {
            sameK = sameK && (!k || *k == run.metrics->ranking.k);
            k = run.metrics->ranking.k;
        }
        m_runs.push_back(std::move(run));
    }
    m_k = !sameK ? 0 : k.value_or(10);
    resetRows();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);  // @k follows the runs
}

void RunListModel::sort(int column, Qt::SortOrder order) {
    m_sortOrder = order;
    RowIndexTableModel::sort(column, order);
}

int RunListModel::rowOf(const std::filesystem::path& runPath) const {
    for (int row = 0; row < rowCount(); ++row)
        if (this->runPath(row) == runPath)
            return row;
    return -1;
}

QStringList RunListModel::headers() const {
    const QString k = m_k > 0 ? QString::number(m_k) : QStringLiteral("k");
    return {tr("Name"),
            tr("Tag"),
            tr("Status"),
            tr("Created"),
            tr("Model"),
            tr("Epochs"),
            tr("Best epoch"),
            tr("Test RMSE ★"),
            tr("Test MAE ★"),
            tr("R²"),
            tr("Precision@%1").arg(k),
            tr("NDCG@%1").arg(k),
            tr("User emb."),
            tr("Movie emb."),
            tr("Learning rate"),
            tr("Batch size"),
            tr("Device")};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::ToolTipRole)
        return RowIndexTableModel::headerData(section, orientation, role);
    switch (section) {
        case Epochs:
            return tr("Epochs trained.");
        case BestEpoch:
            return tr("The epoch with the lowest validation loss, whose weights were kept.");
        case TestRmse:
            return tr("Root mean squared error on the test set, in stars (lower is better).");
        case TestMae:
            return tr("Mean absolute error on the test set, in stars (lower is better).");
        case R2:
            return tr("Share of the test ratings' variance the model explains (1 is perfect).");
        case Precision:
            return tr(
                "Relevant items among each user's k best-predicted test items, divided by "
                "k, averaged over users.");
        case Ndcg:
            return tr(
                "NDCG with the ideal ranking built from all of the user's relevant test "
                "items (the correct one).");
        case UserEmbedding:
            return tr(
                "Width of the user embedding (neumf, ensemble) or of the user factors "
                "(biased_mf).");
        case MovieEmbedding:
            return tr(
                "Width of the movie embedding (neumf, ensemble) or of the movie factors "
                "(biased_mf).");
        case LearningRate:
            return tr("Adam's initial step size.");
        case BatchSize:
            return tr("Training ratings per optimizer step.");
    }
    return {};
}

// The value a column holds, for display and sorting; invalid when the run has none.
QVariant RunListModel::rawValue(const Run& run, int column) const {
    const auto& s = run.summary;
    const auto metric = [&](double value) {
        return run.metrics && std::isfinite(value) ? QVariant(value) : QVariant();
    };
    // Hyperparameters: config.yaml's value, when the run's model kind uses it.
    if (column >= UserEmbedding && column <= BatchSize) {
        if (!run.config)
            return {};
        const auto& c = *run.config;
        const std::string& kind = c.model.kind;
        const bool factors = kind == "biased_mf";
        switch (column) {
            case UserEmbedding:
                return hasEmbeddings(kind)
                           ? QVariant(double(factors ? c.model.factors : c.model.userEmbeddingDim))
                           : QVariant();
            case MovieEmbedding:
                return hasEmbeddings(kind)
                           ? QVariant(double(factors ? c.model.factors : c.model.movieEmbeddingDim))
                           : QVariant();
            case LearningRate:
                return hasLearningRate(kind) ? QVariant(c.training.learningRate) : QVariant();
            case BatchSize:
                return hasBatchSize(kind) ? QVariant(double(c.training.batchSize)) : QVariant();
        }
        return {};
    }
    switch (column) {
        case TestRmse:
            return run.metrics ? metric(run.metrics->regression.rmseStars()) : QVariant();
        case TestMae:
            return run.metrics ? metric(run.metrics->regression.maeStars()) : QVariant();
        case R2:
            return run.metrics ? metric(run.metrics->regression.r2) : QVariant();
        case Precision:
            return run.metrics ? metric(run.metrics->ranking.precision) : QVariant();
        case Ndcg:
            return run.metrics ? metric(run.metrics->ranking.ndcg) : QVariant();
        case Epochs:
            return double(s.epochs);
        case BestEpoch:
            return double(s.bestEpoch);
    }
    return {};
}

QVariant RunListModel::cell(int row, int column, int role) const {
    const auto& run = m_runs[std::size_t(row)];
    const auto& s = run.summary;
    const bool numeric = column >= Epochs && column <= BatchSize;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (column == ModelKind)
            return QString::fromStdString(s.model);
        if (column == Status && !s.message.empty())
            return i18n::text(core::training::trainingMessage(s.message));
        return {};
    }
    if (role == SortRole) {
        if (numeric) {
            const QVariant value = rawValue(run, column);
            if (value.isValid())
                return value;
            // No value: after the others, whichever way the column is sorted.
            return m_sortOrder == Qt::AscendingOrder ? kInfinity : -kInfinity;
        }
        if (column == Created) {
            const auto when = QDateTime::fromString(QString::fromStdString(s.created), Qt::ISODate);
            return when.isValid() ? QVariant(double(when.toMSecsSinceEpoch()))
                                  : QVariant(QString::fromStdString(s.created));
        }
        return cell(row, column, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
        case Name:
            return QString::fromStdString(s.name);
        case Tag:
            return QString::fromStdString(s.tag);
        case Status:
            return runStatusLabel(s.status);
        case Created:
            return createdText(s.created);
        case ModelKind:
            return run.config ? QString::fromStdString(run.config->model.kind) : QString();
        case Device:
            return s.deviceName.empty() ? QString::fromUtf8(core::training::deviceText(s.device))
                                        : QString::fromStdString(s.deviceName);
    }
    const QVariant value = rawValue(run, column);
    if (!value.isValid())
        return QString();
    const double v = value.toDouble();
    switch (column) {
        case Epochs:
        case BestEpoch:
        case UserEmbedding:
        case MovieEmbedding:
        case BatchSize:
            return i18n::count(qint64(v));
        case TestRmse:
        case TestMae:
        case R2:
        case Precision:
        case Ndcg:
            return i18n::number(v, 4);
        case LearningRate:
            return i18n::number(v, decimalsFor(v));
    }
    return {};
}

}  // namespace ui::models
