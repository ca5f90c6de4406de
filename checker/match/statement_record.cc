// Statements written as records and read back.
#include "match/statement_record.h"

namespace factlint::match {

namespace {

void put_u32(std::string& out, std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_u64(std::string& out, std::uint64_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_f64(std::string& out, double v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_i64(std::string& out, std::int64_t v) { put_u64(out, static_cast<std::uint64_t>(v)); }
void put_str(std::string& out, const std::string& s) {
  put_u32(out, static_cast<std::uint32_t>(s.size()));
  out += s;
}

}  // namespace

void encode_statement(std::string& out, std::uint64_t seq, const Statement& s) {
  const std::size_t at = out.size();
  put_u32(out, 0);  // the body's length, filled in below
  put_u64(out, seq);
  put_str(out, s.fact);
  put_str(out, s.key);
  put_str(out, s.scope);
  put_u32(out, static_cast<std::uint32_t>(s.roles.size()));
  for (const auto& [role, entity] : s.roles) {
    put_str(out, role);
    put_str(out, entity);
  }
  put_u32(out, static_cast<std::uint32_t>(s.role_texts.size()));
  for (const std::string& text : s.role_texts) put_str(out, text);
  put_u32(out, static_cast<std::uint32_t>(s.role_sources.size()));
  for (const std::string& source : s.role_sources) put_str(out, source);
  put_str(out, s.scope_source);
  const value::Value& v = s.value;
  put_i64(out, static_cast<std::int64_t>(v.type));
  put_f64(out, v.lo);
  put_f64(out, v.hi);
  out += static_cast<char>((v.lo_inclusive ? 1 : 0) | (v.hi_inclusive ? 2 : 0) | (v.approx ? 4 : 0) | (v.vague ? 8 : 0));
  put_str(out, v.unit);
  put_str(out, v.text);
  put_str(out, v.original_unit);
  put_f64(out, v.precision);
  put_i64(out, static_cast<std::int64_t>(v.grain));
  put_str(out, v.display);
  put_str(out, s.document);
  put_u64(out, s.begin);
  put_u64(out, s.end);
  put_i64(out, s.location.line);
  put_i64(out, s.location.column);
  put_u64(out, s.value_begin);
  put_u64(out, s.value_end);
  put_str(out, s.text);
  put_str(out, s.sentence);
  put_str(out, s.table_header);
  put_str(out, s.table_year);
  put_i64(out, s.pattern);
  put_i64(out, s.priority);
  const auto body = static_cast<std::uint32_t>(out.size() - at - sizeof(std::uint32_t));
  std::memcpy(out.data() + at, &body, sizeof body);
}

void decode_statement(std::string_view body, Statement& s) {
  RecordDecoder in(body);
  in.u64();  // the sequence number
  s.fact.assign(in.str_view());
  s.key.assign(in.str_view());
  s.scope.assign(in.str_view());
  s.roles.resize(in.u32());
  for (auto& [role, entity] : s.roles) {
    role.assign(in.str_view());
    entity.assign(in.str_view());
  }
  s.role_texts.resize(in.u32());
  for (std::string& text : s.role_texts) text.assign(in.str_view());
  s.role_sources.resize(in.u32());
  for (std::string& source : s.role_sources) source.assign(in.str_view());
  s.scope_source.assign(in.str_view());
  value::Value& v = s.value;
  v.type = static_cast<value::Type>(in.i64());
  v.lo = in.f64();
  v.hi = in.f64();
  const char flags = in.byte();
  v.lo_inclusive = (flags & 1) != 0;
  v.hi_inclusive = (flags & 2) != 0;
  v.approx = (flags & 4) != 0;
  v.vague = (flags & 8) != 0;
  v.unit.assign(in.str_view());
  v.text.assign(in.str_view());
  v.original_unit.assign(in.str_view());
  v.precision = in.f64();
  v.grain = static_cast<value::Grain>(in.i64());
  v.display.assign(in.str_view());
  s.document.assign(in.str_view());
  s.begin = in.u64();
  s.end = in.u64();
  s.location.line = static_cast<int>(in.i64());
  s.location.column = static_cast<int>(in.i64());
  s.value_begin = in.u64();
  s.value_end = in.u64();
  s.text.assign(in.str_view());
  s.sentence.assign(in.str_view());
  s.table_header.assign(in.str_view());
  s.table_year.assign(in.str_view());
  s.pattern = static_cast<int>(in.i64());
  s.priority = static_cast<int>(in.i64());
}

Statement decode_statement(std::string_view body) {
  Statement s;
  decode_statement(body, s);
  return s;
}

std::uint32_t record_body_length(std::string_view bytes) {
  std::uint32_t n;
  std::memcpy(&n, bytes.data(), sizeof n);
  return n;
}

}  // namespace factlint::match
