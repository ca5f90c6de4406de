// The files a change touches, asked of git: what `--diff-base REF` checks against
// (docs/ci.md#checking-a-change).
#pragma once

#include <string>
#include <vector>

namespace factlint::project {

struct GitChanges {
  bool ok = false;
  std::string error;               // when !ok: a lowercase message for the user, git's own words included
  std::string top_level;           // the work tree's root, absolute
  std::string base_commit;         // the merge base of REF and HEAD (full hash): the base of the change
  std::vector<std::string> files;  // absolute paths, sorted, each once
};

// Files changed since the merge base of `ref` and HEAD (`git diff REF...HEAD`, the
// files a pull request changes), plus what the work tree adds: staged and unstaged
// changes to tracked files and untracked files that are not ignored. In CI the work
// tree is clean, so this is the pull request; on a writer's machine it includes the
// article not yet committed. Deleted files are listed too (they match no document).
// `dir` is where git is asked from. Not ok when git cannot be run, `dir` is not in a
// git work tree, `ref` names no commit (or starts with '-'), REF and HEAD share no
// commit, or git fails otherwise.
GitChanges changed_since(const std::string& ref, const std::string& dir = ".");

}  // namespace factlint::project
