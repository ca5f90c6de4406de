// Skipping runs of bytes that cannot matter, sixteen at a time (issue 10): the
// screens of a document's raw bytes look for a few rare bytes (a quotation mark, a
// markup character, a non-ASCII byte) in bodies that mostly hold none, and testing
// them one by one was most of what an unread document cost.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace factlint::source {

// Sixteen bytes as one value: GCC's and Clang's portable vector extension (SSE2 on
// x86-64, NEON on ARM, plain code elsewhere).
using Bytes16 = signed char __attribute__((vector_size(16)));
inline constexpr std::size_t kBlock = 16;

inline Bytes16 load16(const char* p) {
  Bytes16 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// Whether any lane of a comparison's result is set.
inline bool any_lane(Bytes16 hits) {
  std::uint64_t half[2];
  std::memcpy(half, &hits, sizeof half);
  return (half[0] | half[1]) != 0;
}

// Whether one of the sixteen bytes at `p` is one of `bytes`.
template <typename... Byte>
bool block_holds(const char* p, Byte... bytes) {
  const Bytes16 v = load16(p);
  return any_lane(((v == static_cast<signed char>(bytes)) | ...));
}

// Whether one of the sixteen bytes at `p` is not ASCII (0x80 and above).
inline bool block_holds_non_ascii(const char* p) { return any_lane(load16(p) < 0); }

// The first offset from `from` on where a whole block of sixteen bytes could hold a
// byte `holds` looks for (`holds` tests the sixteen bytes at a pointer), or the start
// of the last bytes, fewer than sixteen, which are not tested: every byte before the
// offset returned is one `holds` rules out.
template <typename Holds>
std::size_t skip_blocks(std::string_view text, std::size_t from, Holds holds) {
  while (from + kBlock <= text.size() && !holds(text.data() + from)) from += kBlock;
  return from;
}

}  // namespace factlint::source
