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

// A project file (a rule file or folder, the decisions file) as the base had it: its
// path in the work tree, from the top, to write out of the commit; empty when it lies
// outside the work tree, where both ends read the same file.
std::string tree_path(const std::string& path, const fs::path& top) {
  if (path.empty() || path == ":memory:") return "";
  fs::path full = real(path);
  fs::path from_top = full.lexically_relative(top);
  return full != top && inside(from_top) ? from_top.generic_string() : "";
}

// The rules and decisions of the base, where the work tree's are in it: a change that
// edits them is judged by what they change too (a new `known` value, a removed
// decision), not only by what its documents say (docs/ci.md#checking-a-change).
struct BaseProjectFiles {
  std::vector<std::string> rule_paths;  // the base's copies, or the work tree's paths outside it
  std::string decisions_path;
  bool had_rules = true;  // false: no rule path existed at the base
};

BaseProjectFiles base_project_files(const CheckOptions& options, const fs::path& top, const fs::path& temp) {
  BaseProjectFiles out;
  std::error_code ec;
  for (const std::string& r : options.rule_paths) {
    std::string in_tree = tree_path(r, top);
    if (in_tree.empty()) {
      out.rule_paths.push_back(fs::absolute(r).string());
    } else if (fs::exists(temp / in_tree, ec)) {
      out.rule_paths.push_back((temp / in_tree).string());
    }
  }
  out.had_rules = options.rule_paths.empty() || !out.rule_paths.empty();
  std::string decisions = tree_path(options.decisions_path, top);
  // Absent at the base: no decisions then; a path named on the command line must exist
  // only in the work tree.
  out.decisions_path = decisions.empty() ? absolute_or_empty(options.decisions_path) : (temp / decisions).string();
  return out;
}

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

  const std::size_t document_roots = roots.size();
  for (const std::string& r : options.rule_paths) {
    if (std::string in_tree = tree_path(r, top); !in_tree.empty()) roots.push_back(in_tree);
  }
  if (std::string in_tree = tree_path(options.decisions_path, top); !in_tree.empty()) roots.push_back(in_tree);

  TempTree temp;
  if (temp.path().empty()) return failure("cannot make a temporary folder for the check at the base");
  project::TreeExport written = project::export_tree(top.string(), commit, roots, temp.path().string());
  if (!written.ok) return failure(written.error);
  roots.resize(document_roots);
  const BaseProjectFiles project_files = base_project_files(options, top, temp.path());

  const fs::path base_cwd = temp.path() / prefix;
  CheckOptions at_base = options;
  at_base.record = false;
  at_base.inline_document.reset();  // standard input is the work tree's, never the base's
  at_base.report_skipped = false;
  at_base.rule_paths = project_files.rule_paths;
  at_base.decisions_path = project_files.decisions_path;
  at_base.decisions_required = false;
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
  if (!project_files.had_rules) return out;        // nor did its rules: every finding is the change's

  std::vector<std::string> work_tree_rules;  // absolute before the working directory moves
  for (const std::string& r : options.rule_paths) work_tree_rules.push_back(fs::absolute(r).string());
  CheckRun run;
  {
    WorkingDirectory here(base_cwd);
    run = run_check(at_base);
    if (run.status == RunStatus::RuleErrors) {
      // Rules broken at the base and mended by the change: the base is read with the
      // work tree's, as a change of documents alone would be.
      out.notes.push_back("the rules at the base '" + commit.substr(0, 12) +
                          "' have errors; the base is checked with the work tree's rules");
      at_base.rule_paths = work_tree_rules;
      run = run_check(at_base);
    }
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
