//! What adding a rule takes, checked: the registry's rules have unique kebab-case ids and
//! one documentation text each, and every message a rule can raise is in every locale.

use std::collections::BTreeSet;
use std::path::Path;

use termlint::rules::{self, REGISTRY};

#[test]
fn rule_ids_are_unique_kebab_case_and_found_by_lookup() {
    let mut seen = BTreeSet::new();
    for rule in REGISTRY {
        let id = rule.id.as_str();
        assert!(seen.insert(id), "rule id '{id}' is registered twice");
        assert!(
            !id.is_empty()
                && id
                    .split('-')
                    .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase())),
            "rule id '{id}' is not kebab-case"
        );
        assert_eq!(rules::lookup(id).map(|r| r.id), Some(rule.id));
    }
    assert!(rules::lookup("no-such-rule").is_none());
}

#[test]
fn every_rule_documents_itself_once() {
    for rule in REGISTRY {
        let id = rule.id;
        let summary = rule.summary();
        assert!(
            !summary.is_empty() && !summary.contains('\n'),
            "{id}: summary {summary:?}"
        );
        assert!(
            rule.help().len() > summary.len(),
            "{id}: the help says more than the summary"
        );
        for heading in [
            "**What it checks.**",
            "**Why.**",
            "**Example.**",
            "**Use instead.**",
        ] {
            assert!(rule.docs.contains(heading), "{id}: the docs lack {heading}");
        }
    }
}

#[test]
fn every_message_a_rule_raises_is_in_every_locale() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut ids = BTreeSet::new();
    // Every source file under src/rules, in submodule folders too.
    let mut files = Vec::new();
    let mut folders = vec![root.join("src/rules")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    for path in files {
        let text = std::fs::read_to_string(path).unwrap();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("Message::new(\"") {
            rest = &rest[i + "Message::new(\"".len()..];
            let end = rest.find('"').unwrap();
            ids.insert(rest[..end].to_string());
        }
    }
    assert!(
        ids.len() >= REGISTRY.len(),
        "found too few message ids: {ids:?}"
    );
    for lang in termlint::i18n::LANGUAGES {
        let ftl =
            std::fs::read_to_string(root.join("locales").join(lang).join("termlint.ftl")).unwrap();
        let defined: BTreeSet<&str> = ftl
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim()))
            .collect();
        for id in &ids {
            assert!(
                defined.contains(id.as_str()),
                "locales/{lang}: no message '{id}'"
            );
        }
    }
}
