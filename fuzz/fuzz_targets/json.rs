//! The JSON catalog reader (string values only; escapes, interpolations, ICU plurals, printf),
//! and the checks after it, with the built-in glossary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::json(data));
