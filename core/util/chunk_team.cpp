#include "util/chunk_team.h"

#include <chrono>

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#define RW_PAUSE() _mm_pause()
#else
#define RW_PAUSE() std::this_thread::yield()
#endif

namespace core::util {
namespace {

constexpr std::uint64_t pack(std::uint32_t generation, std::uint32_t next, std::uint32_t chunks) {
    return (std::uint64_t(generation) << 32) | (std::uint64_t(next) << 16) | chunks;
}

// How long a helper spins for the next job before it sleeps: longer than the gaps between the
// jobs of one training step, much shorter than a validation pass.
constexpr auto kSpin = std::chrono::microseconds(200);

}  // namespace

ChunkTeam::ChunkTeam(int threads, std::function<void()> threadStart) {
    for (int i = 1; i < threads; ++i)
        m_helpers.emplace_back([this, threadStart] { helperLoop(threadStart); });
}

ChunkTeam::~ChunkTeam() {
    m_stopping.store(true);
    m_posted.fetch_add(1);
    m_posted.notify_all();
    for (auto& helper : m_helpers)
        helper.join();
}

bool ChunkTeam::claimAndRun(std::uint32_t generation) {
    auto state = m_state.load(std::memory_order_acquire);
    for (;;) {
        const auto g = std::uint32_t(state >> 32), next = std::uint32_t(state >> 16) & 0xFFFFu,
                   chunks = std::uint32_t(state) & 0xFFFFu;
        if (g != generation || next >= chunks)
            return false;
        if (m_state.compare_exchange_weak(state, pack(g, next + 1, chunks),
                                          std::memory_order_acq_rel, std::memory_order_acquire)) {
            m_call(m_context, int(next));
            m_done.fetch_add(1, std::memory_order_release);
            return true;
        }
    }
}

void ChunkTeam::runErased(int chunks, const void* context, Call call) {
    if (chunks <= 0)
        return;
    if (m_helpers.empty() || chunks == 1) {
        for (int i = 0; i < chunks; ++i)
            call(context, i);
        return;
    }
    const auto generation = std::uint32_t(m_state.load(std::memory_order_relaxed) >> 32) + 1;
    m_context = context;
    m_call = call;
    m_done.store(0, std::memory_order_relaxed);
    // Chunk 0 is the caller's (posted as already claimed), so that a job cut the same way
    // every time keeps its chunk 0 on this thread and its data in this core's caches.
    m_state.store(pack(generation, 1, std::uint32_t(chunks)), std::memory_order_release);
    m_posted.store(generation, std::memory_order_release);
    m_posted.notify_all();  // no system call unless a helper sleeps
    call(context, 0);
    m_done.fetch_add(1, std::memory_order_relaxed);
    while (claimAndRun(generation)) {
    }
    // A chunk still running is a helper's; yield now and then in case it waits for this core.
    for (int spins = 0; m_done.load(std::memory_order_acquire) < chunks; ++spins) {
        if (spins % 256 == 255)
            std::this_thread::yield();
        else
            RW_PAUSE();
    }
}

void ChunkTeam::helperLoop(const std::function<void()>& threadStart) {
    if (threadStart)
        threadStart();
    std::uint32_t seen = 0;
    for (;;) {
        auto posted = m_posted.load(std::memory_order_acquire);
        if (posted == seen) {
            const auto until = std::chrono::steady_clock::now() + kSpin;
            for (int spins = 0; posted == seen; ++spins) {
                if (spins % 64 == 63 && std::chrono::steady_clock::now() > until) {
                    m_posted.wait(seen, std::memory_order_acquire);
                } else {
                    RW_PAUSE();
                }
                posted = m_posted.load(std::memory_order_acquire);
            }
        }
        if (m_stopping.load())
            return;
        seen = posted;
        while (claimAndRun(posted)) {
        }
    }
}

}  // namespace core::util
