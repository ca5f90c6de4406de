// The named subject each sentence opens with (sentence_subject.h).
#include "match/sentence_subject.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "match/written_case.h"

namespace factlint::match {

namespace {

bool capitalized(const doc::Document& document, const DocumentIndex& index, int t) {
  return written_capitalized(document, index.tokens[static_cast<std::size_t>(t)]);
}

bool is_word(const DocumentIndex& index, int t) {
  for (char ch : index.token_text(t)) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || c >= 0x80) return true;
  }
  return false;
}

// Months and weekdays are written capitalized but name a time, not a thing; an
// article or a pronoun capitalized in a title ("The Economist", "Why It Matters") is
// no name either.
bool never_a_name(std::string_view word) {
  static constexpr std::array<std::string_view, 49> kWords = {
      "january",  "february", "march",    "april",  "may",     "june",  "july", "august",  "september", "october",
      "november", "december", "jan",      "feb",    "mar",     "apr",   "jun",  "jul",     "aug",       "sep",
      "sept",     "oct",      "nov",      "dec",    "monday",  "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday",   "the",      "a",      "an",      "it",    "its",  "they",    "their",     "he",
      "she",      "his",      "her",      "we",     "our",     "i",     "this", "these",   "that",      "those"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Whether the sentence [first, last) opens with "My", one or two words and "'s": the
// writer's own thing, and what it has ("My telescope's mirror", "My old car's engine").
bool writers_own(const DocumentIndex& index, int first, int last) {
  if (first + 2 >= last || index.token_text(first) != "my") return false;
  for (int t = first + 1; t < last && t <= first + 3; ++t) {
    if (index.token_text(t) == "'s") return t > first + 1;
    if (!is_word(index, t)) return false;
  }
  return false;
}

// Words that open a sentence before "'s" without being a name: times and everyone's
// words ("Today's figures", "Everyone's favourite"), and words whose "'s" is "is" or
// "has" ("Here's", "What's", "Let's").
bool common_possessive(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "today",  "yesterday", "tomorrow", "tonight", "everyone", "everybody", "nobody", "somebody",
      "someone", "anyone",   "anybody",  "one",     "other",    "here",      "there",  "what",
      "who",    "where",     "how",      "let",     "he",       "she"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Whether the text from token `t` to the next space is a model's designation: a part
// with both letters and digits ("A350", "K9", "777X"), or digits after a hyphen
// ("747-400", "F-27"); not a plain figure, a year or a span of years ("2005", "8,849",
// "2005-06") or a compound adjective ("100-seat").
bool designation_at(const DocumentIndex& index, int t) {
  const std::size_t begin = index.tokens[static_cast<std::size_t>(t)].begin;
  std::size_t end = begin;
  while (end < index.text.size() && index.text[end] != ' ' && index.text[end] != '\n' && index.text[end] != ',') ++end;
  const std::string_view word = index.text.substr(begin, end - begin);
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::vector<std::string_view> parts;
  for (std::size_t from = 0; from <= word.size();) {
    const std::size_t cut = std::min(word.find('-', from), word.size());
    parts.push_back(word.substr(from, cut - from));
    from = cut + 1;
  }
  for (std::string_view p : parts) {
    if (std::any_of(p.begin(), p.end(), is_digit) && std::any_of(p.begin(), p.end(), is_letter)) return true;
  }
  if (parts.size() < 2 || parts.back().empty() || !std::all_of(parts.back().begin(), parts.back().end(), is_digit)) {
    return false;
  }
  const std::string_view head = parts.front();
  const bool year = head.size() == 4 && std::all_of(head.begin(), head.end(), is_digit) && (head[0] == '1' || head[0] == '2');
  return !head.empty() && !year;
}

// "Chinese officials", "Danish ships", "Arabic sources": one capitalized word with the
// ending of a nationality or a language is an adjective before a common noun.
bool reads_as_adjective(std::string_view word) {
  for (std::string_view ending : {"ese", "ian", "ish", "ean", "can", "man", "ic"}) {
    if (word.size() > ending.size() + 2 && word.substr(word.size() - ending.size()) == ending) return true;
  }
  return false;
}

// The head of a name of a state's own body: a chamber, its government, its census.
bool institution(std::string_view word) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "house", "parliament", "senate", "congress", "assembly", "legislature", "cabinet", "government",
      "ministry", "treasury", "census"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

bool joined_by_hyphen(const DocumentIndex& index, int a, int b) {
  const std::size_t end = index.tokens[static_cast<std::size_t>(a)].end;
  return index.tokens[static_cast<std::size_t>(b)].begin == end + 1 && index.text[end] == '-';
}

// Whether the run of words ending before token `t` labels a figure: a colon follows
// it, past emphasis marks and up to three more words of the label, and a figure comes
// within two words after it ("**Revenue:** USD 55.5bn", "EBITDA: $9.6bn", "World
// Heritage listing: 1981", "No-take (green) zones: 33%"; not "Hubble: the telescope
// that changed astronomy").
bool labels_a_line(const DocumentIndex& index, int t, int last) {
  for (int words = 0; t < last && index.token_text(t) != ":"; ++t) {
    if (index.has_word_char(t) && ++words > 3) return false;
    const std::string_view w = index.token_text(t);
    if (w == "." || w == ";" || w == "!" || w == "?") return false;
  }
  if (t >= last) return false;
  for (int words = 0, k = t + 1; k < last && words < 2; ++k) {
    if (!index.has_word_char(k)) continue;
    const std::string_view w = index.token_text(k);
    if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
    ++words;
  }
  return false;
}

// The first token after a transcript's speaker label that opens a sentence at `first`
// ("KENJI MORI: The group sold ...", "HOST: ...", "Q: ..."): up to four words written
// in capitals and a colon, then words (not a figure: "EBITDA: USD 12.1bn" labels a
// line). The label says who speaks, not what the sentence is about. `first` when none.
int past_speaker_label(const doc::Document& document, const DocumentIndex& index, int first, int last) {
  int t = first;
  int words = 0;
  for (; t < last && index.token_text(t) != ":"; ++t) {
    if (!index.has_word_char(t)) continue;
    if (++words > 4 || !written_in_capitals(document, index.tokens[static_cast<std::size_t>(t)])) return first;
  }
  if (words == 0 || t >= last) return first;
  ++t;
  while (t < last && !index.has_word_char(t)) ++t;
  if (t >= last) return first;
  const std::string_view next = index.token_text(t);
  if (std::any_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; })) return first;
  return t;
}

// Whether the name that ends before `t` is a person's: followed by a verb of speech
// ("says", "talks", "told") or by "of the" and where the person works ("of the
// Harbour Institute", ", of the ..."). A thing's name is seldom followed by either:
// "Bank of the West" is one name (the run takes "of" only before a capital).
bool introduces_a_speaker(const DocumentIndex& index, int t, int last) {
  static constexpr std::array<std::string_view, 14> kSpeech = {
      "says", "said", "talks", "talked", "tells", "told", "explains", "explained", "recalls", "recalled",
      "speaks", "spoke", "answers", "answered"};
  if (t < last && index.token_text(t) == ",") ++t;
  if (t >= last) return false;
  const std::string_view w = index.token_text(t);
  if (std::find(kSpeech.begin(), kSpeech.end(), w) != kSpeech.end()) return true;
  return w == "of" && t + 1 < last && index.token_text(t + 1) == "the";
}

}  // namespace

std::vector<int> sentence_subjects(const doc::Document& document, const DocumentIndex& index,
                                   std::vector<char>* lowercase_out) {
  const int sentence_count = static_cast<int>(index.sentence_tokens.size());
  std::vector<int> out(static_cast<std::size_t>(sentence_count), kNoSubject);
  // Words the document capitalizes inside a sentence, after a lowercase word, and never
  // writes in lowercase: names ("Hubble"), not words of a title ("What Comes Next").
  // Sets of spellings as flags by the index's spelling of each token (a hash set of
  // strings cost a hash a word of the document, issue 10).
  const auto spelling = [&](int t) { return static_cast<std::size_t>(index.spellings[static_cast<std::size_t>(t)]); };
  std::vector<char> names(static_cast<std::size_t>(index.spelling_count), 0);
  std::vector<char> lowercase(static_cast<std::size_t>(index.spelling_count), 0);
  for (const auto& [first, last] : index.sentence_tokens) {
    for (int t = first; t < last; ++t) {
      if (!is_word(index, t)) continue;
      if (!capitalized(document, index, t)) {
        lowercase[spelling(t)] = 1;
      } else if (t > first && is_word(index, t - 1) && !capitalized(document, index, t - 1)) {
        names[spelling(t)] = 1;
      }
    }
  }
  for (std::size_t w = 0; w < names.size(); ++w) {
    if (lowercase[w]) names[w] = 0;
  }
  if (lowercase_out) *lowercase_out = lowercase;
  auto alias_at = [&](int t) { return index.entity_forward.count(t) > 0; };
  for (int s = 0; s < sentence_count; ++s) {
    auto [first, last] = index.sentence_tokens[static_cast<std::size_t>(s)];
    while (first < last && !index.has_word_char(first)) ++first;  // markup, a dash, a bracket
    if (first >= last) continue;
    first = past_speaker_label(document, index, first, last);
    const int opening = first;
    // "My telescope's mirror is eight inches across": what the writer owns is another
    // thing than anything the document is about.
    if (writers_own(index, first, last)) {
      out[static_cast<std::size_t>(s)] = kForeignSubject;
      continue;
    }
    int t = first;
    if (index.token_text(t) == "the" && t + 1 < last && capitalized(document, index, t + 1)) ++t;
    bool name = false;
    int subject = kNoSubject;
    int words = 0;
    int first_word = -1;
    int name_words = 0;      // words that make the run a name
    int last_name_word = -1;
    while (t < last) {
      const std::string_view w = index.token_text(t);
      const bool joint = (w == "'s" || w == "of") && words > 0 && t + 1 < last && capitalized(document, index, t + 1);
      if (!joint && !(is_word(index, t) && capitalized(document, index, t))) break;
      if (!joint) {
        if (never_a_name(w)) break;
        // A word the document writes in lowercase is a title's ("Fleet And Position").
        if (t != opening && !lowercase[spelling(t)]) {
          name = true;
          ++name_words;
          last_name_word = t;
        }
        if (words++ == 0) first_word = t;
      }
      ++t;
    }
    // "After British reconnaissance ...", "Two Polish climbers ...", "The Danish company
    // ...": after a common word the run's only name-like word is a nationality before a
    // lowercase noun, an adjective, so the sentence opens with no name.
    if (name && name_words == 1 && last_name_word == t - 1 && lowercase[spelling(opening)] &&
        reads_as_adjective(index.token_text(last_name_word)) && t < last && is_word(index, t) &&
        !capitalized(document, index, t)) {
      name = false;
    }
    // "Nominal GDP reached ...", "Total FDI ...": after an opening word the document
    // never writes as a name, a run whose only name-like words are acronyms names a
    // measure, not a thing (a blind writer's report).
    if (name && !names[spelling(opening)] && !alias_at(opening)) {
      bool acronyms_only = true;
      for (int k = opening + 1; k < t && acronyms_only; ++k) {
        if (is_word(index, k) && !lowercase[spelling(k)]) {
          acronyms_only = written_in_capitals(document, index.tokens[static_cast<std::size_t>(k)]);
        }
      }
      if (acronyms_only) name = false;
    }
    // The run is the entity when an alias covers its last word ("The Power of Siberia")
    // or owns it ("Russia's Gazprom"); "Cologne Cathedral" is not the city.
    for (int k = opening; k < t; ++k) {
      if (!alias_at(k)) continue;
      const int alias_end = index.entity_forward.begin(k)->to;
      if (alias_end >= t || index.token_text(alias_end) == "'s") subject = index.entity_forward.begin(k)->payload;
    }
    if (subject != kNoSubject) {
      out[static_cast<std::size_t>(s)] = subject;
      continue;
    }
    // "KenGen operates ...": a camel-case word is a name wherever the document writes it.
    const bool camel = written_in_camel_case(document, index.tokens[static_cast<std::size_t>(opening)]);
    if (words == 1 && first_word == opening && (names[spelling(opening)] || camel) &&
        !reads_as_adjective(index.token_text(opening))) {
      name = true;
    }
    // "The Copenhagen-based company", "Danish-owned ships": the name describes a noun.
    if (t < last && t > opening && joined_by_hyphen(index, t - 1, t)) name = false;
    // "Kestrel's K9, which ..., first flew in 1988": one capitalized word opening the
    // sentence, its possessive and a model's designation name a thing of that maker,
    // though the document writes the maker nowhere else, and though the designation
    // is hyphened ("KX-2") or in capitals ("K9"); "China's 2005 survey" and "NASA's
    // development cost" own no such name.
    if (first_word == opening && opening + 2 < last && index.token_text(opening + 1) == "'s" &&
        !lowercase[spelling(opening)] && !reads_as_adjective(index.token_text(opening)) &&
        !common_possessive(index.token_text(opening)) && designation_at(index, opening + 2)) {
      name = true;
    }
    // "The House of Representatives has 120 members", "The Senate of Kestrel sat in
    // 1901": a name headed by a word for a state's institution names a body of the
    // place the document is about, no other thing (docs/rules.md "Roles resolved from
    // context").
    if (name && first_word >= 0 && institution(index.token_text(first_word))) name = false;
    // "**EBITDA:** USD 12.1bn": a label before a colon names a field of what the
    // document is about (docs/rules.md "Facts in tables", label lines), not another thing.
    if (name && labels_a_line(index, t, last)) name = false;
    // "Mara Lindqvist of the Harbour Institute talks about the canal", "Lindqvist says
    // ...": a person introduced or speaking, no rival thing of a role's kind; what
    // the sentence is about is what the person talks about (docs/rules.md "Cues", step 3).
    if (name && introduces_a_speaker(index, t, last)) name = false;
    if (name) out[static_cast<std::size_t>(s)] = kForeignSubject;
  }
  return out;
}

bool its_means_named_subject(const doc::Document& document, const DocumentIndex& index, int first, int last,
                             int clause_begin) {
  int t = clause_begin;
  while (t < last && !index.has_word_char(t)) ++t;
  static constexpr std::array<std::string_view, 6> kJoiners = {"and", "but", "while", "whereas", "yet", "though"};
  if (t < last && std::find(kJoiners.begin(), kJoiners.end(), index.token_text(t)) != kJoiners.end()) ++t;
  if (t >= last || index.token_text(t) != "its") return false;
  // The nearest subject before it: a run of capitalized words and designations ("the
  // Tupolev Tu-144", "Kestrel K9"), no alias among them, right before "is", "was",
  // "has" or "had", after "the" or a clause's punctuation.
  static constexpr std::array<std::string_view, 6> kVerbs = {"is", "was", "has", "had", "remains", "stays"};
  const auto digits = [&](int k) {
    const std::string_view w = index.token_text(k);
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
  };
  for (int v = clause_begin - 1; v > first; --v) {
    if (std::find(kVerbs.begin(), kVerbs.end(), index.token_text(v)) == kVerbs.end()) continue;
    int b = v;
    bool named = false;
    while (b > first) {
      const int k = b - 1;
      if (is_word(index, k) && capitalized(document, index, k) && !never_a_name(index.token_text(k))) {
        named = true;
      } else if (!digits(k)) {
        break;
      }
      if (index.entity_forward.count(k) > 0) return false;
      b = k;
    }
    if (!named || b <= first) return false;
    const std::string_view before = index.token_text(b - 1);
    return before == "the" || before == ":" || before == ";" || before == ",";
  }
  return false;
}

std::vector<char> capitalized_openings(const doc::Document& document, const DocumentIndex& index) {
  const auto spelling = [&](int t) { return static_cast<std::size_t>(index.spellings[static_cast<std::size_t>(t)]); };
  // The same flags sentence_subjects found, when the matcher kept them: a walk over every
  // token of the document, asked again per fact whose cue waits for an answer (issue 10).
  std::vector<char> own;
  if (index.lowercase_spellings.size() != static_cast<std::size_t>(index.spelling_count)) {
    own.assign(static_cast<std::size_t>(index.spelling_count), 0);
    for (const auto& [first, last] : index.sentence_tokens) {
      for (int t = first; t < last; ++t) {
        if (is_word(index, t) && !capitalized(document, index, t)) own[spelling(t)] = 1;
      }
    }
  }
  const std::vector<char>& lowercase = own.empty() ? index.lowercase_spellings : own;
  std::vector<char> out(index.sentence_tokens.size(), 0);
  for (std::size_t s = 0; s < index.sentence_tokens.size(); ++s) {
    auto [first, last] = index.sentence_tokens[s];
    while (first < last && !index.has_word_char(first)) ++first;  // markup, a dash, a bracket
    if (first >= last || !is_word(index, first) || !capitalized(document, index, first)) continue;
    const std::string_view w = index.token_text(first);
    if (lowercase[spelling(first)] || never_a_name(w) || reads_as_adjective(w)) continue;
    if (index.entity_forward.count(first) > 0) continue;
    if (first + 1 < last && joined_by_hyphen(index, first, first + 1)) continue;
    out[s] = 1;
  }
  return out;
}

}  // namespace factlint::match
