// Every ```facts block in docs/rules.md parses without errors; every ```facts-error
// block fails, with exactly the diagnostics of the ```text block after it, if any.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "lang/parse.h"

using namespace factlint;

namespace {

struct Block {
  std::string info;  // the word after the opening fence: facts, facts-error, text, ...
  std::string text;
  int line = 0;      // line of the opening fence in rules.md
};

std::vector<Block> fenced_blocks(const std::string& markdown) {
  std::vector<Block> blocks;
  std::istringstream in(markdown);
  std::string line;
  int number = 0;
  Block* open = nullptr;
  while (std::getline(in, line)) {
    ++number;
    if (line.rfind("```", 0) == 0) {
      if (open) {
        open = nullptr;
      } else {
        blocks.push_back(Block{line.substr(3), "", number});
        open = &blocks.back();
      }
    } else if (open) {
      open->text += line + "\n";
    }
  }
  return blocks;
}

std::string render_all(const source::DiagnosticSink& sink, bool errors_only) {
  std::string out;
  for (const auto& d : sink.sorted()) {
    if (!errors_only || d.severity == source::Severity::Error) out += source::render(d);
  }
  return out;
}

}  // namespace

TEST_CASE("every rule example in docs/rules.md behaves as the page says", "[lang]") {
  std::ifstream file(std::string(FACTLINT_SOURCE_DIR) + "/docs/rules.md");
  REQUIRE(file);
  std::stringstream buffer;
  buffer << file.rdbuf();
  std::vector<Block> blocks = fenced_blocks(buffer.str());
  // Examples that include files find them beside this path.
  const std::string fixture_path = std::string(FACTLINT_SOURCE_DIR) + "/tests/lang/fixtures/example.facts";
  int valid = 0;
  int failing = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    CAPTURE(block.line, block.text);
    source::DiagnosticSink sink;
    if (block.info == "facts") {
      ++valid;
      auto rules = lang::parse_rules_text(fixture_path, block.text, sink);
      INFO(render_all(sink, false));
      CHECK(rules.has_value());
    } else if (block.info == "facts-error") {
      ++failing;
      auto rules = lang::parse_rules_text("rules/example.facts", block.text, sink);
      CHECK_FALSE(rules.has_value());
      if (i + 1 < blocks.size() && blocks[i + 1].info == "text") {
        CHECK(render_all(sink, true) == blocks[i + 1].text);
      }
    }
  }
  CHECK(valid >= 15);
  CHECK(failing >= 2);
}
