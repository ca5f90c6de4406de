// Matching changed files to documents; see change_set.h.
#include "app/change_set.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "doc/loader.h"

namespace factlint::app {

namespace {

namespace fs = std::filesystem;

// weakly_canonical resolves links and "..", and works for files that no longer exist
// (a deleted article), so both sides compare by where they really are.
std::string location_of(const std::string& path) {
  std::error_code ec;
  fs::path real = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path).lexically_normal().string() : real.string();
}

}  // namespace

std::vector<std::string> documents_changed(const std::vector<doc::Document>& documents,
                                           const std::vector<std::string>& changed_files) {
  std::set<std::string> changed;
  for (const std::string& file : changed_files) changed.insert(location_of(file));
  std::vector<std::string> touched;
  for (const doc::Document& d : documents) {
    if (changed.count(location_of(d.path)) > 0) touched.push_back(d.path);
  }
  std::sort(touched.begin(), touched.end());
  return touched;
}

std::vector<std::string> changed_files_not_checked(const std::vector<doc::Document>& documents,
                                                   const std::vector<std::string>& changed_files) {
  std::set<std::string> checked;
  for (const doc::Document& d : documents) checked.insert(location_of(d.path));
  std::vector<std::string> out;
  for (const std::string& file : changed_files) {
    if (checked.count(location_of(file)) > 0) continue;
    std::error_code ec;
    const bool exists = std::filesystem::exists(file, ec);
    if (!exists || !doc::document_format(file).empty()) out.push_back(file);
  }
  return out;
}

}  // namespace factlint::app
