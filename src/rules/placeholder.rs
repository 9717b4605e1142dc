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
for `msgid \"One file\"` / `msgid_plural \"%d files\"` is fine). The syntaxes read depend on \
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
            let mut missing: Vec<&str> = (everywhere.iter().copied())
                .filter(|k| !found.iter().any(|p| p.key == *k))
                .collect();
            let mut reported: Vec<&str> = Vec::new();
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
                    None => Message::new("finding-placeholder-added").arg("found", text),
                };
                out.push((Side::Target, ctx.finding(ID, u, p.range.clone(), message)));
            }
            for key in missing {
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
                if everywhere.contains(key) || seen_in_target.iter().any(|k| k == key) {
                    continue;
                }
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
