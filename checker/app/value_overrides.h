// Value settings by document path: the project file's `ton`, `dollar`, `yen`, `shilling` and `date-order`, and its
// `[[override]]` tables for some paths (docs/configuration.md#value-settings).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "value/value_settings.h"

namespace factlint::app {

// Settings for the documents whose path matches one of `match` (globs matched as
// `--exclude` globs are: doc::excluded_by); an unset field keeps the run's setting.
struct ValueOverride {
  std::vector<std::string> match;
  std::optional<value::DateOrder> date_order;
  std::optional<value::Ton> ton;
  // What a bare "$", "¥" and "Sh" are ("AUD", "CNY", "UGX"); "" keeps the run's.
  value::BareCodes currency = value::BareCodes::none();
};

// The settings for the document at `path` (as factlint shows it): `base`, with each
// override that matches applied in order, so a later one wins.
value::ValueSettings value_settings_for(const std::string& path, const value::ValueSettings& base,
                                        const std::vector<ValueOverride>& overrides);

// "mdy", "dmy", "none" and back; nullopt for other names.
std::optional<value::DateOrder> date_order_from_name(const std::string& name);
std::string date_order_name(value::DateOrder order);

// A short text of settings that differ from the defaults ("" for the defaults), for
// the extraction cache key: a document read with other settings is extracted again.
std::string settings_key(const value::ValueSettings& settings);

}  // namespace factlint::app
