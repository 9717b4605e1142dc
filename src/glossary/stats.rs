//! What a glossary holds (`termlint glossary stats`): concepts per kind, and per language the
//! concepts it covers and the terms it lists by status.

use std::collections::BTreeMap;

use super::{Glossary, Status};

/// Counts of a glossary.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub concepts: usize,
    /// Concepts per kind (`none` for a concept without one), by kind.
    pub kinds: BTreeMap<String, usize>,
    /// Per language tag, as written in the glossary.
    pub languages: BTreeMap<String, LangStats>,
}

/// The counts of one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct LangStats {
    /// Concepts with at least one term in the language.
    pub concepts: usize,
    pub preferred: usize,
    pub admitted: usize,
    pub forbidden: usize,
    /// Stems of related words (`related`).
    pub related: usize,
}

impl Stats {
    /// The share of the concepts a language covers, from 0 to 1.
    pub fn coverage(&self, lang: &str) -> f64 {
        let covered = self.languages.get(lang).map_or(0, |l| l.concepts);
        covered as f64 / self.concepts.max(1) as f64
    }
}

/// Counts `glossary`.
pub fn stats(glossary: &Glossary) -> Stats {
    let mut out = Stats {
        concepts: glossary.concepts.len(),
        ..Stats::default()
    };
    for concept in &glossary.concepts {
        let kind = concept.kind.map_or("none", |k| k.as_str());
        *out.kinds.entry(kind.to_string()).or_default() += 1;
        let mut seen: Vec<&str> = Vec::new();
        for term in &concept.terms {
            let lang = out.languages.entry(term.lang.clone()).or_default();
            match term.status {
                Status::Preferred => lang.preferred += 1,
                Status::Admitted => lang.admitted += 1,
                Status::Forbidden => lang.forbidden += 1,
            }
            if !seen.contains(&term.lang.as_str()) {
                seen.push(&term.lang);
                lang.concepts += 1;
            }
        }
        for related in &concept.related {
            out.languages
                .entry(related.lang.clone())
                .or_default()
                .related += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_concepts_kinds_and_terms_per_language() {
        let g = Glossary::parse(
            "t.toml",
            "toml",
            r#"
[[concept]]
id = "idlib"
kind = "place"
en = { preferred = "Idlib", forbidden = ["Idleb"] }
ru = { preferred = "Идлиб", related = ["идлибск"] }

[[concept]]
id = "ceasefire"
en = { preferred = "ceasefire", admitted = ["truce"] }
"#
            .as_bytes(),
        )
        .unwrap();
        let s = stats(&g);
        assert_eq!(s.concepts, 2);
        assert_eq!(
            s.kinds.into_iter().collect::<Vec<_>>(),
            [("none".to_string(), 1), ("place".to_string(), 1)]
        );
        let en = &s.languages["en"];
        assert_eq!(
            (en.concepts, en.preferred, en.admitted, en.forbidden),
            (2, 2, 1, 1)
        );
        let ru = &s.languages["ru"];
        assert_eq!((ru.concepts, ru.related), (1, 1));
    }
}
