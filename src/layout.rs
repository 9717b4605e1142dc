//! Where a localization catalog sits in its repository: which locale a file is for, and which
//! files are the same catalog in other locales.
//!
//! A catalog's **key** is its path with the locale taken out (`locales/{locale}/main.ftl`);
//! the files of one key are one catalog in several locales, to be paired message by message
//! with the reference locale's file. Recognised without configuration, the layouts the field
//! uses, tried in this order:
//!
//! - Android resources: `res/values-fr/strings.xml`, `values-pt-rBR/`, `values-b+sr+Latn/`;
//!   the unqualified `values/` holds the reference. Qualifiers that are not a language
//!   (`values-night`, `values-v21`) take the file out of any catalog.
//! - iOS: `fr.lproj/Localizable.strings`; `Base.lproj` holds the reference.
//! - A locale as the file name, or at its end after `_` or `.`: `locales/fr.json`,
//!   `config/locales/fr.yml`, `lib/l10n/app_fr.arb`, `messages.fr.yaml`,
//!   `Messages_pt_BR.properties`. A Java `.properties` file without one
//!   (`Messages.properties`) is the default bundle: the reference.
//! - A locale as a folder: `<root>/<locale>/<path>` (`www-l10n/de/mozorg/mission.ftl`,
//!   `public/locales/fr/translation.json`); the folder nearest the file wins.
//!
//! Locales are BCP 47 tags whose language is an ISO 639-1 code or one of the three-letter
//! codes localization projects use (`ast`, `fur`, `hsb`, ...), so that `src/` or `lib/` is not
//! taken for one; `_` and `-` alike, and Mozilla's `ja-JP-mac`.
//!
//! A project can name its own layouts in `termlint.toml` (`[l10n] patterns`, with `{locale}`
//! standing for the locale in a gitignore-style glob): those are tried first.

use std::path::{Component, Path};

/// Extensions of the localization catalogs that are paired by message id.
pub const CATALOG_EXTENSIONS: &[&str] = &[
    "ftl",
    "json",
    "yml",
    "yaml",
    "arb",
    "properties",
    "strings",
    "xml",
];

/// A catalog file's place in its repository.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The path with the locale taken out: equal for the files of one catalog.
    pub key: String,
    /// The locale the path names (`pt-BR`, with `-`); `None` for the reference place of the
    /// layout (Android `values/`, iOS `Base.lproj`, a `.properties` default bundle).
    pub locale: Option<String>,
}

/// The place of `path` in a catalog layout, if it is a catalog file in one: the `patterns`
/// first (globs with `{locale}`, matched against `path` relative to `root`), then the layouts
/// recognised without configuration.
pub fn place(path: &Path, patterns: &[String], root: &Path) -> Option<Placement> {
    if !is_catalog(path) {
        return None;
    }
    let text = slashed(path);
    if !patterns.is_empty() {
        let rel = path.strip_prefix(root).unwrap_or(path);
        let rel = slashed(rel.strip_prefix(".").unwrap_or(rel));
        if let Some(p) = by_pattern(&rel, patterns) {
            // The part of the path before the project's keeps two checkouts' catalogs apart.
            let prefix = text.strip_suffix(rel.as_str()).unwrap_or_default();
            return Some(Placement {
                key: format!("{prefix}{}", p.key),
                locale: p.locale,
            });
        }
    }
    android(path)
        .or_else(|| lproj(path))
        .or_else(|| by_file_name(path, &text))
        .or_else(|| by_folder(path))
}

/// Whether `path` has a catalog extension.
pub fn is_catalog(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| CATALOG_EXTENSIONS.contains(&e.as_str()))
}

/// The path with `/` between components, as keys compare.
fn slashed(path: &Path) -> String {
    let mut out = String::new();
    for c in path.components() {
        let part = match c {
            Component::RootDir => {
                out.push('/');
                continue;
            }
            Component::CurDir => continue,
            c => c.as_os_str().to_string_lossy(),
        };
        if !out.is_empty() && !out.ends_with('/') {
            out.push('/');
        }
        out.push_str(&part);
    }
    out
}

/// The folder names of `path` (without the file name), with their byte ranges in the slashed
/// path.
fn folders(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '/' {
            if i > start {
                out.push((start, &text[start..i]));
            }
            start = i + 1;
        }
    }
    out
}

/// `text` with `range` replaced by `with`.
fn replaced(text: &str, range: std::ops::Range<usize>, with: &str) -> String {
    format!("{}{with}{}", &text[..range.start], &text[range.end..])
}

/// Android: `values` or `values-<qualifiers>`, the language being the first qualifier that is
/// one (`values-fr`, `values-pt-rBR`, `values-b+sr+Latn`, `values-fr-land`).
fn android(path: &Path) -> Option<Placement> {
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    if ext != "xml" {
        return None;
    }
    let text = slashed(path);
    let (start, folder) = *folders(&text).last()?;
    if folder == "values" {
        return Some(Placement {
            key: replaced(&text, start..start + folder.len(), "values-{locale}"),
            locale: None,
        });
    }
    let qualifiers = folder.strip_prefix("values-")?;
    let locale = android_locale(qualifiers)?;
    Some(Placement {
        key: replaced(&text, start..start + folder.len(), "values-{locale}"),
        locale: Some(locale),
    })
}

/// The locale of Android resource qualifiers: `fr`, `pt-rBR`, `b+sr+Latn`, `fr-rCA-land`.
pub fn android_locale(qualifiers: &str) -> Option<String> {
    if let Some(bcp) = qualifiers.strip_prefix("b+") {
        let tag = bcp.split('-').next().unwrap_or(bcp).replace('+', "-");
        return locale(&tag);
    }
    let mut parts = qualifiers.split('-');
    let lang = parts.next()?;
    if lang.len() != 2 && lang.len() != 3 {
        return None;
    }
    let lang = locale(lang)?;
    match parts.next().and_then(|r| r.strip_prefix('r')) {
        Some(region) if region.len() == 2 && region.bytes().all(|b| b.is_ascii_uppercase()) => {
            Some(format!("{lang}-{region}"))
        }
        _ => Some(lang),
    }
}

/// iOS: `<locale>.lproj`; `Base.lproj` is the reference.
fn lproj(path: &Path) -> Option<Placement> {
    let text = slashed(path);
    for &(start, folder) in folders(&text).iter().rev() {
        let Some(name) = folder.strip_suffix(".lproj") else {
            continue;
        };
        let locale = if name == "Base" {
            None
        } else {
            Some(locale(name)?)
        };
        return Some(Placement {
            key: replaced(&text, start..start + name.len(), "{locale}"),
            locale,
        });
    }
    None
}

/// A locale as the file's stem, or at its end after `_` or `.`; a `.properties` file without
/// one is the reference.
fn by_file_name(path: &Path, text: &str) -> Option<Placement> {
    let name = path.file_name()?.to_string_lossy();
    let (stem, ext) = name.rsplit_once('.')?;
    let name_start = text.len() - name.len();
    // Candidates: the whole stem, what follows its last `.`, then what follows each of its
    // last two `_` (`app_pt_BR`: `pt_BR` before `BR`).
    let mut candidates: Vec<usize> = vec![0];
    if let Some(dot) = stem.rfind('.') {
        candidates.push(dot + 1);
    }
    let underscores: Vec<usize> = stem.match_indices('_').map(|(i, _)| i + 1).collect();
    candidates.extend(underscores.iter().rev().take(2).rev());
    for at in candidates {
        if let Some(l) = locale(&stem[at..]) {
            let range = name_start + at..name_start + stem.len();
            return Some(Placement {
                key: replaced(text, range, "{locale}"),
                locale: Some(l),
            });
        }
    }
    if ext.eq_ignore_ascii_case("properties") {
        let end = name_start + stem.len();
        return Some(Placement {
            key: replaced(text, end..end, "_{locale}"),
            locale: None,
        });
    }
    None
}

/// A locale as a folder: the one nearest the file.
fn by_folder(path: &Path) -> Option<Placement> {
    let text = slashed(path);
    for &(start, folder) in folders(&text).iter().rev() {
        if let Some(l) = locale(folder) {
            return Some(Placement {
                key: replaced(&text, start..start + folder.len(), "{locale}"),
                locale: Some(l),
            });
        }
    }
    None
}

/// The placement `patterns` give `rel` (slashed, relative to the project root): the first
/// pattern that matches with `{locale}` standing for a locale of the path.
fn by_pattern(rel: &str, patterns: &[String]) -> Option<Placement> {
    const TOKEN: &str = "__termlint_locale__";
    for pattern in patterns {
        if !pattern.contains("{locale}") {
            continue;
        }
        let glob = pattern.replace("{locale}", TOKEN);
        for (range, l) in locale_spans(rel) {
            let candidate = replaced(rel, range.clone(), TOKEN);
            if glob_matches(&glob, Path::new(&candidate)) {
                return Some(Placement {
                    key: replaced(rel, range, "{locale}"),
                    locale: Some(l),
                });
            }
        }
        // The reference may sit where the pattern has its locale with no locale at all
        // (`Messages{locale}.properties` for `Messages.properties`): not guessed here.
    }
    None
}

/// Each run of `rel` between separators (`/`, `.`, `_`) that is a locale, as a byte range with
/// the locale; runs of several parts (`pt_BR`, `es-ES`) too.
fn locale_spans(rel: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let bounds: Vec<usize> = std::iter::once(0)
        .chain(
            rel.char_indices()
                .filter(|&(_, c)| matches!(c, '/' | '.' | '_' | '-'))
                .map(|(i, _)| i + 1),
        )
        .collect();
    let ends: Vec<usize> = rel
        .char_indices()
        .filter(|&(_, c)| matches!(c, '/' | '.' | '_' | '-'))
        .map(|(i, _)| i)
        .chain(std::iter::once(rel.len()))
        .collect();
    let mut out = Vec::new();
    for &start in &bounds {
        for &end in ends.iter().filter(|&&e| e > start) {
            let s = &rel[start..end];
            if s.contains(['/', '.']) {
                break;
            }
            if let Some(l) = locale(s) {
                out.push((start..end, l));
            }
        }
    }
    out
}

/// Whether `path` (relative) or one of its parent folders matches `glob`, a gitignore-style
/// pattern; a pattern that is no glob matches nothing. The layout's patterns and the
/// configuration's `[lang]` globs both match so.
pub(crate) fn glob_matches(glob: &str, path: &Path) -> bool {
    let mut builder = ignore::gitignore::GitignoreBuilder::new("");
    if builder.add_line(None, glob).is_err() {
        return false;
    }
    match builder.build() {
        Ok(gi) => gi.matched_path_or_any_parents(path, false).is_ignore(),
        Err(_) => false,
    }
}

/// The locale `s` names, spelled with `-` (`pt_BR` → `pt-BR`), if it is one: a BCP 47 tag
/// whose language is an ISO 639-1 code or a three-letter code localization projects use.
pub fn locale(s: &str) -> Option<String> {
    let tag = s.replace('_', "-");
    // Mozilla's Japanese for macOS.
    let tag = tag.strip_suffix("-mac").unwrap_or(&tag);
    let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    let lang = id.language.as_str();
    let first = tag.split('-').next()?;
    // The language as written must be lower case (`DE` is not a folder of German), and known.
    if first != lang || !(ISO_639_1.split(' ').any(|c| c == lang) || THREE.contains(&lang)) {
        return None;
    }
    Some(s.replace('_', "-"))
}

/// Whether locales `a` and `b` name the same locale (`pt_BR` and `pt-br`).
pub fn same_locale(a: &str, b: &str) -> bool {
    a.replace('_', "-")
        .eq_ignore_ascii_case(&b.replace('_', "-"))
}

/// ISO 639-1 language codes.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca \
ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv \
ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks \
ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr \
nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss \
st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh \
zu";

/// Three-letter language codes of languages without a two-letter one that Mozilla, Android,
/// Weblate and Crowdin projects ship.
const THREE: &[&str] = &[
    "ace", "ach", "ast", "bar", "brx", "ceb", "chr", "ckb", "cak", "crh", "dsb", "fil", "frp",
    "fur", "gom", "gor", "haw", "hil", "hsb", "ilo", "kab", "kmr", "lij", "ltg", "mai", "mix",
    "nah", "nso", "pap", "sat", "scn", "sco", "szl", "tok", "trs", "yue", "zgh", "zza",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn at(path: &str) -> Option<(String, Option<String>)> {
        place(Path::new(path), &[], Path::new(".")).map(|p| (p.key, p.locale))
    }

    fn key(path: &str) -> String {
        at(path).expect(path).0
    }

    #[test]
    fn locale_folders_group_one_catalog() {
        assert_eq!(
            at("www-l10n/de/mozorg/mission.ftl"),
            Some((
                "www-l10n/{locale}/mozorg/mission.ftl".into(),
                Some("de".into())
            ))
        );
        assert_eq!(
            key("www-l10n/es-ES/mozorg/mission.ftl"),
            key("www-l10n/en/mozorg/mission.ftl")
        );
        assert_eq!(
            key("public/locales/pt_BR/translation.json"),
            key("public/locales/fr/translation.json")
        );
        // The folder nearest the file.
        assert_eq!(
            at("de/app/fr/main.ftl").unwrap(),
            ("de/app/{locale}/main.ftl".into(), Some("fr".into()))
        );
    }

    #[test]
    fn file_names_name_locales() {
        assert_eq!(
            at("config/locales/fr.yml"),
            Some(("config/locales/{locale}.yml".into(), Some("fr".into())))
        );
        assert_eq!(key("lib/l10n/app_en.arb"), key("lib/l10n/app_pt_BR.arb"));
        assert_eq!(
            at("lib/l10n/app_pt_BR.arb").unwrap().1.as_deref(),
            Some("pt-BR")
        );
        assert_eq!(
            key("translations/messages.fr.yaml"),
            key("translations/messages.en.yaml")
        );
        assert_eq!(
            at("src/Messages.properties"),
            Some(("src/Messages_{locale}.properties".into(), None))
        );
        assert_eq!(
            key("src/Messages.properties"),
            key("src/Messages_de.properties")
        );
    }

    #[test]
    fn android_and_ios_layouts() {
        assert_eq!(
            at("app/src/main/res/values/strings.xml"),
            Some(("app/src/main/res/values-{locale}/strings.xml".into(), None))
        );
        assert_eq!(
            at("res/values-pt-rBR/strings.xml").unwrap().1.as_deref(),
            Some("pt-BR")
        );
        assert_eq!(
            at("res/values-b+sr+Latn/strings.xml").unwrap().1.as_deref(),
            Some("sr-Latn")
        );
        assert_eq!(
            key("res/values-fr/strings.xml"),
            key("res/values/strings.xml")
        );
        assert_eq!(at("res/values-night/colors.xml"), None);
        assert_eq!(at("res/layout/main.xml"), None);
        assert_eq!(
            at("App/fr.lproj/Localizable.strings"),
            Some((
                "App/{locale}.lproj/Localizable.strings".into(),
                Some("fr".into())
            ))
        );
        assert_eq!(at("App/Base.lproj/Localizable.strings").unwrap().1, None);
    }

    #[test]
    fn words_are_not_locales() {
        for path in [
            "package.json",
            "src/lib/config.json",
            "docker-compose.yml",
            "ui/app/settings.yaml",
            "text.txt",
            "de/story.md",
        ] {
            assert_eq!(at(path), None, "{path}");
        }
        assert_eq!(locale("DE"), None);
        assert_eq!(locale("src"), None);
        assert_eq!(locale("ja-JP-mac").as_deref(), Some("ja-JP-mac"));
        assert_eq!(locale("ast").as_deref(), Some("ast"));
    }

    #[test]
    fn patterns_come_first() {
        let patterns = vec!["l10n/**/strings-{locale}.ftl".to_string()];
        let p = place(
            Path::new("l10n/app/strings-de.ftl"),
            &patterns,
            Path::new("."),
        )
        .unwrap();
        assert_eq!(p.key, "l10n/app/strings-{locale}.ftl");
        assert_eq!(p.locale.as_deref(), Some("de"));
        // A root before the project's relative path stays in the key.
        let p = place(
            Path::new("/repo/l10n/app/strings-de.ftl"),
            &patterns,
            Path::new("/repo"),
        )
        .unwrap();
        assert_eq!(p.key, "/repo/l10n/app/strings-{locale}.ftl");
    }
}
