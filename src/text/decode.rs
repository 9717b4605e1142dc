//! Decoding the bytes of an input file into text.
//!
//! - UTF-8 is the norm. A leading byte-order mark stays in the text: findings' byte offsets
//!   index the file exactly as read, and the fold treats U+FEFF as white space.
//! - UTF-16 (LE or BE) and UTF-32 (LE or BE) are read only with their byte-order mark, and
//!   decoded to UTF-8 without it. For those files byte offsets index the decoded UTF-8 text, not
//!   the bytes on disk (line and column are unaffected).
//! - Invalid UTF-8 is an error at its byte offset: no encoding is guessed.
//! - A file that names its own legacy charset (a PO file's `Content-Type` header) is decoded
//!   from it with [`decode_with`]; byte offsets then index the decoded UTF-8 text too.
//! - Binary files (a NUL byte in the first 8 KiB, or a well-known binary signature) are
//!   refused, so that a stray image in a folder is skipped rather than reported as garbage.

/// Why a file could not be read as text.
#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    /// `line` and `column` (1-based, in Unicode scalar values) are those of the first byte that
    /// is not UTF-8, counted in the valid text before it.
    #[error(
        "not valid UTF-8 at byte offset {offset} (line {line}, column {column}); termlint does not \
         guess encodings"
    )]
    InvalidUtf8 {
        offset: usize,
        line: usize,
        column: usize,
    },
    #[error("binary file (NUL byte at offset {offset})")]
    Binary { offset: usize },
    #[error("binary file ({kind})")]
    BinarySignature { kind: &'static str },
    #[error("not valid {encoding} at byte offset {offset}")]
    InvalidUnicode {
        encoding: &'static str,
        offset: usize,
    },
    #[error("unknown charset '{charset}'")]
    UnknownCharset { charset: String },
}

impl DecodeError {
    /// Whether the file is binary (only worth a note) rather than broken text (an error).
    pub fn is_binary(&self) -> bool {
        matches!(
            self,
            DecodeError::Binary { .. } | DecodeError::BinarySignature { .. }
        )
    }
}

/// Decodes a file's bytes to text; see the module documentation for the rules.
pub fn decode(bytes: Vec<u8>) -> Result<String, DecodeError> {
    // UTF-32 LE's mark begins with UTF-16 LE's, so look for UTF-32 first.
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) {
        return decode_utf32(&bytes[4..], false, 4);
    }
    if bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return decode_utf32(&bytes[4..], true, 4);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return decode_utf16(&bytes[2..], false, 2);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return decode_utf16(&bytes[2..], true, 2);
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if let Some(kind) = binary_signature(head) {
        return Err(DecodeError::BinarySignature { kind });
    }
    if let Some(offset) = head.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        invalid_utf8(&e.as_bytes()[..offset])
    })
}

/// The error for the byte after `valid`, the valid UTF-8 text before it.
fn invalid_utf8(valid: &[u8]) -> DecodeError {
    let text = std::str::from_utf8(valid).expect("valid up to here");
    let index = crate::diagnostic::LineIndex::new(text);
    let (line, column) = index.line_col(text, text.len());
    DecodeError::InvalidUtf8 {
        offset: valid.len(),
        line,
        column,
    }
}

/// Decodes a file's bytes from `encoding`, a charset the file itself declares (Latin-1,
/// ISO-8859-x, Windows-125x, KOI8-R, Shift_JIS, ...). Binary files are refused as by
/// [`decode`]; a leading byte-order mark is read by [`decode`] whatever the declared charset,
/// and UTF-8 goes to [`decode`] too. A byte sequence that is not valid in `encoding` is an error
/// at its offset: nothing is replaced.
///
/// Labels follow the WHATWG Encoding Standard (`encoding_rs`): `ISO-8859-1` and `latin1` are
/// read as Windows-1252, which differs only in the C1 control range 0x80–0x9F.
pub fn decode_with(
    bytes: Vec<u8>,
    encoding: &'static encoding_rs::Encoding,
) -> Result<String, DecodeError> {
    let has_bom = [
        &[0xEF, 0xBB, 0xBF][..],
        &[0xFF, 0xFE],
        &[0xFE, 0xFF],
        &[0, 0, 0xFE, 0xFF],
    ]
    .iter()
    .any(|bom| bytes.starts_with(bom));
    if encoding == encoding_rs::UTF_8 || has_bom {
        return decode(bytes);
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if let Some(kind) = binary_signature(head) {
        return Err(DecodeError::BinarySignature { kind });
    }
    if let Some(offset) = head.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut read = 0;
    loop {
        let (result, n) =
            decoder.decode_to_string_without_replacement(&bytes[read..], &mut out, true);
        read += n;
        match result {
            encoding_rs::DecoderResult::InputEmpty => return Ok(out),
            encoding_rs::DecoderResult::OutputFull => out.reserve(bytes.len() - read + 16),
            encoding_rs::DecoderResult::Malformed(bad, after) => {
                return Err(DecodeError::InvalidUnicode {
                    encoding: encoding.name(),
                    offset: read - usize::from(after) - usize::from(bad),
                })
            }
        }
    }
}

/// How much of a file is looked at to tell binary from text.
const SNIFF_LEN: usize = 8 * 1024;

/// Signatures of common binary formats that might not hold a NUL byte early.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xFF\xD8\xFF", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1F\x8B", "gzip"),
    (b"\x7FELF", "ELF executable"),
];

fn binary_signature(head: &[u8]) -> Option<&'static str> {
    SIGNATURES
        .iter()
        .find(|(sig, _)| head.starts_with(sig))
        .map(|&(_, kind)| kind)
}

fn decode_utf16(body: &[u8], big_endian: bool, bom_len: usize) -> Result<String, DecodeError> {
    let encoding = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
    let units = body.chunks_exact(2).map(|c| {
        let pair = [c[0], c[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    let mut out = String::with_capacity(body.len());
    // Offset in the file of the next code unit.
    let mut offset = bom_len;
    for c in char::decode_utf16(units) {
        let c = c.map_err(|_| DecodeError::InvalidUnicode { encoding, offset })?;
        out.push(c);
        offset += 2 * c.len_utf16();
    }
    if body.len() % 2 != 0 {
        return Err(DecodeError::InvalidUnicode { encoding, offset });
    }
    Ok(out)
}

fn decode_utf32(body: &[u8], big_endian: bool, bom_len: usize) -> Result<String, DecodeError> {
    let encoding = if big_endian { "UTF-32BE" } else { "UTF-32LE" };
    let mut out = String::with_capacity(body.len() / 2);
    for (i, c) in body.chunks(4).enumerate() {
        let offset = bom_len + 4 * i;
        let err = DecodeError::InvalidUnicode { encoding, offset };
        let bytes: [u8; 4] = c.try_into().map_err(|_| err.clone())?;
        let v = if big_endian {
            u32::from_be_bytes(bytes)
        } else {
            u32::from_le_bytes(bytes)
        };
        out.push(char::from_u32(v).ok_or(err)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in s.encode_utf16() {
            out.extend(if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        out
    }

    fn utf32(s: &str, big_endian: bool) -> Vec<u8> {
        let mut out = if big_endian {
            vec![0, 0, 0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE, 0, 0]
        };
        for c in s.chars() {
            out.extend(if big_endian {
                (c as u32).to_be_bytes()
            } else {
                (c as u32).to_le_bytes()
            });
        }
        out
    }

    const SAMPLE: &str = "Erdoğan в Идлибе 🇹🇷 said\r\n";

    #[test]
    fn utf8_is_kept_byte_for_byte_with_its_bom() {
        let bytes = format!("\u{FEFF}{SAMPLE}").into_bytes();
        let text = decode(bytes.clone()).unwrap();
        assert_eq!(text.as_bytes(), &bytes[..]);
        assert!(text.starts_with('\u{FEFF}'));
    }

    #[test]
    fn utf16_and_utf32_with_a_bom_decode_without_it() {
        for be in [false, true] {
            assert_eq!(decode(utf16(SAMPLE, be)).unwrap(), SAMPLE);
            assert_eq!(decode(utf32(SAMPLE, be)).unwrap(), SAMPLE);
        }
    }

    #[test]
    fn utf16_full_of_nul_bytes_is_not_binary() {
        assert_eq!(decode(utf16("Idlib", false)).unwrap(), "Idlib");
    }

    #[test]
    fn invalid_utf8_names_the_byte() {
        let mut bytes = "Эрдоган ".as_bytes().to_vec();
        let at = bytes.len();
        bytes.extend([0xE9, b'x']); // Latin-1 é
        let e = decode(bytes).unwrap_err();
        assert_eq!(
            e,
            DecodeError::InvalidUtf8 {
                offset: at,
                line: 1,
                column: 9
            }
        );
        assert_eq!(
            e.to_string(),
            "not valid UTF-8 at byte offset 15 (line 1, column 9); termlint does not guess encodings"
        );
        let e = decode(b"\xEF\xBB\xBFa\r\nb\rc\n\xC3".to_vec()).unwrap_err();
        assert_eq!(
            e,
            DecodeError::InvalidUtf8 {
                offset: 10,
                line: 4,
                column: 1
            }
        );
    }

    #[test]
    fn lone_surrogates_and_odd_lengths_are_errors() {
        let mut lone = vec![0xFF, 0xFE, b'a', 0];
        lone.extend(0xD800u16.to_le_bytes());
        lone.extend([b'b', 0]);
        assert_eq!(
            decode(lone),
            Err(DecodeError::InvalidUnicode {
                encoding: "UTF-16LE",
                offset: 4
            })
        );
        let mut odd = utf16("ab", true);
        odd.push(0);
        assert_eq!(
            decode(odd),
            Err(DecodeError::InvalidUnicode {
                encoding: "UTF-16BE",
                offset: 6
            })
        );
        let mut bad32 = utf32("a", false);
        bad32.extend(0x11_0000u32.to_le_bytes());
        assert!(matches!(
            decode(bad32),
            Err(DecodeError::InvalidUnicode { offset: 8, .. })
        ));
    }

    #[test]
    fn nul_bytes_and_signatures_mean_binary() {
        let e = decode(b"abc\0def".to_vec()).unwrap_err();
        assert_eq!(e, DecodeError::Binary { offset: 3 });
        assert!(e.is_binary());
        let e = decode(b"\x89PNG\r\n\x1a\nrest".to_vec()).unwrap_err();
        assert!(e.is_binary());
        assert!(!DecodeError::InvalidUtf8 {
            offset: 0,
            line: 1,
            column: 1
        }
        .is_binary());
    }

    #[test]
    fn nul_after_the_first_8_kib_is_text() {
        // Past the sniffed head a NUL is valid UTF-8: the file is text with a control character.
        let mut bytes = vec![b'a'; SNIFF_LEN];
        bytes.push(0);
        assert!(decode(bytes).is_ok());
    }

    #[test]
    fn legacy_charsets_decode_and_name_bad_bytes() {
        let latin1 = encoding_rs::Encoding::for_label(b"ISO-8859-1").unwrap();
        assert_eq!(
            decode_with(b"Erdo\xF0an? caf\xE9".to_vec(), latin1).unwrap(),
            "Erdoðan? café"
        );
        let turkish = encoding_rs::Encoding::for_label(b"ISO-8859-9").unwrap();
        assert_eq!(
            decode_with(b"Erdo\xF0an \xDDdlib".to_vec(), turkish).unwrap(),
            "Erdoğan İdlib"
        );
        let cp1251 = encoding_rs::Encoding::for_label(b"CP1251").unwrap();
        assert_eq!(
            decode_with(b"\xDD\xF0\xE4\xEE\xE3\xE0\xED".to_vec(), cp1251).unwrap(),
            "Эрдоган"
        );
        let sjis = encoding_rs::Encoding::for_label(b"Shift_JIS").unwrap();
        assert_eq!(
            decode_with(b"ab\x82".to_vec(), sjis),
            Err(DecodeError::InvalidUnicode {
                encoding: "Shift_JIS",
                offset: 2
            })
        );
        assert!(decode_with(b"a\0b".to_vec(), latin1)
            .unwrap_err()
            .is_binary());
        // A byte-order mark wins over the declared charset.
        assert_eq!(
            decode_with("\u{feff}Идлиб".as_bytes().to_vec(), latin1).unwrap(),
            "\u{feff}Идлиб"
        );
    }

    #[test]
    fn empty_file_is_empty_text() {
        assert_eq!(decode(Vec::new()).unwrap(), "");
    }
}
