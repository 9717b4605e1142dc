//! What termlint checked in aligned text, concept by concept: for each line, each glossary
//! concept found in the source and whether a form of that concept is in the target. A
//! measurement tool for `scripts/wmt25-terms.py` (the `--explain` list, without the rules).
//!
//! Usage: cargo run --release --example checked -- GLOSSARY|builtin SRC TGT SRC_LANG TGT_LANG
//! Prints TSV: line, concept id, source text, found (1/0), outcome.

use termlint::formats::aligned;
use termlint::glossary::{Date, Glossary};
use termlint::matcher::{MatchOptions, Matcher};
use termlint::rules::bilingual::{self, Outcome, UnitHits};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [glossary, src, tgt, sl, tl] = &args[..] else {
        eprintln!("usage: checked GLOSSARY|builtin SRC TGT SRC_LANG TGT_LANG");
        std::process::exit(2);
    };
    let glossary = if glossary == "builtin" {
        Glossary::builtin()
    } else {
        Glossary::load(std::path::Path::new(glossary)).expect("glossary")
    };
    let read = |p: &str| {
        let t = std::fs::read_to_string(p).expect("input");
        t.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(t)
    };
    let (src_text, tgt_text) = (read(src), read(tgt));
    let (src_segs, tgt_segs) = (
        aligned::segments_by_line(&src_text),
        aligned::segments_by_line(&tgt_text),
    );
    let matcher = Matcher::new(&glossary, MatchOptions::default());
    let homographs = bilingual::Homographs::new(&glossary);
    let date = Some(Date::today());
    for (i, (s, t)) in src_segs.iter().zip(&tgt_segs).enumerate() {
        let s_hits = matcher.find(&glossary, s, sl);
        let t_hits = matcher.find(&glossary, t, tl);
        let copied = matcher.find(&glossary, t, sl);
        let unit = UnitHits {
            source_lang: sl,
            target_lang: tl,
            source: &s_hits,
            target: &t_hits,
            copied: &copied,
            target_text: &t.text,
            source_doc: &src_text,
            target_doc: &tgt_text,
            homographs: &homographs,
        };
        for p in bilingual::pair(&glossary, date, &unit) {
            let outcome = match p.outcome {
                Outcome::Translated => "translated",
                Outcome::Misspelt => "misspelt",
                Outcome::Forbidden(_) => "forbidden",
                Outcome::Copied(_) => "copied",
                Outcome::OtherConcept(_) => "other-concept",
                Outcome::Missing => "missing",
            };
            for (c, found) in &p.checked {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    i + 1,
                    glossary.concepts[*c as usize].id,
                    &src_text[p.source.range.clone()],
                    u8::from(*found),
                    outcome
                );
            }
        }
    }
}
