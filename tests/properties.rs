//! Property tests: for any input and any glossary, every finding's `found` is exactly the
//! input's `start..end` slice, on character boundaries, and line/column agree with it; and
//! folding maps every skeleton offset back to a character boundary of the input.

use proptest::prelude::*;
use termlint::check::{CheckOptions, Checker};
use termlint::formats::Format;
use termlint::glossary::{Concept, Glossary, Status, Term, TermType};
use termlint::report::position::LineIndex;
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

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
