// Fixture annotations (see annotations.h).
#include "ruletest/annotations.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "doc/loader.h"
#include "lang/entity_suggestion.h"
#include "source/ascii.h"

namespace factlint::ruletest {

namespace fs = std::filesystem;

namespace {

bool starts_with(const std::string& s, std::string_view prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

std::vector<Annotation> find_annotations(const std::string& text) {
  std::vector<Annotation> out;
  for (std::size_t at = text.find("<!--"); at != std::string::npos;) {
    std::size_t close = text.find("-->", at + 4);
    if (close == std::string::npos) break;
    std::string inner = trim(text.substr(at + 4, close - at - 4));
    Annotation a{false, false, inner, at, close + 3};
    if (starts_with(inner, "expect-none:")) {
      a.none = true;
      a.body = trim(inner.substr(12));
    } else if (starts_with(inner, "expect:")) {
      a.body = trim(inner.substr(7));
    } else {
      a.unknown = true;
    }
    if (!a.unknown || starts_with(source::ascii_lower(inner), "expect")) out.push_back(a);
    at = text.find("<!--", close + 3);
  }
  return out;
}

// `FACT(E1, E2) = VALUE` (or `FACT` for expect-none) into a fact and an expectation;
// nullopt after reporting what is wrong with it.
std::optional<std::pair<const lang::FactDecl*, Expectation>> parse_annotation(const lang::RuleSet& rules,
                                                                              const doc::Document& document,
                                                                              const Annotation& a,
                                                                              source::DiagnosticSink& sink) {
  auto annotation_error = [&](const doc::Document& in, const Annotation& comment, const std::string& message) {
    sink.error(source::Span{&in.source, comment.begin, comment.end}, message);
  };
  if (a.unknown) {
    annotation_error(document, a,
                     "unknown annotation '" + a.body +
                         "'; expected 'expect: FACT(...) = VALUE' or 'expect-none: FACT'");
    return std::nullopt;
  }
  const std::string& body = a.body;
  std::size_t name_end = body.find_first_of("(= ");
  std::string name = trim(body.substr(0, name_end));
  const lang::FactDecl* fact = rules.find_fact(name);
  if (!fact) {
    std::vector<std::string> names;
    for (const auto& f : rules.facts) names.push_back(f.name);
    std::string hint = source::did_you_mean(name, names);
    annotation_error(document, a,
                     fmt::format("unknown fact '{}' in annotation{}", name, source::suggestion(hint)));
    return std::nullopt;
  }
  Expectation e;
  std::string rest = name_end == std::string::npos ? "" : trim(body.substr(name_end));
  if (a.none) {
    if (rest.empty()) return std::pair{fact, e};
    annotation_error(document, a, "expect-none takes a fact name only, found '" + rest + "'");
    return std::nullopt;
  }
  if (!rest.empty() && rest[0] == '(') {
    std::size_t close = rest.find(')');
    if (close == std::string::npos) {
      annotation_error(document, a, "expected ')' after the entities of '" + name + "'");
      return std::nullopt;
    }
    std::vector<std::string> entities;
    std::string list = rest.substr(1, close - 1);
    for (std::size_t at = 0; at <= list.size();) {
      std::size_t comma = std::min(list.find(',', at), list.size());
      entities.push_back(trim(list.substr(at, comma - at)));
      at = comma + 1;
    }
    if (entities.size() == 1 && entities[0].empty()) entities.clear();
    if (entities.size() != fact->roles.size()) {
      annotation_error(document, a, fmt::format("fact '{}' has {} key role{}, the annotation names {} entit{}",
                                                name, fact->roles.size(), fact->roles.size() == 1 ? "" : "s",
                                                entities.size(), entities.size() == 1 ? "y" : "ies"));
      return std::nullopt;
    }
    for (std::size_t i = 0; i < entities.size(); ++i) {
      if (!rules.find_entity(entities[i])) {
        annotation_error(document, a,
                         "unknown entity '" + entities[i] + "' in annotation" +
                             lang::entity_suggestion(rules, entities[i]));
        return std::nullopt;
      }
      e.roles.emplace_back(fact->roles[i].name, entities[i]);
    }
    rest = trim(rest.substr(close + 1));
  }
  if (!rest.empty() && rest[0] == '[') {
    std::size_t close = rest.find(']');
    if (close == std::string::npos) {
      annotation_error(document, a, "expected ']' after the scope of '" + name + "'");
      return std::nullopt;
    }
    e.scope = trim(rest.substr(1, close - 1));
    rest = trim(rest.substr(close + 1));
  }
  if (!rest.empty()) {
    if (rest[0] != '=') {
      annotation_error(document, a, "expected '= VALUE' after '" + name + "', found '" + rest + "'");
      return std::nullopt;
    }
    std::string text = trim(rest.substr(1));
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
    if (!(e.value = read_expected(*fact, text))) {
      annotation_error(document, a, fmt::format("value '{}' cannot be read as '{}'", text, fact->value.type));
      return std::nullopt;
    }
  }
  return std::pair{fact, e};
}

doc::Document without_annotations(const doc::Document& document, const std::vector<Annotation>& list) {
  std::string text = document.source.text();
  for (const Annotation& a : list) {
    for (std::size_t i = a.begin; i < a.end; ++i) {
      if (text[i] != '\n') text[i] = ' ';
    }
  }
  std::string extension = source::ascii_lower(fs::path(document.path).extension().string());
  if (!extension.empty()) extension.erase(0, 1);
  source::DiagnosticSink already_reported;  // load_document reported this file's problems
  doc::Document blanked = doc::make_document(document.path, text, extension, already_reported);
  blanked.meta = document.meta;  // including what sources.tsv says
  return blanked;
}

}  // namespace factlint::ruletest
