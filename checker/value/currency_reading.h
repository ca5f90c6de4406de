// How a bare currency sign is read: a bare "$" is the US dollar, a bare "¥" the yen,
// a bare "Sh" the Kenyan shilling and bare "kroner" the Norwegian krone unless a
// setting says the writer meant another dollar, the yuan, another shilling or krone (docs/rules.md "Money"; docs/configuration.md
// "Value settings"). Newsrooms in Australia, Canada, New Zealand, Hong Kong and
// Singapore write "$102 million" for their own dollar, Chinese ones "¥203.9 billion"
// for yuan, Kenyan, Ugandan and Tanzanian ones "Sh180.6 billion" for their shilling.
// "US$", "A$", "USD", "yen", "yuan", "RMB", "KSh", "UGX" and "Tanzanian shillings" say
// which they are and are never re-read.
//
// Every bare sign is one row of one table (bare_currencies()): its name, which is
// the name of its setting, flag, project-file key and fact option; the unit the money
// reader gives it until it is resolved; its default; and the codes it may be read as.
// The settings, the flags, the rule language and the cache key all walk that table.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "value/value.h"

namespace factlint::value {

// The unit a bare sign is read with until it is resolved: the money reader gives a
// bare "$", "dollar(s)", "cent(s)" or "¢" the currency "$", a bare "¥" the currency
// "¥", a bare "Sh", "Shs" or "shilling(s)" the currency "Sh", a bare "kr", "krone(r)"
// or "crowns" the currency "kr" (value/units.cc); a rate
// keeps it in front ("$/bbl").
inline constexpr std::string_view kBareDollar = "$";
inline constexpr std::string_view kBareYen = "¥";
inline constexpr std::string_view kBareShilling = "Sh";
inline constexpr std::string_view kBareKrone = "kr";
inline constexpr std::string_view kDefaultDollar = "USD";
inline constexpr std::string_view kDefaultYen = "JPY";
// The Kenyan shilling: of the shillings the most written in English, Kenya's press
// being East Africa's largest (docs/configuration.md "Value settings").
inline constexpr std::string_view kDefaultShilling = "KES";
// The Norwegian krone: English-language writing about Scandinavia's money is most
// often about Norway's (its oil fund above all); Danish papers set `krone = "DKK"`.
inline constexpr std::string_view kDefaultKrone = "NOK";

// The code each bare sign is read as: by default the table's defaults. An empty code
// keeps that sign as written, for the matcher to resolve per fact (BareCodes::none()).
struct BareCodes {
  std::string dollar{kDefaultDollar};      // "USD", "AUD", ...
  std::string yen{kDefaultYen};            // "JPY" or "CNY"
  std::string shilling{kDefaultShilling};  // "KES", "UGX", "TZS" or "SOS"
  std::string krone{kDefaultKrone};        // "NOK", "DKK", "SEK", "ISK" or "CZK"
  static BareCodes none() { return {"", "", "", ""}; }
  friend bool operator==(const BareCodes&, const BareCodes&) = default;
};

// One bare sign.
struct BareCurrency {
  std::string_view name;          // "dollar": its setting, flag (--dollar), key and fact option
  std::string_view sign;          // "$": the unit the money reader gives it until resolved
  std::string_view written;       // "'$'": how messages name it ("reads a bare '$' in ...")
  std::string_view spellings;     // "'$', 'dollar' or 'cents'": what --help says it is
  std::string_view choices;       // "USD or another dollar (AUD, CAD, HKD, NZD, SGD, ...)"
  std::string_view as_written;    // "'US$', 'A$', 'USD'": what is always read as written
  std::string_view expected;      // "a dollar currency's code such as 'USD', ...": a rule's syntax error
  std::string_view default_code;  // "USD"
  std::string BareCodes::*code;   // its code in a BareCodes
  std::span<const std::string_view> iso;  // the currencies it may stand for, sorted
  // The codes it may be read as: those of `iso` the unit table knows, so a setting
  // never names a currency no document can be read in.
  const std::vector<std::string>& codes() const;
  bool takes(std::string_view c) const;
};

// Every bare sign, in the order of BareCodes: dollar, yen, shilling, krone.
const std::vector<BareCurrency>& bare_currencies();
// The bare sign of that name ("shilling"), or nullptr.
const BareCurrency* bare_currency(std::string_view name);
// Whether `unit` is a bare sign not yet resolved ("$", "¥", "Sh", "kr").
bool is_bare_sign(std::string_view unit);

// `base` with each code `over` sets (not empty) in its place: a fact's options over
// the document's settings.
BareCodes overlaid(BareCodes base, const BareCodes& over);

// The codes a bare dollar, yen and shilling may be read as (bare_currencies()'s).
const std::vector<std::string>& dollar_codes();
const std::vector<std::string>& yen_codes();
const std::vector<std::string>& shilling_codes();
bool is_dollar_code(std::string_view code);
bool is_yen_code(std::string_view code);

// The value with each bare sign read as `codes` says (ISO codes): its unit, original
// unit and display say the code ("$/bbl" becomes "AUD/bbl", "Sh 5 billion" "UGX 5
// billion"). An empty code keeps that sign as written, for the matcher to resolve per
// fact. Any other value is returned as it is.
//   "$102 million", dollar "AUD" -> 1.02e8 AUD, display "AUD 102 million"
Value with_currencies(Value value, const BareCodes& codes);

// The currency of a money value: its unit up to a rate's "/" ("USD" of "USD/yr",
// "$" of an unresolved "$/bbl"); "" for any other value.
std::string_view currency_of(const Value& value);

// Whether `code` is the ISO 4217 code of a currency the unit table knows ("JPY"), as
// a fact's `currency` option names them (docs/rules.md "Money").
bool is_currency_code(std::string_view code);
// Every such code, sorted, for "did you mean".
const std::vector<std::string>& currency_codes();

}  // namespace factlint::value
