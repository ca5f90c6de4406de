// Pairing quotation marks: a small state machine over the visible text with a stack
// of open quotations, so nested quotes close in order and stray marks do no harm.
#include "quote/quote_marks.h"

#include <algorithm>

#include "source/utf8.h"

namespace factlint::quote {

namespace {

enum class Mark { None, OpenDouble, CloseDouble, AmbiguousDouble, OpenSingle, CloseSingle, AmbiguousSingle };

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0; }

bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return c != 0xFFFD && !(c >= 0x2000 && c <= 0x206F) && c != 0xA0 && c != 0xAB && c != 0xBB;
}

Mark classify(char32_t c) {
  switch (c) {
    case U'\u201C': case U'\u201E': case U'\u00AB': return Mark::OpenDouble;
    case U'\u201D': case U'\u00BB': return Mark::CloseDouble;
    case U'"': return Mark::AmbiguousDouble;
    case U'\u2018': return Mark::OpenSingle;
    case U'\u2019': case U'\'': return Mark::AmbiguousSingle;
    default: return Mark::None;
  }
}

// Before an opening mark comes a space, an opening bracket or dash, or another mark.
bool opens_after(char32_t prev) {
  return prev == 0 || is_space(prev) || prev == '(' || prev == '[' || prev == '{' || prev == '-' ||
         prev == U'\u2014' || prev == U'\u2013' || prev == U'\u201C' || prev == '"' || prev == U'\u2018' ||
         prev == ':' || prev == '/';
}

struct Frame {
  bool single = false;
  bool curly = false;
  std::size_t open = 0;
  std::size_t content = 0;  // start of the current segment
  std::vector<Segment> segments;
};

Segment trimmed(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && (text[begin] == ' ' || text[begin] == '\n' || text[begin] == '\t' || text[begin] == '\r')) {
    ++begin;
  }
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t' ||
                         text[end - 1] == '\r')) {
    --end;
  }
  return {begin, end};
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::vector<MarkedQuote> run() {
    std::size_t i = 0;
    char32_t prev = 0;
    while (i < text_.size()) {
      if (text_[i] == '\n') {
        std::size_t next = paragraph_break_end(i);
        if (next != i) {
          i = on_paragraph_break(i, next);
          prev = '\n';
          continue;
        }
      }
      // Plain ASCII is neither a mark nor a line break: runs of it are skipped
      // without decoding, and only the last byte is kept as the mark's `prev`.
      if (plain_ascii(text_[i])) {
        std::size_t j = i + 1;
        while (j < text_.size() && plain_ascii(text_[j])) ++j;
        prev = static_cast<unsigned char>(text_[j - 1]);
        i = j;
        continue;
      }
      source::DecodedChar d = source::decode_utf8(text_, i);
      std::size_t len = std::max<std::size_t>(d.length, 1);
      char32_t next_char = i + len < text_.size() ? source::decode_utf8(text_, i + len).code_point : 0;
      on_char(d.code_point, prev, next_char, i, i + len);
      prev = d.code_point;
      i += len;
    }
    while (!stack_.empty()) drop_or_close_unterminated(text_.size());
    std::sort(out_.begin(), out_.end(), [](const MarkedQuote& a, const MarkedQuote& b) { return a.open < b.open; });
    return std::move(out_);
  }

 private:
  static bool plain_ascii(char c) {
    return static_cast<unsigned char>(c) < 0x80 && c != '"' && c != '\'' && c != '\n';
  }

  // The end of a blank-line run starting at `at`, or `at` when the line break is single.
  std::size_t paragraph_break_end(std::size_t at) const {
    std::size_t j = at + 1;
    while (j < text_.size() && (text_[j] == ' ' || text_[j] == '\t' || text_[j] == '\r')) ++j;
    if (j >= text_.size() || text_[j] != '\n') return at;
    while (j < text_.size() && (text_[j] == ' ' || text_[j] == '\t' || text_[j] == '\r' || text_[j] == '\n')) ++j;
    return j;
  }

  bool inside_double() const {
    return std::any_of(stack_.begin(), stack_.end(), [](const Frame& f) { return !f.single; });
  }

  void on_char(char32_t c, char32_t prev, char32_t next, std::size_t at, std::size_t after) {
    Mark mark = classify(c);
    if (mark == Mark::None) return;
    if (mark == Mark::AmbiguousDouble) {
      // A straight quote closes an open straight quotation, and otherwise opens
      // where an opening mark can stand.
      bool straight_open = !stack_.empty() && !stack_.back().single && !stack_.back().curly;
      mark = straight_open || !opens_after(prev) ? Mark::CloseDouble : Mark::OpenDouble;
    }
    if (mark == Mark::AmbiguousSingle) {
      if (is_word_char(prev) && is_word_char(next)) return;  // an apostrophe: don't, Russia's
      if (opens_after(prev) && c == '\'' && is_word_char(next)) {
        mark = Mark::OpenSingle;
      } else {
        mark = Mark::CloseSingle;
      }
    }
    switch (mark) {
      case Mark::OpenDouble: {
        // A second opening mark inside a double quotation means the first was never
        // closed; nesting uses single marks.
        if (!stack_.empty() && !stack_.back().single && stack_.back().curly && c != '"') {
          drop_or_close_unterminated(at);
        }
        stack_.push_back({false, c != '"', at, after, {}});
        break;
      }
      case Mark::CloseDouble: close_double(at, after); break;
      case Mark::OpenSingle:
        // At the top level, a single quote must open before a word: it is the
        // primary quotation mark of some styles, but most ‘ there begin quotes.
        if (inside_double() || is_word_char(next)) stack_.push_back({true, c != '\'', at, after, {}});
        break;
      case Mark::CloseSingle:
        if (!stack_.empty() && stack_.back().single) emit(at, after);
        break;
      default: break;
    }
  }

  void close_double(std::size_t at, std::size_t after) {
    auto it = std::find_if(stack_.rbegin(), stack_.rend(), [](const Frame& f) { return !f.single; });
    if (it == stack_.rend()) return;  // a closing mark with nothing open: a stray, ignored
    while (stack_.back().single) stack_.pop_back();  // singles never closed were apostrophes
    emit(at, after);
  }

  void emit(std::size_t at, std::size_t after) {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    Segment last = trimmed(text_, frame.content, at);
    if (last.end > last.begin) frame.segments.push_back(last);
    if (frame.segments.empty()) return;
    MarkedQuote q;
    q.open = frame.open;
    q.close = after;
    q.segments = std::move(frame.segments);
    q.nested = !stack_.empty();
    out_.push_back(std::move(q));
  }

  void drop_or_close_unterminated(std::size_t end) {
    Frame& frame = stack_.back();
    if (!frame.single && frame.curly) {
      emit(end, end);
      out_.back().closed = false;
    } else {
      stack_.pop_back();
    }
  }

  // Returns where scanning goes on: past the reopening mark when the quotation continues.
  std::size_t on_paragraph_break(std::size_t at, std::size_t next) {
    while (!stack_.empty() && stack_.back().single) stack_.pop_back();
    if (stack_.empty()) return next;
    Frame& frame = stack_.back();
    source::DecodedChar first = next < text_.size() ? source::decode_utf8(text_, next) : source::DecodedChar{};
    Mark reopen = next < text_.size() ? classify(first.code_point) : Mark::None;
    if (reopen == Mark::OpenDouble || reopen == Mark::AmbiguousDouble) {
      Segment part = trimmed(text_, frame.content, at);
      if (part.end > part.begin) frame.segments.push_back(part);
      frame.content = next + std::max<std::size_t>(first.length, 1);
      return frame.content;
    }
    while (!stack_.empty()) drop_or_close_unterminated(at);
    return next;
  }

  std::string_view text_;
  std::vector<Frame> stack_;
  std::vector<MarkedQuote> out_;
};

}  // namespace

std::vector<MarkedQuote> find_quote_marks(std::string_view text) {
  return Scanner(text).run();
}

}  // namespace factlint::quote
