//! The Android resource reader (strings, plurals, string arrays; escapes, xliff:g, printf, tags),
//! and the checks after it, with the built-in glossary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::android(data));
