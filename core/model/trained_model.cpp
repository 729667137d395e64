#include "model/trained_model.h"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <sstream>

#include "data/prepared_dataset.h"
#include "model/cpu_neumf.h"
#include "model/ensemble_network.h"
#include "model/trained_model_impl.h"
#include "util/atomic_file.h"
#include "util/path_text.h"

namespace core::model {

namespace {

std::mutex& seedMutex() {
    static std::mutex m;
    return m;
}

torch::Tensor toTensor(const std::vector<std::int32_t>& v) {
    return torch::from_blob(const_cast<std::int32_t*>(v.data()), {std::int64_t(v.size())},
                            torch::kInt32)
        .clone();
}

std::vector<std::int32_t> toVector(const torch::Tensor& t) {
    auto c = t.to(torch::kInt32).contiguous();
    return {c.data_ptr<std::int32_t>(), c.data_ptr<std::int32_t>() + c.numel()};
}

constexpr std::int64_t kCheckpointFormat = 1;

}  // namespace

std::unique_ptr<TrainedModel> TrainedModel::create(const ModelShape& shape,
                                                   const data::PreparedDataset& data,
                                                   std::int64_t seed) {
    auto impl = std::make_unique<Impl>();
    impl->shape = shape;
    {
        // Default initialisation draws from LibTorch's global generator.
        std::lock_guard lock(seedMutex());
        torch::manual_seed(std::uint64_t(seed));
        impl->net = makeNetwork(shape);
    }
    impl->userFeatures = torch::from_blob(const_cast<float*>(data.userFeatures.data()),
                                          {data.numUsers(), std::int64_t(shape.userFeatureCount)})
                             .clone();
    impl->movieGenres = torch::from_blob(const_cast<float*>(data.movieGenres.data()),
                                         {data.numMovies(), std::int64_t(shape.genreCount)})
                            .clone();
    impl->userIds = data.userIds;
    impl->movieIds = data.movieIds;
    return std::make_unique<TrainedModel>(std::move(impl));
}

TrainedModel::TrainedModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TrainedModel::~TrainedModel() = default;

const ModelShape& TrainedModel::shape() const {
    return m_impl->shape;
}
const std::vector<std::int32_t>& TrainedModel::userIds() const {
    return m_impl->userIds;
}
const std::vector<std::int32_t>& TrainedModel::movieIds() const {
    return m_impl->movieIds;
}

namespace {

// NeuMFEnhanced in evaluation mode through the fused CPU kernels.
void predictNeuMF(NeuMFEnhancedImpl& net, const TrainedModel::Impl& impl,
                  std::span<const std::int32_t> users, std::span<const std::int32_t> movies,
                  int rows, std::span<float> out) {
    CpuNeuMF kernels(net, impl.userFeatures.data_ptr<float>(), impl.movieGenres.data_ptr<float>(),
                     rows);
    kernels.predict(users.data(), movies.data(), std::int64_t(out.size()), out.data());
}

// A network that needs no feature rows: LibTorch's forward in evaluation mode, a batch at a
// time, on whatever device the network is (a checkpoint during CUDA training), leaving its
// mode as it was.
void predictByForward(RatingNetworkImpl& net, std::span<const std::int32_t> users,
                      std::span<const std::int32_t> movies, int rows, std::span<float> out) {
    torch::NoGradGuard noGrad;
    const bool training = net.is_training();
    net.eval();
    const auto device = net.parameters().front().device();
    for (std::size_t start = 0; start < out.size(); start += std::size_t(rows)) {
        const auto n = std::int64_t(std::min(out.size() - start, std::size_t(rows)));
        const auto index = [&](std::span<const std::int32_t> v) {
            return torch::from_blob(const_cast<std::int32_t*>(v.data() + start), {n}, torch::kInt32)
                .to(device, torch::kInt64);
        };
        const auto p =
            net.forward(index(users), index(movies), {}, {}).to(torch::kCPU).contiguous();
        std::copy(p.data_ptr<float>(), p.data_ptr<float>() + n,
                  out.begin() + std::ptrdiff_t(start));
    }
    net.train(training);
}

}  // namespace

std::vector<float> TrainedModel::predict(std::span<const std::int32_t> users,
                                         std::span<const std::int32_t> movies,
                                         int batchSize) const {
    std::vector<float> out(std::min(users.size(), movies.size()));
    // Buffers for at most one batch, and no bigger than the request.
    const int rows = int(std::min<std::size_t>(std::size_t(std::max(batchSize, 2)),
                                               std::max<std::size_t>(out.size(), 2)));
    if (auto* neumf = m_impl->neumf()) {
        predictNeuMF(*neumf, *m_impl, users, movies, rows, out);
    } else if (auto* ensemble = dynamic_cast<EnsembleImpl*>(m_impl->net.get())) {
        predictNeuMF(*ensemble->neumf, *m_impl, users, movies, rows, out);
        std::vector<float> second(out.size());
        predictByForward(*ensemble->autorec, users, movies, rows, second);
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = 0.5f * (out[i] + second[i]);
    } else {
        predictByForward(*m_impl->net, users, movies, rows, out);
    }
    return out;
}

std::vector<float> TrainedModel::predictAllMovies(std::int32_t userIndex) const {
    const auto n = std::size_t(m_impl->shape.numMovies);
    std::vector<std::int32_t> users(n, userIndex), movies(n);
    for (std::size_t i = 0; i < n; ++i)
        movies[i] = std::int32_t(i);
    return predict(users, movies);
}

bool TrainedModel::matches(const data::PreparedDataset& data) const {
    return m_impl->userIds == data.userIds && m_impl->movieIds == data.movieIds;
}

std::optional<std::string> TrainedModel::save(const std::filesystem::path& path) const {
    try {
        torch::serialize::OutputArchive archive;
        const auto& s = m_impl->shape;
        std::vector<std::int64_t> shape = {kCheckpointFormat,
                                           s.numUsers,
                                           s.numMovies,
                                           s.userFeatureCount,
                                           s.genreCount,
                                           s.model.userEmbeddingDim,
                                           s.model.movieEmbeddingDim,
                                           s.model.movieFeatureDim};
        for (int h : s.model.mlpLayers)
            shape.push_back(h);
        archive.write("meta.shape", torch::tensor(shape, torch::kInt64));
        archive.write("meta.dropout", torch::tensor({s.model.dropout}, torch::kFloat64));
        // Absent from checkpoints written before the baselines existed: those are neumf.
        archive.write("meta.kind",
                      torch::tensor({std::int64_t(s.kind()), std::int64_t(s.model.factors),
                                     std::int64_t(s.model.autorecHidden)},
                                    torch::kInt64));
        archive.write("meta.user_ids", toTensor(m_impl->userIds));
        archive.write("meta.movie_ids", toTensor(m_impl->movieIds));
        archive.write("meta.user_features", m_impl->userFeatures);
        archive.write("meta.movie_genres", m_impl->movieGenres);
        // On the CPU, whatever device the network is on (a checkpoint during CUDA training).
        for (const auto& p : m_impl->net->named_parameters())
            archive.write(p.key(), p.value().detach().to(torch::kCPU));
        for (const auto& b : m_impl->net->named_buffers())
            archive.write(b.key(), b.value().to(torch::kCPU), true);
        if (const auto* autorec = autorecPart(*m_impl->net)) {
            archive.write("autorec.rated_movies", autorec->ratedMovies, true);
            archive.write("autorec.rated_users", autorec->ratedUsers, true);
            archive.write("autorec.rated_values", autorec->ratedValues, true);
        }
        std::ostringstream bytes;
        archive.save_to(bytes);
        return util::writeFileAtomically(path, bytes.str());
    } catch (const std::exception& e) {
        return "cannot save the model to " + util::utf8Of(path) + ": " + e.what();
    }
}

std::unique_ptr<TrainedModel> TrainedModel::load(const std::filesystem::path& path,
                                                 std::string* error) {
    try {
        torch::serialize::InputArchive archive;
        std::ifstream file(path, std::ios::binary);  // a path, not a narrow string: Windows names
        if (!file)
            throw std::runtime_error("cannot open it");
        archive.load_from(file);
        torch::Tensor shapeTensor;
        archive.read("meta.shape", shapeTensor);
        const auto shape = toVector(shapeTensor);
        if (shape.size() < 9 || shape[0] != kCheckpointFormat) {
            if (error)
                *error = util::utf8Of(path) + ": not a Ratings Workbench checkpoint (format " +
                         (shape.empty() ? "?" : std::to_string(shape[0])) + ")";
            return nullptr;
        }
        auto impl = std::make_unique<Impl>();
        ModelShape& s = impl->shape;
        s.numUsers = shape[1];
        s.numMovies = shape[2];
        s.userFeatureCount = shape[3];
        s.genreCount = shape[4];
        s.model.userEmbeddingDim = shape[5];
        s.model.movieEmbeddingDim = shape[6];
        s.model.movieFeatureDim = shape[7];
        s.model.mlpLayers.assign(shape.begin() + 8, shape.end());
        torch::Tensor dropout;
        archive.read("meta.dropout", dropout);
        s.model.dropout = dropout.item<double>();
        torch::Tensor kind;
        if (archive.try_read("meta.kind", kind)) {
            const auto k = toVector(kind);
            // Two entries before autorec existed, three since.
            if (k.size() < 2 || k.size() > 3 || k[0] < 0 || k[0] > int(ModelKind::Ensemble)) {
                if (error)
                    *error = util::utf8Of(path) + ": unknown model kind in the checkpoint";
                return nullptr;
            }
            s.model.kind = std::string(modelKindText(ModelKind(k[0])));
            s.model.factors = k[1];
            if (k.size() == 3)
                s.model.autorecHidden = k[2];
        }
        torch::Tensor ids;
        archive.read("meta.user_ids", ids);
        impl->userIds = toVector(ids);
        archive.read("meta.movie_ids", ids);
        impl->movieIds = toVector(ids);
        archive.read("meta.user_features", impl->userFeatures);
        archive.read("meta.movie_genres", impl->movieGenres);
        impl->net = makeNetwork(s);
        torch::NoGradGuard noGrad;
        for (auto& p : impl->net->named_parameters()) {
            torch::Tensor t;
            archive.read(p.key(), t);
            p.value().copy_(t);
        }
        for (auto& b : impl->net->named_buffers()) {
            torch::Tensor t;
            archive.read(b.key(), t, true);
            b.value().copy_(t);
        }
        if (auto* autorec = autorecPart(*impl->net)) {
            archive.read("autorec.rated_movies", autorec->ratedMovies, true);
            archive.read("autorec.rated_users", autorec->ratedUsers, true);
            archive.read("autorec.rated_values", autorec->ratedValues, true);
        }
        impl->net->eval();
        return std::make_unique<TrainedModel>(std::move(impl));
    } catch (const std::exception& e) {
        if (error)
            *error = "cannot read the model " + util::utf8Of(path) + ": " + e.what();
        return nullptr;
    }
}

}  // namespace core::model
