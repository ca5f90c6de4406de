// A document's title: its entities and its year.
#include "match/document_title.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>

#include "doc/normalizer.h"
#include "match/compared_mention.h"
#include "match/document_layout.h"
#include "match/tokenizer.h"
#include "match/written_case.h"
#include "value/scan.h"

namespace factlint::match {

namespace {

// The normalized text of the document's first line when it is a level-1 heading
// ("# Title"; "## Section" opens a section, not the document), else "".
std::string_view first_heading(const doc::Document& document) {
  if (document.sentences.empty() || !is_heading(document, 0)) return {};
  const std::string_view source = document.source.text();
  const std::size_t at = std::min(document.original_offset(document.sentences.front().begin), source.size());
  const std::size_t hash = source.rfind('#', at == 0 ? 0 : at - 1);
  if (hash == std::string_view::npos || (hash > 0 && source[hash - 1] == '#')) return {};
  std::size_t line_end = source.find('\n', at);
  if (line_end == std::string_view::npos) line_end = source.size();
  // A heading the sentence splitter cut ("# A.P. Moller-Maersk ...") is every
  // sentence that begins on its line.
  std::size_t end = document.sentences.front().end;
  for (const doc::Sentence& s : document.sentences) {
    if (document.original_offset(s.begin) >= line_end) break;
    end = s.end;
  }
  const std::size_t begin = document.sentences.front().begin;
  return std::string_view(document.normalized).substr(begin, std::min(end, document.normalized.size()) - begin);
}

// A four-digit number 1000..2999, else 0.
int four_digit_year(std::string_view word) {
  if (word.size() != 4 || (word[0] != '1' && word[0] != '2')) return 0;
  int year = 0;
  for (char c : word) {
    if (c < '0' || c > '9') return 0;
    year = year * 10 + (c - '0');
  }
  return year;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether the year written at [begin, end) of `text` is one end of a span: joined
// by '-' or '/' to another number ("1904-2024", "2022/23"), or after a word that
// makes it one ("since 2004", "from 2019", "until 2030").
bool ends_a_span(std::string_view text, std::size_t begin, std::size_t end) {
  if (end + 1 < text.size() && (text[end] == '-' || text[end] == '/') && is_digit(text[end + 1])) return true;
  if (begin >= 2 && (text[begin - 1] == '-' || text[begin - 1] == '/') && is_digit(text[begin - 2])) return true;
  std::string_view before = text.substr(0, begin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  for (std::string_view word : {"since", "from", "until", "till", "through", "after", "before", "between"}) {
    if (before.size() >= word.size() && before.substr(before.size() - word.size()) == word &&
        (before.size() == word.size() || !std::isalnum(static_cast<unsigned char>(before[before.size() - word.size() - 1])))) {
      return true;
    }
  }
  return false;
}

}  // namespace

int title_year(const std::vector<std::string_view>& normalized, std::optional<value::CivilDate> published) {
  if (!published) return 0;
  const int year = one_named_year(normalized);
  return year != 0 && published->year == year + 1 ? year : 0;
}

int one_named_year(const std::vector<std::string_view>& normalized) {
  std::set<int> named;  // every year written, to see that there is only one
  std::set<int> read;   // the years the year reader reads as a year
  for (std::string_view text : normalized) {
    for (const Token& t : tokenize(text)) {
      const int year = four_digit_year(text.substr(t.begin, t.end - t.begin));
      if (year == 0) continue;
      if (ends_a_span(text, t.begin, t.end)) return 0;
      named.insert(year);
    }
    // No publication date here: a title's "last year" is no year it names.
    for (const value::ValueMatch& m : value::scan_values(value::Type::Year, text, value::ParseContext{})) {
      const std::string_view said = text.substr(m.begin, m.end - m.begin);
      if (std::none_of(said.begin(), said.end(), is_digit) || !std::isfinite(m.value.lo) || !std::isfinite(m.value.hi)) {
        continue;
      }
      const int first = value::civil_from_days(static_cast<long>(std::floor(m.value.lo))).year;
      const int last = value::civil_from_days(static_cast<long>(std::floor(m.value.hi)) - (m.value.hi_inclusive ? 0 : 1)).year;
      if (first != last || ends_a_span(text, m.begin, m.end)) return 0;  // "the 2000s", "since 2004"
      named.insert(first);
      read.insert(first);
    }
  }
  if (named.size() != 1 || read.size() != 1) return 0;
  return *named.begin();
}

// Whether each word of `hit` appears in capitals in the title as written.
template <typename Word>
bool in_capitals_in(const std::string& written, const Word& word, const AliasOccurrence& hit) {
  for (int i = hit.begin; i < hit.end; ++i) {
    std::string upper(word(i));
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (written.find(upper) == std::string::npos) return false;
  }
  return true;
}

// Whether the one word of `hit` is written capitalized: in the written front-matter
// title for `meta`, in the document for its first heading.
bool capitalized_in(const doc::Document& document, const std::string& meta, std::string_view text,
                    const std::vector<Token>& tokens, const AliasOccurrence& hit) {
  const Token& t = tokens[static_cast<std::size_t>(hit.begin)];
  if (text.data() != meta.data()) {
    const auto shift = static_cast<std::size_t>(text.data() - document.normalized.data());
    return !written_lowercase(document, Token{t.begin + shift, t.end + shift});
  }
  std::string capitalized(text.substr(t.begin, t.end - t.begin));
  if (!capitalized.empty()) capitalized[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalized[0])));
  return document.meta.title.find(capitalized) != std::string::npos;
}

namespace {

// The texts that title a document: its metadata title, normalized into `meta`, and its
// first heading; either may be missing.
std::vector<std::string_view> title_texts(const doc::Document& document, std::string& meta) {
  meta = document.meta.title.empty() ? std::string() : doc::normalize(document.meta.title).text;
  std::vector<std::string_view> texts;
  if (!meta.empty()) texts.push_back(meta);
  if (std::string_view heading = first_heading(document); !heading.empty()) texts.push_back(heading);
  return texts;
}

}  // namespace

int title_kind_entity(const doc::Document& document, const std::function<int(std::string_view)>& one_of_kind) {
  std::string meta;
  for (std::string_view text : title_texts(document, meta)) {
    const std::vector<Token> tokens = tokenize(text);
    if (tokens.size() < 2 || text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) != "the") continue;
    for (std::size_t i = 1; i < tokens.size() && i <= 3; ++i) {
      const std::string_view w = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
      if (const int e = one_of_kind(w); e >= 0) return e;
    }
  }
  return -1;
}

DocumentTitle read_title(const doc::Document& document, const Vocabulary& vocabulary, const EntityIndex& entities) {
  DocumentTitle out;
  std::vector<std::set<std::string>> written;  // the names of out.entities[i], lowercased
  std::string meta;
  const std::vector<std::string_view> texts = title_texts(document, meta);
  for (std::string_view text : texts) {
    const std::vector<Token> tokens = tokenize(text);
    std::vector<int> words;
    words.reserve(tokens.size());
    for (const Token& t : tokens) words.push_back(vocabulary.find(text.substr(t.begin, t.end - t.begin)));
    auto word = [&](int i) {
      const Token& t = tokens[static_cast<std::size_t>(i)];
      return text.substr(t.begin, t.end - t.begin);
    };
    for (const AliasOccurrence& hit : entities.occurrences(text, tokens, words)) {
      if (compared_mention(word, hit.begin,
                           hit.end < static_cast<int>(tokens.size()) ? word(hit.end) : std::string_view())) {
        continue;
      }
      // An acronym names its entity in capitals only ("Australia aims to ..." is no AIMS).
      if (hit.capitals && text.data() == meta.data() && !in_capitals_in(document.meta.title, word, hit)) continue;
      // An ignored entity's capitalized word names it capitalized only ("Keeps Its Crown"
      // does; "keeps its crown" does not).
      if (hit.capitalized && !capitalized_in(document, meta, text, tokens, hit)) continue;
      // A name of things of different kinds names each: a title about "the Amazon" is
      // about the forest for a forest's role and the river for a river's.
      std::vector<int> named{hit.entity};
      if (hit.also) named.insert(named.end(), hit.also->begin(), hit.also->end());
      const Token& first = tokens[static_cast<std::size_t>(hit.begin)];
      const Token& last = tokens[static_cast<std::size_t>(hit.end - 1)];
      const std::string name(text.substr(first.begin, last.end - first.begin));  // normalized: lowercase
      for (int e : named) {
        auto at = std::find(out.entities.begin(), out.entities.end(), e);
        if (at == out.entities.end()) {
          out.entities.push_back(e);
          written.emplace_back();
          at = out.entities.end() - 1;
        }
        written[static_cast<std::size_t>(at - out.entities.begin())].insert(name);
      }
    }
  }
  for (const auto& names : written) out.names.push_back(static_cast<int>(names.size()));
  out.year = title_year(texts, document.date());
  return out;
}

}  // namespace factlint::match
