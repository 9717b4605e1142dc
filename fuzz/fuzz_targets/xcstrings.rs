//! The Xcode string catalog reader (JSON, languages, plural and device variations, units), and
//! the bilingual checks after it, with the built-in glossary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::xcstrings(data));
