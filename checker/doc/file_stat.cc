// One stat of a file, kept for the run; see file_stat.h.
#include "doc/file_stat.h"

#include <sys/stat.h>

#include <algorithm>
#include <functional>

namespace factlint::doc {

namespace {

std::int64_t nanoseconds(const timespec& t) { return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; }

}  // namespace

std::optional<FileStat> stat_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  FileStat s;
  s.device = static_cast<std::uint64_t>(st.st_dev);
  s.inode = static_cast<std::uint64_t>(st.st_ino);
  s.size = static_cast<std::int64_t>(st.st_size);
  s.mtime_ns = nanoseconds(st.st_mtim);
  s.ctime_ns = nanoseconds(st.st_ctim);
  s.regular = S_ISREG(st.st_mode);
  return s;
}

void FileStats::sort() {
  auto by_path = [](const auto& a, const auto& b) { return a.first < b.first; };
  // A walk adds them in order but for subfolders: sorting what is sorted cost n log n.
  if (!std::is_sorted(entries_.begin(), entries_.end(), by_path)) std::sort(entries_.begin(), entries_.end(), by_path);
  by_hash_.clear();
  by_hash_.reserve(entries_.size());
  for (std::size_t i = 0; i < entries_.size(); ++i) by_hash_.emplace_back(std::hash<std::string_view>{}(entries_[i].first), i);
  std::sort(by_hash_.begin(), by_hash_.end());
}

const FileStat* FileStats::find(std::string_view path) const {
  if (by_hash_.size() != entries_.size()) {  // not sorted since the last add
    auto it = std::lower_bound(entries_.begin(), entries_.end(), path,
                               [](const auto& entry, std::string_view p) { return entry.first < p; });
    return it != entries_.end() && it->first == path ? &it->second : nullptr;
  }
  const std::size_t hash = std::hash<std::string_view>{}(path);
  for (auto it = std::lower_bound(by_hash_.begin(), by_hash_.end(), std::make_pair(hash, std::size_t{0}));
       it != by_hash_.end() && it->first == hash; ++it) {
    if (entries_[it->second].first == path) return &entries_[it->second].second;
  }
  return nullptr;
}

}  // namespace factlint::doc
