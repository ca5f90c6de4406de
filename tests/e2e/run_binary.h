// Runs the built factlint binary in a shell for end-to-end tests.
#pragma once

#include <string>

namespace factlint::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `factlint <args>` with the repository root as working directory.
// `args` is passed to the shell as is, so quote what needs quoting. `prefix` goes
// before the binary (e.g. a command that runs it as another user).
RunResult run_factlint(const std::string& args, const std::string& prefix = "");

// Runs `factlint <args>` with `dir` as working directory, as CI runs it in a checkout.
// `prefix` goes before the binary, e.g. "GIT_DIR=/elsewhere/.git" to set its environment.
RunResult run_factlint_in(const std::string& dir, const std::string& args, const std::string& prefix = "");

// A fresh empty directory under the system temp dir.
std::string make_temp_dir();

// Runs `git -C dir ARGS` (output discarded); whether it exited 0.
bool run_git(const std::string& dir, const std::string& args);

// Copies the repository's bundled rules/ into `dir`/rules.
void copy_bundled_rules(const std::string& dir);

// Writes `text` to `path`, creating parent directories.
void write_file(const std::string& path, const std::string& text);

// The bytes of the file at `path`; "" when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace factlint::testing
