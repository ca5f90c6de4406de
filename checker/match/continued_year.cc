// A sentence continuing the one before takes its year (match/continued_year.h).
#include "match/continued_year.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

#include "doc/sentence_at.h"
#include "match/document_layout.h"
#include "source/ascii.h"

namespace factlint::match {

void date_by_sentence_before(const doc::Document& document, const lang::RuleSet& rules, std::vector<Statement>& out) {
  // The sentence of each statement, by its value's place.
  auto sentence_of = [&](const Statement& st) {
    const auto at = std::lower_bound(document.to_original.begin(), document.to_original.end(),
                                     static_cast<std::uint32_t>(st.value_begin));
    const std::size_t normalized = static_cast<std::size_t>(at - document.to_original.begin());
    return doc::sentence_at(document.sentences, normalized);
  };
  auto dated_by_itself = [](const Statement& st) {
    return st.scope_source == "value's clause" || st.scope_source == "value's sentence";
  };
  auto undated = [](const Statement& st) {
    return st.scope_source == "paragraph's year" || st.scope_source == "title's year" ||
           st.scope_source == "first sentence's year" || st.scope_source == "publication date";
  };
  // A sentence that says its figure holds now is of the time of writing.
  auto says_now = [](const std::string& sentence) {
    const std::string lower = source::ascii_lower(sentence);
    for (std::string_view word : {"now", "currently", "today", "presently", "at present"}) {
      for (std::size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
        const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
        const std::size_t end = at + word.size();
        const bool ends = end >= lower.size() || !std::isalnum(static_cast<unsigned char>(lower[end]));
        if (starts && ends) return true;
      }
    }
    return false;
  };
  std::vector<int> sentence(out.size(), -1);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (undated(out[i]) || dated_by_itself(out[i])) sentence[i] = sentence_of(out[i]);
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    Statement& st = out[i];
    const int s = sentence[i];
    if (s <= 0 || !undated(st) || opens_paragraph(document, s) || says_now(st.sentence)) continue;
    // A fact sheet's label line is a field of its own, which continues no line before
    // it: "Central region: 33% (2021: 26%)" under a line ending "(2021: 27%)" is not 2021's.
    if (is_label_line(document, s) || is_label_line(document, s - 1)) continue;
    const auto fact = std::find_if(rules.facts.begin(), rules.facts.end(),
                                   [&](const lang::FactDecl& f) { return f.name == st.fact; });
    if (fact == rules.facts.end() || fact->scope != "year" || fact->plans) continue;
    // The latest statement of the same fact in the sentence before, dated by its own words.
    const Statement* before = nullptr;
    for (std::size_t k = 0; k < out.size(); ++k) {
      if (sentence[k] != s - 1 || out[k].fact != st.fact || !dated_by_itself(out[k])) continue;
      if (!before || out[k].value_begin > before->value_begin) before = &out[k];
    }
    if (!before) continue;
    st.scope = before->scope;
    st.scope_source = "sentence it continues";
  }
}

}  // namespace factlint::match
