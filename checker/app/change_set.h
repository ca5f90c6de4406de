// Which documents of a run a change touches: the files a user or git names, matched to
// the run's documents by their real location, whatever path each was named by.
#pragma once

#include <string>
#include <vector>

#include "doc/document_header.h"
#include "doc/file_stat.h"

namespace factlint::app {

// Where files are, as the run's walk found them when it stat'ed each (device and
// inode, by path): matching changed files to documents looks a document up here before
// it stats it again (issue 10: a corpus of 77,000 documents is 77,000 stats a pass).
using FileLocations = doc::FileStats;

// "device:inode" of a stat'ed file.
std::string file_location(unsigned long long device, unsigned long long inode);

// The paths (as `documents` name them) of the documents that are one of `changed_files`.
// Relative changed files are taken from the working directory; files that are no
// document of the run (a rule file, a deleted article, a path outside the corpus) match
// nothing. Sorted.
std::vector<std::string> documents_changed(const std::vector<doc::DocumentHeader>& documents,
                                           const std::vector<std::string>& changed_files,
                                           const FileLocations& known = {});

// What the run was asked to check: the documents, folders and globs named (or the
// configured or default corpus) and the --exclude globs.
struct CorpusScope {
  std::vector<std::string> paths;
  std::vector<std::string> exclude;
};

// Both of the above at once, with one stat per document not in `known`.
struct ChangeSet {
  std::vector<std::string> documents;    // documents_changed
  std::vector<std::string> not_checked;  // changed_files_not_checked
};
ChangeSet match_changes(const std::vector<doc::DocumentHeader>& documents, const std::vector<std::string>& changed_files,
                        const FileLocations& known = {}, const CorpusScope* corpus = nullptr);

// The changed files a user most likely meant as documents of the run but are not: a
// path that does not exist (a typo), or a file the walk would take as a document (a
// .md, .txt or .html that is no README.md, sources.tsv or hidden file) inside the
// corpus (under a folder of `corpus`, or matching one of its globs) and not excluded.
// Other files (a rule, a README, source code, a document outside the corpus) are no
// surprise in a pre-commit hook's list of staged files and are left out
// (docs/ci.md). Without `corpus`, every document file outside what was checked counts.
// In the order given.
std::vector<std::string> changed_files_not_checked(const std::vector<doc::DocumentHeader>& documents,
                                                   const std::vector<std::string>& changed_files,
                                                   const CorpusScope* corpus = nullptr);

}  // namespace factlint::app
