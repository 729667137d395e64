#include "training/training_messages.h"

namespace core::training {
namespace {

enum FormId {
    LossDiverged,
    LossDivergedInBatch,
    StoppedWhileValidating,
    StoppedDuringEpoch,
    EarlyStopping,
    BeforeFirstEpoch,
    SplitTooSmall,
    LibtorchError,
    InterruptedBeforeAnEpoch,
    InterruptedBeforeAnEpochOnHost,
    InterruptedAfterEpochs,
    InterruptedAfterEpochsOnHost,
    OneEpoch,
    Epochs,
    FormCount
};

// Inside a function, so that lupdate files the templates under core::training.
const std::array<util::MessageForm, FormCount>& forms() {
    constexpr auto P = util::TextArg::Kind::Plain, C = util::TextArg::Kind::Count,
                   I = util::TextArg::Kind::Id, F = util::TextArg::Kind::Phrase;
    // clang-format off
    static const std::array<util::MessageForm, FormCount> kForms = {{
        {RW_TEXT("the training loss became {1} in epoch {2}; try a lower "
                 "training.learning_rate"), {P, I}, 0},
        {RW_TEXT("the training loss became {1} in epoch {2}, batch {3}; try a lower "
                 "training.learning_rate"), {P, I, C}, 0},
        {RW_TEXT("stopped by the user while validating epoch {1}"), {I}, 0},
        {RW_TEXT("stopped by the user during epoch {1}"), {I}, 0},
        {RW_TEXT("early stopping: no better validation loss for {1} epochs"), {C}, 0},
        {RW_TEXT("{1} (before the first epoch ended: the model holds the weights reached so "
                 "far)"), {F}, 0},
        {RW_TEXT("the split left {1} training and {2} validation ratings; training needs at "
                 "least 2 and 1"), {C, C}, 0},
        {RW_TEXT("LibTorch error: {1}"), {P}, 0},
        {RW_TEXT("training ended without finishing (its process {1} was killed or the machine "
                 "stopped) after no finished epoch"), {I}, 0},
        {RW_TEXT("training ended without finishing (its process {1} on {2} was killed or the "
                 "machine stopped) after no finished epoch"), {I, P}, 0},
        {RW_TEXT("training ended without finishing (its process {1} was killed or the machine "
                 "stopped) after {2}; best epoch {3} saved"), {I, F, I}, 0},
        {RW_TEXT("training ended without finishing (its process {1} on {2} was killed or the "
                 "machine stopped) after {3}; best epoch {4} saved"), {I, P, F, I}, 0},
        {RW_TEXT("1 epoch"), {}, 0},
        {RW_TEXT("{1} epochs"), {C}, 0},
    }};
    // clang-format on
    return kForms;
}

util::Text form(FormId id) {
    return util::Text(forms()[std::size_t(id)].pattern);
}

}  // namespace

util::Text lossDivergedMessage(const std::string& loss, int epoch) {
    return form(LossDiverged).arg(loss).id(epoch);
}

util::Text lossDivergedMessage(const std::string& loss, int epoch, std::int64_t batch) {
    return form(LossDivergedInBatch).arg(loss).id(epoch).count(batch);
}

util::Text stoppedWhileValidatingMessage(int epoch) {
    return form(StoppedWhileValidating).id(epoch);
}

util::Text stoppedDuringEpochMessage(int epoch) {
    return form(StoppedDuringEpoch).id(epoch);
}

util::Text earlyStoppingMessage(int epochsWithoutImprovement) {
    return form(EarlyStopping).count(epochsWithoutImprovement);
}

util::Text beforeFirstEpochMessage(util::Text stopped) {
    return form(BeforeFirstEpoch).phrase(std::move(stopped));
}

util::Text splitTooSmallMessage(std::int64_t train, std::int64_t validation) {
    return form(SplitTooSmall).count(train).count(validation);
}

util::Text libtorchErrorMessage(const std::string& what) {
    return form(LibtorchError).arg(what);
}

util::Text interruptedMessage(std::int64_t processId, const std::string& host, int epochs,
                              int bestEpoch) {
    if (epochs == 0)
        return host.empty() ? form(InterruptedBeforeAnEpoch).id(processId)
                            : form(InterruptedBeforeAnEpochOnHost).id(processId).arg(host);
    util::Text count = epochs == 1 ? form(OneEpoch) : form(Epochs).count(epochs);
    return host.empty() ? form(InterruptedAfterEpochs).id(processId).phrase(count).id(bestEpoch)
                        : form(InterruptedAfterEpochsOnHost)
                              .id(processId)
                              .arg(host)
                              .phrase(count)
                              .id(bestEpoch);
}

util::Text trainingMessage(std::string_view english) {
    return util::readMessage(english, forms(), trainingMessage);
}

}  // namespace core::training
