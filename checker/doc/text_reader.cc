// The .txt reader: the text as is; line structure decides forced sentence breaks.
#include "doc/readers.h"

#include <algorithm>

#include "doc/label_lines.h"

namespace factlint::doc {

namespace {

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;  // before '\n' (and '\r')
  int width = 0;        // code points, trailing spaces excluded
  bool blank = true;
};

std::vector<Line> split_lines(std::string_view text, std::size_t from) {
  std::vector<Line> lines;
  std::size_t begin = from;
  while (begin <= text.size()) {
    std::size_t nl = text.find('\n', begin);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::size_t content_end = end;
    while (content_end > begin && (text[content_end - 1] == ' ' || text[content_end - 1] == '\t' ||
                                   text[content_end - 1] == '\r')) {
      --content_end;
    }
    Line line{begin, end, source::count_code_points(text.substr(begin, content_end - begin)), true};
    for (std::size_t i = begin; i < content_end; ++i) {
      if (text[i] != ' ' && text[i] != '\t') line.blank = false;
    }
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    begin = nl + 1;
  }
  return lines;
}

// Hard-wrapped text has most lines that continue a paragraph at a similar width
// under about 100 columns; pages captured from the web have one line a paragraph.
int wrap_width(const std::vector<Line>& lines) {
  int continued = 0;
  int max_width = 0;
  std::vector<int> widths;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    max_width = std::max(max_width, lines[i].width);
    if (!lines[i].blank && !lines[i + 1].blank) {
      ++continued;
      widths.push_back(lines[i].width);
    }
  }
  if (continued < 3 || max_width > 120) return 0;
  std::sort(widths.begin(), widths.end());
  int median = widths[widths.size() / 2];
  return median >= 40 ? median : 0;
}

// Whether the break between two lines of one paragraph is a wrap within a sentence,
// seen from the two lines alone (text too short, or too ragged, for wrap_width): the
// line stops without a sentence's or a label's closing mark and the next goes on in
// lowercase or with a number, or the line stops at a comma ("... drops" / "2,425 feet
// to the valley floor"). Menus and captions ("Home" / "About us") start a capital.
bool continues_sentence(std::string_view line, std::string_view next) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  std::size_t lead = next.find_first_not_of(" \t");
  if (line.empty() || lead == std::string_view::npos) return false;
  const char last = line.back();
  const char first = next[lead];
  if (last == ',') return true;
  const bool open_end = (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || (last >= '0' && last <= '9') ||
                        last == '-' || static_cast<unsigned char>(last) >= 0x80;
  const bool goes_on = (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9');
  return open_end && goes_on;
}

}  // namespace

void mask(std::string& text, std::size_t begin, std::size_t end) {
  end = std::min(end, text.size());
  for (std::size_t i = begin; i < end; ++i) {
    if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
  }
}

ExtractedText read_text(const source::SourceFile& file, std::size_t body_begin) {
  ExtractedText out;
  out.text = file.text();
  mask(out.text, 0, body_begin);
  if (body_begin > 0) out.breaks.push_back(body_begin - 1);
  std::vector<Line> lines = split_lines(out.text, body_begin);
  int width = wrap_width(lines);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& line = lines[i];
    // In wrapped text a line well short of the width ends a paragraph or is a
    // title; otherwise every line is a paragraph, caption or menu entry unless the
    // two lines show a sentence going on.
    auto text_of = [&](const Line& l) { return std::string_view(out.text).substr(l.begin, l.end - l.begin); };
    const bool wrapped = width > 0 ? line.width >= width * 6 / 10
                                   : continues_sentence(text_of(line), text_of(lines[i + 1]));
    bool ends = !wrapped || line.blank || lines[i + 1].blank || label_line_break(text_of(line), text_of(lines[i + 1]));
    if (ends) out.breaks.push_back(line.end);
  }
  return out;
}

}  // namespace factlint::doc
