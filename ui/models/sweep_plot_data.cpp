#include "models/sweep_plot_data.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/sweep_texts.h"
#include "models/sweep_trial_model.h"

namespace ui::models {

std::vector<const SweepPoint*> SweepPlotData::completed() const {
    std::vector<const SweepPoint*> out;
    for (const auto& p : points)
        if (p.state == core::sweep::TrainingState::Completed && p.objective)
            out.push_back(&p);
    return out;
}

std::vector<std::pair<int, double>> SweepPlotData::bestSoFar() const {
    std::vector<std::pair<int, double>> out;
    const bool maximise = direction == core::sweep::Direction::Maximize;
    for (const SweepPoint* p : completed()) {
        const double v = *p->objective;
        if (out.empty() || (maximise ? v > out.back().second : v < out.back().second))
            out.emplace_back(p->trial, v);
        else
            out.emplace_back(p->trial, out.back().second);
    }
    return out;
}

SweepPlotData sweepPlotData(const core::sweep::SweepState& state) {
    SweepPlotData data;
    const auto& spec = state.spec;
    data.direction = spec.objective.direction;
    for (const auto& p : spec.parameters) {
        SweepAxis axis;
        axis.key = QString::fromStdString(p.key);
        axis.label = fieldShortLabel(axis.key);
        if (p.range) {
            axis.kind = p.range->scale == core::sweep::Scale::Log ? SweepAxis::Kind::Log
                                                                  : SweepAxis::Kind::Linear;
            axis.low = p.range->low;
            axis.high = p.range->high;
        } else {
            axis.kind = SweepAxis::Kind::Categorical;
            for (const auto& v : p.values)
                axis.categories << sweepValueText(v);
            axis.low = 0;
            axis.high = std::max(0, int(p.values.size()) - 1);
        }
        data.parameters.push_back(std::move(axis));
    }
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const auto& row : trialRows(state)) {
        SweepPoint point;
        point.trial = row.number;
        point.state = row.state;
        point.objective = row.objective;
        point.best = row.rank == 1;
        for (std::size_t i = 0; i < spec.parameters.size(); ++i) {
            const auto& p = spec.parameters[i];
            double v = std::numeric_limits<double>::quiet_NaN();
            if (i < row.values.size()) {
                const auto& value = row.values[i];
                if (!p.range) {
                    const auto it = std::find(p.values.begin(), p.values.end(), value);
                    if (it != p.values.end())
                        v = double(it - p.values.begin());
                } else if (const auto* d = std::get_if<double>(&value)) {
                    v = *d;
                } else if (const auto* n = std::get_if<std::int64_t>(&value)) {
                    v = double(*n);
                }
            }
            point.values.push_back(v);
        }
        if (point.objective) {
            low = std::min(low, *point.objective);
            high = std::max(high, *point.objective);
        }
        data.points.push_back(std::move(point));
    }
    data.objective.key = QStringLiteral("objective");
    data.objective.label = metricLabel(spec.objective.metric);
    if (low > high) {
        low = 0;
        high = 1;
    } else if (high - low < 1e-12) {
        const double pad = std::max(std::abs(low) * 0.005, 1e-6);
        low -= pad;
        high += pad;
    }
    data.objective.low = low;
    data.objective.high = high;
    return data;
}

double axisPosition(const SweepAxis& axis, double value) {
    if (!std::isfinite(value))
        return std::numeric_limits<double>::quiet_NaN();
    if (axis.kind == SweepAxis::Kind::Categorical) {
        const int n = int(axis.categories.size());
        return n <= 1 ? 0.5 : value / double(n - 1);
    }
    if (axis.kind == SweepAxis::Kind::Log && axis.low > 0 && value > 0)
        return (std::log(value) - std::log(axis.low)) / (std::log(axis.high) - std::log(axis.low));
    return axis.high > axis.low ? (value - axis.low) / (axis.high - axis.low) : 0.5;
}

double axisValue(const SweepAxis& axis, double position) {
    if (axis.kind == SweepAxis::Kind::Categorical) {
        const int n = int(axis.categories.size());
        return n <= 1 ? 0 : std::clamp(std::round(position * (n - 1)), 0.0, double(n - 1));
    }
    if (axis.kind == SweepAxis::Kind::Log && axis.low > 0)
        return std::exp(std::log(axis.low) + position * (std::log(axis.high) - std::log(axis.low)));
    return axis.low + position * (axis.high - axis.low);
}

}  // namespace ui::models
