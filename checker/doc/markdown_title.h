// A Markdown document's title when its front matter gives none: the level-1 heading
// its body opens with ("# Metro line opens at last", or a line underlined with '==='),
// as most Markdown archives without front matter title their documents
// (docs/configuration.md "A document's title, publisher, date and URL").
#pragma once

#include <string>
#include <string_view>

namespace factlint::doc {

// The text of the level-1 heading that opens `body` (blank lines may come first), with
// its '#' marks, emphasis markers and link targets taken off; "" when the body opens
// with anything else. Example: "\n# The *new* line #\nText." -> "The new line".
std::string markdown_title(std::string_view body);

}  // namespace factlint::doc
