// Resolving the value settings of one document from the run's and the overrides.
#include "app/value_overrides.h"

#include "doc/path_glob.h"

namespace factlint::app {

value::ValueSettings value_settings_for(const std::string& path, const value::ValueSettings& base,
                                        const std::vector<ValueOverride>& overrides) {
  value::ValueSettings out = base;
  for (const ValueOverride& o : overrides) {
    bool matches = false;
    for (const std::string& glob : o.match) matches = matches || doc::excluded_by(glob, path);
    if (!matches) continue;
    if (o.date_order) out.date_order = *o.date_order;
    if (o.ton) out.ton = *o.ton;
    static_cast<value::BareCodes&>(out) = value::overlaid(out, o.currency);
  }
  return out;
}

std::optional<value::DateOrder> date_order_from_name(const std::string& name) {
  if (name == "mdy") return value::DateOrder::MonthFirst;
  if (name == "dmy") return value::DateOrder::DayFirst;
  if (name == "none") return value::DateOrder::Unknown;
  return std::nullopt;
}

std::string date_order_name(value::DateOrder order) {
  switch (order) {
    case value::DateOrder::MonthFirst: return "mdy";
    case value::DateOrder::DayFirst: return "dmy";
    case value::DateOrder::Unknown: break;
  }
  return "none";
}

std::string settings_key(const value::ValueSettings& settings) {
  if (settings == value::ValueSettings{}) return "";
  std::string key = "date-order=" + date_order_name(settings.date_order) + ",ton=" + std::string(value::ton_name(settings.ton));
  // Only when they differ, so a key of the settings before the bare currencies is unchanged.
  for (const value::BareCurrency& bare : value::bare_currencies()) {
    const std::string& code = settings.*bare.code;
    if (code != bare.default_code) key += "," + std::string(bare.name) + "=" + code;
  }
  return key;
}

}  // namespace factlint::app
