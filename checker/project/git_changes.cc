// Asking git which files a change touches; see git_changes.h.
#include "project/git_changes.h"

#include <algorithm>
#include <filesystem>

#include "project/git_command.h"

namespace factlint::project {

namespace {

namespace fs = std::filesystem;

ProcessResult git(const std::string& dir, std::vector<std::string> args) { return run_git(dir, std::move(args)); }

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
                   git_complaint(root.err) + ")");
  }
  GitChanges changes;
  changes.top_level = root.out.substr(0, root.out.find('\n'));
  ProcessResult commit = git(changes.top_level, {"rev-parse", "--verify", "--quiet", ref + "^{commit}"});
  if (commit.exit_code != 0) {
    return failure("unknown revision '" + ref +
                   "' (in CI, fetch it first: a shallow clone has no other branch; "
                   "actions/checkout needs fetch-depth: 0)");
  }
  // The base a pull request is compared with: where the branch left REF.
  ProcessResult base = git(changes.top_level, {"merge-base", ref, "HEAD"});
  if (base.exit_code != 0) {
    return failure("'" + ref + "' and HEAD have no common commit, so there is no base to compare with" +
                   (base.err.empty() ? std::string() : " (git: " + git_complaint(base.err) + ")"));
  }
  changes.base_commit = base.out.substr(0, base.out.find('\n'));
  const std::vector<std::vector<std::string>> queries{
      {"diff", "--name-only", "-z", "--no-renames", ref + "...HEAD", "--"},
      {"diff", "--name-only", "-z", "--no-renames", "HEAD", "--"},
      {"ls-files", "--others", "--exclude-standard", "-z", "--full-name"},
  };
  for (const auto& query : queries) {
    ProcessResult listed = git(changes.top_level, query);
    if (listed.exit_code != 0) return failure("git " + query[0] + " failed: " + git_complaint(listed.err));
    add_names(listed.out, changes.top_level, changes.files);
  }
  std::sort(changes.files.begin(), changes.files.end());
  changes.files.erase(std::unique(changes.files.begin(), changes.files.end()), changes.files.end());
  changes.ok = true;
  return changes;
}

}  // namespace factlint::project
