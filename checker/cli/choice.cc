// The closed-list flag validator.
#include "cli/choice.h"

#include <algorithm>

#include "source/diagnostic.h"
#include "source/display_text.h"

namespace factlint::cli {

CLI::Validator one_of(std::vector<std::string> words) {
  std::string listed;
  for (const std::string& w : words) listed += (listed.empty() ? "" : ",") + w;
  return CLI::Validator(
      [words](std::string& given) -> std::string {
        if (std::find(words.begin(), words.end(), given) != words.end()) return "";
        std::string list;
        for (const std::string& w : words) list += (list.empty() ? "" : ", ") + w;
        return "'" + source::printable(given) + "' is not one of " + list +
               source::suggestion(source::did_you_mean(given, words));
      },
      "{" + listed + "}");
}

}  // namespace factlint::cli
