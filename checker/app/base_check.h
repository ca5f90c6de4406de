// The check at the base of a change (`--diff-base REF`): the corpus, rules and
// decisions as they were at the merge base, with the work tree's settings, so that
// findings the change fixed, or that vanished with a deleted document, can be told
// apart from the ones it introduced, whether documents, rules or decisions changed
// (docs/ci.md#checking-a-change).
#pragma once

#include <string>
#include <vector>

#include "app/check_run.h"
#include "compare/finding.h"

namespace factlint::app {

struct BaseCheck {
  bool ok = false;
  std::string error;                       // when !ok: a lowercase message for the user
  std::vector<compare::Finding> findings;  // the base's findings; statements name documents as the work tree's run does
  std::vector<std::string> documents;      // the base's documents, named as the work tree's run names them
  std::size_t files = 0;                   // files written out from the commit
  std::vector<std::string> notes;          // what the user should know of how the base was checked
};

// Writes the files of `commit` (in the work tree rooted at `top_level`) that lie under
// `options.document_paths`, its rule paths and its decisions file to a temporary
// folder, and runs `options` there: documents, rules and decisions are the commit's
// (rules that do not exist there: no findings at the base; rules with errors there:
// the working directory's, with a note), the store path keeps pointing at the working
// directory's (it is only read, so unchanged documents come from its cache), and every
// path is named as the working directory's run names it.
// Document paths outside the work tree read the same files at both ends. A base where
// none of the document paths exists has no findings. Problems with the base's documents
// are not reported: they are the base's, not the change's. Not ok when git cannot write
// the files out or the check cannot run at all. Runs on the calling thread and changes
// the working directory while it checks, so call it when no other thread runs.
BaseCheck check_at_commit(const CheckOptions& options, const std::string& top_level, const std::string& commit);

}  // namespace factlint::app
