//! `placeholder`: a placeholder, variable or inline tag of the source is missing from the
//! target, or the target has one the source lacks.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule placeholder`).

use std::collections::BTreeMap;

use super::{message_id, Check, Rule, UnitsContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity, Side};
use crate::formats::{Document, Unit};
use crate::text::placeholders::{scan, Placeholder};

/// The documentation of `placeholder` (see [`super::Rule::docs`]).
macro_rules! docs {
    () => {
        "a placeholder, variable or inline tag of the source is missing from the target, or the target adds one\n\n\
A translated unit must carry every placeholder of its source (`%1$d`, `{name}`, \
`{{count}}`, `{ $city }`, `<ph id=\"1\"/>`, `<b>`) and no other: a missing one loses a \
value at run time, an added one crashes or prints garbage. Reordering is fine.\n\n\
**What it checks.** Each translated unit of a bilingual file (XLIFF, PO, TMX) and each \
message of localization catalogs paired by id, compared as a whole message: the plural forms \
of a PO entry and the variants of a Fluent select expression are one message, and a target \
form may leave out a placeholder only where some source form lacks it (`msgstr[0] \"%d файл\"` \
for `msgid \"One file\"` / `msgid_plural \"%d files\"` is fine). A variant for a single \
number may spell it out and leave out its count (the integer printf conversion, ICU `#`, the \
Fluent select's variable), as Android Lint allows: German `one` is 1 alone, so `Ein Artikel` \
translates `%d article`; so are Arabic `zero` and `two` and an explicit `[1]` or `=0`; Russian \
and French `one` take other numbers too (21, 31; 0 and 1.5) and keep it (CLDR plural rules). A \
placeholder missing or added several times is reported once per unit. The syntaxes read depend on \
the file's format: XLIFF inline elements, printf and ICU braces; PO printf, Python \
`%(name)s` and `{name}`, HTML tags; TMX `<ph>`/`<bpt>`/`<ept>`/`<it>` and printf; Fluent \
placeables; JSON i18next, ICU, printf and HTML tags. printf arguments keep their numbers: \
`%1$s` is not `%2$s`, and `%s %d` translated `%d %s` gives each argument the other's type. \
Aligned plain text is prose and has no placeholders (`50% of` is not printf). An added \
placeholder is reported at itself; a missing one at the target text, naming it.\n\n\
**Why.** Placeholders are code: the program fills them in. A translation that drops \
`{count}` shows the wrong sentence; one that adds `%s` or swaps `%s` and `%d` can crash.\n\n\
**Example.** Source `Deleted %d files in {folder}`, target `Удалено файлов: %d`.\n\n\
**Use instead.** `Удалено файлов в {folder}: %d`."
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("placeholder");

#[doc = docs!()]
pub const RULE: Rule = Rule::new(ID, Severity::Error, docs!(), Check::Units(check));

/// Compares the placeholders of each message's source forms with each of its target forms.
fn check(ctx: &UnitsContext, out: &mut Vec<(Side, Finding)>) {
    let src_syntax = ctx.source.format.placeholder_syntax();
    let tgt_syntax = ctx.target.format.placeholder_syntax();
    if src_syntax.is_empty() && tgt_syntax.is_empty() {
        return;
    }
    let same = std::ptr::eq(ctx.source, ctx.target);
    // In catalogs paired by id, every source segment of a message (each variant) counts.
    let by_message = (!same).then(|| segments_by_message(ctx.source));
    for (id, units) in ctx.messages() {
        let mut sources: Vec<usize> = Vec::new();
        for u in &units {
            if !sources.contains(&u.source) {
                sources.push(u.source);
            }
        }
        if let Some(more) = by_message.as_ref().and_then(|m| m.get(id)) {
            for &s in more {
                if !sources.contains(&s) {
                    sources.push(s);
                }
            }
        }
        let source_sets: Vec<Vec<Placeholder>> = (sources.iter())
            .map(|&s| placeholders(ctx.source, s, src_syntax))
            .collect();
        // Every key of any source form, with its text as first written there.
        let mut union: BTreeMap<&str, String> = BTreeMap::new();
        for set in &source_sets {
            for p in set {
                union
                    .entry(p.key.as_str())
                    .or_insert_with(|| ctx.source.text[p.range.clone()].to_string());
            }
        }
        // The keys every source form has: every target form must have them too.
        let everywhere: Vec<&str> = (union.keys().copied())
            .filter(|k| {
                source_sets
                    .iter()
                    .all(|set| set.iter().any(|p| p.key == *k))
            })
            .collect();
        let mut seen_in_target: Vec<String> = Vec::new();
        // The placeholders reported missing, by target segment, as written.
        let mut reported_missing: Vec<(usize, &str)> = Vec::new();
        let mut first_target: Option<(&Unit, usize)> = None;
        let mut targets: Vec<usize> = Vec::new();
        for u in &units {
            let Some(t) = u.target else { continue };
            if targets.contains(&t) {
                continue;
            }
            targets.push(t);
            first_target.get_or_insert((u, t));
            let found = placeholders(ctx.target, t, tgt_syntax);
            // A variant for a single number may spell it out (`one` in German: "Ein Artikel").
            let spelled = spelled_out_counts(ctx.target_lang(u), &ctx.target.segments[t]);
            let mut missing: Vec<&str> = (everywhere.iter().copied())
                .filter(|k| !found.iter().any(|p| p.key == *k))
                .filter(|k| !spelled.iter().any(|count| count.is(k)))
                .collect();
            // One finding per placeholder as written: an unnumbered `%@` repeated is a new key
            // each time (`%5$@`, `%6$@`), but one placeholder to a reviewer.
            let mut missing_texts: Vec<&str> = Vec::new();
            missing.retain(|k| {
                let text = union[*k].as_str();
                let new = !missing_texts.contains(&text);
                missing_texts.push(text);
                new
            });
            let mut reported: Vec<&str> = Vec::new();
            let mut reported_texts: Vec<&str> = Vec::new();
            for p in &found {
                seen_in_target.push(p.key.clone());
                if union.contains_key(p.key.as_str()) || reported.contains(&p.key.as_str()) {
                    continue;
                }
                reported.push(&p.key);
                let text = &ctx.target.text[p.range.clone()];
                // A printf argument of another type at a position the source has.
                let swapped = p.printf_position().and_then(|(n, _)| {
                    let i = missing.iter().position(|k| {
                        let q = Placeholder {
                            range: 0..0,
                            key: k.to_string(),
                        };
                        q.printf_position().is_some_and(|(m, _)| m == n)
                    })?;
                    Some((n, missing.remove(i)))
                });
                let message = match swapped {
                    Some((n, key)) => Message::new("finding-placeholder-type")
                        .arg("found", text)
                        .arg("position", n.to_string())
                        .arg("placeholder", union[key].as_str()),
                    None => {
                        // Added twice as written (`%s` and `%s`, keys `%2$s` and `%3$s`):
                        // reported at its first place.
                        if reported_texts.contains(&text) {
                            continue;
                        }
                        reported_texts.push(text);
                        Message::new("finding-placeholder-added").arg("found", text)
                    }
                };
                out.push((Side::Target, ctx.finding(ID, u, p.range.clone(), message)));
            }
            for key in missing {
                reported_missing.push((t, union[key].as_str()));
                let message = Message::new("finding-placeholder-missing")
                    .arg("placeholder", union[key].as_str());
                out.push((
                    Side::Target,
                    ctx.finding(ID, u, text_range(ctx.target, t), message),
                ));
            }
        }
        // A key some source forms have, that no target form has.
        if let Some((u, t)) = first_target {
            for (key, text) in &union {
                if everywhere.contains(key)
                    || seen_in_target.iter().any(|k| k == key)
                    || reported_missing.contains(&(t, text.as_str()))
                {
                    continue;
                }
                reported_missing.push((t, text.as_str()));
                let message =
                    Message::new("finding-placeholder-missing").arg("placeholder", text.as_str());
                out.push((
                    Side::Target,
                    ctx.finding(ID, u, text_range(ctx.target, t), message),
                ));
            }
        }
    }
}

/// The counts a variant for a single number may leave out, spelling the number instead, as
/// translators do and Android Lint allows (`ImpliedQuantity`): German `one` is 1 alone, so
/// `Ein ungelesener Artikel` needs no `%d`; Russian `one` is also 21, 31, ... and does. One
/// per level of the segment's [`Variant`](crate::formats::Variant) whose key is a single
/// number in `lang`: an explicit number (Fluent `[0]`, ICU `=1`) or a plural category that
/// one number alone takes.
fn spelled_out_counts(lang: &str, segment: &crate::formats::Segment) -> Vec<Count> {
    let Some(variant) = &segment.variant else {
        return Vec::new();
    };
    (variant.path.iter())
        .filter(|k| single_number(lang, &k.key))
        .map(|k| Count {
            selector: k.selector.clone(),
        })
        .collect()
}

/// The number a select or plural item chooses by.
struct Count {
    /// The placeholder key of the select's variable (Fluent `$count`); `None` for a plural
    /// item, whose count is the message's integer printf argument (or ICU `#`).
    selector: Option<String>,
}

impl Count {
    /// Whether placeholder `key` writes this count.
    fn is(&self, key: &str) -> bool {
        match &self.selector {
            Some(var) => key == var,
            None => {
                key == "#"
                    || (Placeholder {
                        range: 0..0,
                        key: key.to_string(),
                    })
                    .printf_position()
                    .is_some_and(|(_, c)| matches!(c, 'd' | 'u' | 'o' | 'x' | 'X'))
            }
        }
    }
}

/// Whether variant key `key` chooses a single number in language `lang`: an explicit number
/// (`1`, `=1`, `0`), or a CLDR plural category that exactly one of the integers 0 to 1000
/// takes and no fraction does (German, English, Turkish `one`; Arabic `zero`, `one`, `two`; not
/// French `one`, which is 0, 1 and 1.5, nor Russian `one`, which is 1, 21, 31, ...). A
/// language whose rules are unknown has none.
fn single_number(lang: &str, key: &str) -> bool {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let number = key.strip_prefix('=').unwrap_or(key);
    if !number.is_empty()
        && number.bytes().any(|b| b.is_ascii_digit())
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
    {
        return number.parse::<f64>().is_ok();
    }
    let category = match key {
        "zero" => PluralCategory::ZERO,
        "one" => PluralCategory::ONE,
        "two" => PluralCategory::TWO,
        "few" => PluralCategory::FEW,
        "many" => PluralCategory::MANY,
        _ => return false,
    };
    let Ok(id) = lang.parse::<unic_langid::LanguageIdentifier>() else {
        return false;
    };
    let rules = PluralRules::create(id.clone(), PluralRuleType::CARDINAL).or_else(|_| {
        let language = unic_langid::LanguageIdentifier::from_parts(id.language, None, None, &[]);
        PluralRules::create(language, PluralRuleType::CARDINAL)
    });
    let Ok(rules) = rules else {
        return false;
    };
    let is = |n: &str| rules.select(n).as_ref() == Ok(&category);
    let integers = (0..=1000u32).filter(|n| is(&n.to_string())).take(2).count();
    integers == 1 && !["0.5", "1.5", "2.5"].iter().any(|n| is(n))
}

/// The placeholders of segment `i` of `doc`, in its raw text.
fn placeholders(
    doc: &Document,
    i: usize,
    syntax: crate::text::placeholders::Syntax,
) -> Vec<Placeholder> {
    scan(&doc.text, doc.raw_range(i), syntax)
}

/// The byte range of segment `i`'s text in the file.
fn text_range(doc: &Document, i: usize) -> std::ops::Range<usize> {
    let seg = &doc.segments[i];
    let start = seg.map.to_src(0);
    start..seg.map.to_src(seg.text.len()).max(start)
}

/// The segments of `doc` by message id.
fn segments_by_message(doc: &Document) -> rustc_hash::FxHashMap<&str, Vec<usize>> {
    let mut map: rustc_hash::FxHashMap<&str, Vec<usize>> = Default::default();
    for (i, s) in doc.segments.iter().enumerate() {
        if let Some(u) = s.unit.as_deref() {
            map.entry(message_id(u)).or_default().push(i);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::ID;
    use crate::formats::Format;
    use crate::rules::testing::{check_aligned, check_file};

    fn f(found: &str, message: &str) -> (String, String) {
        (found.to_string(), message.to_string())
    }

    fn xliff(source: &str, target: &str) -> String {
        format!(
            "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file source-language=\"en\" \
target-language=\"ru\" datatype=\"plaintext\" original=\"x\"><body>\n<trans-unit id=\"u1\">\
<source>{source}</source><target state=\"translated\">{target}</target></trans-unit>\n\
</body></file></xliff>\n"
        )
    }

    #[test]
    fn xliff_inline_elements_printf_and_icu_compared_as_sets() {
        let text = xliff(
            "<ph id=\"1\"/>Deleted %d files in {folder}<x id=\"2\"/>",
            "Удалено файлов: %d<x id=\"3\"/> в Идлибе",
        );
        let got = check_file(Format::Xliff, &text, "ru", ID);
        assert_eq!(
            got,
            [
                // At the target text first, then at the placeholder added.
                f(
                    "Удалено файлов: %d<x id=\"3\"/> в Идлибе",
                    "finding-placeholder-missing placeholder=<ph id=\"1\"/>"
                ),
                f(
                    "Удалено файлов: %d<x id=\"3\"/> в Идлибе",
                    "finding-placeholder-missing placeholder=<x id=\"2\"/>"
                ),
                f(
                    "Удалено файлов: %d<x id=\"3\"/> в Идлибе",
                    "finding-placeholder-missing placeholder={folder}"
                ),
                f(
                    "<x id=\"3\"/>",
                    "finding-placeholder-added found=<x id=\"3\"/>"
                ),
            ]
        );
        // Reordered, with a leading element: nothing to say.
        let text = xliff(
            "<ph id=\"1\"/>Deleted %1$d files in {folder}",
            "<ph id=\"1\"/>В {folder} удалено %1$d файлов",
        );
        assert!(check_file(Format::Xliff, &text, "ru", ID).is_empty());
    }

    #[test]
    fn printf_arguments_keep_their_numbers_and_types() {
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\n\
#, c-format\nmsgid \"%s has %d files\"\nmsgstr \"%d Dateien hat %s\"\n\n\
msgid \"%1$s of %2$s\"\nmsgstr \"%2$s von %1$s\"\n\n\
msgid \"%1$s at %2$s\"\nmsgstr \"%1$s bei %1$s\"\n";
        let got = check_file(Format::Po, po, "de", ID);
        assert_eq!(
            got,
            [
                f(
                    "%d",
                    "finding-placeholder-type found=%d position=1 placeholder=%s"
                ),
                f(
                    "%s",
                    "finding-placeholder-type found=%s position=2 placeholder=%d"
                ),
                f(
                    "%1$s bei %1$s",
                    "finding-placeholder-missing placeholder=%2$s"
                ),
            ]
        );
    }

    #[test]
    fn po_plural_forms_are_one_message() {
        // msgstr[0] may drop %d: the singular source form has none.
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n\n\
msgid \"One file in <b>Idlib</b>\"\nmsgid_plural \"%d files in <b>Idlib</b>\"\n\
msgstr[0] \"%d файл в <b>Идлибе</b>\"\nmsgstr[1] \"%d файла в <b>Идлибе</b>\"\n\
msgstr[2] \"файлов в <b>Идлибе</b> %(n)s\"\n";
        let got = check_file(Format::Po, po, "ru", ID);
        assert_eq!(got, [f("%(n)s", "finding-placeholder-added found=%(n)s")]);
        // A tag every form of the source has is needed in every form of the target.
        let po = po.replace(
            "msgstr[1] \"%d файла в <b>Идлибе</b>\"",
            "msgstr[1] \"%d файла в Идлибе\"",
        );
        let got = check_file(Format::Po, &po, "ru", ID);
        assert_eq!(
            got,
            [
                f(
                    "%d файла в Идлибе",
                    "finding-placeholder-missing placeholder=</b>"
                ),
                f(
                    "%d файла в Идлибе",
                    "finding-placeholder-missing placeholder=<b>"
                ),
                f("%(n)s", "finding-placeholder-added found=%(n)s"),
            ]
        );
    }

    #[test]
    fn tmx_codes_and_printf() {
        let tmx = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\" \
datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" creationtool=\"t\" \
creationtoolversion=\"1\" o-tmf=\"t\"/><body>\n<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>\
<bpt i=\"1\">&lt;b&gt;</bpt>%s<ept i=\"1\">&lt;/b&gt;</ept> in Idlib</seg></tuv>\
<tuv xml:lang=\"tr\"><seg>İdlib'de %s<ph x=\"2\">&lt;br/&gt;</ph></seg></tuv></tu>\n</body></tmx>\n";
        let got = check_file(Format::Tmx, tmx, "tr", ID);
        let messages: Vec<&str> = got.iter().map(|(_, m)| m.as_str()).collect();
        assert_eq!(
            messages,
            [
                "finding-placeholder-missing placeholder=<bpt i=\"1\">&lt;b&gt;</bpt>",
                "finding-placeholder-missing placeholder=<ept i=\"1\">&lt;/b&gt;</ept>",
                "finding-placeholder-added found=<ph x=\"2\">&lt;br/&gt;</ph>",
            ]
        );
    }

    /// The findings of the rule in catalog `target` (in `lang`) paired with the English
    /// `reference`, both in `format`: found text and message.
    fn paired(format: Format, reference: &str, lang: &str, target: &str) -> Vec<(String, String)> {
        use crate::check::{CheckOptions, Checker};
        let en = format.read("en", reference.to_string()).unwrap();
        let doc = format.read("t", target.to_string()).unwrap();
        let checker = Checker::new(crate::rules::testing::fixture(), CheckOptions::default());
        let (findings, _, _) = checker.check_paired(&en, &doc, "en", lang, false);
        (findings.iter())
            .filter(|x| x.rule == ID)
            .map(|x| {
                assert_eq!(&target[x.range.clone()], x.found, "found is the slice");
                let args: Vec<String> = (x.message.args.iter())
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                f(&x.found, &format!("{} {}", x.message.id, args.join(" ")))
            })
            .collect()
    }

    fn plurals(items: &[(&str, &str)]) -> String {
        let items: String = (items.iter())
            .map(|(q, t)| format!("        <item quantity=\"{q}\">{t}</item>\n"))
            .collect();
        format!("<resources>\n    <plurals name=\"unread\">\n{items}    </plurals>\n</resources>\n")
    }

    #[test]
    fn a_variant_for_one_number_may_spell_it_out() {
        let en = plurals(&[
            ("one", "%d unread story from %s"),
            ("other", "%d unread stories from %s"),
        ]);
        // German `one` is 1 alone: "Ein" is the number.
        let de = plurals(&[
            ("one", "Ein ungelesener Artikel von %2$s"),
            ("other", "%1$d ungelesene Artikel von %2$s"),
        ]);
        assert_eq!(paired(Format::Android, &en, "de", &de), []);
        assert_eq!(paired(Format::Android, &en, "de-AT", &de), []);
        // ... but not the name.
        let de = plurals(&[
            ("one", "Ein ungelesener Artikel"),
            ("other", "%d ungelesene Artikel von %s"),
        ]);
        assert_eq!(
            paired(Format::Android, &en, "de", &de),
            [f(
                "Ein ungelesener Artikel",
                "finding-placeholder-missing placeholder=%s"
            )]
        );
        // Russian `one` is also 21, 31, ...: the count is needed.
        let ru = plurals(&[
            ("one", "Одна непрочитанная статья от %2$s"),
            ("few", "%1$d непрочитанные статьи от %2$s"),
            ("many", "%1$d непрочитанных статей от %2$s"),
            ("other", "%1$d непрочитанной статьи от %2$s"),
        ]);
        assert_eq!(
            paired(Format::Android, &en, "ru", &ru),
            [f(
                "Одна непрочитанная статья от ",
                "finding-placeholder-missing placeholder=%d"
            )]
        );
        // French `one` is 0 and 1 (and 1.5): not a single number either.
        let fr = plurals(&[
            ("one", "Un article non lu de %2$s"),
            ("other", "%1$d articles non lus de %2$s"),
        ]);
        assert_eq!(paired(Format::Android, &en, "fr", &fr).len(), 1);
        // Arabic `zero`, `one` and `two` are single numbers; `few` is not.
        let ar = plurals(&[
            ("zero", "لا مقالات من %2$s"),
            ("one", "مقال واحد من %2$s"),
            ("two", "مقالان من %2$s"),
            ("few", "%1$d مقالات من %2$s"),
            ("many", "%1$d مقالا من %2$s"),
            ("other", "%1$d مقال من %2$s"),
        ]);
        assert_eq!(paired(Format::Android, &en, "ar", &ar), []);
        let ar = ar.replace("%1$d مقالات", "مقالات");
        assert_eq!(
            paired(Format::Android, &en, "ar", &ar),
            [f("مقالات من ", "finding-placeholder-missing placeholder=%d")]
        );
    }

    #[test]
    fn a_fluent_variant_for_one_number_may_leave_out_the_selector() {
        let en = "n = { $count ->\n    [one] { $count } story by { $author }\n   *[other] { $count } stories by { $author }\n}\n";
        let de = "n = { $count ->\n    [one] Ein Artikel von { $author }\n   *[other] { $count } Artikel von { $author }\n}\n";
        assert_eq!(paired(Format::Fluent, en, "de", de), []);
        // Any other variable is still needed.
        let de = "n = { $count ->\n    [one] Ein Artikel\n   *[other] { $count } Artikel von { $author }\n}\n";
        assert_eq!(
            paired(Format::Fluent, en, "de", de),
            [f(
                "Ein Artikel",
                "finding-placeholder-missing placeholder={ $author }"
            )]
        );
        // An explicit number is one number in every language.
        let ru = "n = { $count ->\n    [0] Нет статей { $author }\n    [one] { $count } статья { $author }\n   *[many] { $count } статей { $author }\n}\n";
        assert_eq!(paired(Format::Fluent, en, "ru", ru), []);
        let ru = ru.replace("[one] { $count } статья", "[one] Одна статья");
        assert_eq!(
            paired(Format::Fluent, en, "ru", &ru),
            [f(
                "Одна статья ",
                "finding-placeholder-missing placeholder={ $count }"
            )]
        );
    }

    #[test]
    fn a_placeholder_repeated_is_reported_once() {
        // Seven phrases with the app's name, translated by four: `%@` is missing once.
        let text = xliff(
            "Activate %@\nTurn on %@\nConnect %@\nConnect to %@",
            "%@ etkinleştir\n%@ aç",
        );
        assert_eq!(
            check_file(Format::Xliff, &text, "tr", ID),
            [f(
                "%@ etkinleştir\n%@ aç",
                "finding-placeholder-missing placeholder=%@"
            )]
        );
        // Added three times: reported at its first place.
        let text = xliff("Open", "%s aç %s ve %s");
        assert_eq!(
            check_file(Format::Xliff, &text, "tr", ID),
            [f("%s", "finding-placeholder-added found=%s")]
        );
    }

    #[test]
    fn single_numbers_follow_cldr() {
        use super::single_number;
        for (lang, key) in [("de", "one"), ("en", "one"), ("tr", "one"), ("es", "one")] {
            assert!(single_number(lang, key), "{lang} {key}");
        }
        for (lang, key) in [
            ("ar", "zero"),
            ("ar", "one"),
            ("ar", "two"),
            ("ru", "1"),
            ("ru", "=0"),
        ] {
            assert!(single_number(lang, key), "{lang} {key}");
        }
        for (lang, key) in [
            ("fr", "one"),
            ("ru", "one"),
            ("uk", "one"),
            ("pl", "few"),
            ("hr", "one"),
            ("ar", "few"),
            ("de", "other"),
            ("de", "two"),
            ("xx-unknown", "one"),
            ("de", "masculine"),
            ("de", "inf"),
        ] {
            assert!(!single_number(lang, key), "{lang} {key}");
        }
    }

    #[test]
    fn aligned_prose_has_no_placeholders() {
        let got = check_aligned(
            "en",
            "50% of {them} use %s and <b>\n",
            "ru",
            "50 % из них\n",
            ID,
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
