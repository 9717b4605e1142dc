//! Input formats: each turns a file into segments of text to check, with the map from every
//! segment offset back to a byte offset of the file as read.
//!
//! A rule never knows which format it is reading: it sees [`Segment`]s.
//!
//! Monolingual formats (plain text, Markdown) are one segment each. Bilingual formats (XLIFF,
//! PO, TMX) are one segment per source and per target text, each with its language and unit
//! id, and [`Unit`]s pair them; [`aligned`] builds one segment per line of aligned plain text.
//! Localization catalogs (Fluent, JSON, YAML, Java `.properties`, Flutter `.arb`, Android
//! resources, Apple `.strings`) are monolingual: one segment per message text, each with its
//! message id as unit, and no units; [`crate::layout`] and [`pairing`] pair a catalog with the
//! reference locale's. Xcode string catalogs hold every language in one file and are
//! bilingual, as XLIFF.

pub mod aligned;
pub mod android;
pub mod apple_strings;
mod builder;
pub mod directives;
pub mod fluent;
pub mod json;
pub mod markdown;
pub mod pairing;
mod placeholders;
pub(crate) mod plain;
pub mod po;
pub mod properties;
pub(crate) mod tmx;
pub mod xcstrings;
pub(crate) mod xliff;
pub(crate) mod xml;
pub mod yaml;

use std::path::Path;

use crate::text::placeholders::Syntax;
use crate::text::OffsetMap;

/// A file read for checking.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// The path as given on the command line (`-` for standard input).
    pub path: String,
    /// The file as read, decoded; findings' byte offsets index this text.
    pub text: String,
    pub segments: Vec<Segment>,
    /// In bilingual files: the translation units, pairing a source segment with its target.
    /// Empty for monolingual files.
    pub units: Vec<Unit>,
    /// The source language the file declares (XLIFF `srcLang`/`source-language`, TMX
    /// `srclang`), if any.
    pub source_lang: Option<String>,
    /// The target language the file declares (XLIFF `trgLang`/`target-language`, PO
    /// `Language` header), if any; in a monolingual catalog, the locale it declares (a YAML
    /// root locale key, an ARB `@@locale`).
    pub target_lang: Option<String>,
    /// Whether the units follow one another as the sentences of a story (aligned text, the
    /// segments of an XLIFF file), so that a name given in one may be referred to otherwise in
    /// the next; not a catalogue of separate messages (PO) or a memory of segments (TMX).
    pub running_text: bool,
    /// The format the file was read in: which placeholders and comments its texts may hold.
    pub format: Format,
}

/// A translation unit of a bilingual file: a source segment and its translation.
///
/// A unit with several targets (TMX, PO plural forms) is several units sharing one source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// The unit's id: XLIFF unit/trans-unit id, PO msgid (with msgctxt as `ctxt\u{4}msgid`),
    /// TMX tuid (or its 1-based position when it has none); `[n]` appended for PO plural forms.
    pub id: String,
    /// Index of the source segment in [`Document::segments`].
    pub source: usize,
    /// Index of the target segment, `None` when the unit has no target at all.
    pub target: Option<usize>,
    pub state: UnitState,
    /// Byte range in the file to point at when the unit as a whole is reported (untranslated):
    /// the target element or msgstr when there is one, else the source.
    pub range: std::ops::Range<usize>,
}

/// Where a unit is in its translation workflow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitState {
    /// Translated (XLIFF `translated`, `final`, `signed-off`, ...; a non-empty PO msgstr).
    Translated,
    /// No translation yet: the target is missing or empty, or its state says so (XLIFF `new`,
    /// `needs-translation`, `initial`).
    Untranslated,
    /// A draft translation that needs review (PO `#, fuzzy`; XLIFF `needs-review-*`,
    /// `needs-adaptation`, `needs-l10n`). Skipped unless asked for.
    Fuzzy,
    /// A PO entry marked obsolete (`#~`). Skipped unless asked for.
    Obsolete,
}

/// A run of text to check, in one language.
#[derive(Clone, Debug, Default)]
pub struct Segment {
    /// The text to match: the file's text with what must not be checked (code, URLs, markup)
    /// masked or removed.
    pub text: String,
    /// From offsets in `text` to byte offsets in the document.
    pub map: OffsetMap,
    /// The segment id in bilingual files.
    pub unit: Option<String>,
    /// The segment's own language, when the format says it (bilingual files).
    pub lang: Option<String>,
    /// Which variant of its message the segment is, in catalogs whose messages have several
    /// texts (Fluent select variants, Android and Xcode plural items); `None` for a message's
    /// value, a plain string and every other format.
    pub variant: Option<Variant>,
}

/// The variant of a message a segment is: its keys, from the outermost select in (one for a
/// plain select or a plural item; a Fluent select nested in a variant adds its own).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Variant {
    pub path: Vec<VariantKey>,
}

/// One level of a [`Variant`]: the key of the variant chosen at one select.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VariantKey {
    /// The key as written: a plural category (`one`, `few`, `other`), a number (Fluent `[1]`,
    /// ICU `=1`), or any other value the select tells apart (`masculine`).
    pub key: String,
    /// Whether it is the select's default variant: Fluent's `*[key]`; the `other` plural
    /// category of Android and Xcode, which every language has.
    pub default: bool,
    /// The placeholder key of the value the select reads, when it is a variable (`$count` for
    /// Fluent's `{ $count -> ...}` and `{ NUMBER($count) -> ...}`); `None` for a plural item
    /// whose count is the message's integer printf argument (Android, Xcode).
    pub selector: Option<String>,
}

impl Variant {
    /// A variant of one level.
    pub fn new(key: impl Into<String>, default: bool, selector: Option<String>) -> Variant {
        Variant {
            path: vec![VariantKey {
                key: key.into(),
                default,
                selector,
            }],
        }
    }

    /// The keys, outermost first, joined by `/` (`one`, `one/masculine`).
    pub fn key_path(&self) -> String {
        let keys: Vec<&str> = self.path.iter().map(|k| k.key.as_str()).collect();
        keys.join("/")
    }
}

/// Why a file could not be read in its format: where (1-based line, and column in Unicode
/// scalar values, as in reports) and what.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct FormatError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl FormatError {
    /// An error at byte `offset` of `text` (clamped to the text and to a character boundary).
    pub fn at(text: &str, offset: usize, message: impl Into<String>) -> FormatError {
        let (line, column) = FormatError::line_col(text, offset);
        FormatError {
            line,
            column,
            message: message.into(),
        }
    }

    /// The line and column of byte `offset` of `text`, counted as reports count them.
    pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        crate::diagnostic::LineIndex::new(text).line_col(text, offset)
    }
}

/// The formats termlint reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Plain,
    Markdown,
    /// XLIFF 1.2 and 2.x (`.xlf`, `.xliff`, `.sdlxliff`).
    Xliff,
    /// gettext PO and POT (`.po`, `.pot`).
    Po,
    /// TMX 1.1 to 1.4 (`.tmx`).
    Tmx,
    /// Fluent (`.ftl`): message, term and attribute texts, monolingual.
    Fluent,
    /// JSON localization catalogs (`.json`): string values, monolingual.
    Json,
    /// Android string resources (`.xml` in a `values` or `values-*` folder), monolingual.
    Android,
    /// Apple `.strings` files: `"key" = "value";`, monolingual.
    AppleStrings,
    /// Xcode string catalogs (`.xcstrings`): every language in one JSON file, bilingual.
    XcStrings,
    /// YAML localization catalogs (`.yml`, `.yaml`): string values, monolingual; a Rails root
    /// locale key gives the language.
    Yaml,
    /// Java resource bundles (`.properties`): values, monolingual.
    Properties,
    /// Flutter application resource bundles (`.arb`): JSON messages, `@` metadata skipped,
    /// `@@locale` gives the language.
    Arb,
}

impl Format {
    /// The format of a file, from its extension (and, for Android's `.xml`, its folder:
    /// `values` or `values-*`); anything unknown is plain text.
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
            Some("xlf" | "xliff" | "sdlxliff") => Format::Xliff,
            Some("po" | "pot") => Format::Po,
            Some("tmx") => Format::Tmx,
            Some("ftl") => Format::Fluent,
            Some("json") => Format::Json,
            Some("strings") => Format::AppleStrings,
            Some("xcstrings") => Format::XcStrings,
            Some("xml") if is_android_values(path) => Format::Android,
            Some("yml" | "yaml") => Format::Yaml,
            Some("properties") => Format::Properties,
            Some("arb") => Format::Arb,
            _ => Format::Plain,
        }
    }

    /// The placeholder syntaxes its texts may hold, for the `placeholder` rule (and so that
    /// `number` does not read `%1$s` as a number). A new format adds its line here:
    ///
    /// | format | families |
    /// |---|---|
    /// | plain, Markdown, aligned text | none: human prose (`50% of` is no conversion) |
    /// | XLIFF | inline elements, printf, ICU braces, escaped markup (`&lt;b&gt;`) |
    /// | PO | printf, Python `%(name)s` and `{name}`, HTML tags |
    /// | TMX | `<ph>`/`<bpt>`/`<ept>`/`<it>`, printf |
    /// | Fluent | placeables only |
    /// | JSON | i18next, ICU, printf, HTML tags |
    /// | Android resources | printf, markup (`<b>`, `<xliff:g>`) |
    /// | Apple `.strings`, Xcode catalogs | printf (with `%@`) |
    /// | YAML | Rails `%{name}`, i18next, ICU, printf, HTML tags |
    /// | Java `.properties` | MessageFormat ([`Syntax::JAVA`]) |
    /// | Flutter `.arb` | ICU |
    pub fn placeholder_syntax(self) -> Syntax {
        match self {
            Format::Plain | Format::Markdown => Syntax::NONE,
            Format::Xliff => Syntax::XLIFF
                .with(Syntax::PRINTF)
                .with(Syntax::ICU)
                .with(Syntax::MARKUP),
            Format::Po => Syntax::PRINTF
                .with(Syntax::PYTHON_PERCENT)
                .with(Syntax::ICU)
                .with(Syntax::MARKUP),
            Format::Tmx => Syntax::TMX.with(Syntax::PRINTF),
            Format::Fluent => Syntax::FLUENT,
            Format::Json => Syntax::I18NEXT
                .with(Syntax::ICU)
                .with(Syntax::PRINTF)
                .with(Syntax::MARKUP),
            Format::Android => Syntax::PRINTF.with(Syntax::MARKUP),
            Format::AppleStrings | Format::XcStrings => Syntax::PRINTF,
            Format::Yaml => Syntax::RAILS
                .with(Syntax::I18NEXT)
                .with(Syntax::ICU)
                .with(Syntax::PRINTF)
                .with(Syntax::MARKUP),
            Format::Properties => Syntax::JAVA,
            Format::Arb => Syntax::ICU,
        }
    }

    /// Whether the format is a software localization catalog (Fluent, JSON, YAML, Android,
    /// Apple, `.properties`, `.arb`), where brand names are kept as written.
    pub fn is_catalog(self) -> bool {
        matches!(
            self,
            Format::Fluent
                | Format::Json
                | Format::Yaml
                | Format::Android
                | Format::AppleStrings
                | Format::XcStrings
                | Format::Properties
                | Format::Arb
        )
    }

    /// Whether the format pairs source and target texts.
    pub fn is_bilingual(self) -> bool {
        matches!(
            self,
            Format::Xliff | Format::Po | Format::Tmx | Format::XcStrings
        )
    }

    /// Splits a decoded file into segments (and, for bilingual formats, units). Plain text
    /// and Markdown always read; the other formats fail on a malformed file.
    pub fn read(self, path: &str, text: String) -> Result<Document, FormatError> {
        self.read_with(path, text, None)
    }

    /// [`Format::read`], with a source language given by the user (`--source-lang`) over what
    /// the file says: a TMX file needs one to pair its `<tuv>`s when it has no `srclang`.
    pub fn read_with(
        self,
        path: &str,
        text: String,
        source_lang: Option<&str>,
    ) -> Result<Document, FormatError> {
        let mut doc = match self {
            Format::Plain => Document::monolingual(plain::segments(&text)),
            Format::Markdown => Document::monolingual(markdown::segments(&text)),
            Format::Xliff => xliff::read(&text)?,
            Format::Po => po::read(&text)?,
            Format::Tmx => tmx::read_with_source(&text, source_lang)?,
            Format::Fluent => fluent::read(&text)?,
            Format::Json => json::read(&text)?,
            Format::Android => android::read(&text)?,
            Format::AppleStrings => apple_strings::read(&text)?,
            Format::XcStrings => xcstrings::read(&text)?,
            Format::Yaml => yaml::read(&text)?,
            Format::Properties => properties::read(&text)?,
            Format::Arb => json::read_arb(&text)?,
        };
        doc.path = path.to_string();
        doc.text = text;
        doc.format = self;
        Ok(doc)
    }
}

/// Whether `path` is in an Android resource folder: `values`, or `values-` and qualifiers
/// (`values-fr`, `values-b+sr+Latn`, `values-night`).
pub fn is_android_values(path: &Path) -> bool {
    path.parent()
        .and_then(Path::file_name)
        .map(|d| d.to_string_lossy())
        .is_some_and(|d| d == "values" || d.starts_with("values-"))
}

impl Document {
    /// The byte range in the file of segment `i` as written, placeholders and markup included:
    /// the segment's own range, widened where the format leaves what surrounds the text out
    /// of it (a leading `<ph/>` of an XLIFF target, a leading `%1$s` or trailing `<b>` of an
    /// Android string, a leading `{{name}}` of a JSON string, a leading `{ $n }` of a Fluent
    /// variant).
    pub fn raw_range(&self, i: usize) -> std::ops::Range<usize> {
        let seg = &self.segments[i];
        let start = seg.map.to_src(0).min(self.text.len());
        let end = seg.map.to_src(seg.text.len()).clamp(start, self.text.len());
        let widened = match self.format {
            Format::Xliff | Format::Tmx => {
                xml_content(&self.text, start, end, &["source", "target", "seg"])
            }
            Format::Android => xml_content(&self.text, start, end, &["string", "item"]),
            Format::Json | Format::Arb | Format::XcStrings | Format::AppleStrings => {
                json_string(&self.text, start, end)
            }
            Format::Fluent => Some(fluent_placeables(&self.text, start, end)),
            _ => None,
        };
        widened.unwrap_or(start..end)
    }

    /// A document of `segments` without units or declared languages; `path` and `text` are
    /// left empty for the caller to fill.
    fn monolingual(segments: Vec<Segment>) -> Document {
        Document {
            segments,
            ..Document::default()
        }
    }
}

/// Replaces `range` of `buf` with bytes that stop any match across it, keeping every line break
/// (so positions stay where they were) and keeping the text valid UTF-8.
pub fn mask(buf: &mut [u8], range: std::ops::Range<usize>) {
    for b in &mut buf[range] {
        if *b != b'\n' && *b != b'\r' {
            *b = MASK;
        }
    }
}

/// The byte masked text is replaced with: an ASCII control character, never part of a word.
pub const MASK: u8 = 0x1A;

/// The content of the element named one of `names` (`<source>`, `<target>`, `<seg>`; an
/// Android `<string>` or `<item>`) around `start..end`.
fn xml_content(
    text: &str,
    start: usize,
    end: usize,
    names: &[&str],
) -> Option<std::ops::Range<usize>> {
    let before = &text[..start];
    let (at, name) = names
        .iter()
        .filter_map(|name| {
            let open = format!("<{name}");
            let mut hay = before;
            while let Some(at) = hay.rfind(&open) {
                let next = before.as_bytes().get(at + open.len());
                if matches!(next, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r')) {
                    return Some((at, *name));
                }
                hay = &hay[..at];
            }
            None
        })
        .max_by_key(|&(at, _)| at)?;
    let content = at + before[at..].find('>')? + 1;
    let close = format!("</{name}>");
    let stop = end + text[end..].find(&close)?;
    (content <= start).then_some(content..stop)
}

/// The JSON string around `start..end`, without its quotes.
fn json_string(text: &str, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
    let b = text.as_bytes();
    let escaped = |k: usize| b[..k].iter().rev().take_while(|&&c| c == b'\\').count() % 2 == 1;
    let open = (0..start).rev().find(|&k| b[k] == b'"' && !escaped(k))?;
    let close = (end..b.len()).find(|&k| b[k] == b'"' && !escaped(k))?;
    Some(open + 1..close)
}

/// `start..end` with the Fluent placeables right before and after it (`{ $n } files`).
fn fluent_placeables(text: &str, mut start: usize, mut end: usize) -> std::ops::Range<usize> {
    let b = text.as_bytes();
    loop {
        let mut k = start;
        while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
            k -= 1;
        }
        if k == 0 || b[k - 1] != b'}' {
            break;
        }
        let mut depth = 0usize;
        let mut open = None;
        for j in (0..k).rev() {
            match b[j] {
                b'}' => depth += 1,
                b'{' => {
                    depth -= 1;
                    if depth == 0 {
                        open = Some(j);
                        break;
                    }
                }
                _ => {}
            }
        }
        match open {
            Some(j) => start = j,
            None => break,
        }
    }
    loop {
        let mut k = end;
        while k < b.len() && matches!(b[k], b' ' | b'\t') {
            k += 1;
        }
        if k >= b.len() || b[k] != b'{' {
            break;
        }
        let mut depth = 0usize;
        let mut close = None;
        for (j, &c) in b.iter().enumerate().skip(k) {
            match c {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(j + 1);
                        break;
                    }
                }
                _ => {}
            }
        }
        match close {
            Some(j) => end = j,
            None => break,
        }
    }
    start..end
}
