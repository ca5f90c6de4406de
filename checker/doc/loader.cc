// Finding documents on disk and loading them: read, validate, pick a reader,
// normalize, split sentences, fill metadata.
#include "doc/loader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <fmt/format.h>
#include <xxhash.h>

#include "doc/front_matter.h"
#include "doc/limits.h"
#include "doc/markdown_title.h"
#include "doc/line_ends.h"
#include "doc/normalizer.h"
#include "doc/readers.h"
#include "doc/sentence_splitter.h"
#include "doc/sources_table.h"
#include "source/ascii.h"
#include "source/utf8.h"
#include "source/windows_1252.h"

namespace factlint::doc {

namespace fs = std::filesystem;

std::string document_format(const fs::path& path) {
  std::string ext = source::ascii_lower(path.extension().string());
  if (ext == ".md" || ext == ".markdown") return "md";
  if (ext == ".txt") return "txt";
  if (ext == ".html" || ext == ".htm") return "html";
  return "";
}

namespace {

std::string hash_hex(std::string_view bytes) {
  return fmt::format("{:016x}", static_cast<unsigned long long>(XXH3_64bits(bytes.data(), bytes.size())));
}

// Invalid bytes become U+FFFD, one per byte, so code-point columns stay those of the file.
std::string replace_invalid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t i = 0;
  while (i < text.size()) {
    source::DecodedChar d = source::decode_utf8(text, i);
    if (d.valid) {
      out.append(text.substr(i, d.length));
    } else {
      out += "\xEF\xBF\xBD";
    }
    i += d.length;
  }
  return out;
}

// "2025-09-01-council-budget.txt": newsrooms and blogs name files by their day. A
// document no metadata dates takes that day, last of all (a newcomer's undated file
// made keys of no year beside the dated ones).
void date_from_file_name(Metadata& meta, const std::string& path) {
  if (!meta.date.empty()) return;
  const std::string name = std::filesystem::path(path).filename().string();
  if (name.size() < 11 || (name[10] != '-' && name[10] != '_' && name[10] != '.' && name[10] != ' ')) return;
  const std::string day = name.substr(0, 10);
  if (day[4] == '-' && day[7] == '-' && is_valid_publication_date(day)) meta.date = day;
}

// Last of all, what the file itself says: a Markdown body's opening level-1 heading
// titles it, and its name's day dates it. Read in both paths of load_document, so a
// document the prefilter leaves unread is listed as the read ones are.
void metadata_from_file(Metadata& meta, const source::SourceFile& file, std::size_t body_begin,
                        const std::string& extension, const std::string& path) {
  if (meta.title.empty() && (extension == "md" || extension == "markdown")) {
    meta.title = markdown_title(std::string_view(file.text()).substr(body_begin));
  }
  date_from_file_name(meta, path);
}

void fill_missing(Metadata& meta, const Metadata& fallback) {
  if (meta.title.empty()) meta.title = fallback.title;
  if (meta.publisher.empty()) meta.publisher = fallback.publisher;
  if (meta.date.empty()) meta.date = fallback.date;
  if (meta.url.empty()) meta.url = fallback.url;
}

// Metadata precedence: front matter, then sources.tsv (`listed`), then what the
// format carries (HTML head).
Document build_document(std::string path, std::string text, const std::string& extension, const Metadata& listed,
                        source::DiagnosticSink& sink, const BodyGate& gate = {}) {
  Document document;
  document.path = path;
  document.content_hash = hash_hex(text);
  read_lone_cr_as_lf(text);
  if (std::optional<std::size_t> bad = source::find_invalid_utf8(text); bad && source::looks_windows_1252(text)) {
    // Every byte before the first bad one is ASCII, so its offset holds in the new text.
    unsigned byte = static_cast<unsigned char>(text[*bad]);
    text = source::decode_windows_1252(text);
    document.source = source::SourceFile(path, std::move(text));
    const std::size_t length = source::decode_utf8(document.source.text(), *bad).length;
    sink.warning({&document.source, *bad, *bad + length},
                 fmt::format("not UTF-8 (byte 0x{:02X}); read as Windows-1252 (Latin-1), which every byte of it fits; "
                             "save it as UTF-8 (e.g. 'iconv -f CP1252 -t UTF-8')",
                             byte));
  } else if (bad) {
    unsigned byte = static_cast<unsigned char>(text[*bad]);
    text = replace_invalid_utf8(text);
    document.source = source::SourceFile(path, std::move(text));
    sink.warning({&document.source, *bad, *bad + 3},
                 fmt::format("invalid UTF-8 byte 0x{:02X}; read as U+FFFD", byte));
  } else {
    document.source = source::SourceFile(path, std::move(text));
  }
  FrontMatter front = parse_front_matter(document.source, sink);
  document.meta = front.meta;
  if (gate && !gate(std::string_view(document.source.text()).substr(front.body_begin), extension)) {
    // Nothing in it can matter: the text a match would need is never made.
    fill_missing(document.meta, listed);
    metadata_from_file(document.meta, document.source, front.body_begin, extension, path);
    document.text_read = false;
    document.to_original = {static_cast<std::uint32_t>(document.source.text().size())};
    document.to_visible = {0};
    return document;
  }

  ExtractedText extracted;
  if (extension == "md" || extension == "markdown") {
    document.reader = "markdown";
    extracted = read_markdown(document.source, front.body_begin);
  } else if (extension == "html" || extension == "htm") {
    document.reader = "html";
    extracted = read_html(document.source, front.body_begin);
  } else {
    document.reader = "text";
    extracted = read_text(document.source, front.body_begin);
  }
  fill_missing(document.meta, listed);
  fill_missing(document.meta, extracted.meta);
  metadata_from_file(document.meta, document.source, front.body_begin, extension, path);
  NormalizedText normalized = normalize(extracted.text);
  document.sentences = split_sentences(normalized.text, normalized.to_source, extracted.text, extracted.breaks);
  std::vector<std::size_t> cut = cut_long_sentences(document.sentences, normalized.text, kMaxSentenceBytes);
  map_tables(extracted.tables, normalized.to_source, normalized.text);
  document.tables = std::move(extracted.tables);
  if (extracted.to_original.empty()) {
    document.to_original = normalized.to_source;
  } else {
    // Mapped in one pass rather than copied and then rewritten: four bytes per byte of text.
    document.to_original.reserve(normalized.to_source.size());
    for (std::uint32_t offset : normalized.to_source) document.to_original.push_back(extracted.to_original[offset]);
  }
  document.normalized = std::move(normalized.text);
  document.to_visible = std::move(normalized.to_source);
  document.visible = std::move(extracted.text);
  for (const ReaderWarning& w : extracted.warnings) sink.warning({&document.source, w.begin, w.end}, w.message);
  if (!cut.empty()) {
    std::size_t at = document.original_offset(cut.front());
    sink.warning({&document.source, at, at + 1},
                 fmt::format("sentence longer than {} bytes; read in parts of at most that size ({} such sentence{} in "
                             "this document)",
                             kMaxSentenceBytes, cut.size(), cut.size() == 1 ? "" : "s"));
  }
  return document;
}

}  // namespace

std::optional<Document> load_document(const std::string& path, source::DiagnosticSink& sink) {
  return load_document(path, sink, {});
}

std::optional<Document> load_document(const std::string& path, source::DiagnosticSink& sink, const BodyGate& gate) {
  std::error_code ec;
  std::uintmax_t size = fs::file_size(path, ec);
  if (ec) {
    sink.file_error(path, "cannot read document: " + ec.message());
    return std::nullopt;
  }
  if (size > kMaxDocumentBytes) {
    sink.file_warning(path, fmt::format("document is {} MB, over the {} MB limit; skipped",
                                        size / (1024 * 1024), kMaxDocumentBytes / (1024 * 1024)));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.file_error(path, std::string("cannot read document: ") + std::strerror(errno));
    return std::nullopt;
  }
  std::string text(size, '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) {
    sink.file_error(path, "cannot read document: read failed");
    return std::nullopt;
  }
  return load_document_text(path, std::move(text), sink, gate);
}

namespace {

// UTF-16 text (Windows editors' "Unicode"): a byte-order mark, or ASCII letters with
// a NUL beside each in the first bytes. It is text, not a binary file, and the user
// needs to hear how to make it readable (a newcomer's report).
bool looks_utf16(std::string_view text) {
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    return true;
  }
  const std::size_t n = std::min<std::size_t>(text.size(), 200) & ~std::size_t{1};
  if (n < 8) return false;
  std::size_t even_nul = 0, odd_nul = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even_nul += text[i] == '\0';
    odd_nul += text[i + 1] == '\0';
  }
  const std::size_t pairs = n / 2;
  return (even_nul * 10 >= pairs * 9 && odd_nul == 0) || (odd_nul * 10 >= pairs * 9 && even_nul == 0);
}

}  // namespace

std::optional<Document> load_document_text(const std::string& path, std::string text, source::DiagnosticSink& sink,
                                           const BodyGate& gate) {
  std::error_code ec;
  if (text.size() > kMaxDocumentBytes) {
    sink.file_warning(path, fmt::format("document is {} MB, over the {} MB limit; skipped",
                                        text.size() / (1024 * 1024), kMaxDocumentBytes / (1024 * 1024)));
    return std::nullopt;
  }
  if (looks_utf16(text)) {
    sink.file_error(path, "UTF-16 text; save it as UTF-8 (e.g. 'iconv -f UTF-16 -t UTF-8'); the document is skipped");
    return std::nullopt;
  }
  if (std::size_t nul = text.find('\0'); nul != std::string::npos) {
    source::SourceFile file(path, text.substr(0, text.find('\n', nul)));
    source::Diagnostic d =
        source::make_diagnostic(source::Severity::Error, {&file, nul, nul + 1}, "binary file (NUL byte); the document is skipped");
    d.source_line.clear();  // a line of machine code, escaped, tells a reader nothing
    sink.add(std::move(d));
    return std::nullopt;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    sink.file_warning(path, "empty document");
  }
  std::string extension = document_format(path);
  Metadata listed;
  fs::path table = fs::path(path).parent_path() / "sources.tsv";
  if (fs::exists(table, ec)) {
    if (auto row = find_in_sources_table(table.string(), fs::path(path).filename().string(), sink)) listed = *row;
  }
  return build_document(path, std::move(text), extension.empty() ? "txt" : extension, listed, sink, gate);
}

Document make_document(std::string path, std::string text, const std::string& extension,
                       source::DiagnosticSink& sink) {
  return build_document(std::move(path), std::move(text), extension, {}, sink);
}

}  // namespace factlint::doc
