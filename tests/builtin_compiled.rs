//! The built-in glossary ships compiled (`glossaries/builtin.postcard`, read at start-up in a
//! few milliseconds instead of parsing 1.8 MB of TOML). This test compiles the TOML files again
//! and fails when the committed form differs: a glossary file was edited and not compiled. With
//! `TERMLINT_REGENERATE=1` it writes the compiled form instead.

use std::path::Path;

use termlint::glossary::Glossary;

#[test]
fn the_compiled_builtin_glossary_is_the_toml_files_compiled() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("glossaries/builtin.postcard");
    let compiled = Glossary::builtin_from_sources().compiled();
    if std::env::var_os("TERMLINT_REGENERATE").is_some() {
        std::fs::write(&path, &compiled).unwrap();
        return;
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == compiled,
        "glossaries/builtin.postcard is stale: a glossary file changed; run \
         TERMLINT_REGENERATE=1 cargo test --release --test builtin_compiled"
    );
}

#[test]
fn the_compiled_builtin_glossary_reads_back_as_its_sources() {
    assert!(Glossary::builtin() == Glossary::builtin_from_sources());
}
