//! The YAML catalog reader (string scalars in every style; Rails root locale; placeholders),
//! and the checks after it, with the built-in glossary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::yaml(data));
