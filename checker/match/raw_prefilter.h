// The raw-bytes prefilter (issue 10): one multi-pattern scan of a document's
// original bytes decides whether anything in it can matter, before the costly
// stages (Markdown reading, normalization, sentences, tokens, values, quotations).
// A document with no hit is loaded without its text and gives no statement and
// no quotation, exactly as it would have when read (docs/contracts.md, "Documents
// not read").
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/loader.h"

namespace factlint::match {

class Matcher;

// Where compiled prefilter databases are kept between runs (the store: app/
// compiled_cache.h). Hyperscan's compile of 1,000 facts' literals takes about a
// quarter of a second on every run; its serialized bytes load in a millisecond.
class CompiledCache {
 public:
  virtual ~CompiledCache() = default;
  // The bytes saved under `key`, nullopt when none.
  virtual std::optional<std::string> load(const std::string& key) = 0;
  // Saves bytes under `key`; may do nothing (a store that cannot be written).
  virtual void save(const std::string& key, const std::string& bytes) = 0;
};

// Every literal a statement needs, compiled once per rule set into one Hyperscan
// database (Debian libhyperscan-dev): per pattern and cue, the words of one of its
// clauses of certain words (matcher.h certain_words), chosen for the longest
// literals. A stem ("climb*", matched by its inflections and spellings) is searched
// as its first letters, all but the last two (every inflection the stemmer reduces
// to it begins so: "happi" from "happy" reads "hap"), plus its irregular forms
// ("rose" for "rise"). The search ignores ASCII case.
class RawPrefilter {
 public:
  // `quotes`: whether the run reads quotations (then any quotation mark in the raw
  // bytes needs the text too). The matcher need not outlive the prefilter. With a
  // `cache`, the compiled database is loaded from it when saved there under the same
  // literals, Hyperscan version and platform (compiled_database_key), and saved
  // there when compiled; bytes that do not load (damaged, another build's) are
  // compiled again and replaced.
  RawPrefilter(const Matcher& matcher, bool quotes, CompiledCache* cache = nullptr);
  ~RawPrefilter();
  RawPrefilter(const RawPrefilter&) = delete;
  RawPrefilter& operator=(const RawPrefilter&) = delete;

  // Whether a document whose raw body (after front matter) is `body` in `format`
  // ("md", "txt", "html") must be read: true when it may hold a quotation, when it
  // holds one of the literals, when its bytes may hide a word from the search
  // (doc/raw_screen.h raw_may_hide_words), when reading it may warn
  // (raw_may_warn), and always when some pattern has no certain word. False means
  // reading it would give no statement, no quotation and no diagnostic.
  bool needs_text(std::string_view body, std::string_view format) const;
  // Whether the matcher can find a statement in a document that was read (for its
  // quotations, say): false when its raw bytes hold no literal and hide no word,
  // so Matcher::run would return nothing.
  bool may_state_facts(const doc::Document& document) const;
  // needs_text as the loader's gate (doc/loader.h). The prefilter must outlive it.
  doc::BodyGate gate() const;

  // Whether every document is read (a pattern or cue with no certain word, or
  // FACTLINT_PREFILTER=off in the environment: a debugging aid, docs/contracts.md).
  bool reads_everything() const { return everything_; }
  // The literals searched for, lower case, sorted.
  const std::vector<std::string>& literals() const { return literals_; }

 private:
  bool holds_literal(std::string_view body) const;

  struct Database;
  std::unique_ptr<Database> database_;
  std::vector<std::string> literals_;
  bool quotes_ = false;
  bool everything_ = false;
};

// The key a prefilter's compiled database is cached under: its literals (hashed), the
// Hyperscan version and this machine's platform (CPU features and tuning), since a
// database compiled for one does not load on another.
std::string compiled_database_key(const std::vector<std::string>& literals);

// The literals a raw search for one certain word needs ("population" -> itself;
// "rise*" -> "ri", "rose", "risen"); empty when the word cannot be searched as
// ASCII letters and digits (punctuation, "'s", non-ASCII).
std::vector<std::string> literals_of(std::string_view certain_word);

}  // namespace factlint::match
