//! Inputs (minimal until the walker lands).

use std::path::{Path, PathBuf};

use crate::report::Skipped;

pub struct Input(PathBuf);

impl Input {
    pub fn path(&self) -> &Path {
        &self.0
    }
    pub fn display(&self) -> String {
        self.0.display().to_string()
    }
    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        if self.0.as_os_str() == "-" {
            let mut v = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut v)?;
            Ok(v)
        } else {
            std::fs::read(&self.0)
        }
    }
}

pub fn expand(paths: &[PathBuf], _ignore: &[String]) -> (Vec<Input>, Vec<Skipped>) {
    (paths.iter().cloned().map(Input).collect(), Vec::new())
}
