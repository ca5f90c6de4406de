// Building quotes from paired marks: merging interrupted quotes, reading words,
// and placing each in its sentence and in the original file.
#include "quote/quote_extractor.h"

#include "doc/normalizer.h"
#include "quote/document_view.h"
#include "quote/quote_marks.h"
#include "quote/quote_words.h"
#include "quote/speech_verbs.h"
#include "quote/text_tokens.h"

namespace factlint::quote {

namespace {

constexpr std::size_t kMaxInterruptionWords = 10;

bool ends_with_comma(std::string_view text, const Segment& s) {
  return s.end > s.begin && text[s.end - 1] == ',';
}

// Whether `text` holds more than `limit` words, counted as chunks between ASCII
// whitespace that hold an ASCII letter or digit: each holds a word token of its own
// (tokens never span whitespace), so this undercounts, never over. It stops at the
// limit: two quotations paragraphs apart are no interruption, and tokenizing what lies
// between them cost most of reading quotations (issue 10).
bool more_words_than(std::string_view text, std::size_t limit) {
  std::size_t words = 0;
  bool in_word = false;  // the current chunk has been counted
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      in_word = false;
    } else if (!in_word && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      in_word = true;
      if (++words > limit) return true;
    }
  }
  return false;
}

// `between` is the text from the first part's closing mark to the second's opening mark.
bool is_interruption(const DocumentView& view, const MarkedQuote& first, const MarkedQuote& second) {
  if (first.nested || second.nested || !first.closed || second.open < first.close) return false;
  std::string_view text = view.text();
  if (first.close < text.size() &&
      more_words_than(text.substr(first.close, second.open - first.close), kMaxInterruptionWords)) {
    return false;
  }
  std::vector<Token> between = tokenize(text, first.close, second.open);
  if (between.empty() || view.paragraph_break_in(first.close, second.open)) return false;
  bool comma_before = ends_with_comma(text, first.segments.back()) || between.front().text == ",";
  if (!comma_before || between.back().text != ",") return false;
  std::size_t words = 0;
  bool verb = false;
  for (const Token& t : between) {
    if (t.quote_mark) return false;
    if (!t.word) continue;
    ++words;
    verb = verb || is_speech_verb(t.lower);
  }
  return verb && words <= kMaxInterruptionWords;
}

std::vector<MarkedQuote> merge_interrupted(const DocumentView& view, std::vector<MarkedQuote> marks,
                                           std::vector<Segment>& interruptions) {
  std::vector<MarkedQuote> out;
  for (MarkedQuote& m : marks) {
    // The quote to merge with is the last top-level one, whatever nested quotes followed it.
    MarkedQuote* previous = nullptr;
    std::size_t previous_index = 0;
    for (std::size_t k = out.size(); k-- > 0;) {
      if (!out[k].nested) {
        previous = &out[k];
        previous_index = k;
        break;
      }
    }
    if (previous && !m.nested && interruptions[previous_index].end == 0 && is_interruption(view, *previous, m)) {
      interruptions[previous_index] = {previous->close, m.open};
      previous->segments.insert(previous->segments.end(), m.segments.begin(), m.segments.end());
      previous->close = m.close;
      previous->closed = m.closed;
      continue;
    }
    out.push_back(std::move(m));
    interruptions.push_back({0, 0});
  }
  return out;
}

Quote build_quote(const DocumentView& view, const MarkedQuote& m, Segment interruption) {
  const doc::Document& document = view.document();
  std::string_view text = view.text();
  Quote q;
  q.document = document.path;
  q.segments = m.segments;
  for (const Segment& s : m.segments) {
    if (!q.text.empty()) q.text += ' ';
    q.text += doc::collapse_whitespace(text.substr(s.begin, s.end - s.begin));
  }
  QuoteWords words = quote_words(q.text);
  q.words = std::move(words.words);
  q.gaps = std::move(words.gaps);
  q.insertions = std::move(words.insertions);
  q.open = m.open;
  q.close = m.close;
  q.interruption = interruption;
  q.nested = m.nested;
  q.spans_paragraphs = m.segments.size() > 1 && interruption.end == 0;
  q.sentence = view.sentence_at(m.segments.front().begin);
  q.begin = view.original_offset(m.segments.front().begin);
  q.end = view.original_offset(m.segments.back().end);
  q.location = view.location(m.segments.front().begin);
  Segment first = view.sentence_range(view.sentence_at(m.open));
  Segment last = view.sentence_range(view.sentence_at(m.close > 0 ? m.close - 1 : 0));
  std::size_t from = std::min(first.begin, m.open);
  std::size_t to = std::max(last.end, m.close);
  q.context = doc::collapse_whitespace(text.substr(from, to - from));
  return q;
}

}  // namespace

std::vector<Quote> extract_quotes(const doc::Document& document) {
  DocumentView view(document);
  std::vector<Segment> interruptions;
  std::vector<MarkedQuote> marks = merge_interrupted(view, find_quote_marks(view.text()), interruptions);
  std::vector<Quote> out;
  out.reserve(marks.size());
  for (std::size_t i = 0; i < marks.size(); ++i) {
    Quote q = build_quote(view, marks[i], interruptions[i]);
    if (!q.words.empty()) out.push_back(std::move(q));
  }
  return out;
}

}  // namespace factlint::quote
