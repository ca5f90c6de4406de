// Units of measure and currencies: every spelling we accept, its normalized symbol
// and its factor to the canonical unit of its type (m, m2, kg, m3, J, W, m/s, %, ISO code).
#include "value/units.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "value/text_cursor.h"
#include "value/unit_table.h"

namespace factlint::value {

namespace detail {

namespace {

struct UnitRow {
  Type type;
  const char* symbol;
  double factor;
  std::initializer_list<const char*> spellings;
  double offset = 0;
  const char* currency = nullptr;  // minor units: the currency they are a part of
};

constexpr double kDaysPerYear = 365.2425;  // the Gregorian mean year
constexpr double kBarrel = 0.158987294928;  // m3

// Exact conversion factors (international mile, foot, pound; US gallon, barrel).
// "ton" is the metric tonne unless the text says "short ton" or "long ton": outside
// the US press a bare "ton" is the tonne, and a rule or the project file can say
// otherwise (docs/rules.md, value/ton_reading.h). Currencies are never
// converted, so their factor is 1 and their canonical unit is their own code.
// A bare "$", "dollar(s)", "cent(s)" or "¢" has the currency "$" and a bare "¥" the
// currency "¥" until the reader resolves them: the US dollar and the yen by default,
// another dollar or the yuan when a setting says so (value/currency_reading.h).
// "yuan"/"renminbi"/"rmb" are always CNY, "yen" always JPY, "us$" always USD. A bare
// "Sh", "Shs" or "shilling(s)" has the currency "Sh", a bare "kr", "krone(r)" or
// "crowns" the currency "kr", until resolved, as "$" has.
const std::initializer_list<UnitRow> kRows = {
    // Length, canonical m.
    {Type::Length, "m", 1, {"m", "meter", "meters", "metre", "metres"}},
    {Type::Length, "km", 1000, {"km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"}},
    {Type::Length, "cm", 0.01, {"cm", "centimeter", "centimeters", "centimetre", "centimetres"}},
    {Type::Length, "mm", 0.001, {"mm", "millimeter", "millimeters", "millimetre", "millimetres"}},
    {Type::Length, "mi", 1609.344, {"mi", "mile", "miles", "statute mile", "statute miles"}},
    {Type::Length, "nmi", 1852, {"nmi", "nautical mile", "nautical miles"}},
    {Type::Length, "ft", 0.3048, {"ft", "foot", "feet"}},
    {Type::Length, "yd", 0.9144, {"yd", "yds", "yard", "yards"}},
    {Type::Length, "in", 0.0254, {"inch", "inches", "in."}},
    // Area, canonical m2.
    {Type::Area, "m2", 1, {"m2", "sq m", "sq. m", "square meter", "square meters", "square metre",
                           "square metres"}},
    {Type::Area, "km2", 1e6, {"km2", "sq km", "sq. km", "square kilometer", "square kilometers",
                              "square kilometre", "square kilometres", "square km"}},
    {Type::Area, "ha", 1e4, {"ha", "hectare", "hectares"}},
    {Type::Area, "acre", 4046.8564224, {"acre", "acres"}},
    {Type::Area, "sq mi", 2589988.110336, {"sq mi", "sq. mi", "sq. mi.", "sq miles", "mi2",
                                           "square mile", "square miles"}},
    {Type::Area, "sq ft", 0.09290304, {"sq ft", "sq. ft", "sq. ft.", "ft2", "square foot",
                                       "square feet"}},
    // Mass, canonical kg.
    {Type::Mass, "kg", 1, {"kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes",
                           "kilo", "kilos"}},
    {Type::Mass, "g", 0.001, {"g", "gram", "grams", "gramme", "grammes"}},
    {Type::Mass, "mg", 1e-6, {"mg", "milligram", "milligrams"}},
    {Type::Mass, "t", 1000, {"t", "tonne", "tonnes", "metric ton", "metric tons", "metric tonne",
                             "metric tonnes"}},
    // A bare ton: read as the tonne, then resolved by the ton setting (value/ton_reading.h).
    {Type::Mass, "ton", 1000, {"ton", "tons"}},
    // A ship's deadweight: what it can carry, in metric tonnes ("a 3,000 dwt barge").
    {Type::Mass, "dwt", 1000, {"dwt", "deadweight tonnes", "deadweight tonne", "deadweight tons", "deadweight ton",
                               "tonnes deadweight", "tons deadweight"}},
    {Type::Mass, "short ton", 907.18474, {"short ton", "short tons", "us ton", "us tons"}},
    {Type::Mass, "long ton", 1016.0469088, {"long ton", "long tons", "imperial ton",
                                            "imperial tons"}},
    // Emissions, carbon stocks and ice are weighed in gigatonnes and megatonnes
    // ("76 Gt", "37 gigatonnes of CO2"), in science in petagrams (1 Pg = 1 Gt). "Mt" and
    // "MT" are one word once normalized, and "MT" is a metric ton in trade reports: only
    // the words are read for the megatonne, and "Pg" (a page) is not read.
    {Type::Mass, "kilotonnes", 1e6, {"kilotonne", "kilotonnes"}},
    {Type::Mass, "megatonnes", 1e9, {"megatonne", "megatonnes"}},
    {Type::Mass, "Gt", 1e12, {"gt", "gigatonne", "gigatonnes", "gigaton", "gigatons"}},
    {Type::Mass, "teragrams", 1e9, {"teragram", "teragrams"}},
    {Type::Mass, "petagrams", 1e12, {"petagram", "petagrams"}},
    {Type::Mass, "lb", 0.45359237, {"lb", "lbs", "pound", "pounds"}},
    {Type::Mass, "oz", 0.028349523125, {"oz", "ounce", "ounces"}},
    // Volume, canonical m3.
    {Type::Volume, "m3", 1, {"m3", "cubic meter", "cubic meters", "cubic metre", "cubic metres",
                             "cu m"}},
    {Type::Volume, "km3", 1e9, {"km3", "cubic kilometer", "cubic kilometers", "cubic kilometre",
                                "cubic kilometres"}},
    {Type::Volume, "bcm", 1e9, {"bcm", "bcm/y", "billion cubic meters", "billion cubic metres"}},
    {Type::Volume, "l", 0.001, {"l", "liter", "liters", "litre", "litres"}},
    {Type::Volume, "ml", 1e-6, {"ml", "milliliter", "milliliters", "millilitre", "millilitres"}},
    {Type::Volume, "gal", 0.003785411784, {"gal", "gallon", "gallons", "us gallon", "us gallons"}},
    {Type::Volume, "bbl", 0.158987294928, {"bbl", "barrel", "barrels"}},
    {Type::Volume, "cu ft", 0.028316846592, {"cu ft", "ft3", "cubic foot", "cubic feet"}},
    // Imperial volumes: lakes and reservoirs in cubic miles and acre-feet, earthworks in
    // cubic yards, engines in cubic inches (exact from the international foot).
    {Type::Volume, "cu mi", 4168181825.440579584, {"cu mi", "cu. mi", "cu. mi.", "mi3", "cubic mile",
                                                   "cubic miles"}},
    {Type::Volume, "cu yd", 0.764554857984, {"cu yd", "cu. yd", "cu. yd.", "yd3", "cubic yard",
                                             "cubic yards"}},
    {Type::Volume, "cu in", 0.000016387064, {"cu in", "cu. in.", "in3", "cubic inch", "cubic inches"}},
    {Type::Volume, "acre-ft", 1233.48183754752, {"acre-foot", "acre-feet", "acre foot", "acre feet",
                                                 "acre-ft", "acre ft"}},
    // Energy, canonical J.
    {Type::Energy, "J", 1, {"j", "joule", "joules"}},
    {Type::Energy, "kJ", 1e3, {"kj", "kilojoule", "kilojoules"}},
    {Type::Energy, "MJ", 1e6, {"mj", "megajoule", "megajoules"}},
    {Type::Energy, "GJ", 1e9, {"gj", "gigajoule", "gigajoules"}},
    {Type::Energy, "Wh", 3600, {"wh", "watt-hour", "watt-hours", "watt hour", "watt hours"}},
    {Type::Energy, "kWh", 3.6e6, {"kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour",
                                  "kilowatt hours"}},
    {Type::Energy, "MWh", 3.6e9, {"mwh", "megawatt-hour", "megawatt-hours", "megawatt hour",
                                  "megawatt hours"}},
    {Type::Energy, "GWh", 3.6e12, {"gwh", "gigawatt-hour", "gigawatt-hours", "gigawatt hour",
                                   "gigawatt hours"}},
    {Type::Energy, "TWh", 3.6e15, {"twh", "terawatt-hour", "terawatt-hours", "terawatt hour",
                                   "terawatt hours"}},
    {Type::Energy, "cal", 4.184, {"cal", "calorie", "calories"}},
    {Type::Energy, "kcal", 4184, {"kcal", "kilocalorie", "kilocalories"}},
    {Type::Energy, "BTU", 1055.05585262, {"btu", "btus", "british thermal unit",
                                          "british thermal units"}},
    // Power, canonical W.
    {Type::Power, "W", 1, {"w", "watt", "watts"}},
    {Type::Power, "kW", 1e3, {"kw", "kilowatt", "kilowatts"}},
    {Type::Power, "MW", 1e6, {"mw", "megawatt", "megawatts"}},
    {Type::Power, "GW", 1e9, {"gw", "gigawatt", "gigawatts"}},
    {Type::Power, "TW", 1e12, {"tw", "terawatt", "terawatts"}},
    {Type::Power, "hp", 745.69987158227022, {"hp", "horsepower", "horse power"}},
    // Speed, canonical m/s.
    {Type::Speed, "m/s", 1, {"m/s", "meters per second", "metres per second",
                             "meters a second", "metres a second"}},
    {Type::Speed, "km/h", 1000.0 / 3600.0, {"km/h", "kmh", "kph", "km/hr", "km per hour",
                                            "kilometers per hour", "kilometres per hour",
                                            "kilometers an hour", "kilometres an hour", "km an hour",
                                            "kilometer-per-hour", "kilometre-per-hour"}},
    // Orbits, launches and meteors are given per second: "7.66 km/s", "5 miles a second".
    {Type::Speed, "km/s", 1000.0, {"km/s", "km/sec", "km per second", "km a second",
                                   "kilometers per second", "kilometres per second",
                                   "kilometers a second", "kilometres a second"}},
    {Type::Speed, "mi/s", 1609.344, {"mi/s", "miles per second", "miles a second"}},
    {Type::Speed, "ft/s", 0.3048, {"ft/s", "feet per second", "feet a second"}},
    {Type::Speed, "mph", 0.44704, {"mph", "mi/h", "miles per hour", "miles an hour",
                                   "mile-per-hour", "mile-an-hour"}},
    {Type::Speed, "kn", 1852.0 / 3600.0, {"kn", "kt", "kts", "knot", "knots"}},
    // Temperature, canonical degC: canonical = amount * factor + offset. A bare
    // "degrees" is Celsius, as everywhere outside the US.
    {Type::Temperature, "°C", 1, {"°c", "° c", "°", "degrees celsius", "degree celsius",
                                  "degrees centigrade", "celsius", "centigrade", "deg c",
                                  "degrees c", "degrees", "degree", "c"}},
    {Type::Temperature, "°F", 5.0 / 9.0, {"°f", "° f", "degrees fahrenheit", "degree fahrenheit",
                                          "fahrenheit", "deg f", "degrees f", "f"},
     -32.0 * 5.0 / 9.0},
    {Type::Temperature, "K", 1, {"k", "kelvin", "kelvins", "degrees kelvin"}, -273.15},
    // Duration, canonical d (days); a month is a twelfth of the mean Gregorian year.
    {Type::Duration, "s", 1.0 / 86400, {"s", "sec", "secs", "second", "seconds"}},
    {Type::Duration, "min", 1.0 / 1440, {"min", "mins", "minute", "minutes"}},
    {Type::Duration, "h", 1.0 / 24, {"h", "hr", "hrs", "hour", "hours"}},
    {Type::Duration, "d", 1, {"d", "day", "days"}},
    {Type::Duration, "wk", 7, {"wk", "wks", "week", "weeks"}},
    {Type::Duration, "fortnight", 14, {"fortnight", "fortnights"}},
    {Type::Duration, "mo", kDaysPerYear / 12, {"mo", "mos", "month", "months"}},
    {Type::Duration, "yr", kDaysPerYear, {"yr", "yrs", "year", "years"}},
    {Type::Duration, "decade", kDaysPerYear * 10, {"decade", "decades"}},
    {Type::Duration, "century", kDaysPerYear * 100, {"century", "centuries"}},
    // Flow, canonical m3/d. "mb/d" is million barrels a day, as the IEA writes it.
    {Type::Flow, "bbl/d", kBarrel, {"bpd", "b/d", "bbl/d", "barrels per day", "barrels a day",
                                    "barrels of oil per day", "barrels of oil a day",
                                    "barrel per day", "barrels/day"}},
    {Type::Flow, "kb/d", kBarrel * 1e3, {"kb/d", "kbpd", "thousand barrels per day",
                                         "thousand barrels a day"}},
    {Type::Flow, "mb/d", kBarrel * 1e6, {"mb/d", "mbpd", "mbd", "million barrels per day",
                                         "million barrels a day"}},
    {Type::Flow, "bcm/y", 1e9 / kDaysPerYear, {"bcm/y", "bcm/yr", "bcm a year", "bcm per year",
                                               "bcm per annum", "bcma", "billion cubic meters a year",
                                               "billion cubic metres a year",
                                               "billion cubic meters per year",
                                               "billion cubic metres per year"}},
    // "Every" and "each" span as "per" and "a" do: "209,000 cubic metres every second".
    {Type::Flow, "m3/d", 1, {"m3/d", "cubic meters per day", "cubic metres per day",
                             "cubic meters a day", "cubic metres a day", "cubic meters every day",
                             "cubic metres every day", "cubic meters each day", "cubic metres each day"}},
    {Type::Flow, "m3/s", 86400, {"m3/s", "cumecs", "cubic meters per second",
                                 "cubic metres per second", "cubic meters a second",
                                 "cubic metres a second", "cubic meters every second",
                                 "cubic metres every second", "cubic meters each second",
                                 "cubic metres each second"}},
    // Rivers in the US are gauged in cubic feet per second.
    {Type::Flow, "cfs", 86400 * 0.028316846592, {"cfs", "ft3/s", "cu ft/s", "cubic feet per second",
                                                 "cubic feet a second", "cubic foot per second",
                                                 "cubic feet every second", "cubic feet each second"}},
    // Data sizes, canonical B (bytes). kB, MB, GB and TB are the SI's powers of 1,000
    // and KiB, MiB, GiB and TiB the IEC's powers of 1,024 (docs/rules.md "Data sizes").
    // Normalized text has no case, so "Mb" is read as "MB"; bits are no data size.
    {Type::DataSize, "B", 1, {"byte", "bytes"}},
    {Type::DataSize, "kB", 1e3, {"kb", "kilobyte", "kilobytes", "kbyte", "kbytes"}},
    {Type::DataSize, "MB", 1e6, {"mb", "megabyte", "megabytes", "mbyte", "mbytes"}},
    {Type::DataSize, "GB", 1e9, {"gb", "gigabyte", "gigabytes", "gbyte", "gbytes"}},
    {Type::DataSize, "TB", 1e12, {"tb", "terabyte", "terabytes"}},
    {Type::DataSize, "PB", 1e15, {"pb", "petabyte", "petabytes"}},
    {Type::DataSize, "KiB", 1024.0, {"kib", "kibibyte", "kibibytes"}},
    {Type::DataSize, "MiB", 1048576.0, {"mib", "mebibyte", "mebibytes"}},
    {Type::DataSize, "GiB", 1073741824.0, {"gib", "gibibyte", "gibibytes"}},
    {Type::DataSize, "TiB", 1099511627776.0, {"tib", "tebibyte", "tebibytes"}},
    {Type::DataSize, "PiB", 1125899906842624.0, {"pib", "pebibyte", "pebibytes"}},
    // Percent, canonical %.
    {Type::Percent, "%", 1, {"%", "percent", "per cent", "pct", "per-cent"}},
    // A basis point is a hundredth of a percent: fees, costs and rate moves are given
    // so ("costs of 4.4 basis points", "a 25 bp cut").
    {Type::Percent, "bp", 0.01, {"basis point", "basis points", "bp", "bps"}},
    // Money: ISO 4217 codes, symbols and names, never converted. Codes that are English
    // words or common abbreviations ("all", "top", "try", "sdg", "php") are left out:
    // normalized text has no case, and "try 5 times" holds no Turkish lira.
    // The UAE dirham: Gulf papers write "Dh149", "Dhs 26.7bn" or "149 dirhams" ("Dh" and
    // "Dhs" only before a figure, money_reader.cc). Morocco's is named: "Moroccan dirhams".
    {Type::Money, "AED", 1, {"aed", "uae dirham", "uae dirhams", "emirati dirhams", "dirham", "dirhams", "dh", "dhs"}},
    {Type::Money, "AFN", 1, {"afn"}},
    {Type::Money, "ANG", 1, {"ang"}},
    {Type::Money, "AOA", 1, {"aoa"}},
    {Type::Money, "ARS", 1, {"ars", "argentine peso", "argentine pesos"}},
    {Type::Money, "AUD", 1, {"aud", "a$", "au$", "australian dollar", "australian dollars"}},
    {Type::Money, "AZN", 1, {"azn"}},
    {Type::Money, "BBD", 1, {"bbd"}},
    {Type::Money, "BDT", 1, {"bdt", "taka"}},
    {Type::Money, "BGN", 1, {"bgn", "leva", "bulgarian lev"}},
    {Type::Money, "BHD", 1, {"bhd"}},
    {Type::Money, "BIF", 1, {"bif"}},
    {Type::Money, "BMD", 1, {"bmd"}},
    {Type::Money, "BND", 1, {"bnd"}},
    {Type::Money, "BRL", 1, {"brl", "r$", "reais", "brazilian real", "brazilian reais"}},
    {Type::Money, "BWP", 1, {"bwp"}},
    {Type::Money, "BYN", 1, {"byn"}},
    {Type::Money, "BZD", 1, {"bzd"}},
    {Type::Money, "CAD", 1, {"cad", "c$", "ca$", "canadian dollar", "canadian dollars"}},
    {Type::Money, "CHF", 1, {"chf", "swiss franc", "swiss francs"}},
    {Type::Money, "CLP", 1, {"clp", "chilean peso", "chilean pesos"}},
    {Type::Money, "CNY", 1, {"cny", "cn¥", "rmb", "yuan", "renminbi", "chinese yuan"}},
    {Type::Money, "COP", 1, {"colombian peso", "colombian pesos"}},
    {Type::Money, "CZK", 1, {"czk", "kč", "czech koruna", "czech korunas", "koruna", "czech crown", "czech crowns"}},
    {Type::Money, "DJF", 1, {"djf"}},
    {Type::Money, "DKK", 1, {"dkk", "danish krone", "danish kroner", "danish crown", "danish crowns"}},
    {Type::Money, "DOP", 1, {"dop"}},
    {Type::Money, "DZD", 1, {"dzd"}},
    {Type::Money, "EGP", 1, {"egp", "egyptian pound", "egyptian pounds"}},
    {Type::Money, "ERN", 1, {"ern"}},
    {Type::Money, "ETB", 1, {"etb"}},
    {Type::Money, "EUR", 1, {"eur", "€", "euro", "euros"}},
    {Type::Money, "FJD", 1, {"fjd"}},
    {Type::Money, "FKP", 1, {"fkp"}},
    {Type::Money, "GBP", 1, {"gbp", "£", "pound sterling", "pounds sterling", "sterling", "pound", "pounds", "british pounds", "quid"}},
    {Type::Money, "GEL", 1, {"lari", "georgian lari"}},
    {Type::Money, "GHS", 1, {"ghs", "cedi", "cedis"}},
    {Type::Money, "GIP", 1, {"gip"}},
    {Type::Money, "GMD", 1, {"gmd"}},
    {Type::Money, "GNF", 1, {"gnf"}},
    {Type::Money, "GTQ", 1, {"gtq"}},
    {Type::Money, "GYD", 1, {"gyd"}},
    {Type::Money, "HKD", 1, {"hkd", "hk$", "hong kong dollar", "hong kong dollars"}},
    {Type::Money, "HNL", 1, {"hnl"}},
    {Type::Money, "HTG", 1, {"htg"}},
    {Type::Money, "HUF", 1, {"huf", "forint", "forints"}},
    {Type::Money, "IDR", 1, {"idr", "rupiah"}},
    {Type::Money, "ILS", 1, {"ils", "₪", "shekel", "shekels", "new shekels"}},
    {Type::Money, "INR", 1, {"inr", "₹", "rs", "rs.", "rupee", "rupees", "indian rupees", "indian rupee"}},
    {Type::Money, "IQD", 1, {"iqd"}},
    {Type::Money, "IRR", 1, {"irr"}},
    // "krónur" is the Icelandic plural, written with or without its accent; "króna"
    // and "krónas" carry the Icelandic accent. Only Iceland's crown is spelt so.
    {Type::Money, "ISK", 1, {"isk", "icelandic krona", "icelandic kronur", "icelandic króna", "icelandic krónur",
                             "icelandic kronas", "icelandic krónas", "króna", "krónur", "kronur", "krónas"}},
    {Type::Money, "JMD", 1, {"jmd"}},
    {Type::Money, "JOD", 1, {"jod"}},
    {Type::Money, "JPY", 1, {"jpy", "yen", "japanese yen"}},
    {Type::Money, "¥", 1, {"¥"}},
    {Type::Money, "KES", 1, {"kes", "ksh", "kshs", "ksh.", "kenyan shilling", "kenyan shillings", "kenya shilling", "kenya shillings"}},
    {Type::Money, "KHR", 1, {"khr"}},
    {Type::Money, "KMF", 1, {"kmf"}},
    {Type::Money, "KPW", 1, {"kpw"}},
    {Type::Money, "KRW", 1, {"krw", "₩", "won", "south korean won", "korean won"}},
    {Type::Money, "KWD", 1, {"kwd"}},
    {Type::Money, "KYD", 1, {"kyd"}},
    {Type::Money, "KZT", 1, {"kzt", "tenge"}},
    {Type::Money, "LAK", 1, {"lak"}},
    {Type::Money, "LBP", 1, {"lbp"}},
    {Type::Money, "LKR", 1, {"lkr"}},
    {Type::Money, "LRD", 1, {"lrd"}},
    {Type::Money, "LSL", 1, {"lsl"}},
    {Type::Money, "LYD", 1, {"lyd"}},
    {Type::Money, "MAD", 1, {"moroccan dirham", "moroccan dirhams"}},
    {Type::Money, "MDL", 1, {"mdl"}},
    {Type::Money, "MGA", 1, {"mga"}},
    {Type::Money, "MKD", 1, {"mkd"}},
    {Type::Money, "MMK", 1, {"mmk"}},
    {Type::Money, "MNT", 1, {"mnt"}},
    {Type::Money, "MRU", 1, {"mru"}},
    {Type::Money, "MUR", 1, {"mur"}},
    {Type::Money, "MVR", 1, {"mvr"}},
    {Type::Money, "MWK", 1, {"mwk"}},
    {Type::Money, "MXN", 1, {"mxn", "mx$", "mexican peso", "mexican pesos"}},
    {Type::Money, "MYR", 1, {"myr", "ringgit"}},
    {Type::Money, "MZN", 1, {"mzn"}},
    {Type::Money, "NAD", 1, {"nad"}},
    {Type::Money, "NGN", 1, {"ngn", "₦", "naira"}},
    {Type::Money, "NIO", 1, {"nio"}},
    {Type::Money, "NOK", 1, {"nok", "norwegian krone", "norwegian kroner", "norwegian crown", "norwegian crowns"}},
    {Type::Money, "NZD", 1, {"nzd", "nz$", "new zealand dollar", "new zealand dollars"}},
    {Type::Money, "OMR", 1, {"omr"}},
    {Type::Money, "PAB", 1, {"pab"}},
    {Type::Money, "PGK", 1, {"pgk"}},
    {Type::Money, "PHP", 1, {"₱", "philippine peso", "philippine pesos"}},
    {Type::Money, "PKR", 1, {"pkr", "pakistani rupee", "pakistani rupees"}},
    {Type::Money, "PLN", 1, {"pln", "zł", "zloty", "zlotys", "zlotych"}},
    {Type::Money, "PYG", 1, {"pyg"}},
    {Type::Money, "QAR", 1, {"qar"}},
    {Type::Money, "RON", 1, {"ron", "leu", "lei", "romanian lei"}},
    {Type::Money, "RSD", 1, {"rsd"}},
    {Type::Money, "RUB", 1, {"rub", "₽", "ruble", "rubles", "rouble", "roubles", "russian rubles", "russian roubles"}},
    {Type::Money, "RWF", 1, {"rwf"}},
    {Type::Money, "SAR", 1, {"sar", "saudi riyal", "saudi riyals", "riyal", "riyals"}},
    {Type::Money, "SBD", 1, {"sbd"}},
    {Type::Money, "SCR", 1, {"scr"}},
    {Type::Money, "SEK", 1, {"sek", "swedish krona", "swedish kronor", "kronor", "swedish crown", "swedish crowns"}},
    {Type::Money, "SGD", 1, {"sgd", "s$", "singapore dollar", "singapore dollars"}},
    {Type::Money, "SHP", 1, {"shp"}},
    {Type::Money, "SLE", 1, {"sle"}},
    {Type::Money, "SLL", 1, {"sll"}},
    {Type::Money, "SOS", 1, {"sos", "somali shilling", "somali shillings", "somalia shilling", "somalia shillings"}},
    {Type::Money, "SRD", 1, {"srd"}},
    {Type::Money, "SSP", 1, {"ssp"}},
    {Type::Money, "SYP", 1, {"syp"}},
    {Type::Money, "SZL", 1, {"szl"}},
    {Type::Money, "THB", 1, {"thb", "฿", "baht"}},
    {Type::Money, "TJS", 1, {"tjs"}},
    {Type::Money, "TMT", 1, {"tmt"}},
    {Type::Money, "TND", 1, {"tnd"}},
    {Type::Money, "TRY", 1, {"₺", "turkish lira", "turkish liras", "lira", "liras"}},
    {Type::Money, "TTD", 1, {"ttd"}},
    {Type::Money, "TWD", 1, {"twd", "nt$", "new taiwan dollars", "taiwan dollars"}},
    {Type::Money, "TZS", 1, {"tzs", "tsh", "tshs", "tanzanian shilling", "tanzanian shillings", "tanzania shilling", "tanzania shillings"}},
    {Type::Money, "UAH", 1, {"uah", "₴", "hryvnia", "hryvnias", "hryvnas"}},
    {Type::Money, "UGX", 1, {"ugx", "ush", "ushs", "ugandan shilling", "ugandan shillings", "uganda shilling", "uganda shillings"}},
    // East African papers write "Sh", "Shs" and "shillings" for their own shilling:
    // read as a setting says (Kenyan by default, value/currency_reading.h); "Sh" and
    // "Shs" only before a figure (money_reader.cc).
    {Type::Money, "Sh", 1, {"sh", "shs", "shilling", "shillings"}},
    // Norwegian and Danish papers write "kr" and "kroner" for their own krone, English
    // ones "crowns": the currency "kr" until resolved (NOK unless a setting says).
    {Type::Money, "kr", 1, {"kr", "kr.", "krone", "kroner", "crowns"}},
    // "krona" (English plural "kronas") is the singular of Sweden and Iceland both: the
    // currency "krona" until resolved, Icelandic under the krone setting ISK, else
    // Swedish (value/currency_reading.h).
    {Type::Money, "krona", 1, {"krona", "kronas"}},
    {Type::Money, "USD", 1, {"usd", "us$", "us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "american dollars"}},
    {Type::Money, "$", 1, {"$", "dollar", "dollars"}},
    {Type::Money, "UYU", 1, {"uyu"}},
    {Type::Money, "UZS", 1, {"uzs"}},
    {Type::Money, "VES", 1, {"ves"}},
    {Type::Money, "VND", 1, {"vnd", "₫", "dong", "vietnamese dong"}},
    {Type::Money, "VUV", 1, {"vuv"}},
    {Type::Money, "WST", 1, {"wst"}},
    {Type::Money, "XAF", 1, {"xaf"}},
    {Type::Money, "XCD", 1, {"xcd"}},
    {Type::Money, "XOF", 1, {"xof"}},
    {Type::Money, "XPF", 1, {"xpf"}},
    {Type::Money, "YER", 1, {"yer"}},
    {Type::Money, "ZAR", 1, {"zar", "rand", "south african rand"}},
    {Type::Money, "ZMW", 1, {"zmw"}},
    {Type::Money, "ZWL", 1, {"zwl"}},
    // Minor units: a hundredth of their currency.
    {Type::Money, "cents", 0.01, {"cent", "cents", "¢"}, 0, "$"},
    {Type::Money, "cents", 0.01, {"us cents"}, 0, "USD"},
    {Type::Money, "euro cents", 0.01, {"euro cent", "euro cents"}, 0, "EUR"},
    {Type::Money, "pence", 0.01, {"pence", "penny"}, 0, "GBP"},
    {Type::Money, "kopecks", 0.01, {"kopeck", "kopecks", "kopek", "kopeks"}, 0, "RUB"},
    {Type::Money, "paise", 0.01, {"paise", "paisa"}, 0, "INR"},
};

std::string canonical_unit(Type type, const char* symbol) {
  switch (type) {
    case Type::Length: return "m";
    case Type::Area: return "m2";
    case Type::Mass: return "kg";
    case Type::Volume: return "m3";
    case Type::Energy: return "J";
    case Type::Power: return "W";
    case Type::Speed: return "m/s";
    case Type::Percent: return "%";
    case Type::Temperature: return "°C";
    case Type::Duration: return "d";
    case Type::Flow: return "m3/d";
    case Type::DataSize: return "B";
    case Type::Money: return symbol;
    default: return "";
  }
}

std::vector<UnitSpelling> build_spellings() {
  std::vector<UnitSpelling> out;
  for (const UnitRow& row : kRows) {
    UnitInfo info{row.symbol, canonical_unit(row.type, row.currency ? row.currency : row.symbol),
                  row.factor, row.offset};
    for (const char* spelling : row.spellings) out.push_back({row.type, spelling, info});
  }
  std::stable_sort(out.begin(), out.end(), [](const UnitSpelling& a, const UnitSpelling& b) {
    return a.spelling.size() > b.spelling.size();
  });
  return out;
}

// Compares a spelling with the text at pos, a space in the spelling matching ' ' or '-'.
bool spelled_at(std::string_view text, std::size_t pos, std::string_view spelling) {
  if (pos + spelling.size() > text.size()) return false;
  for (std::size_t i = 0; i < spelling.size(); ++i) {
    const char c = text[pos + i];
    if (spelling[i] == ' ' ? (c != ' ' && c != '-') : c != spelling[i]) return false;
  }
  return true;
}

}  // namespace

const std::vector<UnitSpelling>& unit_spellings() {
  static const std::vector<UnitSpelling> spellings = build_spellings();
  return spellings;
}

// Spellings of each type by first byte, longest first: match_unit runs after every figure.
using SpellingIndex = std::vector<std::array<std::vector<const UnitSpelling*>, 256>>;

const SpellingIndex& spelling_index() {
  static const SpellingIndex index = [] {
    SpellingIndex out(kTypeCount);
    for (const auto& entry : unit_spellings()) {
      const auto first = static_cast<unsigned char>(entry.spelling[0]);
      out[static_cast<std::size_t>(entry.type)][first].push_back(&entry);
    }
    return out;
  }();
  return index;
}

namespace {

// The end of `entry` spelled at pos, on a word boundary when it ends in a letter.
std::optional<std::size_t> unit_end(const UnitSpelling& entry, std::string_view text, std::size_t pos) {
  if (!spelled_at(text, pos, entry.spelling)) return std::nullopt;
  const std::size_t end = pos + entry.spelling.size();
  if (is_word_char(entry.spelling.back()) && !ends_word(text, end)) return std::nullopt;
  return end;
}

// Whether a unit of another type than `type` is spelled at pos and runs past `end`:
// "kilowatt-hours" is energy, so no power reads its "kilowatt" (a value is read whole
// or not at all, docs/rules.md "Value types"); "km/h" is a speed, no length. A flow is
// a volume a period holds, and a volume may be a year's ("38 bcm a year" is the volume
// of an annual capacity; quantity_reader.cc refuses the other periods).
bool longer_unit_of_another_type(Type type, std::string_view text, std::size_t pos, std::size_t end) {
  const auto first = static_cast<unsigned char>(text[pos]);
  for (std::size_t t = 0; t < kTypeCount; ++t) {
    if (t == static_cast<std::size_t>(type)) continue;
    if (type == Type::Volume && t == static_cast<std::size_t>(Type::Flow)) continue;
    for (const UnitSpelling* other : spelling_index()[t][first]) {
      if (pos + other->spelling.size() <= end) break;  // longest first: the rest are no longer
      if (unit_end(*other, text, pos)) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<UnitMatch> match_unit(Type type, std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  const auto first = static_cast<unsigned char>(text[pos]);
  for (const UnitSpelling* candidate : spelling_index()[static_cast<std::size_t>(type)][first]) {
    if (auto end = unit_end(*candidate, text, pos)) {
      if (longer_unit_of_another_type(type, text, pos, *end)) return std::nullopt;
      return UnitMatch{candidate->info, *end};
    }
  }
  return std::nullopt;
}

}  // namespace detail

namespace {

// Rule authors write "KM", "Kilometres" or "USD"; the table is lowercase.
std::string fold_case(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::optional<UnitInfo> find_unit(Type type, std::string_view name) {
  const std::string folded = fold_case(name);
  for (const auto& entry : detail::unit_spellings()) {
    if (entry.type == type && entry.spelling == folded) return entry.info;
  }
  // Case-sensitive symbols ("kWh", "MW") also match as written in the table.
  for (const auto& entry : detail::unit_spellings()) {
    if (entry.type == type && entry.info.symbol == name) return entry.info;
  }
  return std::nullopt;
}

namespace {

constexpr std::string_view kPercentagePoints[] = {"pp", "percentage point", "percentage points", "point", "points",
                                                  "pts"};

}  // namespace

std::optional<UnitInfo> find_tolerance_unit(Type type, std::string_view name) {
  if (type != Type::Percent) return find_unit(type, name);
  // Only points: "within 3 percent" of a percentage would be ambiguous (3% of it, or 3 points?).
  const std::string folded = fold_case(name);
  for (std::string_view spelling : kPercentagePoints) {
    if (folded == spelling) return UnitInfo{"pp", "%", 1, 0};
  }
  return std::nullopt;
}

std::vector<std::string> tolerance_unit_names(Type type) {
  if (type != Type::Percent) return unit_names(type);
  return {std::begin(kPercentagePoints), std::end(kPercentagePoints)};
}

std::vector<std::string> unit_names(Type type) {
  std::vector<std::string> out;
  for (const auto& entry : detail::unit_spellings()) {
    if (entry.type == type) out.push_back(entry.spelling);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace factlint::value
