// What .gitignore hides, asked of git: documents in a git work tree are read only when
// git lists them (tracked, or untracked and not ignored), so build output, vendored
// folders and scratch files stay out of the check (docs/configuration.md#gitignore).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace factlint::project {

class GitIgnore {
 public:
  // Whether `path` (a file, or a folder when `is_folder`) lies in a git work tree and
  // git lists no file there: `git ls-files --cached --others --exclude-standard`, run
  // once per work tree. Paths outside any work tree, or when git cannot be run, are
  // never ignored. A tracked file is listed even when a pattern matches it, as in git.
  // `is_link`: the file is a symbolic link, so where it leads is asked about.
  bool ignored(const std::string& path, bool is_folder, bool is_link = false);

 private:
  struct Tree {
    std::string top;                // the work tree's root, as git prints it
    std::set<std::string> visible;  // absolute paths git lists
  };
  const Tree* tree_of(const std::string& folder);
  const std::string& real_folder(const std::string& folder);

  // The folder of the file asked last: its path's text up to the name, its real path,
  // and its index in trees_ (-1 outside any).
  struct LastFolder {
    std::string before;
    std::string real;
    int tree = -1;
  };
  std::optional<LastFolder> last_folder_;

  std::vector<Tree> trees_;
  std::map<std::string, int> folder_tree_;  // folder -> index in trees_, -1 outside any
  std::map<std::string, std::string> real_folders_;  // folder as walked -> its real path
};

}  // namespace factlint::project
