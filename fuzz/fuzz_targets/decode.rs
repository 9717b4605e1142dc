//! The byte decoder (`text::decode`): never guesses, and what it accepts as UTF-8 is kept byte
//! for byte.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| termlint_fuzz::decode(data));
