// Restarting with glibc's malloc on transparent huge pages.
#include "cli/huge_pages.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace factlint::cli {

namespace {

// THP "madvise": huge pages only for memory marked for them (the mode reads
// "always [madvise] never"). In "always" the heap has them already, in "never" never.
bool kernel_gives_marked_memory_huge_pages() {
  std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string mode;
  std::getline(in, mode);
  return mode.find("[madvise]") != std::string::npos;
}

bool set_to(const char* name, const char* value) {
  const char* v = std::getenv(name);
  return v != nullptr && std::string(v) == value;
}

}  // namespace

void restart_with_huge_pages(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  constexpr const char* kTunable = "glibc.malloc.hugetlb";
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  const std::string before = tunables == nullptr ? "" : tunables;
  if (before.find(kTunable) != std::string::npos || set_to("FACTLINT_HUGE_PAGES", "0")) return;
  if (const char* preload = std::getenv("LD_PRELOAD"); preload && std::string(preload).find("vgpreload") != std::string::npos) {
    return;  // valgrind's tools do not follow an exec by default
  }
  if (!kernel_gives_marked_memory_huge_pages()) return;
  const std::string now = (before.empty() ? "" : before + ":") + kTunable + "=1";
  if (setenv("GLIBC_TUNABLES", now.c_str(), 1) != 0) return;
  execv("/proc/self/exe", argv);
  // Still here: the program goes on with small pages, its environment as it was.
  if (tunables == nullptr) {
    unsetenv("GLIBC_TUNABLES");
  } else {
    setenv("GLIBC_TUNABLES", before.c_str(), 1);
  }
#else
  (void)argv;
#endif
}

}  // namespace factlint::cli
