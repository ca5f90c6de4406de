// Which files of the paths a user names are documents: the walk over folders, and
// every path skipped for a reason the user may not expect, reported.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "doc/file_stat.h"
#include "source/diagnostic.h"

namespace factlint::doc {

// Expands files and directories (recursively) into the sorted list of document paths
// (.md, .markdown, .txt, .html, .htm). README.md files, sources.tsv, hidden files and
// hidden directories are not documents, nor are files of other extensions.
// A file named explicitly is kept whatever its extension, if it is a regular file.
// Reported to `sink`, and never silently skipped:
//   a named path that does not exist or cannot be examined -> error naming the reason;
//   a named path that is not a regular file or directory (FIFO, device) -> error;
//   a folder that cannot be read (permissions) -> warning, the rest of the walk goes on;
//   a broken symbolic link with a document extension -> warning;
//   a document file that is not a regular file (FIFO, socket) -> warning;
//   a symbolic link to a folder -> warning, not followed (links can form cycles);
//   the same file reached twice (through a link, or named twice) -> read once, a note.
// A named path that does not exist but holds a glob character ('corpus/*.md',
// 'corpus/**/*.html') is a glob: its folder is walked and the documents that match
// (doc/path_glob.h) are kept; a glob that matches no document is an error, like a
// missing path.
std::vector<std::string> find_documents(const std::vector<std::string>& paths, source::DiagnosticSink& sink);

struct FindOptions {
  std::vector<std::string> exclude;  // globs (doc::excluded_by): no document or folder matching one is read
  // Asked of every file and folder a walk meets (not of files named explicitly), with
  // whether it is a symbolic link: true skips it, e.g. what .gitignore ignores. Empty:
  // nothing is skipped.
  std::function<bool(const std::string& path, bool is_folder, bool is_link)> ignored;
  bool report_skipped = false;  // a note for every path excluded or ignored (--verbose)
};

// With `stats`, each document found is added to it with the one stat the walk took of
// it (sorted): a folder's entries are typed by what reading the folder gives, so a
// regular file costs one stat, a link two (issue 10).
std::vector<std::string> find_documents(const std::vector<std::string>& paths, source::DiagnosticSink& sink,
                                        const FindOptions& options, FileStats* stats = nullptr);

// Whether a walk over a folder holding `path` would take it as a document: a
// document extension, and no README.md, sources.tsv or hidden file.
bool taken_as_document(const std::string& path);

// The extensions find_documents takes, for messages: ".md, .markdown, .txt, .html, .htm".
const char* document_extensions();

}  // namespace factlint::doc
