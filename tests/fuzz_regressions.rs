//! Inputs the fuzz targets (`fuzz/`) crashed on, replayed through exactly the checks the
//! targets make: `fuzz/src/lib.rs` is compiled into this test as a module. Each file of
//! `tests/fixtures/fuzz/TARGET/` is one input of that target, kept as found.

use std::path::Path;

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod fuzz;

/// Runs `target` on every kept input of `name`.
fn replay(name: &str, target: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(name);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_some_and(|n| n != ".gitkeep"))
        .collect();
    files.sort();
    for file in files {
        let data = std::fs::read(&file).unwrap();
        eprintln!("replaying {}", file.display());
        target(&data);
    }
}

#[test]
fn decode() {
    replay("decode", fuzz::decode);
}

#[test]
fn plain() {
    replay("plain", fuzz::plain);
}

#[test]
fn markdown() {
    replay("markdown", fuzz::markdown);
}

#[test]
fn glossary_toml() {
    replay("glossary_toml", |d| fuzz::glossary(d, "toml"));
}

#[test]
fn glossary_tbx() {
    replay("glossary_tbx", |d| fuzz::glossary(d, "tbx"));
}

#[test]
fn glossary_csv() {
    replay("glossary_csv", fuzz::glossary_csv);
}

#[test]
fn xliff() {
    replay("xliff", fuzz::xliff);
}

#[test]
fn po() {
    replay("po", fuzz::po);
}

#[test]
fn tmx() {
    replay("tmx", fuzz::tmx);
}

#[test]
fn aligned() {
    replay("aligned", fuzz::aligned);
}

#[test]
fn config() {
    replay("config", fuzz::config);
}
