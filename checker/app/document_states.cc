// Restoring untouched documents from the store instead of reading them.
#include "app/document_states.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <filesystem>

#include "app/value_overrides.h"

namespace factlint::app {

namespace {

constexpr std::int64_t kRacyNs = 2'000'000'000;  // see the header: git's "racy" rule

std::int64_t now_ns() {
  timespec t{};
  clock_gettime(CLOCK_REALTIME, &t);
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// "size:mtime" of a file, "-" when there is none.
std::string stamp(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return "-";
  return std::to_string(st.st_size) + ":" +
         std::to_string(static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec);
}

}  // namespace

DocumentStates::DocumentStates(store::Store& store, std::string rules_hash, std::string version,
                               const CheckOptions& options)
    : store_(store),
      rules_hash_(std::move(rules_hash)),
      version_(std::move(version)),
      options_(options),
      saved_(store.document_states()),
      started_ns_(now_ns()) {}

std::string DocumentStates::environment(const std::string& path) const {
  // A document's publication date may come from the sources table beside it (doc/loader.h).
  // Stat'ed once a folder a run: a corpus of 77,000 files in one folder has one table.
  const std::string folder = std::filesystem::path(path).parent_path().string();
  auto table = sources_.find(folder);
  if (table == sources_.end()) {
    table = sources_.emplace(folder, stamp((std::filesystem::path(folder) / "sources.tsv").string())).first;
  }
  // A state saved without its quotations (--no-quotes) must not serve a run that reads them.
  return rules_hash_ + "|" + version_ + "|" + settings_key(value_settings_for(path, options_.values, options_.value_overrides)) +
         "|" + table->second + (options_.quotes.enabled ? "" : "|no-quotes");
}

std::optional<store::DocumentState> DocumentStates::now(const std::string& path) const {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  locations_.insert_or_assign(path, file_location(st.st_dev, st.st_ino));
  if (!S_ISREG(st.st_mode)) return std::nullopt;
  store::DocumentState s;
  s.path = path;
  s.size = static_cast<std::int64_t>(st.st_size);
  s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  s.environment = environment(path);
  return s;
}

bool DocumentStates::untouched(const store::DocumentState& now) const {
  auto it = saved_.find(now.path);
  if (it == saved_.end()) return false;
  const store::DocumentState& was = it->second;
  return was.size == now.size && was.mtime_ns == now.mtime_ns && was.environment == now.environment;
}

std::optional<DocumentStates::Restored> DocumentStates::restore(const store::DocumentState& now) const {
  auto it = saved_.find(now.path);
  if (it == saved_.end()) return std::nullopt;
  const store::DocumentState& was = it->second;
  if (was.size != now.size || was.mtime_ns != now.mtime_ns || was.environment != now.environment) return std::nullopt;
  std::optional<std::vector<match::Statement>> statements =
      store_.cached_statements(was.cache_key, rules_hash_, version_, now.path);
  if (!statements) return std::nullopt;  // pruned from the cache
  std::optional<std::string> bytes = store_.document_snapshot(now.path);
  if (!bytes) return std::nullopt;
  std::optional<DocumentSnapshot> snapshot = snapshot_from_bytes(*bytes);
  if (!snapshot || snapshot->header.path != now.path) return std::nullopt;
  return Restored{std::move(*snapshot), std::move(*statements)};
}

void DocumentStates::forget_deleted(const std::vector<std::string>& files) {
  std::vector<std::string> gone;
  for (const auto& [path, state] : saved_) {
    if (std::binary_search(files.begin(), files.end(), path)) continue;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 && errno == ENOENT) gone.push_back(path);
  }
  store_.forget_document_states(gone);
}

void DocumentStates::save(store::DocumentState now, std::string cache_key, const DocumentSnapshot& snapshot) {
  if (now.mtime_ns >= started_ns_ - kRacyNs) return;
  now.cache_key = std::move(cache_key);
  store_.save_document_state(now, to_bytes(snapshot));
}

}  // namespace factlint::app
