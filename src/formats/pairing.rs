//! Pairing a catalog in one locale with the reference locale's, message by message.
//!
//! Two catalog documents of one key ([`crate::layout`]) are paired by their segments' units
//! (the message id, key path or resource name): each target segment is the translation of the
//! reference segment of the same id. A message with several texts (Fluent select variants,
//! Android plurals, which share their message's id) pairs variant `n` with variant `n` when
//! both sides have as many, else each target variant with the reference's last one (the
//! `other` variant, the fullest).
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
        let variants = &target_ids[id];
        let nth = variants.iter().position(|&v| v == t).unwrap_or(0);
        let source = if variants.len() == sources.len() {
            sources[nth]
        } else {
            *sources.last().expect("an id has a segment")
        };
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

    #[test]
    fn variants_pair_in_order_or_with_the_last() {
        let en = ftl("n = { $c ->\n    [one] One day\n   *[other] { $c } days\n}\n");
        let ru = ftl(
            "n = { $c ->\n    [one] { $c } день\n    [few] { $c } дня\n   *[other] { $c } дней\n}\n",
        );
        let p = pair(&en, &ru);
        assert_eq!(p.units.len(), 3);
        assert!(p.units.iter().all(|u| u.source == 1), "{:?}", p.units);
        let de = ftl("n = { $c ->\n    [one] Ein Tag\n   *[other] { $c } Tage\n}\n");
        let p = pair(&en, &de);
        let sources: Vec<usize> = p.units.iter().map(|u| u.source).collect();
        assert_eq!(sources, [0, 1]);
    }
}
