//! Checking documents: the stages of the pipeline put together.
//!
//! [`pipeline`] is the library call every surface uses: inputs in, a report out.
//!
//! A [`Checker`] holds a glossary, its matcher and the options of a run; it is shared by every
//! thread. [`Checker::check`] takes a document in a language and returns its findings, ordered
//! by position.

mod desk;
mod lint;
mod pipeline;
mod sides;
mod suppress;

pub use lint::{failing_examples, lint_glossary};
pub use pipeline::{
    ensure_aligned, load_extended, load_glossaries, parse_glossary, read_aligned, read_document,
    read_named, Fixed, Hints, Named, Pipeline, PipelineError,
};

pub use crate::config::Consistency;
use crate::diagnostic::{Checked, Finding, RuleId, Severity, Side};
use crate::fix;
use crate::formats::{pairing, plain, Document, Segment, Unit, UnitState};
use crate::glossary::{Date, Glossary, Kind};
use crate::lang::primary;
use crate::matcher::{Hit, MatchOptions, Matcher, TermRef};
use crate::rules::bilingual::{self, UnitHits};
use crate::rules::{self, policy, Check, RuleContext, UnitsContext, REGISTRY};
use crate::text::skeleton::skeleton;
use crate::text::surface::surface;

/// The options of a run that change what is reported.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    /// Per rule, in the order of the registry.
    pub severities: Vec<(RuleId, Severity)>,
    /// The date terms must be in force on; `None`: today.
    pub date: Option<Date>,
    /// Words never reported.
    pub accept: Vec<String>,
    /// The source language of bilingual input, over what the files say.
    pub source_lang: Option<String>,
    /// The target language of bilingual input, over what the files say.
    pub target_lang: Option<String>,
    /// Check units marked fuzzy or needing review (skipped by default).
    pub include_fuzzy: bool,
    /// Check obsolete PO entries (skipped by default).
    pub include_obsolete: bool,
    /// Keep, per bilingual unit, what was looked for and found ([`Checked`]).
    pub explain: bool,
    /// Whether `inconsistent` judges each file alone or all the files of a run
    /// ([`Pipeline::check_paths`]) together, per language.
    pub consistency: Consistency,
    /// Report only the findings on this side of bilingual input (`--side`); `None`: both.
    /// Findings in monolingual files are always reported.
    pub side: Option<Side>,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            severities: REGISTRY
                .iter()
                .map(|r| (r.id, r.default_severity))
                .collect(),
            date: None,
            accept: Vec::new(),
            source_lang: None,
            target_lang: None,
            include_fuzzy: false,
            include_obsolete: false,
            explain: false,
            consistency: Consistency::File,
            side: None,
        }
    }
}

impl CheckOptions {
    pub fn severity(&self, rule: RuleId) -> Severity {
        (self.severities.iter())
            .find(|(r, _)| *r == rule)
            .map_or_else(|| rules::default_severity(rule), |(_, s)| *s)
    }

    pub fn set_severity(&mut self, rule: RuleId, severity: Severity) {
        match self.severities.iter_mut().find(|(r, _)| *r == rule) {
            Some((_, s)) => *s = severity,
            None => self.severities.push((rule, severity)),
        }
    }
}

/// A glossary ready to check documents against.
pub struct Checker {
    pub glossary: Glossary,
    matcher: Matcher,
    options: CheckOptions,
    date: Date,
    accept: rustc_hash::FxHashSet<String>,
    /// Built on the first bilingual unit.
    homographs: std::sync::OnceLock<bilingual::Homographs>,
    /// Built on the first unit explained (`--explain`).
    derived_forms: std::sync::OnceLock<bilingual::DerivedForms>,
}

impl Checker {
    pub fn new(glossary: Glossary, options: CheckOptions) -> Checker {
        let accept: rustc_hash::FxHashSet<String> =
            options.accept.iter().map(|w| surface(w)).collect();
        let matcher = Matcher::new(
            &glossary,
            MatchOptions {
                accept: options.accept.iter().map(|w| skeleton(w)).collect(),
                ..MatchOptions::default()
            },
        );
        Checker {
            date: options.date.unwrap_or_else(Date::today),
            glossary,
            matcher,
            options,
            accept,
            homographs: std::sync::OnceLock::new(),
            derived_forms: std::sync::OnceLock::new(),
        }
    }

    /// The findings in `doc`, read as `lang` (segments that carry their own language keep it),
    /// ordered by position. A bilingual document (one with units) is checked unit by unit, its
    /// source side in the source language and its target side in the target language.
    pub fn check(&self, doc: &Document, lang: &str) -> Vec<Finding> {
        self.check_explained(doc, lang).0
    }

    /// Whether the checker keeps what it checked ([`CheckOptions::explain`]).
    pub fn explains(&self) -> bool {
        self.options.explain
    }

    /// [`Checker::check`], with what the bilingual check looked for in each unit when the
    /// options ask for it ([`CheckOptions::explain`]; empty otherwise).
    pub fn check_explained(&self, doc: &Document, lang: &str) -> (Vec<Finding>, Vec<Checked>) {
        let (findings, checked, _) = self.check_grouped(doc, lang, false);
        (findings, checked)
    }

    /// [`Checker::check_explained`]; with `desk`, consistency is left to a run-wide pass: the
    /// groups of hits that should share one form are returned instead of judged.
    fn check_grouped(
        &self,
        doc: &Document,
        lang: &str,
        desk: bool,
    ) -> (Vec<Finding>, Vec<Checked>, Vec<ConsistencyGroup>) {
        let mut groups = Vec::new();
        if doc.units.is_empty() {
            let segments: Vec<_> = (0..doc.segments.len())
                .map(|i| Some(segment_lang(&doc.segments[i], None, lang)))
                .collect();
            let hits = self.hits(doc, &segments);
            let mut findings = self.monolingual(doc, &hits, !desk);
            if desk {
                groups = (policy::by_language(&hits).into_iter())
                    .map(|(lang, hits)| ConsistencyGroup {
                        lang: lang.to_string(),
                        from: None,
                        hits,
                    })
                    .collect();
            }
            self.foreign(doc, &hits, &mut findings);
            self.keep_brand_names(doc, &mut findings);
            self.finish(&mut findings);
            fix::attach(&mut findings, doc, fix::Sides::All);
            segment_units(doc, &mut findings);
            return (findings, Vec::new(), groups);
        }
        let (source_lang, target_lang) = self.unit_langs(doc, lang);
        let keep = desk.then_some(&mut groups);
        let (mut source, target, checked) =
            self.check_units(doc, doc, &doc.units, &source_lang, &target_lang, keep);
        source.extend(target);
        self.finish(&mut source);
        fix::attach(&mut source, doc, fix::Sides::Targets);
        (source, checked, groups)
    }

    /// The findings of aligned text: line `n` of `source` is translated by line `n` of
    /// `target`. Returns the source file's findings and the target file's.
    pub fn check_aligned(
        &self,
        source: &Document,
        target: &Document,
        source_lang: &str,
        target_lang: &str,
    ) -> (Vec<Finding>, Vec<Finding>) {
        let (s, t, _) = self.check_aligned_explained(source, target, source_lang, target_lang);
        (s, t)
    }

    /// [`Checker::check_aligned`], with what was checked in each line when the options ask
    /// for it.
    pub fn check_aligned_explained(
        &self,
        source: &Document,
        target: &Document,
        source_lang: &str,
        target_lang: &str,
    ) -> (Vec<Finding>, Vec<Finding>, Vec<Checked>) {
        let (s, t, checked, _) =
            self.check_aligned_grouped(source, target, source_lang, target_lang, false);
        (s, t, checked)
    }

    /// [`Checker::check_aligned_explained`]; with `desk`, the target's consistency groups are
    /// returned instead of judged (see [`Checker::check_grouped`]).
    fn check_aligned_grouped(
        &self,
        source: &Document,
        target: &Document,
        source_lang: &str,
        target_lang: &str,
        desk: bool,
    ) -> (
        Vec<Finding>,
        Vec<Finding>,
        Vec<Checked>,
        Vec<ConsistencyGroup>,
    ) {
        let units: Vec<Unit> = source
            .segments
            .iter()
            .zip(&target.segments)
            .enumerate()
            .map(|(i, (s, t))| Unit {
                id: s.unit.clone().unwrap_or_else(|| (i + 1).to_string()),
                source: i,
                target: Some(i),
                state: if t.text.trim().is_empty() && !s.text.trim().is_empty() {
                    UnitState::Untranslated
                } else {
                    UnitState::Translated
                },
                range: t.map.to_src(0)..t.map.to_src(t.text.len()),
            })
            .collect();
        let mut groups = Vec::new();
        let keep = desk.then_some(&mut groups);
        let (mut s, mut t, checked) =
            self.check_units(source, target, &units, source_lang, target_lang, keep);
        self.finish(&mut s);
        self.finish(&mut t);
        // Fixes go into the target file: the source is not the translator's to change.
        fix::attach(&mut t, target, fix::Sides::All);
        (s, t, checked, groups)
    }

    /// A catalog in one locale (`target`, in `target_lang`) checked against the reference
    /// locale's (`reference`, in `source_lang`), message by message ([`pairing::pair`]): the
    /// bilingual rules on every message of both, the monolingual rules on the target's
    /// messages the reference lacks. Every finding is in the target file: a term of the
    /// reference missing from its translation is reported on the target message, with the
    /// reference's term as `related`. The reference's own findings are its own check's.
    /// Returns the findings, the consistency groups (with `desk`) and the pairing.
    pub(crate) fn check_paired(
        &self,
        reference: &Document,
        target: &Document,
        source_lang: &str,
        target_lang: &str,
        desk: bool,
    ) -> (Vec<Finding>, Vec<ConsistencyGroup>, pairing::Paired) {
        let paired = pairing::pair(reference, target);
        let mut groups = Vec::new();
        let keep = desk.then_some(&mut groups);
        let (source, mut findings, _) = self.check_units(
            reference,
            target,
            &paired.units,
            source_lang,
            target_lang,
            keep,
        );
        let reference_path: std::sync::Arc<str> = reference.path.as_str().into();
        for mut f in source {
            if !sides::is_translation_rule(&f) {
                continue;
            }
            let unit = (paired.units.iter()).find(|u| {
                let s = &reference.segments[u.source];
                f.unit.as_deref() == Some(u.id.as_str())
                    && s.map.to_src(0) <= f.range.start
                    && f.range.end <= s.map.to_src(s.text.len())
            });
            let Some(unit) = unit else { continue };
            f.related = Some(f.range.clone());
            f.related_path = Some(reference_path.clone());
            f.range = unit.range.clone();
            f.found = target.text[unit.range.clone()].to_string();
            f.suggestions.clear();
            findings.push(f);
        }
        if !paired.unpaired.is_empty() {
            let mut langs: Vec<Option<String>> = vec![None; target.segments.len()];
            for &i in &paired.unpaired {
                langs[i] = Some(segment_lang(&target.segments[i], None, target_lang));
            }
            let hits = self.hits(target, &langs);
            let mut own = self.monolingual(target, &hits, false);
            self.foreign(target, &hits, &mut own);
            findings.extend(own);
        }
        self.keep_brand_names(target, &mut findings);
        self.finish(&mut findings);
        fix::attach(&mut findings, target, fix::Sides::All);
        segment_units(target, &mut findings);
        (findings, groups, paired)
    }

    /// The source and target languages of a bilingual document: the options', else the
    /// file's, else English for the source and `lang` for the target.
    fn unit_langs(&self, doc: &Document, lang: &str) -> (String, String) {
        let source = (self.options.source_lang.as_ref())
            .or(doc.source_lang.as_ref())
            .map_or("en", String::as_str);
        let target = (self.options.target_lang.as_ref())
            .or(doc.target_lang.as_ref())
            .map_or(lang, String::as_str);
        (source.to_string(), target.to_string())
    }

    /// Whether a unit in `state` has its terms checked.
    fn checks(&self, state: UnitState) -> bool {
        match state {
            UnitState::Translated => true,
            UnitState::Untranslated => false,
            UnitState::Fuzzy => self.options.include_fuzzy,
            UnitState::Obsolete => self.options.include_obsolete,
        }
    }

    /// Checks translation units whose source segments are in `source` and target segments in
    /// `target` (the same document for XLIFF, PO and TMX). Returns the findings on each side,
    /// not yet sorted, and what was checked in each unit (with [`CheckOptions::explain`]).
    /// With `desk`, the target's consistency groups go there instead of being judged.
    fn check_units(
        &self,
        source: &Document,
        target: &Document,
        units: &[Unit],
        source_lang: &str,
        target_lang: &str,
        desk: Option<&mut Vec<ConsistencyGroup>>,
    ) -> (Vec<Finding>, Vec<Finding>, Vec<Checked>) {
        let same = std::ptr::eq(source, target);
        let mut explained: Vec<Checked> = Vec::new();
        let src_override = self.options.source_lang.as_deref();
        let tgt_override = self.options.target_lang.as_deref();
        let mut src_langs: Vec<Option<String>> = vec![None; source.segments.len()];
        let mut tgt_langs: Vec<Option<String>> = vec![None; target.segments.len()];
        for unit in units {
            let obsolete = unit.state == UnitState::Obsolete && !self.options.include_obsolete;
            if !obsolete {
                let seg = &source.segments[unit.source];
                src_langs[unit.source] = Some(segment_lang(seg, src_override, source_lang));
            }
            if let Some(t) = unit.target.filter(|_| self.checks(unit.state)) {
                let seg = &target.segments[t];
                tgt_langs[t] = Some(segment_lang(seg, tgt_override, target_lang));
            }
        }
        // Each segment is on one side; in one document the sides are disjoint sets of segments.
        let mut src_hits = self.hits(source, &src_langs);
        let mut tgt_hits = self.hits(target, &tgt_langs);
        // Per translated target segment, which of its hits the monolingual rules see: not the
        // near misses of names its source does not use.
        let mut credible: Vec<Option<Vec<bool>>> = vec![None; target.segments.len()];
        // The same per source segment, judged by its translations (a segment several target
        // variants translate keeps a near miss any of them confirms).
        let mut src_credible: Vec<Option<Vec<bool>>> = vec![None; source.segments.len()];
        // Per target segment: the source term each concept translates, to judge consistency
        // of translations of one source form.
        let mut translates: Vec<Vec<(u32, TermRef)>> = vec![Vec::new(); target.segments.len()];

        let mut sided: Vec<(Side, Finding)> = Vec::new();
        let no_hits: Vec<Hit> = Vec::new();
        let mut recent = bilingual::Recent::default();
        for (index, unit) in units.iter().enumerate() {
            let checked = self.checks(unit.state);
            if !checked && unit.state != UnitState::Untranslated {
                continue;
            }
            let Some((s_lang, s_hits)) = &src_hits[unit.source] else {
                continue;
            };
            let target_seg = unit.target.filter(|_| checked);
            let unit_target_lang = unit
                .target
                .map(|t| segment_lang(&target.segments[t], tgt_override, target_lang));
            let (t_lang, t_hits) = match target_seg.and_then(|t| tgt_hits[t].as_ref()) {
                Some((l, h)) => (l.as_str(), h),
                None => (unit_target_lang.as_deref().unwrap_or(target_lang), &no_hits),
            };
            if primary(t_lang) == primary(s_lang) {
                // A unit in one language (a TMX variant of the source language) translates
                // nothing.
                continue;
            }
            let copied = match target_seg {
                Some(t) => self
                    .matcher
                    .find(&self.glossary, &target.segments[t], s_lang),
                None => Vec::new(),
            };
            let unit_hits = UnitHits {
                source_lang: s_lang,
                target_lang: t_lang,
                source: s_hits,
                target: t_hits,
                copied: &copied,
                target_text: target_seg.map_or("", |t| target.segments[t].text.as_str()),
                source_doc: &source.text,
                target_doc: &target.text,
                homographs: self
                    .homographs
                    .get_or_init(|| bilingual::Homographs::new(&self.glossary)),
            };
            let mut pairings = bilingual::pair(&self.glossary, Some(self.date), &unit_hits);
            if checked && target.running_text {
                recent.apply(
                    &self.glossary,
                    Some(self.date),
                    index,
                    &unit_hits,
                    &mut pairings,
                );
            }
            let keep = bilingual::credible_source_near_misses(&self.glossary, &unit_hits);
            match &mut src_credible[unit.source] {
                Some(kept) => kept.iter_mut().zip(keep).for_each(|(k, more)| *k |= more),
                none => *none = Some(keep),
            }
            if let Some(t) = target_seg {
                credible[t] = Some(bilingual::credible_near_misses(&self.glossary, &unit_hits));
                translates[t].extend(
                    pairings
                        .iter()
                        .map(|p| (p.source.term.concept, p.source.term)),
                );
            }
            if self.options.explain {
                let derived = bilingual::derived_uses(
                    &self.glossary,
                    Some(self.date),
                    &unit_hits,
                    self.derived_forms
                        .get_or_init(|| bilingual::DerivedForms::new(&self.glossary)),
                    &source.segments[unit.source],
                    &pairings,
                );
                explained.extend(pairings.iter().chain(&derived).map(|p| {
                    Checked {
                        unit: p.source.unit.clone(),
                        range: p.source.range.clone(),
                        found: source.text[p.source.range.clone()].to_string(),
                        concepts: (p.checked.iter())
                            .map(|&(c, found)| {
                                (self.glossary.concepts[c as usize].id.clone(), found)
                            })
                            .collect(),
                        outcome: if checked {
                            p.outcome.as_str()
                        } else {
                            "not-translated"
                        },
                        derived: p.derived,
                    }
                }));
            }
            let src_ctx = self.context(s_lang, &source.text);
            let tgt_ctx = self.context(t_lang, &target.text);
            for rule in REGISTRY {
                let Check::Unit {
                    translated,
                    untranslated,
                    ..
                } = rule.check
                else {
                    continue;
                };
                let check = if checked {
                    Some(translated)
                } else {
                    untranslated
                };
                if let Some(check) = check {
                    check(&src_ctx, &tgt_ctx, &pairings, &mut sided);
                }
            }
        }
        // The rules on the units' texts (placeholders, numbers), once over all the units.
        let units_ctx = UnitsContext {
            source,
            target,
            units: (units.iter())
                .filter(|u| self.checks(u.state))
                .filter(|u| {
                    let langs = (src_langs[u.source].as_deref())
                        .zip(u.target.and_then(|t| tgt_langs[t].as_deref()));
                    langs.is_some_and(|(s, t)| primary(s) != primary(t))
                })
                .collect(),
            source_langs: &src_langs,
            target_langs: &tgt_langs,
        };
        for rule in REGISTRY {
            if let Check::Units(check) = rule.check {
                check(&units_ctx, &mut sided);
            }
        }
        // The monolingual rules on each side in its own language; consistency on the target
        // only, in the groups policy makes.
        keep_credible(&mut src_hits, &src_credible);
        let mut src_findings = self.monolingual(source, &src_hits, false);
        keep_credible(&mut tgt_hits, &credible);
        let mut tgt_findings = self.monolingual(target, &tgt_hits, false);
        let scopes = policy::consistency_scopes(target);
        let groups = policy::translation_groups(&tgt_hits, &translates, &scopes);
        match desk {
            Some(keep) => {
                keep.extend(
                    groups
                        .into_iter()
                        .map(|((lang, from), hits)| ConsistencyGroup {
                            lang: lang.to_string(),
                            from,
                            hits,
                        }),
                )
            }
            None => {
                for ((lang, _), hits) in groups {
                    self.run(Scope::Group, lang, &target.text, &hits, &mut tgt_findings);
                }
            }
        }
        policy::drop_forbidden_reported_as_wrong(&mut tgt_findings, &sided);
        policy::drop_misspellings_reported_as_copied(&mut tgt_findings, &sided);
        for (side, f) in sided {
            match side {
                Side::Source => src_findings.push(f),
                Side::Target => tgt_findings.push(f),
            }
        }
        if same {
            src_findings.append(&mut tgt_findings);
        }
        explained.sort_by_key(|c| (c.range.start, c.range.end));
        (src_findings, tgt_findings, explained)
    }

    /// The hits of each segment of `doc` that has a language in `langs` (by segment index).
    fn hits(&self, doc: &Document, langs: &[Option<String>]) -> Vec<Option<(String, Vec<Hit>)>> {
        doc.segments
            .iter()
            .zip(langs)
            .map(|(segment, lang)| {
                let lang = lang.as_ref()?;
                Some((
                    lang.clone(),
                    self.matcher.find(&self.glossary, segment, lang),
                ))
            })
            .collect()
    }

    /// The monolingual rules over every segment's hits, per language; with `consistency`, the
    /// consistency rules over all of a language's hits too (over each message's, in a
    /// catalog: [`policy::consistency_scopes`]).
    fn monolingual(
        &self,
        doc: &Document,
        hits: &[Option<(String, Vec<Hit>)>],
        consistency: bool,
    ) -> Vec<Finding> {
        let mut findings = Vec::new();
        for (lang, hits) in &policy::by_language(hits) {
            self.run(Scope::Hits, lang, &doc.text, hits, &mut findings);
        }
        if consistency {
            let scopes = policy::consistency_scopes(doc);
            for (lang, hits) in &policy::consistency_groups(hits, &scopes) {
                self.run(Scope::Group, lang, &doc.text, hits, &mut findings);
            }
        }
        findings
    }

    /// The foreign-form checks of the registry on a monolingual document: per segment not in
    /// [`rules::FOREIGN_SOURCE_LANG`], the hits of that language's terms, judged against the
    /// segment language's own hits. A foreign form reported here is not also a misspelling of
    /// the language's own form (`Jerusalem` in French).
    fn foreign(&self, doc: &Document, hits: &[Option<(String, Vec<Hit>)>], out: &mut Vec<Finding>) {
        let checks: Vec<_> = (REGISTRY.iter())
            .filter_map(|r| match r.check {
                Check::Unit { foreign, .. } => foreign,
                _ => None,
            })
            .collect();
        if checks.is_empty() {
            return;
        }
        let foreign_lang = rules::FOREIGN_SOURCE_LANG;
        let foreign: Vec<Option<(String, Vec<Hit>)>> = (doc.segments.iter())
            .zip(hits)
            .map(|(segment, own)| {
                let (lang, _) = own.as_ref()?;
                (primary(lang) != foreign_lang).then(|| {
                    let found = self.matcher.find(&self.glossary, segment, foreign_lang);
                    (lang.clone(), found)
                })
            })
            .collect();
        let own = policy::by_language(hits);
        let mut found = Vec::new();
        let mut kept: Vec<(std::ops::Range<usize>, u32)> = Vec::new();
        for (lang, foreign_hits) in &policy::by_language(&foreign) {
            let own_hits = own
                .iter()
                .find(|(l, _)| l == lang)
                .map_or(&[][..], |(_, h)| h.as_slice());
            let ctx = self.context(lang, &doc.text);
            for check in &checks {
                check(&ctx, own_hits, foreign_hits, &mut found);
            }
            // A place or body named as in English inside a longer English name (`Louisiana
            // State` in French) is that name kept, not a misspelling of the language's form.
            kept.extend(
                (foreign_hits.iter())
                    .filter(|h| rules::untranslated::kept_in_a_foreign_name(&ctx, h))
                    .map(|h| (h.range.clone(), h.term.concept)),
            );
        }
        policy::drop_misspellings_of_kept_names(out, &self.glossary, &kept);
        policy::drop_misspellings_reported_as_foreign(out, &found);
        out.extend(found);
    }

    /// Runs the registry's rules of `scope` on `hits`, in `lang`, of the document `text`.
    fn run(&self, scope: Scope, lang: &str, text: &str, hits: &[Hit], out: &mut Vec<Finding>) {
        let ctx = self.context(lang, text);
        for rule in REGISTRY {
            match (scope, rule.check) {
                (Scope::Hits, Check::Hits(check)) | (Scope::Group, Check::Group(check)) => {
                    check(&ctx, hits, out)
                }
                _ => {}
            }
        }
    }

    fn context<'a>(&'a self, lang: &'a str, text: &'a str) -> RuleContext<'a> {
        RuleContext {
            glossary: &self.glossary,
            lang,
            date: Some(self.date),
            text,
        }
    }

    /// Applies the configured severities and accepted words, and orders by position.
    fn finish(&self, findings: &mut Vec<Finding>) {
        findings.retain_mut(|f| {
            f.severity = self.options.severity(f.rule);
            f.severity != Severity::Off
                && !self.accept.contains(&surface(&f.found))
                && policy::suggests_something_else(f)
        });
        findings.sort_by(|a, b| {
            (a.range.start, a.range.end, a.rule).cmp(&(b.range.start, b.range.end, b.rule))
        });
    }

    /// In a software localization catalog, a company's or product's name kept as the source
    /// writes it (`Facebook` in an Arabic interface, where the press writes `فيسبوك`) is the
    /// field's convention, not a name left untranslated: such `untranslated` findings are
    /// dropped. People and places are still reported.
    fn keep_brand_names(&self, doc: &Document, findings: &mut Vec<Finding>) {
        if !doc.format.is_catalog() {
            return;
        }
        findings.retain(|f| {
            f.rule != rules::untranslated::ID
                || !(self.glossary.concepts.iter())
                    .find(|c| c.id == f.concept)
                    .is_some_and(|c| matches!(c.kind, Some(Kind::Organization | Kind::Product)))
        });
    }

    /// Applies the inline suppressions of `doc` to its findings ([`suppress::apply`]).
    pub(crate) fn suppress(&self, doc: &Document, lang: &str, findings: &mut Vec<Finding>) {
        let severity = self.options.severity(rules::unused_suppression::ID);
        suppress::apply(doc, lang, severity, findings);
    }

    /// Builds the matcher of `lang` now rather than at its first use, on the threads of the
    /// current rayon pool.
    pub fn prepare(&self, lang: &str) {
        self.matcher.lang(&self.glossary, lang);
    }

    /// The languages of the glossary, sorted ([`Glossary::languages`], known without going
    /// through its terms again).
    pub fn languages(&self) -> Vec<String> {
        self.matcher.languages()
    }

    /// The findings in a plain-text string.
    pub fn check_text(&self, text: &str, lang: &str) -> Vec<Finding> {
        let doc = Document {
            path: "-".to_string(),
            text: text.to_string(),
            segments: plain::segments(text),
            ..Document::default()
        };
        self.check(&doc, lang)
    }
}

/// Hits of one file that should share one form, kept for the run-wide consistency pass: a
/// monolingual file's hits in one language (`from` is `None`), or a bilingual target's
/// translations of one source term (`from`; `None` for target hits that translate none).
#[derive(Clone, Debug)]
pub(crate) struct ConsistencyGroup {
    pub lang: String,
    pub from: Option<TermRef>,
    pub hits: Vec<Hit>,
}

/// Keeps of each segment's hits those `keep` marks (all of a segment it has no marks for).
fn keep_credible(hits: &mut [Option<(String, Vec<Hit>)>], keep: &[Option<Vec<bool>>]) {
    for (hits, keep) in hits.iter_mut().zip(keep) {
        if let (Some((_, hits)), Some(keep)) = (hits, keep) {
            let mut keep = keep.iter();
            hits.retain(|_| keep.next().copied().unwrap_or(true));
        }
    }
}

/// Which of the hits rules [`Checker::run`] runs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// [`Check::Hits`]: a document's hits in one language.
    Hits,
    /// [`Check::Group`]: a group of hits that should share one form.
    Group,
}

/// In a monolingual document whose segments carry ids (a Fluent message, a JSON key path),
/// each finding's unit: the id of the segment it is in.
fn segment_units(doc: &Document, findings: &mut [Finding]) {
    let mut spans: Vec<(usize, usize, &str)> = (doc.segments.iter())
        .filter_map(|s| {
            let unit = s.unit.as_deref()?;
            Some((s.map.to_src(0), s.map.to_src(s.text.len()), unit))
        })
        .collect();
    if spans.is_empty() {
        return;
    }
    spans.sort_by_key(|&(start, end, _)| (start, end));
    for f in findings.iter_mut().filter(|f| f.unit.is_none()) {
        // The last segment starting at or before the finding that also ends after it.
        let n = spans.partition_point(|&(start, _, _)| start <= f.range.start);
        let found = spans[..n]
            .iter()
            .rev()
            .take(8)
            .find(|&&(_, end, _)| f.range.end <= end);
        if let Some(&(_, _, unit)) = found {
            f.unit = Some(unit.into());
        }
    }
}

/// The language of a segment: `over` (an option), else its own, else `default`.
fn segment_lang(segment: &Segment, over: Option<&str>, default: &str) -> String {
    over.or(segment.lang.as_deref())
        .unwrap_or(default)
        .to_string()
}
