// The store as the prefilter's cache of compiled databases.
#include "app/compiled_cache.h"

namespace factlint::app {

std::optional<std::string> StoreCompiledCache::load(const std::string& key) {
  try {
    return store_.compiled_database(key);
  } catch (const store::StoreError&) {
    return std::nullopt;  // compiled again, as without a store
  }
}

void StoreCompiledCache::save(const std::string& key, const std::string& bytes) {
  if (!write_) return;
  try {
    store_.save_compiled_database(key, bytes);
  } catch (const store::StoreError&) {
  }
}

}  // namespace factlint::app
