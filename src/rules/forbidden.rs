//! `forbidden`: a forbidden form of a concept is used.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule forbidden`).

use super::{Check, FixPolicy, Rule, RuleContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity};
use crate::glossary::Status;
use crate::matcher::lexicon::Lexicon;
use crate::matcher::{Hit, HitKind};
use crate::text::surface::{is_all_caps, lower};

/// The documentation of `forbidden` (see [`super::Rule::docs`]): a one-line summary, the help,
/// then what it checks, why, an example, what to use instead and how safe a fix is.
macro_rules! docs {
    () => {
        "a forbidden form of a concept is used\n\n\
A forbidden form of a concept is used: a deprecated, superseded or wrong \
form, or a name after its validity period. Use the preferred form suggested (e.g. 'auto \
bomb' -> 'car bomb', 'USA' -> 'US').\n\n\
**What it checks.** Every use (in any inflected form, in any case) of a term the glossary \
marks `forbidden` in the document's language, and of a term used after its validity period \
ended (`Nur-Sultan` in an article dated 2023). A name used before its period begins is not \
reported: a story that names a proposed or coming name (`North Macedonia` in 2018) is right \
to.\n\n\
**Why.** Forbidden forms are deprecated, superseded or plain wrong: a transliteration the \
style guide rejects, an outdated name, a calque.\n\n\
**Example.** `a auto bomb went off in Azaz`; `a senior USA official`.\n\n\
**Use instead.** The concept's preferred form, inflected like the text: \
`a car bomb went off in Azaz`; `a senior US official`.\n\n\
**Fix safety.** Safe when there is one suggestion (inflected and in the case of the text: \
`в Нур-Султане` -> `в Астане`, `AUTO BOMB` -> `CAR BOMB`); with several, the first is an \
unsafe fix."
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("forbidden");

#[doc = docs!()]
pub const RULE: Rule =
    Rule::new(ID, Severity::Error, docs!(), Check::Hits(check)).fixed(FixPolicy::SafeWhenOne);

/// Reports uses of forbidden terms and of terms not in force on the document's date.
fn check(ctx: &RuleContext, hits: &[Hit], out: &mut Vec<Finding>) {
    let mut lines = Lines::new(ctx.text);
    // Where the exact uses of glossary terms are, by start: a term next to an acronym is a
    // name of its own (`Turkey USA`), not a longer name the acronym is part of.
    let mut terms: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| !matches!(h.kind, HitKind::Near { .. }))
        .map(|h| (h.range.start, h.range.end))
        .collect();
    terms.sort_unstable();
    let is_term = |at: usize| {
        let i = terms.partition_point(|&(s, _)| s <= at);
        terms[..i].last().is_some_and(|&(_, e)| e > at)
    };
    let name_word = |w: &str| {
        // A longer name around an acronym is made of ordinary words in capitals (`Team USA`,
        // `Turning Point USA`, `Priorities USA`); a proper noun before it is a name of its
        // own (`Paris U.K.`, `Erdogan USA`). Without a dictionary, any capitalised word.
        let lexicon = Lexicon::builtin();
        !lexicon.covers(ctx.lang) || lexicon.is_known_as_written(ctx.lang, &lower(ctx.lang, w))
    };
    for hit in hits {
        if matches!(hit.kind, HitKind::Near { .. }) {
            continue;
        }
        let term = ctx.term(hit);
        let found = ctx.found(hit);
        if is_all_caps(&term.text)
            && in_a_name(ctx.text, &hit.range, &is_term, &name_word)
            && !lines.is_all_caps(&hit.range)
        {
            // `Team USA`, `Priorities USA`, `USA Today`: part of a name, not the country.
            continue;
        }
        let suggestions = ctx.replacements(hit);
        let message = if term.status == Status::Forbidden {
            match suggestions.first() {
                Some(s) => Message::new("finding-forbidden")
                    .arg("found", found)
                    .arg("suggestion", s.as_str()),
                None => Message::new("finding-forbidden-plain").arg("found", found),
            }
        } else if term.superseded(ctx.date) {
            let Some(s) = suggestions.first() else {
                continue;
            };
            Message::new("finding-out-of-force")
                .arg("found", found)
                .arg("suggestion", s.as_str())
                .arg("date", ctx.date.map(|d| d.to_string()).unwrap_or_default())
        } else {
            continue;
        };
        out.push(ctx.finding(ID, hit, suggestions, message));
    }
}

/// Whether the word before or after `range`, on the same line and separated from it by white
/// space only, starts with a capital letter: a word that starts a sentence, ends with
/// punctuation (`Turkey, USA and Russia`), is itself a glossary term (`is_term` at its start)
/// or, before the range, is not a `name_word`, does not count.
///
/// Every scan here is bounded (a word is never longer than [`MAX_WORD`] bytes), so that a file
/// of one long line without spaces (`USA,USA,USA,...`) is checked in linear time.
fn in_a_name(
    text: &str,
    range: &std::ops::Range<usize>,
    is_term: &dyn Fn(usize) -> bool,
    name_word: &dyn Fn(&str) -> bool,
) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let blank = |c: char| c.is_whitespace() && c != '\n' && c != '\r';
    let ends_sentence = |s: &str| {
        let s = s.trim_end_matches(blank);
        s.is_empty() || s.ends_with(['.', '!', '?', ':', '"', '\n', '\r', '\u{201c}', '\u{2014}'])
    };
    let before = &text[..range.start];
    let prev_is_name = !ends_sentence(before) && {
        let trimmed = before.trim_end_matches(blank);
        let mut window = trimmed.len().saturating_sub(MAX_WORD);
        while !trimmed.is_char_boundary(window) {
            window += 1;
        }
        let start = match trimmed[window..]
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
        {
            Some((i, c)) => Some(window + i + c.len_utf8()),
            None if window == 0 => Some(0),
            // No word boundary within reach: not a word, so not a name.
            None => None,
        };
        start.is_some_and(|start| {
            let word = &trimmed[start..];
            // A comma, a bracket, a quote: the name, if any, ends there.
            let glued = word.chars().next_back().is_some_and(char::is_alphanumeric);
            glued
                && capital(word)
                && !ends_sentence(&trimmed[..start])
                && !is_term(start)
                && name_word(word)
        })
    };
    let after = text[range.end..].trim_start_matches(blank);
    // The next word starts with a capital: its first character is one (never white space).
    let next_is_name = text[range.end..].starts_with(blank)
        && capital(after)
        && !is_term(text.len() - after.len());
    prev_is_name || next_is_name
}

/// The longest run of bytes looked at as one word by [`in_a_name`].
const MAX_WORD: usize = 256;

/// The lines of a text, found once, and whether each is in capitals (a headline), found on
/// first use: each line is looked at once however many hits it has.
struct Lines<'t> {
    text: &'t str,
    /// Byte offsets of the `\n`s, computed on first use.
    breaks: Option<Vec<usize>>,
    caps: rustc_hash::FxHashMap<(usize, usize), bool>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        Lines {
            text,
            breaks: None,
            caps: Default::default(),
        }
    }

    /// Whether the line around `range` (from the `\n` before it to the `\n` after it) is
    /// all in capitals.
    fn is_all_caps(&mut self, range: &std::ops::Range<usize>) -> bool {
        let text = self.text;
        let breaks = self.breaks.get_or_insert_with(|| {
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i)
                .collect()
        });
        let i = breaks.partition_point(|&b| b < range.start);
        let start = if i == 0 { 0 } else { breaks[i - 1] + 1 };
        let j = breaks.partition_point(|&b| b < range.end);
        let end = breaks.get(j).copied().unwrap_or(text.len());
        *self
            .caps
            .entry((start, end))
            .or_insert_with(|| is_all_caps(&text[start..end]))
    }
}

#[cfg(test)]
mod tests {
    use super::ID;
    use crate::rules::testing::{check_en, Expect};

    #[test]
    fn flags_forbidden_forms_with_the_preferred_form() {
        check_en(
            "A auto bomb went off. A senior USA official came.",
            &[
                Expect(ID, "auto bomb", &["car bomb"]),
                Expect(ID, "USA", &["US"]),
            ],
        );
    }

    #[test]
    fn suggestion_follows_inflection_and_case() {
        check_en(
            "Talks on safe-zones. Auto bombs and AUTO BOMB.",
            &[
                Expect(ID, "safe-zones", &["safe zones"]),
                Expect(ID, "Auto bombs", &["Car bombs"]),
                Expect(ID, "AUTO BOMB", &["CAR BOMB"]),
            ],
        );
    }

    #[test]
    fn names_out_of_force_on_the_date() {
        crate::rules::testing::check_dated(
            "Talks in Nur-Sultan.",
            "2023-01-10",
            &[Expect(ID, "Nur-Sultan", &["Astana"])],
        );
        crate::rules::testing::check_dated("Talks in Nur-Sultan.", "2020-01-10", &[]);
        // Before the rename, the coming name is named, not misused.
        crate::rules::testing::check_dated("Talks in Nur-Sultan.", "2018-01-10", &[]);
    }

    #[test]
    fn issue_3_wide_space_before_a_forbidden_acronym() {
        check_en("He said\u{3000}Team\u{2003}USA won.", &[]);
    }

    #[test]
    fn an_acronym_inside_a_name_is_not_the_country() {
        check_en(
            "They beat Team USA. Cecil of Priorities USA spoke. He read USA Today. A USA official came.",
            &[Expect(ID, "USA", &["US"])],
        );
    }

    #[test]
    fn approved_forms_are_not_flagged() {
        check_en("A car bomb, safe zones, the US and the U.S.", &[]);
    }

    #[test]
    fn issue_4_inflected_forbidden_forms_get_inflected_suggestions() {
        crate::rules::testing::check_lang(
            "ru",
            "Бои у Идлеба и в Идлебе.",
            &[
                Expect(ID, "Идлеба", &["Идлиба"]),
                Expect(ID, "Идлебе", &["Идлибе"]),
            ],
        );
        crate::rules::testing::check_lang(
            "ru",
            "Речь Ердогана.",
            &[Expect(
                ID,
                "Ердогана",
                &["Эрдогана", "Реджепа Тайипа Эрдогана"],
            )],
        );
        crate::rules::testing::check_lang_dated(
            "ru",
            "Переговоры в Нур-Султане.",
            "2023-01-10",
            &[Expect(ID, "Нур-Султане", &["Астане"])],
        );
        crate::rules::testing::check_lang_dated(
            "tr",
            "Nur-Sultan'da ve Nur-Sultan'ın merkezinde.",
            "2023-01-10",
            &[
                Expect(ID, "Nur-Sultan", &["Astana"]),
                Expect(ID, "Nur-Sultan'ın", &["Astana'nın"]),
            ],
        );
        crate::rules::testing::check_lang(
            "ar",
            "وأوزباكستان",
            &[Expect(ID, "وأوزباكستان", &["وأوزبكستان"])],
        );
    }
}
