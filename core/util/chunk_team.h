#pragma once

// A calling thread plus a few helper threads that share out the chunks of one job at a time:
// the fused training step's GEMMs and Adam pass, which are too short (tens of microseconds) for
// LibTorch's OpenMP pool to wake up for on this project's 2-core machines, and which OpenMP's
// busy-wait slows 20–40× when another process has the cores (TOOLCHAIN.md).

#include <atomic>
#include <cstdint>
#include <functional>
#include <thread>
#include <vector>

namespace core::util {

/// Runs a job's chunks 0 … n−1, each exactly once, on the calling thread and `threads − 1`
/// helpers. The caller always runs chunk 0, then claims chunks like a helper, so a helper that
/// the OS has descheduled delays a job by at most the one chunk it claimed, and a team of one
/// is the plain loop. (With two threads and two chunks, chunk 0 stays on the caller and chunk
/// 1 usually on the helper, job after job: the fused step's lanes keep their rows in one
/// core's caches.) Which thread runs a chunk must not change the result: jobs split work into
/// a fixed number of independent chunks. Helpers spin briefly between jobs (the chunks of one
/// training step follow each other closely), then sleep. One calling thread at a time.
class ChunkTeam {
public:
    /// `threadStart` runs first on each helper (e.g. to set its OpenMP thread count).
    explicit ChunkTeam(int threads, std::function<void()> threadStart = {});
    ~ChunkTeam();
    ChunkTeam(const ChunkTeam&) = delete;
    ChunkTeam& operator=(const ChunkTeam&) = delete;

    int threads() const { return int(m_helpers.size()) + 1; }

    /// Calls chunk(i) for every i in [0, chunks) and returns when all have returned.
    template <class Chunk>
    void run(int chunks, const Chunk& chunk) {
        runErased(chunks, &chunk, [](const void* c, int i) { (*static_cast<const Chunk*>(c))(i); });
    }

private:
    using Call = void (*)(const void*, int);
    void runErased(int chunks, const void* context, Call call);
    bool claimAndRun(std::uint32_t generation);
    void helperLoop(const std::function<void()>& threadStart);

    // Job state: generation (high 32 bits), next unclaimed chunk (16), chunk count (16). A
    // chunk is claimed by one compare-and-swap that also checks the generation, so a helper
    // that wakes late never runs a chunk of a finished job.
    std::atomic<std::uint64_t> m_state{0};
    std::atomic<std::uint32_t> m_posted{0};  // generation of the latest job; helpers wait on it
    std::atomic<int> m_done{0};              // chunks of the current job that have returned
    std::atomic<bool> m_stopping{false};
    const void* m_context = nullptr;  // written before a job is posted, read after a claim
    Call m_call = nullptr;
    std::vector<std::thread> m_helpers;
};

}  // namespace core::util
