//! Pairing a catalog in one locale with the reference locale's, message by message.
//!
//! Two catalog documents of one key ([`crate::layout`]) are paired by their segments' units
//! (the message id, key path or resource name): each target segment is the translation of the
//! reference segment of the same id. A message with several texts (Fluent select variants,
//! Android plurals, which share their message's id) pairs them by [`Segment::variant`]: the
//! message's value with the reference's value, a variant with the reference's variant of the
//! same key (`[one]` with `[one]`, `quantity="other"` with `quantity="other"`; nested selects
//! by their key paths). A target variant whose key the reference lacks (Russian `few` and
//! `many`, Arabic `zero` and `two`; a value the reference writes wholly as a select) pairs
//! with the reference's default variant (Fluent's `*[other]`, the `other` plural item) at
//! each level the reference lacks, else with its last text. Texts without variant keys (the
//! same key on several texts) pair `n` with `n` when both sides have as many of them, else
//! with the reference's last.
//!
//! What does not pair is key drift, noted rather than reported: target messages the
//! reference lacks (renamed or removed there), and reference messages the target lacks (not
//! translated yet).

use std::collections::HashMap;
use std::ops::Range;

use super::{Document, Segment, Unit, UnitState};

/// The units pairing `target`'s segments with `reference`'s, and the key drift.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paired {
    /// One per target segment whose id the reference has; `source` indexes the reference's
    /// segments, `target` the target's.
    pub units: Vec<Unit>,
    /// Target segments whose id the reference lacks (indices into the target's segments).
    pub unpaired: Vec<usize>,
    /// The ids of `unpaired`, once each, with the byte range of their first text in the
    /// target file.
    pub unknown_ids: Vec<(String, Range<usize>)>,
    /// The reference's ids the target lacks, in reference order.
    pub missing_ids: Vec<String>,
}

/// Pairs the segments of `target` with those of `reference` by unit id.
pub fn pair(reference: &Document, target: &Document) -> Paired {
    let by_id = segments_by_id(&reference.segments);
    let target_ids = segments_by_id(&target.segments);
    let mut out = Paired::default();
    let mut noted = std::collections::HashSet::new();
    for (t, segment) in target.segments.iter().enumerate() {
        let Some(id) = segment.unit.as_deref() else {
            out.unpaired.push(t);
            continue;
        };
        let Some(sources) = by_id.get(id) else {
            out.unpaired.push(t);
            if noted.insert(id) {
                out.unknown_ids.push((id.to_string(), file_range(segment)));
            }
            continue;
        };
        let source = source_of(reference, sources, target, &target_ids[id], t);
        let state = if segment.text.trim().is_empty() {
            UnitState::Untranslated
        } else {
            UnitState::Translated
        };
        out.units.push(Unit {
            id: id.to_string(),
            source,
            target: Some(t),
            state,
            range: file_range(segment),
        });
    }
    let mut seen = std::collections::HashSet::new();
    for segment in &reference.segments {
        if let Some(id) = segment.unit.as_deref() {
            if !target_ids.contains_key(id) && seen.insert(id) {
                out.missing_ids.push(id.to_string());
            }
        }
    }
    out
}

/// The reference segment that target segment `t` translates: `sources` are the reference's
/// segments of its id, `siblings` the target's (`t` among them).
fn source_of(
    reference: &Document,
    sources: &[usize],
    target: &Document,
    siblings: &[usize],
    t: usize,
) -> usize {
    let own = path(target, t);
    let last = *sources.last().expect("an id has a segment");
    // The reference's texts of the same key path, and the target's.
    let same: Vec<usize> = (sources.iter().copied())
        .filter(|&s| path(reference, s) == own)
        .collect();
    if !same.is_empty() {
        let mine: Vec<usize> = (siblings.iter().copied())
            .filter(|&s| path(target, s) == own)
            .collect();
        let nth = mine.iter().position(|&s| s == t).unwrap_or(0);
        return if mine.len() == same.len() {
            same[nth]
        } else {
            *same.last().expect("not empty")
        };
    }
    // A key the reference lacks: its default variant at each level it lacks (a level only
    // one side selects on is left to the other); the closest (most keys in common, then the
    // deepest), the first of equals.
    let own_keys = (target.segments[t].variant.as_ref()).map_or(&[][..], |v| &v.path[..]);
    let mut best: Option<((usize, usize), usize)> = None;
    for &s in sources {
        let Some(theirs) = reference.segments[s].variant.as_ref().map(|v| &v.path[..]) else {
            continue;
        };
        let mut exact = 0;
        let fits = theirs.iter().enumerate().all(|(level, k)| {
            let same = own_keys.get(level).is_some_and(|o| o.key == k.key);
            exact += usize::from(same);
            // The reference's default stands for a key it lacks.
            same || k.default
        });
        let score = (exact, theirs.len());
        if fits && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, s));
        }
    }
    best.map_or(last, |(_, s)| s)
}

/// The variant keys of segment `i` of `doc`, outermost first (none for a message's value).
fn path(doc: &Document, i: usize) -> Vec<&str> {
    (doc.segments[i].variant.iter())
        .flat_map(|v| v.path.iter().map(|k| k.key.as_str()))
        .collect()
}

/// The indices of the segments of each id, in order.
fn segments_by_id(segments: &[Segment]) -> HashMap<&str, Vec<usize>> {
    let mut out: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in segments.iter().enumerate() {
        if let Some(id) = s.unit.as_deref() {
            out.entry(id).or_default().push(i);
        }
    }
    out
}

/// The byte range of a segment in its file.
fn file_range(segment: &Segment) -> Range<usize> {
    let start = segment.map.to_src(0);
    start..segment.map.to_src(segment.text.len()).max(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::Format;

    fn ftl(text: &str) -> Document {
        Format::Fluent.read("x.ftl", text.to_string()).unwrap()
    }

    #[test]
    fn messages_pair_by_id_and_drift_is_noted() {
        let en = ftl("a = Idlib\nb = Astana\ngone = Old\n");
        let fr = ftl("b = Astana\na = Idleb\nnew = Neuf\n");
        let p = pair(&en, &fr);
        let pairs: Vec<(usize, usize)> = (p.units.iter())
            .map(|u| (u.source, u.target.unwrap()))
            .collect();
        assert_eq!(pairs, [(1, 0), (0, 1)]);
        assert_eq!(p.units[1].id, "a");
        assert_eq!(p.unpaired, [2]);
        assert_eq!(p.unknown_ids.len(), 1);
        assert_eq!(p.unknown_ids[0].0, "new");
        assert_eq!(&fr.text[p.unknown_ids[0].1.clone()], "Neuf");
        assert_eq!(p.missing_ids, ["gone"]);
    }

    fn sources(en: &Document, target: &Document) -> Vec<(String, String)> {
        let key = |d: &Document, i: usize| {
            (d.segments[i].variant.as_ref()).map_or("value".to_string(), |v| v.key_path())
        };
        (pair(en, target).units.iter())
            .map(|u| (key(target, u.target.unwrap()), key(en, u.source)))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        (list.iter())
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn variants_pair_by_key_and_the_value_with_the_value() {
        let en = ftl(
            "n = Today: { $c ->\n    [one] one refugee\n   *[other] { $c } refugees\n} crossed\n",
        );
        // Russian has `few` and `many` where English has `other`, and text before the select.
        let ru = ftl(
            "n = Сегодня { $c ->\n    [one] { $c } беженец\n    [few] { $c } беженца\n   *[many] { $c } беженцев\n}\n",
        );
        assert_eq!(
            sources(&en, &ru),
            pairs(&[
                ("value", "value"),
                ("one", "one"),
                ("few", "other"),
                ("many", "other")
            ])
        );
        // Variants in another order; an explicit number the reference lacks.
        let de = ftl("n = { $c ->\n   *[other] { $c } Geflüchtete\n    [one] ein Geflüchteter\n    [0] keine\n} heute\n");
        assert_eq!(
            sources(&en, &de),
            pairs(&[
                ("other", "other"),
                ("one", "one"),
                ("0", "other"),
                ("value", "value")
            ])
        );
        // A reference wholly a select: a target value pairs with its default variant.
        let en = ftl("n = { $c ->\n   *[other] { $c } days\n    [one] One day\n}\n");
        let tr = ftl("n = { $c } gün\n");
        assert_eq!(sources(&en, &tr), pairs(&[("value", "other")]));
        // And a plain reference takes every variant of the target.
        let en = ftl("n = Days: { $c }\n");
        let ru = ftl("n = { $c ->\n    [one] { $c } день\n   *[other] { $c } дней\n}\n");
        assert_eq!(
            sources(&en, &ru),
            pairs(&[("one", "value"), ("other", "value")])
        );
    }

    #[test]
    fn nested_selects_pair_by_key_path() {
        let en = ftl("n = { $c ->\n    [one] { $g ->\n        [f] She has one\n       *[m] He has one\n    }\n   *[other] { $g ->\n        [f] She has { $c }\n       *[m] He has { $c }\n    }\n}\n");
        let ru = ftl("n = { $c ->\n    [one] { $g ->\n        [f] У неё один\n        [n] У него один\n       *[m] У него один\n    }\n   *[many] { $g ->\n        [f] У неё { $c }\n       *[m] У него { $c }\n    }\n}\n");
        assert_eq!(
            sources(&en, &ru),
            pairs(&[
                ("one/f", "one/f"),
                ("one/n", "one/m"),
                ("one/m", "one/m"),
                ("many/f", "other/f"),
                ("many/m", "other/m"),
            ])
        );
    }

    #[test]
    fn android_plurals_pair_by_quantity() {
        let xml = |items: &str| {
            let text = format!("<resources><plurals name=\"n\">{items}</plurals></resources>\n");
            Format::Android.read("strings.xml", text).unwrap()
        };
        let en = xml("<item quantity=\"one\">%d day</item><item quantity=\"other\">%d days</item>");
        let ar = xml(
            "<item quantity=\"zero\">لا أيام</item><item quantity=\"one\">يوم</item>\
<item quantity=\"two\">يومان</item><item quantity=\"few\">%d أيام</item>\
<item quantity=\"many\">%d يوما</item><item quantity=\"other\">%d يوم</item>",
        );
        assert_eq!(
            sources(&en, &ar),
            pairs(&[
                ("zero", "other"),
                ("one", "one"),
                ("two", "other"),
                ("few", "other"),
                ("many", "other"),
                ("other", "other"),
            ])
        );
    }

    #[test]
    fn texts_without_keys_pair_in_order_or_with_the_last() {
        let en = ftl("n = a\nn = b\n");
        let fr = ftl("n = A\nn = B\n");
        let p = pair(&en, &fr);
        let got: Vec<usize> = p.units.iter().map(|u| u.source).collect();
        assert_eq!(got, [0, 1]);
    }
}
