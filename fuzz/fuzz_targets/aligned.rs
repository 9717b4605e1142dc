//! Aligned text (`--source`/`--target`): two texts checked line against line.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::aligned(data));
