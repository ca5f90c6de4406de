// Matching paths against globs, segment by segment with fnmatch; see path_glob.h.
#include "doc/path_glob.h"

#include <fnmatch.h>

#include <vector>

namespace factlint::doc {

namespace {

std::vector<std::string> segments(std::string_view path) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view part = path.substr(start, end - start);
    if (!part.empty() && part != ".") out.emplace_back(part);
    start = end + 1;
  }
  return out;
}

bool segment_match(const std::string& pattern, const std::string& name) {
  return fnmatch(pattern.c_str(), name.c_str(), 0) == 0;
}

// Backtracking over '**': each one tries every number of segments, fewest first.
bool match_from(const std::vector<std::string>& pattern, std::size_t p, const std::vector<std::string>& path,
                std::size_t s) {
  while (p < pattern.size()) {
    if (pattern[p] == "**") {
      for (std::size_t skip = s; skip <= path.size(); ++skip) {
        if (match_from(pattern, p + 1, path, skip)) return true;
      }
      return false;
    }
    if (s == path.size() || !segment_match(pattern[p], path[s])) return false;
    ++p;
    ++s;
  }
  return s == path.size();
}

}  // namespace

bool has_glob(std::string_view text) { return text.find_first_of("*?[") != std::string_view::npos; }

bool glob_match(std::string_view pattern, std::string_view path) {
  bool pattern_absolute = !pattern.empty() && pattern[0] == '/';
  bool path_absolute = !path.empty() && path[0] == '/';
  if (pattern_absolute != path_absolute) return false;
  return match_from(segments(pattern), 0, segments(path), 0);
}

bool excluded_by(std::string_view pattern, std::string_view path) {
  if (pattern.find('/') != std::string_view::npos) return glob_match(pattern, path);
  for (const std::string& segment : segments(path)) {
    if (segment_match(std::string(pattern), segment)) return true;
  }
  return false;
}

std::string glob_root(std::string_view pattern) {
  std::string root = !pattern.empty() && pattern[0] == '/' ? "/" : "";
  for (const std::string& segment : segments(pattern)) {
    if (has_glob(segment)) break;
    if (!root.empty() && root.back() != '/') root += '/';
    root += segment;
  }
  return root.empty() ? "." : root;
}

}  // namespace factlint::doc
