// Writing a commit's files out with ls-tree and cat-file; see git_tree.h.
#include "project/git_tree.h"

#include <filesystem>
#include <fstream>
#include <system_error>

#include "project/git_command.h"

namespace factlint::project {

namespace {

namespace fs = std::filesystem;

struct Blob {
  std::string object;  // hash
  std::string path;    // from the root, as git stores it
};

bool under_a_root(const std::string& path, const std::vector<std::string>& roots) {
  for (const std::string& root : roots) {
    if (root.empty() || path == root || (path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
                                         path[root.size()] == '/')) {
      return true;
    }
  }
  return false;
}

// A path git would never store, but a crafted tree could: it must not write outside dest.
bool safe(const std::string& path) {
  fs::path p(path);
  if (p.empty() || p.is_absolute()) return false;
  for (const fs::path& part : p) {
    if (part == ".." || part == "." || part == ".git") return false;
  }
  return true;
}

// `git ls-tree -r -z`: "MODE TYPE OBJECT\tPATH\0" per entry. Regular files only
// (100644, 100755): links (120000) and submodules (commit) are no documents.
std::vector<Blob> blobs_of(const std::string& listing, const std::vector<std::string>& roots) {
  std::vector<Blob> blobs;
  std::size_t start = 0;
  while (start < listing.size()) {
    std::size_t end = listing.find('\0', start);
    if (end == std::string::npos) end = listing.size();
    std::string entry = listing.substr(start, end - start);
    start = end + 1;
    std::size_t tab = entry.find('\t');
    if (tab == std::string::npos) continue;
    std::string head = entry.substr(0, tab);
    std::string path = entry.substr(tab + 1);
    if (head.rfind("1006", 0) != 0 && head.rfind("1007", 0) != 0) continue;
    if (!under_a_root(path, roots) || !safe(path)) continue;
    blobs.push_back({head.substr(head.rfind(' ') + 1), path});
  }
  return blobs;
}

TreeExport failure(std::string message) {
  TreeExport out;
  out.error = std::move(message);
  return out;
}

}  // namespace

TreeExport export_tree(const std::string& top_level, const std::string& commit, const std::vector<std::string>& roots,
                       const std::string& dest) {
  if (commit.empty() || commit[0] == '-') return failure("'" + commit + "' is not a git revision");
  ProcessResult listed = run_git(top_level, {"ls-tree", "-r", "-z", "--full-tree", commit});
  if (listed.exit_code != 0) {
    return failure("cannot list the files of '" + commit + "' (git: " + git_complaint(listed.err) + ")");
  }
  std::vector<Blob> blobs = blobs_of(listed.out, roots);
  std::string request;
  for (const Blob& b : blobs) request += b.object + "\n";
  ProcessResult contents = run_git(top_level, {"cat-file", "--batch"}, request);
  if (contents.exit_code != 0) {
    return failure("cannot read the files of '" + commit + "' (git: " + git_complaint(contents.err) + ")");
  }
  // Each answer: "OBJECT blob SIZE\n", SIZE bytes, "\n"; in the order asked.
  TreeExport out;
  std::size_t at = 0;
  const std::string& text = contents.out;
  for (const Blob& b : blobs) {
    std::size_t line_end = text.find('\n', at);
    if (line_end == std::string::npos) return failure("git cat-file ended early, at '" + b.path + "'");
    std::string header = text.substr(at, line_end - at);
    std::size_t space = header.rfind(' ');
    if (header.find(" blob ") == std::string::npos || space == std::string::npos) {
      return failure("git cat-file did not give '" + b.path + "' (it said '" + header + "')");
    }
    std::size_t size = std::stoull(header.substr(space + 1));
    if (line_end + 1 + size > text.size()) return failure("git cat-file ended early, in '" + b.path + "'");
    fs::path target = fs::path(dest) / b.path;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    std::ofstream file(target, std::ios::binary);
    file.write(text.data() + line_end + 1, static_cast<std::streamsize>(size));
    if (!file) return failure("cannot write '" + target.string() + "'");
    ++out.files;
    at = line_end + 1 + size + 1;
  }
  out.ok = true;
  return out;
}

}  // namespace factlint::project
