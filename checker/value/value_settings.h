// The value settings a project gives, globally or per path (docs/configuration.md):
// how an ambiguous slashed date, a bare "ton", a bare "$", "¥" and "Sh" are read.
#pragma once

#include <string>

#include "value/currency_reading.h"
#include "value/ton_reading.h"

namespace factlint::value {

// How an all-numeric date with both parts up to 12 ("04/05/2020") is read.
enum class DateOrder {
  Unknown,     // not read: April 5 and 4 May are both likely (the default)
  MonthFirst,  // US: 04/05/2020 is 2020-04-05
  DayFirst,    // most of the world: 04/05/2020 is 2020-05-04
};

// The settings of one document: the defaults, the project file's, or a path's. Its
// BareCodes are what a bare "$", "¥" and "Sh" are read as ("USD", "JPY", "KES").
struct ValueSettings : BareCodes {
  DateOrder date_order = DateOrder::Unknown;
  Ton ton = Ton::Metric;
  friend bool operator==(const ValueSettings&, const ValueSettings&) = default;
};

}  // namespace factlint::value
