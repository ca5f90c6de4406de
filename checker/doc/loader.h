// Reading documents from disk: one reader per format (.md, .txt, .html), front
// matter and sources.tsv metadata, then normalization and sentence splitting.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "doc/document.h"
#include "source/diagnostic.h"

namespace factlint::doc {

// "md", "txt" or "html" for a path, by its extension (.md, .markdown, .txt, .html,
// .htm, any case); "" when the extension is not a document's.
std::string document_format(const std::filesystem::path& path);

// Loads one document. Problems (unreadable, binary, invalid UTF-8, broken front
// matter) are reported with file:line:col; the document is still returned when
// something useful can be read, nullopt otherwise:
//   unreadable -> error, nullopt;  NUL byte (binary) -> error at it, nullopt;
//   over 16 MB (kMaxDocumentBytes) -> warning, nullopt;  empty -> warning, empty document;
//   invalid UTF-8 -> warning at the first bad byte, each bad byte read as U+FFFD.
// Metadata missing from front matter comes from a sources.tsv beside the file.
// Lone CR line ends read as LF. The limits of doc/limits.h apply: over-long
// sentences are cut and pathological nesting is skipped, each with a warning.
std::optional<Document> load_document(const std::string& path, source::DiagnosticSink& sink);

// Decides from a document's raw body (after front matter; valid UTF-8) and its
// format ("md", "txt", "html") whether its text must be read. match/raw_prefilter.h
// gives one that answers false only when no rule and no quotation can be found in it.
using BodyGate = std::function<bool(std::string_view body, std::string_view format)>;

// The same, asking `gate` first: when it answers false, the document is loaded
// without its text (Document::text_read false: metadata, hash, source and the
// front matter's diagnostics only; no sentences). An empty gate reads every document.
std::optional<Document> load_document(const std::string& path, source::DiagnosticSink& sink, const BodyGate& gate);

// Loads one document whose text is already read (from standard input: `check -`), as
// load_document loads a file of that path: the same checks, readers and metadata
// (sources.tsv beside `path`, when there is one).
std::optional<Document> load_document_text(const std::string& path, std::string text, source::DiagnosticSink& sink,
                                           const BodyGate& gate = {});

// Builds a document from text in memory (tests, `factlint test` examples).
// `extension` picks the reader: "md" (or "markdown"), "html" (or "htm"), anything
// else reads as plain text. Front matter and invalid UTF-8 are reported as above.
Document make_document(std::string path, std::string text, const std::string& extension,
                       source::DiagnosticSink& sink);

}  // namespace factlint::doc
