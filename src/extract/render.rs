//! Extracted candidates written out: a TOML glossary to review (what the counts, scores and
//! examples are goes in comments and in each concept's `source`), TBX v3, or JSON for scripts.
//!
//! The TOML and TBX files are glossaries termlint reads back (`termlint glossary lint -g`,
//! `termlint check -g`): one concept per candidate, with the source form and the first
//! proposed target as the preferred forms (in TOML, with the inflected variants seen as its
//! `forms`); the other proposals are only in comments (TOML) or
//! notes (TBX), since nobody has approved them yet.
//!
//! JSON, version 1:
//!
//! ```json
//! {"version": 1, "source_lang": "en", "target_lang": "ru", "segments": 1997,
//!  "candidates": [{"source": "NATO", "acronym": true, "occurrences": 11, "segments": 10,
//!    "confidence": 0.97, "targets": [{"form": "НАТО", "variants": [], "segments": 10,
//!    "score": 0.97}], "examples": ["src.txt:12"],
//!    "glossary": {"concept": "nato", "source": true, "target": true}}]}
//! ```
//!
//! `glossary` is null for a candidate the glossary lacks; `source` says whether the source
//! form is one of the concept's, `target` whether the first proposed target is an approved
//! form of it (in any inflection).

use std::io::{self, Write};

use serde::Serialize;

use super::{Candidate, Corpus};

/// Writes `candidates` as a TOML glossary.
pub fn toml(out: &mut dyn Write, corpus: &Corpus, candidates: &[Candidate]) -> io::Result<()> {
    let (sl, tl) = (&corpus.source_lang, &corpus.target_lang);
    writeln!(
        out,
        "# termlint extract: {} candidates from {} segments ({sl} -> {tl}).",
        candidates.len(),
        corpus.pairs.len()
    )?;
    writeln!(
        out,
        "# Proposed forms, not approved ones: review each concept, fix or delete it, add a kind."
    )?;
    writeln!(out)?;
    writeln!(out, "[glossary]")?;
    writeln!(out, "name = {}", quoted(&format!("candidates {sl}-{tl}")))?;
    writeln!(out, "source = \"termlint extract\"")?;
    let ids = ids(candidates);
    for (c, id) in candidates.iter().zip(&ids) {
        writeln!(out)?;
        writeln!(
            out,
            "# {}: {} in {}; confidence {:.2}",
            c.source,
            counted(c.occurrences, "occurrence"),
            counted(c.segments, "segment"),
            c.confidence
        )?;
        for (rank, t) in c.targets.iter().enumerate() {
            let also = if t.variants.is_empty() {
                String::new()
            } else {
                format!("; also {}", t.variants.join(", "))
            };
            writeln!(
                out,
                "#   {}. {} ({}, score {:.2}{also})",
                rank + 1,
                t.form,
                counted(t.segments, "segment"),
                t.score
            )?;
        }
        if let Some(k) = &c.known {
            writeln!(out, "#   in the glossary: {}", known_text(k))?;
        }
        writeln!(out, "[[concept]]")?;
        writeln!(out, "id = {}", quoted(id))?;
        writeln!(out, "source = {}", quoted(&provenance(c)))?;
        let term = if c.acronym {
            format!("{{ term = {}, type = \"acronym\" }}", quoted(&c.source))
        } else {
            quoted(&c.source)
        };
        writeln!(out, "{sl} = {{ preferred = {term} }}")?;
        if let Some(t) = c.targets.first() {
            // The inflected variants seen are the term's `forms`: a text using them uses it,
            // whatever the inflection tables generate for a concept of no kind.
            let term = if t.variants.is_empty() {
                quoted(&t.form)
            } else {
                let forms: Vec<String> = t.variants.iter().map(|v| quoted(v)).collect();
                format!(
                    "{{ term = {}, forms = [{}] }}",
                    quoted(&t.form),
                    forms.join(", ")
                )
            };
            writeln!(out, "{tl} = {{ preferred = {term} }}")?;
        }
    }
    Ok(())
}

/// Writes `candidates` as a TBX v3 (TBX-Basic) file.
pub fn tbx(out: &mut dyn Write, corpus: &Corpus, candidates: &[Candidate]) -> io::Result<()> {
    let (sl, tl) = (&corpus.source_lang, &corpus.target_lang);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<tbx type="TBX-Basic" style="dca" xml:lang="{}" xmlns="urn:iso:std:iso:30042:ed-2">"#,
        xml(sl)
    )?;
    writeln!(
        out,
        "  <tbxHeader><fileDesc><sourceDesc><p>termlint extract: {} candidates from {} segments</p></sourceDesc></fileDesc></tbxHeader>",
        candidates.len(),
        corpus.pairs.len()
    )?;
    writeln!(out, "  <text>\n    <body>")?;
    for (c, id) in candidates.iter().zip(ids(candidates)) {
        writeln!(out, r#"      <conceptEntry id="{}">"#, xml(&id))?;
        let mut note = provenance(c);
        if let Some(k) = &c.known {
            note.push_str(&format!("; in the glossary: {}", known_text(k)));
        }
        let others: Vec<&str> = c.targets.iter().skip(1).map(|t| t.form.as_str()).collect();
        if !others.is_empty() {
            note.push_str(&format!("; other proposals: {}", others.join(", ")));
        }
        writeln!(out, "        <note>{}</note>", xml(&note))?;
        let term_type = if c.acronym {
            r#"<termNote type="termType">acronym</termNote>"#
        } else {
            ""
        };
        lang_sec(out, sl, &c.source, term_type)?;
        if let Some(t) = c.targets.first() {
            lang_sec(out, tl, &t.form, "")?;
        }
        writeln!(out, "      </conceptEntry>")?;
    }
    writeln!(out, "    </body>\n  </text>\n</tbx>")
}

fn lang_sec(out: &mut dyn Write, lang: &str, term: &str, extra: &str) -> io::Result<()> {
    writeln!(
        out,
        r#"        <langSec xml:lang="{}"><termSec><term>{}</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>{extra}</termSec></langSec>"#,
        xml(lang),
        xml(term)
    )
}

/// Writes `candidates` as JSON (the shape in the module documentation).
pub fn json(out: &mut dyn Write, corpus: &Corpus, candidates: &[Candidate]) -> io::Result<()> {
    let wire = WireExtract {
        version: 1,
        source_lang: &corpus.source_lang,
        target_lang: &corpus.target_lang,
        segments: corpus.pairs.len(),
        candidates: candidates.iter().map(WireCandidate::new).collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &wire)?;
    writeln!(out)
}

#[derive(Serialize)]
struct WireExtract<'a> {
    version: u32,
    source_lang: &'a str,
    target_lang: &'a str,
    segments: usize,
    candidates: Vec<WireCandidate<'a>>,
}

#[derive(Serialize)]
struct WireCandidate<'a> {
    source: &'a str,
    acronym: bool,
    occurrences: usize,
    segments: usize,
    confidence: f64,
    targets: Vec<WireTarget<'a>>,
    examples: Vec<String>,
    glossary: Option<WireKnown<'a>>,
}

#[derive(Serialize)]
struct WireTarget<'a> {
    form: &'a str,
    variants: &'a [String],
    segments: usize,
    score: f64,
}

#[derive(Serialize)]
struct WireKnown<'a> {
    concept: &'a str,
    source: bool,
    target: bool,
}

impl<'a> WireCandidate<'a> {
    fn new(c: &'a Candidate) -> WireCandidate<'a> {
        WireCandidate {
            source: &c.source,
            acronym: c.acronym,
            occurrences: c.occurrences,
            segments: c.segments,
            confidence: round(c.confidence),
            targets: (c.targets.iter())
                .map(|t| WireTarget {
                    form: &t.form,
                    variants: &t.variants,
                    segments: t.segments,
                    score: round(t.score),
                })
                .collect(),
            examples: c.examples.iter().map(ToString::to_string).collect(),
            glossary: c.known.as_ref().map(|k| WireKnown {
                concept: &k.concept,
                source: k.source,
                target: k.target,
            }),
        }
    }
}

/// Scores to three decimals: stable output, no float noise.
fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// `termlint extract: 12 occurrences in 11 segments, confidence 0.91; e.g. a.txt:3, a.txt:9`.
fn provenance(c: &Candidate) -> String {
    let examples: Vec<String> = c.examples.iter().map(ToString::to_string).collect();
    format!(
        "termlint extract: {} in {}, confidence {:.2}; e.g. {}",
        counted(c.occurrences, "occurrence"),
        counted(c.segments, "segment"),
        c.confidence,
        examples.join(", ")
    )
}

/// `1 segment`, `2 segments`.
fn counted(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

fn known_text(k: &super::Known) -> String {
    let target = if k.target {
        "the proposed target is one of its forms"
    } else {
        "the proposed target is not one of its forms"
    };
    let by = if k.source {
        "source form"
    } else {
        "target form"
    };
    format!("concept '{}' (by its {by}; {target})", k.concept)
}

/// A concept id per candidate: its source form in lower-case ASCII, unique.
fn ids(candidates: &[Candidate]) -> Vec<String> {
    let mut seen = rustc_hash::FxHashSet::default();
    let mut out = Vec::with_capacity(candidates.len());
    for (i, c) in candidates.iter().enumerate() {
        let mut slug = String::new();
        for ch in super::translit::latin_words(&c.source).chars() {
            if ch.is_ascii_alphanumeric() {
                slug.push(ch);
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        let slug = slug.trim_end_matches('-');
        let base = if slug.is_empty() {
            format!("candidate-{}", i + 1)
        } else {
            slug.to_string()
        };
        let mut id = base.clone();
        let mut n = 2;
        while !seen.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        out.push(id);
    }
    out
}

/// A TOML basic string, as the glossary's TOML writer writes one.
fn quoted(s: &str) -> String {
    crate::glossary::write::toml::string(s)
}

/// Text escaped for XML content and attributes.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
