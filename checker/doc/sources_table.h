// sources.tsv: a tab-separated table beside the documents giving metadata for
// those without front matter (columns file, title, publisher, date, url).
#pragma once

#include <optional>
#include <string>

#include "doc/document.h"
#include "source/diagnostic.h"

namespace factlint::doc {

// The row of `file_name` in the table at `table_path`, nullopt when the table has
// none. A table without a 'file' column, or a row's invalid date, is a warning
// located in the table; the bad date is left empty.
std::optional<Metadata> find_in_sources_table(const std::string& table_path, const std::string& file_name,
                                              source::DiagnosticSink& sink);

}  // namespace factlint::doc
