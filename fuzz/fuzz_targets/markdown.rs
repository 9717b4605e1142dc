//! The Markdown reader and the whole pipeline after it, with the built-in glossary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::markdown(data));
