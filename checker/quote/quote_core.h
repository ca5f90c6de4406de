// What comparing a quotation needs of it (docs/quotes.md): its words, the speaker's
// name, where it is and what kind it is, without its sentence, text and how its
// speaker was found. A large corpus's quotations are held as these until they are
// compared (issue 10); the rest waits in a temporary file (app/quote_book.h), read
// back when its group becomes a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "quote/quote.h"
#include "quote/word_table.h"

namespace factlint::quote {

class CoreStrings;

// How a quotation is given: who says it and about what (ids of CoreStrings::name),
// where it was cut, what kind it is. A corpus has few of these, held once each.
struct Framing {
  std::uint32_t speaker = 0;  // Speaker::name
  std::uint32_t about = 0;
  const std::vector<std::size_t>* gaps = nullptr;  // interned
  QuoteKind kind = QuoteKind::Speech;
  bool nested = false;
};

// A wording as cores hold it: its words' ids, and the strings that name the rest of
// every core holding it, so a core needs no pointer of its own to them.
struct CoreWording : Wording {
  const CoreStrings* strings = nullptr;
};

// Strings shared by the cores that hold them: a corpus names a document, a speaker
// and a wording many times over (a wire story's quotation in a thousand papers). A
// wording is held once, as the ids of its words in one table (word_table.h): 4 bytes
// a word, not a string each. Never moved from while cores point into it.
class CoreStrings {
 public:
  CoreStrings() = default;
  CoreStrings(const CoreStrings&) = delete;
  CoreStrings& operator=(const CoreStrings&) = delete;

  // The id of a document's path. A document's quotations come together, so a path is
  // kept once for a run of calls with it, without a table of every path.
  std::uint32_t document(std::string&& path);
  const CoreWording* words(const std::vector<std::string>& words);
  std::uint32_t framing(std::string&& speaker, std::string&& about, std::vector<std::size_t>&& gaps, QuoteKind kind,
                        bool nested);

  const std::string& document_path(std::uint32_t id) const { return documents_[id]; }
  const Framing& framing_of(std::uint32_t id) const { return framings_[id]; }
  const std::string& name(std::uint32_t id) const { return names_.text(id); }

 private:
  struct IdsHash {
    std::size_t operator()(const CoreWording& w) const;
  };
  struct IdsEqual {
    bool operator()(const CoreWording& a, const CoreWording& b) const { return a.ids == b.ids; }
  };
  std::deque<std::string> documents_;
  WordTable names_;  // speakers and what quotations are about
  WordTable table_;  // words
  std::unordered_set<CoreWording, IdsHash, IdsEqual> wordings_;
  std::set<std::vector<std::size_t>> gaps_;  // few: most quotations have no ellipsis
  std::deque<Framing> framings_;
  std::map<std::tuple<std::uint32_t, std::uint32_t, const void*, QuoteKind, bool>, std::uint32_t> framing_ids_;
};

// 32 bytes: a corpus of 1 GB has about two million (issue 10). What a corpus
// repeats is named by ids the wording's strings resolve.
struct QuoteCore {
  const CoreWording* words = nullptr;  // never null; one wording, one pointer: equal pointers, equal words
  std::uint64_t rest = 0;              // where the rest of the quotation is kept (app/quote_book.h)
  std::uint32_t document = 0;          // CoreStrings::document_path
  std::uint32_t framing = 0;           // CoreStrings::framing_of
  std::uint32_t begin = 0;             // a document is at most doc::kMaxDocumentBytes (doc/limits.h)
  int line = 0;                        // of the first quoted word, for factlint-ignore
};

// The core of `q`, its strings moved into `strings`.
QuoteCore core_of(Quote&& q, std::uint64_t rest, CoreStrings& strings);

// The same fields of a quotation and of a core, for code that compares either.
inline const Framing& framing_of(const QuoteCore& q) { return q.words->strings->framing_of(q.framing); }
inline const std::string& document_of(const Quote& q) { return q.document; }
inline const std::string& document_of(const QuoteCore& q) { return q.words->strings->document_path(q.document); }
inline const std::vector<std::string>& words_of(const Quote& q) { return q.words; }
// A core's words are made from their ids on each call: code that only counts them
// calls word_count.
inline std::vector<std::string> words_of(const QuoteCore& q) { return q.words->words(); }
inline std::size_t word_count(const Quote& q) { return q.words.size(); }
inline std::size_t word_count(const QuoteCore& q) { return q.words->ids.size(); }
inline const std::vector<std::size_t>& gaps_of(const Quote& q) { return q.gaps; }
inline const std::vector<std::size_t>& gaps_of(const QuoteCore& q) { return *framing_of(q).gaps; }
inline const std::string& speaker_of(const Quote& q) { return q.speaker.name; }
inline const std::string& speaker_of(const QuoteCore& q) { return q.words->strings->name(framing_of(q).speaker); }
inline const std::string& about_of(const Quote& q) { return q.about; }
inline const std::string& about_of(const QuoteCore& q) { return q.words->strings->name(framing_of(q).about); }
inline QuoteKind kind_of(const Quote& q) { return q.kind; }
inline QuoteKind kind_of(const QuoteCore& q) { return framing_of(q).kind; }
inline bool nested_of(const Quote& q) { return q.nested; }
inline bool nested_of(const QuoteCore& q) { return framing_of(q).nested; }
inline int line_of(const Quote& q) { return q.location.line; }
inline int line_of(const QuoteCore& q) { return q.line; }
template <class Q>
bool known_speaker(const Q& q) {
  return !speaker_of(q).empty();
}

}  // namespace factlint::quote
