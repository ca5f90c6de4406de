// Benchmark of the matcher: the seed rules over the seed corpus repeated until it
// is large, reported as MB/s and NFA steps per token, next to ripgrep searching the
// same text for the rules' literal anchor words. Built with the other benchmarks
// (ci/build.sh turns FACTLINT_BUILD_BENCH on, so they cannot rot):
//   cmake --build build --target match_bench && build/match_bench [RULES_DIR] [CORPUS_DIR] [REPEAT]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "doc/document_finder.h"
#include "doc/loader.h"
#include "lang/parse.h"
#include "match/matcher.h"
#include "source/diagnostic.h"

namespace fs = std::filesystem;
using namespace factlint;

int main(int argc, char** argv) {
  std::string rules_dir = argc > 1 ? argv[1] : "rules";
  std::string corpus_dir = argc > 2 ? argv[2] : "corpus";
  int repeat = argc > 3 ? std::atoi(argv[3]) : 200;

  source::DiagnosticSink sink;
  std::optional<lang::RuleSet> rules = lang::parse_rules({rules_dir}, sink);
  if (!rules) {
    std::cerr << "match_bench: the rules have errors\n";
    return 2;
  }
  std::string body;
  for (const std::string& path : doc::find_documents({corpus_dir}, sink)) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    body += text.str() + "\n\n";
  }
  std::string big;
  for (int i = 0; i < repeat; ++i) big += body;
  const std::string big_path = (fs::temp_directory_path() / "factlint_match_bench.txt").string();
  std::ofstream(big_path) << big;

  doc::Document document = doc::make_document(big_path, big, "txt", sink);
  match::Matcher matcher(*rules);
  match::MatchStats stats;
  auto start = std::chrono::steady_clock::now();
  std::vector<match::Statement> found = matcher.run(document, &stats);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double mb = static_cast<double>(big.size()) / 1e6;
  std::printf("factlint match: %.1f MB in %.3f s = %.1f MB/s, %zu statements, %llu NFA steps, %llu passes\n", mb,
              seconds, mb / seconds, found.size(), static_cast<unsigned long long>(stats.nfa_steps),
              static_cast<unsigned long long>(stats.passes));

  // ripgrep over the same file, for scale: a search for a few anchor words.
  std::string command = "rg -c -i '(largest|biggest|border|split|annex|treaty|met|visit|statement)' " + big_path +
                        " > /dev/null";
  start = std::chrono::steady_clock::now();
  int status = std::system(command.c_str());
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (status == 0) std::printf("rg (anchor words): %.3f s = %.1f MB/s\n", seconds, mb / seconds);
  fs::remove(big_path);
  return 0;
}
