// The verbs of change ("rose", "fell", "doubled", ...) in the forms writers use, and which
// reading each form takes part in. One table, so a verb learnt for one reading is seen
// beside the others; each reading keeps exactly its own words (docs/rules.md, "Derived values").
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace factlint::value {

// What a form of a verb of change does to the figure near it, one bit per reading.
enum ChangeUse : unsigned {
  // Before "from": "rose from 5 to 7 million", "cut its staff from 300 to 250" state the
  // level reached, not a range (value/amount_reader.cc).
  kBeforeFrom = 1u << 0,
  // Takes the size of the change as its object: "rose 50 cents", "fell by $2 billion"
  // (match/change_amount.cc).
  kSizedBy = 1u << 1,
  // A participle after "has"/"have" and before "to": "has risen to 9,000" is the level
  // reached by the time of writing (match/since_clause.cc).
  kPerfectTo = 1u << 2,
};

struct ChangeWord {
  std::string_view word;
  unsigned uses;
};

// One verb a line, in its forms; a form not listed takes part in no reading.
inline constexpr std::array<ChangeWord, 119> kChangeWords = {{
    {"rise", kBeforeFrom | kSizedBy}, {"rises", kBeforeFrom | kSizedBy}, {"rose", kBeforeFrom | kSizedBy},
    {"risen", kBeforeFrom | kSizedBy | kPerfectTo}, {"rising", kBeforeFrom},
    {"fall", kBeforeFrom | kSizedBy}, {"falls", kBeforeFrom | kSizedBy}, {"fell", kBeforeFrom | kSizedBy},
    {"fallen", kBeforeFrom | kSizedBy | kPerfectTo}, {"falling", kBeforeFrom},
    {"grow", kBeforeFrom | kSizedBy}, {"grows", kBeforeFrom | kSizedBy}, {"grew", kBeforeFrom | kSizedBy},
    {"grown", kBeforeFrom | kSizedBy | kPerfectTo}, {"growing", kBeforeFrom},
    {"increase", kBeforeFrom | kSizedBy}, {"increases", kBeforeFrom | kSizedBy},
    {"increased", kBeforeFrom | kSizedBy | kPerfectTo}, {"increasing", kBeforeFrom},
    {"decrease", kBeforeFrom | kSizedBy}, {"decreases", kBeforeFrom | kSizedBy},
    {"decreased", kBeforeFrom | kSizedBy}, {"decreasing", kBeforeFrom},
    {"drop", kBeforeFrom | kSizedBy}, {"drops", kBeforeFrom | kSizedBy},
    {"dropped", kBeforeFrom | kSizedBy | kPerfectTo}, {"dropping", kBeforeFrom},
    {"climb", kBeforeFrom | kSizedBy}, {"climbs", kBeforeFrom | kSizedBy},
    {"climbed", kBeforeFrom | kSizedBy | kPerfectTo}, {"climbing", kBeforeFrom},
    {"expand", kBeforeFrom}, {"expands", kBeforeFrom}, {"expanded", kBeforeFrom}, {"expanding", kBeforeFrom},
    {"shrink", kBeforeFrom}, {"shrinks", kBeforeFrom}, {"shrank", kBeforeFrom | kSizedBy},
    {"shrunk", kBeforeFrom | kPerfectTo}, {"shrinking", kBeforeFrom},
    {"jump", kBeforeFrom | kSizedBy}, {"jumps", kBeforeFrom | kSizedBy},
    {"jumped", kBeforeFrom | kSizedBy | kPerfectTo}, {"jumping", kBeforeFrom},
    {"surge", kBeforeFrom | kSizedBy}, {"surges", kBeforeFrom}, {"surged", kBeforeFrom | kSizedBy | kPerfectTo},
    {"surging", kBeforeFrom},
    {"soar", kBeforeFrom | kSizedBy}, {"soars", kBeforeFrom}, {"soared", kBeforeFrom | kSizedBy | kPerfectTo},
    {"soaring", kBeforeFrom},
    {"plunge", kBeforeFrom}, {"plunges", kBeforeFrom}, {"plunged", kBeforeFrom | kSizedBy}, {"plunging", kBeforeFrom},
    {"slump", kBeforeFrom}, {"slumps", kBeforeFrom}, {"slumped", kBeforeFrom},
    {"decline", kBeforeFrom}, {"declines", kBeforeFrom}, {"declined", kBeforeFrom | kSizedBy | kPerfectTo},
    {"declining", kBeforeFrom},
    {"slip", kBeforeFrom | kSizedBy}, {"slips", kBeforeFrom}, {"slipped", kBeforeFrom | kSizedBy},
    {"slide", kBeforeFrom}, {"slides", kBeforeFrom}, {"slid", kBeforeFrom | kSizedBy},
    {"tumble", kBeforeFrom}, {"tumbled", kBeforeFrom | kSizedBy},
    {"dip", kSizedBy}, {"dipped", kBeforeFrom | kSizedBy},
    {"sank", kBeforeFrom | kSizedBy}, {"sunk", kBeforeFrom},
    {"double", kBeforeFrom}, {"doubled", kBeforeFrom | kPerfectTo}, {"doubling", kBeforeFrom},
    {"triple", kBeforeFrom}, {"tripled", kBeforeFrom | kPerfectTo},
    {"trebled", kPerfectTo},
    {"halve", kBeforeFrom}, {"halved", kBeforeFrom},
    {"cut", kBeforeFrom}, {"cuts", kBeforeFrom},
    {"raise", kBeforeFrom}, {"raised", kBeforeFrom}, {"raising", kBeforeFrom},
    {"reduce", kBeforeFrom}, {"reduced", kBeforeFrom}, {"reducing", kBeforeFrom},
    {"lower", kBeforeFrom}, {"lowered", kBeforeFrom},
    {"lift", kBeforeFrom}, {"lifted", kBeforeFrom},
    {"boost", kBeforeFrom}, {"boosted", kBeforeFrom},
    {"widen", kBeforeFrom}, {"widened", kBeforeFrom},
    {"narrow", kBeforeFrom}, {"narrowed", kBeforeFrom},
    {"swell", kBeforeFrom}, {"swelled", kBeforeFrom | kPerfectTo}, {"swollen", kBeforeFrom},
    {"went", kBeforeFrom}, {"gone", kBeforeFrom | kPerfectTo},
    {"moved", kBeforeFrom}, {"changed", kBeforeFrom}, {"improved", kBeforeFrom}, {"worsened", kBeforeFrom},
    {"recovered", kBeforeFrom}, {"rebounded", kBeforeFrom}, {"contracted", kBeforeFrom},
    {"extended", kBeforeFrom}, {"lengthened", kBeforeFrom}, {"shortened", kBeforeFrom},
    {"edged", kSizedBy}, {"crept", kSizedBy}, {"inched", kSizedBy},
}};

// Whether `word` (lower case, whole) is a form of a verb of change that takes part in
// the reading `use`.
inline bool is_change_word(std::string_view word, ChangeUse use) {
  return std::any_of(kChangeWords.begin(), kChangeWords.end(),
                     [&](const ChangeWord& c) { return c.word == word && (c.uses & use) != 0; });
}

}  // namespace factlint::value
