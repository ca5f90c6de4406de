// Paths relative to the working directory, for display.
#include "source/display_path.h"

#include <filesystem>
#include <system_error>

namespace factlint::source {

std::string display_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  if (ec) return path;
  fs::path relative = absolute.lexically_normal().lexically_relative(fs::current_path(ec));
  if (ec || relative.empty() || *relative.begin() == "..") return path;
  return relative.generic_string();
}

}  // namespace factlint::source
