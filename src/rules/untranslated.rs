//! `untranslated`: the source form was copied into the target where the glossary gives a different target form.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule untranslated`).

use super::bilingual::{expected_forms, Outcome, Pairing};
use super::{Check, FixPolicy, Rule, RuleContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity, Side};
use crate::glossary::{Kind, Status, TermType};
use crate::matcher::lexicon::Lexicon;
use crate::matcher::{Hit, HitKind};
use crate::text::skeleton::{is_apostrophe, skeleton};
use crate::text::surface::{is_all_caps, surface};

/// The documentation of `untranslated` (see [`super::Rule::docs`]): a one-line summary, the help,
/// then what it checks, why, an example, what to use instead and how safe a fix is.
macro_rules! docs {
    () => {
        "the source form was copied into the target where the glossary gives another\n\n\
A bilingual unit's target keeps the source-language form of a term \
where the glossary gives a different target form (e.g. 'Idlib' left in a Russian target: \
'Идлиб'), or the unit is not translated yet while its source has glossary terms.\n\n\
**What it checks.** Each translated unit of a bilingual file, for every concept its source \
uses (see [`super::bilingual`]): the target has no approved form of the concept but has the \
source-language form as it was (`Idlib` in a Russian target, where the glossary gives \
`Идлиб`). A term written the same in both languages (`Idlib` in German) is never reported.\n\n\
Units with no translation yet (an empty target, XLIFF state `new` or `initial`, an empty PO \
msgstr) are reported once each, at their first glossary term whose translation differs, else \
at their first glossary term (a unit whose names German writes as English does is still not \
translated), instead of their terms being reported as missing.\n\n\
In a monolingual text, an English name of a place or an organization where the text's language \
has its own Latin-script form (`Moscow` in German for `Moskau`, `Jerusalem` in French for \
`Jérusalem`) is reported too; not a form the language also writes, a known word of the \
language, a name in capitals, nor a part of a longer foreign name or an English quote.\n\n\
**Why.** Copied names are what a translator leaves behind in a hurry, and what machine \
translation does with names it does not know.\n\n\
**Example.** Source `fighting in Idlib`, target `бои в Idlib`.\n\n\
**Use instead.** `бои в Идлибе`.\n\n\
**Fix safety.** Unsafe: the target form must be inflected for its place in the sentence. A \
unit with no translation at all is reported on its source and not fixed."
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("untranslated");

/// The message of a unit not translated yet: a finding at the source that suggests what the
/// target should have.
pub(crate) const UNIT_MESSAGE: &str = "finding-untranslated-unit";

#[doc = docs!()]
pub const RULE: Rule = Rule::new(
    ID,
    Severity::Warning,
    docs!(),
    Check::Unit {
        translated: check,
        untranslated: Some(check_not_translated),
        foreign: Some(check_foreign),
    },
)
.fixed(FixPolicy::Unsafe);

/// Reports, in a monolingual text, a name left in the form of [`super::FOREIGN_SOURCE_LANG`]
/// where the text's language has its own (`Moscow` in German for `Moskau`).
///
/// Precision first (issue 11: at most one new finding per 1,000 segments of the human
/// references): only names (people, places, organizations), only an exact use of a Latin-script
/// form that is not forbidden, and not when
/// - the text's language has no form of the concept, or one written the same (skeleton-equal:
///   `Idlib` is German too), or the form is a known word of the text's language (lexicon);
/// - a hit of the text's own terms covers it (other than a near miss of the same concept:
///   `Jerusalem` in French is untranslated, not a misspelling of `Jérusalem`);
/// - it is part of a longer foreign name or a quote: a neighbouring word is capitalised and
///   unknown to the text's language, or is an English word the language does not know.
fn check_foreign(ctx: &RuleContext, own: &[Hit], foreign: &[Hit], out: &mut Vec<Finding>) {
    let lexicon = Lexicon::builtin();
    for hit in foreign {
        if hit.kind != HitKind::Exact {
            continue;
        }
        let concept = ctx.concept(hit);
        let term = ctx.term(hit);
        if !matches!(concept.kind, Some(Kind::Place | Kind::Organization))
            || term.status == Status::Forbidden
            || term.kind != TermType::Full
            || !term.in_force(ctx.date)
        {
            continue;
        }
        let found = ctx.found(hit);
        if !is_latin(found) || is_all_caps(found) {
            continue;
        }
        let mut own_forms = concept.terms_in(ctx.lang).peekable();
        if own_forms.peek().is_none()
            || !concept.terms_in(ctx.lang).all(|t| is_latin(&t.text))
            || (concept.terms_in(ctx.lang)).any(|t| same_letters(ctx.lang, &t.text, found))
        {
            continue;
        }
        let covered = own.iter().any(|o| {
            o.range.start < hit.range.end
                && hit.range.start < o.range.end
                && !(o.term.concept == hit.term.concept && matches!(o.kind, HitKind::Near { .. }))
        });
        if covered
            || words(found).any(|w| lexicon.is_known(ctx.lang, w))
            || in_longer_name(ctx, hit.range.clone())
            || super::qualified_by_a_place(ctx.text, &hit.range, &|at| {
                (own.iter().chain(foreign))
                    .find(|h| h.range.start == at && ctx.concept(h).kind == Some(Kind::Place))
                    .map(|h| h.range.end)
            })
        {
            continue;
        }
        let suggestions = expected_forms(ctx.glossary, hit, ctx.lang, ctx.date);
        let Some(first) = suggestions.first() else {
            continue;
        };
        let message = Message::new("finding-untranslated-foreign")
            .arg("found", found)
            .arg("suggestion", first.as_str());
        out.push(ctx.finding(ID, hit, suggestions, message));
    }
}

/// Whether `hit`, an exact use of an English form of a place or body in a text of another
/// language, is kept inside a longer English name (`Louisiana State`, `Radio Scotland` in
/// French): the name as its owners write it, neither untranslated nor misspelt.
pub(crate) fn kept_in_a_foreign_name(ctx: &RuleContext, hit: &Hit) -> bool {
    hit.kind == HitKind::Exact
        && matches!(
            ctx.concept(hit).kind,
            Some(Kind::Place | Kind::Organization)
        )
        && is_latin(ctx.found(hit))
        && in_longer_name(ctx, hit.range.clone())
}

/// Whether `s` has letters, all of the Latin script.
fn is_latin(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some()
        && letters.all(|c| matches!(c, 'A'..='Z' | 'a'..='z' | '\u{c0}'..='\u{24f}'))
}

/// Whether the foreign form at `range` is part of a longer foreign name or a quote: a word
/// joined to it by a hyphen in lower case (`Hauts-de-France`), a neighbour across one space
/// that [`foreign_neighbour`] says is foreign (`Jordan Spieth`, `the Moscow office`), a
/// capitalised neighbour inside a sentence of a language that writes nouns in lower case
/// (`Radio Scotland`, `Air Navigation Indonesia`, `Louisiana State` in French), or an English
/// function word after a capitalised word (`National Trust for Scotland`).
fn in_longer_name(ctx: &RuleContext, range: std::ops::Range<usize>) -> bool {
    let before = &ctx.text[..range.start];
    let after = &ctx.text[range.end..];
    // One space, of any width (a no-break space: `BBC\u{a0}Scotland`), or a hyphen.
    let gap = |c: char| c == '-' || (c.is_whitespace() && !matches!(c, '\n' | '\r'));
    let prev = before.strip_suffix(gap).map(|b| (b, words(b).next_back()));
    let next = after.strip_prefix(gap).map(|a| (a, words(a).next()));
    let joined = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // A capital inside a sentence marks a name in a language that writes its nouns in lower
    // case (`Radio Scotland`, `Louisiana State` in French); German capitalises every noun.
    let names_take_capitals = !matches!(crate::lang::primary(ctx.lang), "de" | "lb");
    if let Some((b, Some(w))) = prev {
        let hyphen = before.ends_with('-');
        let rest = b.strip_suffix(w).unwrap_or(b).trim_end();
        let mid_sentence =
            !rest.is_empty() && !rest.ends_with(['.', '!', '?', ':', '"', '\u{201c}', '\u{ab}']);
        // `Trust for Scotland`, `Bank of England`: an English name around a function word.
        let english_link = ENGLISH_ONLY.contains(&w)
            && words(rest).next_back().is_some_and(capital)
            && rest.ends_with(|c: char| c.is_alphanumeric());
        if b.ends_with(w)
            && ((hyphen && joined(w))
                || (!hyphen
                    && (foreign_neighbour(ctx.lang, w, false)
                        || english_link
                        || (names_take_capitals && mid_sentence && capital(w)))))
        {
            return true;
        }
    }
    if let Some((a, Some(w))) = next {
        let hyphen = after.starts_with('-');
        if a.starts_with(w)
            && ((hyphen && joined(w))
                || (!hyphen
                    && (foreign_neighbour(ctx.lang, w, true)
                        || (names_take_capitals && capital(w)))))
        {
            return true;
        }
    }
    in_quote(ctx.lang, before, after)
}

/// Whether the text around a foreign form (three words each side, on its line) reads as the
/// foreign language: a title or a quote (`AI Superpowers: China, Silicon Valley and the New
/// World Order` in Turkish). With a dictionary of the text's language: two English words it
/// does not know; without one: one of [`ENGLISH_ONLY`].
fn in_quote(lang: &str, before: &str, after: &str) -> bool {
    let lexicon = Lexicon::builtin();
    let before = before.rsplit('\n').next().unwrap_or("");
    let after = after.split('\n').next().unwrap_or("");
    let window = words(before).rev().take(3).chain(words(after).take(3));
    if lexicon.covers(lang) {
        let foreign = super::FOREIGN_SOURCE_LANG;
        let english = |w: &&str| lexicon.is_known(foreign, w) && !lexicon.is_known(lang, w);
        return window.filter(english).count() >= 2;
    }
    window
        .map(str::to_lowercase)
        .any(|w| ENGLISH_ONLY.contains(&w.as_str()))
}

/// Whether a form of the text's language and a foreign form are written the same: up to case
/// (`Idlib` in German), and in Turkic languages up to the dotted and dotless i and diacritics
/// (their skeletons are equal: `İdlib`). Elsewhere a diacritic counts: French `Jérusalem` is
/// not English `Jerusalem`.
fn same_letters(lang: &str, own: &str, foreign: &str) -> bool {
    if crate::lang::is_turkic(lang) {
        return skeleton(own) == skeleton(foreign);
    }
    surface(own).to_lowercase() == surface(foreign).to_lowercase()
}

/// The words of `s`, in order.
fn words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric() && !is_apostrophe(c))
        .filter(|w| !w.is_empty())
}

/// Whether `word`, next to a foreign form, makes it part of a longer foreign name or a quote:
/// an acronym before it (`BBC Scotland`), capitalised and unknown to `lang` (`Moscow Times`), or
/// a word of the foreign language that `lang` does not know (`the Moscow office`). Without a dictionary of `lang` (German): a
/// capitalised word after the form, a capitalised English word before it, or an English word no
/// other language of the glossary writes (`the`, `of`).
fn foreign_neighbour(lang: &str, word: &str, following: bool) -> bool {
    let lexicon = Lexicon::builtin();
    let foreign = super::FOREIGN_SOURCE_LANG;
    if !following && word.chars().count() >= 2 && word.chars().all(char::is_uppercase) {
        // An acronym before the form names a body of that place, kept in English: `BBC
        // Scotland`, `NHS Scotland` in a French text.
        return true;
    }
    if lexicon.is_known(lang, word) {
        return false;
    }
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    if lexicon.covers(lang) {
        return capital || lexicon.is_known(foreign, word);
    }
    if capital {
        // A German noun rarely follows a name across a space, but often comes before one
        // (`Präsident Putin`): a capitalised word after the form is taken for more of the name.
        return following || lexicon.is_known_as_written(foreign, word);
    }
    ENGLISH_ONLY.contains(&word)
}

/// English words that are not words of the other languages of the glossary: next to an
/// English name they make it part of English text.
const ENGLISH_ONLY: &[&str] = &[
    "the", "of", "and", "for", "from", "with", "at", "by", "is", "was", "said", "to", "on",
    "which", "who", "has", "have", "will", "would", "its", "their",
];

/// Reports source forms left in the target.
fn check(
    src: &RuleContext,
    tgt: &RuleContext,
    pairings: &[Pairing],
    out: &mut Vec<(Side, Finding)>,
) {
    for p in pairings {
        let Outcome::Copied(hit) = p.outcome else {
            continue;
        };
        let suggestions = expected(src, tgt, &p.source);
        let Some(first) = suggestions.first() else {
            continue;
        };
        let message = Message::new("finding-untranslated")
            .arg("found", tgt.found(hit))
            .arg("suggestion", first.as_str());
        out.push((Side::Target, tgt.finding(ID, hit, suggestions, message)));
    }
}

/// Reports a unit that is not translated yet, at its first glossary term.
fn check_not_translated(
    src: &RuleContext,
    tgt: &RuleContext,
    pairings: &[Pairing],
    out: &mut Vec<(Side, Finding)>,
) {
    // At the first term whose translation is not the source form itself, which says most about
    // what is missing; else at the first term: a unit whose names are all written the same in
    // both languages (`Idlib and Hama` in German) is still not translated.
    let with_suggestions = pairings.iter().filter_map(|p| {
        let suggestions = expected(src, tgt, &p.source);
        (!suggestions.is_empty()).then_some((p, suggestions))
    });
    let differs = |(p, suggestions): &(&Pairing, Vec<String>)| {
        let written = skeleton(&src.term(&p.source).text);
        !suggestions.iter().any(|s| skeleton(s) == written)
    };
    let Some((p, suggestions)) = with_suggestions
        .clone()
        .find(differs)
        .or_else(|| with_suggestions.clone().next())
    else {
        return;
    };
    let first = &suggestions[0];
    let message = Message::new(UNIT_MESSAGE)
        .arg("source", src.found(&p.source))
        .arg("suggestion", first.as_str());
    out.push((
        Side::Source,
        src.finding(ID, &p.source, suggestions, message),
    ));
}

/// The target forms to suggest for the source term at `source`.
fn expected(src: &RuleContext, tgt: &RuleContext, source: &Hit) -> Vec<String> {
    expected_forms(src.glossary, source, tgt.lang, tgt.date)
}

#[cfg(test)]
mod tests {
    use super::ID;
    use crate::rules::testing::{check_pair, Expect};

    #[test]
    fn a_word_before_the_name_that_ends_in_punctuation_is_read_whole() {
        // Whether `Aleppo` is kept inside an English name asks for the word before it,
        // `навсегда` in `навсегда,`: it is found by its letters, not cut at a byte count (this
        // panicked inside `н`). Russian writes its own form in Cyrillic: no finding.
        crate::rules::testing::check_lang("ru", "Они пожалеют навсегда, Aleppo.", &[]);
    }

    #[test]
    fn a_source_form_left_in_the_target() {
        check_pair(
            "en",
            "Fighting in Idlib.",
            "ru",
            "Бои в Idlib.",
            &[Expect(ID, "Idlib", &["Идлиб"])],
        );
    }

    #[test]
    fn a_name_written_the_same_in_both_languages_is_not_untranslated() {
        // Turkish İdlib folds to the same letters as Idlib.
        check_pair("en", "Fighting in Idlib.", "tr", "İdlib'de çatışma.", &[]);
    }

    #[test]
    fn an_empty_target_is_untranslated_even_where_its_names_are_written_the_same() {
        // German writes Idlib as English does: the unit is still not translated.
        check_pair(
            "en",
            "Fighting in Idlib.\nNothing here.",
            "de",
            "\nNichts.",
            &[Expect(ID, "Idlib", &["Idlib"])],
        );
        // Where some term differs, the finding is at that one: it says what is missing.
        check_pair(
            "en",
            "A ceasefire in Idlib.\nNothing here.",
            "de",
            "\nNichts.",
            &[Expect(ID, "ceasefire", &["Waffenstillstand"])],
        );
    }

    #[test]
    fn an_empty_target_is_an_untranslated_unit() {
        check_pair(
            "en",
            "Fighting in Idlib.\nNothing here.",
            "ru",
            "\nНичего.",
            &[Expect(ID, "Idlib", &["Идлиб"])],
        );
    }
}
