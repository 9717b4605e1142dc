//! Spreadsheet glossaries (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`), read with `calamine`: the
//! first sheet, or the one named after `#` (`terms.xlsx#Glossary`), in the layouts of the CSV
//! loader, through the same row interpreter ([`super::csv::interpret`]).
//!
//! An origin is the file and sheet (`terms.xlsx#Glossary`), the row as its line and the column
//! as its column, both 1-based as the spreadsheet numbers them.

use std::io::Cursor;
use std::sync::Arc;

use calamine::{Data, Reader};
use unicode_normalization::UnicodeNormalization;

use super::csv::{interpret, Cells};
use super::{Glossary, GlossaryError, Origin};

/// The extensions read as spreadsheets.
pub const EXTENSIONS: [&str; 5] = ["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// Parses the spreadsheet glossary `bytes` of a file named `name`, of extension `ext` (one of
/// [`EXTENSIONS`]); `sheet` names the sheet to read (default: the first).
pub fn parse(
    name: &str,
    ext: &str,
    bytes: &[u8],
    sheet: Option<&str>,
) -> Result<Glossary, GlossaryError> {
    let file_error = |message: String| GlossaryError::File {
        message,
        file: name.to_string(),
    };
    let malformed = |e: &dyn std::fmt::Display| file_error(format!("malformed spreadsheet: {e}"));
    let cursor = Cursor::new(bytes);
    let mut book: calamine::Sheets<_> = match ext {
        "xlsx" | "xlsm" => calamine::Sheets::Xlsx(
            calamine::open_workbook_from_rs(cursor).map_err(|e| malformed(&e))?,
        ),
        "xlsb" => calamine::Sheets::Xlsb(
            calamine::open_workbook_from_rs(cursor).map_err(|e| malformed(&e))?,
        ),
        "xls" => calamine::Sheets::Xls(
            calamine::open_workbook_from_rs(cursor).map_err(|e| malformed(&e))?,
        ),
        "ods" => calamine::Sheets::Ods(
            calamine::open_workbook_from_rs(cursor).map_err(|e| malformed(&e))?,
        ),
        _ => return Err(file_error(format!("unknown spreadsheet format '.{ext}'"))),
    };
    let names = book.sheet_names();
    let sheet_name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| *n == wanted)
            .cloned()
            .ok_or_else(|| {
                file_error(format!(
                    "no sheet '{wanted}'; expected one of {}",
                    names.join(", ")
                ))
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| file_error("a spreadsheet without sheets".to_string()))?,
    };
    let range = book
        .worksheet_range(&sheet_name)
        .map_err(|e| malformed(&e))?;
    let file: Arc<str> = Arc::from(format!("{name}#{sheet_name}"));
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let number = top as usize + i + 1;
        let mut cells = Vec::with_capacity(row.len());
        for (j, data) in row.iter().enumerate() {
            let at = Origin {
                file: file.clone(),
                line: number,
                column: left as usize + j + 1,
            };
            cells.push(text(data).map_err(|what| {
                GlossaryError::at(
                    &at,
                    format!(
                        "{what} in cell {}; expected text",
                        cell_name(number, at.column)
                    ),
                )
            })?);
        }
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push(Row {
            number,
            first_column: left as usize + 1,
            cells,
        });
    }
    interpret(&rows, &|row: &Row, i| Origin {
        file: file.clone(),
        line: row.number,
        column: row.first_column + i,
    })
}

/// A row of a sheet: its number, where its first cell is, and its cells as text.
struct Row {
    number: usize,
    first_column: usize,
    cells: Vec<String>,
}

impl Cells for Row {
    fn cell(&self, i: usize) -> Option<&str> {
        self.cells.get(i).map(String::as_str)
    }

    fn width(&self) -> usize {
        self.cells.len()
    }
}

/// The text of a cell: a number as written without a trailing `.0`, a formula error refused.
fn text(data: &Data) -> Result<String, String> {
    Ok(match data {
        Data::Empty => String::new(),
        Data::String(s) => s.nfc().collect(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::DateTime(d) => d.to_string(),
        Data::Error(e) => return Err(format!("formula error {e}")),
    })
}

/// The spreadsheet name of a cell: `B3` for row 3, column 2.
fn cell_name(row: usize, column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{row}", String::from_utf8_lossy(&letters))
}

#[cfg(test)]
mod tests {
    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(super::cell_name(3, 2), "B3");
        assert_eq!(super::cell_name(1, 26), "Z1");
        assert_eq!(super::cell_name(10, 28), "AB10");
    }
}
