// Transparent huge pages for the heap (issue 10). A large run holds hundreds of MB in
// small allocations (a wire quotation's 154,000 copies, their statements, the corpus's
// rows): with 4 KB pages every one of them is first touched through a page fault and
// reached through a TLB that covers little of it. Where the kernel gives huge pages
// only to memory that asks for them (THP "madvise", Ubuntu's and many VMs' default),
// glibc's malloc asks when its `glibc.malloc.hugetlb=1` tunable is set, and tunables
// are read only at start-up: so the program starts itself again with it set.
// Measured: an incremental run over a wire quotation's group, 6.2 s of CPU down to
// 4.1 s, the same peak memory (bench/README.md, session 21). Findings are the same.
#pragma once

namespace factlint::cli {

// Returns only when the program goes on as it is: the kernel's THP mode is not
// "madvise", GLIBC_TUNABLES already names the tunable (the restarted program, or the
// user's own choice), FACTLINT_HUGE_PAGES=0, under valgrind (whose tools would not
// follow), or the restart failed. Otherwise execs /proc/self/exe with the same
// arguments and the tunable added to the environment.
void restart_with_huge_pages(char** argv);

}  // namespace factlint::cli
