// Asking git which files a change touches; see git_changes.h.
#include "project/git_changes.h"

#include <algorithm>
#include <filesystem>

#include "project/child_process.h"

namespace factlint::project {

namespace {

namespace fs = std::filesystem;

// git's first line of complaint, without its "fatal: " prefix, for our own message.
std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  for (const char* prefix : {"fatal: ", "error: "}) {
    if (line.rfind(prefix, 0) == 0) line.erase(0, std::string(prefix).size());
  }
  return line;
}

ProcessResult git(const std::string& dir, std::vector<std::string> args) {
  args.insert(args.begin(), {"git", "-C", dir});
  return run_process(args);
}

// -z output: names separated by NUL, never quoted, whatever characters they hold.
void add_names(const std::string& out, const std::string& top, std::vector<std::string>& files) {
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = out.find('\0', start);
    if (end == std::string::npos) end = out.size();
    if (end > start) files.push_back((fs::path(top) / out.substr(start, end - start)).lexically_normal().string());
    start = end + 1;
  }
}

GitChanges failure(std::string message) {
  GitChanges changes;
  changes.error = std::move(message);
  return changes;
}

}  // namespace

GitChanges changed_since(const std::string& ref, const std::string& dir) {
  if (ref.empty() || ref[0] == '-') return failure("'" + ref + "' is not a git revision");
  ProcessResult root = git(dir, {"rev-parse", "--show-toplevel"});
  if (!root.started) return failure("cannot run git (" + root.error + "); --diff-base needs git installed");
  if (root.exit_code != 0) {
    return failure("--diff-base needs a git work tree, and '" + dir + "' is not in one (git: " +
                   first_line(root.err) + ")");
  }
  GitChanges changes;
  changes.top_level = root.out.substr(0, root.out.find('\n'));
  ProcessResult commit = git(changes.top_level, {"rev-parse", "--verify", "--quiet", ref + "^{commit}"});
  if (commit.exit_code != 0) {
    return failure("unknown revision '" + ref +
                   "' (in CI, fetch it first: a shallow clone has no other branch; "
                   "actions/checkout needs fetch-depth: 0)");
  }
  const std::vector<std::vector<std::string>> queries{
      {"diff", "--name-only", "-z", "--no-renames", ref + "...HEAD", "--"},
      {"diff", "--name-only", "-z", "--no-renames", "HEAD", "--"},
      {"ls-files", "--others", "--exclude-standard", "-z", "--full-name"},
  };
  for (const auto& query : queries) {
    ProcessResult listed = git(changes.top_level, query);
    if (listed.exit_code != 0) return failure("git " + query[0] + " failed: " + first_line(listed.err));
    add_names(listed.out, changes.top_level, changes.files);
  }
  std::sort(changes.files.begin(), changes.files.end());
  changes.files.erase(std::unique(changes.files.begin(), changes.files.end()), changes.files.end());
  changes.ok = true;
  return changes;
}

}  // namespace factlint::project
