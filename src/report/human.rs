//! The report for people (`--format human`, the default): rustc-style diagnostics.
//!
//! ```text
//! error[misspelling]: 'Erdogen' looks like a misspelling of 'Erdogan'
//!  --> drafts/syria.txt:1:19
//!   |
//! 1 | Turkish President Erdogen visited Idlib on Monday.
//!   |                   ^^^^^^^
//!   |
//!   = help: use 'Erdogan'
//!
//! 1 error in 1 file
//! ```
//!
//! The severity word, then the rule id; `path:line:column` (column in Unicode scalar values,
//! as in the JSON report); the source line with the span underlined by display width (CJK,
//! emoji and combining marks before the span are accounted for by annotate-snippets); for
//! `inconsistent`, a secondary label where the other form is used (in another file with
//! `--consistency run`); for a finding in a bilingual unit, the unit's other side labelled
//! `source` or `target` (for a missing translation, with the forms expected in the target) and
//! a note with the unit's id; a help line with the suggestions. Then notes for inputs not
//! checked, and a summary line.
//!
//! The other side of a unit is shown in one snippet with the finding when it is at most
//! [`MAX_LINES_APART`] lines away in the same file, so the target sits under its source as in
//! the file:
//!
//! ```text
//! error[wrong-translation]: 'Feuerstopp' is a forbidden translation of 'cease-fire'; use 'Waffenruhe'
//!  --> review.en-de.xlf:7:40
//!   |
//! 6 |         <source>The cease-fire held in Idlib, Turkey said.</source>
//!   |                 ------------------------------------------ source
//! 7 |         <target state="translated">Die Feuerstopp hielt, sagte die Türkei.</target>
//!   |                                        ^^^^^^^^^^
//!   |
//!   = note: unit 'lead'
//!   = help: use one of 'Waffenruhe', 'Feuerpause'
//! ```
//!
//! Else (aligned text, a long line) it is a snippet of its own after the finding's.
//!
//! Lines longer than [`MAX_LINE_CHARS`] are cut to [`CONTEXT_CHARS`] on either side of the span,
//! marked with `…`, so a 100 KB one-line file shows only the part that matters.

use std::io::{self, Write};
use std::ops::Range;

use annotate_snippets::{Annotation, AnnotationKind, Group, Level, Renderer, Snippet};

use super::{FileReport, Files, Reference, Report};
use crate::diagnostic::LineIndex;
use crate::diagnostic::{Finding, Severity, Side};
use crate::i18n::{Arg, Localizer};
use crate::lang::LangSource;
use crate::rules::missing_translation;

/// Lines with more characters than this are cut around the span.
pub const MAX_LINE_CHARS: usize = 200;
/// Characters kept on either side of a span in a cut line.
pub const CONTEXT_CHARS: usize = 60;

/// How to render. The CLI decides `color`: a terminal, `NO_COLOR` unset, and `--color`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HumanOptions {
    pub color: bool,
}

/// Writes every finding as a diagnostic, then notes for inputs not checked, then the summary.
pub fn write(
    report: &Report,
    out: &mut dyn Write,
    loc: &Localizer,
    opts: HumanOptions,
) -> io::Result<()> {
    write_findings(report, out, loc, opts)?;
    write_notes(report, out, loc, opts, &[])?;
    writeln!(out, "{}", summary_line(report, loc))
}

/// Writes every finding as a diagnostic, each followed by a blank line.
pub fn write_findings(
    report: &Report,
    out: &mut dyn Write,
    loc: &Localizer,
    opts: HumanOptions,
) -> io::Result<()> {
    let renderer = renderer(opts);
    let files = Files::new(report);
    let mut index: Option<(&str, LineIndex)> = None;
    for (file, finding) in report.ordered() {
        let idx = match &index {
            Some((path, idx)) if *path == file.path => idx,
            _ => &index.insert((&file.path, LineIndex::new(&file.text))).1,
        };
        let text = render_finding(&renderer, &files, file, idx, finding, loc);
        writeln!(out, "{text}")?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes a note for each input not checked (a file in no known language: an error when it is
/// one of `named`, the files named on the command line, else a warning; an unreadable input:
/// an error; a file that is not text: a note), then a blank line if there were any.
pub fn write_notes(
    report: &Report,
    out: &mut dyn Write,
    loc: &Localizer,
    opts: HumanOptions,
    named: &[String],
) -> io::Result<()> {
    let renderer = renderer(opts);
    let mut notes = Vec::new();
    for file in report.ordered_files() {
        if file.language_unknown() {
            let text = file.language_unknown_text(loc);
            let severity = if named.contains(&file.path) {
                Severity::Error
            } else {
                Severity::Warning
            };
            notes.push((severity, text));
        }
    }
    for file in report.ordered_files() {
        if let Some(reference) = &file.reference {
            notes.extend(
                key_drift(file, reference, loc)
                    .into_iter()
                    .map(|t| (Severity::Off, t)),
            );
        }
    }
    for s in report.ordered_skipped() {
        let path = ("path", Arg::Str(&s.path));
        if s.is_error {
            let reason = ("reason", Arg::Str(&s.reason));
            notes.push((
                Severity::Error,
                loc.text("skipped-unreadable", &[path, reason]),
            ));
        } else {
            let reason = ("reason", Arg::Str(&s.reason));
            notes.push((Severity::Off, loc.text("skipped-note", &[path, reason])));
        }
    }
    for (severity, text) in &notes {
        let label_note = loc.text("label-note", &[]);
        let level = level(severity, loc, &label_note);
        let group = [Group::with_title(level.primary_title(text.as_str()))];
        writeln!(out, "{}", renderer.render(&group))?;
    }
    if !notes.is_empty() {
        writeln!(out)?;
    }
    Ok(())
}

/// The notes on the key drift between a catalog and its reference: each message whose id the
/// reference lacks, and the reference's messages it lacks (their ids, the first ten).
fn key_drift(file: &FileReport, reference: &Reference, loc: &Localizer) -> Vec<String> {
    let mut out = Vec::new();
    let idx = LineIndex::new(&file.text);
    let path = ("path", Arg::Str(&file.path));
    let from = ("reference", Arg::Str(&reference.path));
    for (id, range) in &reference.unknown_ids {
        let (line, column) = idx.line_col(&file.text, range.start);
        let (line, column) = (line.to_string(), column.to_string());
        out.push(loc.text(
            "pairing-unknown-id",
            &[
                path,
                ("line", Arg::Str(&line)),
                ("column", Arg::Str(&column)),
                ("id", Arg::Str(id)),
                from,
            ],
        ));
    }
    if !reference.missing_ids.is_empty() {
        const SHOWN: usize = 10;
        let mut ids = (reference.missing_ids.iter().take(SHOWN))
            .map(|id| format!("`{id}`"))
            .collect::<Vec<_>>()
            .join(", ");
        if reference.missing_ids.len() > SHOWN {
            ids.push_str(", …");
        }
        out.push(loc.text(
            "pairing-missing-ids",
            &[
                path,
                ("count", Arg::Num(reference.missing_ids.len())),
                from,
                ("ids", Arg::Str(&ids)),
            ],
        ));
    }
    out
}

/// The renderer: it never cuts a line itself (`…` marks where [`Window`] cut one), so its
/// terminal width is larger than any line shown.
fn renderer(opts: HumanOptions) -> Renderer {
    let renderer = if opts.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    renderer.term_width(1 << 20)
}

/// Each item of `chars` once per terminal column it takes (none for a zero-width one).
fn columns<T: Copy + Column>(chars: impl Iterator<Item = T>) -> impl Iterator<Item = T> {
    chars.flat_map(|c| std::iter::repeat_n(c, c.width()))
}

/// What takes columns on a terminal: a character, or one with its offset.
trait Column {
    fn width(self) -> usize;
}

impl Column for char {
    fn width(self) -> usize {
        unicode_width::UnicodeWidthChar::width(self).unwrap_or(0)
    }
}

impl Column for (usize, char) {
    fn width(self) -> usize {
        self.1.width()
    }
}

/// Writes one line per file: the language checked and how it was chosen (for `--verbose`).
pub fn write_languages(report: &Report, out: &mut dyn Write, loc: &Localizer) -> io::Result<()> {
    for file in report.ordered_files() {
        let path = ("path", Arg::Str(&file.path));
        let line = match &file.lang {
            Some(lang) if file.lang_source != LangSource::Unknown => {
                let source = loc.text(&format!("lang-source-{}", file.lang_source.as_str()), &[]);
                loc.text(
                    "lang-line",
                    &[
                        path,
                        ("lang", Arg::Str(lang)),
                        ("source", Arg::Str(&source)),
                    ],
                )
            }
            _ => file.language_unknown_text(loc),
        };
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// `2 errors, 1 warning in 1 file`, or `no findings in 3 files`, counting the files checked;
/// then how many were named or found but not checked (language unknown, unreadable), if any.
pub fn summary_line(report: &Report, loc: &Localizer) -> String {
    let s = report.summary();
    let checked = report.files_checked();
    let unchecked = s.files - checked + report.skipped.iter().filter(|k| k.is_error).count();
    let files = ("files", Arg::Num(checked));
    let line = match counts(s.errors, s.warnings, loc) {
        Some(counts) => loc.text("summary-line", &[("counts", Arg::Str(&counts)), files]),
        None => loc.text("summary-no-findings", &[files]),
    };
    if unchecked == 0 {
        return line;
    }
    loc.text(
        "summary-not-checked",
        &[("summary", Arg::Str(&line)), ("files", Arg::Num(unchecked))],
    )
}

/// `2 errors, 1 warning`, `1 error` or `3 warnings`; `None` when both are nought.
pub fn counts(errors: usize, warnings: usize, loc: &Localizer) -> Option<String> {
    let errors = (errors > 0).then(|| loc.text("summary-errors", &[("count", errors.into())]));
    let warnings =
        (warnings > 0).then(|| loc.text("summary-warnings", &[("count", warnings.into())]));
    match (errors, warnings) {
        (Some(e), Some(w)) => Some(loc.text(
            "summary-join",
            &[("first", Arg::Str(&e)), ("second", Arg::Str(&w))],
        )),
        (Some(one), None) | (None, Some(one)) => Some(one),
        (None, None) => None,
    }
}

fn level<'a>(severity: &Severity, loc: &Localizer, note: &'a str) -> Level<'a> {
    match severity {
        Severity::Error => Level::ERROR.with_name(Some(loc.text("severity-error", &[]))),
        Severity::Warning => Level::WARNING.with_name(Some(loc.text("severity-warning", &[]))),
        Severity::Off => Level::NOTE.with_name(Some(note)),
    }
}

/// One diagnostic, without a trailing newline.
fn render_finding<'a>(
    renderer: &Renderer,
    files: &Files<'a>,
    file: &'a FileReport,
    idx: &LineIndex,
    f: &Finding,
    loc: &Localizer,
) -> String {
    let text = file.text.as_str();
    let note = loc.text("label-note", &[]);
    let message = loc.message(&f.message);
    let title = level(&f.severity, loc, &note)
        .primary_title(message)
        .id(f.rule.as_str());

    // The snippets, and for each cut one the origin annotate-snippets will print (counted in
    // the cut window) with the true one, to put right after rendering.
    let mut related_fixup = None;
    let primary = Window::new(text, idx, &f.range);
    let related = (files.related(file, f)).map(|(other, other_idx, r)| {
        (other, other_idx, Window::new(&other.text, other_idx, &r), r)
    });
    // A translation rule's related place is the source term (a catalog's reference).
    let translation = crate::rules::lookup(f.rule.as_str())
        .is_some_and(|r| matches!(r.check, crate::rules::Check::Unit { .. }));
    let label = if translation {
        loc.text("label-related-source", &[])
    } else {
        loc.text("label-related", &[])
    };
    let mut primary_snippet = primary
        .snippet(text, &file.path)
        .annotation(AnnotationKind::Primary.span(primary.map(&f.range)));
    let mut second = None;
    match &related {
        Some((other, _, w, r))
            if other.path == file.path && w.line == primary.line && primary.contains(r) =>
        {
            primary_snippet = primary_snippet.annotation(
                AnnotationKind::Context
                    .span(primary.map(r))
                    .label(label.as_str()),
            );
        }
        Some((other, other_idx, w, r)) => {
            second = Some(
                w.snippet(&other.text, &other.path)
                    .annotation(AnnotationKind::Context.span(w.map(r)).label(label.as_str())),
            );
            related_fixup = Some(w.fixup(&other.path, &other.text, other_idx, r));
        }
        None => {}
    }
    // The unit's other side: in one snippet with the finding's line when it is a few lines
    // away in the same file (source above target, as in the file), else a snippet of its own.
    let counterpart = (f.counterpart.as_ref()).and_then(|c| {
        let (other, other_idx, r) = files.place(file, &c.place)?;
        let r = first_line(&other.text, other_idx, &r);
        let w = Window::new(&other.text, other_idx, &r);
        Some((c.side, other, other_idx, w, r))
    });
    let counterpart_label = counterpart
        .as_ref()
        .map(|(side, ..)| counterpart_label(f, *side, loc));
    let mut third = None;
    let mut counterpart_fixup = None;
    if let (Some((_, other, other_idx, w, r)), Some(label)) = (&counterpart, &counterpart_label) {
        let near = other.path == file.path
            && related.is_none()
            && w.line != primary.line
            && w.line.abs_diff(primary.line) <= MAX_LINES_APART
            && !(primary.cut_before || primary.cut_after || w.cut_before || w.cut_after);
        if near {
            let (first, last) = (w.line.min(primary.line), w.line.max(primary.line));
            let start = idx.line_range(text, first).start;
            let end = idx.line_range(text, last).end;
            let shift = |x: &Range<usize>, clip: &Range<usize>| {
                let a = x.start.clamp(clip.start, clip.end);
                a - start..x.end.clamp(a, clip.end) - start
            };
            primary_snippet = Snippet::source(&text[start..end])
                .line_start(first)
                .path(file.path.as_str())
                .annotation(AnnotationKind::Primary.span(shift(&f.range, &primary.range)))
                .annotation(
                    AnnotationKind::Context
                        .span(shift(r, &w.range))
                        .label(label.as_str()),
                );
        } else {
            third = Some(
                w.snippet(&other.text, &other.path)
                    .annotation(AnnotationKind::Context.span(w.map(r)).label(label.as_str())),
            );
            counterpart_fixup = Some(w.fixup(&other.path, &other.text, other_idx, r));
        }
    }
    // In the order the origins appear: the primary one, the related one, the other side.
    let mut fixups = vec![primary.fixup(&file.path, text, idx, &f.range)];
    fixups.extend(related_fixup);
    fixups.extend(counterpart_fixup);
    let mut group = title.element(primary_snippet);
    if let Some(second) = second {
        group = group.element(second);
    }
    if let Some(third) = third {
        group = group.element(third);
    }
    let note_unit = (f.unit.as_deref()).map(|unit| {
        let quoted = loc.text("quote", &[("text", Arg::Str(unit))]);
        loc.text("note-unit", &[("unit", Arg::Str(&quoted))])
    });
    if let Some(unit) = note_unit {
        group = group.element(Level::NOTE.with_name(Some(note.as_str())).message(unit));
    }

    let help = match f.suggestions.as_slice() {
        [] => None,
        [one] => Some(loc.text("help-use", &[("suggestion", Arg::Str(one))])),
        many => {
            let quoted: Vec<String> = many
                .iter()
                .map(|s| loc.text("quote", &[("text", Arg::Str(s))]))
                .collect();
            let joined = quoted.join(", ");
            Some(loc.text("help-use-one-of", &[("suggestions", Arg::Str(&joined))]))
        }
    };
    let help_name = loc.text("label-help", &[]);
    if let Some(help) = help {
        group = group.element(
            Level::HELP
                .with_name(Some(help_name.as_str()))
                .message(help),
        );
    }

    let mut rendered = renderer.render(&[group]);
    // The first origin comes after the title line, which holds the message.
    let mut cursor = rendered.find('\n').unwrap_or(0);
    for (wrong, right) in fixups {
        if let Some(at) = rendered[cursor..].find(&wrong) {
            let at = cursor + at;
            rendered.replace_range(at..at + wrong.len(), &right);
            cursor = at + right.len();
        }
    }
    rendered
}

/// Lines between a finding and the other side of its unit shown in one snippet, at most.
const MAX_LINES_APART: usize = 3;

/// The label of the other side of a unit: `source` or `target`; for a term missing from the
/// target, the target with the forms expected there.
fn counterpart_label(f: &Finding, side: Side, loc: &Localizer) -> String {
    match side {
        Side::Source => loc.text("label-source-text", &[]),
        Side::Target if f.rule == missing_translation::ID && !f.suggestions.is_empty() => {
            let quoted: Vec<String> = (f.suggestions.iter())
                .map(|s| loc.text("quote", &[("text", Arg::Str(s))]))
                .collect();
            let expected = quoted.join(", ");
            let count = ("count", Arg::Num(quoted.len()));
            loc.text(
                "label-target-expected",
                &[("expected", Arg::Str(&expected)), count],
            )
        }
        Side::Target => loc.text("label-target-text", &[]),
    }
}

/// `r` cut to the end of its first line and to at most twice [`CONTEXT_CHARS`] characters: the
/// part of a segment a label goes under.
fn first_line(text: &str, idx: &LineIndex, r: &Range<usize>) -> Range<usize> {
    let start = floor_char(text, r.start.min(text.len()));
    let (line, _) = idx.line_col(text, start);
    let line_end = idx.line_range(text, line).end.max(start);
    let mut end = floor_char(text, r.end.clamp(start, line_end));
    if let Some((i, _)) = text[start..end].char_indices().nth(2 * CONTEXT_CHARS) {
        end = start + i;
    }
    start..end
}

/// The part of one line shown for a span: the whole line, or a cut around the span.
struct Window {
    /// 1-based line number.
    line: usize,
    /// Byte range of the shown part in the file.
    range: Range<usize>,
    /// Whether `…` marks a cut before / after.
    cut_before: bool,
    cut_after: bool,
}

const ELLIPSIS: &str = "…";

impl Window {
    fn new(text: &str, idx: &LineIndex, span: &Range<usize>) -> Window {
        let start = floor_char(text, span.start.min(text.len()));
        let (line, _) = idx.line_col(text, start);
        let full = idx.line_range(text, line);
        // A span running past its line is shown up to the end of the line.
        let end = floor_char(text, span.end.clamp(start, full.end.max(start)));
        let mut w = Window {
            line,
            range: full.clone(),
            cut_before: false,
            cut_after: false,
        };
        // Counted in terminal columns (a CJK character takes two), so that a cut line is never
        // cut again by the renderer.
        if columns(text[full.clone()].chars())
            .nth(MAX_LINE_CHARS)
            .is_none()
        {
            return w;
        }
        let before = columns(text[full.start..start].char_indices().rev())
            .nth(CONTEXT_CHARS - 1)
            .map(|(i, _)| full.start + i);
        let after = columns(text[end..full.end].char_indices())
            .nth(CONTEXT_CHARS)
            .map(|(i, _)| end + i);
        if let Some(b) = before {
            w.range.start = b;
            w.cut_before = b > full.start;
        }
        if let Some(a) = after {
            w.range.end = a;
            w.cut_after = true;
        }
        w
    }

    fn contains(&self, r: &Range<usize>) -> bool {
        self.range.start <= r.start && r.end <= self.range.end
    }

    /// The shown text, with `…` where it was cut.
    fn source(&self, text: &str) -> String {
        let mut s = String::with_capacity(self.range.len() + 2 * ELLIPSIS.len());
        if self.cut_before {
            s.push_str(ELLIPSIS);
        }
        s.push_str(&text[self.range.clone()]);
        if self.cut_after {
            s.push_str(ELLIPSIS);
        }
        s
    }

    fn snippet<'a>(&self, text: &str, path: &'a str) -> Snippet<'a, Annotation<'a>> {
        Snippet::source(self.source(text))
            .line_start(self.line)
            .path(path)
    }

    /// A file byte range as a byte range of `source`, clamped to the window.
    fn map(&self, r: &Range<usize>) -> Range<usize> {
        let shift = if self.cut_before { ELLIPSIS.len() } else { 0 };
        let start = r.start.clamp(self.range.start, self.range.end);
        let end = r.end.clamp(start, self.range.end);
        start - self.range.start + shift..end - self.range.start + shift
    }

    /// The origin annotate-snippets prints for `span` (its column counted in the window) and
    /// the true one; the same when the line was not cut.
    fn fixup(
        &self,
        path: &str,
        text: &str,
        idx: &LineIndex,
        span: &Range<usize>,
    ) -> (String, String) {
        let path = annotate_snippets::normalize_untrusted_str(path);
        let shown = self.source(text);
        let in_window = self.map(span).start;
        let col = shown[..in_window].chars().count() + 1;
        let (line, true_col) = idx.line_col(text, span.start);
        (
            format!("{path}:{line}:{col}"),
            format!("{path}:{line}:{true_col}"),
        )
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
