// Who an editor's decision is by when `--by` is not given (decide, the review app):
// $FACTLINT_AUTHOR, else git's `user.name` for the project, else the login name
// ($USER, $LOGNAME). Containers often have no $USER, and the decisions file is
// committed with git, so git's name is the one a reviewer knows (a newcomer's report).
#pragma once

#include <string>

namespace factlint::project {

// "" when none of them is set.
std::string decision_author(const std::string& project_dir = ".");

}  // namespace factlint::project
