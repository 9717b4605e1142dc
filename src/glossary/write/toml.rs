//! The TOML writer: the project's own format, as the shipped glossaries are written.
//!
//! One `[[concept]]` per concept: `id`, `kind`, `note`, `source`, `examples`, then one key per
//! language. A language whose only content is one plain preferred term is a string (`en =
//! "Syria"`); otherwise a table with `preferred`, `admitted`, `forbidden` (or `terms`, when the
//! statuses are interleaved, so the order of the terms survives), and `related`. A concept
//! whose languages each fit on one line writes them as inline tables, else as `[concept.<lang>]`
//! sections. Every attribute of a term is written (`case` only where the glossary gave it), so
//! [`super::super::toml::parse`] reads back the glossary written.

use std::io::{self, Write};

use super::{by_language, LangGroup};
use crate::glossary::{
    CaseRule, Concept, Date, Glossary, InflectionSetting, Status, Term, TermType,
};

/// The longest line an inline table or a one-line list may take, in characters.
const WIDTH: usize = 100;

/// Writes `glossary` as TOML.
pub fn write(glossary: &Glossary, out: &mut dyn Write) -> io::Result<()> {
    for (i, concept) in glossary.concepts.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_concept(concept, out)?;
    }
    Ok(())
}

fn write_concept(c: &Concept, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "[[concept]]")?;
    writeln!(out, "id = {}", string(&c.id))?;
    if let Some(kind) = c.kind {
        writeln!(out, "kind = {}", string(kind.as_str()))?;
    }
    if let Some(note) = &c.note {
        writeln!(out, "note = {}", string(note))?;
    }
    if let Some(source) = &c.source {
        writeln!(out, "source = {}", string(source))?;
    }
    // A case every term was given, once for the concept.
    let case = c
        .terms
        .first()
        .map(|t| t.case)
        .filter(|&case| c.terms.iter().all(|t| t.case_given && t.case == case));
    if let Some(case) = case {
        writeln!(out, "case = {}", string(case.as_str()))?;
    }
    if !c.terms.is_empty() && c.terms.iter().all(|t| !t.near_misses) {
        writeln!(out, "near_misses = false")?;
    }
    if !c.examples.is_empty() {
        writeln!(out, "examples = [")?;
        for e in &c.examples {
            writeln!(
                out,
                "  {{ lang = {}, text = {}, expect = {} }},",
                string(&e.lang),
                string(&e.text),
                string(e.expect.as_deref().unwrap_or("none"))
            )?;
        }
        writeln!(out, "]")?;
    }
    let langs: Vec<(String, Vec<Entry>)> = by_language(c)
        .iter()
        .map(|g| (key(g.lang), entries(g, case)))
        .collect();
    let inline: Vec<String> = langs
        .iter()
        .map(|(lang, entries)| format!("{lang} = {}", inline_value(entries)))
        .collect();
    if inline.iter().all(|l| l.chars().count() <= WIDTH) {
        for line in inline {
            writeln!(out, "{line}")?;
        }
        return Ok(());
    }
    for (lang, entries) in &langs {
        writeln!(out, "\n[concept.{lang}]")?;
        for (k, values) in entries {
            writeln!(out, "{}", section_line(k, values))?;
        }
    }
    Ok(())
}

/// A key of a language table and its values.
type Entry = (&'static str, Vec<String>);

/// The keys of a language table and their values (one value is written bare, several as a
/// list). The only entry `preferred` with one bare string is the short form `lang = "..."`.
fn entries(g: &LangGroup<'_>, case: Option<CaseRule>) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    // Runs of one status, in the order of the terms.
    let mut runs: Vec<(Status, Vec<&Term>)> = Vec::new();
    for t in &g.terms {
        match runs.last_mut() {
            Some((s, run)) if *s == t.status => run.push(t),
            _ => runs.push((t.status, vec![t])),
        }
    }
    let interleaved = runs
        .iter()
        .enumerate()
        .any(|(i, (s, _))| runs[..i].iter().any(|(r, _)| r == s));
    if interleaved {
        let terms = g.terms.iter().map(|t| term(t, true, case)).collect();
        out.push(("terms", terms));
    } else {
        for (status, run) in runs {
            out.push((
                status.as_str(),
                run.iter().map(|t| term(t, false, case)).collect(),
            ));
        }
    }
    if !g.related.is_empty() {
        out.push((
            "related",
            g.related.iter().map(|r| string(&r.stem)).collect(),
        ));
    }
    out
}

/// The value of a language key on one line: a bare string or an inline table.
fn inline_value(entries: &[Entry]) -> String {
    if let [("preferred", values)] = entries {
        if let [value] = values.as_slice() {
            if value.starts_with('"') {
                return value.clone();
            }
        }
    }
    let parts: Vec<String> = entries
        .iter()
        .map(|(k, v)| format!("{k} = {}", list(k, v)))
        .collect();
    format!("{{ {} }}", parts.join(", "))
}

/// `key = value` in a `[concept.<lang>]` section; a list too long for a line, one item a line.
fn section_line(k: &str, values: &[String]) -> String {
    let line = format!("{k} = {}", list(k, values));
    if values.len() < 2 || line.chars().count() <= WIDTH {
        return line;
    }
    let mut s = format!("{k} = [\n");
    for v in values {
        s.push_str("  ");
        s.push_str(v);
        s.push_str(",\n");
    }
    s.push(']');
    s
}

/// One value bare, several as a list (admitted and forbidden forms and stems always a list,
/// as the shipped glossaries write them).
fn list(key: &str, values: &[String]) -> String {
    match values {
        [one] if key == "preferred" => one.clone(),
        _ => format!("[{}]", values.join(", ")),
    }
}

/// A term: a bare string when it has nothing but its text, else an inline table (with its
/// `status` in a `terms` list); `case` is the concept's, written once.
fn term(t: &Term, with_status: bool, case: Option<CaseRule>) -> String {
    let mut parts = vec![format!("term = {}", string(&t.text))];
    if with_status {
        parts.push(format!("status = {}", string(t.status.as_str())));
    }
    let given = t.case_given || t.case != CaseRule::default_for(&t.text);
    if given && case != Some(t.case) {
        parts.push(format!("case = {}", string(t.case.as_str())));
    }
    if let Some(note) = &t.note {
        parts.push(format!("note = {}", string(note)));
    }
    if let Some(pos) = t.pos {
        parts.push(format!("pos = {}", string(pos.as_str())));
    }
    if t.kind != TermType::Full {
        parts.push(format!("type = {}", string(t.kind.as_str())));
    }
    if let Some(from) = t.valid_from {
        parts.push(format!("from = {}", date(from)));
    }
    if let Some(until) = t.valid_until {
        parts.push(format!("until = {}", date(until)));
    }
    if let Some(instead) = &t.use_instead {
        parts.push(format!("use = {}", string(instead)));
    }
    if t.inflection == InflectionSetting::None {
        parts.push("inflection = \"none\"".to_string());
    }
    if !t.forms.is_empty() {
        let forms: Vec<String> = t.forms.iter().map(|f| string(f)).collect();
        parts.push(format!("forms = [{}]", forms.join(", ")));
    }
    if parts.len() == 1 {
        string(&t.text)
    } else {
        format!("{{ {} }}", parts.join(", "))
    }
}

/// A date as a TOML local date (`2019-03-23`), or as a string when TOML has no such date.
fn date(d: Date) -> String {
    if (0..=9999).contains(&d.year) {
        d.to_string()
    } else {
        string(&d.to_string())
    }
}

/// A key: bare when TOML allows it (`en`, `pt-BR`), else quoted.
fn key(k: &str) -> String {
    let bare = !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if bare {
        k.to_string()
    } else {
        string(k)
    }
}

/// A TOML basic string: quotes, backslashes and control characters escaped, the rest as is.
pub(crate) fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(toml: &str) -> String {
        let g = crate::glossary::toml::parse("a.toml", toml).unwrap();
        let mut out = Vec::new();
        write(&g, &mut out).unwrap();
        let written = String::from_utf8(out).unwrap();
        let back = crate::glossary::toml::parse("b.toml", &written).unwrap();
        assert_eq!(back.without_origins(), g.without_origins(), "{written}");
        written
    }

    #[test]
    fn a_plain_preferred_term_is_a_string_and_the_rest_inline_tables() {
        let written = round_trip(
            r#"
[[concept]]
id = "syria"
kind = "place"
en = "Syria"
ru = { preferred = "Сирия", related = ["сири"] }
"#,
        );
        assert_eq!(
            written,
            "[[concept]]\nid = \"syria\"\nkind = \"place\"\nen = \"Syria\"\nru = { preferred = \"Сирия\", related = [\"сири\"] }\n"
        );
    }

    #[test]
    fn interleaved_statuses_keep_their_order_in_terms() {
        let written = round_trip(
            r#"
[[concept]]
id = "x"
tr = { terms = [
  { term = "A", status = "preferred" },
  { term = "B", status = "forbidden" },
  { term = "C", status = "preferred", case = "insensitive" },
] }
"#,
        );
        assert!(written.contains("terms = ["), "{written}");
    }

    #[test]
    fn escapes_quotes_backslashes_and_control_characters() {
        assert_eq!(string("a\"b\\c\nd\u{1a}"), r#""a\"b\\c\nd\u001A""#);
        round_trip("[[concept]]\nid = \"q\"\nen = \"say \\\"no\\\" \\\\ \\u001A\"\n");
    }
}
