//! The TBX glossary loader (v2 and v3), on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::glossary(data, "tbx"));
