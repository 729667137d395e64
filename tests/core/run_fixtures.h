#pragma once

// A complete run record for the run-folder tests (history, predictions, metrics).

#include "runs/run_record.h"

namespace run_fixtures {
using namespace core;

inline runs::RunRecord sampleRecord(const std::filesystem::path& path) {
    runs::RunRecord r;
    r.path = path;
    r.config.training.maxEpochs = 7;
    r.summary.status = runs::RunStatus::EarlyStopped;
    r.summary.message = "early stopping: no better validation loss for 5 epochs";
    r.summary.created = "2026-11-28T04:43:00Z";
    r.summary.dataFolder = "/data/ml-1m";
    r.summary.device = training::Device::Cpu;
    r.summary.bestEpoch = 2;
    r.summary.after = {6040, 3416, 999611};
    r.summary.trainSize = 697017;
    r.summary.validationSize = 149779;
    r.summary.testSize = 152815;
    for (int e = 1; e <= 3; ++e) {
        training::EpochResult h;
        h.epoch = e;
        h.trainLoss = 0.07 / e;
        h.validationLoss = 0.05 / e + 0.001 * e;
        h.learningRate = 1e-3;
        h.trainSeconds = 1.5;
        h.improved = e < 3;
        h.bestEpoch = e < 3 ? e : 2;
        r.history.push_back(h);
    }
    auto& p = r.predictions;
    p.userIds = {1, 1, 2};
    p.movieIds = {10, 20, 10};
    p.userIndex = {0, 0, 1};
    p.truth = {1.0f, 0.4f, 0.8f};
    p.predicted = {0.87654321f, 0.5f, 0.6f};
    r.metrics = metrics::computeTestMetrics(p, r.config.evaluation);
    r.environment = {{"libtorch", "1.13"}, {"blas", "openblas"}};
    return r;
}
}  // namespace run_fixtures
