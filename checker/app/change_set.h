// Which documents of a run a change touches: the files a user or git names, matched to
// the run's documents by their real location, whatever path each was named by.
#pragma once

#include <string>
#include <vector>

#include "doc/document.h"

namespace factlint::app {

// The paths (as `documents` name them) of the documents that are one of `changed_files`.
// Relative changed files are taken from the working directory; files that are no
// document of the run (a rule file, a deleted article, a path outside the corpus) match
// nothing. Sorted.
std::vector<std::string> documents_changed(const std::vector<doc::Document>& documents,
                                           const std::vector<std::string>& changed_files);

}  // namespace factlint::app
