#pragma once

#include <cstddef>
#include <vector>

namespace core::util {

/// Asks the system to back [data, data + bytes) with huge pages where it can (Linux's
/// transparent huge pages in "madvise" mode, Debian's default). A column of 25 million ratings
/// otherwise costs tens of thousands of 4 KiB page faults as it is first written, which in a
/// virtual machine is a large share of loading time. A no-op elsewhere and for small ranges.
void preferHugePages(void* data, std::size_t bytes);

/// Reserves room for `n` elements and prefers huge pages for them.
template <typename T>
void reserveLarge(std::vector<T>& v, std::size_t n) {
    v.reserve(n);
    preferHugePages(v.data(), v.capacity() * sizeof(T));
}

/// Resizes to `n` elements (value-initialised) with huge pages preferred before they are
/// first written.
template <typename T>
void resizeLarge(std::vector<T>& v, std::size_t n) {
    reserveLarge(v, n);
    v.resize(n);
}

}  // namespace core::util
