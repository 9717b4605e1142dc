//! The matcher: finds the glossary's terms, their inflected forms and near misses in text.

pub mod lexicon;
