// The store as the prefilter's cache of compiled databases (match/raw_prefilter.h):
// a run with a store loads the Hyperscan database its rule set compiled to last time
// instead of compiling it again (issue 10: a quarter of a second at 1,000 facts).
#pragma once

#include <optional>
#include <string>

#include "match/raw_prefilter.h"
#include "store/store.h"

namespace factlint::app {

class StoreCompiledCache : public match::CompiledCache {
 public:
  // `write`: whether the run writes to the store at all.
  StoreCompiledCache(store::Store& store, bool write) : store_(store), write_(write) {}

  std::optional<std::string> load(const std::string& key) override;
  // A store that cannot be written is a cache the run does without: nothing is saved.
  void save(const std::string& key, const std::string& bytes) override;

 private:
  store::Store& store_;
  bool write_;
};

}  // namespace factlint::app
