#pragma once

#include <QString>

#include "config/config_fields.h"
#include "sweep/sweep_spec.h"
#include "sweep/sweep_state.h"

namespace ui::models {

// The words and numbers of sweeps as the window shows them: translated labels of the spec's
// choices, and values in the UI language's number format (QLocale). Files (CSV, YAML, the
// report's tables of values) use core's C-locale text instead.

/// A swept value for a table or an axis: reals with 4 significant digits in the UI locale
/// ("0,001" in Spanish), integers as they are, choices as their word, lists as "[128, 64]".
QString sweepValueText(const core::config::FieldValue& value);
/// A number with `digits` digits after the decimal separator of the UI locale.
QString localeFixed(double value, int digits);
/// A number with `digits` significant digits in the UI locale.
QString localeGeneral(double value, int digits);
/// "Validation RMSE (stars)", "Test NDCG@k", …
QString metricLabel(core::sweep::ObjectiveMetric metric);
/// "lower is better" / "higher is better".
QString directionLabel(core::sweep::Direction direction);
/// "Grid", "Random", "TPE".
QString strategyLabel(core::sweep::Strategy strategy);
/// "None", "Median stopping", "ASHA (successive halving)".
QString terminationLabel(core::sweep::TerminationKind kind);
/// "pending", "running", "completed", "pruned", "failed".
QString trainingStateLabel(core::sweep::TrainingState state);
/// The configuration field's label and key, "Learning rate (training.learning_rate)".
QString fieldLabel(const QString& key);
/// A short name for a plot axis: the field's label, or its key when it has none.
QString fieldShortLabel(const QString& key);

}  // namespace ui::models
