//! termlint.toml (minimal until the full loader lands).

use std::path::{Path, PathBuf};

use crate::glossary::Date;
use crate::rules::{RuleId, Severity};

#[derive(Clone, Debug, Default)]
pub struct Config {
    pub glossaries: Vec<PathBuf>,
    pub lang: Option<String>,
    pub date: Option<Date>,
    pub ui_lang: Option<String>,
    pub ignore: Vec<String>,
    pub accept: Vec<String>,
    pub rules: Vec<(RuleId, Severity)>,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(String);

impl Config {
    pub fn discover(_start: &Path) -> Result<Option<(PathBuf, Config)>, ConfigError> {
        Ok(None)
    }
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        Err(ConfigError(format!("cannot read {}", path.display())))
    }
    pub fn init_template() -> &'static str {
        ""
    }
    pub fn lang_for(&self, _path: &Path) -> Option<String> {
        self.lang.clone()
    }
}

pub fn write_new(_path: &Path, _contents: &str) -> std::io::Result<()> {
    Ok(())
}
