// Tests for app/value_overrides.cc: a document's value settings from the run's and
// the [[override]] tables that match its path.
#include "app/value_overrides.h"

#include <catch2/catch.hpp>

using namespace factlint;

TEST_CASE("a document takes the run's value settings and every override matching its path", "[app]") {
  value::ValueSettings base;
  base.date_order = value::DateOrder::MonthFirst;
  std::vector<app::ValueOverride> overrides(2);
  overrides[0].match = {"corpus/uk/**"};
  overrides[0].date_order = value::DateOrder::DayFirst;
  overrides[0].ton = value::Ton::Long;
  overrides[1].match = {"*.metric.md"};
  overrides[1].ton = value::Ton::Metric;

  value::ValueSettings us = app::value_settings_for("corpus/us/a.md", base, overrides);
  CHECK(us.date_order == value::DateOrder::MonthFirst);
  CHECK(us.ton == value::Ton::Metric);
  value::ValueSettings uk = app::value_settings_for("corpus/uk/news/b.md", base, overrides);
  CHECK(uk.date_order == value::DateOrder::DayFirst);
  CHECK(uk.ton == value::Ton::Long);
  // A later override wins; an unset field keeps what came before.
  value::ValueSettings both = app::value_settings_for("corpus/uk/c.metric.md", base, overrides);
  CHECK(both.date_order == value::DateOrder::DayFirst);
  CHECK(both.ton == value::Ton::Metric);
}

TEST_CASE("a document takes the dollar and yen of the overrides matching its path", "[app]") {
  value::ValueSettings base;
  base.dollar = "AUD";
  std::vector<app::ValueOverride> overrides(2);
  overrides[0].match = {"corpus/nz/**"};
  overrides[0].currency.dollar = "NZD";
  overrides[1].match = {"corpus/**/china-*.md"};
  overrides[1].currency.yen = "CNY";
  CHECK(app::value_settings_for("corpus/au/a.md", base, overrides).dollar == "AUD");
  CHECK(app::value_settings_for("corpus/au/a.md", base, overrides).yen == "JPY");
  CHECK(app::value_settings_for("corpus/nz/b.md", base, overrides).dollar == "NZD");
  value::ValueSettings both = app::value_settings_for("corpus/nz/china-trade.md", base, overrides);
  CHECK(both.dollar == "NZD");
  CHECK(both.yen == "CNY");
}

TEST_CASE("a document takes the shilling of the overrides matching its path", "[app]") {
  value::ValueSettings base;
  std::vector<app::ValueOverride> overrides(2);
  overrides[0].match = {"corpus/kampala/**"};
  overrides[0].currency.shilling = "UGX";
  overrides[1].match = {"corpus/**/dar-*.md"};
  overrides[1].currency.shilling = "TZS";
  CHECK(app::value_settings_for("corpus/nairobi/a.md", base, overrides).shilling == "KES");
  CHECK(app::value_settings_for("corpus/kampala/a.md", base, overrides).shilling == "UGX");
  value::ValueSettings later = app::value_settings_for("corpus/kampala/dar-port.md", base, overrides);
  CHECK(later.shilling == "TZS");  // the later override wins
  CHECK(later.dollar == "USD");    // and leaves the dollar alone
}

TEST_CASE("settings that differ from the defaults change the cache key", "[app]") {
  CHECK(app::settings_key({}).empty());
  value::ValueSettings dmy;
  dmy.date_order = value::DateOrder::DayFirst;
  CHECK(app::settings_key(dmy) == "date-order=dmy,ton=metric");  // as before dollar and yen
  value::ValueSettings aud;
  aud.dollar = "AUD";
  CHECK(app::settings_key(aud) == "date-order=none,ton=metric,dollar=AUD");
  value::ValueSettings cny;
  cny.yen = "CNY";
  CHECK(app::settings_key(cny) == "date-order=none,ton=metric,yen=CNY");
  value::ValueSettings ugx;
  ugx.shilling = "UGX";
  CHECK(app::settings_key(ugx) == "date-order=none,ton=metric,shilling=UGX");
  ugx.dollar = "AUD";
  CHECK(app::settings_key(ugx) == "date-order=none,ton=metric,dollar=AUD,shilling=UGX");
  CHECK(app::date_order_from_name("none") == value::DateOrder::Unknown);
  CHECK_FALSE(app::date_order_from_name("ymd"));
}
