// Reading documents from disk: one reader per format (.md, .txt, .html), front
// matter and sources.tsv metadata, then normalization and sentence splitting.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "doc/document.h"
#include "source/diagnostic.h"

namespace factlint::doc {

// Expands files and directories (recursively) into the sorted list of document
// paths (.md, .markdown, .txt, .html, .htm). A path that does not exist is an error
// in the sink; README.md files and sources.tsv are not documents.
std::vector<std::string> find_documents(const std::vector<std::string>& paths, source::DiagnosticSink& sink);

// Loads one document. Problems (unreadable, binary, invalid UTF-8, broken front
// matter) are reported with file:line:col; the document is still returned when
// something useful can be read, nullopt otherwise.
std::optional<Document> load_document(const std::string& path, source::DiagnosticSink& sink);

// Builds a document from text in memory (tests, `factlint test` examples).
// `extension` picks the reader: "md", "txt" or "html".
Document make_document(std::string path, std::string text, const std::string& extension,
                       source::DiagnosticSink& sink);

}  // namespace factlint::doc
