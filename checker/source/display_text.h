// Text written by others (documents, rule files, file names), made safe to print to a
// terminal, a CI log or a report file. Every writer of human-readable output uses it;
// docs/limits.md states the guarantee.
#pragma once

#include <string>
#include <string_view>

namespace factlint::source {

// `text` as one printable line: control characters (C0, DEL, C1) and the Unicode
// controls that reorder or hide text (bidi overrides and isolates) become visible
// escapes ("\n", "\x1b", "\u202e"), and invalid UTF-8 becomes U+FFFD. Everything
// else is kept as written. Examples: "a\x1b[2Jb" -> "a\x1b[2Jb" (escaped, not a
// terminal command); "ok" -> "ok".
std::string printable(std::string_view text);

// Same, for text of several lines: newlines and tabs are kept, nothing else changes
// from printable(). For output that carries no escapes of its own (no colour).
std::string printable_lines(std::string_view text);

// Where an excerpt ends: after `max_code_points` code points, or after the last whole
// word when one ends in their second half (a title: "China and Russia: Exploring…").
enum class ExcerptCut { AtCodePoint, AtWord };

// Same as printable(), but at most `max_code_points` code points of `text`, with "…" where text
// was left out, so a 50 MB sentence never floods a log.
std::string printable_excerpt(std::string_view text, std::size_t max_code_points,
                              ExcerptCut cut = ExcerptCut::AtCodePoint);

// How one output medium writes the two workflow-command markers harmlessly.
struct CommandBreak {
  std::string_view line_colons;  // replaces "::" at the start of a line (after blanks)
  std::string_view hash_bracket;  // replaces "##[" anywhere
};
inline constexpr CommandBreak kPlainBreak{"\\::", "##\\["};        // text, Markdown: backslash escapes
inline constexpr CommandBreak kXmlBreak{"&#58;:", "##&#91;"};          // character references
inline constexpr CommandBreak kJsonBreak{"::", "#\\u0023["};         // "##[" occurs only inside strings

// Multi-line output with no line that a CI runner would execute as a workflow command
// (GitHub's runner trims blanks, then looks for "::"; its older syntax is "##[" anywhere
// in a line), written the way `how` says. Output that means to give commands (the
// GitHub format) is not passed through here.
std::string break_workflow_commands(std::string_view text, const CommandBreak& how = kPlainBreak);

}  // namespace factlint::source
