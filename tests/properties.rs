//! Property tests: for any input and any glossary, every finding's `found` is exactly the
//! input's `start..end` slice, on character boundaries, and line/column agree with it; and
//! folding maps every skeleton offset back to a character boundary of the input.
//!
//! And what a finding is does not depend on the input's form: NFC or NFD, LF, CRLF or CR line
//! breaks, a byte-order mark or none (positions move, the findings and their lines and
//! columns do not); nor on the run: the files checked with it, their order on the command line,
//! and the number of threads.

use proptest::prelude::*;
use termlint::check::{CheckOptions, Checker};
use termlint::diagnostic::LineIndex;
use termlint::formats::Format;
use termlint::glossary::{Concept, Glossary, Status, Term, TermType};
use termlint::text::fold;

/// Pieces of text that exercise the fold: names, diacritics in NFC and NFD, Turkish i,
/// Cyrillic, Arabic with tashkeel, apostrophes, dashes, odd spaces, line breaks, BOMs, emoji,
/// Markdown syntax.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Erdogan".to_string()),
        Just("Erdoğan".to_string()),
        Just("Erdog\u{306}an".to_string()),
        Just("Erdogen".to_string()),
        Just("İdlib".to_string()),
        Just("IDLIB".to_string()),
        Just("idlbi".to_string()),
        Just("Эрдогана".to_string()),
        Just("Ердоган".to_string()),
        Just("إِدْلِب".to_string()),
        Just("’s".to_string()),
        Just("cease\u{2011}fire".to_string()),
        Just("safe-zones".to_string()),
        Just("auto bomb".to_string()),
        Just("Khan\r\nSheikhoun".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{feff}".to_string()),
        Just("🎉".to_string()),
        Just("`code`".to_string()),
        Just("[link](https://x.org/Erdogen)".to_string()),
        Just("\n\n".to_string()),
        Just("\r".to_string()),
        Just(" ".to_string()),
        "\\PC{0,6}".prop_map(|s| s),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

fn glossary(words: Vec<String>) -> Glossary {
    let mut g = Glossary::default();
    for (i, w) in words.into_iter().enumerate() {
        if w.trim().is_empty() {
            continue;
        }
        let status = [Status::Preferred, Status::Admitted, Status::Forbidden][i % 3];
        let mut t = Term::new("en", &w, status);
        t.kind = if i % 4 == 0 {
            TermType::Short
        } else {
            TermType::Full
        };
        g.concepts.push(Concept {
            id: format!("c{}", i / 2),
            terms: vec![t, Term::new("en", "Erdogan", Status::Preferred)],
            ..Concept::default()
        });
    }
    g
}

fn check_positions(text: &str, words: Vec<String>, format: Format) -> Result<(), TestCaseError> {
    let checker = Checker::new(glossary(words), CheckOptions::default());
    let doc = format.read("x", text.to_string()).unwrap();
    let index = LineIndex::new(text);
    for f in checker.check(&doc, "en") {
        prop_assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
        prop_assert!(f.range.start < f.range.end);
        prop_assert_eq!(&text[f.range.clone()], f.found.as_str());
        let (line, col) = index.line_col(text, f.range.start);
        let before = &text[..f.range.start];
        let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let expected_line = 1 + before.matches('\n').count() + before.matches('\r').count()
            - before.matches("\r\n").count();
        prop_assert_eq!(line, expected_line);
        let skip_bom = usize::from(line_start == 0 && text.starts_with('\u{feff}'));
        prop_assert_eq!(
            col,
            text[line_start..f.range.start].chars().count() + 1 - skip_bom
        );
    }
    Ok(())
}

/// A Fluent file of messages made of `pieces`: braces become placeables, line breaks
/// continuation lines (indented, so that a piece never starts a variant or an attribute).
fn fluent_file(messages: Vec<Vec<String>>, select: bool) -> String {
    let mut out = String::from("# Erdogen in a comment\n");
    for (i, pieces) in messages.iter().enumerate() {
        let text: String = pieces
            .concat()
            .replace('\r', " ")
            .replace(['{', '}'], "{ $Erdogen }")
            .replace('\n', "\n    x ");
        if select && i % 2 == 1 {
            out.push_str(&format!(
                "-t{i} = {{ $n ->\n    [one] x {text}\n   *[other] x {{ -t }} {text}\n}}\n    .a = x {text}\n"
            ));
        } else {
            out.push_str(&format!("m{i} = x {text}\n"));
        }
    }
    out
}

/// The byte ranges of `fluent_file`'s ids (up to ` = `) and comment lines.
fn id_and_comment_ranges(file: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in file.split_inclusive('\n') {
        if line.starts_with('#') {
            out.push(at..at + line.len());
        } else if line.starts_with(['m', '-']) {
            if let Some(eq) = line.find(" = ") {
                out.push(at..at + eq);
            }
        }
        at += line.len();
    }
    out
}

/// A JSON string literal of `text`: quotes, backslashes and control characters escaped; with
/// `escape` 1 every other non-ASCII character as `\uXXXX` (surrogate pairs beyond the BMP), with
/// 2 every character, so that words start and end with an escape.
fn json_string(text: &str, escape: u8) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 || (escape == 1 && !c.is_ascii()) || escape >= 2 => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Pieces of a JSON catalog's values: text, interpolations, ICU and printf.
fn json_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => piece(),
        1 => Just("{{Erdogen}}".to_string()),
        1 => Just("{n, plural, one {# Erdogen} other {İdlib {x}}}".to_string()),
        1 => Just("%1$s".to_string()),
        1 => Just("<b>".to_string()),
    ]
}

/// A JSON catalog of strings made of `pieces`, flat and nested, keys that look like terms.
fn json_file(values: Vec<Vec<String>>, escape: u8) -> String {
    let strings: Vec<String> = (values.iter())
        .enumerate()
        .map(|(i, v)| json_string(&v.concat(), if i % 2 == 0 { escape } else { 0 }))
        .collect();
    let mut out = String::from("{\"Erdogen\": {");
    for (i, s) in strings.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        if i % 3 == 2 {
            out.push_str(&format!("\"k{i}\": [1, {s}, null]"));
        } else {
            out.push_str(&format!("\"k{i}\": {s}"));
        }
    }
    out.push_str("}}\n");
    out
}

/// Pieces of a mobile catalog's values (Android, Apple): text, printf conversions, and for
/// Android `<xliff:g>` placeholders and formatting tags (`android` true).
fn mobile_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => piece(),
        1 => Just("%1$s".to_string()),
        1 => Just("%lld".to_string()),
        1 => Just("%@".to_string()),
        1 => Just("%%".to_string()),
        1 => Just("\u{1}XLIFF\u{1}".to_string()),
        1 => Just("\u{1}B\u{1}".to_string()),
    ]
}

/// An Android value of `text`: XML and Android escapes; with `escape` 1 non-ASCII characters
/// as `\uXXXX` (BMP) or character references, with 2 as character references. The markers
/// of `mobile_piece` become `<xliff:g>` (whose content looks like a term) and `<b>`.
fn android_value(text: &str, escape: u8) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("\\\""),
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '@' => out.push_str("\\@"),
            '?' => out.push_str("\\?"),
            '\n' => out.push_str("\\n"),
            c if escape == 1 && !c.is_ascii() && (c as u32) < 0x10000 => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c if escape >= 1 && !c.is_ascii() => out.push_str(&format!("&#x{:x};", c as u32)),
            c => out.push(c),
        }
    }
    out.replace(
        "\u{1}XLIFF\u{1}",
        "<xliff:g id=\"x\" example=\"Erdogen\">Erdogen</xliff:g>",
    )
    .replace("\u{1}B\u{1}", "<b>")
}

/// An Android resource file of `values`, with names and comments that look like terms.
fn android_file(values: Vec<Vec<String>>, escape: u8) -> String {
    let mut out = String::from("<?xml version=\"1.0\"?>\n<resources>\n<!-- Erdogen -->\n");
    for (i, v) in values.iter().enumerate() {
        let value = android_value(&v.concat(), if i % 2 == 0 { escape } else { 0 });
        let value = format!("{value}{}", "</b>".repeat(value.matches("<b>").count()));
        match i % 3 {
            0 => out.push_str(&format!("<string name=\"Erdogen{i}\">{value}</string>\n")),
            1 => out.push_str(&format!(
                "<plurals name=\"Erdogen{i}\"><item quantity=\"one\">{value}</item></plurals>\n"
            )),
            _ => out.push_str(&format!(
                "<string-array name=\"Erdogen{i}\"><item>{value}</item></string-array>\n"
            )),
        }
    }
    out.push_str("</resources>\n");
    out
}

/// An Apple `.strings` value of `text`, quoted; with `escape` non-ASCII characters as `\U`
/// escapes (surrogate pairs beyond the BMP).
fn apple_string(text: &str, escape: bool) -> String {
    let mut out = String::from("\"");
    for c in text.replace(['\u{1}'], "").chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if escape && !c.is_ascii() => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\U{u:04X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An Apple `.strings` file of `values`, one entry a line, keys and comments like terms.
fn apple_strings_file(values: Vec<Vec<String>>, escape: bool) -> String {
    let mut out = String::from("/* Erdogen */\n");
    for (i, v) in values.iter().enumerate() {
        let value = apple_string(&v.concat(), escape && i % 2 == 0);
        out.push_str(&format!("\"Erdogen {i}\" = {value};\n// Erdogen\n"));
    }
    out
}

/// An Xcode string catalog: the values alternate between a source value, a target value and a
/// key without source value (whose key is its source text); `source` is the source language
/// (the glossary's `en` or `fr`), the other being the target.
fn xcstrings_file(values: Vec<Vec<String>>, escape: u8, source_en: bool) -> String {
    let (src, tgt) = if source_en {
        ("en", "fr")
    } else {
        ("fr", "en")
    };
    let mut out = format!("{{\"sourceLanguage\": \"{src}\", \"strings\": {{\n");
    for (i, v) in values.iter().enumerate() {
        let text = v.concat().replace('\u{1}', "");
        let s = json_string(&text, if i % 2 == 0 { escape } else { 0 });
        if i > 0 {
            out.push_str(",\n");
        }
        let unit = |lang: &str, s: &str| {
            format!("\"{lang}\": {{\"stringUnit\": {{\"state\": \"translated\", \"value\": {s}}}}}")
        };
        match i % 3 {
            0 => out.push_str(&format!(
                "\"k{i}\": {{\"localizations\": {{{}, {}}}}}",
                unit(src, &s),
                unit(tgt, &s)
            )),
            1 => out.push_str(&format!(
                "\"k{i}\": {{\"localizations\": {{\"{tgt}\": {{\"variations\": {{\"plural\": {{\"one\": {{\"stringUnit\": {{\"value\": {s}}}}}}}}}}}}}}}"
            )),
            _ => out.push_str(&format!(
                "{s}: {{\"localizations\": {{{}}}}}",
                unit(tgt, "\"x\"")
            )),
        }
    }
    out.push_str("}}\n");
    out
}

/// Pieces of a YAML, `.properties` or `.arb` value: text and the placeholders of those formats.
fn catalog_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => piece(),
        1 => Just("{{Erdogen}}".to_string()),
        1 => Just("%{Erdogen}".to_string()),
        1 => Just("%<Erdogen>s".to_string()),
        1 => Just("{0}".to_string()),
        1 => Just("{1,choice,0#Erdogen {0}|1<İdlib}".to_string()),
        1 => Just("''".to_string()),
        1 => Just("{n, plural, one {# Erdogen} other {İdlib {x}}}".to_string()),
        1 => Just("#".to_string()),
        1 => Just(": ".to_string()),
    ]
}

/// A YAML scalar of `text` in one of four styles: double-quoted with escapes (every
/// non-ASCII character escaped with `escape`), single-quoted with folded lines, a literal block,
/// a folded block; under a key indented 2.
fn yaml_scalar(text: &str, style: u8, escape: bool) -> String {
    let lines = |t: &str| -> Vec<String> {
        t.replace("\r\n", "\n")
            .replace('\r', "\n")
            .split('\n')
            .map(str::to_string)
            .collect()
    };
    match style {
        0 => {
            let mut out = String::from("\"");
            for c in text.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
                    c if escape && !c.is_ascii() => {
                        if (c as u32) > 0xFFFF {
                            out.push_str(&format!("\\U{:08x}", c as u32));
                        } else {
                            out.push_str(&format!("\\u{:04x}", c as u32));
                        }
                    }
                    c => out.push(c),
                }
            }
            out.push('"');
            out
        }
        1 => {
            let body = lines(&text.replace('\'', "''")).join("\n    ");
            format!("'{body}'")
        }
        _ => {
            let indicator = if style == 2 { "|2-" } else { ">2" };
            let mut out = indicator.to_string();
            for line in lines(text) {
                out.push_str("\n    ");
                out.push_str(&line);
            }
            out
        }
    }
}

/// A Rails-style YAML catalog (`en:` at the root) of values made of `pieces`, with keys and
/// comments that look like terms.
fn yaml_file(values: Vec<Vec<String>>, style: u8, escape: bool) -> String {
    let mut out = String::from("# Erdogen in a comment\nen:\n");
    for (i, v) in values.iter().enumerate() {
        let style = (style + i as u8) % 4;
        let scalar = yaml_scalar(&v.concat(), style, escape);
        let comment = if style < 2 { " # Erdogen" } else { "" };
        if i % 3 == 2 {
            let scalar = scalar.replace("\n    ", "\n      ");
            out.push_str(&format!("  Erdogen_k{i}:\n    - {scalar}{comment}\n"));
        } else {
            out.push_str(&format!("  Erdogen_k{i}: {scalar}{comment}\n"));
        }
    }
    out
}

/// A `.properties` file of values made of `pieces`: escapes, `\uXXXX` for non-ASCII characters
/// with `escape`, continuation lines between pieces with `continued`.
fn properties_file(values: Vec<Vec<String>>, escape: bool, continued: bool) -> String {
    let mut out = String::from("# Erdogen in a comment\n");
    for (i, pieces) in values.iter().enumerate() {
        let sep = ["=", ": ", " "][i % 3];
        out.push_str(&format!("Erdogen.k{i}{sep}"));
        for (j, piece) in pieces.iter().enumerate() {
            if continued && j > 0 {
                out.push_str("\\\n    ");
            }
            for c in piece.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if escape && !c.is_ascii() => {
                        let mut buf = [0u16; 2];
                        for u in c.encode_utf16(&mut buf) {
                            out.push_str(&format!("\\u{u:04x}"));
                        }
                    }
                    c => out.push(c),
                }
            }
        }
        out.push('\n');
    }
    out
}

/// A Flutter `.arb` file: `@@locale`, messages, and `@` metadata that must never be checked
/// (after the returned offset).
fn arb_file(values: Vec<Vec<String>>) -> (String, usize) {
    let mut out = String::from("{\"@@locale\": \"en\"");
    for (i, v) in values.iter().enumerate() {
        out.push_str(&format!(",\n\"k{i}\": {}", json_string(&v.concat(), 0)));
    }
    let meta = out.len();
    for (i, v) in values.iter().enumerate() {
        out.push_str(&format!(
            ",\n\"@k{i}\": {{\"description\": \"Erdogen\", \"placeholders\": {{\"x\": {{\"example\": {}}}}}}}",
            json_string(&v.concat(), 0)
        ));
    }
    out.push_str("}\n");
    (out, meta)
}

/// The findings of `file` read as `format` must not contain what is never text.
fn never_in_syntax(file: &str, words: Vec<String>, format: Format) -> Result<(), TestCaseError> {
    let checker = Checker::new(glossary(words), CheckOptions::default());
    let doc = format.read("x", file.to_string()).unwrap();
    for f in checker.check(&doc, "en") {
        for syntax in ["{{", "%{", "%<", "{0", "choice", "plural", "{x}"] {
            prop_assert!(!f.found.contains(syntax), "{:?} in {:?}", f.found, file);
        }
        let line_start = file[..f.range.start].rfind('\n').map_or(0, |i| i + 1);
        let line = &file[line_start..];
        // Never in a comment line, nor in a key (up to its `:`, `=` or blank).
        prop_assert!(!line.starts_with('#'), "{:?} in {:?}", f, file);
        let trimmed = line.trim_start_matches(' ');
        if trimmed.starts_with("Erdogen_k") || trimmed.starts_with("Erdogen.k") {
            let indent = line.len() - trimmed.len();
            let key_end = line_start + indent + trimmed.find([':', '=', ' ']).unwrap_or(0);
            prop_assert!(f.range.start >= key_end, "{:?} in {:?}", f, file);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn findings_are_exact_slices_in_fluent(
        messages in prop::collection::vec(prop::collection::vec(piece(), 0..8), 1..5),
        select in any::<bool>(),
        words in prop::collection::vec(piece(), 1..6),
    ) {
        let file = fluent_file(messages, select);
        check_positions(&file, words.clone(), Format::Fluent)?;
        // And never in a placeable (`{ $Erdogen }`, `{ -t }`), a message id or a comment.
        let checker = Checker::new(glossary(words), CheckOptions::default());
        let ids = id_and_comment_ranges(&file);
        for f in checker.check(&Format::Fluent.read("x", file.clone()).unwrap(), "en") {
            prop_assert!(!f.found.contains(['{', '}', '$']), "{:?} in {:?}", f.found, file);
            prop_assert!(!ids.iter().any(|r| r.contains(&f.range.start)), "{:?} in {:?}", f, file);
        }
    }

    #[test]
    fn findings_are_exact_slices_in_json(
        values in prop::collection::vec(prop::collection::vec(json_piece(), 0..8), 1..5),
        escape in 0u8..3,
        words in prop::collection::vec(piece(), 1..6),
    ) {
        let file = json_file(values, escape);
        check_positions(&file, words.clone(), Format::Json)?;
        // And a finding never cuts an escape: what it found decodes as JSON string content.
        let checker = Checker::new(glossary(words), CheckOptions::default());
        for f in checker.check(&Format::Json.read("x", file.clone()).unwrap(), "en") {
            let decoded = serde_json::from_str::<String>(&format!("\"{}\"", f.found));
            prop_assert!(decoded.is_ok(), "{:?} in {:?}", f.found, file);
        }
    }

    #[test]
    fn findings_are_exact_slices_in_android_resources(
        values in prop::collection::vec(prop::collection::vec(mobile_piece(), 0..8), 1..5),
        escape in 0u8..3,
        words in prop::collection::vec(piece(), 1..6),
    ) {
        let file = android_file(values, escape);
        check_positions(&file, words.clone(), Format::Android)?;
        // And never in a name, a comment, an `<xliff:g>` or inside a tag or an escape.
        let checker = Checker::new(glossary(words), CheckOptions::default());
        for f in checker.check(&Format::Android.read("x", file.clone()).unwrap(), "en") {
            prop_assert!(!f.found.contains("xliff") && !f.found.contains("name="), "{:?} in {:?}", f.found, file);
            prop_assert!(!file[..f.range.start].ends_with('\\'), "{:?} in {:?}", f.found, file);
            prop_assert!(!f.found.starts_with(['>', ';']) && !f.found.ends_with(['<', '&', '\\']), "{:?} in {:?}", f.found, file);
            let line_start = file[..f.range.start].rfind('\n').map_or(0, |i| i + 1);
            prop_assert!(!file[line_start..].starts_with("<!--"), "{:?} in {:?}", f.found, file);
        }
    }

    #[test]
    fn findings_are_exact_slices_in_apple_strings(
        values in prop::collection::vec(prop::collection::vec(mobile_piece(), 0..8), 1..5),
        escape in any::<bool>(),
        words in prop::collection::vec(piece(), 1..6),
    ) {
        let file = apple_strings_file(values, escape);
        check_positions(&file, words.clone(), Format::AppleStrings)?;
        // And never in a key or a comment: only after the ` = "` of its line.
        let checker = Checker::new(glossary(words), CheckOptions::default());
        for f in checker.check(&Format::AppleStrings.read("x", file.clone()).unwrap(), "en") {
            let line_start = file[..f.range.start].rfind('\n').map_or(0, |i| i + 1);
            prop_assert!(file[line_start..f.range.start].contains("\" = \""), "{:?} in {:?}", f.found, file);
            prop_assert!(!f.found.ends_with('\\'), "{:?} in {:?}", f.found, file);
        }
    }

    #[test]
    fn findings_are_exact_slices_in_xcode_catalogs(
        values in prop::collection::vec(prop::collection::vec(mobile_piece(), 0..8), 1..6),
        escape in 0u8..3,
        source_en in any::<bool>(),
        words in prop::collection::vec(piece(), 1..6),
    ) {
        let file = xcstrings_file(values, escape, source_en);
        check_positions(&file, words.clone(), Format::XcStrings)?;
        // And a finding never cuts an escape: what it found decodes as JSON string content.
        let checker = Checker::new(glossary(words), CheckOptions::default());
        for f in checker.check(&Format::XcStrings.read("x", file.clone()).unwrap(), "en") {
            let decoded = serde_json::from_str::<String>(&format!("\"{}\"", f.found));
            prop_assert!(decoded.is_ok(), "{:?} in {:?}", f.found, file);
        }
    }

    #[test]
    fn findings_are_exact_slices_in_yaml(
        values in prop::collection::vec(prop::collection::vec(catalog_piece(), 0..8), 1..5),
        style in 0u8..4,
        escape in any::<bool>(),
        words in prop::collection::vec(piece(), 1..6),
    ) {
        let file = yaml_file(values, style, escape);
        prop_assert!(Format::Yaml.read("x", file.clone()).is_ok(), "{:?}", file);
        check_positions(&file, words.clone(), Format::Yaml)?;
        never_in_syntax(&file, words, Format::Yaml)?;
    }

    #[test]
    fn findings_are_exact_slices_in_properties(
        values in prop::collection::vec(prop::collection::vec(catalog_piece(), 0..8), 1..5),
        escape in any::<bool>(),
        continued in any::<bool>(),
        words in prop::collection::vec(piece(), 1..6),
    ) {
        let file = properties_file(values, escape, continued);
        check_positions(&file, words.clone(), Format::Properties)?;
        never_in_syntax(&file, words, Format::Properties)?;
    }

    #[test]
    fn findings_are_exact_slices_in_arb(
        values in prop::collection::vec(prop::collection::vec(catalog_piece(), 0..8), 1..5),
        words in prop::collection::vec(piece(), 1..6),
    ) {
        let (file, meta) = arb_file(values);
        check_positions(&file, words.clone(), Format::Arb)?;
        let checker = Checker::new(glossary(words), CheckOptions::default());
        for f in checker.check(&Format::Arb.read("x", file.clone()).unwrap(), "en") {
            prop_assert!(f.range.start < meta, "{:?} in {:?}", f, file);
        }
    }

    #[test]
    fn findings_are_exact_slices_in_plain_text(
        text in text(),
        words in prop::collection::vec(piece(), 1..6),
    ) {
        check_positions(&text, words, Format::Plain)?;
    }

    #[test]
    fn findings_are_exact_slices_in_markdown(
        text in text(),
        words in prop::collection::vec(piece(), 1..6),
    ) {
        check_positions(&text, words, Format::Markdown)?;
    }

    #[test]
    fn fold_maps_back_to_character_boundaries(text in text()) {
        let folded = fold(&text);
        for (i, _) in folded.text.char_indices().chain(std::iter::once((folded.text.len(), ' '))) {
            let src = folded.map.to_src(i);
            prop_assert!(src <= text.len());
            prop_assert!(text.is_char_boundary(src), "{} -> {} in {:?}", i, src, text);
        }
    }

    #[test]
    fn nfc_and_nfd_fold_alike(text in text()) {
        use unicode_normalization::UnicodeNormalization;
        let nfc: String = text.nfc().collect();
        let nfd: String = text.nfd().collect();
        prop_assert_eq!(fold(&nfc).text, fold(&nfd).text);
    }
}

/// What a finding is, whatever the input's form: rule, concept, what was found (NFC, line
/// breaks as `\n`), line and column.
type Found = (String, String, String, usize, usize);

fn found_in(checker: &Checker, text: &str, format: Format) -> Vec<Found> {
    use unicode_normalization::UnicodeNormalization;
    let doc = format.read("x", text.to_string()).unwrap();
    let index = LineIndex::new(text);
    checker
        .check(&doc, "en")
        .into_iter()
        .map(|f| {
            let (line, column) = index.line_col(text, f.range.start);
            let found = f.found.replace("\r\n", "\n").replace('\r', "\n");
            (
                f.rule.as_str().to_string(),
                f.concept,
                found.nfc().collect(),
                line,
                column,
            )
        })
        .collect()
}

/// `text` with every line break written as `eol`.
fn with_line_breaks(text: &str, eol: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', eol)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn findings_do_not_depend_on_normalization_line_breaks_or_a_bom(
        text in text(),
        words in prop::collection::vec(piece(), 1..6),
        markdown in any::<bool>(),
    ) {
        use unicode_normalization::UnicodeNormalization;
        let format = if markdown { Format::Markdown } else { Format::Plain };
        let checker = Checker::new(glossary(words.clone()), CheckOptions::default());
        // The reference: NFC, LF, no BOM anywhere.
        let base: String = with_line_breaks(&text, "\n").replace('\u{feff}', "").nfc().collect();
        let want = found_in(&checker, &base, format);
        // Columns count scalar values of the file as read, and NFD has more of them: only
        // what was found and where (line) must agree.
        let no_column = |v: Vec<Found>| -> Vec<Found> {
            v.into_iter().map(|(r, c, f, l, _)| (r, c, f, l, 0)).collect()
        };
        let nfd: String = base.nfd().collect();
        prop_assert_eq!(
            no_column(found_in(&checker, &nfd, format)),
            no_column(want.clone()),
            "NFD"
        );
        for eol in ["\r\n", "\r"] {
            let other = with_line_breaks(&base, eol);
            prop_assert_eq!(&found_in(&checker, &other, format), &want, "line breaks {:?}", eol);
        }
        let bom = format!("\u{feff}{base}");
        prop_assert_eq!(&found_in(&checker, &bom, format), &want, "BOM");
        // And any mix of them, with exact positions.
        let mixed: String = base
            .split_inclusive('\n')
            .enumerate()
            .map(|(i, line)| {
                let line: String = if i % 2 == 0 { line.nfd().collect() } else { line.to_string() };
                // In this order a `\r` is never followed by a `\n`, which would make one break
                // of two.
                with_line_breaks(&line, ["\n", "\r", "\r\n"][i % 3])
            })
            .collect();
        let mixed = format!("\u{feff}{mixed}");
        check_positions(&mixed, words, format)?;
        prop_assert_eq!(
            no_column(found_in(&checker, &mixed, format)),
            no_column(want.clone()),
            "mixed"
        );
    }
}

/// `termlint check --format json` of `files` in `dir`, with the fixture glossary.
fn run_json(dir: &std::path::Path, extra: &[&str], files: &[String]) -> String {
    let glossary = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/glossary-news-mini.toml");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args([
            "check",
            "--no-config",
            "--lang",
            "en",
            "--format",
            "json",
            "-g",
        ])
        .arg(&glossary)
        .args(extra)
        .args(files)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

proptest! {
    // Each case runs the binary a few times.
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn results_do_not_depend_on_the_other_files_their_order_or_threads(
        texts in prop::collection::vec(text(), 1..5),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let names: Vec<String> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let name = format!("f{i}.{}", if i % 2 == 0 { "txt" } else { "md" });
                // Some texts again, so that files share terms.
                let text = format!("{t} The auto bomb in Idlib and Erdogan. {}", texts[0]);
                std::fs::write(dir.path().join(&name), text).unwrap();
                name
            })
            .collect();
        let one = run_json(dir.path(), &["--threads", "1"], &names);
        let two = run_json(dir.path(), &["--threads", "2"], &names);
        prop_assert_eq!(&one, &two, "threads");
        let reversed: Vec<String> = names.iter().rev().cloned().collect();
        let backwards = run_json(dir.path(), &["--threads", "2"], &reversed);
        prop_assert_eq!(&one, &backwards, "order");
        let together: serde_json::Value = serde_json::from_str(&one).unwrap();
        for name in &names {
            let alone: serde_json::Value =
                serde_json::from_str(&run_json(dir.path(), &[], std::slice::from_ref(name)))
                    .unwrap();
            let mine: Vec<&serde_json::Value> = together["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["path"] == name.as_str())
                .collect();
            let alone: Vec<&serde_json::Value> = alone["findings"].as_array().unwrap().iter().collect();
            prop_assert_eq!(mine, alone, "{} alone", name);
        }
    }
}
