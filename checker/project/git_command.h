// Every git call factlint makes: `git -C DIR ...` as a child process, in an
// environment that lets git find the repository from DIR alone.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "project/child_process.h"

namespace factlint::project {

// The variables that tie git to one repository (`git rev-parse --local-env-vars`).
// Git hooks set some of them (GIT_DIR, GIT_INDEX_FILE; GIT_WORK_TREE under a worktree
// setup), often relative to the hook's directory; inherited by a `git -C DIR` call they
// would point it at the wrong repository, or at none. factlint's questions are always
// about the repository DIR lies in, so its git calls never inherit them.
const std::vector<std::string>& repository_env_vars();

// Runs `git -C dir ARGS`, with `input` on its stdin when given, without the variables
// of repository_env_vars(). Never throws; see run_process.
ProcessResult run_git(const std::string& dir, std::vector<std::string> args,
                      std::optional<std::string> input = std::nullopt);

// git's first line of complaint, without its "fatal: " or "error: " prefix, for our
// own messages.
std::string git_complaint(const std::string& err);

}  // namespace factlint::project
