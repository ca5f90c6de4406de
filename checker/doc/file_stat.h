// What one stat of a document's file says (issue 10): where the file is (device and
// inode) and its size and times. The walk over the corpus stats each file once
// (doc/document_finder.h); the run uses that stat from then on, to know whether a
// file changed since the store last read it and which file a --changed path names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factlint::doc {

struct FileStat {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;  // last modification of the content
  std::int64_t ctime_ns = 0;  // last change of the content or of the inode; no program can set it
  bool regular = false;       // a regular file (a link is followed)
};

// The file's stat, following links; nullopt when it cannot be stat'ed.
std::optional<FileStat> stat_file(const std::string& path);

// The files a run found, each with the stat the walk took of it, sorted by path.
class FileStats {
 public:
  void add(std::string path, const FileStat& stat) {
    entries_.emplace_back(std::move(path), stat);
    by_hash_.clear();
  }
  void reserve(std::size_t more) { entries_.reserve(entries_.size() + more); }
  // Sorts by path; needed once after the adds, before find().
  void sort();
  // The stat of `path` as given to add(), or null when it was not added.
  const FileStat* find(std::string_view path) const;
  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }
  const std::vector<std::pair<std::string, FileStat>>& entries() const { return entries_; }

 private:
  std::vector<std::pair<std::string, FileStat>> entries_;
  // Each entry's path's hash and its index, sorted, made by sort(): a run looks each
  // file up three times, and a binary search over 77,000 paths compared some 17 of
  // them each time (issue 10, bench/README.md session 25). Indexes, not views, so a
  // copy stays right.
  std::vector<std::pair<std::size_t, std::size_t>> by_hash_;
};

}  // namespace factlint::doc
