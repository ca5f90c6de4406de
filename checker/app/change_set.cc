// Matching changed files to documents; see change_set.h.
#include "app/change_set.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <system_error>
#include <tuple>

#include <fmt/format.h>

#include "doc/document_finder.h"
#include "doc/loader.h"
#include "doc/path_glob.h"
#include "source/display_path.h"

namespace factlint::app {

namespace {

namespace fs = std::filesystem;

// Where a file really is: its device and inode, whatever path (link, "..", relative)
// names it. A path that does not exist (a deleted article, a buffer named on standard
// input) is compared by its absolute, normalized form. One stat per path, none for a
// path the run's walk stat'ed: resolving each document's path component by component
// cost a readlink per component, a tenth of an incremental run over 77,000 documents
// (issue 10).
struct Location {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::string path;  // when it could not be stat'ed
  friend bool operator<(const Location& a, const Location& b) {
    return std::tie(a.device, a.inode, a.path) < std::tie(b.device, b.inode, b.path);
  }
};

Location location_of(const std::string& path, const FileLocations& known = {}) {
  if (const doc::FileStat* st = known.find(path)) return {st->device, st->inode, {}};
  if (std::optional<doc::FileStat> st = doc::stat_file(path)) return {st->device, st->inode, {}};
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  return {0, 0, "path:" + (ec ? fs::path(path) : absolute).lexically_normal().string()};
}

fs::path absolute_path(const std::string& path) {
  std::error_code ec;
  fs::path full = fs::absolute(path, ec);
  return (ec ? fs::path(path) : full).lexically_normal();
}

// Whether `file` lies in what the run was asked to check: the file or under the folder
// a path names, or matched by a glob, and excluded by no --exclude glob.
bool in_corpus(const std::string& file, const CorpusScope& corpus) {
  const fs::path full = absolute_path(file);
  const std::string shown = source::display_path(file);
  for (const std::string& e : corpus.exclude) {
    if (doc::excluded_by(e, shown)) return false;
  }
  for (const std::string& p : corpus.paths) {
    if (doc::has_glob(p)) {
      if (doc::glob_match(absolute_path(p).generic_string(), full.generic_string())) return true;
      continue;
    }
    const fs::path root = absolute_path(p);
    auto mismatch = std::mismatch(root.begin(), root.end(), full.begin(), full.end());
    if (mismatch.first == root.end() || (mismatch.first->empty() && std::next(mismatch.first) == root.end())) {
      return true;
    }
  }
  return false;
}

// Whether a changed file the run did not check deserves a warning (changed_files_not_checked).
bool surprising(const std::string& file, const CorpusScope* corpus) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return true;
  if (corpus == nullptr) return !doc::document_format(file).empty();
  return doc::taken_as_document(file) && in_corpus(file, *corpus);
}

}  // namespace

std::string file_location(unsigned long long device, unsigned long long inode) {
  return fmt::format("{}:{}", device, inode);
}

std::vector<std::string> documents_changed(const std::vector<doc::DocumentHeader>& documents,
                                           const std::vector<std::string>& changed_files, const FileLocations& known) {
  std::set<Location> changed;
  for (const std::string& file : changed_files) changed.insert(location_of(file));
  std::vector<std::string> touched;
  for (const doc::DocumentHeader& d : documents) {
    if (changed.count(location_of(d.path, known)) > 0) touched.push_back(d.path);
  }
  std::sort(touched.begin(), touched.end());
  return touched;
}

std::vector<std::string> changed_files_not_checked(const std::vector<doc::DocumentHeader>& documents,
                                                   const std::vector<std::string>& changed_files,
                                                   const CorpusScope* corpus) {
  std::set<Location> checked;
  for (const doc::DocumentHeader& d : documents) checked.insert(location_of(d.path));
  std::vector<std::string> out;
  for (const std::string& file : changed_files) {
    if (checked.count(location_of(file)) > 0) continue;
    if (surprising(file, corpus)) out.push_back(file);
  }
  return out;
}

ChangeSet match_changes(const std::vector<doc::DocumentHeader>& documents, const std::vector<std::string>& changed_files,
                        const FileLocations& known, const CorpusScope* corpus) {
  // Each changed file's location, and whether a document of the run is there: no set
  // of every document's location (77,000 of them in a large corpus).
  std::map<Location, bool> changed;
  for (const std::string& file : changed_files) changed.emplace(location_of(file), false);
  ChangeSet out;
  for (const doc::DocumentHeader& d : documents) {
    auto it = changed.find(location_of(d.path, known));
    if (it == changed.end()) continue;
    out.documents.push_back(d.path);
    it->second = true;
  }
  std::sort(out.documents.begin(), out.documents.end());
  for (const std::string& file : changed_files) {
    if (auto it = changed.find(location_of(file)); it != changed.end() && it->second) continue;
    if (surprising(file, corpus)) out.not_checked.push_back(file);
  }
  return out;
}

}  // namespace factlint::app
