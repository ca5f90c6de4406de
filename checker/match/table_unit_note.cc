// A table's unit given by a note above it (table_unit_note.h).
#include "match/table_unit_note.h"

#include <algorithm>
#include <array>

#include "match/table_cues.h"
#include "value/scan.h"

namespace factlint::match {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ':')) s.remove_suffix(1);
  return s;
}

bool starts_with_word(std::string_view s, std::string_view word) {
  return s.size() > word.size() && s.substr(0, word.size()) == word && s[word.size()] == ' ';
}

// Drops one of `words` (and the space after it) from the front of `s`; false when none opens it.
template <std::size_t N>
bool drop_word(std::string_view& s, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (starts_with_word(s, w)) {
      s.remove_prefix(w.size() + 1);
      return true;
    }
  }
  return false;
}

// What a note's unit may be: a scale, with or without what it scales ("millions of
// vehicles"), or a unit of money or a measure.
bool is_unit(std::string_view unit) { return !leading_scale(unit).empty() || names_a_measure(unit); }

}  // namespace

bool names_a_measure(std::string_view unit) {
  unit = trim(unit);
  if (unit.empty()) return false;
  // The figure after the unit ("1 yen", "1 million tonnes"), or after its first word
  // when that is a currency ("us$1 million", "usd 1 bn").
  const std::size_t space = std::min(unit.find(' '), unit.size());
  const std::string first(unit.substr(0, space)), rest(unit.substr(space));
  const std::string figures[] = {"1 " + std::string(unit), first + "1" + rest, first + " 1" + rest};
  const value::ParseContext context;
  for (const std::string& figure : figures) {
    for (value::Type type : {value::Type::Money, value::Type::Length, value::Type::Area, value::Type::Mass,
                             value::Type::Volume, value::Type::Energy, value::Type::Power, value::Type::Speed,
                             value::Type::Flow, value::Type::DataSize, value::Type::Percent,
                             value::Type::Temperature}) {
      for (const value::ValueMatch& m : value::scan_values(type, figure, context)) {
        if (m.begin == 0 && m.end == figure.size()) return true;
        break;
      }
    }
  }
  return false;
}

UnitNote unit_note(std::string_view paragraph) {
  static constexpr std::array<std::string_view, 9> kSubjects = {
      "all figures", "figures", "all amounts", "amounts", "all values", "values", "all numbers", "numbers", "data"};
  static constexpr std::array<std::string_view, 6> kVerbs = {"are", "given", "shown", "expressed", "stated", "reported"};
  std::size_t sentence = 0;
  while (sentence < paragraph.size()) {
    // A sentence ends at ". " or ";" (a full stop inside a figure, "29.9", is none).
    std::size_t end = sentence;
    while (end < paragraph.size() && paragraph[end] != ';' &&
           !(paragraph[end] == '.' && (end + 1 == paragraph.size() || paragraph[end + 1] == ' '))) {
      ++end;
    }
    for (std::size_t part = sentence; part < end;) {
      std::size_t comma = paragraph.find(", ", part);
      if (comma == std::string_view::npos || comma > end) comma = end;
      const bool last = comma == end;
      const std::string_view raw = paragraph.substr(part, comma - part);
      std::string_view words = trim(raw);
      const bool subject = drop_word(words, kSubjects);
      if (subject) {
        drop_word(words, kVerbs);
        drop_word(words, kVerbs);  // "are given in"
      }
      if ((subject || last) && starts_with_word(words, "in") && is_unit(trim(words.substr(3)))) {
        const std::string_view unit = trim(words.substr(3));
        UnitNote note;
        note.unit.begin = static_cast<std::size_t>(unit.data() - paragraph.data());
        note.unit.end = note.unit.begin + unit.size();
        if (!last) {
          std::string_view rest = trim(paragraph.substr(comma + 2, end - comma - 2));
          if (starts_with_word(rest, "except")) {
            rest.remove_prefix(7);
            if (starts_with_word(rest, "for")) rest.remove_prefix(4);
            note.except = std::string(rest.substr(0, rest.find_first_of(" ,")));
          }
        }
        return note;
      }
      part = comma + 2;
    }
    sentence = end + 1;
    while (sentence < paragraph.size() && paragraph[sentence] == ' ') ++sentence;
  }
  return {};
}

}  // namespace factlint::match
