#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace core::config {

/// Which filters run before the split (the notebook's Bloque 2).
struct DataConfig {
    int minUserRatings = 5;   ///< users with fewer ratings are dropped first (count)
    int minMovieRatings = 5;  ///< then movies with fewer ratings are dropped (count)

    friend bool operator==(const DataConfig&, const DataConfig&) = default;
};

/// The per-user three-way split (the notebook's Bloque 4), scikit-learn's size rule.
struct SplitConfig {
    double holdoutFraction = 0.30;        ///< share of each user's ratings held out (ceil)
    double testFractionOfHoldout = 0.50;  ///< share of the held-out part that is test (ceil)
    std::int64_t seed = 42;               ///< `random_state` of both train_test_split calls

    friend bool operator==(const SplitConfig&, const SplitConfig&) = default;
};

/// The model: the notebook's NeuMFEnhanced (its Bloque 5) or a baseline.
struct ModelConfig {
    std::string kind = "neumf";           ///< neumf | autorec | biased_mf | biases | global_mean
    int userEmbeddingDim = 32;            ///< user id embedding width; user features map to it too
    int movieEmbeddingDim = 32;           ///< movie id embedding width
    int movieFeatureDim = 16;             ///< width of the genre multi-hot projection
    std::vector<int> mlpLayers{128, 64};  ///< hidden widths, each Linear→BatchNorm→ReLU→Dropout
    double dropout = 0.3;                 ///< dropout probability after each hidden layer
    int factors = 32;                     ///< biased_mf: width of the user and movie factors
    double biasRegularization = 10;       ///< biases: λ of the closed form, in ratings
    int autorecHidden = 500;              ///< autorec: sigmoid units of the hidden layer
    int autorecBatchMovies = 256;         ///< autorec: movies per optimizer step
    int ensembleAutorecPasses = 2;        ///< ensemble: AutoRec's passes over the movies per epoch

    friend bool operator==(const ModelConfig&, const ModelConfig&) = default;
};

/// Optimisation (the notebook's Bloque 6).
struct TrainingConfig {
    int batchSize = 512;         ///< training rows per optimizer step
    int maxEpochs = 30;          ///< upper bound on epochs
    double learningRate = 1e-3;  ///< Adam's initial step size
    double weightDecay = 1e-5;   ///< L2 penalty added to the gradient (Adam's weight_decay)
    double adamBeta1 = 0.9;      ///< Adam first-moment decay
    double adamBeta2 = 0.999;    ///< Adam second-moment decay
    double adamEpsilon = 1e-8;   ///< Adam denominator guard
    std::int64_t seed = 0;       ///< weight initialisation, shuffling and dropout
    /// dense: every parameter each step, as the notebook; lazy: the embedding rows a batch
    /// touches only (the fused step; an epoch then grows linearly with the data)
    std::string adam = "dense";

    friend bool operator==(const TrainingConfig&, const TrainingConfig&) = default;
};

/// ReduceLROnPlateau on validation loss, PyTorch's defaults where the notebook is silent.
struct SchedulerConfig {
    double factor = 0.5;           ///< multiplier applied to the learning rate on a plateau
    int patience = 2;              ///< epochs without improvement before the rate drops
    double threshold = 1e-4;       ///< relative improvement needed to count as better
    double minLearningRate = 0.0;  ///< floor for the learning rate

    friend bool operator==(const SchedulerConfig&, const SchedulerConfig&) = default;
};

/// Early stopping on validation loss.
struct EarlyStoppingConfig {
    int patience = 5;  ///< epochs without a new best validation loss before stopping

    friend bool operator==(const EarlyStoppingConfig&, const EarlyStoppingConfig&) = default;
};

/// Test-set ranking metrics (the notebook's Precision@10 / NDCG@10 cell).
struct EvaluationConfig {
    int k = 10;                       ///< cut-off of the ranking metrics and top-k tables
    double relevanceThreshold = 0.8;  ///< normalised rating (stars / 5) counted as relevant
    int batchSize = 8192;             ///< rows per inference batch (does not change results)

    friend bool operator==(const EvaluationConfig&, const EvaluationConfig&) = default;
};

/// Where and how the work runs.
struct RuntimeConfig {
    std::string device = "auto";        ///< auto | cpu | cuda
    int threads = 0;                    ///< CPU threads; 0 = all cores
    std::string trainingStep = "auto";  ///< auto | fused | autograd (see README)

    friend bool operator==(const RuntimeConfig&, const RuntimeConfig&) = default;
};

/// One experiment: everything that decides a training run's result.
/// Defaults are the seed notebook's values. Plain value type, cheap to copy.
struct ExperimentConfig {
    DataConfig data;
    SplitConfig split;
    ModelConfig model;
    TrainingConfig training;
    SchedulerConfig scheduler;
    EarlyStoppingConfig earlyStopping;
    EvaluationConfig evaluation;
    RuntimeConfig runtime;

    friend bool operator==(const ExperimentConfig&, const ExperimentConfig&) = default;
};

}  // namespace core::config
