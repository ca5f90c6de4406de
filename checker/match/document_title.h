// What a document's title says it is about: the entities it names, which a role the
// text leaves open takes before the entity merely named most often ("Roles resolved
// from context" in docs/rules.md), and the one year it is about, which a statement
// with no year of its own takes before the publication date ("Cues", step 5).
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "doc/document.h"
#include "match/entity_index.h"
#include "match/vocabulary.h"
#include "value/civil_date.h"

namespace factlint::match {

struct DocumentTitle {
  // The entities (indexes in RuleSet::entities) the title names, in its order, each
  // once; not one it compares with ("Hamburg Süd overtakes MSC").
  std::vector<int> entities;
  // How many different names of each of `entities` (same order) the title writes: an
  // ignored entity stands for many things ("Pakistan" and "Egypt" may be one of them).
  std::vector<int> names;
  // The one year the title is about, else 0 (title_year).
  int year = 0;
};

// The entity a title names by its kind ("The building in figures", "The canal at a
// glance"): it opens with "the", at most two other words, then a noun for which
// `one_of_kind` gives one entity (the only declared entity of that kind), else -1.
// Only when the title names no entity by name (docs/rules.md "Roles resolved from context").
int title_kind_entity(const doc::Document& document, const std::function<int(std::string_view)>& one_of_kind);

// The title is the metadata's (front matter, sources.tsv, an HTML <title>) and the
// document's first line when that is a heading ("# Annual report 2024"); both are read.
DocumentTitle read_title(const doc::Document& document, const Vocabulary& vocabulary, const EntityIndex& entities);

// The year titles `normalized` (doc::normalize text) name when they name exactly one
// ("Annual report 2024", "2019 in review", "The 2022 drought", "FY2023 results") and
// the document was `published` in the year after it: a look back at that year. 0
// when they name none or several ("1904-2024", "2022/23", "From 2019 to 2023"), a
// period from or to a year ("since 2004"), or the publication is not the year after.
int title_year(const std::vector<std::string_view>& normalized, std::optional<value::CivilDate> published);

// The one year `normalized` (doc::normalize text) name, else 0: none, several, a span
// ("1904-2024", "2022/23", "the 2020s") or a period from or to a year ("since 2004").
// "## 2022 presidential election" and "(2019 census)" name 2022 and 2019.
int one_named_year(const std::vector<std::string_view>& normalized);

}  // namespace factlint::match
