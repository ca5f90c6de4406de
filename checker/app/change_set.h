// Which documents of a run a change touches: the files a user or git names, matched to
// the run's documents by their real location, whatever path each was named by.
#pragma once

#include <string>
#include <vector>

#include "doc/document.h"
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
std::vector<std::string> documents_changed(const std::vector<doc::Document>& documents,
                                           const std::vector<std::string>& changed_files,
                                           const FileLocations& known = {});

// Both of the above at once, with one stat per document not in `known`.
struct ChangeSet {
  std::vector<std::string> documents;    // documents_changed
  std::vector<std::string> not_checked;  // changed_files_not_checked
};
ChangeSet match_changes(const std::vector<doc::Document>& documents, const std::vector<std::string>& changed_files,
                        const FileLocations& known = {});

// The changed files a user most likely meant as documents of the run but are not: a
// path that does not exist (a typo), or a document file (.md, .txt, .html) outside
// what was checked. Other files (a rule, a README, source code) are no surprise in a
// list of changed files and are left out. In the order given.
std::vector<std::string> changed_files_not_checked(const std::vector<doc::Document>& documents,
                                                   const std::vector<std::string>& changed_files);

}  // namespace factlint::app
