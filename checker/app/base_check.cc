// Checking the corpus at a commit in a temporary copy; see base_check.h.
#include "app/base_check.h"

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "doc/path_glob.h"
#include "project/git_tree.h"

namespace factlint::app {

namespace {

namespace fs = std::filesystem;

fs::path real(const fs::path& p) {
  std::error_code ec;
  fs::path out = fs::weakly_canonical(fs::absolute(p), ec);
  return ec ? fs::absolute(p).lexically_normal() : out;
}

bool inside(const fs::path& relative) {
  return !relative.empty() && relative.native().rfind("..", 0) != 0 && !relative.is_absolute();
}

// A fresh folder that removes itself, whatever happens to the check.
class TempTree {
 public:
  TempTree() {
    std::string pattern = (fs::temp_directory_path() / "factlint-base-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempTree() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  TempTree(const TempTree&) = delete;
  TempTree& operator=(const TempTree&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Runs in `dir`, so that the relative paths the user gave name the base's copies and
// reports name them as they name the work tree's; back where it was on the way out.
class WorkingDirectory {
 public:
  explicit WorkingDirectory(const fs::path& dir) : previous_(fs::current_path()) { fs::current_path(dir); }
  ~WorkingDirectory() {
    std::error_code ec;
    fs::current_path(previous_, ec);
  }
  WorkingDirectory(const WorkingDirectory&) = delete;
  WorkingDirectory& operator=(const WorkingDirectory&) = delete;

 private:
  fs::path previous_;
};

BaseCheck failure(std::string message) {
  BaseCheck out;
  out.error = std::move(message);
  return out;
}

std::string absolute_or_empty(const std::string& path) { return path.empty() ? path : fs::absolute(path).string(); }

}  // namespace

BaseCheck check_at_commit(const CheckOptions& options, const std::string& top_level, const std::string& commit) {
  const fs::path cwd = real(fs::current_path());
  const fs::path top = real(top_level);
  const fs::path prefix = cwd == top ? fs::path() : cwd.lexically_relative(top);
  if (!prefix.empty() && !inside(prefix)) {
    return failure("the working directory '" + cwd.string() + "' is not in the work tree '" + top.string() + "'");
  }

  // Each document path, as the base run names it, and the roots to write out.
  std::vector<std::string> roots;
  std::vector<std::string> in_tree;   // relative to the working directory
  std::vector<std::string> outside;   // absolute: the same files at both ends
  for (const std::string& p : options.document_paths) {
    // A glob ('corpus/*.md') is written out from the folder its walk starts at.
    const bool glob = doc::has_glob(p);
    fs::path full = real(glob ? doc::glob_root(p) : p);
    fs::path from_top = full == top ? fs::path() : full.lexically_relative(top);
    if (full != top && !inside(from_top)) {
      outside.push_back(fs::absolute(p).lexically_normal().string());
      continue;
    }
    roots.push_back(from_top.generic_string());
    fs::path from_cwd = full == cwd ? fs::path(".") : full.lexically_relative(cwd);
    if (!fs::path(p).is_absolute()) {
      in_tree.push_back(p);
    } else if (glob) {
      // "/repo/corpus/*.md" -> "corpus/*.md": the folder from here, the pattern as given.
      in_tree.push_back(from_cwd.string() + p.substr(doc::glob_root(p).size()));
    } else {
      in_tree.push_back(from_cwd.string());
    }
  }

  TempTree temp;
  if (temp.path().empty()) return failure("cannot make a temporary folder for the check at the base");
  project::TreeExport written = project::export_tree(top.string(), commit, roots, temp.path().string());
  if (!written.ok) return failure(written.error);

  const fs::path base_cwd = temp.path() / prefix;
  CheckOptions at_base = options;
  at_base.record = false;
  at_base.inline_document.reset();  // standard input is the work tree's, never the base's
  at_base.report_skipped = false;
  at_base.rule_paths.clear();
  for (const std::string& r : options.rule_paths) at_base.rule_paths.push_back(fs::absolute(r).string());
  at_base.decisions_path = absolute_or_empty(options.decisions_path);
  at_base.db_path = options.db_path == ":memory:" ? options.db_path : absolute_or_empty(options.db_path);
  at_base.document_paths = outside;
  std::error_code ec;
  fs::create_directories(base_cwd, ec);
  for (const std::string& p : in_tree) {
    std::string folder = doc::has_glob(p) ? doc::glob_root(p) : p;
    if (fs::exists(fs::path(folder).is_absolute() ? fs::path(folder) : base_cwd / folder)) {
      at_base.document_paths.push_back(p);
    }
  }

  BaseCheck out;
  out.ok = true;
  out.files = written.files;
  if (at_base.document_paths.empty()) return out;  // the corpus did not exist yet

  CheckRun run;
  {
    WorkingDirectory here(base_cwd);
    run = run_check(at_base);
  }
  // Input problems at the base (a folder with no document yet, an unreadable file) leave
  // it with the findings it has; rules and store problems mean no comparison at all.
  if (run.status == RunStatus::RuleErrors || run.status == RunStatus::StoreError) {
    std::string why = run.diagnostics.sorted().empty() ? "" : ": " + run.diagnostics.sorted().front().message;
    return failure("the check at the base '" + commit.substr(0, 12) + "' could not run" + why);
  }
  out.findings = std::move(run.findings);
  for (const doc::DocumentHeader& d : run.documents) out.documents.push_back(d.path);
  return out;
}

}  // namespace factlint::app
