// A fresh directory under the system temp dir for tests that need real files,
// removed with everything in it when the test ends. Shared by every test module.
#pragma once

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <unistd.h>

namespace factlint::testing {

// The directories fresh_temp_path made, removed when the test process exits so a
// suite run leaves nothing under /tmp (thousands of directories did pile up).
// FACTLINT_KEEP_TEST_DIRS=1 keeps them for a post-mortem.
class TempPathsAtExit {
 public:
  void add(const std::filesystem::path& path) {
    std::lock_guard<std::mutex> lock(mutex_);
    paths_.push_back(path);
  }
  ~TempPathsAtExit() {
    const char* keep = std::getenv("FACTLINT_KEEP_TEST_DIRS");
    if (keep != nullptr && *keep != '\0' && std::string_view(keep) != "0") return;
    for (const auto& path : paths_) {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  }

 private:
  std::mutex mutex_;
  std::vector<std::filesystem::path> paths_;
};

inline TempPathsAtExit& temp_paths_at_exit() {
  static TempPathsAtExit paths;
  return paths;
}

// A new, empty directory "factlint-<prefix>-<pid>-<n>-<random>" that is left in
// place until the test process exits: for tests whose files must outlive the
// object that made them.
inline std::filesystem::path fresh_temp_path(std::string_view prefix) {
  static std::atomic<int> counter{0};
  std::random_device rd;
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("factlint-" + std::string(prefix) + "-" + std::to_string(getpid()) + "-" +
                                std::to_string(counter++) + "-" + std::to_string(rd()));
  std::filesystem::create_directories(path);
  temp_paths_at_exit().add(path);
  return path;
}

// Writes `bytes` to `path`, creating its parent directories.
inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

class TempDir {
 public:
  explicit TempDir(std::string_view prefix = "test") : root_(fresh_temp_path(prefix)) {}
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& root() const { return root_; }
  std::string path() const { return root_.generic_string(); }
  // The path of `name` inside the directory; nothing is created.
  std::string file(const std::string& name) const { return (root_ / name).generic_string(); }
  // Writes `bytes` to `name` (parent directories created) and returns its path.
  std::string write(const std::string& name, const std::string& bytes) const {
    write_file(root_ / name, bytes);
    return (root_ / name).generic_string();
  }

 private:
  std::filesystem::path root_;
};

}  // namespace factlint::testing
