// Groups one fact key's statements into sets of mutually compatible values.
#pragma once

#include <vector>

#include "compare/finding.h"
#include "compare/tolerance.h"
#include "lang/ast.h"

namespace factlint::compare {

struct Grouping {
  std::vector<ValueGroup> groups;
  Agreement weakest = Agreement::Same;  // the loosest agreement used inside any group
  bool units_converted = false;         // a group joins values written in different units
};

// Each statement joins the first group whose every member agrees with it under
// `policy`, else opens a new group; statements are taken in (document, offset)
// order, so the grouping is deterministic. The most precise member written in the unit
// most members use represents a group ("38 km" six times over one finer "23.6 mi").
Grouping group_values(std::vector<match::Statement> statements, const lang::CompareSpec& policy);

}  // namespace factlint::compare
