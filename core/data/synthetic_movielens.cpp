#include "data/synthetic_movielens.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numeric>
#include <span>

#include "data/text_encoding.h"
#include "util/atomic_file.h"
#include "util/number_text.h"
#include "util/path_text.h"

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
// Genre frequencies in kMl1mGenres order.
constexpr std::array<double, 18> kGenreWeights = {503, 283, 105, 251, 1200, 211, 127, 1603, 68,
                                                  44,  343, 114, 106, 471,  276, 492, 143,  68};
constexpr std::array<double, 5> kStarShares = {0.0562, 0.1075, 0.2613, 0.3489, 0.2261};
// ml-25m's shares of 0.5, 1, 1.5, … 5 stars.
constexpr std::array<double, 10> kHalfStarShares = {0.0157, 0.0311, 0.0160, 0.0656, 0.0505,
                                                    0.1959, 0.1271, 0.2656, 0.0880, 0.1445};

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
    const auto& name = kMl1mGenres[std::size_t(genre)];
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

// The genres of the releases after ml-1m: "Children" instead of "Children's", IMAX, and
// movies with "(no genres listed)". Which movies change follows from their ids, so that the
// random stream (and every rating) stays that of the same spec with whole stars.
void useModernGenres(MovieLensData& data) {
    std::vector<std::string> names(kMl1mGenres.begin(), kMl1mGenres.end());
    names[std::size_t(std::find(names.begin(), names.end(), "Children's") - names.begin())] =
        "Children";
    names.emplace_back("IMAX");
    std::vector<std::string> sorted = names;
    std::sort(sorted.begin(), sorted.end());
    std::vector<int> bit(names.size());
    for (std::size_t g = 0; g < names.size(); ++g)
        bit[g] = int(std::find(sorted.begin(), sorted.end(), names[g]) - sorted.begin());
    const std::uint32_t imax = 1u << std::size_t(kMl1mGenres.size());
    for (auto& movie : data.movies) {
        std::uint32_t mask = movie.id % 53 == 0 ? imax : 0;
        if (movie.id % 101 == 0)
            mask = 0;
        else
            mask |= movie.genreMask;
        movie.genreMask = 0;
        for (std::size_t g = 0; g < names.size(); ++g)
            if (mask & (1u << g))
                movie.genreMask |= 1u << bit[g];
    }
    data.genreNames = std::move(sorted);
}

}  // namespace

std::optional<SyntheticSpec> syntheticPreset(const std::string& name) {
    if (name == "full")
        return SyntheticSpec{};
    if (name == "sample")
        return SyntheticSpec{1000, 1200, 60'000, 7, 8};
    if (name == "tiny")
        return SyntheticSpec{120, 150, 6'000, 3, 4};
    // The sizes of the other releases (half stars where they have them).
    if (name == "ml-100k")
        return SyntheticSpec{943, 1682, 100'000, 1, 8};
    if (name == "ml-10m")
        return SyntheticSpec{69'878, 10'677, 10'000'054, 1, 8, true};
    if (name == "ml-latest-small")
        return SyntheticSpec{610, 9'742, 100'836, 1, 8, true};
    if (name == "ml-25m")
        return SyntheticSpec{162'541, 59'047, 25'000'095, 1, 8, true};
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
        // Some titles quote a word, as real ones do ("Dark "Angel" (1998)"): the CSV releases
        // must double those quotes. Chosen by position, not drawn, to keep the random stream.
        if (m % 37 == 5)
            movie.title = "\"" + movie.title.insert(movie.title.find(' '), "\"");
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
    // A large catalogue (ml-25m's 59,047 movies for 162,541 users) makes exponential keys for
    // every movie and user too slow: there, a user who rates under a quarter of the catalogue
    // draws movies by popularity and redraws repeats, which is the same sampling without
    // replacement (with another stream of random numbers).
    const bool largeCatalogue = double(U) * double(M) > 1e9;
    std::vector<double> cumulative(M);
    std::partial_sum(popularity.begin(), popularity.end(), cumulative.begin());
    std::vector<std::uint32_t> drawnBy(M, 0);
    for (std::size_t u = 0; u < U; ++u) {
        const auto n = std::size_t(count[u]);
        if (largeCatalogue && n < M / 4) {
            for (std::size_t i = 0; i < n;) {
                const double at = rng.uniform() * cumulative.back();
                const auto m = std::size_t(std::min<std::ptrdiff_t>(
                    std::ptrdiff_t(M) - 1,
                    std::upper_bound(cumulative.begin(), cumulative.end(), at) -
                        cumulative.begin()));
                if (drawnBy[m] == u + 1)
                    continue;
                drawnBy[m] = std::uint32_t(u + 1);
                keys[i++] = {0.0, std::int32_t(m)};
            }
        } else {
            for (std::size_t m = 0; m < M; ++m)
                keys[m] = {-std::log(1.0 - rng.uniform()) / popularity[m], std::int32_t(m)};
            std::nth_element(keys.begin(), keys.begin() + std::ptrdiff_t(n - 1), keys.end());
        }
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

    // Stars: global score quantiles matching ml-1m's star shares (ml-25m's half-star ones).
    std::vector<double> scores(pending.size());
    for (std::size_t i = 0; i < pending.size(); ++i)
        scores[i] = pending[i].score;
    const std::span<const double> shares =
        spec.halfStars ? std::span<const double>(kHalfStarShares) : kStarShares;
    std::vector<double> cut(shares.size() - 1);
    double share = 0;
    for (std::size_t s = 0; s < cut.size(); ++s) {
        share += shares[s];
        const auto at = std::min(scores.size() - 1, std::size_t(share * double(scores.size())));
        std::nth_element(scores.begin(), scores.begin() + std::ptrdiff_t(at), scores.end());
        cut[s] = scores[at];
    }
    // Scores to half stars: 1 … 10 with half stars, 2, 4, … 10 without.
    const int step = spec.halfStars ? 1 : 2;
    data.ratings.reserve(pending.size());
    for (const auto& p : pending) {
        const auto level = std::upper_bound(cut.begin(), cut.end(), p.score) - cut.begin();
        data.ratings.push(data.users[std::size_t(p.user)].id, data.movies[std::size_t(p.movie)].id,
                          std::uint8_t(step * (level + 1)), p.time);
    }
    data.halfStarRatings = spec.halfStars;
    if (spec.halfStars)
        useModernGenres(data);
    data.indexIds();
    return data;
}

namespace {

// ml-100k's occupations (u.occupation): the words written for ml-1m's codes 0 … 20.
constexpr std::array<std::string_view, 21> kMl100kOccupations = {
    "administrator", "artist",     "doctor",     "educator", "engineer",  "entertainment",
    "executive",     "healthcare", "homemaker",  "lawyer",   "librarian", "marketing",
    "none",          "other",      "programmer", "retired",  "salesman",  "scientist",
    "student",       "technician", "writer"};
// u.item's genre flags in column order.
constexpr std::array<std::string_view, 19> kMl100kFlags = {
    "unknown",     "Action", "Adventure", "Animation", "Children's", "Comedy",  "Crime",
    "Documentary", "Drama",  "Fantasy",   "Film-Noir", "Horror",     "Musical", "Mystery",
    "Romance",     "Sci-Fi", "Thriller",  "War",       "Western"};

// A rating in half stars as the layout writes it: "4" (whole-star files and ml-10m's whole
// ratings), "4.5", or always with one decimal in the CSV releases ("4.0").
void appendRating(std::string& out, int halfStars, bool alwaysDecimal) {
    out += char('0' + halfStars / 2);
    if (halfStars % 2)
        out += ".5";
    else if (alwaysDecimal)
        out += ".0";
}

// A CSV field, in double quotes (inner ones doubled) when it holds a comma, a quote or a
// line break (RFC 4180).
void appendCsvField(std::string& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

}  // namespace

std::vector<std::string> movieLensFileNames(Release layout) {
    switch (layout) {
        case Release::Ml100k:
            return {"u.data", "u.user", "u.item"};
        case Release::Ml10m:
            return {"ratings.dat", "movies.dat"};
        case Release::Csv:
            return {"ratings.csv", "movies.csv"};
        default:
            return {"ratings.dat", "users.dat", "movies.dat"};
    }
}

std::optional<std::string> writeMovieLensFiles(const MovieLensData& data,
                                               const std::filesystem::path& folder, Release layout,
                                               bool overwrite) {
    const bool wholeStarsOnly = layout == Release::Ml1m || layout == Release::Ml100k;
    if (wholeStarsOnly && data.halfStarRatings)
        return std::string(
            "the data has half-star ratings; ml-1m and ml-100k files hold whole "
            "stars only");
    if (layout == Release::Unknown)
        return std::string("no file layout chosen");
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        return "cannot create " + util::utf8Of(folder) + ": " + ec.message();
    const auto names = movieLensFileNames(layout);
    for (const auto& name : names)
        if (!overwrite && std::filesystem::exists(folder / name))
            return util::utf8Of(folder / name) + " already exists; not overwriting it";

    std::string users, movies, ratings;
    const auto& r = data.ratings;
    ratings.reserve(r.size() * 28);
    const auto appendRatings = [&](std::string_view separator, bool alwaysDecimal) {
        for (std::size_t i = 0; i < r.size(); ++i) {
            util::appendNumber(ratings, r.userId[i]);
            ratings += separator;
            util::appendNumber(ratings, r.movieId[i]);
            ratings += separator;
            appendRating(ratings, r.halfStars[i], alwaysDecimal);
            ratings += separator;
            util::appendNumber(ratings, r.timestamp[i]);
            ratings += '\n';
        }
    };
    switch (layout) {
        case Release::Ml100k: {
            for (const auto& u : data.users) {
                const auto occupation =
                    data.occupationNames.empty()
                        ? std::string(kMl100kOccupations[std::size_t(u.occupation) % 21])
                        : data.occupationNames[std::size_t(u.occupation)];
                users += std::to_string(u.id) + "|" + std::to_string(u.age) + "|" +
                         (u.gender ? "M" : "F") + "|" + occupation + "|" + u.zip + "\n";
            }
            for (const auto& m : data.movies) {
                const auto year = std::to_string(m.year ? m.year : 1995);
                movies += std::to_string(m.id) + "|" + utf8ToLatin1(m.title) + "|01-Jan-" + year +
                          "||http://us.imdb.com/M/title-exact?" + std::to_string(m.id);
                for (const auto flag : kMl100kFlags) {
                    const int g = data.genreIndex(flag);
                    const bool set =
                        flag == "unknown" ? m.genreMask == 0 : g >= 0 && (m.genreMask & (1u << g));
                    movies += set ? "|1" : "|0";
                }
                movies += '\n';
            }
            appendRatings("\t", false);
            break;
        }
        case Release::Ml10m:
            for (const auto& m : data.movies)
                movies += std::to_string(m.id) + "::" + m.title +
                          "::" + (m.genreMask ? data.genresText(m) : "(no genres listed)") + "\n";
            appendRatings("::", false);
            break;
        case Release::Csv:
            movies = "movieId,title,genres\n";
            for (const auto& m : data.movies) {
                movies += std::to_string(m.id) + ",";
                appendCsvField(movies, m.title);
                movies += ",";
                appendCsvField(movies, m.genreMask ? data.genresText(m) : "(no genres listed)");
                movies += '\n';
            }
            ratings = "userId,movieId,rating,timestamp\n";
            appendRatings(",", true);
            break;
        default:
            for (const auto& u : data.users)
                users += std::to_string(u.id) + "::" + (u.gender ? "M" : "F") +
                         "::" + std::to_string(u.age) + "::" + std::to_string(u.occupation) +
                         "::" + u.zip + "\n";
            for (const auto& m : data.movies)
                movies += std::to_string(m.id) + "::" + utf8ToLatin1(m.title) +
                          "::" + data.genresText(m) + "\n";
            appendRatings("::", false);
            break;
    }
    // names: ratings first, then users (when the layout has them), then movies.
    const std::vector<const std::string*> texts =
        names.size() == 3 ? std::vector<const std::string*>{&ratings, &users, &movies}
                          : std::vector<const std::string*>{&ratings, &movies};
    for (std::size_t f = 0; f < names.size(); ++f)
        if (auto error = util::writeFileAtomically(folder / names[f], *texts[f]))
            return error;
    return std::nullopt;
}

}  // namespace core::data
