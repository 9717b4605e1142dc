//! Human output (minimal until the full writer lands).

use std::io::{self, Write};

use super::Report;
use crate::i18n::Localizer;

pub struct HumanOptions {
    pub color: bool,
}

pub fn write(
    report: &Report,
    out: &mut dyn Write,
    loc: &Localizer,
    _opts: HumanOptions,
) -> io::Result<()> {
    for f in &report.files {
        for x in &f.findings {
            writeln!(
                out,
                "{}:{}: {} {}",
                f.path,
                x.range.start,
                x.rule,
                loc.message(&x.message)
            )?;
        }
    }
    Ok(())
}
