//! `termlint glossary convert` and `merge`, and spreadsheet glossaries (issue 13): round trips
//! of the built-in glossary through every writer, fixtures, and the CLI's real output.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use termlint::glossary::write::{self, csv::Dropped};
use termlint::glossary::{Glossary, InflectionSetting};

const FIXTURES: &str = "tests/fixtures/glossaries";

fn termlint(args: &[&str]) -> Output {
    termlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn termlint_in(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_termlint"));
    for var in ["LANG", "LC_ALL", "LC_MESSAGES"] {
        cmd.env_remove(var);
    }
    cmd.args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("termlint runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The shipped glossary files, each read on its own.
fn built_in() -> Vec<(String, Glossary)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("glossaries");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    files
        .into_iter()
        .map(|p| (p.display().to_string(), Glossary::load(&p).unwrap()))
        .collect()
}

fn written(g: &Glossary, format: write::Format) -> (Vec<u8>, Option<Dropped>) {
    let mut out = Vec::new();
    let dropped = match format {
        write::Format::Toml => write::toml::write(g, &mut out).map(|()| None),
        write::Format::Tbx => write::tbx::write(g, &mut out).map(|()| None),
        write::Format::Csv => write::csv::write(g, &mut out).map(Some),
    }
    .unwrap();
    (out, dropped)
}

/// `g` written in `format` and read back.
fn round_trip(g: &Glossary, format: write::Format, ext: &str) -> Glossary {
    let (bytes, _) = written(g, format);
    Glossary::parse(&format!("round-trip.{ext}"), ext, &bytes).unwrap_or_else(|e| {
        panic!("{e}\n{}", String::from_utf8_lossy(&bytes));
    })
}

/// What the CSV layout holds of a glossary: concepts with terms, their id and kind, and each
/// term's language, text, status, note, case and type.
fn csv_part(g: &Glossary) -> Glossary {
    let mut g = g.without_origins();
    g.concepts.retain(|c| !c.terms.is_empty());
    for c in &mut g.concepts {
        c.note = None;
        c.source = None;
        c.examples.clear();
        c.related.clear();
        for t in &mut c.terms {
            t.pos = None;
            t.valid_from = None;
            t.valid_until = None;
            t.use_instead = None;
            t.inflection = InflectionSetting::Auto;
            t.forms.clear();
            t.near_misses = true;
        }
    }
    g
}

#[test]
fn every_built_in_glossary_reads_back_whole_from_tbx_and_from_toml() {
    for (name, g) in built_in() {
        let expected = g.without_origins();
        let tbx = round_trip(&g, write::Format::Tbx, "tbx");
        assert!(
            tbx.without_origins() == expected,
            "{name}: TOML -> TBX -> model differs"
        );
        let toml = round_trip(&g, write::Format::Toml, "toml");
        assert!(
            toml.without_origins() == expected,
            "{name}: TOML -> TOML -> model differs"
        );
        // And TBX back to TOML: the chain the brief names, TOML -> TBX -> TOML.
        let again = round_trip(&tbx, write::Format::Toml, "toml");
        assert!(
            again.without_origins() == expected,
            "{name}: TOML -> TBX -> TOML differs"
        );
    }
}

#[test]
fn every_built_in_glossary_keeps_in_csv_what_csv_holds_and_counts_the_rest() {
    for (name, g) in built_in() {
        let (_, dropped) = written(&g, write::Format::Csv);
        let dropped = dropped.unwrap();
        let back = round_trip(&g, write::Format::Csv, "csv");
        assert!(
            back.without_origins() == csv_part(&g),
            "{name}: TOML -> CSV -> model differs from what CSV holds"
        );
        let notes = g.concepts.iter().filter(|c| c.note.is_some()).count();
        let related: usize = g.concepts.iter().map(|c| c.related.len()).sum();
        assert_eq!(
            (dropped.concept_notes, dropped.related),
            (notes, related),
            "{name}"
        );
    }
}

#[test]
fn every_feature_of_the_toml_format_survives_tbx() {
    let g = Glossary::load(&Path::new(FIXTURES).join("full.toml")).unwrap();
    let tbx = round_trip(&g, write::Format::Tbx, "tbx");
    assert_eq!(tbx.without_origins(), g.without_origins());
    let toml = round_trip(&g, write::Format::Toml, "toml");
    assert_eq!(toml.without_origins(), g.without_origins());
}

#[test]
fn the_tbx_written_is_tbx_basic_v3_and_places_its_terms() {
    let g = Glossary::load(&Path::new(FIXTURES).join("full.toml")).unwrap();
    let (bytes, _) = written(&g, write::Format::Tbx);
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains(
        r#"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2""#
    ));
    for category in [
        "preferredTerm-admn-sts",
        "admittedTerm-admn-sts",
        "deprecatedTerm-admn-sts",
        r#"<termNote type="partOfSpeech">properNoun</termNote>"#,
        r#"<termNote type="termType">shortForm</termNote>"#,
        "<termlint:validFrom>2019-03-23</termlint:validFrom>",
        "<termlint:form>Erdoğan'ın</termlint:form>",
    ] {
        assert!(text.contains(category), "{category} missing:\n{text}");
    }
    // Origins of a written TBX point at its own lines.
    let back = Glossary::parse("w.tbx", "tbx", text.as_bytes()).unwrap();
    assert!(back.concepts[0].terms[0].origin.line > 1);
}

#[test]
fn the_spreadsheet_fixture_reads_as_its_csv_twins() {
    let dir = Path::new(FIXTURES);
    let rows = Glossary::load(&dir.join("small-rows.csv")).unwrap();
    let columns = Glossary::load(&dir.join("small-columns.csv")).unwrap();
    let sheet = Glossary::load(&dir.join("small.xlsx")).unwrap();
    assert_eq!(sheet.without_origins(), rows.without_origins());
    let ods = Glossary::load(&dir.join("small.ods")).unwrap();
    assert_eq!(ods.without_origins(), rows.without_origins());
    let named = Glossary::load(&dir.join("small.xlsx#Columns")).unwrap();
    assert_eq!(named.without_origins(), columns.without_origins());
    // Places are the sheet's own: the Columns sheet starts at B2.
    let origin = &named.concepts[0].origin;
    assert_eq!(
        (origin.file.as_ref(), origin.line, origin.column),
        ("tests/fixtures/glossaries/small.xlsx#Columns", 3, 2)
    );
}

#[test]
fn spreadsheet_errors_name_file_sheet_row_and_column() {
    let out = termlint(&[
        "glossary",
        "stats",
        "-g",
        "tests/fixtures/glossaries/small.xlsx#Bad",
    ]);
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&out));
    let out = termlint(&[
        "glossary",
        "stats",
        "-g",
        "tests/fixtures/glossaries/small.xlsx#Nope",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no sheet 'Nope'; expected one of Terms, Columns, Bad"));
    // Not a spreadsheet at all.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("terms.ods"), "id,lang,term,status\n").unwrap();
    let out = termlint_in(dir.path(), &["glossary", "stats", "-g", "terms.ods"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("error: malformed spreadsheet: "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_spreadsheet_glossary_checks_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("draft.en.txt"),
        "Fighting in Idleb went on.\n",
    )
    .unwrap();
    let sheet = fixture("small.xlsx");
    let out = termlint_in(
        dir.path(),
        &["check", "-g", sheet.to_str().unwrap(), "draft.en.txt"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).contains("Idleb"), "{}", stdout(&out));
}

/// What `glossary convert` writes to standard output for fixture `name` in format `to`.
fn convert_to_stdout(name: &str, to: &str) -> String {
    let input = format!("{FIXTURES}/{name}");
    let out = termlint(&["glossary", "convert", &input, "-o", "-", "--to", to]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn convert_to_tbx_on_standard_output() {
    insta::assert_snapshot!(convert_to_stdout("small.toml", "tbx"));
}

#[test]
fn convert_tbx_v2_to_toml() {
    insta::assert_snapshot!(convert_to_stdout("small-v2.tbx", "toml"));
}

/// The full path of fixture glossary `name`.
fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(FIXTURES)
        .join(name)
}

/// `glossary convert` of fixture `name` to `output`, run in `dir`.
fn convert_in(dir: &Path, name: &str, output: &str) -> Output {
    let input = fixture(name);
    termlint_in(
        dir,
        &["glossary", "convert", input.to_str().unwrap(), "-o", output],
    )
}

#[test]
fn convert_to_csv_names_what_csv_cannot_hold() {
    let dir = tempfile::tempdir().unwrap();
    let out = convert_in(dir.path(), "full.toml", "full.csv");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!(stderr(&out));
    let csv = std::fs::read_to_string(dir.path().join("full.csv")).unwrap();
    assert!(
        csv.starts_with("id,lang,term,status,kind,note,case,type\n"),
        "{csv}"
    );
    // Nothing but the output in the folder: the write went through a temporary file.
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1);
}

#[test]
fn convert_replaces_an_existing_output_and_reads_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let small = fixture("small.toml");
    std::fs::write(dir.path().join("out.tbx"), "old").unwrap();
    let out = convert_in(dir.path(), "small.toml", "out.tbx");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "wrote out.tbx: 2 concepts\n");
    let back = Glossary::load(&dir.path().join("out.tbx")).unwrap();
    let original = Glossary::load(&small).unwrap();
    assert_eq!(back.without_origins(), original.without_origins());
    // An input converted onto itself is replaced whole, atomically.
    let copy = dir.path().join("copy.toml");
    std::fs::copy(&small, &copy).unwrap();
    let out = termlint_in(
        dir.path(),
        &["glossary", "convert", "copy.toml", "-o", "copy.toml"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let back = Glossary::load(&copy).unwrap();
    assert_eq!(back.without_origins(), original.without_origins());
}

#[test]
fn convert_refuses_what_it_cannot_do_with_status_2() {
    let small = "tests/fixtures/glossaries/small.toml";
    let out = termlint(&["glossary", "convert", small, "-o", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: writing to standard output (-o -) needs --to toml, tbx or csv\n"
    );
    let out = termlint(&["glossary", "convert", small, "-o", "out.docx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot tell which format to write from 'out.docx'"));
    let out = termlint(&[
        "glossary",
        "convert",
        "tests/fixtures/glossaries/malformed.tbx",
        "-o",
        "-",
        "--to",
        "toml",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("error: "), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

/// A folder holding `a.toml` and `b.toml`.
fn two_glossaries(a: &str, b: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), a).unwrap();
    std::fs::write(dir.path().join("b.toml"), b).unwrap();
    dir
}

#[test]
fn merge_joins_concepts_by_id_and_reports_a_form_shared_across_inputs() {
    let dir = two_glossaries(
        "[[concept]]\nid = \"idlib\"\nkind = \"place\"\nen = { preferred = \"Idlib\", forbidden = [\"Idleb\"] }\n",
        "[[concept]]\nid = \"idlib\"\nen = \"Idlib\"\nru = \"Идлиб\"\n\n[[concept]]\nid = \"idlib-province\"\nen = \"Idlib\"\n",
    );
    let out = termlint_in(
        dir.path(),
        &[
            "glossary", "merge", "a.toml", "b.toml", "-o", "-", "--to", "toml",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!("merge_stdout", stdout(&out));
    insta::assert_snapshot!("merge_stderr", stderr(&out));
}

#[test]
fn merge_conflicts_name_both_places_unless_one_input_is_preferred() {
    let dir = two_glossaries(
        "[[concept]]\nid = \"kyiv\"\nen = \"Kyiv\"\n",
        "[[concept]]\nid = \"kyiv\"\nen = \"Kiev\"\nde = \"Kiew\"\n",
    );
    let merge = |extra: &[&str]| {
        let mut args = vec!["glossary", "merge", "a.toml", "b.toml", "-o", "out.toml"];
        args.extend_from_slice(extra);
        termlint_in(dir.path(), &args)
    };
    let out = merge(&[]);
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!(stderr(&out));
    assert!(!dir.path().join("out.toml").exists());
    let out = merge(&["--prefer", "last"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let merged = std::fs::read_to_string(dir.path().join("out.toml")).unwrap();
    assert_eq!(
        merged,
        "[[concept]]\nid = \"kyiv\"\nen = \"Kiev\"\nde = \"Kiew\"\n"
    );
    let out = merge(&["--prefer", "first"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let merged = std::fs::read_to_string(dir.path().join("out.toml")).unwrap();
    assert_eq!(
        merged,
        "[[concept]]\nid = \"kyiv\"\nen = \"Kyiv\"\nde = \"Kiew\"\n"
    );
}

#[test]
fn messages_of_convert_and_merge_are_in_every_locale() {
    let ids = [
        "lint-same-form-two-concepts",
        "convert-stdout-format",
        "convert-format-unknown",
        "convert-ids-renamed",
        "convert-csv-dropped",
        "glossary-wrote",
        "merge-conflict-preferred",
        "merge-conflict-status",
        "merge-conflicts",
    ];
    let items = Dropped {
        concept_notes: 1,
        concept_sources: 1,
        examples: 1,
        related: 1,
        concepts_without_terms: 1,
        parts_of_speech: 1,
        validity_dates: 1,
        use_instead: 1,
        inflection: 1,
        near_misses: 1,
        forms: 1,
    };
    let dropped: Vec<String> = items
        .items()
        .iter()
        .map(|(id, _)| format!("dropped-{id}"))
        .collect();
    for lang in termlint::i18n::LANGUAGES {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{lang}/termlint.ftl"));
        let ftl = std::fs::read_to_string(path).unwrap();
        for id in ids
            .iter()
            .copied()
            .chain(dropped.iter().map(String::as_str))
        {
            assert!(ftl.contains(&format!("\n{id} =")), "{lang} lacks {id}");
        }
    }
}
