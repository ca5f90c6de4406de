// Glob patterns over paths, for the documents a user names ('corpus/*.md',
// 'corpus/**/*.html') and the ones `--exclude` leaves out (docs/configuration.md#globs).
#pragma once

#include <string>
#include <string_view>

namespace factlint::doc {

// Whether `text` holds a glob character: '*', '?' or '['.
bool has_glob(std::string_view text);

// Whether `path` matches `pattern`, one '/'-separated segment at a time: '*', '?' and
// '[...]' match within a segment (fnmatch), and a segment '**' matches any number of
// segments, none included. A leading "./" and repeated slashes are ignored on both sides.
//   glob_match("corpus/*.md", "corpus/a.md")        -> true
//   glob_match("corpus/*.md", "corpus/sub/a.md")    -> false
//   glob_match("corpus/**/*.md", "corpus/a.md")     -> true
//   glob_match("**/drafts/**", "corpus/drafts/x.md") -> true
bool glob_match(std::string_view pattern, std::string_view path);

// Whether `path` is excluded by `pattern`: a pattern with a '/' matches the whole path
// (glob_match); one without matches any single segment of it, so "drafts" excludes
// every folder named drafts and "*.txt" every .txt file, wherever they are.
bool excluded_by(std::string_view pattern, std::string_view path);

// The folder a walk for `pattern` starts from: its segments before the first one with
// a glob character ("corpus/2023/*.md" -> "corpus/2023"; "*.md" -> ".").
std::string glob_root(std::string_view pattern);

}  // namespace factlint::doc
