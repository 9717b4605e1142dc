//! Hostile and broken input through the `termlint` binary: each case checks the message and
//! the exit status (CONTRACT.md: 2 when the run could not be done as asked; a bad input file is
//! reported and the other files are still checked and reported).
//!
//! Cases covered elsewhere are not repeated: the loaders' own error messages are in
//! `glossary_loaders.rs`, the decoder's in `inputs.rs`, the readers' in their modules.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::Value;

const MINI: &str = "tests/fixtures/glossary-news-mini.toml";

fn mini() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(MINI)
        .to_string_lossy()
        .into_owned()
}

/// `termlint ARGS` in `dir`, without any termlint.toml.
fn termlint(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_termlint"));
    if args.first() == Some(&"check") {
        cmd.arg("check").arg("--no-config").args(&args[1..]);
    } else {
        cmd.args(args);
    }
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("termlint runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> Value {
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

/// The findings of a JSON report as (path, rule, found, line, column), after checking that each
/// `found` is the `start..end` slice of its file (as decoded).
fn findings(dir: &Path, report: &Value) -> Vec<(String, String, String, u64, u64)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap().to_string();
            if let Ok(text) = std::fs::read_to_string(dir.join(&path)) {
                let (s, e) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
                assert_eq!(&text[s as usize..e as usize], f["found"].as_str().unwrap());
            }
            (
                path,
                f["rule"].as_str().unwrap().to_string(),
                f["found"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn skipped(report: &Value) -> Vec<(String, String)> {
    report["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["path"].as_str().unwrap().to_string(),
                s["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

fn f(
    path: &str,
    rule: &str,
    found: &str,
    line: u64,
    column: u64,
) -> (String, String, String, u64, u64) {
    (path.into(), rule.into(), found.into(), line, column)
}

// --- encodings ------------------------------------------------------------------------------

#[test]
fn invalid_utf8_names_byte_line_and_column_and_the_other_files_are_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "latin1.txt", b"Idlib\nLe pr\xE9sident\n");
    write(dir.path(), "good.txt", "A auto bomb.\n");
    let g = mini();
    let out = termlint(
        dir.path(),
        &["check", "-g", &g, "--lang", "en", "latin1.txt", "good.txt"],
    );
    // A finding at error level in good.txt, and a file that could not be read: 2 wins.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("error[forbidden]: 'auto bomb' is a forbidden form"),
        "{text}"
    );
    assert!(
        stderr(&out).contains(
            "error: latin1.txt: could not be read: not valid UTF-8 at byte offset 11 \
             (line 2, column 6); termlint does not guess encodings"
        ),
        "{text}"
    );
    let out = termlint(
        dir.path(),
        &[
            "check",
            "-g",
            &g,
            "--lang",
            "en",
            "--format",
            "json",
            "latin1.txt",
            "good.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let report = json(&out);
    assert_eq!(
        findings(dir.path(), &report),
        [f("good.txt", "forbidden", "auto bomb", 1, 3)]
    );
    assert_eq!(
        skipped(&report),
        [(
            "latin1.txt".to_string(),
            "not valid UTF-8 at byte offset 11 (line 2, column 6); termlint does not guess \
             encodings"
                .to_string()
        )]
    );
}

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
        let c = c as u32;
        out.extend(if big_endian {
            c.to_be_bytes()
        } else {
            c.to_le_bytes()
        });
    }
    out
}

#[test]
fn utf16_and_utf32_with_a_bom_are_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Эрдоган 🇹🇷\r\nThe auto bomb.\n";
    write(dir.path(), "le16.txt", utf16(text, false));
    write(dir.path(), "be16.txt", utf16(text, true));
    write(dir.path(), "le32.txt", utf32(text, false));
    write(dir.path(), "be32.txt", utf32(text, true));
    let g = mini();
    let out = termlint(
        dir.path(),
        &["check", "-g", &g, "--lang", "en", "--format", "json", "."],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = json(&out);
    // Offsets index the decoded UTF-8 text; line and column are the same in any encoding.
    let start = text.find("auto").unwrap() as u64;
    for f in report["findings"].as_array().unwrap() {
        assert_eq!(f["start"].as_u64(), Some(start));
    }
    assert_eq!(
        findings(dir.path(), &report),
        [
            f("./be16.txt", "forbidden", "auto bomb", 2, 5),
            f("./be32.txt", "forbidden", "auto bomb", 2, 5),
            f("./le16.txt", "forbidden", "auto bomb", 2, 5),
            f("./le32.txt", "forbidden", "auto bomb", 2, 5),
        ]
    );
}

#[test]
fn a_latin1_po_file_is_decoded_as_its_header_says_and_without_a_header_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "g.toml",
        "[[concept]]\nid = \"ceasefire\"\nen = \"ceasefire\"\nfr = { preferred = \"cessez-le-feu\", forbidden = [\"trêve\"] }\n",
    );
    let head = "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n";
    let mut po = head.as_bytes().to_vec();
    po.extend(b"\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\n");
    po.extend(
        b"msgid \"The ceasefire holds in Aleppo.\"\nmsgstr \"La tr\xEAve tient \xE0 Alep.\"\n",
    );
    write(dir.path(), "fr.po", &po);
    let mut bare = head.as_bytes().to_vec();
    bare.extend(b"\nmsgid \"The ceasefire\"\nmsgstr \"La tr\xEAve\"\n");
    write(dir.path(), "bare.po", &bare);

    let out = termlint(
        dir.path(),
        &["check", "-g", "g.toml", "--format", "json", "fr.po"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = json(&out);
    let found = &report["findings"][0];
    assert_eq!(found["found"], "trêve");
    assert_eq!(
        (found["line"].as_u64(), found["column"].as_u64()),
        (Some(7), Some(12))
    );
    assert_eq!(report["files"][0]["lang"], "fr");

    let out = termlint(dir.path(), &["check", "-g", "g.toml", "bare.po"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "error: bare.po: could not be read: not valid UTF-8 at byte offset 72 (line 6, \
             column 14); termlint does not guess encodings"
        ),
        "{}",
        stdout(&out)
    );
}

#[test]
fn binary_files_are_skipped_with_the_reason_and_do_not_fail_the_run() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "nul.txt", b"Idlib\0\x01\x02");
    write(dir.path(), "photo.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(dir.path(), "ok.txt", "Idlib\n");
    let g = mini();
    let out = termlint(dir.path(), &["check", "-g", &g, "--lang", "en", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        stderr(&out).contains("note: ./nul.txt: skipped: binary file (NUL byte at offset 5)"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("note: ./photo.md: skipped: binary file (PNG)"),
        "{text}"
    );
    assert!(text.contains("no findings in 1 file"), "{text}");
}

#[test]
fn empty_files_in_every_format_have_no_findings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("values")).unwrap();
    // JSON and YAML files are walked only in a localization layout (`en/`).
    for name in [
        "a.txt",
        "b.md",
        "c.xlf",
        "d.po",
        "e.tmx",
        "g.ftl",
        "en/h.json",
        "i.strings",
        "j.xcstrings",
        "values/k.xml",
        "en/l.yml",
        "m_en.properties",
        "n.arb",
    ] {
        write(dir.path(), name, "");
    }
    write(dir.path(), "f.txt", "\u{feff}");
    let g = mini();
    let out = termlint(
        dir.path(),
        &["check", "-g", &g, "--lang", "en", "--format", "json", "."],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["summary"]["files"], 14);
    assert_eq!(report["summary"]["findings"], 0);
    assert!(skipped(&report).is_empty());
}

// --- localization catalogs ------------------------------------------------------------------

#[test]
fn a_broken_catalog_named_alone_is_exit_2_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "broken.ftl", "ok = fine\nbroken Idlib\n");
    let g = mini();
    let out = termlint(
        dir.path(),
        &["check", "-g", &g, "--lang", "en", "broken.ftl"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "error: broken.ftl: could not be read: broken.ftl:2:8: expected a token starting \
             with \"=\""
        ),
        "{}",
        stderr(&out)
    );
    write(
        dir.path(),
        "broken.json",
        "{\n  \"a\": \"The auto bomb\",\n}\n",
    );
    let out = termlint(
        dir.path(),
        &["check", "-g", &g, "--lang", "en", "broken.json"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "error: broken.json: could not be read: broken.json:3:1: a comma before '}'; \
             expected another key"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn broken_catalogs_fail_the_run_and_the_other_files_are_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "en/a.json",
        "{\"a\": \"unterminated auto bomb}\n",
    );
    write(dir.path(), "en/b.json", "{\"a\": \"The auto bomb\"}");
    write(dir.path(), "c.ftl", "c = { $x\n");
    write(dir.path(), "d.ftl", "d = The auto bomb\n");
    write(dir.path(), "en/e.json", "[\"x\", \"\\q\"]");
    let g = mini();
    let out = termlint(
        dir.path(),
        &["check", "-g", &g, "--lang", "en", "--format", "json", "."],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(
        findings(dir.path(), &report),
        [
            f("./d.ftl", "forbidden", "auto bomb", 1, 9),
            f("./en/b.json", "forbidden", "auto bomb", 1, 12),
        ]
    );
    let text = stderr(&out);
    for expected in [
        "error: ./en/a.json: could not be read: ./en/a.json:1:7: unterminated string: a line break",
        "error: ./c.ftl: could not be read: ./c.ftl:2:1: expected a token starting with \"}\"",
        "error: ./en/e.json: could not be read: ./en/e.json:1:8: unknown escape '\\q'",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
}

#[test]
fn broken_mobile_catalogs_fail_the_run_and_the_other_files_are_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("values")).unwrap();
    std::fs::create_dir(dir.path().join("values-en")).unwrap();
    write(
        dir.path(),
        "values/strings.xml",
        "<resources>\n  <string name=\"a\">The auto bomb</strin>\n</resources>\n",
    );
    write(
        dir.path(),
        "values-en/strings.xml",
        "<resources>\n  <string name=\"a\">The auto bomb</string>\n</resources>\n",
    );
    write(
        dir.path(),
        "a.strings",
        "\"a\" = \"The auto bomb\"\n\"b\" = \"x\";\n",
    );
    write(
        dir.path(),
        "b.strings",
        "/* ok */\n\"a\" = \"The auto bomb\";\n",
    );
    write(
        dir.path(),
        "c.xcstrings",
        "{\"sourceLanguage\": \"en\", \"strings\": {\"a\": {,}}}",
    );
    write(dir.path(), "d.xcstrings", "[\"The auto bomb\"]");
    let g = mini();
    let out = termlint(
        dir.path(),
        &["check", "-g", &g, "--lang", "en", "--format", "json", "."],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(
        findings(dir.path(), &report),
        [
            f("./b.strings", "forbidden", "auto bomb", 2, 12),
            f("./values-en/strings.xml", "forbidden", "auto bomb", 2, 24),
        ]
    );
    let text = stderr(&out);
    for expected in [
        "error: ./a.strings: could not be read: ./a.strings:2:1: expected ';' after the value of \"a\"",
        "error: ./c.xcstrings: could not be read: ./c.xcstrings:1:44: expected a key in double quotes",
        "error: ./d.xcstrings: could not be read: ./d.xcstrings:1:1: not an Xcode string catalog",
        "error: ./values/strings.xml: could not be read: ./values/strings.xml:2:",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
}

#[test]
fn an_android_xml_named_alone_whose_root_is_not_resources_is_exit_2_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("values-fr")).unwrap();
    write(
        dir.path(),
        "values-fr/layout.xml",
        "<?xml version=\"1.0\"?>\n<LinearLayout text=\"Idleb\"/>\n",
    );
    let g = mini();
    let out = termlint(dir.path(), &["check", "-g", &g, "values-fr/layout.xml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "values-fr/layout.xml:2:1: not an Android resource file: root element \
             <LinearLayout>; expected <resources>"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn broken_yaml_properties_and_arb_files_fail_the_run_and_the_others_are_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "en/a.yml", "en:\n  a: 'The auto bomb\n");
    write(dir.path(), "en/b.yml", "en:\n  a: The auto bomb\n");
    write(dir.path(), "c_en.properties", "a=The auto bomb \\u00\n");
    write(dir.path(), "d_en.properties", "a=The auto bomb\n");
    write(
        dir.path(),
        "e.arb",
        "{\"@@locale\": \"en\", \"a\": \"The auto bomb\",}",
    );
    write(
        dir.path(),
        "f.arb",
        "{\"@@locale\": \"en\", \"a\": \"The auto bomb\"}",
    );
    write(dir.path(), "en/g.yaml", "a:\n  b: x\n c: The auto bomb\n");
    let g = mini();
    let out = termlint(
        dir.path(),
        &["check", "-g", &g, "--lang", "en", "--format", "json", "."],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(
        findings(dir.path(), &report),
        [
            f("./d_en.properties", "forbidden", "auto bomb", 1, 7),
            f("./en/b.yml", "forbidden", "auto bomb", 2, 10),
            f("./f.arb", "forbidden", "auto bomb", 1, 30),
        ]
    );
    let text = stderr(&out);
    for expected in [
        "error: ./en/a.yml: could not be read: ./en/a.yml:2:6: unterminated quoted string",
        "error: ./c_en.properties: could not be read: ./c_en.properties:1:17: malformed \\uXXXX escape",
        "error: ./e.arb: could not be read: ./e.arb:1:41: a comma before '}'",
        "error: ./en/g.yaml: could not be read: ./en/g.yaml:3:2: bad indentation of a mapping entry",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
}

// --- size -----------------------------------------------------------------------------------

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read_and_the_rest_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "big.txt", "The auto bomb. ".repeat(200));
    write(dir.path(), "small.txt", "The auto bomb.\n");
    let g = mini();
    let args = ["check", "-g", &g, "--lang", "en", "--max-file-size", "2K"];
    let out = termlint(dir.path(), &[&args[..], &["big.txt", "small.txt"]].concat());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        stderr(&out).contains(
            "error: big.txt: could not be read: too large: 2.9 KiB, over the limit of 2 KiB (see \
             --max-file-size)"
        ),
        "{text}"
    );
    assert!(text.contains("small.txt:1:5"), "{text}");
    // Under the limit, the same file is checked.
    let out = termlint(
        dir.path(),
        &[
            "check",
            "-g",
            &g,
            "--lang",
            "en",
            "--max-file-size",
            "3000",
            "big.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
}

#[test]
fn standard_input_is_read_no_further_than_the_limit() {
    let g = mini();
    let mut child = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args([
            "check",
            "--no-config",
            "-g",
            &g,
            "--lang",
            "en",
            "--max-file-size",
            "1K",
            "-",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    // An endless input: termlint must stop reading and answer, not wait for the end.
    let feeder = std::thread::spawn(move || {
        use std::io::Write;
        let chunk = "Idlib ".repeat(1000);
        while pipe.write_all(chunk.as_bytes()).is_ok() {}
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "error: -: could not be read: too large: over the limit of 1 KiB (see \
             --max-file-size)"
        ),
        "{}",
        stdout(&out)
    );
}

#[cfg(unix)]
#[test]
fn endless_special_files_are_read_no_further_than_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let g = mini();
    let out = termlint(
        dir.path(),
        &[
            "check",
            "-g",
            &g,
            "--lang",
            "en",
            "--max-file-size",
            "1K",
            "/dev/zero",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .contains("error: /dev/zero: could not be read: too large: over the limit of 1 KiB"),
        "{}",
        stdout(&out)
    );
    // The config file and glossaries have limits of their own (1 MiB, 256 MiB).
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args(["check", "--config", "/dev/zero", "x.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot read /dev/zero: too large: over the limit of 1 MiB"),
        "{}",
        stderr(&out)
    );
    let big = std::fs::File::create(dir.path().join("big.toml")).unwrap();
    big.set_len(300 << 20).unwrap(); // sparse: nothing is written, nothing must be read
    let out = termlint(dir.path(), &["check", "-g", "big.toml", "x.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: glossary too large: 300 MiB, over the limit of 256 MiB in big.toml\n"
    );
}

#[test]
fn bad_sizes_are_refused_as_options() {
    let dir = tempfile::tempdir().unwrap();
    for size in ["lots", "0", "12Q", "1.5M"] {
        let out = termlint(dir.path(), &["check", "--max-file-size", size, "x.txt"]);
        assert_eq!(out.status.code(), Some(2), "{size}");
        assert!(stderr(&out).contains("--max-file-size"), "{}", stderr(&out));
    }
}

/// The default limit (64 MiB): a 200 MB file of one line is refused at once, without reading
/// it; a 40 MB file of one line is checked, with exact columns at its end. Slow (writes and
/// reads 240 MB): `cargo test -- --ignored`.
#[test]
#[ignore]
fn huge_files_of_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let g = mini();
    {
        use std::io::Write;
        let mut file = std::fs::File::create(dir.path().join("huge.txt")).unwrap();
        let chunk = "word ".repeat(200_000);
        for _ in 0..200 {
            file.write_all(chunk.as_bytes()).unwrap();
        }
    }
    let started = Instant::now();
    let out = termlint(dir.path(), &["check", "-g", &g, "--lang", "en", "huge.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("too large: 190.7 MiB, over the limit of 64 MiB"),
        "{}",
        stdout(&out)
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );

    let mut text = "Рим и Эрдоган ".repeat(2_000_000); // 40 MB of one line
    let column = text.chars().count() + 1;
    text.push_str("auto bomb");
    write(dir.path(), "long.txt", &text);
    let out = termlint(
        dir.path(),
        &[
            "check", "-g", &g, "--lang", "en", "--format", "json", "long.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(
        findings(dir.path(), &report),
        [f("long.txt", "forbidden", "auto bomb", 1, column as u64)]
    );
}

// --- long lines and deep nesting ------------------------------------------------------------

/// Time to check `text` as one file (JSON output: the rules and the column count).
fn time_check(dir: &Path, text: &str) -> Duration {
    write(dir, "long.txt", text);
    let g = mini();
    let started = Instant::now();
    let out = termlint(
        dir,
        &[
            "check", "-g", &g, "--lang", "en", "--format", "json", "long.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    started.elapsed()
}

#[test]
fn very_long_lines_with_many_findings_take_linear_time() {
    // All-caps terms next to names (`USA Today`) and plain findings (`USA,`), thousands per
    // line: the rules and the column count used to rescan the line for each.
    let dir = tempfile::tempdir().unwrap();
    // News text, and words without spaces between them (no word boundary to stop a scan).
    for (unit, n) in [
        ("The USA Today and USA, Эрдоган. ", 4_000),
        ("USA,x,", 5_000),
    ] {
        let t_small = time_check(dir.path(), &unit.repeat(n));
        let t_large = time_check(dir.path(), &unit.repeat(4 * n));
        // Four times the text: about four times the time; a quadratic pass would be sixteen.
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64();
        eprintln!("RATIO {unit:?} {t_small:?} then {t_large:?} ({ratio:.1}x)");
        assert!(
            ratio < 8.0,
            "{unit:?}: {t_small:?} then {t_large:?} ({ratio:.1}x)"
        );
    }
    let small = "The USA Today and USA, Эрдоган. ".repeat(4_000);
    let large = "The USA Today and USA, Эрдоган. ".repeat(16_000);
    write(dir.path(), "long.txt", &large);

    // Exact columns at the end of the line, and a human snippet cut to a window.
    let g = mini();
    let out = termlint(
        dir.path(),
        &[
            "check", "-g", &g, "--lang", "en", "--format", "json", "long.txt",
        ],
    );
    let report = json(&out);
    let last = report["findings"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    let start = last["start"].as_u64().unwrap() as usize;
    assert_eq!(
        last["column"].as_u64().unwrap() as usize,
        large[..start].chars().count() + 1
    );
    write(dir.path(), "long.txt", &small);
    let out = termlint(dir.path(), &["check", "-g", &g, "--lang", "en", "long.txt"]);
    let human = stdout(&out);
    let longest = human.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest < 300, "a line of {longest} characters");
}

#[test]
fn deeply_nested_markdown_is_read_in_time() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (">".repeat(100_000) + " auto bomb\n", true),
        ("- ".repeat(50_000) + "auto bomb\n", true),
        (
            "[".repeat(100_000) + "auto bomb" + &"]".repeat(100_000) + "\n",
            true,
        ),
        (
            "*".repeat(100_000) + "auto bomb" + &"*".repeat(100_000) + "\n",
            true,
        ),
        (
            (0..2_000)
                .map(|i| "  ".repeat(i) + "- a\n")
                .collect::<String>()
                + "auto bomb\n",
            true,
        ),
        // Inside an HTML block: not prose.
        (
            "<div>".repeat(50_000) + "auto bomb" + &"</div>".repeat(50_000) + "\n",
            false,
        ),
        // Not a link (a destination has no space): prose.
        (
            "[a](".repeat(30_000) + "auto bomb" + &")".repeat(30_000) + "\n",
            true,
        ),
    ];
    let g = mini();
    for (i, (text, flagged)) in cases.iter().enumerate() {
        write(dir.path(), "deep.md", text);
        let started = Instant::now();
        let out = termlint(
            dir.path(),
            &[
                "check", "-g", &g, "--lang", "en", "--format", "json", "deep.md",
            ],
        );
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "case {i}: {:?}",
            started.elapsed()
        );
        assert_eq!(
            out.status.code(),
            Some(if *flagged { 1 } else { 0 }),
            "case {i}"
        );
        let found: Vec<_> = findings(dir.path(), &json(&out))
            .into_iter()
            .map(|f| f.2)
            .collect();
        assert_eq!(found.is_empty(), !flagged, "case {i}: {found:?}");
    }
}

// --- XML ------------------------------------------------------------------------------------

const XLIFF_HEAD: &str = "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"en-GB\" datatype=\"plaintext\" original=\"a\"><body>\n";
const XLIFF_TAIL: &str = "</body></file></xliff>\n";

fn xliff(prolog: &str, target: &str) -> String {
    format!(
        "{prolog}{XLIFF_HEAD}<trans-unit id=\"1\"><source>car bomb</source><target>{target}</target></trans-unit>\n{XLIFF_TAIL}"
    )
}

#[test]
fn a_doctype_is_skipped_and_the_file_read() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "doctype.xlf",
        xliff(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY a \"b\">]>\n",
            "auto bomb",
        ),
    );
    let g = mini();
    let out = termlint(
        dir.path(),
        &["check", "-g", &g, "--format", "json", "doctype.xlf"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let found: Vec<_> = findings(dir.path(), &json(&out))
        .into_iter()
        .map(|f| (f.2, f.3))
        .collect();
    assert!(found.contains(&("auto bomb".to_string(), 4)), "{found:?}");
}

#[test]
fn external_entities_and_entity_bombs_are_refused_never_read_or_expanded() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "xxe.xlf",
        xliff(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n",
            "&xxe;",
        ),
    );
    let mut bomb =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n<!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        let prev = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        bomb.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    bomb.push_str("]>\n");
    write(dir.path(), "bomb.xlf", xliff(&bomb, "&lol9;"));
    write(dir.path(), "ok.txt", "The auto bomb.\n");
    let g = mini();
    let started = Instant::now();
    let out = termlint(
        dir.path(),
        &[
            "check", "-g", &g, "--lang", "en", "xxe.xlf", "bomb.xlf", "ok.txt",
        ],
    );
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(!text.contains("root:"), "{text}");
    assert!(text.contains("ok.txt:1:5"), "{text}");
    assert!(
        stderr(&out).contains(
            "error: xxe.xlf: could not be read: xxe.xlf:6:53: undefined entity '&xxe;'; termlint \
             never reads DTDs or external entities"
        ),
        "{text}"
    );
    assert!(
        stderr(&out).contains(
            "error: bomb.xlf: could not be read: bomb.xlf:15:53: undefined entity '&lol9;'; \
             termlint never reads DTDs or external entities"
        ),
        "{text}"
    );
}

#[test]
fn an_external_entity_in_a_tbx_glossary_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let tbx = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/glossaries/xxe.tbx");
    write(dir.path(), "a.txt", "Idlib\n");
    let out = termlint(
        dir.path(),
        &[
            "check",
            "-g",
            &tbx.to_string_lossy(),
            "--lang",
            "en",
            "a.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).ends_with("xxe.tbx:9:24; termlint never reads DTDs or external entities\n"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("root:"));
    assert!(stdout(&out).is_empty());
}

#[test]
fn deeply_nested_xml_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let deep = "<g id=\"1\">".repeat(100_000) + "auto bomb" + &"</g>".repeat(100_000);
    write(dir.path(), "deep.xlf", xliff("", &deep));
    let g = mini();
    let out = termlint(dir.path(), &["check", "-g", &g, "deep.xlf"]);
    assert_eq!(out.status.code(), Some(2));
    let text = stderr(&out);
    assert!(
        text.contains("error: deep.xlf: could not be read: deep.xlf:2:")
            && text.contains("XML elements nested deeper than 256"),
        "{text}"
    );
}

// --- glossaries -----------------------------------------------------------------------------

#[test]
fn bad_glossaries_exit_2_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "Idlib\n");
    let cases = [
        (
            "dup.toml",
            "[[concept]]\nid = \"idlib\"\nen = \"Idlib\"\n\n[[concept]]\nid = \"idlib\"\nen = \"Idleb\"\n",
            "error: concept id 'idlib' is defined twice: at dup.toml:1:1 and at dup.toml:5:1",
        ),
        (
            "dup.csv",
            "id,en\nidlib,Idlib\nidlib,Idleb\n",
            "error: concept id 'idlib' is defined twice: at dup.csv:2:1 and at dup.csv:3:1",
        ),
        (
            "conflict.toml",
            "[[concept]]\nid = \"idlib\"\nen = { preferred = \"Idlib\", forbidden = [\"Idleb\", \"Idlib\"] }\n",
            "error: term 'Idlib' is both preferred and forbidden for 'en' in concept 'idlib' at conflict.toml:3:51",
        ),
        (
            "empty.toml",
            "[[concept]]\nid = \"idlib\"\nen = { preferred = \"Idlib\", forbidden = [\" \"] }\n",
            "error: empty term for 'en' in concept 'idlib' at empty.toml:3:42",
        ),
        (
            "lang.toml",
            "[[concept]]\nid = \"idlib\"\nenglish = \"Idlib\"\n",
            "error: unknown key or invalid language tag 'english' at lang.toml:3:1; expected one of id, kind, note, source, case, near_misses, examples, or a BCP 47 language tag such as en, fr, pt-BR",
        ),
        (
            "lang.csv",
            "id,en,english\nidlib,Idlib,Idleb\n",
            "error: unknown column 'english' at lang.csv:1:7; expected id, kind, note, or a language tag such as en, fr, pt-BR (optionally with :admitted or :forbidden)",
        ),
        (
            "lang.tbx",
            "<tbx><text><body><conceptEntry id=\"a\"><langSec xml:lang=\"english\"><termSec><term>Idlib</term></termSec></langSec></conceptEntry></body></text></tbx>",
            "error: invalid language tag 'english' at lang.tbx:1:39; expected a BCP 47 tag such as en, fr, pt-BR",
        ),
        (
            "bomb.tbx",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<tbx><text><body><conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>&b;</term></termSec></langSec></conceptEntry></body></text></tbx>",
            "error: undefined entity '&b;' at bomb.tbx:3:77; termlint never reads DTDs or external entities",
        ),
        (
            "missing.toml",
            "",
            "error: cannot read glossary nope.toml: ",
        ),
    ];
    for (name, text, message) in cases {
        let arg = if name == "missing.toml" {
            "nope.toml".to_string()
        } else {
            write(dir.path(), name, text);
            name.to_string()
        };
        let out = termlint(dir.path(), &["check", "-g", &arg, "--lang", "en", "a.txt"]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(
            stderr(&out).starts_with(message),
            "{name}: {}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty(), "{name}: nothing is checked");
    }
}

#[test]
fn bad_options_exit_2_and_say_which() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "Idlib\n");
    for (args, message) in [
        (
            &["--lang", "english"][..],
            "--lang 'english' is not a BCP 47 language tag",
        ),
        (
            &["--date", "2017-13-01"][..],
            "--date '2017-13-01' is not a date",
        ),
        (
            &["--format", "xml"][..],
            "invalid value 'xml' for '--format <FORMAT>'",
        ),
        (
            &["--threads", "many"][..],
            "invalid value 'many' for '--threads <N>'",
        ),
    ] {
        let out = termlint(dir.path(), &[&["check"][..], args, &["a.txt"]].concat());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn regex_looking_terms_match_literally() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "g.toml",
        "[[concept]]\nid = \"us\"\nen = { preferred = \"US\", forbidden = [\"U.S.\"] }\n\n\
         [[concept]]\nid = \"idlib-paren\"\nen = { preferred = \"Idlib province\", forbidden = [\"(Idlib)\"] }\n\n\
         [[concept]]\nid = \"sum\"\nen = { preferred = \"a+b\", forbidden = [\"a-b\", \"x*\", \"[0-9]\", \"^c$\"] }\n",
    );
    write(
        dir.path(),
        "a.txt",
        "U.S. and US and UxS and U.S and (Idlib) and Idlib and a+b and aab and ab and a-b, \
         x* and xx and [0-9] and 5 and ^c$ and c.\n",
    );
    let out = termlint(
        dir.path(),
        &[
            "check", "-g", "g.toml", "--lang", "en", "--format", "json", "a.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let found: Vec<String> = findings(dir.path(), &json(&out))
        .into_iter()
        .map(|f| f.2)
        .collect();
    assert_eq!(found, ["U.S.", "(Idlib)", "a-b", "x*", "[0-9]", "^c$"]);
}

fn many_concepts(n: usize) -> String {
    let mut csv = String::from("id,en,en:forbidden,ru\n");
    for i in 0..n {
        csv.push_str(&format!("c{i},Term{i} alpha,Terms{i} alpha,Термин{i}\n"));
    }
    csv
}

#[test]
fn a_glossary_of_100000_concepts_loads() {
    let text = many_concepts(100_000);
    let started = Instant::now();
    let g = termlint::glossary::Glossary::parse("big.csv", "csv", text.as_bytes()).unwrap();
    assert_eq!(g.concepts.len(), 100_000);
    assert_eq!(g.concepts[99_999].terms.len(), 3);
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
}

/// 100,000 concepts through the whole pipeline: about 4 s in a release build, a minute in a
/// debug one; `cargo test -- --ignored`.
#[test]
#[ignore]
fn a_glossary_of_100000_concepts_checks_a_text() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "big.csv", many_concepts(100_000));
    write(
        dir.path(),
        "a.txt",
        "Talks on Terms99999 alpha and Term5 alpha.\n",
    );
    let out = termlint(
        dir.path(),
        &[
            "check", "-g", "big.csv", "--lang", "en", "--format", "json", "a.txt",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        findings(dir.path(), &json(&out)),
        [f("a.txt", "forbidden", "Terms99999 alpha", 1, 10)]
    );
}

// --- paths ----------------------------------------------------------------------------------

#[test]
fn missing_files_fail_the_run_and_the_others_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "The auto bomb.\n");
    let g = mini();
    let out = termlint(
        dir.path(),
        &["check", "-g", &g, "--lang", "en", "nope.txt", "a.txt"],
    );
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text.contains("a.txt:1:5"), "{text}");
    assert!(
        stderr(&out).contains("error: nope.txt: could not be read: no such file or directory"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn unreadable_files_fail_the_run_and_the_others_are_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "The auto bomb.\n");
    let locked = write(dir.path(), "locked.txt", "The auto bomb.\n");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        // Running as root: permissions do not stop reading.
        eprintln!("skipped: running with privileges that read any file");
        return;
    }
    let g = mini();
    let out = termlint(dir.path(), &["check", "-g", &g, "--lang", "en", "."]);
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text.contains("a.txt:1:5"), "{text}");
    assert!(
        stderr(&out).contains("error: ./locked.txt: could not be read: permission denied"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_named_fail_and_met_in_a_walk_are_noted() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::os::unix::fs::symlink("loop2.txt", root.join("loop1.txt")).unwrap();
    std::os::unix::fs::symlink("loop1.txt", root.join("loop2.txt")).unwrap();
    std::fs::create_dir(root.join("d")).unwrap();
    write(root, "d/a.txt", "The auto bomb.\n");
    std::os::unix::fs::symlink("..", root.join("d/up")).unwrap();
    let g = mini();

    let out = termlint(
        root,
        &["check", "-g", &g, "--lang", "en", "loop1.txt", "d/a.txt"],
    );
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text.contains("d/a.txt:1:5"), "{text}");
    assert!(
        stderr(&out)
            .contains("error: loop1.txt: could not be read: too many levels of symbolic links"),
        "{text}"
    );

    let out = termlint(
        root,
        &["check", "-g", &g, "--lang", "en", "--format", "json", "d"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let report = json(&out);
    assert_eq!(
        findings(root, &report),
        [f("d/a.txt", "forbidden", "auto bomb", 1, 5)]
    );
    let notes = skipped(&report);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].1.starts_with("symbolic link loop: points back to"),
        "{notes:?}"
    );
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_are_checked_and_shown_lossily() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"st\xFFory.txt");
    std::fs::write(dir.path().join(name), "The auto bomb.\n").unwrap();
    let g = mini();
    let out = Command::new(env!("CARGO_BIN_EXE_termlint"))
        .args([
            "check",
            "--no-config",
            "-g",
            &g,
            "--lang",
            "en",
            "--format",
            "json",
        ])
        .arg(name)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["findings"][0]["path"], "st\u{FFFD}ory.txt");
    assert_eq!(report["findings"][0]["found"], "auto bomb");
}
