// The .md reader: cmark-gfm finds the prose blocks (paragraphs, headings); a hand
// pass over each block removes inline markup; HTML blocks are read by the HTML
// reader. Everything else (code, thematic breaks, link definitions, list bullets)
// becomes spaces.
#include "doc/readers.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>

#include <cmark-gfm.h>
#include <fmt/format.h>

#include "doc/label_lines.h"
#include "doc/limits.h"
#include "doc/nesting_guard.h"
#include "doc/pipe_table.h"
#include "source/byte_scan.h"

namespace factlint::doc {

namespace {

// What happens to each original byte: kept as text, shown as a space, or removed
// (emphasis markers and link targets vanish so "**10th**-largest" stays one word).
enum class Fate : unsigned char { Keep, Space, Drop };

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Inline constructs longer than this are read as prose, which keeps the pass
// linear on text with many unmatched brackets or backticks.
constexpr std::size_t kMaxInlineSpan = 1000;

// One prose block as a run of kept characters with their original offsets.
class InlinePass {
 public:
  InlinePass(std::string_view original, std::vector<Fate>& fate, std::vector<std::uint32_t> at)
      : fate_(fate), at_(std::move(at)) {
    s_.resize(at_.size());
    for (std::size_t i = 0; i < at_.size(); ++i) s_[i] = original[at_[i]];
    // Only a '[' asks for its bracket's match (link, image).
    if (s_.find('[') != std::string::npos) match_brackets();
  }

  void run() {
    // Blocks of sixteen characters that begin no markup are passed whole: most prose.
    const auto may_begin_markup = [](const char* p) {
      return source::block_holds(p, '\\', '`', '<', '!', '[', '*', '_', '~');
    };
    std::size_t i = 0;
    while (i < s_.size()) {
      i = source::skip_blocks(s_, i, may_begin_markup);
      if (i >= s_.size()) break;
      if (!keep(i)) {
        ++i;
        continue;
      }
      char c = s_[i];
      if (c == '\\') {
        i = backslash(i);
      } else if (c == '`') {
        i = code_span(i);
      } else if (c == '<') {
        i = angle(i);
      } else if (c == '!' && i + 1 < s_.size() && s_[i + 1] == '[') {
        i = image(i);
      } else if (c == '[') {
        i = link(i);
      } else if (c == '*' || c == '_' || c == '~') {
        i = emphasis(i);
      } else {
        ++i;
      }
    }
  }

 private:
  bool keep(std::size_t i) const { return fate_[at_[i]] == Fate::Keep; }
  void set(std::size_t begin, std::size_t end, Fate f) {
    for (std::size_t k = begin; k < end && k < s_.size(); ++k) {
      if (s_[k] != '\n') fate_[at_[k]] = f;
    }
  }

  std::size_t backslash(std::size_t i) {
    if (i + 1 < s_.size() && (is_ascii_punct(s_[i + 1]) || s_[i + 1] == '\n')) {
      set(i, i + 1, Fate::Drop);
      return i + 2;
    }
    return i + 1;
  }

  std::size_t run_length(std::size_t i) const {
    std::size_t n = 0;
    while (i + n < s_.size() && s_[i + n] == s_[i]) ++n;
    return n;
  }

  std::size_t code_span(std::size_t i) {
    std::size_t n = run_length(i);
    std::size_t k = i + n;
    while (k < s_.size() && k < i + kMaxInlineSpan) {
      std::size_t close = s_.find('`', k);
      if (close == std::string::npos || close > i + kMaxInlineSpan) break;
      std::size_t m = run_length(close);
      if (m == n) {
        set(i, i + n, Fate::Drop);
        set(close, close + m, Fate::Drop);
        return close + m;  // code content is kept verbatim
      }
      k = close + m;
    }
    return i + n;
  }

  // Autolinks, inline HTML and comments show nothing a reader takes as prose.
  std::size_t angle(std::size_t i) {
    if (s_.compare(i, 4, "<!--") == 0) {
      std::size_t close = std::string_view(s_).substr(i + 4, kMaxInlineSpan).find("-->");
      if (close == std::string::npos) return i + 1;
      close += i + 4;
      set(i, close + 3, Fate::Space);
      return close + 3;
    }
    if (i + 1 >= s_.size() || !(std::isalpha(static_cast<unsigned char>(s_[i + 1])) || s_[i + 1] == '/')) {
      return i + 1;
    }
    std::size_t close = s_.find_first_of("<>", i + 1);
    if (close == std::string::npos || s_[close] != '>') return i + 1;
    set(i, close + 1, Fate::Space);
    return close + 1;
  }

  // Pairs every '[' with its ']' and '(' with its ')' in one pass, so link
  // reading stays linear however many brackets are left open.
  void match_brackets() {
    match_.assign(s_.size(), std::string::npos);
    std::vector<std::size_t> squares, parens;
    for (std::size_t k = 0; k < s_.size(); ++k) {
      char c = s_[k];
      if (c == '\\') {
        ++k;
      } else if (c == '[') {
        squares.push_back(k);
      } else if (c == '(') {
        parens.push_back(k);
      } else if (c == ']' && !squares.empty()) {
        match_[squares.back()] = k;
        squares.pop_back();
      } else if (c == ')' && !parens.empty()) {
        match_[parens.back()] = k;
        parens.pop_back();
      }
    }
  }

  // Index of the bracket closing the one at `open`, or npos.
  std::size_t matching(std::size_t open) const { return match_[open]; }

  std::size_t image(std::size_t i) {
    std::size_t close = matching(i + 1);
    if (close == std::string::npos) return i + 1;
    std::size_t end = close + 1;
    if (end < s_.size() && s_[end] == '(') {
      std::size_t paren = matching(end);
      if (paren != std::string::npos) end = paren + 1;
    }
    set(i, end, Fate::Space);
    return end;
  }

  // "[text](url)" and "[text][ref]" keep only "text"; footnote marks "[^1]" vanish.
  std::size_t link(std::size_t i) {
    std::size_t close = matching(i);
    if (close == std::string::npos) return i + 1;
    if (i + 1 < s_.size() && s_[i + 1] == '^') {
      set(i, close + 1, Fate::Drop);
      return close + 1;
    }
    std::size_t end = 0;
    if (close + 1 < s_.size() && s_[close + 1] == '(') {
      std::size_t paren = matching(close + 1);
      if (paren != std::string::npos) end = paren + 1;
    } else if (close + 1 < s_.size() && s_[close + 1] == '[') {
      std::size_t bracket = matching(close + 1);
      if (bracket != std::string::npos) end = bracket + 1;
    }
    if (end == 0) return i + 1;  // "[near Japan in May]" is prose
    set(i, i + 1, Fate::Drop);
    set(close, end, Fate::Drop);
    return i + 1;  // the link text may hold emphasis
  }

  // A delimiter run touching a word on one side is emphasis; "5 * 3" and
  // snake_case are not. A single '~' is prose ("~40").
  std::size_t emphasis(std::size_t i) {
    std::size_t n = run_length(i);
    char before = i > 0 ? s_[i - 1] : ' ';
    char after = i + n < s_.size() ? s_[i + n] : ' ';
    bool flanking = !is_blank(before) || !is_blank(after);
    bool intraword = is_word_char(before) && is_word_char(after);
    bool drop = flanking;
    if (s_[i] == '_' && intraword) drop = false;
    if (s_[i] == '~' && n < 2) drop = false;
    if (drop) set(i, i + n, Fate::Drop);
    return i + n;
  }

  std::vector<Fate>& fate_;
  std::vector<std::uint32_t> at_;  // a document is at most 16 MB (kMaxDocumentBytes)
  std::string s_;
  std::vector<std::size_t> match_;  // closing bracket of each opening one, npos when unclosed
};

struct LineRange {
  std::size_t begin;
  std::size_t end;  // the newline (or end of text)
};

class MarkdownReader {
 public:
  MarkdownReader(const source::SourceFile& file, std::size_t body_begin)
      : file_(file), text_(file.text()), fate_(text_.size(), Fate::Space) {
    masked_ = text_;
    mask(masked_, 0, body_begin);
    if (body_begin > 0) breaks_.push_back(body_begin - 1);
    hide_image_openers(masked_, body_begin);
    if (std::optional<std::size_t> deep = skip_deep_markdown_lines(masked_, body_begin, kMaxMarkdownDepth)) {
      warnings_.push_back({*deep, *deep + 1,
                           fmt::format("line nests more than {} block quotes or list items; lines this deep "
                                       "are skipped",
                                       kMaxMarkdownDepth)});
    }
  }

  ExtractedText run() {
    cmark_node* root = cmark_parse_document(masked_.data(), masked_.size(), CMARK_OPT_DEFAULT);
    cmark_iter* iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter);
      if (event != CMARK_EVENT_ENTER) continue;
      cmark_node_type type = cmark_node_get_type(node);
      if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
        block(node, type == CMARK_NODE_HEADING);
      } else if (type == CMARK_NODE_HTML_BLOCK && !in_block_quote(node)) {
        html_block(node);
      }
      if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK && type != CMARK_NODE_DOCUMENT) {
        breaks_.push_back(line_of(cmark_node_get_end_line(node)).end);
      }
    }
    cmark_iter_free(iter);
    cmark_node_free(root);
    return extract();
  }

 private:
  LineRange line_of(int line) const {
    // From the line index, not a search: a document with many blocks ending on one
    // long line asks for that line once per block.
    std::size_t begin = file_.line_start(line);
    std::size_t next = file_.line_start(line + 1);
    return {begin, next > begin && next <= text_.size() && text_[next - 1] == '\n' ? next - 1 : text_.size()};
  }

  static bool in_block_quote(cmark_node* node) {
    for (cmark_node* p = cmark_node_parent(node); p != nullptr; p = cmark_node_parent(p)) {
      if (cmark_node_get_type(p) == CMARK_NODE_BLOCK_QUOTE) return true;
    }
    return false;
  }

  static bool is_table_row(std::string_view line) {
    std::size_t first = line.find_first_not_of(" \t");
    return first != std::string_view::npos && line[first] == '|';
  }

  void block(cmark_node* node, bool heading) {
    int first = cmark_node_get_start_line(node);
    int last = cmark_node_get_end_line(node);
    if (heading && text_.substr(line_of(first).begin + static_cast<std::size_t>(std::max(
                       0, cmark_node_get_start_column(node) - 1)), 1) != "#") {
      // A setext heading: its text ends above the '===' or '---' underline.
      for (int line = first + 1; line <= last; ++line) {
        LineRange range = line_of(line);
        std::string_view content = text_.substr(range.begin, range.end - range.begin);
        std::size_t mark = content.find_first_not_of(" \t");
        if (mark != std::string_view::npos && (content[mark] == '=' || content[mark] == '-') &&
            content.find_first_not_of(std::string(1, content[mark]) + " \t\r", mark) == std::string_view::npos) {
          last = line - 1;
          break;
        }
      }
    }
    bool quoted = in_block_quote(node);
    std::vector<LineRange> contents;  // each line's content, container marks skipped
    for (int line = first; line <= last; ++line) {
      LineRange range = line_of(line);
      std::size_t begin = range.begin;
      std::size_t end = range.end;
      if (line == first) begin += static_cast<std::size_t>(std::max(0, cmark_node_get_start_column(node) - 1));
      if (line == cmark_node_get_end_line(node) && cmark_node_get_end_column(node) > 0) {
        end = std::min(end, range.begin + static_cast<std::size_t>(std::max(0, cmark_node_get_end_column(node))));
      }
      while (begin < end && (text_[begin] == ' ' || text_[begin] == '\t' || (quoted && text_[begin] == '>'))) {
        ++begin;
      }
      if (heading) trim_heading_marks(begin, end);
      contents.push_back({begin, end});
    }
    const std::size_t header = heading ? contents.size() : table_header_line(contents);
    // What a table's surroundings say it measures: the nearest heading above it and the
    // paragraph directly before it (docs/rules.md "Facts in tables").
    TextRange lead;
    if (!contents.empty() && contents.front().begin < contents.back().end) {
      if (heading) {
        headings_.push_back({contents.front().begin, contents.back().end});
        paragraph_ = {};
      } else if (header < contents.size()) {
        if (header > 0 && !is_table_row(text_.substr(contents[header - 1].begin,
                                                     contents[header - 1].end - contents[header - 1].begin))) {
          lead = {contents.front().begin, contents[header - 1].end};  // "Cargo handled at the port:" on the line above
        } else if (header == 0 && !paragraph_.empty() &&
                   text_.substr(paragraph_.end, contents.front().begin - paragraph_.end)
                           .find_first_not_of(" \t\r\n") == std::string_view::npos) {
          lead = paragraph_;
        }
        paragraph_ = {};
      } else if (cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_ITEM) {
        paragraph_ = {};  // a list's item is no caption
      } else {
        paragraph_ = {contents.front().begin, contents.back().end};
      }
    }
    for (std::size_t i = 0; i + 1 < std::min(header, contents.size()); ++i) {
      auto text_of = [&](std::size_t k) { return text_.substr(contents[k].begin, contents[k].end - contents[k].begin); };
      if (label_line_break(text_of(i), text_of(i + 1))) breaks_.push_back(line_of(first + static_cast<int>(i)).end);
    }
    std::vector<std::uint32_t> at;
    std::size_t kept = 0;
    for (const LineRange& c : contents) kept += c.end - c.begin + 1;
    at.reserve(kept);
    for (std::size_t i = 0; i < contents.size(); ++i) {
      const int line = first + static_cast<int>(i);
      LineRange range = line_of(line);
      const std::size_t begin = contents[i].begin;
      const std::size_t end = contents[i].end;
      std::string_view content = text_.substr(begin, end - begin);
      if (i >= header) {
        if (i == header) {
          tables_.push_back(Table{{}, {}, headings_.empty() ? TextRange{} : headings_.back(), lead, begin});
        }
        if (range.begin > 0) breaks_.push_back(range.begin - 1);  // rows end sentences, pipes or not
        if (i != header + 1) table_line(begin, end, i == header, at);
      } else if (is_table_row(content)) {
        table_row(begin, end, at);
      } else if (begin < end) {
        std::fill(fate_.begin() + static_cast<std::ptrdiff_t>(begin), fate_.begin() + static_cast<std::ptrdiff_t>(end),
                  Fate::Keep);
        const std::size_t from = at.size();
        at.resize(from + (end - begin));
        std::iota(at.begin() + static_cast<std::ptrdiff_t>(from), at.end(), static_cast<std::uint32_t>(begin));
      }
      if (range.end < text_.size()) at.push_back(static_cast<std::uint32_t>(range.end));  // the newline, kept as a space
    }
    InlinePass(text_, fate_, std::move(at)).run();
  }

  // An HTML block (`<table>`, `<div class="note">`, `<details>`): docs sites write
  // tables and notes this way, so it is read as an .html document's body is (a
  // newcomer's report: they were masked). Quoted blocks carry '>' marks on each line
  // and stay masked.
  void html_block(cmark_node* node) {
    const std::size_t begin = line_of(cmark_node_get_start_line(node)).begin +
                              static_cast<std::size_t>(std::max(0, cmark_node_get_start_column(node) - 1));
    // Its last line from its content: cmark's end line may take in the blank lines after.
    const char* literal = cmark_node_get_literal(node);
    std::string_view content = literal == nullptr ? std::string_view() : std::string_view(literal);
    while (!content.empty() && (content.back() == '\n' || content.back() == '\r')) content.remove_suffix(1);
    const int lines = static_cast<int>(std::count(content.begin(), content.end(), '\n'));
    const std::size_t end = line_of(cmark_node_get_start_line(node) + lines).end;
    if (begin < end && (html_blocks_.empty() || html_blocks_.back().end <= begin)) {
      html_blocks_.push_back({begin, end});
    }
  }

  // The HTML block's text, read by the HTML reader, in place of its masked bytes:
  // its text, its map back to the original, its breaks, tables and warnings.
  void splice_html(const TextRange& range, ExtractedText& out) {
    source::SourceFile fragment(file_.path(), std::string(text_.substr(range.begin, range.end - range.begin)));
    ExtractedText html = read_html(fragment, 0);
    const std::size_t base = out.text.size();
    out.breaks.push_back(base);
    out.text += ' ';
    out.to_original.push_back(static_cast<std::uint32_t>(range.begin));
    for (std::size_t i = 0; i < html.text.size(); ++i) {
      out.text += html.text[i];
      std::size_t from = html.to_original.empty() ? i : html.to_original[i];
      out.to_original.push_back(static_cast<std::uint32_t>(range.begin + std::min(from, range.end - range.begin)));
    }
    for (std::size_t b : html.breaks) out.breaks.push_back(base + 1 + b);
    for (Table& table : html.tables) {
      shift_table(table, base + 1);
      html_tables_.push_back(std::move(table));
    }
    for (ReaderWarning& w : html.warnings) {
      warnings_.push_back({range.begin + w.begin, range.begin + w.end, std::move(w.message)});
    }
  }

  static void shift_table(Table& table, std::size_t by) {
    auto shift = [by](TextRange& r) {
      r.begin += by;
      r.end += by;
    };
    for (TableRow& row : table.rows) {
      for (TextRange& cell : row.cells) shift(cell);
    }
    if (!table.caption.empty()) shift(table.caption);
    table.begin += by;
  }

  // The index of the line that heads a GFM pipe table in the block (the line above
  // a delimiter row with as many columns), or contents.size() when there is none.
  std::size_t table_header_line(const std::vector<LineRange>& contents) const {
    for (std::size_t i = 1; i < contents.size(); ++i) {
      std::string_view line = text_.substr(contents[i].begin, contents[i].end - contents[i].begin);
      std::size_t columns = delimiter_columns(line);
      if (columns == 0) continue;
      std::string_view above = text_.substr(contents[i - 1].begin, contents[i - 1].end - contents[i - 1].begin);
      if (split_pipe_row(above).size() == columns) return i - 1;
    }
    return contents.size();
  }

  // A row of a pipe table: each cell ends a sentence and is recorded as a cell of
  // the table being read.
  void table_line(std::size_t begin, std::size_t end, bool header, std::vector<std::uint32_t>& at) {
    TableRow row;
    row.header = header;
    for (const TextRange& cell : split_pipe_row(text_.substr(begin, end - begin))) {
      row.cells.push_back({begin + cell.begin, begin + cell.end});
    }
    tables_.back().rows.push_back(std::move(row));
    keep_cells(begin, end, at);
  }

  // A row's text is kept; each unescaped '|' ends a sentence instead.
  void keep_cells(std::size_t begin, std::size_t end, std::vector<std::uint32_t>& at) {
    for (std::size_t k = begin; k < end; ++k) {
      if (text_[k] == '|' && (k == begin || text_[k - 1] != '\\')) {
        breaks_.push_back(k);
        continue;
      }
      fate_[k] = Fate::Keep;
      at.push_back(static_cast<std::uint32_t>(k));
    }
  }

  void trim_heading_marks(std::size_t& begin, std::size_t& end) const {
    if (begin < end && text_[begin] == '#') {
      while (begin < end && text_[begin] == '#') ++begin;
      // A closing sequence is '#'s after a space at the end of the line.
      std::size_t e = end;
      while (e > begin && (text_[e - 1] == ' ' || text_[e - 1] == '\t' || text_[e - 1] == '\r')) --e;
      std::size_t hashes = e;
      while (hashes > begin && text_[hashes - 1] == '#') --hashes;
      if (hashes < e && hashes > begin && (text_[hashes - 1] == ' ' || text_[hashes - 1] == '\t')) end = hashes;
      // "## 2. Connection refused": a section's number is no figure of its text. One or
      // two digits and "." or ")" before a space and a word; a year ("## 2019") stays.
      std::size_t at = begin;
      while (at < end && (text_[at] == ' ' || text_[at] == '\t')) ++at;
      std::size_t digits = at;
      while (digits < end && text_[digits] >= '0' && text_[digits] <= '9') ++digits;
      if (digits > at && digits - at <= 2 && digits + 2 < end && (text_[digits] == '.' || text_[digits] == ')') &&
          text_[digits + 1] == ' ' && text_[digits + 2] != ' ') {
        begin = digits + 2;
      }
    }
  }

  // Pipe tables (read without the table extension): each cell ends a sentence,
  // the delimiter row "|---|:--|" is not text.
  void table_row(std::size_t begin, std::size_t end, std::vector<std::uint32_t>& at) {
    std::string_view row = text_.substr(begin, end - begin);
    if (row.find_first_not_of("|:- \t\r") == std::string_view::npos) return;
    keep_cells(begin, end, at);
  }

  ExtractedText extract() {
    ExtractedText out;
    // Sized for every byte and cut to what was written: no check of room per byte.
    out.text.resize(text_.size());
    out.to_original.resize(text_.size() + 1);
    char* text = out.text.data();
    std::uint32_t* to_original = out.to_original.data();
    std::size_t n = 0;
    std::sort(breaks_.begin(), breaks_.end());
    auto next_break = breaks_.begin();
    auto next_html = html_blocks_.begin();
    for (std::size_t k = 0; k < text_.size(); ++k) {
      if (next_html != html_blocks_.end() && next_html->begin == k) {
        // The HTML reader's text is appended to what is written so far; then room
        // again for one byte of every byte after the block.
        out.text.resize(n);
        out.to_original.resize(n);
        splice_html(*next_html, out);
        n = out.text.size();
        const std::size_t rest = text_.size() - next_html->end;
        out.text.resize(n + rest);
        out.to_original.resize(n + rest + 1);
        text = out.text.data();
        to_original = out.to_original.data();
        k = next_html->end - 1;
        ++next_html;
        continue;
      }
      while (next_break != breaks_.end() && *next_break < k) ++next_break;
      bool is_break = next_break != breaks_.end() && *next_break == k;
      if (is_break) out.breaks.push_back(n);
      Fate f = fate_[k];
      char c = text_[k];
      if (c == '\n') {
        text[n] = '\n';
      } else if (f == Fate::Keep) {
        text[n] = c;
      } else if (f == Fate::Space || is_break) {
        text[n] = ' ';
      } else {
        continue;
      }
      to_original[n++] = static_cast<std::uint32_t>(k);
    }
    out.text.resize(n);
    to_original[n] = static_cast<std::uint32_t>(text_.size());
    out.to_original.resize(n + 1);
    out.breaks.erase(std::unique(out.breaks.begin(), out.breaks.end()), out.breaks.end());
    out.warnings = std::move(warnings_);
    map_tables(tables_, out.to_original, out.text);
    out.tables = std::move(tables_);
    // HTML blocks' tables are ranges of `out.text` already; all in document order. One
    // with no heading in its block takes the document's nearest above it.
    for (TextRange& h : headings_) map_range(h, out.to_original, out.text);
    for (Table& t : html_tables_) {
      if (t.heading.empty()) {
        auto above = std::partition_point(headings_.begin(), headings_.end(),
                                          [&](const TextRange& h) { return h.end <= t.begin; });
        if (above != headings_.begin()) t.heading = *std::prev(above);
      }
      out.tables.push_back(std::move(t));
    }
    std::stable_sort(out.tables.begin(), out.tables.end(),
                     [](const Table& a, const Table& b) { return a.begin < b.begin; });
    return out;
  }

  const source::SourceFile& file_;
  std::string_view text_;
  std::string masked_;
  std::vector<Fate> fate_;
  std::vector<std::size_t> breaks_;
  std::vector<ReaderWarning> warnings_;
  std::vector<Table> tables_;  // in original offsets until extract()
  std::vector<TextRange> headings_;  // in document order; original offsets until extract()
  TextRange paragraph_;              // the last paragraph read, when no heading or table came after it
  std::vector<TextRange> html_blocks_;  // original ranges, in document order
  std::vector<Table> html_tables_;      // in offsets of the extracted text
};

}  // namespace

ExtractedText read_markdown(const source::SourceFile& file, std::size_t body_begin) {
  return MarkdownReader(file, body_begin).run();
}

}  // namespace factlint::doc
