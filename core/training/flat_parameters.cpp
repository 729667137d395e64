#include "training/flat_parameters.h"

namespace core::training {

FlatParameters::FlatParameters(torch::nn::Module& net) {
    auto params = net.parameters();
    std::int64_t total = 0;
    for (const auto& p : params)
        total += p.numel();
    const auto options = params.front().options();
    values = torch::empty({total}, options);
    grads = torch::zeros({total}, options);
    torch::NoGradGuard noGrad;
    std::int64_t offset = 0;
    for (auto& p : params) {
        const auto n = p.numel();
        auto slice = values.narrow(0, offset, n).view(p.sizes());
        slice.copy_(p);
        p.set_data(slice);
        p.mutable_grad() = grads.narrow(0, offset, n).view(p.sizes());
        offset += n;
    }
    for (auto& b : net.buffers())
        buffers.push_back(b);
}

FlatParameters::Snapshot FlatParameters::snapshot() const {
    Snapshot s;
    s.values = values.clone();
    for (const auto& b : buffers)
        s.buffers.push_back(b.clone());
    return s;
}

FlatParameters FlatParameters::slice(std::int64_t offset, std::int64_t n) const {
    FlatParameters part;
    part.values = values.narrow(0, offset, n);
    part.grads = grads.narrow(0, offset, n);
    return part;
}

void FlatParameters::restore(const Snapshot& snapshot) {
    torch::NoGradGuard noGrad;
    values.copy_(snapshot.values);
    for (std::size_t i = 0; i < buffers.size(); ++i)
        buffers[i].copy_(snapshot.buffers[i]);
}

}  // namespace core::training
