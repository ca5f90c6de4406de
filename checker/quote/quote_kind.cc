// The scare-quote and title rule.
#include "quote/quote_kind.h"

#include <algorithm>

#include "quote/document_view.h"
#include "quote/text_tokens.h"

namespace factlint::quote {

std::string_view kind_name(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::Speech: return "speech";
    case QuoteKind::ScareQuote: return "scare-quote";
    case QuoteKind::Title: return "title";
  }
  return "speech";
}

namespace {

bool naming_word(const std::string& w) {
  return w == "titled" || w == "entitled" || w == "headlined" || w == "dubbed" || w == "named" || w == "called" ||
         w == "heading" || w == "headline" || w == "nicknamed" || w == "labelled" || w == "labeled";
}

// "titled", "known as" or "called" among the last three words before the opening mark.
bool named_before(const DocumentView& view, const Quote& q) {
  Segment sentence = view.sentence_range(view.sentence_at(q.open));
  std::size_t from = std::min(sentence.begin, q.open);
  std::vector<Token> tokens = tokenize(view.text(), from, q.open);
  std::size_t seen = 0;
  for (std::size_t k = tokens.size(); k-- > 0 && seen < 3;) {
    if (!tokens[k].word) continue;
    ++seen;
    if (naming_word(tokens[k].lower)) return true;
    if (tokens[k].lower == "as" && k > 0 && tokens[k - 1].lower == "known") return true;
  }
  return false;
}

// Documentation names the parts of an interface in quotes: click "Save changes and
// close", the "Advanced settings" tab. Those are names of things, not speech.
bool interface_verb(const std::string& w) {
  static const std::vector<std::string> verbs = {
      "click", "clicks", "clicked", "clicking", "select", "selects", "selected", "selecting", "choose", "chooses",
      "chose", "choosing", "press", "presses", "pressed", "pressing", "tap", "taps", "tapped", "tapping",
      "type", "types", "typed", "typing", "enter", "enters", "toggle", "toggles", "pick", "picks", "check", "uncheck"};
  return std::find(verbs.begin(), verbs.end(), w) != verbs.end();
}

bool interface_noun(const std::string& w) {
  static const std::vector<std::string> nouns = {
      "button", "buttons", "menu", "menus", "tab", "tabs", "link", "links", "field", "fields", "option", "options",
      "checkbox", "checkboxes", "dialog", "dialogs", "dialogue", "panel", "pane", "icon", "icons", "command",
      "commands", "key", "keys", "setting", "settings", "toggle", "switch", "dropdown", "screen", "page"};
  return std::find(nouns.begin(), nouns.end(), w) != nouns.end();
}

// "click" among the two words before the opening mark, or "button" right after the closing one.
bool interface_label(const DocumentView& view, const Quote& q) {
  Segment sentence = view.sentence_range(view.sentence_at(q.open));
  std::vector<Token> before = tokenize(view.text(), std::min(sentence.begin, q.open), q.open);
  std::size_t seen = 0;
  for (std::size_t k = before.size(); k-- > 0 && seen < 2;) {
    if (!before[k].word) continue;
    ++seen;
    if (interface_verb(before[k].lower)) return true;
  }
  std::vector<Token> after = tokenize(view.text(), q.close, std::max(q.close, sentence.end));
  auto next = std::find_if(after.begin(), after.end(), [](const Token& t) { return t.word; });
  return next != after.end() && interface_noun(next->lower);
}

bool title_case(const DocumentView& view, const Quote& q) {
  std::vector<Token> tokens;
  for (const Segment& s : q.segments) {
    auto part = tokenize(view.text(), s.begin, s.end);
    tokens.insert(tokens.end(), part.begin(), part.end());
  }
  std::size_t words = 0;
  for (const Token& t : tokens) {
    if (!t.word) continue;
    ++words;
    if (t.text.size() >= 4 && !t.capitalized) return false;
  }
  bool sentence_end = !tokens.empty() && (tokens.back().text == "." || tokens.back().text == "!");
  return words >= 2 && !sentence_end && tokens.front().capitalized;
}

}  // namespace

void classify_quote_kinds(const doc::Document& document, std::vector<Quote>& quotes) {
  DocumentView view(document);
  for (Quote& q : quotes) {
    if (!q.speaker.how.empty()) {
      q.kind = QuoteKind::Speech;
      q.kind_reason.clear();
    } else if (named_before(view, q)) {
      q.kind = QuoteKind::Title;
      q.kind_reason = "named by the word before it";
    } else if (interface_label(view, q)) {
      q.kind = QuoteKind::Title;
      q.kind_reason = "an interface label (a word such as 'click' or 'button' beside it)";
    } else if (title_case(view, q)) {
      q.kind = QuoteKind::Title;
      q.kind_reason = "in title case";
    } else if (q.words.size() <= kMaxScareQuoteWords) {
      q.kind = QuoteKind::ScareQuote;
      q.kind_reason = "1-3 words, unattributed";
    } else {
      q.kind = QuoteKind::Speech;
      q.kind_reason.clear();
    }
  }
}

}  // namespace factlint::quote
