// Reading rule files: directories, `include`s (relative to the including file,
// cycles reported), `entities from` tables; then the grammar and the checks.
#include "lang/parse.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "lang/check.h"
#include "lang/rule_file_parser.h"
#include "lang/value_bounds.h"
#include "lang/written_value.h"
#include "source/diagnostic.h"
#include "value/per_unit.h"
#include "value/units.h"
#include "value/value_type.h"

namespace factlint::lang {

namespace {

namespace fs = std::filesystem;

bool read_file(const fs::path& path, std::string& text) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return static_cast<bool>(in) || in.eof();
}

std::string canonical_key(const fs::path& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(path, ec);
  return ec ? path.lexically_normal().string() : p.string();
}

bool is_identifier(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 0 && std::isalnum(static_cast<unsigned char>(c))) || c == '_';
  });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A file a rule author meant as rules but named so a folder's scan skips it:
// "x.fact", "x.FACTS", "x.facts.txt" (an editor's added extension).
bool looks_like_rule_file(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".fact" || (ext == ".facts" && path.extension() != ".facts")) return true;
  return path.stem().extension() == ".facts";
}

// "fleet.fact" -> "fleet.facts", "fleet.facts.txt" -> "fleet.facts", "fleet" -> "fleet.facts".
std::string facts_name(const fs::path& path) {
  fs::path name = path.filename();
  if (name.stem().extension() == ".facts") return name.stem().string();
  return name.replace_extension(".facts").string();
}

// A file of another name whose first line that is not blank or a comment starts a
// declaration ("fact", "entity", ...): rules saved as "fleet.rules", "fleet.factz" or
// "fleet". Entity lists and notes in the folder start otherwise.
bool reads_like_rules(const fs::path& path) {
  // Notes beside the rules: a Markdown heading is a '#' line too.
  const std::string ext = path.extension().string();
  if (ext == ".md" || ext == ".markdown") return false;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  for (int lines = 0; lines < 50 && std::getline(in, line); ++lines) {
    const auto start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '#') continue;
    const std::string word = line.substr(start, line.find_first_of(" \t\r(", start) - start);
    for (const char* keyword : {"fact", "entity", "entities", "macro", "include", "quote", "ignore"}) {
      if (word == keyword) return true;
    }
    return false;
  }
  return false;
}

// Loads rule files into one RuleSet, each file once, following references.
class Loader {
 public:
  Loader(RuleSet& rules, source::DiagnosticSink& sink) : rules_(rules), sink_(sink) {}

  void load_path(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> found;
      std::vector<fs::path> misnamed;
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        if (it->path().extension() == ".facts") {
          found.push_back(it->path());
        } else if (looks_like_rule_file(it->path()) || reads_like_rules(it->path())) {
          misnamed.push_back(it->path());
        }
      }
      std::sort(found.begin(), found.end());
      std::sort(misnamed.begin(), misnamed.end());
      // A rule file that is not read would leave its facts unchecked without a word.
      for (const fs::path& p : misnamed) {
        sink_.file_warning(p.lexically_normal().string(),
                           "not read: rule files end in '.facts' (rename it to '" + facts_name(p) + "')");
      }
      // An error, not a warning: a check with no rules checks nothing and would pass.
      if (found.empty()) sink_.file_error(path, "no rule files ('*.facts') in this directory: nothing would be checked");
      for (const fs::path& p : found) load_file(p, Span{});
      return;
    }
    load_file(path, Span{});
  }

  // "; did you mean 'rules'?" for a missing path whose folder holds a near name (a
  // folder or a rule file): `--rules rule/` said only that it could not be read.
  static std::string nearby_hint(const fs::path& path) {
    std::error_code ec;
    if (fs::exists(path, ec)) return "";
    fs::path name = path.filename().empty() ? path.parent_path().filename() : path.filename();
    fs::path folder = path.filename().empty() ? path.parent_path().parent_path() : path.parent_path();
    std::vector<std::string> near;
    for (fs::directory_iterator it(folder.empty() ? fs::path(".") : folder, ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->is_directory(ec) || it->path().extension() == ".facts") near.push_back(it->path().filename().string());
    }
    const std::string hint = source::did_you_mean(name.string(), near);
    return hint.empty() ? "" : source::suggestion((folder / hint).string());
  }

  void load_file(const fs::path& path, const Span& from) {
    std::string key = canonical_key(path);
    if (std::find(stack_.begin(), stack_.end(), key) != stack_.end()) {
      sink_.error(from, "include cycle: '" + path.lexically_normal().string() + "' is already being read");
      return;
    }
    if (!loaded_.insert(key).second) return;
    std::string text;
    if (!read_file(path, text)) {
      if (from.file) {
        sink_.error(from, "cannot read rule file '" + path.lexically_normal().string() + "'");
      } else {
        sink_.file_error(path.string(), "cannot read rule file (missing or not a regular file)" + nearby_hint(path));
      }
      return;
    }
    load_text(path.lexically_normal().string(), std::move(text));
  }

  void load_text(const std::string& path, std::string text) {
    rules_.files.push_back(std::make_unique<source::SourceFile>(path, std::move(text)));
    const source::SourceFile& file = *rules_.files.back();
    stack_.push_back(canonical_key(path));
    loaded_.insert(stack_.back());
    ParsedFile parsed = parse_rule_file(file, sink_);
    fs::path dir = fs::path(path).parent_path();
    // Referenced files come first, so a redeclaration in this file is the one reported.
    for (const FileReference& ref : parsed.includes) load_file(dir / ref.path, ref.span);
    for (const FileReference& ref : parsed.entity_files) load_entity_table(dir / ref.path, ref.span);
    std::move(parsed.entities.begin(), parsed.entities.end(), std::back_inserter(rules_.entities));
    std::move(parsed.kinds.begin(), parsed.kinds.end(), std::back_inserter(rules_.kinds));
    std::move(parsed.macros.begin(), parsed.macros.end(), std::back_inserter(rules_.macros));
    std::move(parsed.facts.begin(), parsed.facts.end(), std::back_inserter(rules_.facts));
    std::move(parsed.quotes.begin(), parsed.quotes.end(), std::back_inserter(rules_.quotes));
    unparsed_.entities.merge(parsed.unparsed.entities);
    unparsed_.entity_kinds.merge(parsed.unparsed.entity_kinds);
    unparsed_.macros.merge(parsed.unparsed.macros);
    unparsed_.incomplete_facts.merge(parsed.unparsed.incomplete_facts);
    stack_.pop_back();
  }

  // What the declarations that did not parse named, in every file read.
  const UnparsedNames& unparsed() const { return unparsed_; }

 private:
  // `Name<TAB>alias<TAB>alias` a line; `#` comments and blank lines are skipped; a
  // name with no aliases is its own alias.
  void load_entity_table(const fs::path& path, const Span& from) {
    std::string key = canonical_key(path);
    if (!loaded_.insert(key).second) return;
    std::string text;
    if (!read_file(path, text)) {
      sink_.error(from, "cannot read entity file '" + path.lexically_normal().string() + "'");
      return;
    }
    rules_.files.push_back(std::make_unique<source::SourceFile>(path.lexically_normal().string(), std::move(text)));
    const source::SourceFile& file = *rules_.files.back();
    const std::string& t = file.text();
    std::size_t line_begin = 0;
    while (line_begin < t.size()) {
      std::size_t line_end = t.find('\n', line_begin);
      if (line_end == std::string::npos) line_end = t.size();
      std::string_view line(t.data() + line_begin, line_end - line_begin);
      std::string_view content = trim(line);
      if (!content.empty() && content.front() != '#') add_entity_line(file, line_begin, line);
      line_begin = line_end + 1;
    }
  }

  void add_entity_line(const source::SourceFile& file, std::size_t offset, std::string_view line) {
    EntityDecl decl;
    std::size_t field_begin = 0;
    for (int field = 0;; ++field) {
      std::size_t tab = line.find('\t', field_begin);
      std::size_t field_end = tab == std::string_view::npos ? line.size() : tab;
      std::string_view raw = line.substr(field_begin, field_end - field_begin);
      std::string_view value = trim(raw);
      std::size_t lead = static_cast<std::size_t>(value.data() - raw.data());
      Span span{&file, offset + field_begin + lead, offset + field_begin + lead + value.size()};
      if (field == 0) {
        decl.name = std::string(value);
        decl.name_span = span;
        decl.span = Span{&file, offset, offset + line.size()};
      } else if (!value.empty()) {
        decl.aliases.emplace_back(value);
        decl.alias_spans.push_back(span);
      }
      if (tab == std::string_view::npos) break;
      field_begin = tab + 1;
    }
    if (!is_identifier(decl.name)) {
      sink_.error(decl.name_span.end > decl.name_span.begin ? decl.name_span : decl.span,
                  "expected an entity name such as 'Russia' (letters, digits and '_', then a tab and the "
                  "aliases), found '" + decl.name + "'");
      return;
    }
    if (decl.aliases.empty()) {
      decl.aliases.push_back(decl.name);
      decl.alias_spans.push_back(decl.name_span);
    }
    rules_.entities.push_back(std::move(decl));
  }

  RuleSet& rules_;
  source::DiagnosticSink& sink_;
  std::set<std::string> loaded_;
  std::vector<std::string> stack_;
  UnparsedNames unparsed_;
};

// The checks have made sure every `within N unit` names a unit of its fact's value
// type; convert it once here, so the comparison never looks a unit up again.
void resolve_tolerances(RuleSet& rules) {
  for (FactDecl& fact : rules.facts) {
    CompareSpec& c = fact.compare;
    if (c.kind != CompareSpec::Kind::WithinUnit) continue;
    auto type = value::type_from_name(fact.value.type);
    auto unit = type ? value::find_tolerance_unit(*type, c.unit) : std::nullopt;
    if (!unit) throw std::logic_error("unchecked unit '" + c.unit + "' in fact '" + fact.name + "'");
    c.tolerance = c.amount * unit->factor;
  }
}

// The checks have made sure every `per` denominator reads; read it once here, so
// matching, known values and rule tests compare with one typed denominator.
void resolve_denominators(RuleSet& rules) {
  for (FactDecl& fact : rules.facts) {
    if (fact.per.empty()) continue;
    auto unit = value::read_denominator(fact.per);
    if (!unit) throw std::logic_error("unchecked denominator '" + fact.per + "' in fact '" + fact.name + "'");
    fact.per_unit = *unit;
  }
}

// The checks have made sure every `values` reads; read it once here, so matching
// tests each reading against bounds in the value's canonical unit.
void resolve_value_bounds(RuleSet& rules) {
  for (FactDecl& fact : rules.facts) {
    if (fact.values_span.file == nullptr) continue;
    auto read = read_value_bounds(fact, fact.values_text);
    if (auto* bounds = std::get_if<ValueBounds>(&read)) {
      fact.values = *bounds;
    } else {
      throw std::logic_error("unchecked values '" + fact.values_text + "' in fact '" + fact.name + "'");
    }
  }
}

// The checks have made sure every pattern's fixed value (`=> rank=1st`) reads; read it
// once here, after the denominators, so each match states it typed (docs/rules.md "A
// fixed value").
void resolve_fixed_values(RuleSet& rules) {
  for (FactDecl& fact : rules.facts) {
    for (Pattern& pattern : fact.patterns) {
      for (const RoleFix& fix : pattern.fixes) {
        if (fix.role != fact.value.name) continue;
        pattern.fixed_value = read_written_value(fact, fix.entity);
        if (!pattern.fixed_value) {
          throw std::logic_error("unchecked fixed value '" + fix.entity + "' in fact '" + fact.name + "'");
        }
      }
    }
  }
}

// A role typed with an entity's name takes that entity only; it is searched for as any
// entity of that entity's kind, so another of the kind named in the sentence takes its
// figure, and the matcher drops that statement.
void resolve_role_ties(RuleSet& rules) {
  for (FactDecl& fact : rules.facts) {
    for (RoleDecl& role : fact.roles) {
      for (const EntityDecl& e : rules.entities) {
        if (e.name != role.type) continue;
        role.only = e.name;
        role.type = e.kind.empty() ? "entity" : e.kind;
      }
    }
  }
}

std::optional<RuleSet> finish(RuleSet rules, const UnparsedNames& unparsed, source::DiagnosticSink& sink,
                              int errors_before) {
  check_rules(rules, sink, unparsed);
  if (sink.error_count() > errors_before) return std::nullopt;
  resolve_tolerances(rules);
  resolve_denominators(rules);
  resolve_value_bounds(rules);
  resolve_fixed_values(rules);
  resolve_role_ties(rules);
  return rules;
}

}  // namespace

std::optional<RuleSet> parse_rules(const std::vector<std::string>& paths, source::DiagnosticSink& sink) {
  int errors_before = sink.error_count();
  RuleSet rules;
  Loader loader(rules, sink);
  for (const std::string& path : paths) loader.load_path(path);
  return finish(std::move(rules), loader.unparsed(), sink, errors_before);
}

std::optional<RuleSet> parse_rules_text(const std::string& path, const std::string& text,
                                        source::DiagnosticSink& sink) {
  int errors_before = sink.error_count();
  RuleSet rules;
  Loader loader(rules, sink);
  loader.load_text(path, text);
  return finish(std::move(rules), loader.unparsed(), sink, errors_before);
}

}  // namespace factlint::lang
