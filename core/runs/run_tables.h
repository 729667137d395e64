#pragma once

#include <optional>
#include <string>
#include <vector>

#include "metrics/test_evaluation.h"
#include "training/training_progress.h"

namespace core::runs {

// The two tables of a run folder as CSV text (header line, then plain numeric fields in the C
// locale's form), and back. Readers name the source and line of a malformed row.

/// history.csv: one row per epoch.
std::string historyToCsv(const std::vector<training::EpochResult>& history);
std::optional<std::vector<training::EpochResult>> historyFromCsv(const std::string& text,
                                                                 const std::string& source,
                                                                 std::string* error);

/// predictions.csv: every test rating with its prediction (normalised).
std::string predictionsToCsv(const metrics::TestPredictions& predictions);
std::optional<metrics::TestPredictions> predictionsFromCsv(const std::string& text,
                                                           const std::string& source,
                                                           std::string* error);

}  // namespace core::runs
