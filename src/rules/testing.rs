//! A small fixture glossary and helpers for the rules' unit tests. The shipped glossary may
//! grow without breaking a rule test.

use crate::check::{CheckOptions, Checker};
use crate::diagnostic::RuleId;
use crate::glossary::{
    Concept, Date, Glossary, InflectionSetting, Kind, Related, Status, Term, TermType,
};

/// An expected finding: rule, the text found, the suggestions.
#[derive(Debug)]
pub struct Expect(pub RuleId, pub &'static str, pub &'static [&'static str]);

/// Checks English `text` and compares every finding with `expected`, in order.
pub fn check_en(text: &str, expected: &[Expect]) {
    check_lang("en", text, expected);
}

/// Checks `text` in `lang` and compares every finding with `expected`, in order.
pub fn check_lang(lang: &str, text: &str, expected: &[Expect]) {
    compare(lang, text, None, expected);
}

/// Checks English `text` as of `date`.
pub fn check_dated(text: &str, date: &str, expected: &[Expect]) {
    compare("en", text, Date::parse(date), expected);
}

/// Checks `text` in `lang` as of `date`.
pub fn check_lang_dated(lang: &str, text: &str, date: &str, expected: &[Expect]) {
    compare(lang, text, Date::parse(date), expected);
}

fn compare(lang: &str, text: &str, date: Option<Date>, expected: &[Expect]) {
    let options = CheckOptions {
        date,
        ..CheckOptions::default()
    };
    let checker = Checker::new(fixture(), options);
    let findings = checker.check_text(text, lang);
    let got: Vec<(RuleId, &str, Vec<&str>)> = findings
        .iter()
        .map(|f| {
            assert_eq!(&text[f.range.clone()], f.found, "found is the slice");
            (
                f.rule,
                f.found.as_str(),
                f.suggestions.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    let want: Vec<(RuleId, &str, Vec<&str>)> = expected
        .iter()
        .map(|Expect(r, f, s)| (*r, *f, s.to_vec()))
        .collect();
    assert_eq!(got, want, "findings in {text:?}");
}

/// Checks a translation unit, `source` in `source_lang` translated by `target` in
/// `target_lang`, and compares every finding on either side with `expected`, source side
/// first.
pub fn check_pair(
    source_lang: &str,
    source: &str,
    target_lang: &str,
    target: &str,
    expected: &[Expect],
) {
    use crate::formats::aligned;
    let doc = |text: &str| aligned::document("-", text.to_string());
    let (src, tgt) = (doc(source), doc(target));
    let checker = Checker::new(fixture(), CheckOptions::default());
    let (s, t) = checker.check_aligned(&src, &tgt, source_lang, target_lang);
    let mut got: Vec<(RuleId, &str, Vec<&str>)> = Vec::new();
    for (findings, text) in [(&s, source), (&t, target)] {
        for f in findings {
            assert_eq!(&text[f.range.clone()], f.found, "found is the slice");
            got.push((
                f.rule,
                f.found.as_str(),
                f.suggestions.iter().map(String::as_str).collect(),
            ));
        }
    }
    let want: Vec<(RuleId, &str, Vec<&str>)> = expected
        .iter()
        .map(|Expect(r, f, s)| (*r, *f, s.to_vec()))
        .collect();
    assert_eq!(got, want, "findings in {source:?} -> {target:?}");
}

/// The fixture glossary of the rule tests.
pub fn fixture() -> Glossary {
    use Status::*;
    let mut g = Glossary::default();
    let mut concept = |id: &str, kind: &str, terms: Vec<Term>| {
        g.concepts.push(Concept {
            id: id.to_string(),
            kind: Kind::parse(kind),
            terms,
            ..Concept::default()
        })
    };
    let t = |lang: &str, text: &str, status: Status| Term::new(lang, text, status);
    let typed = |lang: &str, text: &str, status: Status, kind: TermType| Term {
        kind,
        ..Term::new(lang, text, status)
    };
    concept(
        "car_bomb",
        "term",
        vec![
            t("en", "car bomb", Preferred),
            t("en", "auto bomb", Forbidden),
        ],
    );
    concept(
        "safe_zone",
        "term",
        vec![
            t("en", "safe zone", Preferred),
            t("en", "safe-zone", Forbidden),
            t("ru", "зона безопасности", Preferred),
            t("tr", "güvenli bölge", Preferred),
            t("de", "Sicherheitszone", Preferred),
            t("fr", "zone de sécurité", Preferred),
            t("ar", "منطقة آمنة", Preferred),
        ],
    );
    concept(
        "ceasefire",
        "term",
        vec![
            t("en", "ceasefire", Preferred),
            t("en", "cease-fire", Admitted),
            t("ru", "прекращение огня", Preferred),
            t("tr", "ateşkes", Preferred),
            t("de", "Waffenstillstand", Preferred),
            t("fr", "cessez-le-feu", Preferred),
        ],
    );
    concept(
        "truce",
        "term",
        vec![t("en", "truce", Preferred), t("ru", "перемирие", Preferred)],
    );
    concept(
        "united_kingdom",
        "place",
        vec![
            t("en", "United Kingdom", Preferred),
            typed("en", "UK", Admitted, TermType::Abbreviation),
            t("ru", "Великобритания", Preferred),
        ],
    );
    concept("sao_paulo", "place", vec![t("en", "São Paulo", Preferred)]);
    concept("chisinau", "place", vec![t("en", "Chișinău", Preferred)]);
    concept(
        "reunion",
        "place",
        vec![t("en", "Réunion", Preferred), t("tr", "Reunion", Preferred)],
    );
    concept(
        "jordan",
        "place",
        vec![t("en", "Jordan", Preferred), t("ru", "Иордания", Preferred)],
    );
    concept(
        "united_states",
        "place",
        vec![
            t("en", "United States", Preferred),
            typed("en", "US", Admitted, TermType::Abbreviation),
            typed("en", "U.S.", Admitted, TermType::Abbreviation),
            Term {
                use_instead: Some("US".into()),
                ..t("en", "USA", Forbidden)
            },
        ],
    );
    concept(
        "russia",
        "place",
        vec![
            t("en", "Russia", Preferred),
            t("en", "Russian Federation", Admitted),
            t("ru", "Россия", Preferred),
            t("ru", "Российская Федерация", Admitted),
        ],
    );
    concept(
        "astana",
        "place",
        vec![
            t("en", "Astana", Preferred),
            Term {
                valid_from: Date::parse("2019-03-23"),
                valid_until: Date::parse("2022-09-17"),
                ..t("en", "Nur-Sultan", Admitted)
            },
            t("ru", "Астана", Preferred),
            Term {
                valid_from: Date::parse("2019-03-23"),
                valid_until: Date::parse("2022-09-17"),
                ..t("ru", "Нур-Султан", Admitted)
            },
            t("tr", "Astana", Preferred),
            Term {
                valid_from: Date::parse("2019-03-23"),
                valid_until: Date::parse("2022-09-17"),
                ..t("tr", "Nur-Sultan", Admitted)
            },
        ],
    );
    concept(
        "erdogan",
        "person",
        vec![
            t("en", "Recep Tayyip Erdogan", Preferred),
            t("en", "Tayyip Erdogan", Admitted),
            typed("en", "Erdogan", Admitted, TermType::Short),
            typed("en", "Erdoğan", Admitted, TermType::Short),
            t("en", "Erdoghan", Forbidden),
            t("tr", "Recep Tayyip Erdoğan", Preferred),
            typed("tr", "Erdoğan", Admitted, TermType::Short),
            t("ru", "Реджеп Тайип Эрдоган", Preferred),
            typed("ru", "Эрдоган", Admitted, TermType::Short),
            t("ru", "Ердоган", Forbidden),
        ],
    );
    concept(
        "idlib",
        "place",
        vec![
            t("en", "Idlib", Preferred),
            t("tr", "İdlib", Preferred),
            t("ru", "Идлиб", Preferred),
            t("ru", "Идлеб", Forbidden),
            t("fr", "Idleb", Preferred),
            t("de", "Idlib", Preferred),
            t("ar", "إدلب", Preferred),
        ],
    );
    concept(
        "aleppo",
        "place",
        vec![
            t("en", "Aleppo", Preferred),
            Term {
                inflection: InflectionSetting::None,
                ..t("ru", "Алеппо", Preferred)
            },
            t("ar", "حلب", Preferred),
        ],
    );
    concept("homs", "place", vec![t("en", "Homs", Preferred)]);
    concept(
        "trump",
        "person",
        vec![
            t("en", "Donald Trump", Preferred),
            typed("en", "Trump", Admitted, TermType::Short),
        ],
    );
    concept(
        "turkey",
        "place",
        vec![t("en", "Turkey", Preferred), t("en", "Türkiye", Admitted)],
    );
    concept(
        "kazakhstan",
        "place",
        vec![t("en", "Kazakhstan", Preferred)],
    );
    concept(
        "khan_sheikhoun",
        "place",
        vec![t("en", "Khan Sheikhoun", Preferred)],
    );
    concept(
        "islamic_state",
        "organization",
        vec![
            t("en", "Islamic State", Preferred),
            typed("en", "IS", Admitted, TermType::Acronym),
        ],
    );
    concept(
        "syria",
        "place",
        vec![
            t("en", "Syria", Preferred),
            t("ar", "سوريا", Preferred),
            t("ar", "سورية", Admitted),
        ],
    );
    concept(
        "uzbekistan",
        "place",
        vec![
            t("ar", "أوزبكستان", Preferred),
            t("ar", "أوزباكستان", Forbidden),
        ],
    );
    let uk = g.concepts.iter_mut().find(|c| c.id == "united_kingdom");
    uk.expect("the fixture has the UK").related.push(Related {
        lang: "ru".into(),
        stem: "британск".into(),
    });
    g
}

/// The findings of `rule` in a bilingual file of `format` (read as `text`), checked into
/// `target_lang`: each as its found text (always the file's slice) and its message's id and
/// arguments.
pub fn check_file(
    format: crate::formats::Format,
    text: &str,
    target_lang: &str,
    rule: RuleId,
) -> Vec<(String, String)> {
    let doc = format.read("test", text.to_string()).expect("a valid file");
    let checker = Checker::new(fixture(), CheckOptions::default());
    findings_of(&checker.check(&doc, target_lang), text, rule)
}

/// The findings of `rule` in aligned text, `source` in `source_lang` translated by `target`.
pub fn check_aligned(
    source_lang: &str,
    source: &str,
    target_lang: &str,
    target: &str,
    rule: RuleId,
) -> Vec<(String, String)> {
    use crate::formats::aligned;
    let (src, tgt) = (
        aligned::document("-", source.to_string()),
        aligned::document("-", target.to_string()),
    );
    let checker = Checker::new(fixture(), CheckOptions::default());
    let (s, t) = checker.check_aligned(&src, &tgt, source_lang, target_lang);
    assert!(
        s.iter().all(|f| f.rule != rule),
        "findings on the target side"
    );
    findings_of(&t, target, rule)
}

fn findings_of(
    findings: &[crate::diagnostic::Finding],
    text: &str,
    rule: RuleId,
) -> Vec<(String, String)> {
    findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| {
            assert_eq!(&text[f.range.clone()], f.found, "found is the slice");
            let args: Vec<String> = (f.message.args.iter())
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            (
                f.found.clone(),
                format!("{} {}", f.message.id, args.join(" ")),
            )
        })
        .collect()
}
