#include "widgets/config_field_texts.h"

#include <QCoreApplication>
#include <QHash>

namespace ui::widgets {
namespace {

QString t(const char* text) {
    return QCoreApplication::translate("ConfigField", text);
}

}  // namespace

FieldText fieldText(const QString& key) {
    // clang-format off
    static const QHash<QString, std::pair<const char*, const char*>> texts = {
        {"data.min_user_ratings", {QT_TRANSLATE_NOOP("ConfigField", "Min. ratings per user"), QT_TRANSLATE_NOOP("ConfigField", "Users with fewer ratings are removed first. Unit: ratings.")}},
        {"data.min_movie_ratings", {QT_TRANSLATE_NOOP("ConfigField", "Min. ratings per movie"), QT_TRANSLATE_NOOP("ConfigField", "Then movies with fewer ratings are removed (one pass each, as the notebook). Unit: ratings.")}},
        {"split.holdout_fraction", {QT_TRANSLATE_NOOP("ConfigField", "Held-out fraction"), QT_TRANSLATE_NOOP("ConfigField", "Share of each user's ratings kept out of training, rounded up per user (scikit-learn's rule).")}},
        {"split.test_fraction_of_holdout", {QT_TRANSLATE_NOOP("ConfigField", "Test share of held-out"), QT_TRANSLATE_NOOP("ConfigField", "Share of the held-out ratings used for test, rounded up; the rest is validation.")}},
        {"split.seed", {QT_TRANSLATE_NOOP("ConfigField", "Split seed"), QT_TRANSLATE_NOOP("ConfigField", "random_state of the per-user train_test_split calls (the notebook uses 42).")}},
        {"model.kind", {QT_TRANSLATE_NOOP("ConfigField", "Model"), QT_TRANSLATE_NOOP("ConfigField", "neumf: the notebook's NeuMFEnhanced. ensemble: the most accurate, neumf and autorec trained side by side, predicting their mean. autorec: I-AutoRec, each movie's ratings by all users encoded and decoded back. Baselines: biased_mf (user and movie factors' dot product plus biases, trained like neumf), biases (training mean plus regularised user and movie biases, closed form), global_mean (the training mean).")}},
        {"model.user_embedding_dim", {QT_TRANSLATE_NOOP("ConfigField", "User embedding size"), QT_TRANSLATE_NOOP("ConfigField", "Width of the user id embedding; the user features are projected to the same width. Unit: dimensions.")}},
        {"model.movie_embedding_dim", {QT_TRANSLATE_NOOP("ConfigField", "Movie embedding size"), QT_TRANSLATE_NOOP("ConfigField", "Width of the movie id embedding. Unit: dimensions.")}},
        {"model.movie_feature_dim", {QT_TRANSLATE_NOOP("ConfigField", "Genre projection size"), QT_TRANSLATE_NOOP("ConfigField", "Width of the projection of the 18-genre multi-hot vector. Unit: dimensions.")}},
        {"model.mlp_layers", {QT_TRANSLATE_NOOP("ConfigField", "Hidden layers"), QT_TRANSLATE_NOOP("ConfigField", "Widths of the fusion MLP's hidden layers, comma-separated; each is Linear, BatchNorm, ReLU, Dropout.")}},
        {"model.dropout", {QT_TRANSLATE_NOOP("ConfigField", "Dropout"), QT_TRANSLATE_NOOP("ConfigField", "Probability of zeroing a hidden unit while training.")}},
        {"model.factors", {QT_TRANSLATE_NOOP("ConfigField", "Factors (biased_mf)"), QT_TRANSLATE_NOOP("ConfigField", "biased_mf only: width of the user and movie factor vectors. Unit: dimensions.")}},
        {"model.bias_regularization", {QT_TRANSLATE_NOOP("ConfigField", "Bias regularisation (biases)"), QT_TRANSLATE_NOOP("ConfigField", "biases only: λ of the closed form, bias = Σ residual / (λ + count); larger pulls rare users and movies towards the mean. Unit: ratings.")}},
        {"model.autorec_hidden", {QT_TRANSLATE_NOOP("ConfigField", "Hidden units (autorec)"), QT_TRANSLATE_NOOP("ConfigField", "autorec and ensemble: sigmoid units that encode a movie's ratings by all users. Unit: units.")}},
        {"model.autorec_batch_movies", {QT_TRANSLATE_NOOP("ConfigField", "Movies per step (autorec)"), QT_TRANSLATE_NOOP("ConfigField", "autorec and ensemble: movies per optimizer step of the autorec model, each with all its training ratings; the batch size does not apply to it. Unit: movies.")}},
        {"model.ensemble_autorec_passes", {QT_TRANSLATE_NOOP("ConfigField", "AutoRec passes per epoch (ensemble)"), QT_TRANSLATE_NOOP("ConfigField", "ensemble only: passes of the autorec member over all movies in each epoch; it needs about twice as many epochs as neumf to converge. Unit: passes.")}},
        {"training.batch_size", {QT_TRANSLATE_NOOP("ConfigField", "Batch size"), QT_TRANSLATE_NOOP("ConfigField", "Training ratings per optimizer step (at least 2: BatchNorm needs a batch). Unit: ratings.")}},
        {"training.max_epochs", {QT_TRANSLATE_NOOP("ConfigField", "Max. epochs"), QT_TRANSLATE_NOOP("ConfigField", "Upper bound on passes over the training set. Unit: epochs.")}},
        {"training.learning_rate", {QT_TRANSLATE_NOOP("ConfigField", "Learning rate"), QT_TRANSLATE_NOOP("ConfigField", "Adam's initial step size.")}},
        {"training.weight_decay", {QT_TRANSLATE_NOOP("ConfigField", "Weight decay"), QT_TRANSLATE_NOOP("ConfigField", "L2 penalty added to every gradient (Adam's weight_decay).")}},
        {"training.adam_beta1", {QT_TRANSLATE_NOOP("ConfigField", "Adam β1"), QT_TRANSLATE_NOOP("ConfigField", "Decay rate of Adam's first moment.")}},
        {"training.adam_beta2", {QT_TRANSLATE_NOOP("ConfigField", "Adam β2"), QT_TRANSLATE_NOOP("ConfigField", "Decay rate of Adam's second moment.")}},
        {"training.adam_epsilon", {QT_TRANSLATE_NOOP("ConfigField", "Adam ε"), QT_TRANSLATE_NOOP("ConfigField", "Small constant in Adam's denominator.")}},
        {"training.seed", {QT_TRANSLATE_NOOP("ConfigField", "Training seed"), QT_TRANSLATE_NOOP("ConfigField", "Seed of weight initialisation, shuffling and dropout.")}},
        {"scheduler.factor", {QT_TRANSLATE_NOOP("ConfigField", "LR reduction factor"), QT_TRANSLATE_NOOP("ConfigField", "The learning rate is multiplied by this when validation loss plateaus.")}},
        {"scheduler.patience", {QT_TRANSLATE_NOOP("ConfigField", "LR patience"), QT_TRANSLATE_NOOP("ConfigField", "Epochs without improvement before the learning rate is reduced. Unit: epochs.")}},
        {"scheduler.threshold", {QT_TRANSLATE_NOOP("ConfigField", "LR threshold"), QT_TRANSLATE_NOOP("ConfigField", "Relative decrease of validation loss that counts as an improvement.")}},
        {"scheduler.min_learning_rate", {QT_TRANSLATE_NOOP("ConfigField", "Min. learning rate"), QT_TRANSLATE_NOOP("ConfigField", "The learning rate never drops below this.")}},
        {"early_stopping.patience", {QT_TRANSLATE_NOOP("ConfigField", "Early-stopping patience"), QT_TRANSLATE_NOOP("ConfigField", "Training stops after this many epochs without a new best validation loss. Unit: epochs.")}},
        {"evaluation.k", {QT_TRANSLATE_NOOP("ConfigField", "k (top-k)"), QT_TRANSLATE_NOOP("ConfigField", "Cut-off of Precision@k, NDCG@k and the per-user tables. Unit: items.")}},
        {"evaluation.relevance_threshold", {QT_TRANSLATE_NOOP("ConfigField", "Relevance threshold"), QT_TRANSLATE_NOOP("ConfigField", "A test rating at or above this normalised value counts as relevant (0.8 = 4 stars).")}},
        {"evaluation.batch_size", {QT_TRANSLATE_NOOP("ConfigField", "Inference batch size"), QT_TRANSLATE_NOOP("ConfigField", "Ratings per prediction batch; changes speed and memory, not results. Unit: ratings.")}},
        {"runtime.device", {QT_TRANSLATE_NOOP("ConfigField", "Device"), QT_TRANSLATE_NOOP("ConfigField", "Where training runs: auto picks CUDA when LibTorch sees a GPU.")}},
        {"runtime.threads", {QT_TRANSLATE_NOOP("ConfigField", "CPU threads"), QT_TRANSLATE_NOOP("ConfigField", "Threads for LibTorch and BLAS; 0 = automatic (1 for the fused step, which leaves a core to this window).")}},
        {"training.adam", {QT_TRANSLATE_NOOP("ConfigField", "Adam update"), QT_TRANSLATE_NOOP("ConfigField", "dense: every parameter each step, as the notebook; lazy: only the embedding rows of the batch's users and movies (the fused step; an epoch grows linearly with the data, much faster on MovieLens 25M; no longer the notebook's arithmetic).")}},
        {"runtime.training_step", {QT_TRANSLATE_NOOP("ConfigField", "Training step"), QT_TRANSLATE_NOOP("ConfigField", "fused: hand-written CPU kernels (fastest on CPU); autograd: LibTorch's autograd (CPU or CUDA), with the notebook's random streams, so a seeded run repeats the notebook's bit for bit; auto picks.")}},
    };
    // clang-format on
    const auto it = texts.find(key);
    if (it == texts.end())
        return {};
    return {t(it->first), t(it->second)};
}

QString groupTitle(const QString& group) {
    if (group == "data")
        return QCoreApplication::translate("ConfigField", "Data filters");
    if (group == "split")
        return QCoreApplication::translate("ConfigField", "Split");
    if (group == "model")
        return QCoreApplication::translate("ConfigField", "Model");
    if (group == "training")
        return QCoreApplication::translate("ConfigField", "Optimisation");
    if (group == "scheduler")
        return QCoreApplication::translate("ConfigField", "Learning-rate schedule");
    if (group == "early_stopping")
        return QCoreApplication::translate("ConfigField", "Stopping");
    if (group == "evaluation")
        return QCoreApplication::translate("ConfigField", "Evaluation");
    if (group == "runtime")
        return QCoreApplication::translate("ConfigField", "Device");
    return group;
}

}  // namespace ui::widgets
