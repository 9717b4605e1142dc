//! Text handling: decoding files, folding text for matching, and mapping every offset back.
//!
//! Text flows one way: `formats` turns a file into segments, this module folds each segment to
//! its skeleton ([`fold`]), the matcher works on the skeleton, and every position it reports is
//! mapped back through [`OffsetMap`]s to a byte range of the file as read.

pub mod decode;
pub mod fold;
pub(crate) mod offsets;
pub mod placeholders;
pub(crate) mod script;
pub(crate) mod skeleton;
pub(crate) mod surface;

pub use fold::{fold, fold_into, Folded};
pub use offsets::{Cursor, OffsetMap};
