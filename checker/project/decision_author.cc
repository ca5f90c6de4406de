// The default author of a decision; see decision_author.h.
#include "project/decision_author.h"

#include <cstdlib>

#include "project/git_command.h"

namespace factlint::project {

namespace {

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

std::string git_user_name(const std::string& dir) {
  ProcessResult result = run_git(dir, {"config", "user.name"});
  if (result.exit_code != 0) return "";
  std::string name = result.out;
  while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.pop_back();
  return name;
}

}  // namespace

std::string decision_author(const std::string& project_dir) {
  if (std::string set = environment("FACTLINT_AUTHOR"); !set.empty()) return set;
  if (std::string git = git_user_name(project_dir); !git.empty()) return git;
  for (const char* name : {"USER", "LOGNAME"}) {
    if (std::string login = environment(name); !login.empty()) return login;
  }
  return "";
}

}  // namespace factlint::project
