#include "data/synthetic_movielens.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numeric>

#include "data/text_encoding.h"
#include "util/atomic_file.h"
#include "util/number_text.h"

namespace core::data {
namespace {

// xoshiro256** seeded by splitmix64: fixed arithmetic, identical output on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed) {
        for (auto& s : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = z ^ (z >> 31);
        }
    }
    std::uint64_t next() {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    double normal() {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    std::int64_t below(std::int64_t n) { return std::int64_t(uniform() * double(n)); }
    template <std::size_t N>
    int weighted(const std::array<double, N>& weights) {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (std::size_t i = 0; i < N; ++i) {
            if (x < weights[i])
                return int(i);
            x -= weights[i];
        }
        return int(N - 1);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_state{};
};

// ml-1m's marginals.
constexpr std::array<double, 7> kAgeWeights = {222, 1103, 2096, 1193, 550, 496, 380};
constexpr std::array<double, 21> kOccupationWeights = {711, 528, 267, 173, 759, 112, 236,
                                                       679, 17,  92,  195, 129, 388, 142,
                                                       302, 144, 241, 502, 70,  72,  281};
// Genre frequencies in kGenreNames order.
constexpr std::array<double, 18> kGenreWeights = {503, 283, 105, 251, 1200, 211, 127, 1603, 68,
                                                  44,  343, 114, 106, 471,  276, 492, 143,  68};
constexpr std::array<double, 5> kStarShares = {0.0562, 0.1075, 0.2613, 0.3489, 0.2261};

constexpr std::array<const char*, 40> kWords = {
    "River",     "Night",   "Summer", "Shadow",   "Heart",    "City",    "Dream",    "Stranger",
    "Road",      "Fire",    "Secret", "Island",   "Winter",   "Garden",  "Storm",    "Mirror",
    "Silence",   "Kingdom", "Angel",  "Ghost",    "Wild",     "Last",    "Lost",     "Blue",
    "Dark",      "Golden",  "Broken", "Silent",   "Long",     "Little",  "Big",      "Crazy",
    "Dangerous", "Perfect", "Hidden", "American", "Midnight", "Forever", "Paradise", "Journey"};
// Latin-1 words (UTF-8 here; written to movies.dat as Latin-1).
constexpr std::array<const char*, 14> kAccentedWords = {
    "Misérables", "Café",   "Amélie", "Señor",    "Niño",      "Über",   "Déjà Vu",
    "Noël",       "Garçon", "Zürich", "Fräulein", "São Paulo", "Mañana", "Crème"};
constexpr std::array<const char*, 4> kArticles = {"The", "A", "Les", "La"};

std::string makeTitle(Random& rng, int year) {
    std::string title;
    if (rng.uniform() < 0.04) {
        title = kAccentedWords[std::size_t(rng.below(kAccentedWords.size()))];
        title += std::string(", ") + kArticles[std::size_t(2 + rng.below(2))];
    } else {
        title = kWords[std::size_t(rng.below(kWords.size()))];
        title += std::string(" ") + kWords[std::size_t(rng.below(kWords.size()))];
        if (rng.uniform() < 0.3)
            title += std::string(", ") + kArticles[std::size_t(rng.below(2))];
    }
    return title + " (" + std::to_string(year) + ")";
}

// Genres a user of this gender and age leans towards (+) or away from (−).
double demographicAffinity(int gender, int age, int genre) {
    const auto& name = kGenreNames[std::size_t(genre)];
    double a = 0;
    const bool male = gender == 1;
    if (name == "Action" || name == "Sci-Fi" || name == "War" || name == "Thriller")
        a += male ? 0.25 : -0.2;
    if (name == "Romance" || name == "Musical" || name == "Children's")
        a += male ? -0.2 : 0.3;
    if (age <= 18 && (name == "Animation" || name == "Comedy" || name == "Horror"))
        a += 0.3;
    if (age >= 45 && (name == "Drama" || name == "Film-Noir" || name == "Western" || name == "War"))
        a += 0.35;
    if (name == "Documentary" || name == "Film-Noir")
        a += 0.2;  // niche genres rate high
    if (name == "Horror")
        a -= 0.25;
    return a;
}

}  // namespace

std::optional<SyntheticSpec> syntheticPreset(const std::string& name) {
    if (name == "full")
        return SyntheticSpec{};
    if (name == "sample")
        return SyntheticSpec{1000, 1200, 60'000, 7, 8};
    if (name == "tiny")
        return SyntheticSpec{120, 150, 6'000, 3, 4};
    return std::nullopt;
}

MovieLensData generateSyntheticMovieLens(const SyntheticSpec& spec) {
    Random rng(spec.seed);
    const int d = std::max(1, spec.latentDim);
    const auto U = std::size_t(std::max(1, spec.users));
    const auto M = std::size_t(std::max(1, spec.movies));
    MovieLensData data;

    // Users: demographics, taste factors, bias, genre affinity.
    std::vector<double> userFactor(U * std::size_t(d)), userBias(U), userGenre(U * 18);
    for (std::size_t u = 0; u < U; ++u) {
        UserRecord user;
        user.id = std::int32_t(u + 1);
        user.gender = rng.uniform() < 0.717 ? 1 : 0;
        user.age = kAgeBuckets[std::size_t(rng.weighted(kAgeWeights))];
        user.occupation = rng.weighted(kOccupationWeights);
        char zip[6];
        for (char& c : zip)
            c = char('0' + rng.below(10));
        user.zip.assign(zip, 5);
        for (int k = 0; k < d; ++k)
            userFactor[u * std::size_t(d) + std::size_t(k)] = 0.4 * rng.normal();
        userBias[u] = 0.4 * rng.normal();
        for (int g = 0; g < 18; ++g)
            userGenre[u * 18 + std::size_t(g)] =
                demographicAffinity(user.gender, user.age, g) + 0.25 * rng.normal();
        data.users.push_back(std::move(user));
    }

    // Movies: ids with gaps like ml-1m's 1…3952, year, title, genres, factors, popularity.
    std::vector<double> movieFactor(M * std::size_t(d)), movieBias(M), popularity(M);
    std::int32_t nextId = 1;
    for (std::size_t m = 0; m < M; ++m) {
        MovieRecord movie;
        movie.id = nextId;
        nextId += 1 + (rng.uniform() < 0.018 ? 1 : 0);
        movie.year = 2000 - std::min(80, int(-12.0 * std::log(1.0 - rng.uniform())));
        movie.title = makeTitle(rng, movie.year);
        const int genreCount = 1 + rng.weighted(std::array<double, 3>{0.5, 0.35, 0.15});
        auto weights = kGenreWeights;
        for (int k = 0; k < genreCount; ++k) {
            const int g = rng.weighted(weights);
            movie.genreMask |= 1u << g;
            weights[std::size_t(g)] = 0;
        }
        for (int k = 0; k < d; ++k)
            movieFactor[m * std::size_t(d) + std::size_t(k)] = 0.4 * rng.normal();
        // Log-normal popularity with an obscure tail (about 10% of titles almost never rated),
        // which is what leaves ml-1m with 3,706 rated movies and 3,416 of them with ≥ 5 ratings.
        popularity[m] = std::exp(1.3 * rng.normal()) *
                        (rng.uniform() < 0.10 ? 0.0002 + 0.006 * rng.uniform() : 1.0);
        movieBias[m] = 0.6 * rng.normal() + 0.08 * std::log(popularity[m]);
        data.movies.push_back(std::move(movie));
    }

    // Activity: heavy-tailed, at least 20 ratings (fewer only when the size forces it).
    const auto total = std::int64_t(std::min<double>(double(spec.ratings), double(U) * double(M)));
    const std::int64_t floorCount =
        std::min<std::int64_t>({20, total / std::int64_t(U), std::int64_t(M)});
    std::vector<double> raw(U);
    for (auto& r : raw)
        r = std::exp(1.1 * rng.normal());
    const double rawSum = std::accumulate(raw.begin(), raw.end(), 0.0);
    // No one rates more than 60% of the catalogue (ml-1m's busiest user: 2,314 of 3,883),
    // unless the requested size leaves no other way.
    const std::int64_t cap = std::max<std::int64_t>(
        std::int64_t(0.6 * double(M)), (total + std::int64_t(U) - 1) / std::int64_t(U));
    const std::int64_t ceiling = std::min<std::int64_t>(cap, std::int64_t(M));
    std::vector<std::int64_t> count(U);
    std::int64_t assigned = 0;
    for (std::size_t u = 0; u < U; ++u) {
        count[u] = std::min<std::int64_t>(
            ceiling, floorCount + std::int64_t(double(total - floorCount * std::int64_t(U)) *
                                               raw[u] / rawSum));
        assigned += count[u];
    }
    for (std::size_t u = 0; assigned < total; u = (u + 1) % U)
        if (count[u] < ceiling) {  // U · ceiling ≥ total, so this ends
            ++count[u];
            ++assigned;
        }

    // Each user's movies: weighted sampling without replacement (exponential keys).
    struct Pending {
        std::int32_t user, movie;
        double score;
        std::int64_t time;
    };
    std::vector<Pending> pending;
    pending.reserve(std::size_t(total));
    std::vector<std::pair<double, std::int32_t>> keys(M);
    constexpr std::int64_t kFirstDay = 956'620'800;   // 2000-04-25
    constexpr std::int64_t kLastDay = 1'046'390'400;  // 2003-02-28
    for (std::size_t u = 0; u < U; ++u) {
        for (std::size_t m = 0; m < M; ++m)
            keys[m] = {-std::log(1.0 - rng.uniform()) / popularity[m], std::int32_t(m)};
        const auto n = std::size_t(count[u]);
        std::nth_element(keys.begin(), keys.begin() + std::ptrdiff_t(n - 1), keys.end());
        std::int64_t t = kFirstDay + std::int64_t(-60.0 * 86400.0 * std::log(1.0 - rng.uniform()));
        for (std::size_t i = 0; i < n; ++i) {
            const auto m = std::size_t(keys[i].second);
            double s = userBias[u] + movieBias[m] + 0.45 * rng.normal();
            for (int k = 0; k < d; ++k)
                s += userFactor[u * std::size_t(d) + std::size_t(k)] *
                     movieFactor[m * std::size_t(d) + std::size_t(k)];
            int genres = 0;
            double affinity = 0;
            for (int g = 0; g < 18; ++g)
                if (data.movies[m].genreMask & (1u << g)) {
                    affinity += userGenre[u * 18 + std::size_t(g)];
                    ++genres;
                }
            s += genres ? affinity / genres : 0.0;
            const double gap = rng.uniform();
            t += gap < 0.05 ? 0 : gap < 0.9 ? 1 + rng.below(120) : 3600 + rng.below(5 * 86400);
            pending.push_back({std::int32_t(u), std::int32_t(m), s, std::min(t, kLastDay)});
        }
        // ml-1m lists a user's ratings in no particular time order.
        for (std::size_t i = n; i > 1; --i)
            std::swap(pending[pending.size() - n + i - 1],
                      pending[pending.size() - n + std::size_t(rng.below(std::int64_t(i)))]);
    }

    // Stars: global score quantiles matching ml-1m's star shares.
    std::vector<double> scores(pending.size());
    for (std::size_t i = 0; i < pending.size(); ++i)
        scores[i] = pending[i].score;
    std::array<double, 4> cut{};
    double share = 0;
    for (int s = 0; s < 4; ++s) {
        share += kStarShares[std::size_t(s)];
        const auto at = std::min(scores.size() - 1, std::size_t(share * double(scores.size())));
        std::nth_element(scores.begin(), scores.begin() + std::ptrdiff_t(at), scores.end());
        cut[std::size_t(s)] = scores[at];
    }
    data.ratings.reserve(pending.size());
    for (const auto& p : pending) {
        std::uint8_t stars = 5;
        for (int s = 0; s < 4; ++s)
            if (p.score < cut[std::size_t(s)]) {
                stars = std::uint8_t(s + 1);
                break;
            }
        data.ratings.push(data.users[std::size_t(p.user)].id, data.movies[std::size_t(p.movie)].id,
                          stars, p.time);
    }
    data.indexIds();
    return data;
}

std::optional<std::string> writeMovieLensFiles(const MovieLensData& data,
                                               const std::filesystem::path& folder,
                                               bool overwrite) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        return "cannot create " + folder.string() + ": " + ec.message();
    for (const char* name : {"ratings.dat", "users.dat", "movies.dat"})
        if (!overwrite && std::filesystem::exists(folder / name))
            return (folder / name).string() + " already exists; not overwriting it";

    std::string users;
    for (const auto& u : data.users)
        users += std::to_string(u.id) + "::" + (u.gender ? "M" : "F") +
                 "::" + std::to_string(u.age) + "::" + std::to_string(u.occupation) + "::" + u.zip +
                 "\n";
    std::string movies;
    for (const auto& m : data.movies)
        movies +=
            std::to_string(m.id) + "::" + utf8ToLatin1(m.title) + "::" + m.genresText() + "\n";
    std::string ratings;
    ratings.reserve(data.ratings.size() * 26);
    for (std::size_t i = 0; i < data.ratings.size(); ++i) {
        util::appendNumber(ratings, data.ratings.userId[i]);
        ratings += "::";
        util::appendNumber(ratings, data.ratings.movieId[i]);
        ratings += "::";
        ratings += char('0' + data.ratings.stars[i]);
        ratings += "::";
        util::appendNumber(ratings, data.ratings.timestamp[i]);
        ratings += '\n';
    }
    for (const auto& [name, text] :
         {std::pair{"users.dat", &users}, std::pair{"movies.dat", &movies},
          std::pair{"ratings.dat", &ratings}})
        if (auto error = util::writeFileAtomically(folder / name, *text))
            return error;
    return std::nullopt;
}

}  // namespace core::data
