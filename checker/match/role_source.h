// Where a statement's role came from when its own words do not name it
// (Statement::role_sources, docs/contracts.md), in words: explain prints it after the
// entity, the audit after an entity it dropped. One place, so every source reads right.
#pragma once

#include <string>

namespace factlint::match {

// "line 12 by automaker" -> "from the sentence at line 12, which 'the automaker' refers
// to"; "title" -> "from the document's topic: its title"; an unknown source (a store
// written before sources were kept) -> "from context: ...".
std::string role_source_text(const std::string& source);

}  // namespace factlint::match
