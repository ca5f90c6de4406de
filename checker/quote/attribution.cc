// Reading speakers from the words around each quote. Patterns are tried from the
// most to the least direct: the interruption of an interrupted quote, the words
// just after the closing mark, the clause before the opening mark, then
// continuation of the previous quote's speaker.
#include "quote/attribution.h"

#include <algorithm>
#include <optional>

#include "quote/document_view.h"
#include "quote/speech_verbs.h"
#include "quote/text_tokens.h"

namespace factlint::quote {

namespace {

constexpr std::size_t kVerbReach = 12;  // how many tokens before a quote its verb may stand

using Tokens = std::vector<Token>;

bool name_token(const Token& t) { return t.word && t.capitalized; }

bool is_initial(const Token& t) { return t.text.size() == 2 && t.text[1] == '.'; }

// Splits a run of capitalized tokens into describing words and the name: the name
// is what follows the last title word, at most two words (three with an initial).
// Into `run`, whatever it held: its vectors and text keep their buffers, so the
// writer's mentions, a run per capitalized word of the document, reuse one (issue 10).
void make_run(const Tokens& tokens, std::size_t first, std::size_t last, NameRun& run) {
  run.titles.clear();
  run.words.clear();
  run.gender = 0;
  run.text.clear();
  std::size_t name_from = first;
  for (std::size_t k = first; k < last; ++k) {
    if (is_title_word(tokens[k].lower)) name_from = k + 1;
  }
  std::size_t words = last + 1 - name_from;
  std::size_t keep = (words >= 3 && is_initial(tokens[last - 1])) ? 3 : 2;
  if (words > keep) name_from = last + 1 - keep;
  run.words.reserve(last + 1 - name_from);
  for (std::size_t k = first; k <= last; ++k) {
    const Token& t = tokens[k];
    if (k < name_from) {
      run.titles.push_back(t.lower);
      if (t.lower == "mr") run.gender = 'm';
      if (t.lower == "mrs" || t.lower == "ms" || t.lower == "miss") run.gender = 'f';
    } else {
      std::string& w = run.words.emplace_back(t.text);
      if (t.possessive) w.resize(w.size() - (w.ends_with("'s") ? 2 : 4));  // "Putin’s" -> "Putin"
    }
    if (!run.text.empty()) run.text += ' ';
    run.text += t.text;
  }
}

NameRun make_run(const Tokens& tokens, std::size_t first, std::size_t last) {
  NameRun run;
  make_run(tokens, first, last, run);
  return run;
}

// What stands in a subject or speaker slot.
struct Subject {
  enum class Kind { None, Name, Pronoun, Title, Group } kind = Kind::None;
  std::vector<NameRun> names;       // Name: one or more ("X and Y")
  std::vector<std::string> words;   // Title: describing words ("russian", "president")
  std::string text;
  std::size_t at = 0;               // visible offset
  std::size_t next = 0;             // read forward: the token after the subject
  char gender = 0;
};

// Moves `i` past the capitalized run starting there (reading forward); returns where it began.
std::size_t skip_run_forward(const Tokens& tokens, std::size_t& i) {
  const std::size_t first = i;
  while (i < tokens.size()) {
    const Token& t = tokens[i];
    bool joins_office = t.lower == "of" && i > first && i + 1 < tokens.size() && name_token(tokens[i + 1]) &&
                        is_title_word(tokens[i - 1].lower);  // "Secretary of State"
    if (!(name_token(t) || joins_office)) break;
    ++i;
    if (t.possessive) break;
  }
  return first;
}

// A capitalized run starting at `i` (reading forward); `i` is left past it.
std::optional<NameRun> read_run_forward(const Tokens& tokens, std::size_t& i) {
  const std::size_t first = skip_run_forward(tokens, i);
  if (i == first) return std::nullopt;
  return make_run(tokens, first, i - 1);
}

// The same into `run` (make_run); false, `run` untouched, when no run starts at `i`.
bool read_run_forward(const Tokens& tokens, std::size_t& i, NameRun& run) {
  const std::size_t first = skip_run_forward(tokens, i);
  if (i == first) return false;
  make_run(tokens, first, i - 1, run);
  return true;
}

// The speaker named from token `i` on: "Joseph Torigian, assistant professor",
// "social scientist Jane Roe", "he", "the Russian president", "experts".
Subject read_subject_forward(const Tokens& tokens, std::size_t i) {
  Subject s;
  if (i >= tokens.size()) return s;
  const Token& t = tokens[i];
  s.at = t.begin;
  if (is_personal_pronoun(t.lower)) {
    s.kind = Subject::Kind::Pronoun;
    s.text = t.text;
    s.gender = t.lower == "he" ? 'm' : t.lower == "she" ? 'f' : 0;
    if (t.lower != "he" && t.lower != "she") s.kind = Subject::Kind::Group;
    s.next = i + 1;
    return s;
  }
  if (t.lower == "the" || t.lower == "a" || t.lower == "an") {
    // "the Russian president", "a senior official": a description, up to three words.
    std::vector<std::string> words;
    std::string text(t.text);
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3 && tokens[k].word; ++k) {
      words.push_back(tokens[k].lower);
      text += ' ';
      text += tokens[k].text;
      if (is_title_word(tokens[k].lower) || is_group_noun(tokens[k].lower)) {
        s.kind = is_group_noun(tokens[k].lower) ? Subject::Kind::Group : Subject::Kind::Title;
        s.words = words;
        s.text = text;
        s.next = k + 1;
        return s;
      }
    }
    return s;
  }
  // Lowercase descriptions before a name: "social scientist Jane Roe".
  std::size_t k = i;
  while (k < tokens.size() && k < i + 4 && tokens[k].word && !tokens[k].capitalized) {
    if (is_group_noun(tokens[k].lower)) {
      s.kind = Subject::Kind::Group;
      s.text = tokens[k].text;
      s.next = k + 1;
      return s;
    }
    ++k;
  }
  std::size_t j = k;
  std::optional<NameRun> run = read_run_forward(tokens, j);
  // "Yale Law School’s Susan A. Thornton": the name after an institution's possessive.
  while (run && tokens[j - 1].possessive && j < tokens.size() && name_token(tokens[j])) {
    k = j;
    run = read_run_forward(tokens, j);
  }
  if (!run || run->words.empty()) return s;
  s.kind = Subject::Kind::Name;
  s.at = tokens[k].begin;
  s.text = run->text;
  s.names.push_back(std::move(*run));
  s.next = j;
  return s;
}

// The run of name tokens ending at `last`, reading backward; `first` is set to its start.
std::optional<NameRun> read_run_backward(const Tokens& tokens, std::size_t last, std::size_t& first) {
  if (!name_token(tokens[last])) return std::nullopt;
  first = last;
  while (first > 0) {
    const Token& t = tokens[first - 1];
    bool joins_office = t.lower == "of" && first >= 2 && is_title_word(tokens[first - 2].lower);
    if (!(name_token(t) || joins_office) || t.possessive) break;
    --first;
  }
  return make_run(tokens, first, last);
}

// The subject ending at token `last` (the token before the verb, fillers skipped):
// names joined by "and", a pronoun, "the Russian president", "experts".
Subject read_subject_backward(const Tokens& tokens, std::size_t last) {
  Subject s;
  // A parenthesis after a name ("Jane Roe (D-NY) said") belongs to the name.
  if (tokens[last].text == ")") {
    std::size_t k = last;
    while (k > 0 && tokens[k].text != "(") --k;
    if (k == 0) return s;
    last = k - 1;
  }
  const Token& t = tokens[last];
  s.at = t.begin;
  if (is_personal_pronoun(t.lower)) {
    s.kind = (t.lower == "he" || t.lower == "she") ? Subject::Kind::Pronoun : Subject::Kind::Group;
    s.text = t.text;
    s.gender = t.lower == "he" ? 'm' : t.lower == "she" ? 'f' : 0;
    return s;
  }
  if (t.word && !t.capitalized) {
    if (is_group_noun(t.lower)) {
      s.kind = Subject::Kind::Group;
      s.text = t.text;
      return s;
    }
    // "the Russian president", "the professor"
    for (std::size_t back = 1; back <= 3 && back <= last; ++back) {
      const Token& d = tokens[last - back];
      if (d.lower != "the") continue;
      if (!is_title_word(t.lower)) break;
      s.kind = Subject::Kind::Title;
      for (std::size_t k = last - back + 1; k <= last; ++k) {
        s.words.push_back(tokens[k].lower);
        if (!s.text.empty()) s.text += ' ';
        s.text += tokens[k].text;
      }
      s.text = std::string(d.text) + " " + s.text;
      s.at = d.begin;
      return s;
    }
    return s;
  }
  std::size_t first = 0;
  std::optional<NameRun> run = read_run_backward(tokens, last, first);
  if (!run || run->words.empty()) return s;
  s.kind = Subject::Kind::Name;
  s.at = tokens[first].begin;
  s.text = run->text;
  s.names.push_back(std::move(*run));
  // "Jane Roe and John Doe said": both speak.
  if (first >= 2 && tokens[first - 1].lower == "and") {
    Subject more = read_subject_backward(tokens, first - 2);
    if (more.kind == Subject::Kind::Name) {
      s.names.insert(s.names.begin(), more.names.begin(), more.names.end());
      s.text = more.text + " and " + s.text;
      s.at = more.at;
    }
  }
  return s;
}

class Attributor {
 public:
  Attributor(const doc::Document& document, const EntityNames& entities)
      : view_(document), entities_(entities), directory_(entities) {}

  void run(std::vector<Quote>& quotes) {
    register_mentions(quotes);
    const Quote* previous = nullptr;
    for (std::size_t i = 0; i < quotes.size(); ++i) {
      Quote& q = quotes[i];
      if (q.nested) continue;
      attribute_one(q, previous, i + 1 < quotes.size() ? next_top_level(quotes, i) : nullptr);
      previous = &q;
    }
  }

 private:
  static const Quote* next_top_level(const std::vector<Quote>& quotes, std::size_t i) {
    for (std::size_t k = i + 1; k < quotes.size(); ++k) {
      if (!quotes[k].nested) return &quotes[k];
    }
    return nullptr;
  }

  // People named outside quotes with a title ("Dr. Jane Roe", "Foreign Minister
  // Roe") or as a declared person: the ones a later "he" or "the minister" means.
  // Only the spans that can hold a capitalized word are tokenized (text_tokens.h
  // name_spans): a token outside them starts no run, and none ends a run inside them.
  void register_mentions(const std::vector<Quote>& quotes) {
    std::size_t q = 0;
    Tokens tokens;  // each span's, in one buffer
    NameRun run;    // each run's, in one
    for (const TextSpan& span : name_spans(view_.text())) {
      tokenize(view_.text(), span.begin, span.end, tokens);
      register_mentions(quotes, tokens, q, run);
    }
  }

  void register_mentions(const std::vector<Quote>& quotes, const Tokens& tokens, std::size_t& q, NameRun& run) {
    for (std::size_t i = 0; i < tokens.size();) {
      while (q < quotes.size() && (quotes[q].nested || quotes[q].close <= tokens[i].begin)) ++q;
      if (q < quotes.size() && quotes[q].open <= tokens[i].begin) {
        ++i;  // inside a quotation: its names are the speaker's, not the writer's mentions
        continue;
      }
      std::size_t start = i;
      if (!read_run_forward(tokens, i, run)) {
        ++i;
        continue;
      }
      if (run.words.empty()) continue;
      bool titled = std::any_of(run.titles.begin(), run.titles.end(), [](const std::string& t) { return is_title_word(t); });
      if (titled) {
        directory_.mention(run, tokens[start].begin);
        continue;
      }
      const std::optional<std::string> entity = entities_.resolve(run);  // once, for both questions
      if (directory_.find(run, entity) || (entity && entities_.is_person(*entity))) {
        directory_.mention(run, tokens[start].begin);
      }
    }
  }

  // Resolves a subject to a speaker, recording named speakers as mentions.
  std::optional<Speaker> resolve(const Subject& s, std::size_t quote_at, std::string how) {
    Speaker out;
    out.text = s.text;
    out.how = how;
    switch (s.kind) {
      case Subject::Kind::None: return std::nullopt;
      case Subject::Kind::Group: out.how = "group"; return out;  // "experts say": nobody named
      case Subject::Kind::Name: {
        std::string names;
        bool all_entities = true;
        for (const NameRun& run : s.names) {
          const Person& p = directory_.person(directory_.mention(run, s.at));
          names += (names.empty() ? "" : " and ") + p.name;
          all_entities = all_entities && p.entity;
        }
        out.name = names;
        out.entity = all_entities;
        return out;
      }
      case Subject::Kind::Pronoun: {
        out.how = "pronoun";
        // A pronoun means someone named before it, not someone it names itself:
        // in "She called Brecht 'a tough negotiator'", she is not Brecht.
        if (auto p = directory_.last_before(std::min(quote_at, s.at), s.gender)) set_person(out, *p);
        return out;
      }
      case Subject::Kind::Title: {
        out.how = "title";
        std::vector<std::string> describing;
        for (const std::string& w : s.words) {
          if (w != "the") describing.push_back(w);
        }
        if (auto p = directory_.by_title(describing, quote_at)) set_person(out, *p);
        return out;
      }
    }
    return std::nullopt;
  }

  void set_person(Speaker& out, std::size_t index) {
    const Person& p = directory_.person(index);
    out.name = p.name;
    out.entity = p.entity;
  }

  // "“...,” says Jane Roe", "“...,” Roe said", "“...” according to Jane Roe".
  std::optional<Speaker> after_pattern(const Tokens& tokens, std::size_t quote_at) {
    std::size_t i = 0;
    while (i < tokens.size() && !tokens[i].word && (tokens[i].text == "," || tokens[i].text == "-" ||
                                                     tokens[i].text == "\u2014" || tokens[i].text == "\u2013")) {
      ++i;
    }
    if (i >= tokens.size() || !tokens[i].word) return std::nullopt;
    if (tokens[i].lower == "according" && i + 1 < tokens.size() && tokens[i + 1].lower == "to") {
      return resolve(read_subject_forward(tokens, i + 2), quote_at, "according-to");
    }
    if (is_speech_verb(tokens[i].lower) && !is_naming_verb(tokens[i].lower)) {
      Subject s = read_subject_forward(tokens, i + 1);
      if (s.kind == Subject::Kind::Title || s.kind == Subject::Kind::None) {
        if (auto named = appositive_after(tokens, i + 1)) return resolve(*named, quote_at, "said-after");
      }
      return resolve(s, quote_at, "said-after");
    }
    // The subject must come first ("Roe said", "the minister said", "he says"):
    // "“...,” while the president has called ..." begins another clause.
    const Token& first = tokens[i];
    if (!(first.capitalized || is_personal_pronoun(first.lower) || first.lower == "the")) return std::nullopt;
    Subject s = read_subject_forward(tokens, i);
    if (s.kind == Subject::Kind::None || s.next >= tokens.size()) return std::nullopt;
    std::size_t k = s.next;
    while (k < tokens.size() && tokens[k].word && is_verb_filler(tokens[k].lower)) ++k;
    if (k >= tokens.size() || !is_speech_verb(tokens[k].lower) || is_naming_verb(tokens[k].lower)) return std::nullopt;
    return resolve(s, quote_at, "said-after");
  }

  // "Jane Roe said that ...", "Roe called Doe his ...", "according to Roe, ...", "In Roe's words, ...".
  std::optional<Speaker> before_pattern(const Tokens& tokens, Quote& q) {
    if (tokens.empty()) return std::nullopt;
    std::size_t n = tokens.size();
    // "In Jane Roe’s words, “...”"
    for (std::size_t k = n; k-- > 0 && k + 4 >= n;) {
      if (tokens[k].lower == "words" && k >= 2 && tokens[k - 1].possessive && name_token(tokens[k - 1])) {
        std::size_t first = 0;
        Subject s;
        if (auto run = read_run_backward(tokens, k - 1, first)) {
          s.kind = Subject::Kind::Name;
          s.at = tokens[first].begin;
          s.text = run->text;
          s.names.push_back(*run);
          return resolve(s, q.open, "in-words");
        }
      }
    }
    std::size_t reach = n > kVerbReach ? n - kVerbReach : 0;
    for (std::size_t v = n; v-- > reach;) {
      const Token& t = tokens[v];
      if (t.text == ";" || t.quote_mark) break;
      if (!t.word || !is_speech_verb(t.lower)) continue;
      if (t.lower == "according") {
        if (v + 1 < n && tokens[v + 1].lower == "to") return resolve(read_subject_forward(tokens, v + 2), q.open, "according-to");
        continue;
      }
      if (is_naming_verb(t.lower)) read_about(tokens, v + 1, q);
      std::size_t s = v;
      while (s > 0 && tokens[s - 1].word && is_verb_filler(tokens[s - 1].lower)) --s;
      if (s == 0) return std::nullopt;
      const Token& before = tokens[s - 1];
      if (before.text == "," && !is_naming_verb(t.lower)) {
        // "“...” being true, writes Jane Roe, “...”": the name follows the verb.
        Subject after = read_subject_forward(tokens, v + 1);
        if (after.kind == Subject::Kind::Name) return resolve(after, q.open, "said-before");
      }
      if (before.text == "," && s >= 2) {
        if (auto named = appositive_name(tokens, s - 2)) return resolve(*named, q.open, "said-before");
      }
      if (before.lower == "and" || before.lower == "but" || before.text == ",") {
        return sentence_subject(q);  // "X acknowledged ..., but also said that ..."
      }
      return resolve(read_subject_backward(tokens, s - 1), q.open, is_naming_verb(t.lower) ? "called" : "said-before");
    }
    return std::nullopt;
  }

  // "“...,” said the city's housing councillor, Jane Roe": a description after the
  // verb, then its name after a comma (wire copy's order); the name speaks. Nothing
  // when the words up to the comma are not a lower-case description.
  static std::optional<Subject> appositive_after(const Tokens& tokens, std::size_t from) {
    constexpr std::size_t kDescriptionWords = 7;
    for (std::size_t k = from; k < tokens.size() && k < from + kDescriptionWords; ++k) {
      if (tokens[k].text == ",") {
        if (k == from) return std::nullopt;
        Subject named = read_subject_forward(tokens, k + 1);
        if (named.kind == Subject::Kind::Name) return named;
        return std::nullopt;
      }
      if (!tokens[k].word || (tokens[k].capitalized && k > from)) return std::nullopt;
    }
    return std::nullopt;
  }

  // "The mayor, Tom Ellis, said" and "Tom Ellis, the mayor of Leeds, said": of a
  // subject and its appositive set off by commas right before the verb, the name
  // speaks, whether the rules know it or not. `last` is the token before the closing
  // comma; nothing when no comma opens the appositive within a few words.
  static std::optional<Subject> appositive_name(const Tokens& tokens, std::size_t last) {
    constexpr std::size_t kAppositiveWords = 8;
    Subject s = read_subject_backward(tokens, last);
    if (s.kind == Subject::Kind::Name) {
      std::size_t first = last;
      while (first > 0 && tokens[first].begin > s.at) --first;
      if (first > 0 && tokens[first - 1].text == ",") return s;
    }
    // A description opening in lower case ("the mayor", "its chief executive"), the
    // name before its comma.
    for (std::size_t k = last; k > 0 && last - k < kAppositiveWords; --k) {
      if (!tokens[k].word) return std::nullopt;
      if (tokens[k - 1].text != ",") continue;
      if (tokens[k].capitalized || k < 2) return std::nullopt;
      Subject named = read_subject_backward(tokens, k - 2);
      if (named.kind != Subject::Kind::Name) return std::nullopt;
      return named;
    }
    return std::nullopt;
  }

  // "X called Y his ...": Y is whom the quote is about, when Y is a name.
  void read_about(const Tokens& tokens, std::size_t i, Quote& q) {
    std::size_t j = i;
    if (auto run = read_run_forward(tokens, j)) {
      if (run->words.empty()) return;
      const Person& p = directory_.person(directory_.mention(*run, tokens[i].begin));
      q.about = p.name;
      q.about_text = run->text;
      return;
    }
    // "his Chinese counterpart as a": kept as written, not resolved.
    std::string text;
    for (std::size_t k = i; k < tokens.size() && k < i + 4 && tokens[k].word && tokens[k].lower != "as"; ++k) {
      if (!text.empty()) text += ' ';
      text += tokens[k].text;
    }
    if (!text.empty() && (tokens[i].lower == "his" || tokens[i].lower == "her" || tokens[i].lower == "their")) {
      q.about_text = text;
    }
  }

  // The subject of the quote's sentence: its first name, when that is a person the
  // document has named ("Mr. Roe acknowledged ..., but also said that “...”").
  std::optional<Speaker> sentence_subject(const Quote& q) {
    Segment s = view_.sentence_range(view_.sentence_at(q.open));
    Tokens tokens = tokenize(view_.text(), s.begin, q.open);
    for (std::size_t i = 0; i < tokens.size() && i < 6; ++i) {
      if (tokens[i].quote_mark) break;
      std::size_t j = i;
      if (auto run = read_run_forward(tokens, j); run && !run->words.empty() && directory_.find(*run)) {
        Subject subject;
        subject.kind = Subject::Kind::Name;
        subject.text = run->text;
        subject.at = tokens[i].begin;
        subject.names.push_back(*run);
        return resolve(subject, q.open, "coordinated");
      }
    }
    return std::nullopt;
  }

  void attribute_one(Quote& q, const Quote* previous, const Quote* next) {
    std::string_view text = view_.text();
    std::size_t first_sentence = view_.sentence_at(q.open);
    Segment open_sentence = view_.sentence_range(first_sentence);
    Segment close_sentence = view_.sentence_range(view_.sentence_at(q.close > 0 ? q.close - 1 : 0));
    std::size_t before_from = open_sentence.begin;
    if (previous && previous->close > before_from && previous->close <= q.open) before_from = previous->close;
    std::size_t after_to = std::max(close_sentence.end, q.close);
    if (next && next->open < after_to) after_to = next->open;

    std::optional<Speaker> found;
    if (q.interruption.end > q.interruption.begin) {
      found = after_pattern(tokenize(text, q.interruption.begin, q.interruption.end), q.open);
    }
    if (!found || !found->known()) {
      auto after = after_pattern(tokenize(text, q.close, after_to), q.open);
      if (after && (!found || after->known())) found = after;
    }
    if (!found || !found->known()) {
      auto before = before_pattern(tokenize(text, before_from, q.open), q);
      if (before && (!found || before->known())) found = before;
    }
    if (!found && previous && previous->speaker.known() && continues(*previous, q, before_from)) {
      found = previous->speaker;
      found->how = "continuation";
    }
    if (found) q.speaker = *found;
  }

  // A quote opening its sentence right after the previous quote's sentence, in the
  // same paragraph, goes on in the same voice (“...,” Roe said. “And ...”).
  bool continues(const Quote& previous, const Quote& q, std::size_t before_from) const {
    if (view_.paragraph_break_in(previous.close, q.open)) return false;
    std::size_t prev_sentence = view_.sentence_at(previous.close > 0 ? previous.close - 1 : 0);
    std::size_t this_sentence = view_.sentence_at(q.open);
    if (this_sentence > prev_sentence + 1) return false;
    Tokens lead = tokenize(view_.text(), std::max(before_from, view_.sentence_range(this_sentence).begin), q.open);
    return std::none_of(lead.begin(), lead.end(), [](const Token& t) { return t.word; });
  }

  DocumentView view_;
  const EntityNames& entities_;
  SpeakerDirectory directory_;
};

}  // namespace

void attribute(const doc::Document& document, std::vector<Quote>& quotes, const EntityNames& entities) {
  Attributor attributor(document, entities);
  attributor.run(quotes);
}

std::string describe_attribution(const Speaker& speaker) {
  const std::string who = speaker.name.empty() ? "" : speaker.name;
  const std::string& text = speaker.text;
  if (speaker.how == "group") return "unknown: '" + text + "' names a group, not a person";
  if (speaker.how == "pronoun") {
    return who.empty() ? "unknown: pronoun '" + text + "' with nobody named before it"
                       : "pronoun '" + text + "' resolved to " + who + ", the person named last before it";
  }
  if (speaker.how == "title") {
    return who.empty() ? "unknown: '" + text + "' matches nobody named before it"
                       : "'" + text + "' resolved to " + who + ", named before with those words";
  }
  if (speaker.how == "continuation") return "continues the quotation before it, attributed to " + who;
  if (who.empty()) return "unknown: the text names no speaker";
  static const std::pair<const char*, const char*> kCues[] = {
      {"said-after", "attribution cue after the quote"},
      {"said-before", "attribution cue before the quote"},
      {"according-to", "'according to ...'"},
      {"called", "'... called/described ...' before the quote"},
      {"in-words", "'in ...'s words'"},
      {"coordinated", "the subject of the sentence holding the quote"},
  };
  for (const auto& [how, cue] : kCues) {
    if (speaker.how == how) return std::string(cue) + " naming '" + text + "'";
  }
  return "named '" + text + "'";
}

}  // namespace factlint::quote
