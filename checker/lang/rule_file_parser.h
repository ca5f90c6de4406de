// Internal to lang/: one rule file's text turned into declarations. Syntax errors are
// reported and the parser recovers; semantic checks come later (lang/check).
#pragma once

#include <string>
#include <vector>

#include "lang/ast.h"
#include "lang/check.h"
#include "source/diagnostic.h"

namespace factlint::lang {

// A file another file refers to: `include "x.facts"` or `entities from "x.tsv"`.
struct FileReference {
  std::string path;  // as written, relative to the referring file
  Span span;         // the quoted path
};

// What one rule file declares, in source order.
struct ParsedFile {
  std::vector<EntityDecl> entities;
  std::vector<KindDecl> kinds;
  std::vector<MacroDecl> macros;
  std::vector<FactDecl> facts;
  std::vector<QuoteDecl> quotes;
  std::vector<FileReference> includes;
  std::vector<FileReference> entity_files;
  UnparsedNames unparsed;  // what the declarations that did not parse named
};

// Parses `file` (which must outlive the result's spans). Every syntax error goes to
// `sink`; after an error the parser skips to the next declaration or fact item, so a
// file with several mistakes reports all of them. Declarations that parsed are kept.
ParsedFile parse_rule_file(const source::SourceFile& file, source::DiagnosticSink& sink);

}  // namespace factlint::lang
