#include "models/training_history.h"

#include <cmath>

namespace ui::models {

void TrainingHistory::clear() {
    m_epochs.clear();
    m_running.clear();
    ++m_revision;
}

void TrainingHistory::addBatch(const core::training::BatchProgress& p) {
    if (std::isnan(p.runningLoss) || p.batchesPerEpoch <= 0)
        return;
    m_running.append(
        {double(p.epoch - 1) + double(p.batch) / double(p.batchesPerEpoch), p.runningLoss});
    ++m_revision;
}

void TrainingHistory::addEpoch(const core::training::EpochResult& r) {
    m_epochs.push_back(r);
    ++m_revision;
}

void TrainingHistory::setEpochs(const std::vector<core::training::EpochResult>& epochs) {
    m_epochs = epochs;
    m_running.clear();
    ++m_revision;
}

QVector<QPointF> TrainingHistory::trainLoss() const {
    QVector<QPointF> points;
    for (const auto& e : m_epochs)
        points.append({double(e.epoch), e.trainLoss});
    return points;
}

QVector<QPointF> TrainingHistory::validationLoss() const {
    QVector<QPointF> points;
    for (const auto& e : m_epochs)
        points.append({double(e.epoch), e.validationLoss});
    return points;
}

QVector<QPointF> TrainingHistory::learningRate() const {
    // One point per epoch: the rate after that epoch's scheduler step, i.e. the rate that the
    // next epoch trains with (history.csv's learning_rate column).
    QVector<QPointF> points;
    for (const auto& e : m_epochs)
        points.append({double(e.epoch), e.learningRate});
    return points;
}

}  // namespace ui::models
