// Numbers that label the things a plural noun names: "Terminals 2 and 4 are shut",
// "Lines 1, 2 and 3 run every ten minutes". A count stands before its noun ("two
// terminals"); digits listed right after a capitalized plural name which ones, and
// count nothing (docs/rules.md "Value types", counts).
#pragma once

#include <vector>

#include "doc/document.h"
#include "value/scan.h"

namespace factlint::match {

// Drops from `matches` (readings of the normalized text) each reading of a member of a
// list of plain whole numbers ("2 and 4", "1, 2 and 3", "5 or 6", "1 to 3") that
// follows a capitalized plural word ("Terminals", "Gates", "Stages"): one number alone
// after such a word ("Passengers 4") is no list and is kept, as is a figure with a
// separator or a decimal point ("Visitors 1,200 and 1,500").
void drop_label_numbers(const doc::Document& document, std::vector<value::ValueMatch>& matches);

}  // namespace factlint::match
