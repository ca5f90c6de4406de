// Writing factlint.decisions.toml (docs/decisions.md#how-factlint-writes-the-file):
// `factlint decide` and `factlint decisions prune` edit the file entry by entry, so
// comments, the editors' order and keys factlint does not know survive, and a diff
// shows only the entries that changed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compare/decision.h"
#include "source/diagnostic.h"

namespace factlint::project {

// The [[decision]] table for `d`, keys in the documented order (finding, kind, value,
// statement, note, author, when), empty ones left out, strings escaped as TOML basic
// strings and `when` as a TOML date. Ends with a newline.
std::string decision_toml(const compare::Decision& d);

// A decisions file as text, cut into blocks: whatever precedes the first table, then
// one block per top-level table, each with the comment lines directly above its
// header. Editing replaces, adds or removes whole [[decision]] blocks; every other
// byte stays as it was, so text() of an unedited file is the file itself.
class DecisionsEditor {
 public:
  // Cuts `text`, the contents of `path` ("" for a file that does not exist yet). After
  // a located error in the sink, nullopt: broken TOML, or decisions not written as
  // [[decision]] tables (an inline array cannot be edited entry by entry).
  static std::optional<DecisionsEditor> parse(const std::string& path, const std::string& text,
                                              source::DiagnosticSink& sink);

  // Rewrites the entry whose [[decision]] header is on `line` (a Decision's
  // anchor.location.line) as `d`. The comments above it and inside it are kept, and so
  // are its keys factlint does not know. False when no entry starts on that line.
  bool replace(int line, const compare::Decision& d);

  // Adds `d` after the entry whose header is on `after_line`, or at the end of the
  // file when that is 0 (or names no entry).
  void add(const compare::Decision& d, int after_line = 0);

  // Removes the entry whose header is on `line`, with the comments above it. False
  // when no entry starts on that line.
  bool remove(int line);

  // The header lines of the [[decision]] entries, in file order.
  std::vector<int> entry_lines() const;

  std::string text() const;

 private:
  struct Block {
    std::string lead;     // comment lines directly above the header
    std::string body;     // the header and everything up to the trailing blank lines
    std::string trail;    // blank lines before the next block
    int line = 0;         // the [[decision]] header's line; 0 for other tables and added entries
    std::vector<std::string> inner_comments;  // whole-line comments inside the body
    std::string unknown_keys;                  // keys factlint does not know, as TOML lines
    bool decision = false;
  };

  std::string preamble_;
  std::vector<Block> blocks_;
  bool removed_ = false;
  bool crlf_ = false;  // every line of the file ended in CRLF: text() writes CRLF too

  std::vector<Block>::iterator find(int line);
  static std::string decision_body(const compare::Decision& d, const Block& old);
};

}  // namespace factlint::project
