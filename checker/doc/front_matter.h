// Front matter: a leading '---' ... '---' block of 'key: value' lines giving a
// document's title, publisher, date and url.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "doc/document.h"
#include "source/diagnostic.h"
#include "source/source_file.h"

namespace factlint::doc {

struct FrontMatter {
  Metadata meta;               // fields the block sets; others stay empty
  std::size_t body_begin = 0;  // first byte after the closing line; 0 when there is no block
};

// Reads the front matter block at the start of `file`. A block without its closing
// '---', a line without a colon, or a date that is not YYYY-MM-DD is a warning in
// the sink. An unclosed block gives no metadata; its leading 'key: value' lines are
// skipped as the block when one sets a known key ("---\ndate: 2024-05-01\n\nText.":
// the text starts at line 3), else it is all text. A UTF-8 byte order mark
// may come before the block. Unknown keys are ignored, and values may be quoted
// ("..." or '...').
// Example: "---\ntitle: \"A: B\"\ndate: 2022-09-20\n---\n" -> title "A: B", date 2022-09-20.
FrontMatter parse_front_matter(const source::SourceFile& file, source::DiagnosticSink& sink);

// Strict "YYYY-MM-DD" with a real day of month; nullopt otherwise.
std::optional<value::CivilDate> parse_date(std::string_view text);

// A publication date as metadata may give it: "2008-07-14", or to the month
// ("2008-07") or year ("2008"): its first day and its grain. nullopt for anything
// else, "undated" included (see is_valid_publication_date).
struct PublicationDate {
  value::CivilDate first;
  value::Grain grain = value::Grain::Day;
};
std::optional<PublicationDate> parse_publication_date(std::string_view text);
// True for what parse_publication_date reads, and for "undated": the document says
// it has no date, so relative dates in it are never resolved.
bool is_valid_publication_date(std::string_view text);
inline constexpr std::string_view kUndated = "undated";

// A timestamp's day, as site generators and CMS exports write dates
// ("2025-01-16T08:30:00Z", "2025-01-16 08:30:00 +0100"): its first ten characters,
// the time and zone dropped (the day the writer's clock said). Any other text as it is.
std::string_view without_time_of_day(std::string_view text);

// Front-matter keys other tools write a publication date under, read when `date` is
// absent (docs/configuration.md).
bool is_other_date_key(std::string_view key);

}  // namespace factlint::doc
