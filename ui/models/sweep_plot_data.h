#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "sweep/sweep_state.h"

namespace ui::models {

/// One axis of the sweep plots: a swept parameter or the objective.
struct SweepAxis {
    enum class Kind {
        Linear,      ///< a linear range
        Log,         ///< a log range: positions spread evenly in log(value)
        Categorical  ///< a list of values: one position per value, in the spec's order
    };
    QString key;    ///< the configuration key, or "objective"
    QString label;  ///< short, translated
    Kind kind = Kind::Linear;
    double low = 0, high = 1;  ///< the value range (Linear, Log); 0 … n − 1 for Categorical
    QStringList categories;    ///< Categorical: each value's text

    friend bool operator==(const SweepAxis&, const SweepAxis&) = default;
};

/// One trial in the plots.
struct SweepPoint {
    int trial = 0;
    core::sweep::TrainingState state = core::sweep::TrainingState::Pending;
    /// Per parameter axis: the value (Linear, Log) or the category's index (Categorical).
    std::vector<double> values;
    std::optional<double> objective;  ///< the leaderboard's mean objective
    bool best = false;                ///< rank 1

    friend bool operator==(const SweepPoint&, const SweepPoint&) = default;
};

/// What the sweep's plots show, derived from its state: the axes from the spec and one point
/// per trial, in trial order. Plain values; the charts draw it and own no logic.
struct SweepPlotData {
    std::vector<SweepAxis> parameters;
    SweepAxis objective;  ///< Linear over the objectives present (padded when all are equal)
    core::sweep::Direction direction = core::sweep::Direction::Minimize;
    std::vector<SweepPoint> points;

    /// Completed trials with an objective: the ones ranked, coloured and analysed.
    std::vector<const SweepPoint*> completed() const;
    /// The best objective after each completed trial, as (trial, best so far).
    std::vector<std::pair<int, double>> bestSoFar() const;

    friend bool operator==(const SweepPlotData&, const SweepPlotData&) = default;
};

SweepPlotData sweepPlotData(const core::sweep::SweepState& state);

/// Where `value` lies on `axis`, 0 (low) … 1 (high); log axes in log(value). Categorical
/// axes spread their n categories evenly (a single one at 0.5).
double axisPosition(const SweepAxis& axis, double value);
/// The inverse of axisPosition (for Categorical, the nearest category's index).
double axisValue(const SweepAxis& axis, double position);

}  // namespace ui::models
