// Runs independent work items on a few threads: documents are loaded and matched
// this way, and the JSON report's findings formatted, each into its own slot, so
// results never depend on the thread count.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace factlint::source {

// The threads `--jobs N` asks for: N, or one per core for 0.
inline int thread_count(int jobs) {
  if (jobs > 0) return jobs;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// Calls work(i) once for every i in [0, count), on at most `jobs` threads (the
// calling thread is one of them). work must only touch data of its own item.
template <typename Work>
void parallel_for(std::size_t count, int jobs, Work work) {
  std::size_t threads = std::min<std::size_t>(count, static_cast<std::size_t>(std::max(1, jobs)));
  std::atomic<std::size_t> next{0};
  auto drain = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(drain);
  drain();
  for (std::thread& t : pool) t.join();
}

}  // namespace factlint::source
