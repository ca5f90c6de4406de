// Running git without the repository-locating variables; see git_command.h.
#include "project/git_command.h"

namespace factlint::project {

const std::vector<std::string>& repository_env_vars() {
  // git 2.39's `git rev-parse --local-env-vars`, less the config variables
  // (GIT_CONFIG, GIT_CONFIG_PARAMETERS, GIT_CONFIG_COUNT): `git -c safe.directory=...`
  // and the like say how to run git, not which repository to read, so they stay.
  static const std::vector<std::string> names{
      "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_OBJECT_DIRECTORY", "GIT_DIR", "GIT_WORK_TREE",
      "GIT_IMPLICIT_WORK_TREE", "GIT_GRAFT_FILE", "GIT_INDEX_FILE", "GIT_NO_REPLACE_OBJECTS",
      "GIT_REPLACE_REF_BASE", "GIT_PREFIX", "GIT_INTERNAL_SUPER_PREFIX", "GIT_SHALLOW_FILE",
      "GIT_COMMON_DIR"};
  return names;
}

ProcessResult run_git(const std::string& dir, std::vector<std::string> args, std::optional<std::string> input) {
  args.insert(args.begin(), {"git", "-C", dir});
  ProcessSetup setup;
  setup.input = std::move(input);
  setup.unset_env = repository_env_vars();
  return run_process(args, setup);
}

std::string git_complaint(const std::string& err) {
  std::string line = err.substr(0, err.find('\n'));
  for (const char* prefix : {"fatal: ", "error: "}) {
    if (line.rfind(prefix, 0) == 0) line.erase(0, std::string(prefix).size());
  }
  return line;
}

}  // namespace factlint::project
