//! The CSV glossary loader, on any bytes: comma-separated, or tab-separated when the input's
//! length is odd.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::glossary_csv(data));
