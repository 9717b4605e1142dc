//! User-facing text through Fluent.
//!
//! Each UI language has one file, `locales/<lang>/termlint.ftl`, embedded in the binary.
//! English is the reference: every other locale has every English message id, and a message
//! missing from a locale (or a locale missing altogether) falls back to English.
//!
//! Two kinds of text go through here: the findings' [`Message`]s, built by the rules
//! (`finding-*` ids), and the reports' own UI strings ([`Localizer::text`]). Fluent's bidi
//! isolation marks are turned off, so every string is plain text (safe for JSON, terminals and
//! snapshots).

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Message;

/// The UI languages shipped, English first.
pub const LANGUAGES: &[&str] = &["en", "ru", "tr", "de", "fr", "es", "ar"];

/// Renders messages in one UI language, falling back to English.
pub struct Localizer {
    /// The locale asked for, when termlint has it and it is not English.
    bundle: Option<Bundle>,
    english: Bundle,
}

/// An argument of a UI string: text, or a number (which selects plural forms).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(usize),
}

impl Localizer {
    /// A localizer for `lang`, a BCP 47 tag such as `ru`, `pt-BR` or `de-AT` (falls back to the
    /// bare language, then to English).
    pub fn new(lang: &str) -> Localizer {
        let bundle = resolve(lang)
            .filter(|&l| l != "en")
            .map(|l| Bundle::new(l, source(l)));
        Localizer {
            bundle,
            english: Bundle::new("en", source("en")),
        }
    }

    /// The UI language actually used (`en` when the one asked for is not shipped).
    pub fn lang(&self) -> &str {
        self.bundle.as_ref().map_or("en", |b| b.lang)
    }

    /// Renders a finding's message. An argument named `count` is passed as a number, so that
    /// it selects plural forms.
    pub fn message(&self, m: &Message) -> String {
        let mut args = FluentArgs::with_capacity(m.args.len());
        for (name, value) in &m.args {
            match value.parse::<usize>() {
                Ok(n) if *name == "count" => args.set(*name, n),
                _ => args.set(*name, value.as_str()),
            }
        }
        self.format(m.id, &args)
    }

    /// Renders a UI string with its arguments.
    pub fn text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fargs = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match *value {
                Arg::Str(s) => fargs.set(*name, s),
                Arg::Num(n) => fargs.set(*name, n),
            }
        }
        self.format(id, &fargs)
    }

    fn format(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.bundle
            .as_ref()
            .and_then(|b| b.format(id, args))
            .or_else(|| self.english.format(id, args))
            // An id nobody wrote: show the id rather than nothing.
            .unwrap_or_else(|| id.to_string())
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Arg<'a> {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Arg<'a> {
        Arg::Str(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n)
    }
}

/// One locale's messages.
struct Bundle {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Bundle {
    fn new(lang: &'static str, ftl: &'static str) -> Bundle {
        let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        // The files are ours and tested (`every_locale_parses`): a syntax error in one
        // still leaves the entries that parsed.
        let resource = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(res, _)| res);
        let _ = bundle.add_resource(resource);
        Bundle { lang, bundle }
    }

    fn format(&self, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text: Cow<'_, str> = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        Some(text.into_owned())
    }
}

/// Whether termlint has messages in `lang` (a BCP 47 tag, or its primary subtag).
pub fn has_messages(lang: &str) -> bool {
    resolve(lang).is_some()
}

/// The language of a POSIX locale name (`ru_RU.UTF-8`, `de_DE@euro`, `tr`) as a BCP 47 tag;
/// `None` for the `C` and `POSIX` locales, which name no language.
pub fn from_posix_locale(locale: &str) -> Option<String> {
    let name = locale.split(['.', '@']).next().unwrap_or("").trim();
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    Some(name.replace('_', "-"))
}

/// The shipped locale for a BCP 47 tag: the exact language, then its primary subtag.
fn resolve(lang: &str) -> Option<&'static str> {
    let lang = lang.trim().replace('_', "-");
    let primary = lang.split(['-', '.', '@']).next().unwrap_or("");
    LANGUAGES
        .iter()
        .copied()
        .find(|l| l.eq_ignore_ascii_case(&lang) || l.eq_ignore_ascii_case(primary))
}

fn source(lang: &str) -> &'static str {
    match lang {
        "ru" => include_str!("../locales/ru/termlint.ftl"),
        "tr" => include_str!("../locales/tr/termlint.ftl"),
        "de" => include_str!("../locales/de/termlint.ftl"),
        "fr" => include_str!("../locales/fr/termlint.ftl"),
        "es" => include_str!("../locales/es/termlint.ftl"),
        "ar" => include_str!("../locales/ar/termlint.ftl"),
        _ => include_str!("../locales/en/termlint.ftl"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locales_name_their_language() {
        assert_eq!(from_posix_locale("ru_RU.UTF-8").as_deref(), Some("ru-RU"));
        assert_eq!(from_posix_locale("de_DE@euro").as_deref(), Some("de-DE"));
        assert_eq!(from_posix_locale("C.UTF-8"), None);
        assert_eq!(from_posix_locale("POSIX"), None);
        assert!(has_messages("tr-TR") && !has_messages("ja"));
    }
    use fluent_bundle::FluentValue as V;

    /// Message ids of a locale's file, with the variables each uses. Fluent's AST is not
    /// re-exported by fluent-bundle, so this reads the file's lines: a message starts at an
    /// unindented `id =` line and runs to the next one.
    fn entries(lang: &str) -> Vec<(String, Vec<String>)> {
        if let Err((_, errors)) = FluentResource::try_new(source(lang).to_string()) {
            panic!("locales/{lang}/termlint.ftl: {errors:?}");
        }
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        for line in source(lang).lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let body = match line.split_once(" = ") {
                Some((id, body)) if !line.starts_with(' ') => {
                    out.push((id.to_string(), Vec::new()));
                    body
                }
                _ => line,
            };
            let vars = &mut out.last_mut().expect("a message before its lines").1;
            for part in body.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if !vars.contains(&name) {
                    vars.push(name);
                }
            }
        }
        out
    }

    #[test]
    fn every_locale_parses_and_has_every_english_message() {
        let english = entries("en");
        assert!(english.len() > 20);
        for &lang in LANGUAGES {
            let ids: Vec<String> = entries(lang).into_iter().map(|(id, _)| id).collect();
            for (id, _) in &english {
                assert!(ids.contains(id), "locales/{lang}: missing `{id}`");
            }
            for id in &ids {
                assert!(
                    english.iter().any(|(e, _)| e == id),
                    "locales/{lang}: `{id}` is not in English"
                );
            }
        }
    }

    #[test]
    fn every_message_formats_without_errors_in_every_locale() {
        let english = entries("en");
        for &lang in LANGUAGES {
            let bundle = Bundle::new(lang, source(lang));
            for (id, vars) in &english {
                for n in [0usize, 1, 2, 3, 5, 11, 21, 100] {
                    let mut args = FluentArgs::new();
                    for v in vars {
                        match v.as_str() {
                            "count" | "files" => args.set(v.as_str(), V::from(n)),
                            _ => args.set(v.as_str(), V::from(format!("<{v}>"))),
                        }
                    }
                    let msg = bundle.bundle.get_message(id).expect("checked above");
                    let pattern = msg.value().expect("every message has a value");
                    let mut errors = Vec::new();
                    let text = bundle
                        .bundle
                        .format_pattern(pattern, Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
                    assert!(!text.contains('\u{2068}'), "{lang} {id}: isolation marks");
                    for v in vars {
                        if !matches!(v.as_str(), "count" | "files") {
                            assert!(text.contains(&format!("<{v}>")), "{lang} {id}: ${v} unused");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn english_findings_match_the_contract() {
        let loc = Localizer::new("en");
        let m = Message::new("finding-misspelling")
            .arg("found", "Erdogen")
            .arg("suggestion", "Erdogan");
        assert_eq!(
            loc.message(&m),
            "'Erdogen' looks like a misspelling of 'Erdogan'"
        );
        let m = |n: &str| {
            Message::new("finding-inconsistent")
                .arg("found", "Idlib")
                .arg("other", "Idleb")
                .arg("count", n)
        };
        assert_eq!(
            loc.message(&m("1")),
            "'Idlib' and 'Idleb' are both used for one concept; 'Idleb' is used once"
        );
        assert_eq!(
            loc.message(&m("3")),
            "'Idlib' and 'Idleb' are both used for one concept; 'Idleb' is used 3 times"
        );
    }

    #[test]
    fn plurals_follow_the_language() {
        let ru = Localizer::new("ru-RU");
        assert_eq!(ru.lang(), "ru");
        let errors = |n| ru.text("summary-errors", &[("count", Arg::Num(n))]);
        assert_eq!(errors(1), "1 ошибка");
        assert_eq!(errors(3), "3 ошибки");
        assert_eq!(errors(5), "5 ошибок");
        assert_eq!(errors(21), "21 ошибка");
    }

    #[test]
    fn unknown_languages_and_messages_fall_back_to_english() {
        let ja = Localizer::new("ja");
        assert_eq!(ja.lang(), "en");
        assert_eq!(ja.text("severity-error", &[]), "error");
        assert_eq!(Localizer::new("pt_BR.UTF-8").lang(), "en");
        assert_eq!(Localizer::new("de_AT.UTF-8").lang(), "de");
        assert_eq!(Localizer::new("de").text("no-such-id", &[]), "no-such-id");
    }
}
