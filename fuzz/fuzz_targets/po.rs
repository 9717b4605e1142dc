//! The PO decoder (charset from the header) and reader, and the bilingual checks after them,
//! with the built-in glossary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::po(data));
