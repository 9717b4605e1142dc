//! Choosing the language of a monolingual file.
//!
//! In order: `--lang`, the config, the file's name (`story.ru.md`) or folder (`ru/story.md`),
//! then its script among the glossary's languages.

/// How a file's language was chosen; the report says which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LangSource {
    /// `--lang` on the command line.
    Option,
    /// `lang` in `termlint.toml`.
    Config,
    /// The file's name (`story.ru.md`).
    FileName,
    /// A folder on the file's path (`ru/story.md`).
    Folder,
    /// The script of the text among the glossary's languages.
    Script,
    /// The format says it (bilingual files).
    Format,
    /// Nothing told: the file was not checked.
    #[default]
    Unknown,
}

impl LangSource {
    pub fn as_str(self) -> &'static str {
        match self {
            LangSource::Option => "option",
            LangSource::Config => "config",
            LangSource::FileName => "file-name",
            LangSource::Folder => "folder",
            LangSource::Script => "script",
            LangSource::Format => "format",
            LangSource::Unknown => "unknown",
        }
    }
}

/// The language of a file from its name or folder (minimal until the full version lands).
pub fn from_path(_path: &std::path::Path, _known: &[String]) -> Option<(String, LangSource)> {
    None
}

/// The language of a text from its script (minimal until the full version lands).
pub fn from_script(_text: &str, _known: &[String]) -> Option<String> {
    None
}
