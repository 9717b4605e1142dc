//! Cross-rule policy: what one rule's finding means for another's, and which hits are judged
//! together. The checker asks here; no rule and no dispatch loop decides it on its own.

use rustc_hash::FxHashMap;

use crate::diagnostic::{Finding, Side};
use crate::formats::Document;
use crate::matcher::{Hit, TermRef};
use crate::text::surface::surface;

use super::{forbidden, missing_translation, misspelling, untranslated, wrong_translation};

/// The hits of a document grouped by language, in the order the languages first appear: each
/// language is checked with its own forms.
pub fn by_language(hits: &[Option<(String, Vec<Hit>)>]) -> Vec<(&str, Vec<Hit>)> {
    let mut by_lang: Vec<(&str, Vec<Hit>)> = Vec::new();
    for (lang, seg_hits) in hits.iter().flatten() {
        match by_lang.iter_mut().find(|(l, _)| l == lang) {
            Some((_, all)) => all.extend(seg_hits.iter().cloned()),
            None => by_lang.push((lang, seg_hits.clone())),
        }
    }
    by_lang
}

/// The scope in which each segment of `doc` must use one form of a concept: in a
/// localization catalog, its message (the unit id), for each message is a text of its own
/// shown in its own place (an admitted short form on a button beside the full form in a
/// sentence is a choice, not a mix); elsewhere the whole document (`None`).
pub fn consistency_scopes(doc: &Document) -> Vec<Option<&str>> {
    let catalog = doc.format.is_catalog();
    (doc.segments.iter())
        .map(|s| s.unit.as_deref().filter(|_| catalog))
        .collect()
}

/// The hits of a document grouped by language and consistency scope (`scopes[s]` for segment
/// `s`, see [`consistency_scopes`]), in the order they first appear: the groups that must each
/// use one form of a concept.
pub fn consistency_groups<'a>(
    hits: &'a [Option<(String, Vec<Hit>)>],
    scopes: &[Option<&str>],
) -> Vec<(&'a str, Vec<Hit>)> {
    type Scoped<'l, 's> = (&'l str, Option<&'s str>);
    let mut groups: Vec<(Scoped, Vec<Hit>)> = Vec::new();
    for (seg, scope) in hits.iter().zip(scopes) {
        let Some((lang, seg_hits)) = seg else {
            continue;
        };
        let key = (lang.as_str(), *scope);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, all)) => all.extend(seg_hits.iter().cloned()),
            None => groups.push((key, seg_hits.clone())),
        }
    }
    groups.into_iter().map(|((l, _), h)| (l, h)).collect()
}

/// The groups in which the target of a bilingual document must be consistent: per language
/// and consistency scope (`scopes[t]` for target segment `t`, see [`consistency_scopes`]),
/// the translations of one source form (`Russia` may be `Россия` in one unit and `Российская
/// Федерация` where the source says `Russian Federation`). `translates[t]` lists, for target
/// segment `t`, the source term each concept there translates. Groups are in a fixed order.
/// Each group comes with its key: the language and the source term its hits translate (`None`
/// for hits that translate none), so that the groups of several files can be joined
/// (`--consistency run`).
#[allow(clippy::type_complexity)]
pub fn translation_groups<'a>(
    target_hits: &'a [Option<(String, Vec<Hit>)>],
    translates: &[Vec<(u32, TermRef)>],
    scopes: &[Option<&str>],
) -> Vec<((&'a str, Option<TermRef>), Vec<Hit>)> {
    let mut by_source: FxHashMap<(&str, Option<TermRef>, Option<&str>), Vec<Hit>> =
        FxHashMap::default();
    for (t, seg) in target_hits.iter().enumerate() {
        let Some((lang, hits)) = seg else { continue };
        let scope = scopes.get(t).copied().flatten();
        for hit in hits {
            let from = translates[t]
                .iter()
                .find(|(c, _)| *c == hit.term.concept)
                .map(|(_, r)| *r);
            by_source
                .entry((lang, from, scope))
                .or_default()
                .push(hit.clone());
        }
    }
    let mut groups: Vec<_> = by_source.into_iter().collect();
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    (groups.into_iter())
        .map(|((lang, from, _), hits)| ((lang, from), hits))
        .collect()
}

/// A foreign form reported as `untranslated` in a monolingual text (`Jerusalem` in French) is
/// not also a misspelling of the language's own form (`Jérusalem`): removes those from
/// `findings`.
pub fn drop_misspellings_reported_as_foreign(findings: &mut Vec<Finding>, foreign: &[Finding]) {
    findings.retain(|f| {
        !(f.rule == misspelling::ID
            && (foreign.iter()).any(|u| u.rule == untranslated::ID && overlaps(&u.range, &f.range)))
    });
}

/// A place or body named as in English inside a longer English name (`Louisiana State` in
/// French) is that name kept, not a misspelling of the language's own form: removes from
/// `findings` the misspellings at one of `kept`, an English use and its concept.
pub fn drop_misspellings_of_kept_names(
    findings: &mut Vec<Finding>,
    glossary: &crate::glossary::Glossary,
    kept: &[(std::ops::Range<usize>, u32)],
) {
    findings.retain(|f| {
        !(f.rule == misspelling::ID
            && (kept.iter())
                .any(|(r, c)| *r == f.range && glossary.concepts[*c as usize].id == f.concept))
    });
}

fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// A forbidden target form reported as a wrong translation is not reported again as
/// `forbidden`: removes those from `target`.
pub fn drop_forbidden_reported_as_wrong(target: &mut Vec<Finding>, unit: &[(Side, Finding)]) {
    let wrong: Vec<_> = unit
        .iter()
        .filter(|(side, f)| *side == Side::Target && f.rule == wrong_translation::ID)
        .map(|(_, f)| f.range.clone())
        .collect();
    target.retain(|f| !(f.rule == forbidden::ID && wrong.contains(&f.range)));
}

/// A source form copied into the target and reported `untranslated` (`Idlib` in French, whose
/// term is `Idleb`) is not also a misspelling of the target's form: removes those from
/// `target`.
pub fn drop_misspellings_reported_as_copied(target: &mut Vec<Finding>, unit: &[(Side, Finding)]) {
    target.retain(|f| {
        !(f.rule == misspelling::ID
            && (unit.iter()).any(|(side, u)| {
                *side == Side::Target && u.rule == untranslated::ID && overlaps(&u.range, &f.range)
            }))
    });
}

/// Drops the suggestions of `f` that are the text found itself (a case mapping or an
/// inflection that comes back to the text as written: `İDLIB` for `İDLIB`), and says whether
/// the finding is still worth reporting: a finding whose every suggestion was the text itself
/// says nothing. Its message then names the first suggestion left.
pub fn suggests_something_else(f: &mut Finding) -> bool {
    // A missing translation, or a unit not translated yet, suggests what to write in the
    // target, not instead of the source term it points at: `Idlib` is rightly suggested for
    // `Idlib` in German.
    if f.suggestions.is_empty()
        || f.rule == missing_translation::ID
        || f.message.id == untranslated::UNIT_MESSAGE
    {
        return true;
    }
    let found = surface(&f.found);
    let first = f.suggestions[0].clone();
    f.suggestions.retain(|s| surface(s) != found);
    let Some(new_first) = f.suggestions.first() else {
        return false;
    };
    if *new_first != first {
        for (name, value) in &mut f.message.args {
            if *name == "suggestion" && *value == first {
                *value = new_first.clone();
            }
        }
    }
    true
}
