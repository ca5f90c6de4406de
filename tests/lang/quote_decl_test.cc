// `quote` declarations in rule files (docs/rules.md "Quotes", issue 11): parsed into
// the rule set, and every mistake reported as a compiler-style diagnostic.
#include <catch2/catch.hpp>

#include "lang/dump.h"
#include "lang/parse.h"
#include "source/diagnostic.h"

using namespace factlint;

namespace {

// The dump of `text`, or every rendered diagnostic when it has errors.
std::string parse(const std::string& text) {
  source::DiagnosticSink sink;
  auto rules = lang::parse_rules_text("q.facts", text, sink);
  if (!rules || sink.has_errors()) {
    std::string out;
    for (const auto& d : sink.sorted()) out += source::render(d);
    return out;
  }
  return lang::dump(*rules);
}

const char* kEntities = "entity Xi: person = \"Xi Jinping\", \"Xi\"\nentity Russia = \"Russia\"\n";

}  // namespace

TEST_CASE("a quote declaration holds its speaker, text and whom it is about", "[lang]") {
  std::string out = parse(std::string(kEntities) +
                          "quote no_limits {\n"
                          "  speaker: Xi            # who said it\n"
                          "  text: \"friendship between the two States has no limits\"\n"
                          "  about: Russia\n"
                          "}\n");
  CHECK(out ==
        "entity Xi = \"Xi Jinping\", \"Xi\"\n"
        "entity Russia = \"Russia\"\n"
        "quote no_limits\n"
        "  speaker Xi\n"
        "  about Russia\n"
        "  text \"friendship between the two States has no limits\"\n");
}

TEST_CASE("a quote declaration's items come in any order, on one line with ';'", "[lang]") {
  std::string out = parse(std::string(kEntities) + "quote q { text: \"we stand together\"; speaker: Xi }\n");
  CHECK(out.find("quote q\n  speaker Xi\n  text \"we stand together\"\n") != std::string::npos);
}

TEST_CASE("an unknown speaker entity is an error with a suggestion", "[lang]") {
  std::string out = parse(std::string(kEntities) + "quote q {\n  speaker: Xii\n  text: \"we stand\"\n}\n");
  CHECK(out ==
        "q.facts:4:12: error: unknown entity 'Xii' as the speaker of quote 'q'; did you mean 'Xi'?\n"
        "  speaker: Xii\n"
        "           ^~~\n");
}

TEST_CASE("an unknown 'about' entity is an error", "[lang]") {
  std::string out = parse(std::string(kEntities) + "quote q {\n  speaker: Xi\n  text: \"we stand\"\n  about: Chna\n}\n");
  CHECK(out.find("q.facts:6:10: error: unknown entity 'Chna' as whom quote 'q' is about") == 0);
}

TEST_CASE("an empty or missing text is an error", "[lang]") {
  CHECK(parse(std::string(kEntities) + "quote q {\n  speaker: Xi\n  text: \" ... \"\n}\n") ==
        "q.facts:5:9: error: the text of quote 'q' is empty; it must hold the verified words\n"
        "  text: \" ... \"\n"
        "        ^~~~~~~\n");
  CHECK(parse(std::string(kEntities) + "quote q {\n  speaker: Xi\n}\n") ==
        "q.facts:3:7: error: quote 'q' has no text; add 'text: \"the verified words\"'\n"
        "quote q {\n"
        "      ^\n");
}

TEST_CASE("a missing speaker is an error", "[lang]") {
  CHECK(parse(std::string(kEntities) + "quote q {\n  text: \"we stand\"\n}\n") ==
        "q.facts:3:7: error: quote 'q' names no speaker; add 'speaker: Entity'\n"
        "quote q {\n"
        "      ^\n");
}

TEST_CASE("a quote name declared twice is an error with a note", "[lang]") {
  std::string out = parse(std::string(kEntities) + "quote q { speaker: Xi; text: \"a b\" }\n" +
                          "quote q { speaker: Xi; text: \"c d\" }\n");
  CHECK(out.find("q.facts:4:7: error: quote 'q' is declared twice") == 0);
  CHECK(out.find("q.facts:3:7: note: first declared here") != std::string::npos);
}

TEST_CASE("an item given twice and an unknown item are errors, and parsing goes on", "[lang]") {
  std::string out = parse(std::string(kEntities) +
                          "quote q {\n  speaker: Xi\n  speaker: Russia\n  txt: \"a b\"\n  text: \"a b\"\n}\n"
                          "quote r { speaker: Nobody; text: \"c d\" }\n");
  CHECK(out.find("q.facts:5:3: error: 'speaker' is given twice in quote 'q'") != std::string::npos);
  CHECK(out.find("q.facts:6:3: error: expected a quote item: 'speaker', 'text' or 'about', found 'txt'; did you "
                 "mean 'text'?") != std::string::npos);
  CHECK(out.find("q.facts:9:20: error: unknown entity 'Nobody'") != std::string::npos);
}

TEST_CASE("a missing ':' or closing brace is a syntax error naming what was expected", "[lang]") {
  CHECK(parse(std::string(kEntities) + "quote q {\n  speaker Xi\n}\n").find(
            "q.facts:4:11: error: expected ':' after the item's name, found 'Xi'") == 0);
  std::string out = parse(std::string(kEntities) + "quote q {\n  speaker: Xi\n  text: \"a b\"\nentity C\n");
  CHECK(out.find("q.facts:6:1: error: expected '}' to close quote 'q', found 'entity'") == 0);
}

TEST_CASE("no fact may be named 'quote': quote findings carry that name", "[lang]") {
  std::string out = parse("fact quote -> n: count { pattern {n} quotes }\n");
  CHECK(out.find("q.facts:1:6: error: fact name 'quote' is reserved for quotations; choose another name") == 0);
}
