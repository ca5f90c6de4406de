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
