// popen-based runner: stdout through the pipe, stderr through a temp file.
#include "run_binary.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/temp_dir.h"

namespace factlint::testing {

namespace fs = std::filesystem;

bool run_git(const std::string& dir, const std::string& args) {
  std::string command = "git -C '" + dir + "' " + args + " >/dev/null 2>&1";
  return std::system(command.c_str()) == 0;
}

void copy_bundled_rules(const std::string& dir) {
  fs::copy(FACTLINT_SOURCE_DIR "/rules", dir + "/rules", fs::copy_options::recursive);
}

std::string make_temp_dir() {
  return fresh_temp_path("e2e").string();
}

void write_file(const std::string& path, const std::string& text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

namespace {

RunResult run_in(const std::string& dir, const std::string& args, const std::string& prefix) {
  std::string err_file = make_temp_dir() + "/stderr";
  std::string command = "cd '" + dir + "' && " + prefix + " '" FACTLINT_BIN "' " + args + " 2>'" + err_file + "'";
  RunResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer;
  std::size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err_file);
  std::stringstream ss;
  ss << in.rdbuf();
  result.err = ss.str();
  return result;
}

}  // namespace

RunResult run_factlint(const std::string& args, const std::string& prefix) {
  return run_in(FACTLINT_SOURCE_DIR, args, prefix);
}

RunResult run_factlint_in(const std::string& dir, const std::string& args, const std::string& prefix) {
  return run_in(dir, args, prefix);
}

}  // namespace factlint::testing
