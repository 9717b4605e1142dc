//! What the fuzz targets check, shared by all of them.
//!
//! The invariants of CONTRACT.md, asserted on anything the fuzzer makes: no panic, every
//! finding's `found` is exactly `text[start..end]` on character boundaries, its line and column
//! (from `diagnostic::LineIndex`) agree with a count made here independently, findings
//! come in position order, and every report writer renders the result.
//!
//! Each byte-input target is one function here, so that `tests/fuzz_regressions.rs` replays the
//! crash inputs kept in `tests/fixtures/fuzz/TARGET/` through exactly what the fuzzer ran.

use std::cell::RefCell;
use std::ops::Range;

use termlint::check::{CheckOptions, Checker, Hints, Named, Pipeline};
use termlint::config::Config;
use termlint::diagnostic::{Finding, LineIndex};
use termlint::formats::{Document, Format, MASK};
use termlint::glossary::{Date, Glossary};
use termlint::i18n::Localizer;
use termlint::report::{self, FileReport, Report};

/// Panics unless every segment of `doc` maps back into `doc.text` on character boundaries, in
/// order. Inside a run of masked bytes (a URL with accents is masked byte for byte) offsets
/// are not characters of the file and are not looked at: no match starts or ends there.
pub fn assert_segments(doc: &Document) {
    for seg in &doc.segments {
        let mut last = 0;
        let bytes = seg.text.as_bytes();
        for (i, _) in seg
            .text
            .char_indices()
            .chain(std::iter::once((seg.text.len(), ' ')))
        {
            let src = seg.map.to_src(i);
            assert!(
                src <= doc.text.len(),
                "segment offset {i} maps past the end"
            );
            assert!(src >= last, "segment map goes backwards at {i}");
            last = src;
            let inside_mask = i > 0 && bytes[i - 1] == MASK && bytes.get(i) == Some(&MASK);
            assert!(
                inside_mask || doc.text.is_char_boundary(src),
                "segment offset {i} maps inside a character ({src})"
            );
        }
    }
}

/// Panics unless `findings` are well placed in `text`: see the module documentation.
pub fn assert_findings(text: &str, findings: &[Finding]) {
    let index = LineIndex::new(text);
    let mut previous: Option<&Finding> = None;
    for f in findings {
        assert_range(text, &f.range);
        assert!(f.range.start < f.range.end, "empty finding {f:?}");
        assert_eq!(&text[f.range.clone()], f.found, "found is not the slice");
        if let Some(r) = &f.related {
            assert_range(text, r);
        }
        let (line, column) = index.line_col(text, f.range.start);
        assert_eq!(
            (line, column),
            line_col(text, f.range.start),
            "line:column of {f:?}"
        );
        let span = index.span(text, &f.range);
        assert_eq!(
            (span.end_line, span.end_column),
            line_col(text, f.range.end),
            "end line:column of {f:?}"
        );
        if let Some(p) = previous {
            assert!(
                (p.range.start, p.range.end) <= (f.range.start, f.range.end),
                "findings out of order"
            );
        }
        previous = Some(f);
    }
}

/// Checks the bytes of a file named `name` (its extension names its format) through the
/// library's pipeline, as `lang` unless the file says its own language, with `checker`;
/// asserts the invariants and renders the report in every format. Returns whether the file
/// was read.
pub fn check_and_render(checker: &Checker, name: &str, bytes: Vec<u8>, lang: &str) -> bool {
    let config = Config::default();
    let hints = Hints {
        lang: Some(lang.to_string()),
        ..Hints::default()
    };
    let pipeline = Pipeline::new(checker, &config, hints);
    match pipeline.check_bytes(name, std::path::Path::new(name), bytes) {
        Ok(file) => {
            assert_findings(&file.text, &file.findings);
            assert_checked(&file);
            render(vec![file]);
            true
        }
        Err(skipped) => {
            assert!(!skipped.reason.is_empty());
            false
        }
    }
}

/// The `--explain` list of a file: each span is the slice of the file it quotes.
pub fn assert_checked(file: &FileReport) {
    for c in file.checked.iter().flatten() {
        assert_range(&file.text, &c.range);
        assert_eq!(file.text[c.range.clone()], c.found, "{c:?}");
    }
}

/// Whether the pipeline refuses `bytes` as a binary file (a NUL byte in the head, a binary
/// signature): a reader given the same text as a string reads it, the command line does not.
pub fn refused_as_binary(bytes: &[u8]) -> bool {
    termlint::text::decode::decode(bytes.to_vec()).is_err_and(|e| e.is_binary())
}

/// Renders files' findings with every report writer; none may panic.
pub fn render(files: Vec<FileReport>) {
    let report = Report {
        files,
        skipped: Vec::new(),
        context: Vec::new(),
    };
    thread_local! {
        static LOCALIZER: Localizer = Localizer::new("en");
        static SINK: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }
    LOCALIZER.with(|loc| {
        SINK.with_borrow_mut(|out| {
            out.clear();
            let opts = report::human::HumanOptions { color: false };
            report::human::write(&report, out, loc, opts).unwrap();
            report::json::write(&report, out, loc).unwrap();
            report::sarif::write(&report, out, loc).unwrap();
            report::github::write(&report, out, loc).unwrap();
        })
    });
}

/// A checker of the built-in glossary on a fixed date, built once per process.
pub fn builtin_checker() -> &'static Checker {
    static CHECKER: std::sync::OnceLock<Checker> = std::sync::OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(Glossary::builtin(), fixed_date_options()))
}

/// Options with a fixed date, so a run does not depend on the day it is made, that keep what
/// each bilingual unit checked (`--explain`), so that its list is fuzzed too.
pub fn fixed_date_options() -> CheckOptions {
    CheckOptions {
        date: Date::parse("2017-05-04"),
        explain: true,
        ..CheckOptions::default()
    }
}

/// The 1-based line and column of byte `offset`, counted here without `LineIndex`: lines end
/// at `\n`, `\r\n` or a lone `\r`; columns are Unicode scalar values; a BOM at the start of
/// the file is not a column.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let mut line = 1;
    let mut line_start = 0;
    let bytes = before.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ends = match b {
            b'\n' => true,
            // A `\r` ends a line unless a `\n` follows it (even one past `offset`).
            b'\r' => text.as_bytes().get(i + 1) != Some(&b'\n'),
            _ => false,
        };
        if ends {
            line += 1;
            line_start = i + 1;
        }
    }
    let mut col_text = &before[line_start..];
    if line_start == 0 {
        col_text = col_text.strip_prefix('\u{feff}').unwrap_or(col_text);
    }
    (line, col_text.chars().count() + 1)
}

fn assert_range(text: &str, r: &Range<usize>) {
    assert!(
        r.start <= r.end && r.end <= text.len(),
        "range {r:?} out of text"
    );
    assert!(
        text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
        "range {r:?} not on character boundaries"
    );
}

/// The languages the built-in glossary has, for targets that pick one.
pub const LANGS: [&str; 7] = ["en", "ru", "tr", "de", "fr", "ar", "es"];

/// Loads `data` as a glossary in format `ext`; a glossary that loads must build a matcher and
/// check a text made of its own terms, in every one of its languages.
pub fn glossary(data: &[u8], ext: &str) {
    let name = format!("fuzz.{ext}");
    let glossary = match Glossary::parse(&name, ext, data) {
        Ok(g) => g,
        Err(e) => {
            // The message must render, and name the file.
            let message = e.to_string();
            assert!(message.contains(&name), "{message}");
            return;
        }
    };
    let langs = glossary.languages();
    let mut texts = Vec::new();
    for lang in &langs {
        let mut text = String::new();
        for t in glossary.concepts.iter().flat_map(|c| c.terms_in(lang)) {
            text.push_str(&t.text);
            text.push_str(". ");
        }
        texts.push((lang.clone(), text));
    }
    let checker = Checker::new(glossary, fixed_date_options());
    for (lang, text) in texts {
        let doc = Format::Plain
            .read("-", text)
            .expect("plain text always reads");
        assert_segments(&doc);
        let bytes = doc.text.into_bytes();
        let binary = refused_as_binary(&bytes);
        assert!(check_and_render(&checker, "-", bytes, &lang) || binary);
    }
}

/// Reads `data` (if it is UTF-8) as a file of `format` named `name` and checks it with the
/// built-in glossary, in a language picked from the input's length.
pub fn document(data: &[u8], format: Format, name: &str) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    read_and_check(text.to_string(), data.to_vec(), format, name);
}

/// Reads decoded `text` as `format`: an error must point inside the text, a document must
/// hold the invariants. Then the pipeline checks the file's `bytes` (as read from disk, which
/// the pipeline decodes itself) named `name` (bilingual files in the target language they
/// declare): it must read what the format read, unless it refuses the bytes as binary.
fn read_and_check(text: String, bytes: Vec<u8>, format: Format, name: &str) {
    let lines = LineIndex::new(&text).line_count();
    let lang = LANGS[text.len() % LANGS.len()];
    match format.read(name, text.clone()) {
        Ok(doc) => {
            assert_units(&doc);
            assert_segments(&doc);
            let binary = refused_as_binary(&bytes);
            let read = check_and_render(builtin_checker(), name, bytes, lang);
            assert!(read || binary, "the pipeline reads what the format reads");
        }
        Err(e) => {
            assert!(
                e.line >= 1 && e.line <= lines,
                "error line {} of {lines}",
                e.line
            );
            assert!(e.column >= 1);
            assert!(!e.message.is_empty());
        }
    }
}

/// Panics unless every unit of `doc` points at segments that exist, and its range is in the
/// text.
pub fn assert_units(doc: &Document) {
    for unit in &doc.units {
        assert!(unit.source < doc.segments.len());
        assert!(unit.target.is_none_or(|t| t < doc.segments.len()));
        assert_range(&doc.text, &unit.range);
    }
}

/// The `xliff` target.
pub fn xliff(data: &[u8]) {
    document(data, Format::Xliff, "fuzz.xlf");
}

/// The `tmx` target.
pub fn tmx(data: &[u8]) {
    document(data, Format::Tmx, "fuzz.tmx");
}

/// The `fluent` target: a Fluent (`.ftl`) file.
pub fn fluent(data: &[u8]) {
    document(data, Format::Fluent, "fuzz.ftl");
}

/// The `json` target: a JSON catalog (`.json`).
pub fn json(data: &[u8]) {
    document(data, Format::Json, "fuzz.json");
}

/// The `android` target: an Android string resource file (`values/strings.xml`).
pub fn android(data: &[u8]) {
    document(data, Format::Android, "values/strings.xml");
}

/// The `apple_strings` target: an Apple `.strings` file.
pub fn apple_strings(data: &[u8]) {
    document(data, Format::AppleStrings, "fuzz.strings");
}

/// The `xcstrings` target: an Xcode string catalog (`.xcstrings`), bilingual.
pub fn xcstrings(data: &[u8]) {
    document(data, Format::XcStrings, "fuzz.xcstrings");
}

/// The `yaml` target: a YAML catalog (`.yml`).
pub fn yaml(data: &[u8]) {
    document(data, Format::Yaml, "fuzz.yml");
}

/// The `arb` target: a Flutter `.arb` catalog.
pub fn arb(data: &[u8]) {
    document(data, Format::Arb, "fuzz.arb");
}

/// The `properties` target: the bytes go through the `.properties` decoder (UTF-8, else
/// ISO-8859-1), then the reader.
pub fn properties(data: &[u8]) {
    match termlint::formats::properties::decode_properties(data.to_vec()) {
        Ok(text) => read_and_check(text, data.to_vec(), Format::Properties, "fuzz.properties"),
        Err(e) => {
            let _ = e.to_string();
        }
    }
}

/// The `po` target: the bytes go through the PO decoder (the charset its header declares),
/// then the PO reader.
pub fn po(data: &[u8]) {
    match termlint::formats::po::decode_po(data.to_vec()) {
        Ok(text) => read_and_check(text, data.to_vec(), Format::Po, "fuzz.po"),
        Err(e) => {
            let _ = e.to_string();
        }
    }
}

/// The `aligned` target: the input cut in two at its first NUL byte (or in the middle) is a
/// source and a target text, aligned line by line.
pub fn aligned(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let cut = text.find('\0').unwrap_or_else(|| {
        let mut mid = text.len() / 2;
        while !text.is_char_boundary(mid) {
            mid -= 1;
        }
        mid
    });
    let (source, target) = (&text[..cut], text[cut..].trim_start_matches('\0'));
    let doc = |t: &str| termlint::formats::aligned::document("fuzz", t.to_string());
    assert_segments(&doc(source));
    assert_segments(&doc(target));
    let langs = [LANGS[source.len() % 2], LANGS[2 + target.len() % 5]];
    let config = Config::default();
    let pipeline = Pipeline::new(builtin_checker(), &config, Hints::default());
    let named = |name: &'static str, t: &str| Named {
        name: name.to_string(),
        path: std::path::Path::new(name),
        bytes: t.as_bytes().to_vec(),
    };
    let (s, t) = (named("source.txt", source), named("target.txt", target));
    if let Ok(files) = pipeline.check_aligned_bytes(s, t, Some(langs[0]), Some(langs[1])) {
        for file in &files {
            assert_findings(&file.text, &file.findings);
            assert_checked(file);
        }
        render(files);
    }
}

/// The `glossary_csv` target: comma-separated, or tab-separated when the length is odd.
pub fn glossary_csv(data: &[u8]) {
    glossary(data, if data.len() % 2 == 1 { "tsv" } else { "csv" });
}

/// The `markdown` target: masking keeps the text's length and every line break in place, and
/// the pipeline after it holds its invariants.
pub fn markdown(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        let doc = Format::Markdown
            .read("fuzz.md", text.to_string())
            .expect("Markdown always reads");
        for seg in &doc.segments {
            assert_eq!(seg.text.len(), text.len());
            for (a, b) in seg.text.bytes().zip(text.bytes()) {
                assert!(
                    a == b || a == MASK,
                    "masking changed a byte it did not mask"
                );
                if b == b'\n' || b == b'\r' {
                    assert_eq!(a, b, "masking removed a line break");
                }
            }
        }
    }
    document(data, Format::Markdown, "fuzz.md");
}

/// The `plain` target.
pub fn plain(data: &[u8]) {
    document(data, Format::Plain, "fuzz.txt");
}

/// The `decode` target: the decoder never guesses, what it accepts as UTF-8 is kept byte for
/// byte, and its errors point where they say.
pub fn decode(data: &[u8]) {
    use termlint::text::decode::{decode, DecodeError};
    let wide_bom = [
        &[0xFF, 0xFE][..],
        &[0xFE, 0xFF][..],
        &[0, 0, 0xFE, 0xFF][..],
    ]
    .iter()
    .any(|bom| data.starts_with(bom));
    match decode(data.to_vec()) {
        Ok(text) => {
            if !wide_bom {
                assert_eq!(text.as_bytes(), data, "UTF-8 is kept as read");
            }
            // The reader takes whatever the decoder gives (the `plain` target checks it).
            let doc = Format::Plain.read("fuzz.txt", text);
            assert_segments(&doc.expect("plain text always reads"));
        }
        Err(e) => {
            let _ = e.to_string();
            match e {
                DecodeError::InvalidUtf8 { offset, .. } => {
                    assert!(!wide_bom);
                    assert!(offset < data.len());
                    assert!(std::str::from_utf8(&data[..offset]).is_ok());
                    assert!(std::str::from_utf8(data).is_err());
                }
                DecodeError::Binary { offset } => {
                    assert!(!wide_bom);
                    assert_eq!(data[offset], 0);
                }
                DecodeError::BinarySignature { .. } => assert!(!wide_bom),
                DecodeError::InvalidUnicode { offset, .. } => {
                    assert!(wide_bom);
                    assert!(offset <= data.len());
                }
                DecodeError::UnknownCharset { .. } => panic!("decode never reads a charset"),
            }
        }
    }
}

/// The `config` target: `termlint.toml` from any bytes; an error names the file with a line
/// and column inside it, and a config that loads gives every path a language or none without
/// panicking.
pub fn config(data: &[u8]) {
    use termlint::config::{Config, ConfigError};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Config::parse(text, "termlint.toml", std::path::Path::new(".")) {
        Ok(config) => {
            for path in ["a.md", "docs/ru/b.md", "x/y/z.txt", "../c.po"] {
                let _ = config.lang_for_path(std::path::Path::new(path));
            }
        }
        Err(ConfigError::Invalid {
            path, line, column, ..
        }) => {
            assert_eq!(path, "termlint.toml");
            let lines = LineIndex::new(text).line_count();
            assert!(line >= 1 && line <= lines && column >= 1, "{line}:{column}");
        }
        Err(e) => panic!("parsing reads nothing: {e}"),
    }
}
