// What comparing a quotation needs of it (docs/quotes.md): its words, the speaker's
// name, where it is and what kind it is, without its sentence, text and how its
// speaker was found. A large corpus's quotations are held as these until they are
// compared (issue 10); the rest waits in a temporary file (app/quote_book.h), read
// back when its group becomes a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <set>
#include <unordered_set>
#include <vector>

#include "quote/quote.h"
#include "quote/word_table.h"

namespace factlint::quote {

// Strings shared by the cores that hold them: a corpus names a document, a speaker
// and a wording many times over (a wire story's quotation in a thousand papers). A
// wording is held once, as the ids of its words in one table (word_table.h): 4 bytes
// a word, not a string each. Never moved from while cores point into it.
class CoreStrings {
 public:
  const std::string* string(std::string&& s);
  const Wording* words(const std::vector<std::string>& words);
  const std::vector<std::size_t>* gaps(std::vector<std::size_t>&& gaps);

 private:
  struct IdsHash {
    std::size_t operator()(const Wording& w) const;
  };
  struct IdsEqual {
    bool operator()(const Wording& a, const Wording& b) const { return a.ids == b.ids; }
  };
  std::unordered_set<std::string> strings_;
  WordTable table_;
  std::unordered_set<Wording, IdsHash, IdsEqual> wordings_;
  std::set<std::vector<std::size_t>> gaps_;  // few: most quotations have no ellipsis
};

// 64 bytes: a corpus of 1 GB has about two million (issue 10).
struct QuoteCore {
  const std::string* document = nullptr;       // Quote::document
  const Wording* words = nullptr;               // one wording, one pointer: equal pointers, equal words
  const std::vector<std::size_t>* gaps = nullptr;
  const std::string* speaker = nullptr;        // Speaker::name
  const std::string* about = nullptr;
  std::uint64_t rest = 0;  // where the rest of the quotation is kept (app/quote_book.h)
  std::uint32_t begin = 0;  // a document is at most doc::kMaxDocumentBytes (doc/limits.h)
  int line = 0;                                // of the first quoted word, for factlint-ignore
  QuoteKind kind = QuoteKind::Speech;
  bool nested = false;
};

// The core of `q`, its strings moved into `strings`.
QuoteCore core_of(Quote&& q, std::uint64_t rest, CoreStrings& strings);

// The same fields of a quotation and of a core, for code that compares either.
inline const std::string& document_of(const Quote& q) { return q.document; }
inline const std::string& document_of(const QuoteCore& q) { return *q.document; }
inline const std::vector<std::string>& words_of(const Quote& q) { return q.words; }
// A core's words are made from their ids on each call: code that only counts them
// calls word_count.
inline std::vector<std::string> words_of(const QuoteCore& q) { return q.words->words(); }
inline std::size_t word_count(const Quote& q) { return q.words.size(); }
inline std::size_t word_count(const QuoteCore& q) { return q.words->ids.size(); }
inline const std::vector<std::size_t>& gaps_of(const Quote& q) { return q.gaps; }
inline const std::vector<std::size_t>& gaps_of(const QuoteCore& q) { return *q.gaps; }
inline const std::string& speaker_of(const Quote& q) { return q.speaker.name; }
inline const std::string& speaker_of(const QuoteCore& q) { return *q.speaker; }
inline const std::string& about_of(const Quote& q) { return q.about; }
inline const std::string& about_of(const QuoteCore& q) { return *q.about; }
inline int line_of(const Quote& q) { return q.location.line; }
inline int line_of(const QuoteCore& q) { return q.line; }
template <class Q>
bool known_speaker(const Q& q) {
  return !speaker_of(q).empty();
}

}  // namespace factlint::quote
