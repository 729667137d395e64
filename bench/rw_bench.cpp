// Times this project's pipeline stage by stage on an ml-1m folder and writes JSON:
//   rw_bench --data DIR [--epochs N] [--steps fused,autograd] [--threads N] [--json OUT]
//            [--device cpu|cuda] [--batch N] [--evaluate yes] [--adam dense|lazy]
// Stages: load (read + parse + validate the three files), prepare (filters, factorize,
// features), split (per-user three-way split), then N training epochs per step kind with
// validation, then (with --evaluate) the test set's predictions and metrics with the last
// model. Peak resident memory is read from getrusage after each stage.

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "data/movielens_reader.h"
#include "data/per_user_split.h"
#include "data/prepared_dataset.h"
#include "metrics/test_evaluation.h"
#include "runs/environment_facts.h"
#include "training/trainer.h"
#include "util/json.h"

#if defined(__unix__)
#include <sys/resource.h>
#endif

using namespace core;
using util::Json;

namespace {

double seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

class EpochSink : public training::ProgressSink {
public:
    void epochFinished(const training::EpochResult& r) override {
        std::cerr << "  epoch " << r.epoch << ": train " << r.trainSeconds << " s, validation "
                  << r.validationSeconds << " s, train loss " << r.trainLoss << ", val loss "
                  << r.validationLoss << "\n";
    }
};

double peakResidentMiB() {
#if defined(__unix__)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
#else
    return 0;
#endif
}

}  // namespace

int main(int argc, char** argv) {
    std::string dataDir, jsonOut, steps = "fused,autograd", device = "cpu", adam = "dense";
    int epochs = 3, threads = 0, batch = 512;
    bool evaluate = false;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i], value = argv[i + 1];
        if (key == "--data")
            dataDir = value;
        else if (key == "--epochs")
            epochs = std::stoi(value);
        else if (key == "--steps")
            steps = value;
        else if (key == "--threads")
            threads = std::stoi(value);
        else if (key == "--json")
            jsonOut = value;
        else if (key == "--device")
            device = value;
        else if (key == "--batch")
            batch = std::stoi(value);
        else if (key == "--adam")
            adam = value;
        else if (key == "--evaluate")
            evaluate = value == "1" || value == "yes";
    }
    if (dataDir.empty()) {
        std::cerr << "usage: rw_bench --data DIR [--epochs N] [--steps fused,autograd] [--threads "
                     "N] [--json OUT] [--batch N] [--evaluate yes] [--adam dense|lazy]\n";
        return 2;
    }

    Json out = Json::object();
    auto t = std::chrono::steady_clock::now();
    const auto load = data::loadMovieLens(dataDir);
    const double loadSeconds = seconds(t);
    if (!load.ok()) {
        std::cerr << load.report.summary();
        return 3;
    }
    out["peak_rss_after_load_mib"] = peakResidentMiB();
    config::ExperimentConfig config;
    t = std::chrono::steady_clock::now();
    const auto prepared = data::prepareDataset(load.data, config.data);
    const double prepareSeconds = seconds(t);
    out["peak_rss_after_prepare_mib"] = peakResidentMiB();
    t = std::chrono::steady_clock::now();
    const auto split = data::splitPerUser(prepared, config.split);
    const double splitSeconds = seconds(t);
    out["peak_rss_after_split_mib"] = peakResidentMiB();
    std::cerr << "load " << loadSeconds << " s, prepare " << prepareSeconds << " s, split "
              << splitSeconds << " s: train " << split.train.size() << " / validation "
              << split.validation.size() << " / test " << split.test.size() << "\n";
    out["load_s"] = loadSeconds;
    out["prepare_s"] = prepareSeconds;
    out["split_s"] = splitSeconds;
    out["pipeline_s"] = loadSeconds + prepareSeconds + splitSeconds;
    out["sizes"] = Json{{"users", prepared.after.users},
                        {"movies", prepared.after.movies},
                        {"ratings", prepared.after.ratings},
                        {"train", std::int64_t(split.train.size())},
                        {"validation", std::int64_t(split.validation.size())},
                        {"test", std::int64_t(split.test.size())}};

    Json runs = Json::object();
    std::stringstream kinds(steps);
    std::string kind;
    while (std::getline(kinds, kind, ',')) {
        auto c = config;
        c.training.maxEpochs = epochs;
        c.earlyStopping.patience = epochs + 1;
        c.runtime.device = device;
        c.training.batchSize = batch;
        c.training.adam = adam;
        c.runtime.threads = threads;
        c.runtime.trainingStep = kind;
        std::cerr << kind << " step:\n";
        EpochSink sink;
        const auto outcome = training::trainModel(c, prepared, split, sink);
        if (outcome.status == training::TrainingStatus::Failed) {
            std::cerr << outcome.message << "\n";
            return 1;
        }
        Json train = Json::array(), validation = Json::array(), trainLoss = Json::array(),
             valLoss = Json::array();
        for (const auto& e : outcome.history) {
            train.push_back(e.trainSeconds);
            validation.push_back(e.validationSeconds);
            trainLoss.push_back(e.trainLoss);
            valLoss.push_back(e.validationLoss);
        }
        runs[kind] = Json{{"epoch_train_s", train},
                          {"epoch_validation_s", validation},
                          {"train_loss", trainLoss},
                          {"validation_loss", valLoss},
                          {"threads", outcome.device.threads},
                          {"device", outcome.device.name},
                          {"batch_size", batch},
                          {"total_s", outcome.seconds}};
        if (evaluate && outcome.model) {
            t = std::chrono::steady_clock::now();
            const auto predictions =
                metrics::predictRows(*outcome.model, prepared, split.test, 4096);
            const double predictSeconds = seconds(t);
            t = std::chrono::steady_clock::now();
            const auto metrics = metrics::computeTestMetrics(predictions, config.evaluation);
            runs[kind]["test_predict_s"] = predictSeconds;
            runs[kind]["test_metrics_s"] = seconds(t);
            runs[kind]["test_rmse_stars"] = metrics.regression.rmseStars();
            std::cerr << "  test: predict " << predictSeconds << " s, metrics "
                      << runs[kind]["test_metrics_s"].get<double>() << " s\n";
        }
        runs[kind]["peak_rss_after_mib"] = peakResidentMiB();
    }
    out["runs"] = runs;
    out["peak_rss_mib"] = peakResidentMiB();
    out["blas"] = runs::loadedBlas();
    const auto text = out.dump(2) + "\n";
    if (jsonOut.empty()) {
        std::cout << text;
    } else {
        std::ofstream(jsonOut) << text;
    }
    return 0;
}
