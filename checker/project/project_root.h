// The project root (docs/configuration.md#the-project-root): the folder of the
// `.factlint.toml` found upward from where factlint runs. Every command works from it,
// so running from a subfolder reads the same rules, corpus, store, baseline and
// decisions, and shows the same paths, as running from the root.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace factlint::project {

// The folder of the project file found from `start` (find_config_file), or nullopt
// when none is found: the working directory is then the root.
std::optional<std::filesystem::path> find_project_root(const std::filesystem::path& start);

// `arg`, a path the command line gave relative to the folder factlint started in,
// made relative to the root, where `start_in_root` is that folder relative to the
// root ("corpus/drafts"). Absolute paths, "-" (standard input or output), "<stdin>"
// (the name of a document read from it) and "" are kept as they are; a glob is
// rebased like any path, its wildcards untouched.
std::string rebased_path(const std::string& arg, const std::filesystem::path& start_in_root);

}  // namespace factlint::project
