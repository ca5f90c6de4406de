// One stat of a file, kept for the run; see file_stat.h.
#include "doc/file_stat.h"

#include <sys/stat.h>

#include <algorithm>

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
}

const FileStat* FileStats::find(std::string_view path) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), path,
                             [](const auto& entry, std::string_view p) { return entry.first < p; });
  return it != entries_.end() && it->first == path ? &it->second : nullptr;
}

}  // namespace factlint::doc
