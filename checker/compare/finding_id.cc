// FNV-1a: tiny, stable across platforms and versions, enough for ids in one corpus.
#include "compare/finding_id.h"

#include <cstdint>

#include <fmt/format.h>

namespace factlint::compare {

std::string finding_id(const std::string& fact, const std::string& key, const std::string& scope) {
  std::uint64_t hash = 14695981039346656037ull;
  auto feed = [&hash](const std::string& s) {
    for (unsigned char c : s) {
      hash ^= c;
      hash *= 1099511628211ull;
    }
    hash ^= 0x1f;
    hash *= 1099511628211ull;
  };
  feed(fact);
  feed(key);
  feed(scope);
  return fmt::format("f-{:010x}", hash & 0xffffffffffull);
}

}  // namespace factlint::compare
