//! The Java `.properties` reader (UTF-8 or ISO-8859-1; escapes, continuations, MessageFormat),
//! and the checks after it, with the built-in glossary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::properties(data));
