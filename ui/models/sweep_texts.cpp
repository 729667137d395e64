#include "models/sweep_texts.h"

#include <QCoreApplication>
#include <QLocale>

#include "widgets/config_field_texts.h"

namespace ui::models {
namespace {

QString t(const char* text) {
    return QCoreApplication::translate("Sweep", text);
}

}  // namespace

QString localeFixed(double value, int digits) {
    return QLocale().toString(value, 'f', digits);
}

QString localeGeneral(double value, int digits) {
    return QLocale().toString(value, 'g', digits);
}

QString sweepValueText(const core::config::FieldValue& value) {
    if (const auto* d = std::get_if<double>(&value))
        return localeGeneral(*d, 4);
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return QLocale().toString(qlonglong(*i));
    return QString::fromStdString(core::config::formatFieldValue(value));
}

QString metricLabel(core::sweep::ObjectiveMetric metric) {
    using core::sweep::ObjectiveMetric;
    switch (metric) {
        case ObjectiveMetric::ValidationRmse:
            return t("Validation RMSE (stars)");
        case ObjectiveMetric::TestRmse:
            return t("Test RMSE (stars)");
        case ObjectiveMetric::TestMae:
            return t("Test MAE (stars)");
        case ObjectiveMetric::TestR2:
            return t("Test R²");
        case ObjectiveMetric::TestPrecisionAtK:
            return t("Test Precision@k");
        case ObjectiveMetric::TestNdcgAtK:
            return t("Test NDCG@k");
    }
    return {};
}

QString directionLabel(core::sweep::Direction direction) {
    return direction == core::sweep::Direction::Minimize ? t("lower is better")
                                                         : t("higher is better");
}

QString strategyLabel(core::sweep::Strategy strategy) {
    using core::sweep::Strategy;
    switch (strategy) {
        case Strategy::Grid:
            return t("Grid (every combination)");
        case Strategy::Random:
            return t("Random search");
        case Strategy::Tpe:
            return t("TPE (Bayesian)");
    }
    return {};
}

QString terminationLabel(core::sweep::TerminationKind kind) {
    using core::sweep::TerminationKind;
    switch (kind) {
        case TerminationKind::None:
            return t("None");
        case TerminationKind::Median:
            return t("Median stopping");
        case TerminationKind::Asha:
            return t("ASHA (successive halving)");
    }
    return {};
}

QString trainingStateLabel(core::sweep::TrainingState state) {
    using core::sweep::TrainingState;
    switch (state) {
        case TrainingState::Pending:
            return t("pending");
        case TrainingState::Running:
            return t("running");
        case TrainingState::Completed:
            return t("completed");
        case TrainingState::Pruned:
            return t("pruned");
        case TrainingState::Failed:
            return t("failed");
    }
    return {};
}

QString fieldShortLabel(const QString& key) {
    const auto text = widgets::fieldText(key);
    return text.label.isEmpty() ? key : text.label;
}

QString fieldLabel(const QString& key) {
    const auto text = widgets::fieldText(key);
    return text.label.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(text.label, key);
}

}  // namespace ui::models
