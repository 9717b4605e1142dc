//! The Fluent reader (`.ftl`: messages, terms, attributes, select variants; placeables are not
//! text), and the checks after it, with the built-in glossary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::fluent(data));
