//! Reading inputs end to end: command-line paths to inputs, bytes to text, text to segments,
//! and the language of each file.

use std::path::{Path, PathBuf};

use termlint::formats::{Format, MASK};
use termlint::input::{expand, walk_checks, Input, DEFAULT_MAX_FILE_SIZE};
use termlint::lang::{self, LangSource};
use termlint::text::decode::{decode, DecodeError};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/inputs")
        .join(name)
}

fn read_fixture(name: &str) -> Result<String, DecodeError> {
    decode(std::fs::read(fixture(name)).unwrap())
}

fn tags(t: &[&str]) -> Vec<String> {
    t.iter().map(|s| s.to_string()).collect()
}

// --- decoding -------------------------------------------------------------------------------

#[test]
fn utf16_files_with_a_bom_decode_to_the_same_text() {
    let want = "Эрдоган посетил Идлиб 🇹🇷\r\n";
    assert_eq!(read_fixture("utf16le.txt").unwrap(), want);
    assert_eq!(read_fixture("utf16be.txt").unwrap(), want);
}

#[test]
fn utf8_bom_is_kept_so_offsets_index_the_file() {
    let text = read_fixture("utf8-bom.txt").unwrap();
    assert_eq!(
        text.as_bytes(),
        std::fs::read(fixture("utf8-bom.txt")).unwrap()
    );
    let at = text.find("Идлиб").unwrap();
    assert_eq!(at, 3 + "Эрдоган посетил ".len());
}

#[test]
fn latin1_is_invalid_utf8_at_its_first_accent() {
    assert_eq!(
        read_fixture("latin1.txt"),
        Err(DecodeError::InvalidUtf8 {
            offset: "Le pr".len(),
            line: 1,
            column: 6
        })
    );
}

#[test]
fn images_are_binary() {
    assert!(read_fixture("image.png").unwrap_err().is_binary());
}

// --- Markdown -------------------------------------------------------------------------------

#[test]
fn markdown_checks_prose_only_at_the_original_offsets() {
    let path = fixture("story.en.md");
    let text = read_fixture("story.en.md").unwrap();
    let doc = Format::from_path(&path)
        .read("story.en.md", text.clone())
        .unwrap();
    assert_eq!(doc.segments.len(), 1);
    let seg = &doc.segments[0];
    assert_eq!(seg.text.len(), text.len());
    assert_eq!(seg.text.lines().count(), text.lines().count());
    assert!(seg.map.is_identity());

    let kept: Vec<usize> = seg
        .text
        .to_lowercase()
        .match_indices("idlib")
        .map(|(i, _)| i)
        .collect();
    let prose = [
        "visited Idlib",
        "[Idlib desk]",
        "\">Idlib</span>",
        "![Idlib map]",
    ];
    let want: Vec<usize> = prose
        .iter()
        .map(|p| text.find(p).unwrap() + p.find("Idlib").unwrap())
        .collect();
    assert_eq!(
        kept,
        want,
        "segment:\n{}",
        seg.text.replace(MASK as char, "~")
    );
    for &at in &kept {
        assert_eq!(&text[at..at + 5], "Idlib");
    }
    // Cyrillic and emoji before the spans are left as they are.
    assert!(seg.text.contains("# Ердоган в Идлибе 🇹🇷\n"));
}

// --- language -------------------------------------------------------------------------------

#[test]
fn language_from_name_folder_and_script() {
    let known = tags(&["en", "ru", "tr", "ar", "de", "fr", "es"]);
    assert_eq!(
        lang::from_path(&fixture("story.en.md"), &known),
        Some(("en".to_string(), LangSource::FileName))
    );
    assert_eq!(
        lang::from_path(Path::new("news/tr/2019/story.md"), &known),
        Some(("tr".to_string(), LangSource::Folder))
    );
    // NTREX-128 (newstest2019), CC BY-SA 4.0.
    let de = "Der dieses Jahr erstmals stattfindende Kurs erläuterte den Studenten, wie die \
              Grundlagen guter Schlafgewohnheiten zur akademischen und sportlichen Leistung \
              beitragen und außerdem das allgemeine Wohlbefinden verbessern.";
    let tr = "Bu yıl ilk defa açılan ders öğrencilere iyi uyku alışkanlığının akademik ve \
              atletik performansa nasıl yardımcı olduğunun ve aynı zamanda genel refahlarını \
              nasıl geliştirdiğinin temellerini açıklıyor.";
    let es = "El curso, impartido por primera vez este año, explica a los estudiantes los \
              conceptos básicos sobre cómo los buenos hábitos de sueño contribuyen al \
              rendimiento académico y deportivo, además de mejorar el bienestar general.";
    assert_eq!(lang::from_script(de, &known).as_deref(), Some("de"));
    assert_eq!(lang::from_script(tr, &known).as_deref(), Some("tr"));
    assert_eq!(lang::from_script(es, &known).as_deref(), Some("es"));
    let utf16 = read_fixture("utf16le.txt").unwrap();
    assert_eq!(lang::from_script(&utf16, &known).as_deref(), Some("ru"));
}

// --- expanding command-line paths -----------------------------------------------------------

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn rel_paths(root: &Path, inputs: &[Input]) -> Vec<String> {
    inputs
        .iter()
        .map(|i| {
            i.path
                .strip_prefix(root)
                .unwrap_or(&i.path)
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect()
}

#[test]
fn directories_are_walked_sorted_respecting_ignore_files_and_globs() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "b.md", "Idlib");
    write(root, "a.txt", "Idlib");
    write(root, "sub/c.markdown", "Idlib");
    write(root, "sub/notes.rs", "// not text to check");
    write(root, "sub/picture.png", "not walked");
    write(root, ".hidden/d.md", "hidden folder");
    write(root, ".e.md", "hidden file");
    write(root, ".gitignore", "built/\n");
    write(root, "built/f.md", "ignored by .gitignore");
    write(root, "old/g.md", "ignored by a config glob");
    write(root, "h.bak.md", "ignored by a config glob");
    write(root, "sub/.ignore", "i.md\n");
    write(root, "sub/i.md", "ignored by .ignore");

    let globs = tags(&["*.bak.md", "old/"]);
    let (inputs, skipped) = expand(&[root.to_path_buf()], &globs);
    assert!(skipped.is_empty(), "{skipped:?}");
    assert_eq!(
        rel_paths(root, &inputs),
        ["a.txt", "b.md", "sub/c.markdown"]
    );
    // Paths are joined onto the path as given.
    assert!(inputs.iter().all(|i| i.path.starts_with(root)));
}

#[test]
fn files_given_explicitly_are_always_checked() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "notes.rs", "Idlib");
    write(root, ".hidden.md", "Idlib");
    let files = [root.join("notes.rs"), root.join(".hidden.md")];
    let (inputs, skipped) = expand(&files, &tags(&["*.rs"]));
    assert!(skipped.is_empty());
    assert_eq!(rel_paths(root, &inputs), ["notes.rs", ".hidden.md"]);
    assert_eq!(inputs[0].read(DEFAULT_MAX_FILE_SIZE).unwrap(), b"Idlib");
}

#[test]
fn missing_paths_are_errors_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", "Idlib");
    let missing = dir.path().join("nope.md");
    let (inputs, skipped) = expand(&[missing.clone(), dir.path().join("a.md")], &[]);
    assert_eq!(inputs.len(), 1);
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0].path, missing.to_string_lossy());
    assert_eq!(skipped[0].reason, "no such file or directory");
    assert!(skipped[0].is_error);
}

#[test]
fn stdin_is_one_input_named_dash() {
    let (inputs, skipped) = expand(&[PathBuf::from("-"), PathBuf::from("-")], &[]);
    assert!(skipped.is_empty());
    assert_eq!(inputs, [Input::stdin()]);
    assert!(inputs[0].is_stdin());
    assert_eq!(inputs[0].display(), "-");
}

#[test]
fn relative_paths_stay_relative() {
    // `cargo test` runs integration tests in the package's folder.
    let (inputs, skipped) = expand(&[PathBuf::from("tests/fixtures/inputs")], &[]);
    assert!(skipped.is_empty());
    let paths: Vec<String> = inputs.iter().map(Input::display).collect();
    assert_eq!(
        paths,
        [
            "tests/fixtures/inputs/latin1.txt",
            "tests/fixtures/inputs/story.en.md",
            "tests/fixtures/inputs/utf16be.txt",
            "tests/fixtures/inputs/utf16le.txt",
            "tests/fixtures/inputs/utf8-bom.txt",
        ]
    );
}

#[test]
fn walked_extensions() {
    for yes in [
        "a.md",
        "a.MD",
        "b/a.markdown",
        "a.txt",
        "a.xlf",
        "a.XLIFF",
        "ru.po",
        "a.pot",
        "tm.tmx",
    ] {
        assert!(walk_checks(Path::new(yes)), "{yes}");
    }
    for no in ["a.rs", "a", "a.png", "md"] {
        assert!(!walk_checks(Path::new(no)), "{no}");
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_noted_not_followed_forever() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "a/story.md", "Idlib");
    std::os::unix::fs::symlink(root.join("a"), root.join("a/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("a/story.md"), root.join("a/link.md")).unwrap();
    let (inputs, skipped) = expand(&[root.to_path_buf()], &[]);
    assert_eq!(rel_paths(root, &inputs), ["a/link.md", "a/story.md"]);
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert!(!skipped[0].is_error);
    assert!(skipped[0].reason.contains("loop"), "{}", skipped[0].reason);
}

#[cfg(unix)]
#[test]
fn non_utf8_file_names_do_not_panic() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"st\xFFory.md");
    std::fs::write(dir.path().join(name), "Idlib").unwrap();
    let (inputs, skipped) = expand(&[dir.path().to_path_buf()], &[]);
    assert!(skipped.is_empty());
    assert_eq!(inputs.len(), 1);
    assert!(inputs[0].display().ends_with("st\u{FFFD}ory.md"));
    assert_eq!(inputs[0].read(DEFAULT_MAX_FILE_SIZE).unwrap(), b"Idlib");
    let (_, skipped) = expand(&[dir.path().join("n\u{0}o\u{FFFD}")], &[]);
    assert!(skipped[0].is_error);
}
