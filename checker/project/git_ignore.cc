// Asking git which files it lists; see git_ignore.h.
#include "project/git_ignore.h"

#include <filesystem>
#include <string_view>
#include <system_error>

#include "project/git_command.h"

namespace factlint::project {

namespace fs = std::filesystem;

namespace {

std::string real_path(const std::string& path) {
  std::error_code ec;
  fs::path real = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path).lexically_normal().string() : real.string();
}

}  // namespace

const GitIgnore::Tree* GitIgnore::tree_of(const std::string& folder) {
  if (auto it = folder_tree_.find(folder); it != folder_tree_.end()) {
    return it->second < 0 ? nullptr : &trees_[static_cast<std::size_t>(it->second)];
  }
  // A subfolder without a `.git` of its own lies in its parent's work tree (or in
  // none): one stat instead of starting git once per folder of a large corpus.
  const std::string parent = fs::path(folder).parent_path().string();
  if (auto known = folder_tree_.find(parent); parent != folder && known != folder_tree_.end()) {
    std::error_code ec;
    if (!fs::exists(fs::path(folder) / ".git", ec) && !ec) {
      folder_tree_[folder] = known->second;
      return known->second < 0 ? nullptr : &trees_[static_cast<std::size_t>(known->second)];
    }
  }
  int index = -1;
  ProcessResult root = run_git(folder, {"rev-parse", "--show-toplevel"});
  if (root.exit_code == 0) {
    std::string top = root.out.substr(0, root.out.find('\n'));
    for (std::size_t i = 0; i < trees_.size(); ++i) {
      if (trees_[i].top == top) index = static_cast<int>(i);
    }
    if (index < 0) {
      ProcessResult listed =
          run_git(top, {"ls-files", "-z", "--cached", "--others", "--exclude-standard"});
      if (listed.exit_code == 0) {
        Tree tree{top, {}};
        std::size_t start = 0;
        while (start < listed.out.size()) {
          std::size_t end = listed.out.find('\0', start);
          if (end == std::string::npos) end = listed.out.size();
          tree.visible.insert((fs::path(top) / listed.out.substr(start, end - start)).lexically_normal().string());
          start = end + 1;
        }
        trees_.push_back(std::move(tree));
        index = static_cast<int>(trees_.size() - 1);
      }
    }
  }
  folder_tree_[folder] = index;
  return index < 0 ? nullptr : &trees_[static_cast<std::size_t>(index)];
}

const std::string& GitIgnore::real_folder(const std::string& folder) {
  auto it = real_folders_.find(folder);
  if (it == real_folders_.end()) it = real_folders_.emplace(folder, real_path(folder.empty() ? "." : folder)).first;
  return it->second;
}

bool GitIgnore::ignored(const std::string& path, bool is_folder, bool is_link) {
  // A file's real path is its folder's, resolved once a folder, and its name: resolving
  // each file (a readlink per path component) was a quarter of a --changed run over
  // 77,000 files (issue 10). A link is resolved itself: what counts is where it leads.
  if (!is_folder && !is_link) {
    // Its folder's tree is asked first: outside a work tree (a corpus git does not
    // hold) nothing more is made per file (issue 10). A walk asks of a folder's files
    // one after another: the last folder is known by the path's text up to its name,
    // which decides the parent path (splitting each path into parts to find the same
    // folder was a twentieth of a --changed run, bench/README.md session 25).
    const std::size_t slash = path.rfind('/');
    const std::string_view before(path.data(), slash == std::string::npos ? 0 : slash + 1);
    if (!last_folder_ || last_folder_->before != before) {
      const std::string& folder = real_folder(fs::path(path).parent_path().string());
      const Tree* tree = tree_of(folder);
      last_folder_ = LastFolder{std::string(before), folder, tree == nullptr ? -1 : static_cast<int>(tree - trees_.data())};
    }
    if (last_folder_->tree < 0) return false;
    const Tree& tree = trees_[static_cast<std::size_t>(last_folder_->tree)];
    return tree.visible.count((fs::path(last_folder_->real) / fs::path(path).filename()).string()) == 0;
  }
  std::string real = real_path(path);
  std::string folder = is_folder ? real : fs::path(real).parent_path().string();
  const Tree* tree = tree_of(folder);
  if (tree == nullptr) return false;
  if (!is_folder) return tree->visible.count(real) == 0;
  // A folder holds something git lists when a listed path starts with "folder/".
  std::string prefix = real + "/";
  auto it = tree->visible.lower_bound(prefix);
  return it == tree->visible.end() || it->compare(0, prefix.size(), prefix) != 0;
}

}  // namespace factlint::project
