//! The CSV loader, for spreadsheet exports. Two layouts, told apart by the header row:
//!
//! - one column per language: `id`, `kind`, `note`, `<lang>` (preferred), `<lang>:admitted`,
//!   `<lang>:forbidden`; lists separated by `|`;
//! - one row per term: `id`, `lang`, `term`, `status`, optionally `kind`, `note`, `case`, `type`.
//!
//! The layouts are read from rows of cells by [`interpret`], which spreadsheets
//! ([`super::sheet`]) share: only where a cell is differs.

use ::csv::{ReaderBuilder, StringRecord};
use unicode_normalization::UnicodeNormalization;

use super::{
    is_concept_id, is_language_tag, CaseRule, Concept, Glossary, GlossaryError, Kind, Origin,
    Origins, Status, Term, TermType, KINDS,
};

/// Parses a CSV glossary with the given delimiter (`b','`, or `b'\t'` for TSV); `name` is the
/// file name used in origins and errors.
pub fn parse(name: &str, text: &str, delimiter: u8) -> Result<Glossary, GlossaryError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let cx = Csv {
        file: name,
        text,
        lines: Origins::new(text),
        delimiter,
    };
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(text.as_bytes());
    if let Some(quote) = unterminated_quote(text, delimiter) {
        // The csv crate reads to the end of the file as one cell: say where the cell began.
        return Err(GlossaryError::at(
            &cx.lines.origin(cx.file, quote),
            "a quoted field is never closed: its '\"' has no matching '\"' before the end of the file".to_string(),
        ));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| cx.csv_error(&e))?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        rows.push(record);
    }
    interpret(&rows, &|record: &StringRecord, index| {
        cx.field_origin(record, index)
    })
}

/// A row of cells: a CSV record, a spreadsheet row.
pub(crate) trait Cells {
    fn cell(&self, i: usize) -> Option<&str>;
    fn width(&self) -> usize;
}

impl Cells for StringRecord {
    fn cell(&self, i: usize) -> Option<&str> {
        self.get(i)
    }

    fn width(&self) -> usize {
        self.len()
    }
}

/// Reads the rows of a glossary table, the first one its header (blank rows already left
/// out), in the layout the header names; `locate` gives the origin of a cell.
pub(crate) fn interpret<R: Cells>(
    rows: &[R],
    locate: &dyn Fn(&R, usize) -> Origin,
) -> Result<Glossary, GlossaryError> {
    let Some((header, rows)) = rows.split_first() else {
        return Ok(Glossary::default());
    };
    let cx = Cx { locate };
    let names: Vec<&str> = cells(header).map(str::trim).collect();
    if names.contains(&"term") && names.contains(&"lang") {
        cx.per_term(header, &names, rows)
    } else {
        cx.per_language(header, &names, rows)
    }
}

fn cells<R: Cells>(row: &R) -> impl Iterator<Item = &str> {
    (0..row.width()).map(|i| row.cell(i).unwrap_or_default())
}

const PER_TERM_COLUMNS: [&str; 8] = [
    "id", "lang", "term", "status", "kind", "note", "case", "type",
];

/// A CSV file being read.
struct Csv<'a> {
    file: &'a str,
    text: &'a str,
    lines: Origins<'a>,
    delimiter: u8,
}

/// Rows being read.
struct Cx<'l, R> {
    locate: &'l dyn Fn(&R, usize) -> Origin,
}

/// What a column of the one-column-per-language layout holds.
#[derive(Clone, Copy)]
enum Column<'h> {
    Id,
    Kind,
    Note,
    Terms(&'h str, Status),
}

impl Csv<'_> {
    fn csv_error(&self, e: &::csv::Error) -> GlossaryError {
        let offset = e.position().map_or(0, |p| p.byte() as usize);
        let message = match e.kind() {
            ::csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("row with {len} fields; expected {expected_len}, as in the header row"),
            _ => format!("malformed CSV: {e}"),
        };
        GlossaryError::at(&self.lines.origin(self.file, offset), message)
    }

    /// The origin of field `index` of `record` (columns counted in characters).
    fn field_origin(&self, record: &StringRecord, index: usize) -> Origin {
        let start = record.position().map_or(0, |p| p.byte() as usize);
        self.lines.origin(
            self.file,
            field_start(self.text, start, index, self.delimiter),
        )
    }
}

impl<R: Cells> Cx<'_, R> {
    fn field_origin(&self, row: &R, index: usize) -> Origin {
        (self.locate)(row, index)
    }

    fn err(&self, row: &R, index: usize, message: String) -> GlossaryError {
        GlossaryError::at(&self.field_origin(row, index), message)
    }

    fn per_language(
        &self,
        header: &R,
        names: &[&str],
        rows: &[R],
    ) -> Result<Glossary, GlossaryError> {
        let mut columns = Vec::with_capacity(names.len());
        for (i, &name) in names.iter().enumerate() {
            let column = match name {
                "id" => Column::Id,
                "kind" => Column::Kind,
                "note" => Column::Note,
                _ => {
                    let (lang, status) = match name.split_once(':') {
                        None => (name, Some(Status::Preferred)),
                        Some((lang, suffix)) => (lang, Status::parse(suffix)),
                    };
                    if !is_language_tag(lang) {
                        return Err(self.err(
                            header,
                            i,
                            format!(
                                "unknown column {q_name}; expected id, kind, note, or a language tag such as en, fr, pt-BR (optionally with :admitted or :forbidden)", q_name = excerpt(name)),
                        ));
                    }
                    let Some(status) = status else {
                        return Err(self.err(
                            header,
                            i,
                            format!(
                                "unknown column {q_name}; expected {lang}, {lang}:admitted or {lang}:forbidden", q_name = excerpt(name)),
                        ));
                    };
                    Column::Terms(lang, status)
                }
            };
            columns.push(column);
        }
        let mut glossary = Glossary::default();
        for (n, row) in rows.iter().enumerate() {
            let mut concept = Concept {
                id: format!("csv-{}", n + 1),
                origin: self.field_origin(row, 0),
                ..Concept::default()
            };
            for (i, (cell, column)) in cells(row).zip(&columns).enumerate() {
                let cell = cell.trim();
                if cell.is_empty() {
                    continue;
                }
                match *column {
                    Column::Id => concept.id = self.id(row, i, cell)?,
                    Column::Kind => concept.kind = Some(self.kind(row, i, cell)?),
                    Column::Note => concept.note = Some(cell.to_string()),
                    Column::Terms(lang, status) => {
                        for text in cell.split('|').map(str::trim).filter(|t| !t.is_empty()) {
                            let text: String = text.nfc().collect();
                            let mut term = Term::new(lang, &text, status);
                            term.origin = self.field_origin(row, i);
                            concept.terms.push(term);
                        }
                    }
                }
            }
            glossary.concepts.push(concept);
        }
        Ok(glossary)
    }

    fn per_term(&self, header: &R, names: &[&str], rows: &[R]) -> Result<Glossary, GlossaryError> {
        let mut index = [None; PER_TERM_COLUMNS.len()];
        for (i, &name) in names.iter().enumerate() {
            let Some(k) = PER_TERM_COLUMNS.iter().position(|&c| c == name) else {
                return Err(self.err(
                    header,
                    i,
                    format!(
                        "unknown column {q_name}; expected one of {}",
                        PER_TERM_COLUMNS.join(", "),
                        q_name = excerpt(name)
                    ),
                ));
            };
            if index[k].is_some() {
                return Err(self.err(
                    header,
                    i,
                    format!("column {q_name} given twice", q_name = excerpt(name)),
                ));
            }
            index[k] = Some(i);
        }
        for required in ["id", "status"] {
            let k = PER_TERM_COLUMNS.iter().position(|&c| c == required);
            if k.is_some_and(|k| index[k].is_none()) {
                return Err(self.err(
                    header,
                    0,
                    format!(
                        "no column '{required}'; expected the columns id, lang, term, status (and optionally kind, note, case, type)"
                    ),
                ));
            }
        }
        fn cell<'r, R: Cells>(
            index: &[Option<usize>],
            row: &'r R,
            k: usize,
        ) -> Option<(usize, &'r str)> {
            let i = index[k]?;
            Some((i, row.cell(i).map(str::trim).unwrap_or_default()))
        }
        let mut glossary = Glossary::default();
        let mut by_id: rustc_hash::FxHashMap<String, usize> = Default::default();
        for row in rows {
            let (id_col, id) = cell(&index, row, 0).unwrap_or_default();
            let id = self.id(row, id_col, id)?;
            let (lang_col, lang) = cell(&index, row, 1).unwrap_or_default();
            if !is_language_tag(lang) {
                return Err(self.err(
                    row,
                    lang_col,
                    format!("invalid language tag {q_lang}; expected a BCP 47 tag such as en, fr, pt-BR", q_lang = excerpt(lang)),
                ));
            }
            let (term_col, text) = cell(&index, row, 2).unwrap_or_default();
            if text.is_empty() {
                return Err(self.err(row, term_col, "empty term; expected the term's text".into()));
            }
            let (status_col, status) = cell(&index, row, 3).unwrap_or_default();
            let Some(status) = Status::parse(status) else {
                return Err(self.err(
                    row,
                    status_col,
                    format!(
                        "unknown status {q_status}; expected one of {}",
                        Status::ALL.join(", "),
                        q_status = excerpt(status)
                    ),
                ));
            };
            let text: String = text.nfc().collect();
            let mut term = Term::new(lang, &text, status);
            term.origin = self.field_origin(row, term_col);
            if let Some((_, note)) = cell(&index, row, 5).filter(|(_, v)| !v.is_empty()) {
                term.note = Some(note.to_string());
            }
            if let Some((i, case)) = cell(&index, row, 6).filter(|(_, v)| !v.is_empty()) {
                term.case = CaseRule::parse(case).ok_or_else(|| {
                    self.err(
                        row,
                        i,
                        format!(
                            "unknown case {q_case}; expected one of sensitive, insensitive",
                            q_case = excerpt(case)
                        ),
                    )
                })?;
                term.case_given = true;
            }
            if let Some((i, ty)) = cell(&index, row, 7).filter(|(_, v)| !v.is_empty()) {
                term.kind = TermType::parse(ty).ok_or_else(|| {
                    self.err(
                        row,
                        i,
                        format!(
                            "unknown type {q_ty}; expected one of {}",
                            TermType::ALL.join(", "),
                            q_ty = excerpt(ty)
                        ),
                    )
                })?;
            }
            let n = *by_id.entry(id.clone()).or_insert_with(|| {
                glossary.concepts.push(Concept {
                    id,
                    origin: self.field_origin(row, 0),
                    ..Concept::default()
                });
                glossary.concepts.len() - 1
            });
            let concept = &mut glossary.concepts[n];
            if let Some((i, kind)) = cell(&index, row, 4).filter(|(_, v)| !v.is_empty()) {
                let kind = self.kind(row, i, kind)?;
                match &concept.kind {
                    Some(k) if *k != kind => {
                        return Err(self.err(
                            row,
                            i,
                            format!(
                                "kind {q_kind} for concept '{}', which is '{k}' at {}; expected one kind per concept",
                                concept.id, concept.origin, q_kind = excerpt(kind.as_str())),
                        ))
                    }
                    _ => concept.kind = Some(kind),
                }
            }
            concept.terms.push(term);
        }
        Ok(glossary)
    }

    fn id(&self, row: &R, i: usize, id: &str) -> Result<String, GlossaryError> {
        if is_concept_id(id) {
            Ok(id.to_string())
        } else {
            Err(self.err(
                row,
                i,
                format!(
                    "invalid concept id {q_id}; expected lower-case letters, digits, '_', '-', '.'",
                    q_id = excerpt(id)
                ),
            ))
        }
    }

    fn kind(&self, row: &R, i: usize, kind: &str) -> Result<Kind, GlossaryError> {
        if let Some(kind) = Kind::parse(kind) {
            Ok(kind)
        } else {
            Err(self.err(
                row,
                i,
                format!(
                    "unknown kind {q_kind}; expected one of {}",
                    KINDS.join(", "),
                    q_kind = excerpt(kind)
                ),
            ))
        }
    }
}

/// A cell quoted in an error message: whole (in quotes) when short, else its first characters,
/// marked cut, and its length. A file named as a glossary by mistake (a token, a key, a
/// password file) is then not echoed into terminals and CI logs.
fn excerpt(cell: &str) -> String {
    const WHOLE: usize = 16;
    const SHOWN: usize = 6;
    let len = cell.chars().count();
    if len <= WHOLE {
        format!("'{cell}'")
    } else {
        let shown: String = cell.chars().take(SHOWN).collect();
        format!("'{shown}…' ({len} characters)")
    }
}

/// The byte offset of the opening quote of a quoted field that the file never closes, if
/// any, following the quoting the csv crate reads (a quote opens a field only as its first
/// byte; `""` inside it is a quote).
fn unterminated_quote(text: &str, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut field_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if field_start && b == b'"' {
            let open = i;
            i += 1;
            loop {
                match memchr::memchr(b'"', &bytes[i..]) {
                    None => return Some(open),
                    Some(q) if bytes.get(i + q + 1) == Some(&b'"') => i += q + 2,
                    Some(q) => {
                        i += q + 1;
                        break;
                    }
                }
            }
            field_start = false;
            continue;
        }
        field_start = b == delimiter || b == b'\n' || b == b'\r';
        i += 1;
    }
    None
}

/// The byte offset of field `index` of the record starting at `start`, following CSV quoting.
fn field_start(text: &str, start: usize, index: usize, delimiter: u8) -> usize {
    let bytes = text.as_bytes();
    let mut pos = start;
    for _ in 0..index {
        let mut quoted = false;
        while pos < bytes.len() {
            let b = bytes[pos];
            if b == b'"' {
                quoted = !quoted;
            } else if !quoted && b == delimiter {
                break;
            } else if !quoted && (b == b'\n' || b == b'\r') {
                return pos;
            }
            pos += 1;
        }
        pos = (pos + 1).min(bytes.len());
    }
    pos
}
