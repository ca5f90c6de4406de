// What identifies the running build, for the extraction cache's key (check_stages.h):
// the linker's build id (an ELF note, a hash of the linked output) read from the
// program's headers in memory. Hashing the executable itself, 190 MB with debug
// information, was 1.7% of an incremental run (issue 10).
#pragma once

#include <optional>
#include <string>

namespace factlint::app {

// The running program's GNU build id as lowercase hex; nullopt when it was linked
// without one (then only a hash of the executable's bytes identifies the build).
std::optional<std::string> running_build_id();

}  // namespace factlint::app
