// The raw-bytes prefilter: the rule set's literals in one Hyperscan database,
// scanned over a document's original bytes, with doc/raw_screen.h's checks for
// what a literal search could miss.
#include "match/raw_prefilter.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include <fmt/format.h>
#include <hs/hs.h>
#include <xxhash.h>

#include "doc/raw_screen.h"
#include "match/matcher.h"
#include "match/word_forms.h"

namespace factlint::match {

namespace {

bool ascii_alnum(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
}

// How many letters of a stem a word of that stem always begins with: Porter2
// (Snowball "english") rewrites at most the last two ("ability" -> "abl",
// "biliti" -> "ble", "dying" -> "die"), bar the irregular forms listed apart.
constexpr std::size_t kStemLettersRewritten = 2;

// The literals of one clause (a document holding none misses the clause), or
// nothing when a word of it cannot be searched for.
std::vector<std::string> clause_literals(const std::vector<std::string>& clause) {
  std::vector<std::string> out;
  for (const std::string& word : clause) {
    std::vector<std::string> these = literals_of(word);
    if (these.empty()) return {};
    out.insert(out.end(), these.begin(), these.end());
  }
  return out;
}

std::size_t shortest(const std::vector<std::string>& literals) {
  std::size_t n = std::string::npos;
  for (const std::string& l : literals) n = std::min(n, l.size());
  return n;
}

bool disabled_by_environment() {
  const char* value = std::getenv("FACTLINT_PREFILTER");
  return value && std::string_view(value) == "off";
}

struct ScratchDeleter {
  void operator()(hs_scratch_t* s) const { hs_free_scratch(s); }
};

int stop_at_first(unsigned, unsigned long long, unsigned long long, unsigned, void*) { return 1; }

constexpr unsigned kFlags = HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH;

std::string hex_hash(std::string_view bytes) { return fmt::format("{:016x}", XXH3_64bits(bytes.data(), bytes.size())); }

// A cached database as saved: the hash of its serialized bytes, then the bytes, so a
// damaged copy is never handed to Hyperscan (which checks its header, not its body).
std::string cache_entry(const hs_database_t* db) {
  char* bytes = nullptr;
  std::size_t length = 0;
  if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return {};
  std::string body(bytes, length);
  std::free(bytes);
  return hex_hash(body) + body;
}

hs_database_t* from_cache_entry(const std::string& entry) {
  constexpr std::size_t kHash = 16;
  if (entry.size() <= kHash) return nullptr;
  std::string_view body = std::string_view(entry).substr(kHash);
  if (entry.compare(0, kHash, hex_hash(body)) != 0) return nullptr;
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(body.data(), body.size(), &db) != HS_SUCCESS) return nullptr;
  return db;
}

}  // namespace

std::string compiled_database_key(const std::vector<std::string>& literals) {
  hs_platform_info_t platform{};
  hs_populate_platform(&platform);
  std::string text = fmt::format("literals, flags {}, block mode\n", kFlags);
  for (const std::string& l : literals) text += l + '\n';
  return fmt::format("prefilter:{}:{}:{:x}:{}", hs_version(), platform.tune, platform.cpu_features, hex_hash(text));
}

std::vector<std::string> literals_of(std::string_view certain_word) {
  if (certain_word.size() > 1 && certain_word.back() == '*') {
    std::string_view stem = certain_word.substr(0, certain_word.size() - 1);
    // A derivation kept with the stem ("oper+ator") follows the letters a document writes.
    stem = stem.substr(0, stem.find(kDerivationMark));
    if (stem.size() <= kStemLettersRewritten || !ascii_alnum(stem)) return {};
    std::vector<std::string> out{std::string(stem.substr(0, stem.size() - kStemLettersRewritten))};
    for (std::string& form : irregular_forms_with_stem(stem)) {
      if (!ascii_alnum(form)) return {};
      out.push_back(std::move(form));
    }
    return out;
  }
  if (!ascii_alnum(certain_word)) return {};
  return {std::string(certain_word)};
}

struct RawPrefilter::Database {
  hs_database_t* db = nullptr;
  ~Database() { hs_free_database(db); }
};

RawPrefilter::RawPrefilter(const Matcher& matcher, bool quotes, CompiledCache* cache) : quotes_(quotes) {
  everything_ = disabled_by_environment();
  for (const std::vector<std::vector<std::string>>& clauses : matcher.certain_words()) {
    std::vector<std::string> best;
    for (const std::vector<std::string>& clause : clauses) {
      std::vector<std::string> these = clause_literals(clause);
      if (!these.empty() && (best.empty() || shortest(these) > shortest(best))) best = std::move(these);
    }
    if (best.empty()) everything_ = true;  // it may match where no literal is
    literals_.insert(literals_.end(), best.begin(), best.end());
  }
  for (std::string& l : literals_) {
    std::transform(l.begin(), l.end(), l.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; });
  }
  std::sort(literals_.begin(), literals_.end());
  literals_.erase(std::unique(literals_.begin(), literals_.end()), literals_.end());
  if (everything_ || literals_.empty()) return;
  database_ = std::make_unique<Database>();
  std::string key;
  if (cache) {
    key = compiled_database_key(literals_);
    if (std::optional<std::string> entry = cache->load(key)) database_->db = from_cache_entry(*entry);
    if (database_->db) return;
  }
  std::vector<const char*> expressions;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> flags(literals_.size(), kFlags);
  std::vector<unsigned> ids(literals_.size(), 0);
  for (const std::string& l : literals_) {
    expressions.push_back(l.data());
    lengths.push_back(l.size());
  }
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(literals_.size()), HS_MODE_BLOCK, nullptr, &database_->db,
                           &error) != HS_SUCCESS) {
    // Literals of letters and digits always compile; should one not, read everything.
    hs_free_compile_error(error);
    database_.reset();
    everything_ = true;
    return;
  }
  if (cache) {
    std::string entry = cache_entry(database_->db);
    if (!entry.empty()) cache->save(key, entry);
  }
}

RawPrefilter::~RawPrefilter() = default;

bool RawPrefilter::holds_literal(std::string_view body) const {
  if (!database_) return false;
  thread_local std::unique_ptr<hs_scratch_t, ScratchDeleter> scratch;
  hs_scratch_t* s = scratch.release();
  if (hs_alloc_scratch(database_->db, &s) != HS_SUCCESS) return true;  // no memory: read it
  scratch.reset(s);
  hs_error_t result = hs_scan(database_->db, body.data(), static_cast<unsigned>(body.size()), 0, s, stop_at_first,
                              nullptr);
  return result == HS_SCAN_TERMINATED || result != HS_SUCCESS;
}

bool RawPrefilter::needs_text(std::string_view body, std::string_view format) const {
  if (everything_) return true;
  // One pass says whether the body holds a byte the quote and word screens look for;
  // most bodies hold none, and then neither screen walks them (issue 10).
  const bool plain = doc::raw_is_plain(body);
  if (quotes_ && !plain && doc::raw_may_hold_quotes(body)) return true;
  // A literal settles it, and the scan stops at the first (most documents that are
  // read hold one near the top): the screens below walk every line of the body.
  if (holds_literal(body)) return true;
  if (doc::raw_may_warn(body, format)) return true;
  if (literals_.empty()) return false;  // no fact to state, no quotation to read
  if (plain && (format == "md" || format == "txt")) return false;
  return doc::raw_may_hide_words(body, format);
}

bool RawPrefilter::may_state_facts(const doc::Document& document) const {
  if (everything_) return true;
  if (!document.text_read || literals_.empty()) return false;
  // The whole file, front matter too: a literal there only makes the answer safer.
  const std::string& text = document.source.text();
  return holds_literal(text) || doc::raw_may_hide_words(text, doc::document_format(document.path));
}

doc::BodyGate RawPrefilter::gate() const {
  return [this](std::string_view body, std::string_view format) { return needs_text(body, format); };
}

}  // namespace factlint::match
