// Sentences that may state a fact in words its rules do not hold: one of the fact's
// entities (or a statement of it just before) and a figure of its type that nothing
// read, with no cue or pattern word of the fact in reach (`rules audit --without-cue`,
// docs/rules.md "Finding phrasings your rules lack"). The near-miss audit lists only
// sentences holding the rules' own words; most blind writers' misses hold none.
#include "match/matcher_impl.h"
#include "match/document_layout.h"
#include "match/token_range.h"

namespace factlint::match {

namespace {

// Words that say nothing of what a figure measures: never offered as a cue.
bool is_filler(std::string_view w) {
  static constexpr std::string_view kFiller[] = {
      "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from",
      "into", "onto", "upon", "than", "through", "across", "along", "between", "among", "after", "before",
      "during", "within", "without", "against", "toward", "towards", "via", "up", "down", "out", "off",
      "that", "this", "these", "those", "which", "who", "whom", "whose", "while", "when", "where", "there",
      "here", "it", "its", "they", "their", "them", "he", "she", "his", "her", "we", "our", "is", "was",
      "are", "were", "be", "been", "being", "has", "had", "have", "do", "does", "did", "will", "would",
      "can", "could", "may", "might", "should", "must", "not", "as", "so", "if", "such", "each", "every",
      "all", "both", "about", "some", "nearly", "almost", "around", "over", "under", "more", "most",
      "less", "much", "many", "just", "roughly", "very", "only", "still", "even", "too", "also", "per",
      "year", "years", "now", "then",
      // scale words and months belong to the figure or its time, not to what it measures
      "hundred", "thousand", "million", "millions", "billion", "billions", "trillion", "percent", "cent",
      "january", "february", "march", "april", "june", "july", "august", "september", "october",
      "november", "december", "early", "late", "mid", "last", "next", "since", "until"};
  return std::find(std::begin(kFiller), std::end(kFiller), w) != std::end(kFiller);
}

bool is_word(std::string_view w) {
  return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80 || c == '\'';
         });
}

// Whether [b, e) (normalized bytes) overlaps a statement's value, of any fact: a figure
// another fact read is that fact's, not a phrasing this one lacks.
bool read_by_a_statement(const doc::Document& document, const std::vector<Statement>& found, std::size_t b,
                         std::size_t e) {
  const std::size_t ob = document.original_offset(b), oe = document.original_offset(e);
  return std::any_of(found.begin(), found.end(),
                     [&](const Statement& st) { return st.value_begin < oe && ob < st.value_end; });
}

// The plain words within four tokens of [begin, end), nearest first, that are no
// entity's name and no filler: what the writer said the figure is.
std::vector<std::string> words_near(const DocumentIndex& index, int first, int last, TokenMatch value) {
  std::vector<char> in_name(static_cast<std::size_t>(last - first), 0);
  for (int t = first; t < last; ++t) {
    if (index.entity_forward.count(t) == 0) continue;
    for (int u = t; u < std::min(last, index.entity_forward.begin(t)->to); ++u) in_name[u - first] = 1;
  }
  std::vector<std::string> out;
  auto offer = [&](int t) {
    if (t < first || t >= last || in_name[t - first]) return;
    const std::string_view w = index.token_text(t);
    if (!is_word(w) || is_filler(w)) return;
    if (std::find(out.begin(), out.end(), w) == out.end()) out.emplace_back(w);
  };
  for (int d = 1; d <= 4; ++d) {
    offer(value.begin - d);
    offer(value.end - 1 + d);
  }
  return out;
}

// Per vocabulary id, whether it is a word or stem some cue or pattern of `fact` must
// read that says what the figure is: "for" in `designed for` says nothing of it.
std::vector<char> rule_words(const CompiledFact& fact, const Vocabulary& vocabulary) {
  std::vector<char> out(static_cast<std::size_t>(vocabulary.size()), 0);
  auto mark = [&](const Program& program) {
    for (const std::vector<int>& clause : program.anchors) {
      for (int id : clause) {
        if (id < 0 || static_cast<std::size_t>(id) >= out.size()) continue;
        std::string word = vocabulary.text(id);
        if (!word.empty() && word.back() == '*') word.pop_back();
        if (is_word(word) && !is_filler(word)) out[static_cast<std::size_t>(id)] = 1;
      }
    }
  };
  for (const CompiledPattern& p : fact.patterns) mark(p.forward);
  for (const CompiledPattern& p : fact.cues) mark(p.forward);
  return out;
}

// A figure written without a digit ("many", "millions of") is no figure a writer
// states a fact with; ordinals are words ("third").
bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The rules' words the sentence holds, each once, in its order.
std::vector<std::string> marked_words(const DocumentIndex& index, int first, int last, const std::vector<char>& marked) {
  auto is_marked = [&](int id) { return id >= 0 && static_cast<std::size_t>(id) < marked.size() && marked[id]; };
  std::vector<std::string> out;
  for (int t = first; t < last; ++t) {
    if (!is_marked(index.words[t]) && !is_marked(index.stems[t])) continue;
    const std::string_view w = index.token_text(t);
    if (std::find(out.begin(), out.end(), w) == out.end()) out.emplace_back(w);
  }
  return out;
}

std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) out += fmt::format("{}'{}'", i ? ", " : "", words[i]);
  return out;
}

}  // namespace

// Whether a veto word of the fact is here (a forecast, a target): the rules drop such a
// sentence, so its figure is no phrasing they lack.
bool Matcher::Impl::vetoed_here(const CompiledFact& fact, const DocumentIndex& index, int first, int last,
                                NfaRunner& runner, MatchStats& stats) const {
  return !veto_hits_in(fact.vetoes, index, first, last, runner, stats).empty();
}

// The first entity named in the sentence that may fill one of the fact's roles, or "".
std::string Matcher::Impl::named_entity(const CompiledFact& fact, const DocumentIndex& index, int first,
                                        int last) const {
  for (int t = first; t < last; ++t) {
    if (index.entity_forward.count(t) == 0) continue;
    const auto entity = static_cast<std::size_t>(index.entity_forward.begin(t)->payload);
    if (rules.entities[entity].ignored) continue;
    for (const CaptureSlot& slot : fact.slots) {
      if (slot.entity && (slot.entity_fits.empty() || slot.entity_fits[entity])) return rules.entities[entity].name;
    }
  }
  return "";
}

// The first figure of the fact's type in the sentence that nothing read and the fact
// may take, or null: not a figure inside a name ("Terminal 3"), not a year for a count,
// not a figure without a digit ("many").
const value::ValueMatch* Matcher::Impl::unread_figure(const CompiledFact& fact, const doc::Document& document,
                                                      const DocumentIndex& index, const TypedReadings& typed,
                                                      const TypedReadings* years, const std::vector<Statement>& found,
                                                      int first, int last) const {
  const value::Type type = fact.slots.back().type;
  const std::size_t b = index.tokens[first].begin, e = index.tokens[last - 1].end;
  for (const value::ValueMatch& r : typed.readings) {
    if (r.begin < b || r.end > e) continue;
    const TokenMatch t = token_range(index, r.begin, r.end);
    if (t.begin < first || t.end > last || names_figure(index, first, t.begin, t.end)) continue;
    if (type != value::Type::Ordinal && !has_digit(std::string_view(document.normalized).substr(r.begin, r.end - r.begin))) {
      continue;
    }
    if ((type == value::Type::Count || type == value::Type::Number) && years &&
        std::any_of(years->readings.begin(), years->readings.end(),
                    [&](const value::ValueMatch& y) { return y.begin == r.begin && y.end == r.end; })) {
      continue;
    }
    if (read_by_a_statement(document, found, r.begin, r.end) || !admitted(*fact.fact, document, r.value)) continue;
    return &r;
  }
  return nullptr;
}

std::vector<NearMiss> Matcher::Impl::uncued_sentences(const doc::Document& document,
                                                       const std::vector<NearMiss>& near) const {
  MatchStats stats;
  const std::vector<Statement> found = run(document, stats, true);
  DocumentIndex index(document, vocabulary, entities, types);
  const TypedReadings* years = index.readings_of(value::Type::Year);
  const auto& sentences = index.sentence_tokens;
  NfaRunner runner;
  std::vector<NearMiss> out;
  for (int f = 0; f < static_cast<int>(facts.size()); ++f) {
    const CompiledFact& compiled = facts[static_cast<std::size_t>(f)];
    const CaptureSlot& value_slot = compiled.slots.back();
    if (value_slot.entity) continue;
    const TypedReadings* typed = index.readings_of(value_slot.type);
    if (!typed) continue;
    const std::vector<char> marked = rule_words(compiled, vocabulary);
    bool stated_before = false;  // the sentence before, in the same paragraph, stated the fact
    for (int s = 0; s < static_cast<int>(sentences.size()); ++s) {
      const int first = sentences[s].first, last = sentences[s].second;
      if (first >= last) continue;
      const std::size_t b = index.tokens[first].begin, e = index.tokens[last - 1].end;
      const std::size_t ob = document.original_offset(b), oe = document.original_offset(e);
      const bool stated = std::any_of(found.begin(), found.end(), [&](const Statement& st) {
        return st.fact == compiled.fact->name && st.value_begin < oe && ob < st.value_end;
      });
      const bool continues =
          stated_before && s > 0 &&
          !blank_line_between(document, document.original_offset(index.tokens[sentences[s - 1].second - 1].end), ob);
      stated_before = stated;
      if (stated) continue;
      const bool near_here = std::any_of(near.begin(), near.end(), [&](const NearMiss& m) {
        return m.fact == compiled.fact->name && m.begin < oe && ob < m.end;
      });
      if (near_here || vetoed_here(compiled, index, first, last, runner, stats)) continue;
      const std::vector<std::string> held = marked_words(index, first, last, marked);
      const std::string named = named_entity(compiled, index, first, last);
      // Without the rules' words, a figure in a sentence naming none of the fact's
      // entities is any figure of the type: the list would be every one of them.
      if (held.empty() && named.empty() && !continues) continue;
      const value::ValueMatch* r = unread_figure(compiled, document, index, *typed, years, found, first, last);
      if (!r) continue;
      NearMiss miss;
      miss.fact = compiled.fact->name;
      miss.document = document.path;
      miss.begin = ob;
      miss.end = oe;
      miss.location = document.location(b);
      miss.sentence = document.excerpt(doc::Sentence{b, e}, b, b);
      miss.value_here = true;
      miss.without_cue = true;
      miss.figure = read_as_fact(*compiled.fact, document, r->value);
      miss.rank = held.empty() ? 1 : 0;
      miss.cue_words = words_near(index, first, last, token_range(index, r->begin, r->end));
      const std::string figure = fmt::format("the {} value '{}'", value::type_name(value_slot.type),
                                             document.original_text(r->begin, r->end));
      if (!held.empty()) {
        miss.reason = fmt::format("the rules' word{} {} and {} are here, but no cue or pattern of the fact matched",
                                  held.size() == 1 ? "" : "s", quoted_list(held), figure);
      } else {
        miss.reason = fmt::format("no word of the fact's rules, but {} and {}",
                                  named.empty() ? std::string("a statement of it just before") : "'" + named + "'",
                                  figure);
      }
      out.push_back(std::move(miss));
    }
  }
  return out;
}

}  // namespace factlint::match
