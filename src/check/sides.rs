//! The sides of bilingual input: which side of its unit each finding is about (`--side`), and
//! the unit's other segment, for reports to show beside the finding.
//!
//! A finding of a translation rule (one the registry runs on units: `missing-translation`,
//! `wrong-translation`, `untranslated`, ...) is about the target, wherever it points: a term
//! missing from the target is underlined in the source. Any other finding is about the side
//! whose text it is in. Findings in monolingual files have no side and are never filtered.

use std::ops::Range;
use std::sync::Arc;

use crate::diagnostic::{Counterpart, Finding, Place, Side};
use crate::formats::{Document, Segment, Unit};
use crate::rules::{self, Check};

/// The segments of the units of one bilingual file, by position.
#[derive(Clone, Debug, Default)]
pub(crate) struct Sides {
    /// Ordered by start; a source segment shared by several units (TMX with several targets,
    /// PO plural forms) is here once per unit.
    spans: Vec<SideSpan>,
}

#[derive(Clone, Debug)]
struct SideSpan {
    /// The segment's byte range in the file.
    range: Range<usize>,
    side: Side,
    unit: String,
    /// The unit's segment on the other side, if it has one.
    other: Option<Counterpart>,
}

impl Sides {
    /// The sides of a bilingual document (XLIFF, PO, TMX); `None` for a monolingual one.
    pub fn of_units(doc: &Document) -> Option<Sides> {
        if doc.units.is_empty() {
            return None;
        }
        let mut spans = Vec::with_capacity(doc.units.len() * 2);
        for unit in &doc.units {
            let source = file_range(&doc.segments[unit.source]);
            let target = unit.target.map(|t| file_range(&doc.segments[t]));
            let place = |side: Side, range: &Range<usize>| Counterpart {
                side,
                place: Place {
                    path: None,
                    range: range.clone(),
                },
            };
            spans.push(SideSpan {
                range: source.clone(),
                side: Side::Source,
                unit: unit.id.clone(),
                other: target.as_ref().map(|t| place(Side::Target, t)),
            });
            if let Some(target) = target {
                spans.push(SideSpan {
                    range: target,
                    side: Side::Target,
                    unit: unit.id.clone(),
                    other: Some(place(Side::Source, &source)),
                });
            }
        }
        Some(Sides::sorted(spans))
    }

    /// The sides of one file of aligned text, on `side`: line `n` of `doc` is paired with line
    /// `n` of `other`, the file shown as `other_path`.
    pub fn of_aligned(doc: &Document, other: &Document, other_path: &str, side: Side) -> Sides {
        let other_path: Arc<str> = other_path.into();
        let spans = (doc.segments.iter().zip(&other.segments).enumerate())
            .map(|(i, (mine, theirs))| SideSpan {
                range: file_range(mine),
                side,
                unit: mine.unit.clone().unwrap_or_else(|| (i + 1).to_string()),
                other: Some(Counterpart {
                    side: other_side(side),
                    place: Place {
                        path: Some(other_path.clone()),
                        range: file_range(theirs),
                    },
                }),
            })
            .collect();
        Sides::sorted(spans)
    }

    /// The sides of a catalog paired with its reference by message id: each target segment
    /// of `units` (in `doc`) has the reference's segment (in `other`) as counterpart.
    pub fn of_pairs(doc: &Document, other: &Document, units: &[Unit]) -> Sides {
        let other_path: Arc<str> = other.path.as_str().into();
        let spans = (units.iter())
            .filter_map(|u| {
                let mine = &doc.segments[u.target?];
                Some(SideSpan {
                    range: file_range(mine),
                    side: Side::Target,
                    unit: u.id.clone(),
                    other: Some(Counterpart {
                        side: Side::Source,
                        place: Place {
                            path: Some(other_path.clone()),
                            range: file_range(&other.segments[u.source]),
                        },
                    }),
                })
            })
            .collect();
        Sides::sorted(spans)
    }

    fn sorted(mut spans: Vec<SideSpan>) -> Sides {
        spans.sort_by_key(|s| (s.range.start, s.range.end));
        Sides { spans }
    }

    /// Sets each finding's side and counterpart, then keeps those on `keep` (all when
    /// `None`). A finding outside every segment keeps no side and is kept.
    pub fn apply(&self, findings: &mut Vec<Finding>, keep: Option<Side>) {
        for f in findings.iter_mut() {
            let Some(span) = self.locate(f) else { continue };
            f.side = Some(if is_translation_rule(f) {
                Side::Target
            } else {
                span.side
            });
            f.counterpart = span.other.clone();
        }
        if let Some(keep) = keep {
            findings.retain(|f| f.side.is_none_or(|s| s == keep));
        }
    }

    /// The segment a finding is in: of its unit when segments are shared.
    fn locate(&self, f: &Finding) -> Option<&SideSpan> {
        let at = f.range.start;
        let end = self.spans.partition_point(|s| s.range.start <= at);
        let last = self.spans[..end].last()?;
        let contains =
            |s: &SideSpan| at < s.range.end || (s.range.is_empty() && at == s.range.start);
        if !contains(last) {
            return None;
        }
        let same = self.spans[..end]
            .iter()
            .rev()
            .take_while(|s| s.range == last.range);
        let mut first = None;
        for s in same {
            if f.unit.as_deref() == Some(s.unit.as_str()) {
                return Some(s);
            }
            first = Some(s);
        }
        first
    }
}

fn other_side(side: Side) -> Side {
    match side {
        Side::Source => Side::Target,
        Side::Target => Side::Source,
    }
}

/// Whether `f` is a finding of a rule the registry runs on translation units.
pub(crate) fn is_translation_rule(f: &Finding) -> bool {
    rules::lookup(f.rule.as_str())
        .is_some_and(|r| matches!(r.check, Check::Unit { .. } | Check::Units(_)))
}

/// The byte range of a segment in its file.
fn file_range(segment: &Segment) -> Range<usize> {
    let start = segment.map.to_src(0);
    let end = segment.map.to_src(segment.text.len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Russian PO entry with three plural forms: msgstr[1] and msgstr[2] share the source
    /// segment msgid_plural, so a finding there belongs to the unit it names.
    const PO: &str = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\
\"Plural-Forms: nplurals=3;\\n\"\n\n\
# Idlib\n\
msgid \"One strike in Idlib\"\n\
msgid_plural \"%d strikes in Idlib\"\n\
msgstr[0] \"Удар по Идлибу\"\n\
msgstr[1] \"%d удара по Идлибу\"\n\
msgstr[2] \"%d ударов по Идлибу\"\n";

    fn finding(rule: &'static str, at: &str, nth: usize, unit: Option<&str>) -> Finding {
        let start = PO.match_indices(at).nth(nth).expect("in the file").0;
        let mut f = crate::diagnostic::test_finding(rule, &PO[start..], at, "idlib", &[]);
        f.range = start..start + at.len();
        f.unit = unit.map(Into::into);
        f
    }

    /// The text of a finding's counterpart segment.
    fn other(f: &Finding) -> &str {
        let c = f.counterpart.as_ref().expect("a counterpart");
        assert_eq!(c.place.path, None, "in the same file");
        &PO[c.place.range.clone()]
    }

    #[test]
    fn a_shared_source_segment_takes_the_counterpart_of_the_findings_unit() {
        let doc = crate::formats::po::read(PO).expect("valid PO");
        let sides = Sides::of_units(&doc).expect("bilingual");
        let id = "One strike in Idlib";
        let mut findings = vec![
            finding("missing-translation", "Idlib", 2, Some(&format!("{id}[2]"))),
            finding("misspelling", "Idlib", 2, Some(&format!("{id}[1]"))),
            finding("misspelling", "Idlib", 2, None),
            finding("misspelling", "Идлибу", 1, Some(&format!("{id}[1]"))),
            finding("misspelling", "Idlib", 1, Some(&format!("{id}[0]"))),
            // In a comment: in no segment.
            finding("misspelling", "Idlib", 0, None),
        ];
        sides.apply(&mut findings, None);
        let got: Vec<(Option<Side>, Option<&str>)> = findings
            .iter()
            .map(|f| (f.side, f.counterpart.as_ref().map(|_| other(f))))
            .collect();
        assert_eq!(
            got,
            [
                // A translation rule's finding is about the target, wherever it points.
                (Some(Side::Target), Some("%d ударов по Идлибу")),
                (Some(Side::Source), Some("%d удара по Идлибу")),
                // No unit named: the first unit of the shared segment.
                (Some(Side::Source), Some("%d удара по Идлибу")),
                (Some(Side::Target), Some("%d strikes in Idlib")),
                (Some(Side::Source), Some("Удар по Идлибу")),
                (None, None),
            ]
        );
        // `--side target` keeps the target's findings and those in no segment.
        sides.apply(&mut findings, Some(Side::Target));
        let kept: Vec<Option<Side>> = findings.iter().map(|f| f.side).collect();
        assert_eq!(kept, [Some(Side::Target), Some(Side::Target), None]);
    }
}
