//! `termlint lookup`: the concept cards of the concepts a form may belong to.
//!
//! The lookup itself is the library's (`matcher::lookup`); this file reads the glossaries and
//! prints. `--format json` writes CONTRACT.md's lookup JSON, version 1:
//!
//! ```text
//! {
//!   "version": 1,
//!   "query": "Эрдогана",
//!   "matches": [                            // best first
//!     {
//!       "concept": "erdogan",
//!       "kind": "person",                   // null when the glossary gives none
//!       "score": 0.94,                      // 0 to 1
//!       "matched": {
//!         "lang": "ru", "form": "Эрдоган", "status": "admitted",
//!         "how": "inflected",               // extension: exact | case | diacritics |
//!                                           //   inflected | near | part
//!         "via": "Эрдогана",                // extension: the inflected form compared
//!         "distance": 0                     // extension: edits of a near miss, else 0
//!       },
//!       "terms": {                          // by language tag; only --to's when given
//!         "ru": [{"term": "Эрдоган", "status": "admitted", "valid_from": null,
//!                 "valid_until": null,
//!                 "in_force": true}]        // extension: in force on --date (today)
//!       },
//!       "note": "...",                      // null when none
//!       "source": "glossaries/people.toml:37"   // file:line of the concept, or null
//!     }
//!   ]
//! }
//! ```

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{bail, Context, Result};
use serde::Serialize;

use super::check::env_ui_lang;
use super::{output, ListFormat, LookupArgs};
use crate::check::load_extended;
use crate::glossary::{Concept, Date, Glossary, Origin, Term};
use crate::i18n::{Arg, Localizer};
use crate::lang;
use crate::matcher::lookup::{How, Lookup, LookupMatch, LookupOptions};

/// The version of the lookup JSON's shape.
const VERSION: u32 = 1;

/// Looks the query up and prints the cards: status 0 when a concept matched, 1 when none did.
pub fn run(args: LookupArgs) -> Result<u8> {
    let ui = args.ui_lang.clone().unwrap_or_else(env_ui_lang);
    let loc = Localizer::new(&ui);
    for lang in args.lang.iter().chain(&args.to) {
        if !lang::is_language_tag(lang) {
            bail!("'{lang}' is not a BCP 47 language tag (e.g. en, ru, pt-BR)");
        }
    }
    let date = match &args.date {
        Some(d) => {
            Date::parse(d).with_context(|| format!("--date '{d}' is not a date (YYYY-MM-DD)"))?
        }
        None => Date::today(),
    };
    let query = args.query.join(" ");
    if query.trim().is_empty() {
        bail!("the query is empty: give a form to look up");
    }
    let glossary = glossary(&args)?;
    let options = LookupOptions {
        lang: args.lang.clone(),
        limit: args.limit,
    };
    let matches = Lookup::for_query(&glossary, &query).find(&query, &options);
    let card = Cards {
        glossary: &glossary,
        to: &args.to,
        date,
    };
    output::stdout(|out| match args.format {
        ListFormat::Human => card.write_human(&matches, out, &loc),
        ListFormat::Json => {
            let wire = WireLookup {
                version: VERSION,
                query: &query,
                matches: matches.iter().map(|m| card.wire(m)).collect(),
            };
            serde_json::to_writer_pretty(&mut *out, &wire)?;
            writeln!(out)
        }
    })?;
    if matches.is_empty() {
        let text = loc.text("lookup-no-match", &[("query", Arg::Str(&query))]);
        let _ = writeln!(std::io::stderr().lock(), "{text}");
        return Ok(1);
    }
    // The process ends here: the glossary need not be freed piece by piece.
    std::mem::forget(glossary);
    Ok(0)
}

/// The glossaries to look in: those of `-g`, else the built-in one.
fn glossary(args: &LookupArgs) -> Result<Glossary> {
    Ok(load_extended(&args.glossaries, &args.extend_glossaries)?.0)
}

/// What the cards are printed with.
struct Cards<'a> {
    glossary: &'a Glossary,
    /// The languages to show; all when empty.
    to: &'a [String],
    date: Date,
}

impl Cards<'_> {
    /// The terms of `concept` to show, by language in the glossary's order.
    fn terms<'c>(&self, concept: &'c Concept) -> Vec<(&'c str, Vec<&'c Term>)> {
        let mut out: Vec<(&str, Vec<&Term>)> = Vec::new();
        for t in &concept.terms {
            if !self.to.is_empty() && !self.to.iter().any(|l| lang::compatible(&t.lang, l)) {
                continue;
            }
            match out.iter_mut().find(|(l, _)| *l == t.lang) {
                Some((_, v)) => v.push(t),
                None => out.push((&t.lang, vec![t])),
            }
        }
        out
    }

    fn wire<'c>(&'c self, m: &LookupMatch) -> WireMatch<'c> {
        let concept = &self.glossary.concepts[m.concept];
        let term = &concept.terms[m.term];
        WireMatch {
            concept: &concept.id,
            kind: concept.kind.map(|k| k.as_str()),
            score: m.score,
            matched: WireMatched {
                lang: &term.lang,
                form: &term.text,
                status: term.status.as_str(),
                how: m.how.as_str(),
                via: m.form.clone(),
                distance: match m.how {
                    How::Near { distance } => distance,
                    _ => 0,
                },
            },
            terms: self
                .terms(concept)
                .into_iter()
                .map(|(l, ts)| {
                    let ts = ts
                        .into_iter()
                        .map(|t| WireTerm {
                            term: &t.text,
                            status: t.status.as_str(),
                            valid_from: t.valid_from.map(|d| d.to_string()),
                            valid_until: t.valid_until.map(|d| d.to_string()),
                            in_force: t.in_force(Some(self.date)),
                        })
                        .collect();
                    (l, ts)
                })
                .collect(),
            note: concept.note.as_deref(),
            source: source(&concept.origin),
        }
    }

    /// One card per match:
    ///
    /// ```text
    /// astana (place), score 1.000: en 'Nur-Sultan' (admitted), as written
    ///   en  Astana       preferred
    ///       Nur-Sultan   admitted  2019-03-23 to 2022-09-17  not in force on 2024-01-01
    ///   note: Capital of Kazakhstan; ...
    ///   source: glossaries/places.toml:203
    /// ```
    fn write_human(
        &self,
        matches: &[LookupMatch],
        out: &mut dyn Write,
        loc: &Localizer,
    ) -> std::io::Result<()> {
        let date = self.date.to_string();
        for (i, m) in matches.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            let concept = &self.glossary.concepts[m.concept];
            let term = &concept.terms[m.term];
            let kind = concept
                .kind
                .map(|k| {
                    format!(
                        " ({})",
                        loc.text(&format!("lookup-kind-{}", k.as_str()), &[])
                    )
                })
                .unwrap_or_default();
            let how = match m.how {
                How::Exact => loc.text("lookup-how-exact", &[]),
                How::Case => loc.text("lookup-how-case", &[]),
                How::Diacritics => loc.text("lookup-how-diacritics", &[]),
                How::Inflected => loc.text("lookup-how-inflected", &[("form", Arg::Str(&m.form))]),
                How::Near { distance } => loc.text(
                    "lookup-how-near",
                    &[
                        ("form", Arg::Str(&m.form)),
                        ("distance", Arg::Num(usize::from(distance))),
                    ],
                ),
                How::Part => loc.text("lookup-how-part", &[]),
            };
            let score = format!("{:.3}", m.score);
            let status = loc.text(&format!("lookup-status-{}", term.status.as_str()), &[]);
            let matched = loc.text(
                "lookup-matched",
                &[
                    ("score", Arg::Str(&score)),
                    ("lang", Arg::Str(&term.lang)),
                    ("form", Arg::Str(&term.text)),
                    ("status", Arg::Str(&status)),
                    ("how", Arg::Str(&how)),
                ],
            );
            writeln!(out, "{}{kind}, {matched}", concept.id)?;
            let terms = self.terms(concept);
            let lang_width = terms
                .iter()
                .map(|(l, _)| l.chars().count())
                .max()
                .unwrap_or(0);
            let term_width = (terms.iter().flat_map(|(_, ts)| ts))
                .map(|t| t.text.chars().count())
                .max()
                .unwrap_or(0);
            for (l, ts) in &terms {
                for (j, t) in ts.iter().enumerate() {
                    let lang = if j == 0 { *l } else { "" };
                    let status = loc.text(&format!("lookup-status-{}", t.status.as_str()), &[]);
                    let mut line = format!(
                        "  {lang:<lang_width$}  {text}{pad}  {status}",
                        text = t.text,
                        pad = " ".repeat(term_width - t.text.chars().count()),
                    );
                    if let Some(period) = period(t, loc) {
                        let force = if t.in_force(Some(self.date)) {
                            "lookup-in-force"
                        } else {
                            "lookup-not-in-force"
                        };
                        let force = loc.text(force, &[("date", Arg::Str(&date))]);
                        line.push_str(&format!("  {period}  [{force}]"));
                    }
                    writeln!(out, "{}", line.trim_end())?;
                }
            }
            if let Some(note) = &concept.note {
                writeln!(out, "  {}: {note}", loc.text("lookup-note", &[]))?;
            }
            if let Some(source) = source(&concept.origin) {
                writeln!(out, "  {}: {source}", loc.text("lookup-source", &[]))?;
            }
        }
        Ok(())
    }
}

/// The validity period of a term, when it has one: `from 2022-09-17`, `until 2019-03-22`,
/// `2019-03-23 to 2022-09-17`.
fn period(t: &Term, loc: &Localizer) -> Option<String> {
    let (from, until) = (
        t.valid_from.map(|d| d.to_string()),
        t.valid_until.map(|d| d.to_string()),
    );
    Some(match (&from, &until) {
        (Some(f), Some(u)) => loc.text(
            "lookup-valid-between",
            &[("from", Arg::Str(f)), ("until", Arg::Str(u))],
        ),
        (Some(f), None) => loc.text("lookup-valid-from", &[("from", Arg::Str(f))]),
        (None, Some(u)) => loc.text("lookup-valid-until", &[("until", Arg::Str(u))]),
        (None, None) => return None,
    })
}

/// `file:line` of a concept's definition; the file alone when the format has no lines; `None`
/// when the glossary was not read from a file.
fn source(origin: &Origin) -> Option<String> {
    match (origin.file.is_empty(), origin.line) {
        (true, _) => None,
        (false, 0) => Some(origin.file.to_string()),
        (false, line) => Some(format!("{}:{line}", origin.file)),
    }
}

#[derive(Serialize)]
struct WireLookup<'a> {
    version: u32,
    query: &'a str,
    matches: Vec<WireMatch<'a>>,
}

#[derive(Serialize)]
struct WireMatch<'a> {
    concept: &'a str,
    kind: Option<&'static str>,
    score: f64,
    matched: WireMatched<'a>,
    terms: BTreeMap<&'a str, Vec<WireTerm<'a>>>,
    note: Option<&'a str>,
    source: Option<String>,
}

#[derive(Serialize)]
struct WireMatched<'a> {
    lang: &'a str,
    form: &'a str,
    status: &'static str,
    how: &'static str,
    via: String,
    distance: u8,
}

#[derive(Serialize)]
struct WireTerm<'a> {
    term: &'a str,
    status: &'static str,
    valid_from: Option<String>,
    valid_until: Option<String>,
    in_force: bool,
}
