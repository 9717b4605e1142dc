//! termlint: a terminology checker for multilingual news.
//!
//! Text flows one way: [`formats`] turns a file into segments, [`text`] folds them for
//! matching, [`matcher`] finds the glossary's terms and their near misses, [`rules`] decide
//! what to report, [`fix`] says which findings have a mechanical fix and applies them, and
//! [`report`] renders it. [`check`] ties the stages together; [`cli`] is the command line.

pub mod check;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod extract;
pub mod fix;
pub mod formats;
pub mod fsio;
pub mod glossary;
pub mod i18n;
pub mod input;
pub mod lang;
pub mod layout;
pub mod matcher;
pub mod report;
pub mod rules;
pub mod text;
