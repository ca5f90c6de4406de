// Restoring untouched documents from the store instead of reading them.
#include "app/document_states.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <xxhash.h>

#include "app/value_overrides.h"
#include "doc/file_stat.h"

namespace factlint::app {

namespace {

constexpr std::int64_t kRacyNs = 2'000'000'000;  // see the header: git's "racy" rule

// "size:mtime" of a file, "-" when there is none.
std::string stamp(const std::string& path) {
  std::optional<doc::FileStat> st = doc::stat_file(path);
  if (!st) return "-";
  return std::to_string(st->size) + ":" + std::to_string(st->mtime_ns);
}

// Whether `path` lies directly in `folder` ("corpus/a.md" in "corpus").
bool directly_in(const std::string& path, const std::string& folder) {
  return !folder.empty() && path.size() > folder.size() + 1 && path.compare(0, folder.size(), folder) == 0 &&
         path[folder.size()] == '/' && path.find('/', folder.size() + 1) == std::string::npos;
}

// Whether the file at `path` holds `size` bytes whose xxh3-64 is `content_hash` (16 hex
// digits, as doc/loader.cc hashes a document's bytes).
bool bytes_hash_to(const std::string& path, std::int64_t size, std::string_view content_hash) {
  if (size < 0) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string bytes(static_cast<std::size_t>(size) + 1, '\0');  // one more: a file grown since its stat is not it
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (in.gcount() != static_cast<std::streamsize>(size)) return false;
  bytes.resize(static_cast<std::size_t>(size));
  return fmt::format("{:016x}", static_cast<unsigned long long>(XXH3_64bits(bytes.data(), bytes.size()))) == content_hash;
}

}  // namespace

std::int64_t DocumentStates::clock_ns() {
  timespec t{};
  clock_gettime(CLOCK_REALTIME, &t);
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

bool same_state(const store::DocumentState& was, const store::DocumentState& now) {
  return was.size == now.size && was.mtime_ns == now.mtime_ns && was.ctime_ns == now.ctime_ns &&
         was.inode == now.inode && was.environment == now.environment;
}

DocumentStates::DocumentStates(store::Store& store, std::string rules_hash, std::string version,
                               const CheckOptions& options, const FileLocations* known, bool preload)
    : store_(store),
      rules_hash_(std::move(rules_hash)),
      version_(std::move(version)),
      options_(options),
      known_(known),
      preloaded_(preload),
      started_ns_(clock_ns()) {
  if (preload) saved_ = store.document_states();
}

const std::string& DocumentStates::environment(const std::string& path) const {
  // Without overrides, the files of one folder share their environment: worked out once
  // a folder, not once a file (issue 10: a corpus of 77,000 in one folder).
  if (options_.value_overrides.empty() && directly_in(path, last_folder_)) return last_environment_;
  // A document's publication date may come from the sources table beside it (doc/loader.h).
  // Stat'ed once a folder a run: a corpus of 77,000 files in one folder has one table.
  const std::string folder = std::filesystem::path(path).parent_path().string();
  auto table = sources_.find(folder);
  if (table == sources_.end()) {
    table = sources_.emplace(folder, stamp((std::filesystem::path(folder) / "sources.tsv").string())).first;
  }
  // A state saved without its quotations (--no-quotes) must not serve a run that reads them.
  last_environment_ = rules_hash_ + "|" + version_ + "|" +
                      settings_key(value_settings_for(path, options_.values, options_.value_overrides)) + "|" +
                      table->second + (options_.quotes.enabled ? "" : "|no-quotes");
  last_folder_ = folder;
  return last_environment_;
}

std::optional<store::DocumentState> DocumentStates::now(const std::string& path) const {
  const doc::FileStat* known = known_ ? known_->find(path) : nullptr;
  std::optional<doc::FileStat> taken;
  if (!known) {
    taken = doc::stat_file(path);
    if (!taken) return std::nullopt;
    known = &*taken;
  }
  if (!known->regular) return std::nullopt;
  store::DocumentState s;
  s.path = path;
  s.size = known->size;
  s.mtime_ns = known->mtime_ns;
  s.ctime_ns = known->ctime_ns;
  s.inode = static_cast<std::int64_t>(known->inode);
  s.environment = environment(path);
  return s;
}

std::optional<store::DocumentState> DocumentStates::saved(const std::string& path) const {
  if (!preloaded_) return store_.document_state(path);
  auto it = saved_.find(path);
  if (it == saved_.end()) return std::nullopt;
  return it->second;
}

bool DocumentStates::verify(const store::DocumentState& was, const store::DocumentState& now) const {
  if (was.size != kUnconfirmedSize || was.mtime_ns != now.mtime_ns || was.ctime_ns != now.ctime_ns ||
      was.inode != now.inode || was.environment != now.environment) {
    return false;
  }
  if (verified_.count(now.path) > 0) return true;  // read once a run
  // The cache key begins with the content hash (app/check_run.cc, cache_key).
  const std::string_view content_hash = std::string_view(was.cache_key).substr(0, was.cache_key.find('@'));
  if (!bytes_hash_to(now.path, now.size, content_hash)) return false;
  verified_.emplace(now.path, now);
  return true;
}

bool DocumentStates::untouched(const store::DocumentState& now) const {
  std::optional<store::DocumentState> was = saved(now.path);
  return was && (same_state(*was, now) || verify(*was, now));
}

std::vector<bool> DocumentStates::untouched_files(const std::vector<std::string>& files) const {
  std::vector<bool> out(files.size(), false);
  std::vector<std::pair<std::size_t, store::DocumentState>> unconfirmed;
  // Both lists are in path order: one merge, with a search where they disagree.
  std::size_t at = 0;
  std::string path;
  store_.scan_document_states([&](const store::DocumentStateView& was) {
    while (at < files.size() && std::string_view(files[at]) < was.path) ++at;
    std::size_t i = at;
    if (i >= files.size() || files[i] != was.path) {
      auto it = std::lower_bound(files.begin(), files.end(), was.path,
                                 [](const std::string& f, std::string_view p) { return std::string_view(f) < p; });
      if (it == files.end() || *it != was.path) return;
      i = static_cast<std::size_t>(it - files.begin());
    }
    std::optional<store::DocumentState> state = now(files[i]);
    out[i] = state && was.size == state->size && was.mtime_ns == state->mtime_ns && was.ctime_ns == state->ctime_ns &&
             was.inode == state->inode && was.environment == state->environment;
    if (state && was.size == kUnconfirmedSize) unconfirmed.emplace_back(i, std::move(*state));
  });
  // Unconfirmed states are few (the files written just before the run that saved them):
  // each looked up whole and its file's bytes read, after the walk.
  for (auto& [i, state] : unconfirmed) {
    std::optional<store::DocumentState> was = store_.document_state(state.path);
    out[i] = was && verify(*was, state);
  }
  return out;
}

std::optional<DocumentStates::Restored> DocumentStates::restore(const store::DocumentState& now) const {
  std::optional<store::DocumentState> was = saved(now.path);
  if (!was || !(same_state(*was, now) || verify(*was, now))) return std::nullopt;
  std::optional<std::vector<match::Statement>> statements =
      store_.cached_statements(was->cache_key, rules_hash_, version_, now.path);
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

void DocumentStates::save(store::DocumentState now, std::string cache_key, const DocumentSnapshot& snapshot,
                          std::int64_t read_ns) {
  // A write after the read leaves a newer time unless it falls in the tick of the last.
  if (now.mtime_ns >= std::max(read_ns, started_ns_) - kRacyNs) now.size = kUnconfirmedSize;
  now.cache_key = std::move(cache_key);
  store_.save_document_state(now, to_bytes(snapshot));
}

void DocumentStates::confirm_verified() {
  for (const auto& [path, state] : verified_) {
    if (state.mtime_ns < started_ns_ - kRacyNs) store_.confirm_document_state(state);
  }
}

}  // namespace factlint::app
