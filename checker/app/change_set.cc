// Matching changed files to documents; see change_set.h.
#include "app/change_set.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include <sys/stat.h>

#include <fmt/format.h>

#include "doc/loader.h"

namespace factlint::app {

namespace {

namespace fs = std::filesystem;

// Where a file really is: its device and inode, whatever path (link, "..", relative)
// names it. A path that does not exist (a deleted article, a buffer named on standard
// input) is compared by its absolute, normalized form. One stat per path: resolving
// each document's path component by component cost a readlink per component, a
// tenth of an incremental run over 77,000 documents (issue 10).
std::string location_of(const std::string& path, const FileLocations& known = {}) {
  if (auto it = known.find(path); it != known.end()) return it->second;
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) return file_location(info.st_dev, info.st_ino);
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  return "path:" + (ec ? fs::path(path) : absolute).lexically_normal().string();
}

}  // namespace

std::string file_location(unsigned long long device, unsigned long long inode) {
  return fmt::format("{}:{}", device, inode);
}

std::vector<std::string> documents_changed(const std::vector<doc::Document>& documents,
                                           const std::vector<std::string>& changed_files, const FileLocations& known) {
  std::set<std::string> changed;
  for (const std::string& file : changed_files) changed.insert(location_of(file));
  std::vector<std::string> touched;
  for (const doc::Document& d : documents) {
    if (changed.count(location_of(d.path, known)) > 0) touched.push_back(d.path);
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

ChangeSet match_changes(const std::vector<doc::Document>& documents, const std::vector<std::string>& changed_files,
                        const FileLocations& known) {
  std::set<std::string> changed;
  for (const std::string& file : changed_files) changed.insert(location_of(file));
  ChangeSet out;
  std::set<std::string> checked;
  for (const doc::Document& d : documents) {
    std::string location = location_of(d.path, known);
    if (changed.count(location) > 0) out.documents.push_back(d.path);
    checked.insert(std::move(location));
  }
  std::sort(out.documents.begin(), out.documents.end());
  for (const std::string& file : changed_files) {
    if (checked.count(location_of(file)) > 0) continue;
    std::error_code ec;
    const bool exists = std::filesystem::exists(file, ec);
    if (!exists || !doc::document_format(file).empty()) out.not_checked.push_back(file);
  }
  return out;
}

}  // namespace factlint::app
