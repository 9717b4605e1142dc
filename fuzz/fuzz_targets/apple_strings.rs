//! The Apple `.strings` reader (quoted and bare strings, comments, escapes, printf), and the
//! checks after it, with the built-in glossary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::apple_strings(data));
