// The normalized view: NFKC, case folding, straight quotes, '-' dashes and single
// spaces, built grapheme by grapheme so every output byte maps to its input.
#include "doc/normalizer.h"

#include <cstdlib>

#include <utf8proc.h>

#include "source/utf8.h"

namespace factlint::doc {

namespace {

bool is_space(char32_t c) {
  switch (c) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

bool is_dash(char32_t c) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0x2E3A: case 0x2E3B: case 0xFE58: case 0xFE63: case 0xFF0D:
    case 0x058A: case 0x2043:
      return true;
    default:
      return false;
  }
}

// '\'' or '"' for a quote mark, 0 otherwise.
char quote_of(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
    case 0x02BC: case 0x2039: case 0x203A: case 0xFF07: case 0x00B4: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036:
    case 0x00AB: case 0x00BB: case 0x301D: case 0x301E: case 0x301F: case 0xFF02:
      return '"';
    default:
      return 0;
  }
}

// Characters that vanish: soft hyphen and zero-width formatting.
bool is_dropped(char32_t c) {
  return c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

class Builder {
 public:
  explicit Builder(std::size_t reserve) {
    out_.text.reserve(reserve);
    out_.to_source.reserve(reserve + 1);
  }

  // One output code point coming from the input code point at `source`.
  void emit(char32_t c, std::uint32_t source) {
    if (is_space(c)) {
      if (!in_space_) push_byte(' ', source);
      in_space_ = true;
      return;
    }
    in_space_ = false;
    if (is_dash(c)) c = '-';
    if (c == 0x2044) c = '/';  // NFKC writes "½" as "1⁄2", with the fraction slash
    if (char q = quote_of(c)) c = static_cast<unsigned char>(q);
    std::string bytes = source::encode_utf8(c);
    for (char b : bytes) push_byte(b, source);
  }

  // ASCII characters standing alone (no combining mark after any), text[begin, end):
  // folding is lowercasing, and no UTF-8 encoding is needed. Written in place: most of
  // a document is such runs, and two push_backs a byte were most of normalizing (issue 10).
  void emit_ascii_run(std::string_view text, std::size_t begin, std::size_t end) {
    std::size_t at = out_.text.size();
    out_.text.resize(at + (end - begin));
    out_.to_source.resize(at + (end - begin));
    char* bytes = out_.text.data();
    std::uint32_t* sources = out_.to_source.data();
    for (std::size_t i = begin; i < end; ++i) {
      auto c = static_cast<unsigned char>(text[i]);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        if (in_space_) continue;
        in_space_ = true;
        c = ' ';
      } else {
        in_space_ = false;
        if (c == '`') c = '\'';
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + ('a' - 'A'));
      }
      bytes[at] = static_cast<char>(c);
      sources[at] = static_cast<std::uint32_t>(i);
      ++at;
    }
    out_.text.resize(at);
    out_.to_source.resize(at);
  }

  NormalizedText finish(std::uint32_t end) {
    out_.to_source.push_back(end);
    return std::move(out_);
  }

  // Whether the output so far ends in a digit: "5" before "½".
  bool after_digit() const { return !out_.text.empty() && out_.text.back() >= '0' && out_.text.back() <= '9'; }

 private:
  void push_byte(char b, std::uint32_t source) {
    out_.text.push_back(b);
    out_.to_source.push_back(source);
  }

  NormalizedText out_;
  bool in_space_ = false;
};

// NFKC + case fold of one grapheme cluster; each resulting code point goes to the builder.
void emit_cluster(std::string_view cluster, std::uint32_t source, Builder& builder) {
  if (cluster.size() == 1) {
    // ASCII fast path: folding is lowercasing.
    unsigned char c = static_cast<unsigned char>(cluster[0]);
    builder.emit(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c, source);
    return;
  }
  utf8proc_uint8_t* mapped = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(cluster.data()),
                                    static_cast<utf8proc_ssize_t>(cluster.size()), &mapped, options);
  if (n < 0) {
    builder.emit(0xFFFD, source);
    return;
  }
  std::string_view result(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  // "5½" is five and a half: a space keeps the whole number apart from "1/2".
  if (builder.after_digit() && result.find("\u2044") != std::string_view::npos) builder.emit(' ', source);
  std::size_t i = 0;
  while (i < result.size()) {
    source::DecodedChar d = source::decode_utf8(result, i);
    if (!is_dropped(d.code_point)) builder.emit(d.code_point, source);
    i += d.length;
  }
  std::free(mapped);
}

}  // namespace

NormalizedText normalize(std::string_view text) {
  Builder builder(text.size());
  std::size_t i = 0;
  std::size_t cluster_begin = 0;
  std::size_t cluster_end = 0;
  char32_t previous = 0;
  utf8proc_int32_t state = 0;
  auto flush = [&] {
    if (cluster_end > cluster_begin) {
      emit_cluster(text.substr(cluster_begin, cluster_end - cluster_begin),
                   static_cast<std::uint32_t>(cluster_begin), builder);
    }
    cluster_begin = cluster_end = i;
    previous = 0;
    state = 0;
  };
  while (i < text.size()) {
    // Most text is ASCII: a character followed by another ASCII one is a grapheme
    // of its own (CR LF are spaces either way), so it skips decoding and cluster
    // breaking. Only when no cluster is pending, so clusters are cut exactly as before.
    if (cluster_end == cluster_begin) {
      std::size_t run = i;
      while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80 &&
             (run + 1 == text.size() || static_cast<unsigned char>(text[run + 1]) < 0x80)) {
        ++run;
      }
      if (run > i) {
        builder.emit_ascii_run(text, i, run);
        i = run;
        cluster_begin = cluster_end = i;
        continue;
      }
    }
    source::DecodedChar d = source::decode_utf8(text, i);
    char32_t c = d.code_point;
    // Spaces, dashes, quotes, dropped and invalid characters are decided on the
    // input character itself, before NFKC can turn '″' into two primes.
    bool special = !d.valid || is_space(c) || is_dash(c) || quote_of(c) || is_dropped(c);
    if (special) {
      flush();
      if (!is_dropped(c) || !d.valid) builder.emit(d.valid ? c : 0xFFFD, static_cast<std::uint32_t>(i));
      i += d.length;
      cluster_begin = cluster_end = i;
      continue;
    }
    if (cluster_end > cluster_begin &&
        utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(previous),
                                         static_cast<utf8proc_int32_t>(c), &state)) {
      flush();
    }
    previous = c;
    i += d.length;
    cluster_end = i;
  }
  flush();
  return builder.finish(static_cast<std::uint32_t>(text.size()));
}

}  // namespace factlint::doc
