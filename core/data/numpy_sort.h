#pragma once

#include <cstdint>

namespace core::data {

/// NumPy's `argsort(kind="quicksort")` for int64 values (NumPy ≤ 1.24 on every platform, and
/// later versions without AVX-512 sorting): introsort — median-of-3 quicksort, insertion sort
/// below 17 elements, heapsort past the depth limit — so that tied values end up in exactly
/// the order pandas' `sort_values()` leaves them. Sorts `order[0 … n)` (indices into `values`)
/// in place.
void numpyArgsortQuicksort(const std::int64_t* values, std::int64_t* order, std::int64_t n);

}  // namespace core::data
