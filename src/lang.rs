//! Choosing the language of a monolingual file.
//!
//! In order: `--lang`, the config, the file's name (`story.ru.md`) or folder (`ru/story.md`),
//! then its script among the glossary's languages ([`from_path`], [`from_script`]).

use std::path::{Component, Path};

/// Very common function words of each language, used to tell apart languages of one script.
/// A word counts only for the languages, among those in question, whose list alone holds it.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he",
            "as", "his", "by", "at", "from", "they", "be", "this", "have", "are", "said", "not",
            "but", "which", "were", "their", "has", "been", "will", "would", "who", "an", "or",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "mit", "sich", "des", "auf", "für", "dem",
            "den", "ein", "eine", "einen", "auch", "von", "zu", "im", "sie", "es", "wie", "dass",
            "wird", "wurde", "sagte", "aber", "nach", "bei", "oder", "hat", "über", "noch",
            "werden",
        ],
    ),
    (
        "fr",
        &[
            "de", "le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "qui", "pour",
            "dans", "pas", "au", "aux", "sur", "avec", "il", "elle", "ce", "cette", "ne", "plus",
            "par", "sont", "mais", "ont", "été", "leur", "nous", "vous", "qu", "d", "l",
        ],
    ),
    (
        "es",
        &[
            "de", "el", "la", "los", "las", "y", "que", "del", "un", "una", "es", "por", "con",
            "para", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "este", "esta",
            "ha", "han", "muy", "sobre", "también", "entre", "cuando", "dijo", "sin", "ya",
            "donde",
        ],
    ),
    (
        "tr",
        &[
            "ve",
            "bir",
            "bu",
            "da",
            "de",
            "için",
            "ile",
            "olarak",
            "daha",
            "çok",
            "gibi",
            "ama",
            "olan",
            "kadar",
            "sonra",
            "her",
            "değil",
            "ki",
            "veya",
            "göre",
            "şu",
            "oldu",
            "olduğunu",
            "var",
            "yok",
            "ise",
            "ancak",
            "nasıl",
            "şey",
            "ilk",
            "dedi",
            "söyledi",
        ],
    ),
    (
        "it",
        &[
            "il", "lo", "gli", "della", "di", "che", "è", "per", "non", "sono", "con", "una",
            "nel", "nella", "anche", "come", "più", "ma", "questo", "questa", "dei", "delle",
            "alla", "ha", "ho", "stato", "essere", "dal", "molto", "ancora",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "as", "e", "do", "da", "dos", "das", "em", "um", "uma", "não", "com", "no",
            "na", "nos", "para", "por", "mais", "foi", "ao", "seu", "sua", "também", "mas", "são",
            "muito", "já", "ele", "ela", "isso", "está", "disse",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "niet", "met",
            "voor", "er", "maar", "ook", "aan", "bij", "wordt", "werd", "naar", "dit", "deze",
            "heeft", "hebben", "uit", "nog", "zei",
        ],
    ),
    (
        "ru",
        &[
            "и",
            "в",
            "не",
            "на",
            "что",
            "с",
            "по",
            "как",
            "это",
            "он",
            "к",
            "из",
            "за",
            "от",
            "для",
            "но",
            "о",
            "так",
            "его",
            "который",
            "также",
            "был",
            "была",
            "были",
            "уже",
            "только",
            "же",
            "бы",
            "они",
            "мы",
            "при",
            "или",
            "после",
            "этом",
            "года",
        ],
    ),
    (
        "uk",
        &[
            "і",
            "й",
            "в",
            "у",
            "не",
            "на",
            "що",
            "з",
            "до",
            "як",
            "це",
            "від",
            "для",
            "але",
            "та",
            "про",
            "за",
            "його",
            "який",
            "також",
            "був",
            "була",
            "були",
            "вже",
            "тільки",
            "ж",
            "вони",
            "ми",
            "або",
            "після",
            "року",
        ],
    ),
    (
        "bg",
        &[
            "и",
            "в",
            "не",
            "на",
            "че",
            "с",
            "по",
            "как",
            "това",
            "той",
            "за",
            "от",
            "да",
            "се",
            "са",
            "е",
            "но",
            "който",
            "също",
            "беше",
            "вече",
            "само",
            "те",
            "ние",
            "или",
            "след",
        ],
    ),
    (
        "ar",
        &[
            "في", "من", "على", "إلى", "أن", "التي", "الذي", "عن", "مع", "هذا", "هذه", "كان", "ما",
            "لا", "قد", "وقال", "قال", "بين", "بعد", "أو", "كما", "ذلك", "حيث", "وفي", "إن",
        ],
    ),
    (
        "fa",
        &[
            "در", "از", "به", "که", "این", "با", "را", "است", "برای", "آن", "شد", "یک", "هم",
            "بود", "کرد", "گفت", "تا", "یا", "اما", "نیز",
        ],
    ),
    (
        "ur",
        &[
            "کے", "میں", "کی", "ہے", "اور", "سے", "کو", "نے", "کہ", "یہ", "پر", "کا", "ہیں", "تھا",
            "بھی", "گیا", "کیا",
        ],
    ),
];

/// Letters each language writes beyond the bare letters of its script. A letter counts only for
/// the languages, among those in question, whose list alone holds it: with `en tr de fr es`,
/// `ğ ş ı İ` say Turkish, `ß ä` German, `ñ á í ó ú ¿ ¡` Spanish, `à è ê ô œ ...` French.
const LETTERS: &[(&str, &str)] = &[
    ("en", ""),
    ("de", "äöüß"),
    ("fr", "àâæçéèêëîïôœùûüÿ"),
    ("es", "áéíñóúü¿¡"),
    ("tr", "çğıİöşüâîû"),
    ("it", "àèéìíîòóùú"),
    ("pt", "áâãàçéêíóôõú"),
    ("nl", "éëïĳ"),
    ("pl", "ąćęłńóśźż"),
    ("cs", "áčďéěíňóřšťúůýž"),
    ("ro", "ăâîșțşţ"),
    ("ru", "ёыэъ"),
    ("uk", "іїєґ"),
    ("be", "ўіыэё"),
    ("bg", "ъ"),
    ("sr", "ђјљњћџ"),
    ("mk", "ѓќѕјљњџ"),
    ("kk", "әғқңөұүһі"),
    ("ar", "ةى"),
    ("fa", "پچژگیک"),
    ("ur", "ٹڈڑےںھپچژگیک"),
];

/// The script each language is written in, unless its tag names one (`sr-Latn`).
const SCRIPTS: &[(Script, &[&str])] = &[
    (
        Script::Latin,
        &[
            "en", "de", "fr", "es", "tr", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "bs",
            "ro", "hu", "sv", "da", "no", "nb", "nn", "fi", "et", "lv", "lt", "sq", "az", "uz",
            "id", "ms", "vi", "tl", "sw", "ca", "eu", "gl", "ga", "cy", "is", "mt", "ku", "so",
            "ha",
        ],
    ),
    (
        Script::Cyrillic,
        &[
            "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn", "tt",
        ],
    ),
    (Script::Greek, &["el"]),
    (Script::Armenian, &["hy"]),
    (Script::Hebrew, &["he", "iw", "yi"]),
    (Script::Arabic, &["ar", "fa", "ur", "ps", "ckb", "sd", "ug"]),
    (Script::Devanagari, &["hi", "mr", "ne", "sa"]),
    (Script::Bengali, &["bn", "as"]),
    (Script::Thai, &["th"]),
    (Script::Georgian, &["ka"]),
    (Script::Hangul, &["ko"]),
    (Script::Han, &["zh", "ja"]),
];

/// Fewer letters than this in the dominant script, and the script says nothing.
const MIN_LETTERS: usize = 12;

/// How much of a file is looked at to tell its language.
const SAMPLE_BYTES: usize = 64 * 1024;

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

/// The language of a file from its path: a tag among `known` (the glossary's languages) in the
/// file name (`story.ru.md`, `story_ru.txt`, `ru.po`), else a folder on its path equal to one
/// (`ru/story.md`, `pt-BR/`, and `es_ES/` for `es` when `es-ES` itself is not known).
///
/// Tags compare without regard to case, `_` and `-` alike; the tag returned is spelled as in
/// `known`. Folders nearer the file win.
///
/// Platform resource folders say their language their own way: Android's `values-fr`,
/// `values-pt-rBR` (`pt-BR`), `values-b+sr+Latn` (`sr-Latn`), Apple's `fr.lproj`,
/// `zh-Hans.lproj`. Android's `values` (or `values-night`, with no language) and Apple's
/// `Base.lproj` hold the reference texts: the path says no language, and no folder further up
/// is looked at.
pub fn from_path(path: &Path, known: &[String]) -> Option<(String, LangSource)> {
    if let Some(name) = path.file_name() {
        let name = name.to_string_lossy();
        let mut parts: Vec<&str> = name.split('.').collect();
        if parts.len() > 1 {
            parts.pop(); // the extension
        }
        // From the last part before the extension backwards: `story.ru.md`, `ru.po`.
        for part in parts.iter().rev() {
            for candidate in name_candidates(part) {
                if let Some(tag) = match_tag(candidate, known) {
                    return Some((tag, LangSource::FileName));
                }
            }
        }
    }
    let parent = path.parent()?;
    for component in parent.components().rev() {
        if let Component::Normal(dir) = component {
            let dir = dir.to_string_lossy();
            if let Some(tag) = platform_folder(&dir) {
                let tag = tag.and_then(|t| match_tag(&t, known))?;
                return Some((tag, LangSource::Folder));
            }
            if let Some(tag) = match_tag(&dir, known) {
                return Some((tag, LangSource::Folder));
            }
        }
    }
    None
}

/// The language of `text` among `known`, from its script and, when several known languages
/// share that script, from its function words and the letters only one of them uses.
///
/// `None` when the text is too short to tell, when no known language is written in its script,
/// or when the counts do not single one language out.
pub fn from_script(text: &str, known: &[String]) -> Option<String> {
    let sample = sample(text);
    let mut counts = [0usize; SCRIPT_COUNT];
    for c in sample.chars() {
        if let Some(s) = script_of(c) {
            counts[s as usize] += 1;
        }
    }
    let (dominant, &letters) = counts.iter().enumerate().max_by_key(|&(_, n)| *n)?;
    if letters < MIN_LETTERS {
        return None;
    }
    let candidates: Vec<&String> = known
        .iter()
        .filter(|tag| tag_script(tag).is_some_and(|s| s as usize == dominant))
        .collect();
    match candidates.as_slice() {
        [] => None,
        [one] => Some((*one).clone()),
        _ => by_words_and_letters(sample, &candidates),
    }
}

/// The language a platform's resource folder names: `Some(Some(tag))` for Android's
/// `values-fr`, `values-pt-rBR` (`pt-BR`), `values-b+sr+Latn` (`sr-Latn`) and Apple's
/// `fr.lproj`; `Some(None)` for a resource folder without a language (`values`,
/// `values-night`, `Base.lproj`); `None` for any other folder.
fn platform_folder(dir: &str) -> Option<Option<String>> {
    if let Some(lproj) = dir.strip_suffix(".lproj") {
        return Some((!lproj.eq_ignore_ascii_case("base")).then(|| lproj.to_string()));
    }
    if dir == "values" {
        return Some(None);
    }
    let qualifiers = dir.strip_prefix("values-")?;
    // Mobile country and network codes come before the language.
    let mut parts = qualifiers
        .split('-')
        .skip_while(|q| q.starts_with("mcc") || q.starts_with("mnc"));
    let Some(first) = parts.next() else {
        return Some(None);
    };
    if let Some(bcp47) = first.strip_prefix("b+") {
        return Some(Some(bcp47.replace('+', "-")));
    }
    let is_language = (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && first != "car";
    if !is_language {
        return Some(None);
    }
    let region = parts.next().and_then(|p| p.strip_prefix('r')).filter(|r| {
        (r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()))
            || (r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit()))
    });
    Some(Some(match region {
        Some(r) => format!("{first}-{r}"),
        None => first.to_string(),
    }))
}

/// The file-name parts that may be a tag: the part itself, and what follows its last one or two
/// `_`/`-` separators (`story_ru`, `story_pt_BR`).
fn name_candidates(part: &str) -> Vec<&str> {
    let mut out = vec![part];
    let seps: Vec<usize> = part.match_indices(['_', '-']).map(|(i, _)| i).collect();
    for &i in seps.iter().rev().take(2).collect::<Vec<_>>().iter().rev() {
        out.push(&part[i + 1..]);
    }
    out
}

/// The tag of `known` that `s` names: itself, or its primary language subtag when the full tag
/// (`es_ES`) is not known but its language (`es`) is.
fn match_tag(s: &str, known: &[String]) -> Option<String> {
    let norm = |t: &str| t.replace('_', "-").to_ascii_lowercase();
    let s = norm(s);
    if s.is_empty() {
        return None;
    }
    if let Some(tag) = known.iter().find(|k| norm(k) == s) {
        return Some(tag.clone());
    }
    let (primary, _) = s.split_once('-')?;
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    if !primary_ok {
        return None;
    }
    known.iter().find(|k| norm(k) == primary).cloned()
}

/// The start of `text`, cut on a character boundary.
fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Writing systems, as far as telling languages apart needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Thai,
    Georgian,
    Hangul,
    /// Han ideographs and Japanese kana.
    Han,
}

const SCRIPT_COUNT: usize = Script::Han as usize + 1;

fn script_of(c: char) -> Option<Script> {
    if !c.is_alphabetic() {
        return None;
    }
    let s = match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x530..=0x58F => Script::Armenian,
        0x590..=0x5FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x900..=0x97F => Script::Devanagari,
        0x980..=0x9FF => Script::Bengali,
        0xE00..=0xE7F => Script::Thai,
        0x10A0..=0x10FF => Script::Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
        _ => return None,
    };
    Some(s)
}

/// The script of a tag: its script subtag if it has one (`sr-Latn`), else its language's.
fn tag_script(tag: &str) -> Option<Script> {
    let mut subtags = tag.split(['-', '_']);
    let primary = subtags.next()?.to_ascii_lowercase();
    for sub in subtags {
        let s = match sub.to_ascii_lowercase().as_str() {
            "latn" => Script::Latin,
            "cyrl" => Script::Cyrillic,
            "arab" => Script::Arabic,
            "grek" => Script::Greek,
            "hebr" => Script::Hebrew,
            "deva" => Script::Devanagari,
            "hans" | "hant" | "jpan" => Script::Han,
            _ => continue,
        };
        return Some(s);
    }
    SCRIPTS
        .iter()
        .find(|(_, langs)| langs.contains(&primary.as_str()))
        .map(|&(s, _)| s)
}

/// The primary language subtag, as written: `pt` for `pt-BR` or `pt_BR`.
pub fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// The languages the code knows something of beyond their tag: case rules, inflection tables
/// (`matcher::inflect`), function words for telling languages apart. Each is told once from a
/// BCP 47 tag, by its primary subtag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Known {
    En,
    Ru,
    Tr,
    Ar,
    De,
    Fr,
    Es,
    Az,
}

impl Known {
    /// The language of a BCP 47 tag (`tr`, `tr-TR`, `de_AT`), if the code knows it.
    pub fn of(tag: &str) -> Option<Known> {
        let p = primary(tag);
        const TAGS: [(&str, Known); 8] = [
            ("en", Known::En),
            ("ru", Known::Ru),
            ("tr", Known::Tr),
            ("ar", Known::Ar),
            ("de", Known::De),
            ("fr", Known::Fr),
            ("es", Known::Es),
            ("az", Known::Az),
        ];
        TAGS.iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(p))
            .map(|&(_, k)| k)
    }

    /// Whether the dotted and dotless i are two letters (`I` ↔ `ı`, `İ` ↔ `i`).
    pub fn is_turkic(self) -> bool {
        matches!(self, Known::Tr | Known::Az)
    }
}

/// Whether `tag` is a language that writes every noun with a capital (German, Luxembourgish):
/// a capital there does not make a name.
pub fn capitalises_nouns(tag: &str) -> bool {
    let p = primary(tag);
    p.eq_ignore_ascii_case("de") || p.eq_ignore_ascii_case("lb")
}

/// Whether `tag` is Turkish or Azerbaijani, whose dotted and dotless i are two letters.
pub fn is_turkic(tag: &str) -> bool {
    Known::of(tag).is_some_and(Known::is_turkic)
}

/// Lower case, by the rules of `lang` (Turkish and Azerbaijani: `I` → `ı`, `İ` → `i`).
pub fn lower(lang: &str, s: &str) -> String {
    if !is_turkic(lang) {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'I' => out.push('ı'),
            'İ' => out.push('i'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Upper case, by the rules of `lang` (Turkish and Azerbaijani: `i` → `İ`, `ı` → `I`).
pub fn upper(lang: &str, s: &str) -> String {
    if !is_turkic(lang) {
        return s.to_uppercase();
    }
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            'i' => out.push('İ'),
            'ı' => out.push('I'),
            _ => out.extend(c.to_uppercase()),
        }
    }
    out
}

/// Upper-cases the first letter of `s`, by the rules of `lang`.
pub fn capitalize(lang: &str, s: &str) -> String {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let mut out = upper(lang, first.encode_utf8(&mut [0; 4]));
    out.push_str(chars.as_str());
    out
}

/// Among `candidates` (several known languages of one script), the one whose exclusive function
/// words and letters occur most often in `text`, if it clearly leads.
fn by_words_and_letters(text: &str, candidates: &[&String]) -> Option<String> {
    let langs: Vec<String> = candidates
        .iter()
        .map(|t| primary(t).to_ascii_lowercase())
        .collect();
    let words_of = |lang: &str| -> &'static [&'static str] {
        FUNCTION_WORDS
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(&[], |&(_, w)| w)
    };
    let letters_of = |lang: &str| -> &'static str {
        LETTERS
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("", |&(_, l)| l)
    };
    let owner_of_word =
        |w: &str| -> Option<usize> { exclusive(langs.iter().map(|l| words_of(l).contains(&w))) };
    let owner_of_letter = |c: char| -> Option<usize> {
        exclusive(
            langs
                .iter()
                .map(|l| letters_of(l).contains(c) || (l == "ja" && is_kana(c))),
        )
    };
    let mut scores = vec![0usize; langs.len()];
    for c in text.chars() {
        // `İ` keeps its case: lower-casing it gives `i` and a combining dot.
        let c = if c == 'İ' {
            c
        } else {
            c.to_lowercase().next().unwrap_or(c)
        };
        if let Some(i) = owner_of_letter(c) {
            scores[i] += 1;
        }
    }
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        if let Some(i) = owner_of_word(&lower) {
            scores[i] += 1;
        }
    }
    let mut ranked: Vec<(usize, usize)> = scores.iter().copied().enumerate().collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
    let (best, best_score) = ranked[0];
    let second = ranked.get(1).map_or(0, |r| r.1);
    // Two tags of one language (`pt-BR`, `pt-PT`) always tie: nothing tells them apart here.
    (best_score >= 2 && best_score > second).then(|| candidates[best].clone())
}

/// The index of the only `true`, if exactly one is.
fn exclusive(flags: impl Iterator<Item = bool>) -> Option<usize> {
    let mut found = None;
    for (i, f) in flags.enumerate() {
        if f {
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
    }
    found
}

fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF)
}

/// Whether `tag` is a BCP 47 language tag termlint accepts: well-formed for `unic-langid`
/// (`-` or `_` between subtags, any case) with a two- or three-letter language, so that a
/// language *name* such as `english` is refused.
pub fn is_language_tag(tag: &str) -> bool {
    match tag.parse::<unic_langid::LanguageIdentifier>() {
        Ok(id) => {
            let lang = id.language.as_str();
            (2..=3).contains(&lang.len()) && tag.len() >= 2 && tag.is_ascii()
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(t: &[&str]) -> Vec<String> {
        t.iter().map(|s| s.to_string()).collect()
    }

    const NEWS: &[&str] = &["en", "ru", "tr", "ar", "de", "fr", "es"];

    // Lines from NTREX-128 (newstest2019), CC BY-SA 4.0.
    const EN: &str = "As forecast, Hurricane Rosa is weakening as it moves over the cooler waters \
                      of the northern coast of Mexico.";
    const DE: &str = "Wie prognostiziert schwächt sich Hurrikan Rosa auf dem Weg über das kältere \
                      Wasser an der Nordküste von Mexiko ab.";
    const FR: &str = "Conformément aux prévisions, l’ouragan Rosa s’affaiblit à mesure qu’il se \
                      déplace au-dessus des eaux plus froides de la côte nord-est du Mexique.";
    const ES: &str = "Tal como estaba previsto, el huracán Rosa se está debilitando a medida que \
                      se desplaza sobre las aguas más frías de la costa norte de México.";
    const TR: &str = "Hava tahminine göre, Rosa kasırgası, Meksika'nın kuzey kıyısındaki daha \
                      soğuk sular üzerinde hareket ettikçe zayıflıyor.";
    const RU: &str = "Согласно прогнозу, ураган Роза теряет силу, двигаясь через зону с более \
                      прохладной водой к северному побережью Мексики.";
    const AR: &str = "يقل إعصار روزا كما هو متوقع أثناء تحركه فوق المياه الباردة للساحل الشمالي \
                      للمكسيك.";

    #[test]
    fn script_and_function_words_pick_the_language() {
        let known = tags(NEWS);
        for (text, lang) in [
            (EN, "en"),
            (DE, "de"),
            (FR, "fr"),
            (ES, "es"),
            (TR, "tr"),
            (RU, "ru"),
            (AR, "ar"),
        ] {
            assert_eq!(from_script(text, &known).as_deref(), Some(lang), "{text}");
        }
    }

    #[test]
    fn a_script_with_one_known_language_needs_no_words() {
        let known = tags(&["en", "ru"]);
        assert_eq!(
            from_script("Трамп Эрдоган Идлиб Асад", &known).as_deref(),
            Some("ru")
        );
        // Known languages not written in the text's script do not count.
        assert_eq!(from_script(AR, &tags(&["en", "ru"])), None);
    }

    #[test]
    fn too_little_text_says_nothing() {
        assert_eq!(from_script("Idlib", &tags(NEWS)), None);
        assert_eq!(from_script("", &tags(NEWS)), None);
        assert_eq!(from_script("12345 !!! 😀😀😀", &tags(NEWS)), None);
    }

    #[test]
    fn two_tags_of_one_language_tie() {
        let known = tags(&["pt-BR", "pt-PT"]);
        let pt =
            "O presidente disse que não vai mudar a sua posição sobre o acordo com os Estados.";
        assert_eq!(from_script(pt, &known), None);
        assert_eq!(
            from_script(pt, &tags(&["pt-BR", "es"])).as_deref(),
            Some("pt-BR")
        );
    }

    #[test]
    fn script_subtag_decides_the_script() {
        let known = tags(&["en", "sr-Cyrl"]);
        assert_eq!(from_script(RU, &known).as_deref(), Some("sr-Cyrl"));
    }

    #[test]
    fn file_name_tags() {
        let known = tags(&["en", "ru", "pt-BR", "es"]);
        let p = |s: &str| from_path(Path::new(s), &known);
        let name = |t: &str| Some((t.to_string(), LangSource::FileName));
        assert_eq!(p("drafts/story.ru.md"), name("ru"));
        assert_eq!(p("story_ru.txt"), name("ru"));
        assert_eq!(p("ru.po"), name("ru"));
        assert_eq!(p("story.RU.md"), name("ru"));
        assert_eq!(p("story_pt_BR.md"), name("pt-BR"));
        assert_eq!(p("story.pt-br.md"), name("pt-BR"));
        assert_eq!(p("es_ES.po"), name("es"));
        assert_eq!(p("story.md"), None);
        // Java resource bundles: `_fr`, `_pt_BR` before `.properties`; the base bundle has none.
        assert_eq!(p("i18n/messages_ru.properties"), name("ru"));
        assert_eq!(p("messages_pt_BR.properties"), name("pt-BR"));
        assert_eq!(p("messages_es_ES.properties"), name("es"));
        assert_eq!(p("messages.properties"), None);
        // Rails and Flutter names: `ru.yml`, `app_ru.arb`.
        assert_eq!(p("config/locales/ru.yml"), name("ru"));
        assert_eq!(p("lib/l10n/app_pt_BR.arb"), name("pt-BR"));
        // `tr` is not known: the name says nothing.
        assert_eq!(p("story.tr.md"), None);
    }

    #[test]
    fn folder_tags_nearest_first() {
        let known = tags(&["en", "ru", "pt-BR", "es"]);
        let p = |s: &str| from_path(Path::new(s), &known);
        let folder = |t: &str| Some((t.to_string(), LangSource::Folder));
        assert_eq!(p("ru/story.md"), folder("ru"));
        assert_eq!(p("docs/pt-BR/a/story.md"), folder("pt-BR"));
        assert_eq!(p("es_ES/story.md"), folder("es"));
        assert_eq!(p("en/ru/story.md"), folder("ru"));
        assert_eq!(p("/srv/news/story.md"), None);
        // The file name wins over the folder.
        assert_eq!(
            p("ru/story.en.md"),
            Some(("en".to_string(), LangSource::FileName))
        );
    }

    #[test]
    fn android_and_apple_resource_folders() {
        let known = tags(&["en", "fr", "ru", "pt-BR", "sr-Latn", "zh-Hans", "es"]);
        let p = |s: &str| from_path(Path::new(s), &known);
        let folder = |t: &str| Some((t.to_string(), LangSource::Folder));
        assert_eq!(p("app/src/main/res/values-fr/strings.xml"), folder("fr"));
        assert_eq!(p("res/values-pt-rBR/strings.xml"), folder("pt-BR"));
        assert_eq!(p("res/values-b+sr+Latn/strings.xml"), folder("sr-Latn"));
        assert_eq!(p("res/values-mcc310-ru-night/strings.xml"), folder("ru"));
        assert_eq!(p("res/values-es-rUS/strings.xml"), folder("es"));
        assert_eq!(p("res/values-es-r419/strings.xml"), folder("es"));
        // The reference, and folders without a language, say nothing, whatever is above.
        assert_eq!(p("ru/res/values/strings.xml"), None);
        assert_eq!(p("ru/res/values-night/strings.xml"), None);
        assert_eq!(p("ru/res/values-car/strings.xml"), None);
        assert_eq!(p("ru/res/values-sw600dp/strings.xml"), None);
        // A language the glossary does not know says nothing either.
        assert_eq!(p("ru/res/values-tr/strings.xml"), None);
        assert_eq!(p("App/fr.lproj/Localizable.strings"), folder("fr"));
        assert_eq!(p("App/pt-BR.lproj/Localizable.strings"), folder("pt-BR"));
        assert_eq!(
            p("App/zh-Hans.lproj/Localizable.strings"),
            folder("zh-Hans")
        );
        assert_eq!(p("App/en.lproj/Localizable.strings"), folder("en"));
        assert_eq!(p("ru/App/Base.lproj/Main.strings"), None);
        // A file name naming its language still wins.
        assert_eq!(
            p("res/values/strings.ru.xml"),
            Some(("ru".to_string(), LangSource::FileName))
        );
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_file_names_do_not_panic() {
        use std::os::unix::ffi::OsStrExt;
        let known = tags(&["ru"]);
        let path = Path::new(std::ffi::OsStr::from_bytes(b"ru/st\xFFory.md"));
        assert_eq!(
            from_path(path, &known),
            Some(("ru".to_string(), LangSource::Folder))
        );
    }
}

/// Whether terms written in `a` serve text in `b`: the same tag (case and `_`/`-` aside), or
/// one is the other's bare language (`en` and `en-US`; not `en-US` and `en-GB`).
pub fn compatible(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.replace('_', "-").to_ascii_lowercase();
    let (a, b) = (norm(a), norm(b));
    a == b || primary(&a) == b || a == primary(&b)
}

#[cfg(test)]
mod compatible_tests {
    use super::compatible;

    #[test]
    fn regions_serve_their_bare_language_and_back() {
        assert!(compatible("en", "en"));
        assert!(compatible("en-US", "en"));
        assert!(compatible("en", "en-US"));
        assert!(compatible("es_ES", "es-es"));
        assert!(!compatible("en-US", "en-GB"));
        assert!(!compatible("en", "ru"));
    }
}
