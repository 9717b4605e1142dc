//! GitHub Actions annotations (`--format github`): one workflow command per finding.
//!
//! ```text
//! ::error file=drafts/syria.txt,line=1,col=19,endLine=1,endColumn=26,title=termlint(misspelling)::'Erdogen' looks like a misspelling of 'Erdogan'
//! ```
//!
//! An input that was not checked is one more command, after the findings: `::warning
//! file=...` for a file whose language is unknown, `::error file=...` for a file that could
//! not be read, `::notice file=...` for one skipped on purpose.
//!
//! `error` and `warning` by severity. Columns are 1-based Unicode code points, the end one past
//! the last character (as in SARIF). GitHub takes no columns for a range over several lines, so
//! those get lines only. The message escapes `%`, `\r` and `\n`; properties also `:` and `,`.

use std::io::{self, Write};

use super::Report;
use crate::diagnostic::LineIndex;
use crate::diagnostic::Severity;
use crate::i18n::Localizer;

/// Writes one `::error` / `::warning` command per finding, in path then position order.
pub fn write(report: &Report, out: &mut dyn Write, loc: &Localizer) -> io::Result<()> {
    let mut index: Option<(&str, LineIndex)> = None;
    for (file, f) in report.ordered() {
        let idx = match &index {
            Some((path, idx)) if *path == file.path => idx,
            _ => &index.insert((&file.path, LineIndex::new(&file.text))).1,
        };
        let span = idx.span(&file.text, &f.range);
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Off => "notice",
        };
        write!(
            out,
            "::{command} file={},line={}",
            escape_property(&file.path),
            span.line
        )?;
        if span.line == span.end_line {
            write!(out, ",col={}", span.column)?;
        }
        write!(out, ",endLine={}", span.end_line)?;
        if span.line == span.end_line {
            write!(out, ",endColumn={}", span.end_column)?;
        }
        let title = format!("termlint({})", f.rule.as_str());
        writeln!(
            out,
            ",title={}::{}",
            escape_property(&title),
            escape_data(&loc.message(&f.message))
        )?;
    }
    // Inputs not checked: an unreadable file fails the run, and its annotation says which
    // (without it the check fails with nothing on the pull request); a file skipped on
    // purpose is a notice.
    for file in report.ordered_files() {
        if file.language_unknown() {
            let text = file.language_unknown_text(loc);
            writeln!(
                out,
                "::warning file={},title=termlint::{}",
                escape_property(&file.path),
                escape_data(&text)
            )?;
        }
    }
    for s in report.ordered_skipped() {
        let args = [
            ("path", crate::i18n::Arg::Str(&s.path)),
            ("reason", crate::i18n::Arg::Str(&s.reason)),
        ];
        let (command, id) = if s.is_error {
            ("error", "skipped-unreadable")
        } else {
            ("notice", "skipped-note")
        };
        writeln!(
            out,
            "::{command} file={},title=termlint::{}",
            escape_property(&s.path),
            escape_data(&loc.text(id, &args))
        )?;
    }
    Ok(())
}

/// A command's message: `%`, `\r` and `\n` percent-encoded.
pub fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// A command's property value: as a message, and also `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50% a\r\nb: c,d"), "50%25 a%0D%0Ab: c,d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
