// Finding the project root and rebasing command-line paths onto it; see project_root.h.
#include "project/project_root.h"

#include "project/config_file.h"

namespace factlint::project {

namespace fs = std::filesystem;

std::optional<fs::path> find_project_root(const fs::path& start) {
  std::optional<fs::path> file = find_config_file(start);
  if (!file) return std::nullopt;
  return file->parent_path();
}

std::string rebased_path(const std::string& arg, const fs::path& start_in_root) {
  if (arg.empty() || arg == "-" || arg == "<stdin>" || fs::path(arg).is_absolute()) return arg;
  std::string out = (start_in_root / arg).lexically_normal().generic_string();
  // "corpus/.." normalizes to "" (or "./"): the root itself.
  if (out.empty() || out == "./") return ".";
  // A folder named with a trailing slash keeps it ("drafts/" -> "corpus/drafts/").
  return out;
}

}  // namespace factlint::project
