// How input paths are shown to users: relative to the working directory when the
// file lies below it, so reports and messages read "corpus/a.md", not an absolute path.
#pragma once

#include <string>

namespace factlint::source {

// `path` relative to the working directory when it lies below it ("corpus/a.md"),
// otherwise `path` unchanged; also unchanged when the working directory is unknown.
std::string display_path(const std::string& path);

}  // namespace factlint::source
