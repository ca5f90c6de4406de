// The .html reader: gumbo parses the page; the visible text of the body, minus
// scripts, styles and site chrome (nav, header, footer, asides, cookie banners and
// the like), is kept with a map from each decoded byte back to the original, entities
// included. A page that marks its content (<main>, <article>) is read there only
// (docs/configuration.md#what-text-of-a-document-is-read).
#include "doc/readers.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <gumbo.h>

#include "doc/front_matter.h"
#include "doc/limits.h"
#include "doc/nesting_guard.h"
#include "doc/normalizer.h"
#include "source/ascii.h"
#include "source/utf8.h"

namespace factlint::doc {

namespace {

bool is_skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

// Words of a class, id or role that mark site chrome rather than the article: a
// cookie banner's "budget for cookies is 0" or a related-links box's figures would
// otherwise be statements of the page. Whole words only: "ad" of "ad-slot", not of "head".
bool names_chrome(std::string_view value) {
  static constexpr std::string_view kChrome[] = {
      "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup",
      "promo", "advert", "advertisement", "ad", "ads", "sponsored", "related", "sharing",
      "social", "breadcrumb", "breadcrumbs", "sidebar", "comments", "popup", "modal", "paywall",
      "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"};
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && !std::isalnum(static_cast<unsigned char>(value[i]))) ++i;
    std::size_t end = i;
    while (end < value.size() && std::isalnum(static_cast<unsigned char>(value[end]))) ++end;
    const std::string word = source::ascii_lower(std::string(value.substr(i, end - i)));
    if (!word.empty() && std::find(std::begin(kChrome), std::end(kChrome), word) != std::end(kChrome)) return true;
    i = end;
  }
  return false;
}

std::string_view attribute_of(const GumboElement& element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
  return a != nullptr ? std::string_view(a->value) : std::string_view();
}

// An element no reader sees: site chrome by its tag, role, class or id, or hidden.
bool is_chrome(const GumboElement& element) {
  if (element.tag == GUMBO_TAG_ASIDE) return true;
  if (gumbo_get_attribute(&element.attributes, "hidden") != nullptr || attribute_of(element, "aria-hidden") == "true") {
    return true;
  }
  return names_chrome(attribute_of(element, "role")) || names_chrome(attribute_of(element, "class")) ||
         names_chrome(attribute_of(element, "id"));
}

bool marks_content(const GumboElement& element) {
  return element.tag == GUMBO_TAG_MAIN || element.tag == GUMBO_TAG_ARTICLE || attribute_of(element, "role") == "main";
}

// The page's content: its outermost <main>, <article> or role="main" elements, in
// order, or the whole page when it marks none. Chrome is never searched.
std::vector<const GumboNode*> content_roots(const GumboNode* root) {
  std::vector<const GumboNode*> found;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      if (is_skipped(node->v.element.tag) || is_chrome(node->v.element)) continue;
      if (marks_content(node->v.element)) {
        found.push_back(node);
        continue;
      }
      children = &node->v.element.children;
    }
    if (children == nullptr) continue;
    for (unsigned i = children->length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children->data[i]));
  }
  if (found.empty()) found.push_back(root);
  return found;
}

// Inline elements continue the sentence around them; every other element is a block.
bool is_inline(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DFN: case GUMBO_TAG_EM:
    case GUMBO_TAG_I: case GUMBO_TAG_KBD: case GUMBO_TAG_MARK: case GUMBO_TAG_Q: case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_U: case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR: case GUMBO_TAG_DEL: case GUMBO_TAG_INS: case GUMBO_TAG_FONT: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_BIG: case GUMBO_TAG_TT: case GUMBO_TAG_NOBR: case GUMBO_TAG_RUBY: case GUMBO_TAG_RT:
    case GUMBO_TAG_RP: case GUMBO_TAG_IMG:
      return true;
    default:
      return false;
  }
}

class HtmlReader {
 public:
  HtmlReader(const source::SourceFile& file, std::size_t body_begin)
      : text_(file.text()), base_(body_begin) {}

  ExtractedText run() {
    std::string page(text_.substr(base_));
    if (std::optional<std::size_t> deep = flatten_deep_html(page, kMaxHtmlDepth)) {
      out_.warnings.push_back({base_ + *deep, base_ + *deep + 1,
                               fmt::format("HTML elements nested more than {} deep; the deeper tags are "
                                           "ignored and their text is read",
                                           kMaxHtmlDepth)});
    }
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
    head(output->root);
    for (const GumboNode* content : content_roots(output->root)) walk(content);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    out_.to_original.push_back(static_cast<std::uint32_t>(text_.size()));
    return std::move(out_);
  }

 private:
  // Depth-first in document order with an explicit stack: pages nest deeply enough
  // ("<b>" a hundred thousand times) to overflow the call stack.
  void walk(const GumboNode* root) {
    std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
    while (!stack.empty()) {
      auto [node, leaving] = stack.back();
      stack.pop_back();
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        text(node->v.text);
        continue;
      }
      if (node->type == GUMBO_NODE_DOCUMENT) {
        push_children(node->v.document.children, stack);
        continue;
      }
      if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
      const GumboElement& element = node->v.element;
      if (is_skipped(element.tag) || is_chrome(element)) continue;
      bool block = !is_inline(element.tag);
      if (leaving) {
        if (block) {
          table_leave(element);
          surroundings_leave(element);
          block_break(element.end_pos.offset);
        }
        continue;
      }
      if (block) {
        block_break(element.start_pos.offset);
        block_begins_.push_back(out_.text.size());
        table_enter(element);
      }
      stack.push_back({node, true});
      push_children(element.children, stack);
    }
  }

  // What a table's surroundings say it measures (docs/rules.md "Facts in tables"): the
  // last heading (<h1> to <h6>) and the last paragraph or <figcaption> outside tables,
  // which a table takes as its lead when nothing but blanks stands between them.
  void surroundings_leave(const GumboElement& element) {
    if (block_begins_.empty()) return;
    const TextRange range{block_begins_.back(), out_.text.size()};
    block_begins_.pop_back();
    if (!open_tables_.empty() || range.empty()) return;
    switch (element.tag) {
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
      case GUMBO_TAG_H6:
        heading_ = range;
        lead_ = {};
        break;
      case GUMBO_TAG_P: case GUMBO_TAG_FIGCAPTION: lead_ = range; break;
      default: break;
    }
  }

  // Tables: a cell's range runs from the text after its opening break to the text
  // before its closing one, so every cell is a sentence of its own.
  void table_enter(const GumboElement& element) {
    const std::size_t at = out_.text.size();
    if (element.tag == GUMBO_TAG_TABLE) {
      open_tables_.push_back(TableBuilder{});
      open_tables_.back().table.begin = at;
      if (open_tables_.size() == 1) {
        open_tables_.back().table.heading = heading_;
        const std::string_view between = std::string_view(out_.text).substr(std::min(lead_.end, at));
        if (!lead_.empty() && between.find_first_not_of(" \t\r\n") == std::string_view::npos) {
          open_tables_.back().table.lead = lead_;
        }
      }
      return;
    }
    if (open_tables_.empty()) return;
    TableBuilder& b = open_tables_.back();
    switch (element.tag) {
      case GUMBO_TAG_CAPTION: b.caption_begin = at; break;
      case GUMBO_TAG_THEAD: ++b.thead; break;
      case GUMBO_TAG_TR:
        b.table.rows.push_back(TableRow{{}, b.thead > 0});
        b.all_th.push_back(true);
        break;
      case GUMBO_TAG_TD: case GUMBO_TAG_TH: b.cell_begin = at; break;
      default: break;
    }
  }

  void table_leave(const GumboElement& element) {
    if (open_tables_.empty()) return;
    const std::size_t at = out_.text.size();
    TableBuilder& b = open_tables_.back();
    switch (element.tag) {
      case GUMBO_TAG_TABLE: {
        Table table = b.finish();
        open_tables_.pop_back();
        if (!table.rows.empty()) out_.tables.push_back(std::move(table));
        break;
      }
      case GUMBO_TAG_CAPTION: b.table.caption = {b.caption_begin, at}; break;
      case GUMBO_TAG_THEAD: --b.thead; break;
      case GUMBO_TAG_TD: case GUMBO_TAG_TH: {
        if (b.table.rows.empty()) break;
        const GumboAttribute* span = gumbo_get_attribute(&element.attributes, "colspan");
        int columns = span != nullptr ? std::atoi(span->value) : 1;
        columns = std::clamp(columns, 1, kMaxColspan);
        for (int k = 0; k < columns; ++k) b.table.rows.back().cells.push_back({b.cell_begin, at});
        if (element.tag == GUMBO_TAG_TD) b.all_th.back() = false;
        break;
      }
      default: break;
    }
  }

  static void push_children(const GumboVector& nodes, std::vector<std::pair<const GumboNode*, bool>>& stack) {
    for (unsigned i = nodes.length; i > 0; --i) stack.push_back({static_cast<const GumboNode*>(nodes.data[i - 1]), false});
  }

  // Reads metadata from <title>, <meta> and <link rel=canonical> anywhere in the page.
  void head(const GumboNode* root) {
    std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
    while (!stack.empty()) {
      const GumboNode* node = stack.back().first;
      stack.pop_back();
      if (node->type == GUMBO_NODE_DOCUMENT) {
        push_children(node->v.document.children, stack);
      } else if (node->type == GUMBO_NODE_ELEMENT) {
        head_element(node->v.element);
        push_children(node->v.element.children, stack);
      }
    }
  }

  void head_element(const GumboElement& element) {
    const GumboVector& kids = element.children;
    auto attribute = [&](const char* name) -> std::string {
      const GumboAttribute* a = gumbo_get_attribute(&element.attributes, name);
      return a != nullptr ? a->value : "";
    };
    if (element.tag == GUMBO_TAG_TITLE && out_.meta.title.empty()) {
      std::string title;
      for (unsigned i = 0; i < kids.length; ++i) {
        const GumboNode* kid = static_cast<const GumboNode*>(kids.data[i]);
        if (kid->type == GUMBO_NODE_TEXT) title += kid->v.text.text;
      }
      out_.meta.title = collapse_whitespace(title);
    } else if (element.tag == GUMBO_TAG_META) {
      std::string key = attribute("property");
      if (key.empty()) key = attribute("name");
      std::string content = collapse_whitespace(attribute("content"));
      if (key == "og:site_name" && out_.meta.publisher.empty()) out_.meta.publisher = content;
      if ((key == "article:published_time" || key == "date" || key == "pubdate" || key == "dc.date") &&
          out_.meta.date.empty() && parse_date(content.substr(0, 10))) {
        out_.meta.date = content.substr(0, 10);
      }
      if (key == "og:url" && out_.meta.url.empty()) out_.meta.url = content;
    } else if (element.tag == GUMBO_TAG_LINK && attribute("rel") == "canonical") {
      out_.meta.url = attribute("href");
    }
  }



 void push(char c, std::size_t original) {
    out_.text += c;
    out_.to_original.push_back(static_cast<std::uint32_t>(original));
  }

  void block_break(std::size_t page_offset) {
    // Implied end tags have no position: stay at the last mapped offset.
    std::size_t original = std::min(base_ + page_offset, text_.size());
    if (!out_.to_original.empty()) original = std::max<std::size_t>(original, out_.to_original.back());
    if (!out_.breaks.empty() && out_.breaks.back() + 1 == out_.text.size()) return;
    out_.breaks.push_back(out_.text.size());
    push('\n', original);
  }

  // Walks the decoded text and the original side by side: equal bytes map one to
  // one, an entity's decoded character maps to its '&', a dropped '\r' is skipped.
  void text(const GumboText& node) {
    std::string_view decoded = node.text;
    std::string_view raw(node.original_text.data, node.original_text.length);
    std::size_t start = base_ + node.start_pos.offset;
    std::size_t i = 0, j = 0;
    while (i < decoded.size()) {
      if (j < raw.size() && raw[j] == decoded[i] && raw[j] != '&') {
        push(decoded[i++], start + j++);
        continue;
      }
      if (j < raw.size() && raw[j] == '\r') {
        ++j;
        continue;
      }
      std::size_t entity_end = entity_length(raw, j);
      std::size_t length = source::decode_utf8(decoded, i).length;
      for (std::size_t k = 0; k < length; ++k) push(decoded[i + k], start + std::min(j, raw.size()));
      i += length;
      if (entity_end > 0) {
        j += entity_end;
      } else {
        j = resync(raw, j, decoded.substr(i));
      }
    }
  }

  // Bytes of the character reference "&name;" or "&#123;" at `j`, 0 when there is none.
  static std::size_t entity_length(std::string_view raw, std::size_t j) {
    if (j >= raw.size() || raw[j] != '&') return 0;
    for (std::size_t k = j + 1; k < raw.size() && k < j + 34; ++k) {
      if (raw[k] == ';') return k > j + 1 ? k + 1 - j : 0;
      if (!std::isalnum(static_cast<unsigned char>(raw[k])) && raw[k] != '#') return 0;
    }
    return 0;
  }

  // After a legacy entity without ';' ("&amp more"), the next raw offset from
  // which the rest of the decoded text follows again.
  static std::size_t resync(std::string_view raw, std::size_t j, std::string_view rest) {
    std::string_view probe = rest.substr(0, 8);
    for (std::size_t skip = 1; skip <= 12 && j + skip <= raw.size(); ++skip) {
      if (raw.substr(j + skip).starts_with(probe)) return j + skip;
    }
    return std::min(j + 1, raw.size());
  }

  // A colspan past this is read as this many columns (a page may say colspan=100000).
  static constexpr int kMaxColspan = 64;

  struct TableBuilder {
    Table table;
    std::vector<bool> all_th;  // per row: every cell a <th>
    int thead = 0;             // open <thead> elements
    std::size_t cell_begin = 0;
    std::size_t caption_begin = 0;

    // Header rows: those in <thead>; else the leading rows of <th> cells only; else
    // the first row, which is where tables put their headers when they mark none.
    Table finish() {
      std::vector<TableRow> rows;
      std::vector<bool> th;
      for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if (table.rows[r].cells.empty()) continue;
        rows.push_back(std::move(table.rows[r]));
        th.push_back(all_th[r]);
      }
      table.rows = std::move(rows);
      const bool marked = std::any_of(table.rows.begin(), table.rows.end(), [](const TableRow& r) { return r.header; });
      if (!marked) {
        for (std::size_t r = 0; r < table.rows.size() && th[r]; ++r) table.rows[r].header = true;
      }
      if (!table.rows.empty() && !table.rows.front().header && table.rows.size() >= 2 &&
          std::none_of(table.rows.begin(), table.rows.end(), [](const TableRow& r) { return r.header; })) {
        table.rows.front().header = true;
      }
      return std::move(table);
    }
  };

  std::string_view text_;
  std::size_t base_;
  ExtractedText out_;
  std::vector<TableBuilder> open_tables_;  // innermost last
  std::vector<std::size_t> block_begins_;  // where each open block element's text begins
  TextRange heading_;                      // the last heading outside tables
  TextRange lead_;                         // the last paragraph or figcaption outside tables
};

}  // namespace

ExtractedText read_html(const source::SourceFile& file, std::size_t body_begin) {
  return HtmlReader(file, body_begin).run();
}

}  // namespace factlint::doc
