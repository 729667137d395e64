#pragma once

#include <QPointF>
#include <QVector>

#include <vector>

#include "training/training_progress.h"

namespace ui::models {

/// The points of a training run's loss curves: one entry per finished epoch, and the
/// running mean batch loss inside epochs (x = epoch − 1 + fraction done). Charts read it;
/// it holds no Qt widgets. GUI thread only.
class TrainingHistory {
public:
    void clear();
    void addBatch(const core::training::BatchProgress& progress);
    void addEpoch(const core::training::EpochResult& result);
    void setEpochs(const std::vector<core::training::EpochResult>& epochs);

    const std::vector<core::training::EpochResult>& epochs() const { return m_epochs; }
    QVector<QPointF> trainLoss() const;
    QVector<QPointF> validationLoss() const;
    QVector<QPointF> learningRate() const;
    const QVector<QPointF>& runningLoss() const { return m_running; }
    /// Bumped on every change, so a timer can skip pushes when nothing changed.
    int revision() const { return m_revision; }

private:
    std::vector<core::training::EpochResult> m_epochs;
    QVector<QPointF> m_running;
    int m_revision = 0;
};

}  // namespace ui::models
