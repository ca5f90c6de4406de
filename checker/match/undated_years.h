// A year stated by a date that does not write it. In a timeline ("**2016.** ... In
// December the group agrees to buy Hamburg Süd") or a paragraph that opens with its
// year ("In 2019, ... the line opened in July"), the date's year is the one the
// paragraph set: the purchase was in 2016. docs/rules.md, "Cues", step 5.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "match/document_index.h"
#include "value/scan.h"

namespace factlint::match {

// Whether a date phrase (normalized text) leaves its year unwritten and is no date
// relative to the publication ("in july", "on 25 september"; not "july 2016", "'16",
// "7/16", "last july", "a year ago").
bool leaves_year_unwritten(std::string_view said);

// Whether a date phrase (normalized text) is a weekday alone ("monday"): a day counted
// back from the publication date, which no paragraph's year can date again.
bool names_weekday(std::string_view said);

// A `year` reading for each of `dates` that leaves its year unwritten and whose year
// `year_of` gives (0: none; its paragraph's, or a look-back title's), over the date's
// own words: "in december" under "**2016.**" reads as the year 2016. `text` is the
// normalized text the readings index.
std::vector<value::ValueMatch> undated_years(std::string_view text, const TypedReadings& dates,
                                             const std::function<int(const value::ValueMatch&)>& year_of);

}  // namespace factlint::match
