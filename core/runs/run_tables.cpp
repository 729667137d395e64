#include "runs/run_tables.h"

#include <cmath>
#include <type_traits>

#include "util/number_text.h"

namespace core::runs {
namespace {

// Splits a CSV line of plain fields (no quoting: every field we write is a number).
int splitCsv(std::string_view line, std::string_view* fields, int maxFields) {
    int n = 0;
    std::size_t start = 0;
    while (n < maxFields) {
        const auto comma = line.find(',', start);
        fields[n++] = line.substr(
            start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        if (comma == std::string_view::npos)
            return n;
        start = comma + 1;
    }
    return n + 1;  // more fields than expected
}

template <typename T>
bool parseField(std::string_view text, T* out) {
    if constexpr (std::is_same_v<T, double>)
        return util::parseDouble(text, out);
    else if constexpr (std::is_same_v<T, float>)
        return util::parseFloat(text, out);
    else
        return util::parseInteger(text, out);
}

template <typename OnLine>
bool forEachCsvRow(const std::string& text, const std::string& source, std::string* error,
                   OnLine&& onLine) {
    std::size_t start = text.find('\n');  // skip the header
    std::int64_t line = 1;
    while (start != std::string::npos && start + 1 < text.size()) {
        ++line;
        const auto end = text.find('\n', start + 1);
        std::string_view row(text.data() + start + 1,
                             (end == std::string::npos ? text.size() : end) - start - 1);
        if (!row.empty() && row.back() == '\r')
            row.remove_suffix(1);
        if (!row.empty() && !onLine(row)) {
            if (error)
                *error = source + ":" + std::to_string(line) + ": malformed row";
            return false;
        }
        start = end;
    }
    return true;
}

}  // namespace

std::string historyToCsv(const std::vector<training::EpochResult>& history) {
    std::string out =
        "epoch,train_loss,validation_loss,learning_rate,train_seconds,validation_seconds,"
        "improved,best_epoch,best_validation_loss,epochs_without_improvement\n";
    for (const auto& e : history) {
        util::appendNumber(out, e.epoch);
        for (const double v :
             {e.trainLoss, e.validationLoss, e.learningRate, e.trainSeconds, e.validationSeconds}) {
            out += ',';
            util::appendNumber(out, v);
        }
        out += e.improved ? ",1," : ",0,";
        util::appendNumber(out, e.bestEpoch);
        out += ',';
        util::appendNumber(out, e.bestValidationLoss);
        out += ',';
        util::appendNumber(out, e.epochsWithoutImprovement);
        out += '\n';
    }
    return out;
}

std::optional<std::vector<training::EpochResult>> historyFromCsv(const std::string& text,
                                                                 const std::string& source,
                                                                 std::string* error) {
    std::vector<training::EpochResult> history;
    const bool ok = forEachCsvRow(text, source, error, [&](std::string_view row) {
        std::string_view f[10];
        if (splitCsv(row, f, 10) != 10)
            return false;
        training::EpochResult e;
        int improved = 0;
        const bool parsed =
            parseField(f[0], &e.epoch) && parseField(f[1], &e.trainLoss) &&
            parseField(f[2], &e.validationLoss) && parseField(f[3], &e.learningRate) &&
            parseField(f[4], &e.trainSeconds) && parseField(f[5], &e.validationSeconds) &&
            parseField(f[6], &improved) && parseField(f[7], &e.bestEpoch) &&
            parseField(f[8], &e.bestValidationLoss) &&
            parseField(f[9], &e.epochsWithoutImprovement);
        e.improved = improved != 0;
        history.push_back(e);
        return parsed;
    });
    if (!ok)
        return std::nullopt;
    return history;
}

std::string predictionsToCsv(const metrics::TestPredictions& p) {
    std::string out = "user_id,movie_id,user_index,true_stars,predicted_norm\n";
    out.reserve(p.size() * 32);
    for (std::size_t i = 0; i < p.size(); ++i) {
        util::appendNumber(out, p.userIds[i]);
        out += ',';
        util::appendNumber(out, p.movieIds[i]);
        out += ',';
        util::appendNumber(out, p.userIndex[i]);
        out += ',';
        util::appendNumber(out, int(std::lround(p.truth[i] * 5.0f)));
        out += ',';
        util::appendNumber(out, p.predicted[i]);
        out += '\n';
    }
    return out;
}

std::optional<metrics::TestPredictions> predictionsFromCsv(const std::string& text,
                                                           const std::string& source,
                                                           std::string* error) {
    metrics::TestPredictions p;
    const bool ok = forEachCsvRow(text, source, error, [&](std::string_view row) {
        std::string_view f[5];
        std::int32_t user = 0, movie = 0, index = 0, stars = 0;
        float predicted = 0;
        if (splitCsv(row, f, 5) != 5 || !parseField(f[0], &user) || !parseField(f[1], &movie) ||
            !parseField(f[2], &index) || !parseField(f[3], &stars) ||
            !parseField(f[4], &predicted) || stars < 1 || stars > 5 || index < 0)
            return false;
        p.userIds.push_back(user);
        p.movieIds.push_back(movie);
        p.userIndex.push_back(index);
        p.truth.push_back(float(stars) / 5.0f);
        p.predicted.push_back(predicted);
        return true;
    });
    if (!ok)
        return std::nullopt;
    return p;
}

}  // namespace core::runs
