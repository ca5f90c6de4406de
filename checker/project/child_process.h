// Running a helper program (git) as a child process, without a shell: the arguments
// go to the program as they are, so no path or ref can become shell syntax.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace factlint::project {

struct ProcessResult {
  bool started = false;  // false: the program could not be run at all (see `error`)
  int exit_code = -1;    // the program's exit status; -1 when it was killed by a signal
  std::string out;       // everything it wrote to stdout
  std::string err;       // everything it wrote to stderr
  std::string error;     // why it could not be started, e.g. "git: No such file or directory"
};

// What a child gets besides its arguments.
struct ProcessSetup {
  std::optional<std::string> input;     // written to its stdin; nullopt: stdin is /dev/null
  std::vector<std::string> unset_env;   // variables of our environment it does not inherit
};

// Runs `argv[0]` (looked up in PATH) with `argv` and waits for it; stdin, output and
// error are pipes read and written together, so a child that answers as it reads (git
// cat-file --batch) never deadlocks. Never throws for a program that fails; an empty
// `argv` is not started.
ProcessResult run_process(const std::vector<std::string>& argv, const ProcessSetup& setup = {});

}  // namespace factlint::project
