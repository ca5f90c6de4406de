// The files of one commit written out to a folder: the corpus as it was at the base of
// a change, checked beside the work tree's (docs/ci.md#checking-a-change).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace factlint::project {

struct TreeExport {
  bool ok = false;
  std::string error;       // when !ok: a lowercase message, git's own words included
  std::size_t files = 0;   // files written
};

// Writes the files of `commit` in the work tree rooted at `top_level` into `dest`
// (created if needed), each at its path from the root, when that path is one of `roots`
// or lies below one (roots are relative to the root, "/"-separated; "" is the whole
// tree). Reads with `git ls-tree` and `git cat-file --batch`, never touching the work
// tree, the index or HEAD. Symbolic links and submodules are skipped; a path that would
// leave `dest` is refused. Not ok when git fails or a file cannot be written.
TreeExport export_tree(const std::string& top_level, const std::string& commit, const std::vector<std::string>& roots,
                       const std::string& dest);

}  // namespace factlint::project
