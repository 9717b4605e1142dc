//! From byte offsets to 1-based lines and columns.

/// The starts of the lines of a text, for turning byte offsets into line and column.
///
/// A column is found in time bounded by [`CHECKPOINT`] bytes, however long the line: a file of
/// one 100 MB line with a finding every few words is reported in linear time.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Every [`CHECKPOINT`] bytes (at the character boundary at or before): the byte offset and
    /// the number of characters before it.
    checkpoints: Vec<(usize, usize)>,
}

/// Bytes between two checkpoints of the character count.
pub const CHECKPOINT: usize = 4096;

impl LineIndex {
    /// Lines end at `\n`, `\r\n` or a lone `\r`.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // SIMD search for the two bytes that end lines: reports index whole corpora.
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        let mut checkpoints = vec![(0, 0)];
        let mut at = CHECKPOINT;
        while at < text.len() {
            let mut b = at;
            while !text.is_char_boundary(b) {
                b -= 1;
            }
            let &(prev, chars) = checkpoints.last().expect("starts with (0, 0)");
            checkpoints.push((b, chars + text[prev..b].chars().count()));
            at += CHECKPOINT;
        }
        LineIndex {
            starts,
            checkpoints,
        }
    }

    /// The 1-based line and the 1-based column in Unicode scalar values of byte `offset`.
    /// A byte-order mark at the start of the file does not count as a column.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let mut start = self.starts[line];
        if start == 0 && text.starts_with('\u{feff}') && offset >= 3 {
            start = 3;
        }
        let col = match text.get(start..offset) {
            None => offset - start,
            Some(s) if s.len() <= CHECKPOINT => s.chars().count(),
            Some(_) => self.chars_before(text, offset) - self.chars_before(text, start),
        };
        (line + 1, col + 1)
    }

    /// The number of characters before byte `offset`, a character boundary.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(b, _)| b <= offset) - 1;
        let (b, chars) = self.checkpoints[i];
        chars + text[b..offset].chars().count()
    }

    /// Where byte range `range` starts and ends, in 1-based lines and columns of Unicode
    /// scalar values. The end is exclusive: the column just after the last character.
    pub fn span(&self, text: &str, range: &std::ops::Range<usize>) -> Span {
        let (line, column) = self.line_col(text, range.start);
        let (end_line, end_column) = self.line_col(text, range.end.max(range.start));
        Span {
            line,
            column,
            end_line,
            end_column,
        }
    }

    /// The number of lines (a text ending with a line break has an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The byte range of 1-based line `line`, without its line break.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        let trimmed = text[start..end].trim_end_matches(['\n', '\r']).len();
        start..start + trimmed
    }
}

/// A range as 1-based lines and columns (Unicode scalar values); the end is exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_scalar_values() {
        let text = "Эрдоган\r\nи Idlib\rX";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        let i = text.find("Idlib").unwrap();
        assert_eq!(idx.line_col(text, i), (2, 3));
        assert_eq!(idx.line_col(text, text.len() - 1), (3, 1));
        assert_eq!(&text[idx.line_range(text, 2)], "и Idlib");
        let span = idx.span(text, &(i..i + "Idlib".len()));
        assert_eq!(
            span,
            Span {
                line: 2,
                column: 3,
                end_line: 2,
                end_column: 8
            }
        );
    }

    #[test]
    fn columns_on_a_very_long_line_are_exact_and_fast() {
        let unit = "Эрдоган 🇹🇷 Idlib, ";
        let text = format!("\u{feff}x\r\n{}\nend", unit.repeat(20_000));
        let idx = LineIndex::new(&text);
        let line2 = text.find("\r\n").unwrap() + 2;
        let mut checked = 0;
        for (naive_col, (i, _)) in (1..).zip(text[line2..].char_indices()) {
            let offset = line2 + i;
            if text.as_bytes()[offset] == b'\n' {
                break;
            }
            // Every character near a checkpoint, and every 97th elsewhere.
            if offset % CHECKPOINT < 8 || offset % CHECKPOINT > CHECKPOINT - 8 || i % 97 == 0 {
                assert_eq!(idx.line_col(&text, offset), (2, naive_col), "at {offset}");
                checked += 1;
            }
        }
        assert!(checked > 3_000);
        // The line after it, and the BOM line before it.
        assert_eq!(idx.line_col(&text, text.len() - 1), (3, 3));
        assert_eq!(idx.line_col(&text, 3), (1, 1));
        assert_eq!(idx.line_col(&text, 4), (1, 2));
    }

    #[test]
    fn bom_is_not_a_column() {
        let text = "\u{feff}Idlib";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 3), (1, 1));
    }
}
