// A statement of a year after its document was written (match/after_publication.h).
#include "match/after_publication.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "match/fiscal_phrase.h"
#include "source/ascii.h"
#include "value/civil_date.h"
#include "value/month_name.h"

namespace factlint::match {

namespace {

// Whether `sentence` gives the budget of a fiscal year ("the budget for fiscal 2026",
// "FY2026", "the 2025/26 financial year", "2025-26"): a year named by the year it ends,
// whose budget is adopted before it begins. Other figures of that year (its cargo, its
// revenue) are not known until it ends: forecasts still.
bool budget_of_fiscal_year(std::string_view sentence, int year) {
  const std::string lower = source::ascii_lower(std::string(sentence));
  if (lower.find("budget") == std::string::npos) return false;
  if (lower.find("fiscal") != std::string::npos || lower.find("financial year") != std::string::npos) return true;
  const std::string y = std::to_string(year);
  const std::string split_end = std::to_string(year - 1) + "/" + y.substr(2);
  const std::string split_end_hyphen = std::to_string(year - 1) + "-" + y.substr(2);
  return lower.find("fy" + y) != std::string::npos || lower.find("fy " + y) != std::string::npos ||
         lower.find("fy" + y.substr(2)) != std::string::npos || lower.find(split_end) != std::string::npos ||
         lower.find(split_end_hyphen) != std::string::npos;
}

}  // namespace

int scope_as_year(const Statement& st) {
  const bool year_written = st.scope.size() <= 4 && source::all_digits(st.scope);
  return year_written ? std::stoi(st.scope) : 0;
}

bool dated_after_publication(const doc::Document& document, const lang::FactDecl& fact, const Statement& st,
                             value::Type type) {
  const auto published = document.date();
  if (!published) return false;
  if (const int year = scope_as_year(st); fact.scope == "year" && year != 0) {
    if (year > published->year + 1) return true;
    // A fact whose year is a fiscal one (`fiscal year ends June`) is told in the fiscal
    // year under way, which may end in the next calendar year (docs/rules.md "Fiscal years").
    const bool fiscal_under_way = !fact.fiscal_end.empty() &&
                                  year == fiscal_year_holding(*published, value::month_of_name(fact.fiscal_end));
    if (year == published->year + 1 && !fiscal_under_way && !budget_of_fiscal_year(st.sentence, year)) return true;
  }
  return value::is_temporal(type) && std::isfinite(st.value.lo) &&
         value::civil_from_days(static_cast<long>(std::floor(st.value.lo))).year > published->year;
}

}  // namespace factlint::match
