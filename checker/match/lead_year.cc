// The year a document's opening sentence looks back on.
#include "match/lead_year.h"

#include <cmath>
#include <set>

#include "match/document_layout.h"
#include "value/civil_date.h"

namespace factlint::match {

namespace {

// Results are published in the first quarter of the year after; later in the year a
// story's "last year" is background to the news, not what it reports.
constexpr int kLastLookBackMonth = 3;

}  // namespace

int lead_year(const doc::Document& document, const DocumentIndex& index) {
  const auto published = document.date();
  if (!published || document.date_grain() == value::Grain::Year || published->month > kLastLookBackMonth) return 0;
  const int sentences = static_cast<int>(std::min(document.sentences.size(), index.sentence_tokens.size()));
  int s = 0;
  while (s < sentences && is_heading(document, s)) ++s;
  if (s >= sentences) return 0;
  const std::size_t begin = document.sentences[static_cast<std::size_t>(s)].begin;
  const std::size_t end = document.sentences[static_cast<std::size_t>(s)].end;
  std::set<int> years;
  for (value::Type type : {value::Type::Year, value::Type::Date}) {
    const TypedReadings* readings = index.readings_of(type);
    if (!readings) continue;
    for (const value::ValueMatch& m : readings->readings) {
      if (m.begin < begin || m.end > end) continue;
      // "on Wednesday", "in January": the publication's own days, not a year looked back on.
      if (type == value::Type::Date && m.value.grain != value::Grain::Year) continue;
      if (!std::isfinite(m.value.lo) || !std::isfinite(m.value.hi)) return 0;  // "since 2004"
      const int first = value::civil_from_days(static_cast<long>(std::floor(m.value.lo))).year;
      const int last =
          value::civil_from_days(static_cast<long>(std::floor(m.value.hi)) - (m.value.hi_inclusive ? 0 : 1)).year;
      if (first != last) return 0;  // "the 2010s", "2019-2021"
      years.insert(first);
    }
  }
  if (years.size() != 1 || *years.begin() != published->year - 1) return 0;
  return *years.begin();
}

}  // namespace factlint::match
