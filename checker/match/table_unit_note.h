// A note in the paragraph right above a table that says what its figures are in
// ("Figures in billions of yen, except employees.", "Toyota and Lexus, retail sales,
// in millions of vehicles."): writers give a table's unit there as often as in its
// headers (docs/rules.md "Facts in tables").
#pragma once

#include <string>
#include <string_view>

#include "doc/table.h"

namespace factlint::match {

struct UnitNote {
  doc::TextRange unit;  // the unit, as a range of the paragraph; empty when none
  std::string except;   // the word of the rows the note leaves out ("employees"); "" when none
};

// The unit note of a paragraph (normalized text): a sentence, or a comma-separated part
// of one, that is "in" and a unit, either after "figures", "all figures", "amounts",
// "values" or "numbers" (and "are", "given", "shown", "expressed" or "stated"), or as
// the last part of its sentence (", in millions of vehicles."). A unit is a scale
// ("millions", "billions of yen") or what a reader of money or a measure knows ("euros",
// "US$ bn", "tonnes"). A part after it opened by "except" names rows it leaves out.
// "Figures in billions of yen, except employees." -> unit "billions of yen", except
// "employees"; "Sales rose in Japan." -> none.
UnitNote unit_note(std::string_view paragraph);

// Whether `unit` (normalized) is the unit of a measure or money, not of a count: what
// the money, length, mass, ... readers read after a figure ("yen", "billion yen",
// "tonnes", "km"). "vehicles", "teu" and "" are not.
bool names_a_measure(std::string_view unit);

}  // namespace factlint::match
