// A scale word mistyped after a figure ("312 milion") makes the phrase unreadable,
// never the figure alone: a value a million times too small would be a silent misread.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "value/misspelt_scale.h"
#include "value/scan.h"

using namespace factlint::value;

namespace {

const std::vector<std::string> kScaleWords{"thousand", "million", "billion", "trillion",
                                           "thousands", "millions", "billions", "trillions"};

bool keeps_ends(const std::string& typo, const std::string& word) {
  return typo.size() >= 4 && typo.compare(0, 2, word, 0, 2) == 0 &&
         typo.compare(typo.size() - 2, 2, word, word.size() - 2, 2) == 0;
}

// Every one-edit typo of every scale word that keeps its first and last two letters.
std::set<std::string> typos() {
  std::set<std::string> out;
  const std::set<std::string> real(kScaleWords.begin(), kScaleWords.end());
  auto add = [&](const std::string& typo, const std::string& word) {
    if (!real.count(typo) && typo != "minion" && typo != "minions" && keeps_ends(typo, word)) out.insert(typo);
  };
  for (const std::string& w : kScaleWords) {
    for (std::size_t i = 0; i < w.size(); ++i) {
      add(w.substr(0, i) + w.substr(i + 1), w);
      if (i + 1 < w.size()) {
        std::string swapped = w;
        std::swap(swapped[i], swapped[i + 1]);
        add(swapped, w);
      }
      for (char c = 'a'; c <= 'z'; ++c) {
        std::string changed = w;
        changed[i] = c;
        add(changed, w);
      }
    }
    for (std::size_t i = 0; i <= w.size(); ++i) {
      for (char c = 'a'; c <= 'z'; ++c) add(w.substr(0, i) + c + w.substr(i), w);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every one-letter typo of a scale word after a figure leaves the figure unread", "[value]") {
  const std::set<std::string> all = typos();
  REQUIRE(all.size() > 1000);
  struct Figure {
    Type type;
    std::string before, after;
  };
  const std::vector<Figure> figures{{Type::Count, "312", ""},
                                    {Type::Money, "$1.15", ""},
                                    {Type::Number, "4,200", ""},
                                    {Type::Mass, "2.5", " tonnes"}};
  std::size_t checked = 0;
  for (const std::string& typo : all) {
    for (const Figure& f : figures) {
      const std::string text = "it reached " + f.before + " " + typo + f.after + " last year";
      CAPTURE(text);
      ScanResult result = scan(f.type, text, {});
      CHECK(result.matches.empty());
      // A unit after the typo: the quantity is not read at all, which is no misread either.
      if (!f.after.empty()) continue;
      REQUIRE(result.unread.size() == 1);
      CHECK(text.substr(result.unread.front().unread_begin,
                        result.unread.front().unread_end - result.unread.front().unread_begin) == typo);
      ++checked;
    }
  }
  CHECK(checked == all.size() * (figures.size() - 1));
}

TEST_CASE("a word near a scale word that is a word of its own is no typo", "[value]") {
  for (const char* text : {"300 minions", "1,000 bullion bars", "12 billing cycles", "40 millimetres",
                           "8 mullions", "2 pillions", "5 thousandths", "3 trilliums"}) {
    CAPTURE(text);
    CHECK_FALSE(misspelt_scale(std::string_view(text).substr(std::string_view(text).find(' ') + 1)));
  }
  CHECK(scan(Type::Count, "300 minions", {}).matches.size() == 1);
  CHECK(scan(Type::Count, "12 billing cycles", {}).matches.size() == 1);
}

TEST_CASE("a message about a mistyped scale names the word it looks like", "[value]") {
  CHECK(misspelling_note("milion") == " (a misspelt 'million'?)");
  CHECK(misspelling_note(" Bilions") == " (a misspelt 'billions'?)");
  CHECK(misspelling_note("-third").empty());
  CHECK(misspelt_scale("thosuand") == std::string_view("thousand"));
}
