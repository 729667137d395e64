#include "data/numpy_sort.h"

#include <utility>

namespace core::data {
namespace {

constexpr std::int64_t kSmallQuicksort = 15;  // npysort_common.h: SMALL_QUICKSORT
constexpr int kStackSize = 128;

int mostSignificantBit(std::uint64_t n) {
    int depth = 0;
    while (n >>= 1)
        ++depth;
    return depth;
}

// Sifts `value` down a 1-based heap a[1 … n] from position i, as NumPy's aheapsort_ does.
void siftDown(const std::int64_t* v, std::int64_t* a, std::int64_t value, std::int64_t i,
              std::int64_t n) {
    for (std::int64_t j = i << 1; j <= n;) {
        if (j < n && v[a[j]] < v[a[j + 1]])
            ++j;
        if (!(v[value] < v[a[j]]))
            break;
        a[i] = a[j];
        i = j;
        j += j;
    }
    a[i] = value;
}

// NumPy's aheapsort_ (the introsort fallback) over order[0 … n).
void heapsort(const std::int64_t* v, std::int64_t* order, std::int64_t n) {
    std::int64_t* a = order - 1;  // 1-based
    for (std::int64_t l = n >> 1; l > 0; --l)
        siftDown(v, a, a[l], l, n);
    while (n > 1) {
        const std::int64_t value = a[n];
        a[n] = a[1];
        n -= 1;
        siftDown(v, a, value, 1, n);
    }
}

}  // namespace

void numpyArgsortQuicksort(const std::int64_t* v, std::int64_t* order, std::int64_t num) {
    if (num <= 1)
        return;
    std::int64_t* pl = order;
    std::int64_t* pr = order + num - 1;
    std::int64_t* stack[kStackSize];
    std::int64_t** sptr = stack;
    int depth[kStackSize];
    int* psdepth = depth;
    int cdepth = mostSignificantBit(std::uint64_t(num)) * 2;

    for (;;) {
        if (cdepth < 0) {
            heapsort(v, pl, pr - pl + 1);
        } else {
            while ((pr - pl) > kSmallQuicksort) {
                std::int64_t* pm = pl + ((pr - pl) >> 1);
                if (v[*pm] < v[*pl])
                    std::swap(*pm, *pl);
                if (v[*pr] < v[*pm])
                    std::swap(*pr, *pm);
                if (v[*pm] < v[*pl])
                    std::swap(*pm, *pl);
                const std::int64_t vp = v[*pm];
                std::int64_t* pi = pl;
                std::int64_t* pj = pr - 1;
                std::swap(*pm, *pj);
                for (;;) {
                    do {
                        ++pi;
                    } while (v[*pi] < vp);
                    do {
                        --pj;
                    } while (vp < v[*pj]);
                    if (pi >= pj)
                        break;
                    std::swap(*pi, *pj);
                }
                std::int64_t* pk = pr - 1;
                std::swap(*pi, *pk);
                // Push the larger partition, continue with the smaller.
                if (pi - pl < pr - pi) {
                    *sptr++ = pi + 1;
                    *sptr++ = pr;
                    pr = pi - 1;
                } else {
                    *sptr++ = pl;
                    *sptr++ = pi - 1;
                    pl = pi + 1;
                }
                *psdepth++ = --cdepth;
            }
            for (std::int64_t* pi = pl + 1; pi <= pr; ++pi) {  // insertion sort
                const std::int64_t vi = *pi;
                const std::int64_t vp = v[vi];
                std::int64_t* pj = pi;
                std::int64_t* pk = pi - 1;
                while (pj > pl && vp < v[*pk])
                    *pj-- = *pk--;
                *pj = vi;
            }
        }
        if (sptr == stack)
            break;
        pr = *(--sptr);
        pl = *(--sptr);
        cdepth = *(--psdepth);
    }
}

}  // namespace core::data
