// Tests for screening raw bytes (doc/raw_screen.h): each way a literal search of
// the original could miss a word, a quotation or a warning is caught; plain text is not.
#include <catch2/catch.hpp>

#include <string>

#include "doc/limits.h"
#include "doc/raw_screen.h"

using factlint::doc::raw_may_hide_words;
using factlint::doc::raw_may_hold_quotes;
using factlint::doc::raw_may_warn;

TEST_CASE("plain prose hides no word from a literal search", "[doc][raw_screen]") {
  CHECK_FALSE(raw_may_hide_words("The Population of Chile rose by 5%, officials said.\n", "md"));
  CHECK_FALSE(raw_may_hide_words("The population of Chile rose.", "txt"));
  // Non-ASCII that normalizes to nothing a word of ASCII letters could hold.
  CHECK_FALSE(raw_may_hide_words("Caf\u00e9 owners \u2014 and \u201cothers\u201d \u2019til 5\u00a0km\u2026", "md"));
  // Markup that leaves a space or ends a word: bold, links, code between words.
  CHECK_FALSE(raw_may_hide_words("A **bold** claim, a [link](http://x.org/a(b)) and `code` here.", "md"));
  CHECK_FALSE(raw_may_hide_words("5 * 3 and a ~40 figure, **bold**.", "md"));
  // Conservative: an intraword '_' is kept by the reader, but it is not worth telling apart.
  CHECK(raw_may_hide_words("snake_case", "md"));
}

TEST_CASE("entities and characters that normalize to ASCII letters may hide words", "[doc][raw_screen]") {
  CHECK(raw_may_hide_words("&#112;opulation", "md"));
  CHECK(raw_may_hide_words("Tom &amp; Jerry", "txt"));
  CHECK(raw_may_hide_words("pro\uFB01t", "md"));                // ligature fi
  CHECK(raw_may_hide_words("\uFF30opulation", "md"));           // full-width P
  CHECK(raw_may_hide_words("\u212Ailometre", "md"));            // Kelvin sign folds to k
  CHECK(raw_may_hide_words("popu\u00ADlation", "md"));          // soft hyphen vanishes
  CHECK(raw_may_hide_words("popu\u200Blation", "txt"));         // zero-width space vanishes
  CHECK(raw_may_hide_words("STRA\u1E9EE", "md"));               // capital sharp s folds to ss
  CHECK(raw_may_hide_words("\U0001D40Fopulation", "md"));       // mathematical bold P, beyond U+FFFF
  CHECK(raw_may_hide_words("\uFDFA", "md"));                    // grows longer (one sentence may outgrow its paragraph)
}

TEST_CASE("Markdown that may join the letters around it into one word", "[doc][raw_screen]") {
  CHECK(raw_may_hide_words("popu**la**tion", "md"));
  CHECK(raw_may_hide_words("popu_la_tion", "md"));
  CHECK(raw_may_hide_words("popu`la`tion", "md"));
  CHECK(raw_may_hide_words("popu~~la~~tion", "md"));
  CHECK(raw_may_hide_words("[pop](http://x)ulation", "md"));
  CHECK(raw_may_hide_words("[pop](http://x/(a) b)ulation", "md"));  // the destination's brackets balanced
  CHECK(raw_may_hide_words("[pop][ref]ulation", "md"));
  CHECK(raw_may_hide_words("pop[ul](x)ation", "md"));
  CHECK(raw_may_hide_words("[popu**](x)la", "md"));
  CHECK(raw_may_hide_words("popu<b>la</b>tion", "md"));
  CHECK(raw_may_hide_words("a ![pic](x.png) b", "md"));
  CHECK(raw_may_hide_words("[pop](http://x ulation", "md"));    // a bracket left open: nothing is certain
  // The same bytes in plain text are read as written.
  CHECK_FALSE(raw_may_hide_words("popu**la**tion", "txt"));
  // HTML is always read.
  CHECK(raw_may_hide_words("<p>population</p>", "html"));
  CHECK(raw_may_hide_words("population", "html"));
}

TEST_CASE("reading may warn: long paragraphs, code blocks, deep nesting", "[doc][raw_screen]") {
  using factlint::doc::kMaxSentenceBytes;
  CHECK_FALSE(raw_may_warn("Short. Text.\n\nAnother paragraph.\n", "md"));
  std::string line(kMaxSentenceBytes / 2, 'a');
  CHECK_FALSE(raw_may_warn(line + "\n\n" + line + "\n\n" + line + "\n", "md"));
  CHECK(raw_may_warn(line + "\n" + line + "\n" + line + "\n", "md"));  // one paragraph over the limit
  CHECK(raw_may_warn(line + "\n" + line + "\n" + line + "\n", "txt"));
  CHECK(raw_may_warn("text\n\n```\ncode\n\nmore\n```\n", "md"));
  CHECK(raw_may_warn("text\n\n    indented code\n", "md"));
  CHECK(raw_may_warn("text\n\n\tindented code\n", "md"));
  CHECK(raw_may_warn("text\n\n<pre>\nblock\n\nmore\n</pre>\n", "md"));
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "> ";
  CHECK(raw_may_warn(deep + "deep\n", "md"));
  CHECK_FALSE(raw_may_warn("> > quoted twice\n", "md"));
  CHECK(raw_may_warn("anything", "html"));
}

TEST_CASE("quotation marks the quote reader could pair", "[doc][raw_screen]") {
  CHECK_FALSE(raw_may_hold_quotes("Chile's population, Peru\u2019s border, don't."));
  CHECK(raw_may_hold_quotes("He said \"no\"."));
  CHECK(raw_may_hold_quotes("He said 'no' to it."));  // opens after a space
  CHECK(raw_may_hold_quotes("He said \u201cno\u201d."));
  CHECK(raw_may_hold_quotes("He said \u201eno\u201c."));
  CHECK(raw_may_hold_quotes("Il a dit \u00abnon\u00bb."));
  CHECK(raw_may_hold_quotes("He said \u2018no\u2019."));
  CHECK(raw_may_hold_quotes("He said \u2019no\u2019."));  // a closing curly quote after a space opens
  CHECK(raw_may_hold_quotes("He said &quot;no&quot;."));
  CHECK(raw_may_hold_quotes("'Tis said."));
}

// The screen walks the whole body once (issue 10): a mark far in, after many bytes that
// may begin one but do not (apostrophes, dashes and accented letters share lead bytes
// with the marks), is still found, and none of those bytes alone is taken for a mark.
TEST_CASE("quotation marks far into a body of near misses", "[doc][raw_screen]") {
  std::string body;
  while (body.size() < 100'000) body += "Peru\u2019s port \u2014 Chile's caf\u00e9 \u2013 don't \u00a0stop. ";
  CHECK_FALSE(raw_may_hold_quotes(body));
  for (const char* mark : {"\"", "&", " '", " \u2019", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u2018"}) {
    CAPTURE(mark);
    CHECK(raw_may_hold_quotes(body + mark + "no"));
  }
  CHECK(raw_may_hold_quotes("\u2019Twas"));  // at the very start: no letter before it
}

// The screens pass sixteen bytes at a time where none can matter (source/byte_scan.h):
// the byte that matters is found at every offset, across and inside blocks and in a
// tail shorter than a block, and only there.
TEST_CASE("the screens find the byte that matters at every offset of a long plain body", "[doc][raw_screen]") {
  const std::string plain(53, 'a');
  for (std::size_t at = 0; at < plain.size(); ++at) {
    INFO("at " << at);
    auto with = [&](std::string_view bytes) { return plain.substr(0, at) + std::string(bytes) + plain.substr(at); };
    CHECK(raw_may_hold_quotes(with(" \"")));
    CHECK(raw_may_hold_quotes(with(" '")));
    CHECK(raw_may_hold_quotes(with("\u201C")));
    CHECK(raw_may_hold_quotes(with("\u2019")) == (at == 0));  // after a letter: an apostrophe
    CHECK(raw_may_hide_words(with("**la**"), "md"));
    CHECK(raw_may_hide_words(with("[x]"), "md"));
    CHECK(raw_may_hide_words(with("\uFB01"), "txt"));
    CHECK_FALSE(raw_may_hide_words(with(" \u00e9 "), "txt"));
  }
  CHECK_FALSE(raw_may_hold_quotes(plain));
  CHECK_FALSE(raw_may_hide_words(plain, "md"));
}

// raw_is_plain lets the prefilter skip both screens above (issue 10): it must say
// false for every byte either looks for, at every offset (in a block of sixteen, across
// two, in a shorter tail), and true for a body of prose that holds none of them.
TEST_CASE("a plain body holds no byte the quote and word screens look for", "[doc][raw_screen]") {
  using factlint::doc::raw_is_plain;
  const std::string plain = "Ferries left the harbour at 7:45 (on time), 30% full; #2 of 9 ran late.\n";
  REQUIRE(plain.size() > 40);
  CHECK(raw_is_plain(plain));
  CHECK(raw_is_plain(""));
  const std::string_view looked_for = "\"&'*_~`[]!<";
  for (int byte = 1; byte < 0x100; ++byte) {
    const char c = static_cast<char>(byte);
    const bool special = byte >= 0x80 || looked_for.find(c) != std::string_view::npos;
    for (std::size_t at : {std::size_t{0}, std::size_t{5}, std::size_t{15}, std::size_t{16}, std::size_t{31},
                           std::size_t{40}, plain.size() - 3, plain.size()}) {
      INFO("byte " << byte << " at " << at);
      const std::string body = plain.substr(0, at) + c + plain.substr(at);
      CHECK(raw_is_plain(body) == !special);
      // What it stands for: a plain body is one neither screen needs to walk.
      if (raw_is_plain(body)) {
        CHECK_FALSE(raw_may_hold_quotes(body));
        CHECK_FALSE(raw_may_hide_words(body, "md"));
        CHECK_FALSE(raw_may_hide_words(body, "txt"));
      }
    }
  }
}
