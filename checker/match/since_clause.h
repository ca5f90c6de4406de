// A clause opened by "since" that tells of its own event: "273 people have visited
// the station since the first crew arrived in November 2000". Its year dates that
// event (the arrival), the start the figure counts from, not the figure
// (docs/rules.md "Cues", step 5).
#pragma once

#include <cstddef>
#include <string_view>

namespace factlint::match {

// Where "since" opens a clause with a verb in the past ("arrived", "was founded")
// that holds the year starting at `year_begin` of normalized `text`, searched back
// over at most ten words with no punctuation between; npos when there is none.
// "since 2000" and "since the end of 2019" have no verb of their own: npos.
std::size_t since_clause_start(std::string_view text, std::size_t year_begin);

// Whether the year `said` (a reading of normalized text), after `before` (the text
// before it), is one a record or a count is measured from, not the figure's: "its
// lowest since the 1990s", "the highest level since 2008", "its fifth outbreak since
// the 1960s", "bleached four times since 2016". A rank or count word stands at most
// three words before "since"; a decade after "since" always counts so, unless
// `decades_too` is false ("open since the 1990s" may date an opening).
bool measured_since(std::string_view before, std::string_view said, bool decades_too = true);

// Whether `sentence` says up to when a running total counts: "to date", "so far",
// "by now", "until now", "up to now", "by the end of": "Visitors by the end of the
// year: 273 people since 2000" counts up to then, and "since 2000" is its start only.
bool counts_up_to_a_time(std::string_view sentence);

// Whether the words of a clause before its figure, `before_value` (normalized text),
// tell a total run up to the time of writing: a present perfect of adding up ("has
// spent", "have invested", "has welcomed", "has been spent") or of a change to a level
// ("have doubled to", "has risen to about"), a word of a sum ("a total of",
// "cumulative", "combined", "all told") or a verb that gives a sum ("totals", "amounts
// to", "has reached", "comes to"). "The trust has spent $40 million since 2005",
// "visits have doubled to 2 million since 2015" and "spending since 2005 amounts to
// $40 million" are figures of now; "since" gives their start (docs/rules.md "Cues",
// step 5).
bool totals_up_to_writing(std::string_view before_value);

// The same for the words of a clause after its figure, `after_value`: a present
// perfect of adding up, passive mostly ("$40 million has been spent since 2005"), or
// a word of a sum ("$40 million in total since 2005").
bool told_as_added_up(std::string_view after_value);

}  // namespace factlint::match
