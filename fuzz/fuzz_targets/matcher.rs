//! The matcher and the rules: an arbitrary glossary and an arbitrary text through `Checker`.
//!
//! The text is built from pieces, some of which are the glossary's own terms (as written, in
//! other cases, with a letter dropped, doubled or decomposed), so that the fuzzer reaches exact
//! hits, case errors and near misses rather than only unmatched noise.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use termlint::check::{CheckOptions, Checker};
use termlint::glossary::{
    CaseRule, Concept, Date, Glossary, InflectionSetting, Status, Term, TermType,
};

#[derive(Arbitrary, Debug)]
struct Input {
    terms: Vec<TermSpec>,
    pieces: Vec<Piece>,
    lang: u8,
    markdown: bool,
    /// The day to check on, in days after 1900-01-01.
    date: u16,
    accept: Vec<String>,
}

#[derive(Arbitrary, Debug)]
struct TermSpec {
    concept: u8,
    lang: u8,
    text: String,
    status: u8,
    case: Option<bool>,
    kind: u8,
    no_inflection: bool,
    forms: Vec<String>,
    use_instead: Option<String>,
    valid: Option<(u16, u16)>,
}

#[derive(Arbitrary, Debug)]
enum Piece {
    Text(String),
    /// A term's text, changed by `Edit`.
    Term(u8, Edit),
    Space,
    Newline(u8),
}

#[derive(Arbitrary, Debug)]
enum Edit {
    AsIs,
    Lower,
    Upper,
    DropChar(u8),
    DoubleChar(u8),
    Nfd,
    Possessive,
}

const LANGS: [&str; 5] = ["en", "ru", "tr", "de", "ar"];

fuzz_target!(|input: Input| {
    let glossary = glossary(&input.terms);
    assert!(
        glossary.validate().is_ok(),
        "the target builds only valid glossaries"
    );
    let text = text(&input.pieces, &glossary);
    let lang = LANGS[usize::from(input.lang) % LANGS.len()];
    let options = CheckOptions {
        date: Some(date(input.date)),
        accept: input.accept,
        ..CheckOptions::default()
    };
    let checker = Checker::new(glossary, options);
    let name = if input.markdown {
        "fuzz.md"
    } else {
        "fuzz.txt"
    };
    let bytes = text.into_bytes();
    let binary = termlint_fuzz::refused_as_binary(&bytes);
    let read = termlint_fuzz::check_and_render(&checker, name, bytes, lang);
    assert!(
        read || binary,
        "plain text and Markdown always read, unless binary"
    );
});

fn glossary(specs: &[TermSpec]) -> Glossary {
    let mut g = Glossary::default();
    for spec in specs.iter().take(32) {
        let id = format!("c{}", spec.concept % 8);
        let index = match g.concepts.iter().position(|c| c.id == id) {
            Some(i) => i,
            None => {
                g.concepts.push(Concept {
                    id,
                    ..Concept::default()
                });
                g.concepts.len() - 1
            }
        };
        let lang = LANGS[usize::from(spec.lang) % LANGS.len()];
        let status =
            [Status::Preferred, Status::Admitted, Status::Forbidden][usize::from(spec.status) % 3];
        // What `Glossary::validate` refuses is left out, so that every input is checked: an
        // empty term, or one form listed twice in a language.
        let twice = g.concepts[index]
            .terms
            .iter()
            .any(|t| t.lang == lang && t.text == spec.text);
        if spec.text.trim().is_empty() || twice {
            continue;
        }
        let mut t = Term::new(lang, &spec.text, status);
        if let Some(sensitive) = spec.case {
            t.case = if sensitive {
                CaseRule::Sensitive
            } else {
                CaseRule::Insensitive
            };
        }
        t.kind = [
            TermType::Full,
            TermType::Short,
            TermType::Abbreviation,
            TermType::Acronym,
            TermType::Variant,
        ][usize::from(spec.kind) % 5];
        if spec.no_inflection {
            t.inflection = InflectionSetting::None;
        }
        t.forms = spec.forms.iter().take(4).cloned().collect();
        t.use_instead = spec.use_instead.clone();
        if let Some((from, until)) = spec.valid {
            t.valid_from = Some(date(from));
            t.valid_until = Some(date(until));
        }
        g.concepts[index].terms.push(t);
    }
    g
}

fn text(pieces: &[Piece], glossary: &Glossary) -> String {
    let terms: Vec<&str> = glossary
        .concepts
        .iter()
        .flat_map(|c| c.terms.iter().map(|t| t.text.as_str()))
        .collect();
    let mut out = String::new();
    for piece in pieces.iter().take(64) {
        match piece {
            Piece::Text(s) => out.push_str(s),
            Piece::Space => out.push(' '),
            Piece::Newline(n) => out.push_str(["\n", "\r\n", "\r", "\n\n"][usize::from(*n) % 4]),
            Piece::Term(i, edit) => {
                if terms.is_empty() {
                    continue;
                }
                let term = terms[usize::from(*i) % terms.len()];
                out.push_str(&edited(term, edit));
            }
        }
    }
    out
}

fn edited(term: &str, edit: &Edit) -> String {
    use unicode_normalization::UnicodeNormalization;
    let chars: Vec<char> = term.chars().collect();
    match edit {
        Edit::AsIs => term.to_string(),
        Edit::Lower => term.to_lowercase(),
        Edit::Upper => term.to_uppercase(),
        Edit::DropChar(i) if !chars.is_empty() => {
            let i = usize::from(*i) % chars.len();
            chars[..i].iter().chain(&chars[i + 1..]).collect()
        }
        Edit::DoubleChar(i) if !chars.is_empty() => {
            let i = usize::from(*i) % chars.len();
            chars[..=i].iter().chain(&chars[i..]).collect()
        }
        Edit::Nfd => term.nfd().collect(),
        Edit::Possessive => format!("{term}’s"),
        _ => term.to_string(),
    }
}

/// The day `days` after 1900-01-01.
fn date(days: u16) -> Date {
    const FROM_1970: i64 = -25_567;
    Date::from_days(FROM_1970 + i64::from(days))
}
