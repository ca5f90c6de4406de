// The canonical dump of a rule set (see dump.h).
#include "lang/dump.h"

#include <cstdio>

namespace factlint::lang {

namespace {

std::string quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Values print bare when they would read back the same, else quoted.
std::string value(const std::string& text) {
  if (text.empty()) return quote(text);
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '"' || c == '#' || c == '}' || c == ';' || c == '{') return quote(text);
  }
  return text;
}

std::string word(const std::string& text) {
  // `gap` and `unless` are keywords in a pattern: quoted, they are words.
  bool plain = !text.empty() && text != "gap" && text != "unless";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (!(std::isalnum(u) || u >= 0x80 || c == '\'' || c == '-' || c == '.' || c == '_')) plain = false;
  }
  if (!text.empty() && (text[0] == '-' || text[0] == '.' || text[0] == '_')) plain = false;
  return plain ? text : quote(text);
}

std::string number(double amount) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", amount);
  return buffer;
}

std::string join(const std::vector<PatternNode>& nodes, const char* separator) {
  std::string out;
  for (const PatternNode& n : nodes) {
    if (!out.empty()) out += separator;
    out += n.kind == PatternNode::Kind::Sequence && separator[1] == '|' ? join(n.children, " ") : dump(n);
  }
  return out;
}

std::string compare(const CompareSpec& c) {
  switch (c.kind) {
    case CompareSpec::Kind::Exact: return "exact";
    case CompareSpec::Kind::WithinPercent: return "within " + number(c.amount) + "%";
    case CompareSpec::Kind::WithinUnit: return "within " + number(c.amount) + " " + c.unit;
    case CompareSpec::Kind::Overlap: return "overlap";
    case CompareSpec::Kind::Start: return "start";
    case CompareSpec::Kind::End: return "end";
    case CompareSpec::Kind::Increasing: return "increasing";
    case CompareSpec::Kind::Identical: return "identical";
  }
  return "exact";
}

}  // namespace

std::string dump(const RoleDecl& r) {
  std::string out = r.name + ": " + (r.only.empty() ? r.type : r.only) + (r.fallback.empty() ? "" : " = " + r.fallback);
  for (std::size_t i = 0; i < r.excluded.size(); ++i) out += (i == 0 ? " not " : " | ") + r.excluded[i];
  return out;
}

namespace {

// ` => service=LeShuttle_Freight` after a pattern or cue line's words.
std::string fixes(const Pattern& p) {
  std::string out;
  for (std::size_t i = 0; i < p.fixes.size(); ++i) {
    out += (i ? " " : " => ") + p.fixes[i].role + "=" + value(p.fixes[i].entity);
  }
  return out;
}

}  // namespace

std::string dump(const PatternNode& node) {
  using Kind = PatternNode::Kind;
  switch (node.kind) {
    case Kind::Word: return word(node.text);
    case Kind::Capture: return "{" + node.text + "}";
    case Kind::Gap: return "gap " + std::to_string(node.min) + ".." + std::to_string(node.max);
    case Kind::Macro: return "@" + node.text;
    case Kind::Sequence: return "(" + join(node.children, " ") + ")";
    case Kind::Alternation: return "(" + join(node.children, " | ") + ")";
    case Kind::Optional: {
      if (node.children.empty()) return "()?";
      const PatternNode& child = node.children[0];
      return dump(child) + "?";
    }
  }
  return "";
}

std::string dump(const RuleSet& rules) {
  std::string out;
  for (const EntityDecl& e : rules.entities) {
    out += (e.ignored ? "ignore entity " : "entity ") + e.name + " =";
    for (std::size_t i = 0; i < e.aliases.size(); ++i) out += (i ? ", " : " ") + quote(e.aliases[i]);
    for (std::size_t i = 0; i < e.ignored_for.size(); ++i) out += (i ? ", " : " for ") + e.ignored_for[i];
    out += "\n";
  }
  for (const KindDecl& k : rules.kinds) {
    out += "kind " + k.name + " =";
    for (std::size_t i = 0; i < k.nouns.size(); ++i) out += (i ? ", " : " ") + quote(k.nouns[i]);
    out += "\n";
  }
  for (const MacroDecl& m : rules.macros) {
    out += "macro " + m.name + " = " + join(m.body.children, " ") + "\n";
  }
  for (const FactDecl& f : rules.facts) {
    out += "fact " + f.name + "(";
    for (std::size_t i = 0; i < f.roles.size(); ++i) out += (i ? ", " : "") + dump(f.roles[i]);
    out += ") -> " + dump(f.value) + (f.per.empty() ? "" : " per " + f.per_unit) + "\n";
    if (f.symmetric) out += "  symmetric\n";
    if (f.count_ordinals) out += "  count ordinals\n";
    if (f.plans) out += "  plans\n";
    if (f.current_only) out += "  current only\n";
    if (!f.scope.empty()) out += "  scope per " + f.scope + "\n";
    out += "  compare " + compare(f.compare) + "\n";
    out += "  severity " + f.severity + "\n";
    if (!f.ton.empty()) out += "  ton " + f.ton + "\n";
    for (const value::BareCurrency& bare : value::bare_currencies()) {
      const std::string& code = f.currency.*bare.code;
      if (!code.empty()) out += "  " + std::string(bare.name) + " " + code + "\n";
    }
    if (!f.currencies.empty()) {
      out += "  currency";
      for (const std::string& code : f.currencies) out += " " + code;
      out += "\n";
    }
    if (f.values.set) out += "  values " + f.values_text + "\n";
    if (!f.split.empty()) out += "  split " + f.split + "\n";
    if (!f.fiscal_end.empty()) out += "  fiscal year ends " + f.fiscal_end + "\n";
    if (!f.range_end.empty()) out += "  range " + f.range_end + "\n";
    if (f.duration_from_dates) out += "  duration from dates\n";
    out += "  priority " + std::to_string(f.priority) + "\n";
    out += "  window " + std::to_string(f.window) + "\n";
    if (!f.context_roles.empty()) {
      out += "  resolve";
      for (std::size_t i = 0; i < f.context_roles.size(); ++i) out += (i ? ", " : " ") + f.context_roles[i];
      out += " from context\n";
    }
    for (const Pattern& p : f.patterns) {
      out += "  pattern " + join(p.root.children, " ");
      if (!p.unless.children.empty()) out += " unless " + join(p.unless.children, " ");
      out += fixes(p) + "\n";
    }
    for (const Pattern& p : f.cues) out += "  cue " + join(p.root.children, " ") + fixes(p) + "\n";
    for (const Pattern& p : f.vetoes) out += "  unless " + join(p.root.children, " ") + "\n";
    for (const Pattern& p : f.negatives) out += "  negative " + join(p.root.children, " ") + "\n";
    for (const Pattern& p : f.allowed) out += "  allow " + join(p.root.children, " ") + "\n";
    for (const Pattern& p : f.required) out += "  require " + join(p.root.children, " ") + "\n";
    for (const Example& ex : f.examples) {
      out += std::string("  ") + (ex.counter ? "counterexample " : "example ") + quote(ex.text);
      if (!ex.expected.empty()) out += " =>";
      for (const auto& [r, v] : ex.expected) out += " " + r + "=" + value(v);
      out += "\n";
    }
    for (const KnownValue& k : f.known) {
      out += "  known";
      for (const auto& [r, v] : k.roles) out += " " + r + "=" + value(v);
      out += " " + f.value.name + "=" + value(k.value_text);
      if (!k.year.empty()) out += " in " + k.year;
      if (!k.note.empty()) out += " source " + quote(k.note);
      out += "\n";
    }
  }
  for (const QuoteDecl& q : rules.quotes) {
    out += "quote " + q.name + "\n  speaker " + q.speaker + "\n";
    if (!q.about.empty()) out += "  about " + q.about + "\n";
    out += "  text " + quote(q.text) + "\n";
  }
  return out;
}

}  // namespace factlint::lang
