// Output files, stderr diagnostics and terminal detection.
#include "cli/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "source/display_text.h"

namespace factlint::cli {

bool write_output(const std::string& path, const std::string& text) {
  return write_output(path, [&](const std::function<void(std::string_view)>& write) { write(text); });
}

bool write_output(const std::string& path, const std::function<void(const std::function<void(std::string_view)>&)>& produce) {
  if (path.empty() || path == "-") {
    produce([](std::string_view chunk) { std::cout << chunk; });
    std::cout << std::flush;
    return true;
  }
  std::error_code ec;
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  std::ofstream out(path, std::ios::binary);
  produce([&](std::string_view chunk) { out << chunk; });
  out.close();
  if (!out) {
    print_error("cannot write '" + path + "': " + std::strerror(errno));
    return false;
  }
  return true;
}

void print_diagnostics(const source::DiagnosticSink& sink) {
  for (const auto& d : sink.sorted()) std::cerr << source::break_workflow_commands(source::render(d));
}

void print_error(const std::string& message) {
  std::cerr << "factlint: error: " << source::break_workflow_commands(source::printable(message)) << "\n";
}

bool stdout_wants_color() {
  const char* no_color = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

}  // namespace factlint::cli
