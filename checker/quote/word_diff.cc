// LCS word diff and contiguous-part search. Quotes are short (tens of words), so the
// quadratic table is cheap; the cross-document matching decides which pairs get here.
#include "quote/word_diff.h"

#include <algorithm>
#include <utility>

#include "match/word_forms.h"
#include "quote/quote_words.h"

namespace factlint::quote {

namespace {

std::vector<std::vector<std::size_t>> lcs_table(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::vector<std::size_t>> t(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
    }
  }
  return t;
}

void push(std::vector<DiffOp>& ops, DiffOp::Kind kind, const std::string& word) {
  if (!ops.empty() && ops.back().kind == kind) {
    ops.back().words += " " + word;
  } else {
    ops.push_back({kind, word});
  }
}

// Where `run` occurs contiguously in `whole` at or after `from`; npos when it does not.
std::size_t find_run(const std::vector<std::string>& whole, const std::vector<std::string>& run, std::size_t from) {
  if (run.empty()) return from;
  if (run.size() > whole.size()) return std::string::npos;
  for (std::size_t i = from; i + run.size() <= whole.size(); ++i) {
    if (std::equal(run.begin(), run.end(), whole.begin() + static_cast<std::ptrdiff_t>(i))) return i;
  }
  return std::string::npos;
}

}  // namespace

std::vector<std::string> spelling_keys(const std::vector<std::string>& words) {
  std::vector<std::string> keys;
  keys.reserve(words.size());
  for (const std::string& word : words) {
    std::string key = word;
    for (std::string& twin : match::spelling_variants(word)) key = std::min(key, twin);
    keys.push_back(std::move(key));
  }
  return keys;
}

bool same_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return a == b || (a.size() == b.size() && spelling_keys(a) == spelling_keys(b));
}

std::vector<DiffOp> word_diff(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const std::vector<std::string> ka = spelling_keys(a), kb = spelling_keys(b);
  auto t = lcs_table(ka, kb);
  std::vector<DiffOp> ops;
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && ka[i] == kb[j]) {
      push(ops, DiffOp::Kind::Same, a[i]);
      ++i, ++j;
    } else if (j < b.size() && (i == a.size() || t[i][j + 1] >= t[i + 1][j])) {
      push(ops, DiffOp::Kind::Added, b[j++]);
    } else {
      push(ops, DiffOp::Kind::Removed, a[i++]);
    }
  }
  // Removed before added reads as a replacement: "will -> shall".
  for (std::size_t k = 0; k + 1 < ops.size(); ++k) {
    if (ops[k].kind == DiffOp::Kind::Added && ops[k + 1].kind == DiffOp::Kind::Removed) std::swap(ops[k], ops[k + 1]);
  }
  return ops;
}

std::string describe_changes(const std::vector<DiffOp>& ops) {
  std::string out;
  auto add = [&](const std::string& piece) { out += (out.empty() ? "" : ", ") + piece; };
  for (std::size_t k = 0; k < ops.size(); ++k) {
    const DiffOp& op = ops[k];
    if (op.kind == DiffOp::Kind::Removed && k + 1 < ops.size() && ops[k + 1].kind == DiffOp::Kind::Added) {
      add("'" + op.words + "' -> '" + ops[k + 1].words + "'");
      ++k;
    } else if (op.kind == DiffOp::Kind::Removed) {
      add("-'" + op.words + "'");
    } else if (op.kind == DiffOp::Kind::Added) {
      add("+'" + op.words + "'");
    }
  }
  return out;
}

std::size_t common_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return lcs_table(spelling_keys(a), spelling_keys(b))[0][0];
}

std::size_t common_words(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  // Only the length is wanted: two rows of the table, not all of it.
  std::vector<std::size_t> next(b.size() + 1, 0), row(b.size() + 1, 0);
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) row[j] = a[i] == b[j] ? next[j + 1] + 1 : std::max(next[j], row[j + 1]);
    std::swap(row, next);
  }
  return next[0];
}

std::optional<Cut> find_cut(const std::vector<std::string>& whole, const std::vector<std::string>& part,
                            const std::vector<std::size_t>& gaps) {
  if (part.empty() || part.size() > whole.size()) return std::nullopt;
  const std::vector<std::string> whole_keys = spelling_keys(whole), part_keys = spelling_keys(part);
  std::vector<std::size_t> bounds = {0};
  for (std::size_t g : gaps) {
    if (g > bounds.back() && g < part.size()) bounds.push_back(g);
  }
  bounds.push_back(part.size());
  // Greedy leftmost placement of each run; quotes rarely repeat a run, and a
  // repeated one placed leftmost still proves the part is cut from the whole.
  Cut cut;
  std::size_t from = 0, first = std::string::npos;
  for (std::size_t r = 0; r + 1 < bounds.size(); ++r) {
    std::vector<std::string> run(part_keys.begin() + static_cast<std::ptrdiff_t>(bounds[r]),
                                 part_keys.begin() + static_cast<std::ptrdiff_t>(bounds[r + 1]));
    std::size_t at = find_run(whole_keys, run, from);
    if (at == std::string::npos) return std::nullopt;
    if (r == 0) {
      first = at;
    } else if (at > from) {
      cut.elided += (cut.elided.empty() ? "" : "; ") + joined(whole, from, at);
    } else {
      return std::nullopt;  // an ellipsis must stand for something left out
    }
    from = at + run.size();
  }
  cut.before = joined(whole, 0, first);
  cut.after = joined(whole, from, whole.size());
  return cut;
}

std::string describe_cut(const Cut& cut) {
  std::string out;
  auto add = [&](const char* where, const std::string& words) {
    if (!words.empty()) out += (out.empty() ? "drops '" : "; drops '") + words + "' " + where;
  };
  add("at the start", cut.before);
  add("in the middle", cut.elided);
  add("at the end", cut.after);
  return out;
}

}  // namespace factlint::quote
