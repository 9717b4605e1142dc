//! The Flutter `.arb` reader (JSON messages; `@` metadata skipped; `@@locale`),
//! and the checks after it, with the built-in glossary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::arb(data));
