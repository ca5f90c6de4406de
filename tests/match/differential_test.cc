// Differential test of the NFA runner against a slow, obviously correct reference:
// recursive backtracking over the pattern tree, trying choices in priority order.
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "match/document_index.h"
#include "match/entity_index.h"
#include "match/nfa_runner.h"
#include "match/pattern_compiler.h"
#include "match/vocabulary.h"
#include "rule_builders.h"

namespace factlint::match {
namespace {

using namespace testing;

// Edge rows from (row, edge) pairs, as DocumentIndex stores them.
EdgeTable table_of(int tokens, std::vector<std::pair<int, TokenEdge>> items) {
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  EdgeTable t;
  t.offsets.assign(tokens + 2, 0);
  for (const auto& item : items) {
    ++t.offsets[item.first + 1];
    t.edges.push_back(item.second);
  }
  for (int i = 0; i <= tokens; ++i) t.offsets[i + 1] += t.offsets[i];
  return t;
}

// Count readings made up for the test: every "5" or "7" is one, and "5 7" is a
// second, longer reading at the same start (so a capture has two possible ends).
void add_readings(DocumentIndex& index, const std::vector<std::string>& words) {
  TypedReadings r;
  r.type = value::Type::Count;
  const int n = static_cast<int>(words.size());
  std::vector<std::pair<int, TokenEdge>> fwd;
  std::vector<std::pair<int, TokenEdge>> rev;
  auto add = [&](int b, int e) {
    value::ValueMatch m;
    m.begin = index.tokens[b].begin;
    m.end = index.tokens[e - 1].end;
    int id = static_cast<int>(r.readings.size());
    r.readings.push_back(m);
    fwd.push_back({b, {e, id}});
    rev.push_back({e, {b, id}});
    index.longest_edge = std::max(index.longest_edge, e - b);
  };
  for (int i = 0; i < n; ++i) {
    if (words[i] == "5" && i + 1 < n && words[i + 1] == "7") add(i, i + 2);  // longest first
    if (words[i] == "5" || words[i] == "7") add(i, i + 1);
  }
  r.forward = table_of(n, fwd);
  r.reverse = table_of(n, rev);
  index.typed.push_back(std::move(r));
}

const Node& macro_body(const lang::RuleSet& rules, const std::string& name) {
  for (const lang::MacroDecl& m : rules.macros) {
    if (m.name == name) return m.body;
  }
  static const Node kEmpty;
  return kEmpty;
}

// The reference: calls `k(end, bindings)` for every way `node` matches from `pos`,
// in priority order, until `k` returns true.
class Reference {
 public:
  Reference(const lang::RuleSet& rules, const DocumentIndex& index, const Vocabulary& vocabulary, int n)
      : rules_(rules), index_(index), vocabulary_(vocabulary), n_(n) {}

  using Cont = std::function<bool(int)>;

  bool walk(const Node& node, int pos, const Cont& k) {
    switch (node.kind) {
      case Kind::Word: {
        int at = pos;
        for (std::string_view w : token_texts(node.text)) {
          if (at >= n_ || index_.words[at] != vocabulary_.find(w)) return false;
          ++at;
        }
        return k(at);
      }
      case Kind::Capture: {
        int slot = node.text == "e" ? 0 : node.text == "f" ? 1 : 2;
        const EdgeTable& table = slot < 2 ? index_.entity_forward : index_.typed[0].forward;
        if (pos >= n_) return false;
        for (const TokenEdge* e = table.begin(pos); e != table.end(pos); ++e) {
          Binding saved = bindings[slot];
          bindings[slot] = {pos, e->to, e->payload};
          if (k(e->to)) return true;
          bindings[slot] = saved;
        }
        return false;
      }
      case Kind::Gap:
        for (int len = node.min; len <= node.max && pos + len <= n_; ++len) {
          if (k(pos + len)) return true;
        }
        return false;
      case Kind::Macro:
        return walk(macro_body(rules_, node.text), pos, k);
      case Kind::Sequence:
        return walk_seq(node, 0, pos, k);
      case Kind::Alternation:
        for (const Node& child : node.children) {
          if (walk(child, pos, k)) return true;
        }
        return false;
      case Kind::Optional:
        if (walk(node.children[0], pos, k)) return true;
        return k(pos);
    }
    return false;
  }

  bool walk_seq(const Node& seq, std::size_t i, int pos, const Cont& k) {
    if (i == seq.children.size()) return k(pos);
    return walk(seq.children[i], pos, [&](int p) { return walk_seq(seq, i + 1, p, k); });
  }

  Binding bindings[3];

 private:
  const lang::RuleSet& rules_;
  const DocumentIndex& index_;
  const Vocabulary& vocabulary_;
  int n_;
};

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  std::vector<std::string> sentence() {
    static const char* kWords[] = {"a", "b", "c", "d", "x", "y", "5", "7"};
    std::vector<std::string> out(pick(13));
    for (auto& w : out) w = kWords[pick(8)];
    return out;
  }

  Node pattern(int depth) {
    std::vector<Node> items;
    int count = 1 + pick(depth == 0 ? 5 : 3);
    for (int i = 0; i < count; ++i) items.push_back(item(depth));
    return seq(std::move(items));
  }

 private:
  Node item(int depth) {
    int choice = pick(depth >= 2 ? 4 : 7);
    switch (choice) {
      case 0: case 1: {
        static const char* kWords[] = {"a", "b", "c", "d", "a b", "x"};
        return word(kWords[pick(6)]);
      }
      case 2: {
        static const char* kRoles[] = {"e", "f", "v"};
        return cap(kRoles[pick(3)]);
      }
      case 3: {
        int min = pick(3);
        return gap(min, min + pick(3));
      }
      case 4: {
        Node n = pattern(depth + 1);
        return opt(n.children);
      }
      case 5: {
        std::vector<std::vector<Node>> alternatives(2 + pick(2));
        for (auto& a : alternatives) a = pattern(depth + 1).children;
        return alt(std::move(alternatives));
      }
      default:
        return macro("m");
    }
  }

  std::mt19937 rng_;
};

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

TEST_CASE("the NFA runner finds the same longest matches and captures as a backtracking reference", "[match]") {
  lang::RuleSet rules;
  rules.entities.push_back(entity("X", {"x", "x y"}));
  rules.entities.push_back(entity("Y", {"y", "b c d"}));
  lang::MacroDecl m;
  m.name = "m";
  m.body = seq({alt({{word("a")}, {word("b"), word("c")}})});
  rules.macros.push_back(m);
  lang::FactDecl f = fact("f", {"e", "f"}, "v", "count", {});

  Vocabulary vocabulary;
  EntityIndex entities(rules, vocabulary);
  for (const char* w : {"a", "b", "c", "d", "x", "y", "5", "7"}) vocabulary.intern(w);
  Generator gen(20261123);
  NfaRunner runner;
  MatchStats stats;
  int matches = 0;
  int bound = 0;
  for (int round = 0; round < 4000; ++round) {
    Node pattern = gen.pattern(0);
    std::vector<std::string> words = gen.sentence();
    doc::Document document = plain_document({join(words)});
    DocumentIndex index(document, vocabulary, entities, {});
    add_readings(index, words);
    const int n = static_cast<int>(index.tokens.size());
    REQUIRE(n == static_cast<int>(words.size()));

    CompiledPattern compiled{compile_pattern(pattern, f, rules, vocabulary, false),
                             compile_pattern(pattern, f, rules, vocabulary, true)};
    std::vector<TokenMatch> got = n > 0 ? runner.longest_matches(compiled, index, 0, n, 0, n, stats)
                                        : std::vector<TokenMatch>{};

    // The compiler drops gaps that may be empty at the pattern's ends; so does the reference.
    Node trimmed = pattern;
    auto edge_gap = [](const Node& node) { return node.kind == Kind::Gap && node.min == 0; };
    while (!trimmed.children.empty() && edge_gap(trimmed.children.front())) {
      trimmed.children.erase(trimmed.children.begin());
    }
    while (!trimmed.children.empty() && edge_gap(trimmed.children.back())) trimmed.children.pop_back();
    pattern = trimmed;

    Reference ref(rules, index, vocabulary, n);
    std::vector<TokenMatch> want;
    for (int s = 0; s < n; ++s) {
      int longest = -1;
      ref.walk(pattern, s, [&](int end) {
        longest = std::max(longest, end);
        return false;
      });
      if (longest > s) want.push_back({s, longest});
    }
    CAPTURE(round, join(words));
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      CAPTURE(i);
      REQUIRE(got[i].begin == want[i].begin);
      REQUIRE(got[i].end == want[i].end);

      // The captures of the first path, in priority order, that ends there.
      Reference first(rules, index, vocabulary, n);
      Binding expected[3];
      first.walk(pattern, want[i].begin, [&](int end) {
        if (end != want[i].end) return false;
        for (int k = 0; k < 3; ++k) expected[k] = first.bindings[k];
        return true;
      });
      auto bindings = runner.bind(compiled, index, got[i], stats);
      REQUIRE(bindings);
      for (int k = 0; k < 3; ++k) {
        CAPTURE(k);
        CHECK((*bindings)[k].begin == expected[k].begin);
        CHECK((*bindings)[k].end == expected[k].end);
        CHECK((*bindings)[k].payload == expected[k].payload);
        if (expected[k].bound()) ++bound;
      }
      ++matches;
    }
  }
  // The generator must exercise the interesting cases, not just empty results.
  CHECK(matches > 2000);
  CHECK(bound > 500);
}

}  // namespace
}  // namespace factlint::match

