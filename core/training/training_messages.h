#pragma once

#include <string>
#include <string_view>

#include "util/text.h"

namespace core::training {

// Why training ended, as messages: trainModel stores their English text (run.json's "message",
// the CLI prints it), and trainingMessage() reads that text back for a UI to translate.

util::Text lossDivergedMessage(const std::string& loss, int epoch);
util::Text lossDivergedMessage(const std::string& loss, int epoch, std::int64_t batch);
util::Text stoppedWhileValidatingMessage(int epoch);
util::Text stoppedDuringEpochMessage(int epoch);
util::Text earlyStoppingMessage(int epochsWithoutImprovement);
/// `stopped` followed by the note that no epoch had ended.
util::Text beforeFirstEpochMessage(util::Text stopped);
util::Text splitTooSmallMessage(std::int64_t train, std::int64_t validation);
util::Text libtorchErrorMessage(const std::string& what);
/// A run whose process went away while training (its lock was free): which process, on which
/// host ("" when not recorded), how far it got.
util::Text interruptedMessage(std::int64_t processId, const std::string& host, int epochs,
                              int bestEpoch);

/// A stored message read back into the Text it was written from ("{1}" with the text as it is
/// when it is none of the above). Thread-safe.
util::Text trainingMessage(std::string_view english);

}  // namespace core::training
