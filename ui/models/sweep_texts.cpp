#include "models/sweep_texts.h"

#include <QCoreApplication>
#include <QLocale>

#include "i18n/locale_text.h"
#include "widgets/config_field_texts.h"

namespace ui::models {
namespace {

QString t(const char* text) {
    return QCoreApplication::translate("Sweep", text);
}

}  // namespace

QString localeFixed(double value, int digits) {
    return i18n::number(value, digits);
}

QString localeGeneral(double value, int digits) {
    return QLocale().toString(value, 'g', digits);
}

QString sweepValueText(const core::config::FieldValue& value) {
    if (const auto* d = std::get_if<double>(&value))
        return localeGeneral(*d, 4);
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return i18n::count(*i);
    return QString::fromStdString(core::config::formatFieldValue(value));
}

QString metricLabel(core::sweep::ObjectiveMetric metric) {
    using core::sweep::ObjectiveMetric;
    switch (metric) {
        case ObjectiveMetric::ValidationRmse:
            return t(QT_TRANSLATE_NOOP("Sweep", "Validation RMSE (stars)"));
        case ObjectiveMetric::TestRmse:
            return t(QT_TRANSLATE_NOOP("Sweep", "Test RMSE (stars)"));
        case ObjectiveMetric::TestMae:
            return t(QT_TRANSLATE_NOOP("Sweep", "Test MAE (stars)"));
        case ObjectiveMetric::TestR2:
            return t(QT_TRANSLATE_NOOP("Sweep", "Test R²"));
        case ObjectiveMetric::TestPrecisionAtK:
            return t(QT_TRANSLATE_NOOP("Sweep", "Test Precision@k"));
        case ObjectiveMetric::TestNdcgAtK:
            return t(QT_TRANSLATE_NOOP("Sweep", "Test NDCG@k"));
    }
    return {};
}

QString directionLabel(core::sweep::Direction direction) {
    return direction == core::sweep::Direction::Minimize
               ? t(QT_TRANSLATE_NOOP("Sweep", "lower is better"))
               : t(QT_TRANSLATE_NOOP("Sweep", "higher is better"));
}

QString strategyLabel(core::sweep::Strategy strategy) {
    using core::sweep::Strategy;
    switch (strategy) {
        case Strategy::Grid:
            return t(QT_TRANSLATE_NOOP("Sweep", "Grid (every combination)"));
        case Strategy::Random:
            return t(QT_TRANSLATE_NOOP("Sweep", "Random search"));
        case Strategy::Tpe:
            return t(QT_TRANSLATE_NOOP("Sweep", "TPE (Bayesian)"));
    }
    return {};
}

QString terminationLabel(core::sweep::TerminationKind kind) {
    using core::sweep::TerminationKind;
    switch (kind) {
        case TerminationKind::None:
            return t(QT_TRANSLATE_NOOP("Sweep", "None"));
        case TerminationKind::Median:
            return t(QT_TRANSLATE_NOOP("Sweep", "Median stopping"));
        case TerminationKind::Asha:
            return t(QT_TRANSLATE_NOOP("Sweep", "ASHA (successive halving)"));
    }
    return {};
}

QString trainingStateLabel(core::sweep::TrainingState state) {
    using core::sweep::TrainingState;
    switch (state) {
        case TrainingState::Pending:
            return t(QT_TRANSLATE_NOOP("Sweep", "pending"));
        case TrainingState::Running:
            return t(QT_TRANSLATE_NOOP("Sweep", "running"));
        case TrainingState::Completed:
            return t(QT_TRANSLATE_NOOP("Sweep", "completed"));
        case TrainingState::Pruned:
            return t(QT_TRANSLATE_NOOP("Sweep", "pruned"));
        case TrainingState::Failed:
            return t(QT_TRANSLATE_NOOP("Sweep", "failed"));
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
