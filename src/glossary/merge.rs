//! Merging glossaries into one (`termlint glossary merge`): concepts are matched by id.
//!
//! A concept defined in several inputs becomes one when they agree or one only adds: a
//! language the other lacks, terms, extra forms, related stems, examples, a kind, note or
//! source the other leaves out. Two inputs that give one concept different preferred forms in
//! one language, or one form two statuses, disagree: a [`Conflict`], unless [`Prefer`] says
//! which input wins. Where both give a kind, note or source, the preferred input's is kept (the
//! first, by default).

use super::write::by_language;
use super::{Concept, Glossary, Origin, Status, Term};

/// Which input wins where two disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    First,
    Last,
}

/// Two inputs that disagree on a concept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub concept: String,
    pub lang: String,
    pub what: ConflictKind,
    /// The form given two statuses (empty for [`ConflictKind::Preferred`]).
    pub form: String,
    /// What each says (preferred forms, quoted, joined by `, `; or the form's status), and
    /// where.
    pub first: (String, Origin),
    pub second: (String, Origin),
}

/// What two inputs disagree on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictKind {
    /// Different preferred forms in one language.
    Preferred,
    /// One form with two statuses.
    Status,
}

/// Merges `inputs` in order; the conflicts when some disagree and `prefer` is `None`.
pub fn merge(inputs: Vec<Glossary>, prefer: Option<Prefer>) -> Result<Glossary, Vec<Conflict>> {
    let mut out = Glossary::default();
    let mut index: rustc_hash::FxHashMap<String, usize> = Default::default();
    let mut conflicts = Vec::new();
    for glossary in inputs {
        for concept in glossary.concepts {
            match index.get(&concept.id) {
                Some(&i) => merge_concept(&mut out.concepts[i], concept, prefer, &mut conflicts),
                None => {
                    index.insert(concept.id.clone(), out.concepts.len());
                    out.concepts.push(concept);
                }
            }
        }
    }
    if conflicts.is_empty() {
        Ok(out)
    } else {
        Err(conflicts)
    }
}

fn merge_concept(
    a: &mut Concept,
    b: Concept,
    prefer: Option<Prefer>,
    conflicts: &mut Vec<Conflict>,
) {
    let last = prefer == Some(Prefer::Last);
    pick(&mut a.kind, &b.kind, last);
    pick(&mut a.note, &b.note, last);
    pick(&mut a.source, &b.source, last);
    for e in &b.examples {
        let same =
            |f: &&super::Example| f.lang == e.lang && f.text == e.text && f.expect == e.expect;
        if !a.examples.iter().any(|f| same(&f)) {
            a.examples.push(e.clone());
        }
    }
    for group in by_language(&b) {
        let lang = group.lang;
        let (pa, pb) = (preferred(a, lang), preferred(&b, lang));
        let texts = |v: &[&Term]| {
            let mut t: Vec<String> = v.iter().map(|t| format!("'{}'", t.text)).collect();
            t.sort();
            t
        };
        if !pa.is_empty() && !pb.is_empty() && texts(&pa) != texts(&pb) {
            match prefer {
                None => conflicts.push(Conflict {
                    concept: a.id.clone(),
                    lang: lang.to_string(),
                    what: ConflictKind::Preferred,
                    form: String::new(),
                    first: (texts(&pa).join(", "), pa[0].origin.clone()),
                    second: (texts(&pb).join(", "), pb[0].origin.clone()),
                }),
                Some(Prefer::First) => {}
                Some(Prefer::Last) => {
                    // The last input's language replaces the first's, terms and stems.
                    let at = a.terms.iter().position(|t| t.lang == lang);
                    a.terms.retain(|t| t.lang != lang);
                    a.related.retain(|r| r.lang != lang);
                    let at = at.unwrap_or(a.terms.len());
                    a.terms
                        .splice(at..at, group.terms.iter().map(|t| (*t).clone()));
                    a.related.extend(group.related.iter().map(|r| (*r).clone()));
                }
            }
            continue;
        }
        for t in &group.terms {
            match a
                .terms
                .iter_mut()
                .find(|u| u.lang == t.lang && u.text == t.text)
            {
                Some(u) if u.status != t.status => match prefer {
                    None => conflicts.push(Conflict {
                        concept: a.id.clone(),
                        lang: lang.to_string(),
                        what: ConflictKind::Status,
                        form: t.text.clone(),
                        first: (u.status.as_str().to_string(), u.origin.clone()),
                        second: (t.status.as_str().to_string(), t.origin.clone()),
                    }),
                    Some(Prefer::First) => {}
                    Some(Prefer::Last) => *u = (*t).clone(),
                },
                Some(u) => add_to_term(u, t, last),
                None => {
                    let at = a
                        .terms
                        .iter()
                        .rposition(|u| u.lang == t.lang)
                        .map_or(a.terms.len(), |i| i + 1);
                    a.terms.insert(at, (*t).clone());
                }
            }
        }
        for r in group.related {
            if !a.related.contains(r) {
                a.related.push(r.clone());
            }
        }
    }
}

/// The preferred terms of `c` in `lang`.
fn preferred<'c>(c: &'c Concept, lang: &str) -> Vec<&'c Term> {
    c.terms
        .iter()
        .filter(|t| t.lang == lang && t.status == Status::Preferred)
        .collect()
}

/// `y` into `x` when `x` has nothing, or when `y` is the preferred input's (`last`).
fn pick<T: Clone>(x: &mut Option<T>, y: &Option<T>, last: bool) {
    if x.is_none() || (last && y.is_some()) {
        x.clone_from(y);
    }
}

/// Adds to term `u` what the same term `t` of another input has: its extra forms, and the
/// attributes `u` leaves out (or all of `t`'s, when the other input is preferred).
fn add_to_term(u: &mut Term, t: &Term, last: bool) {
    for form in &t.forms {
        if !u.forms.contains(form) {
            u.forms.push(form.clone());
        }
    }
    pick(&mut u.note, &t.note, last);
    pick(&mut u.pos, &t.pos, last);
    pick(&mut u.valid_from, &t.valid_from, last);
    pick(&mut u.valid_until, &t.valid_until, last);
    pick(&mut u.use_instead, &t.use_instead, last);
    if t.case_given && (!u.case_given || last) {
        u.case = t.case;
        u.case_given = true;
    }
}

/// A built-in form that gave way to a user's glossary ([`extend`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GaveWay {
    /// The concept of the base glossary that listed the form.
    pub concept: String,
    pub lang: String,
    pub form: String,
    /// The user's concept that lists it, and where.
    pub by: String,
    pub at: Origin,
}

/// Puts the concepts of `user` on top of `base` (`--extend-glossary`), as a client's termbase
/// goes on top of the house glossary: a user's concept with the id of a base concept replaces
/// it whole, and where the user lists a form in some language (in any status), a base concept
/// that lists the same form in that language loses it, so the user's knowledge wins rather
/// than two concepts claiming one form. A base concept left without terms is dropped. Returns
/// the base forms that gave way, in the base's order.
pub fn extend(base: &mut Glossary, user: Glossary) -> Vec<GaveWay> {
    let ids: rustc_hash::FxHashSet<&str> = user.concepts.iter().map(|c| c.id.as_str()).collect();
    base.concepts.retain(|c| !ids.contains(c.id.as_str()));
    let mut forms: rustc_hash::FxHashMap<(&str, String), (&Concept, &Term)> = Default::default();
    for c in &user.concepts {
        for t in &c.terms {
            forms.entry((&t.lang, fold(t))).or_insert((c, t));
        }
    }
    let mut gave_way = Vec::new();
    for c in &mut base.concepts {
        c.terms.retain(|t| {
            let Some((uc, ut)) = forms.get(&(t.lang.as_str(), fold(t))) else {
                return true;
            };
            // A case-sensitive form stands apart from the same letters in another case
            // (`US`, the country, is not the user's `us`).
            let sensitive = |t: &Term| t.case == super::CaseRule::Sensitive;
            if (sensitive(t) || sensitive(ut)) && t.text != ut.text {
                return true;
            }
            gave_way.push(GaveWay {
                concept: c.id.clone(),
                lang: t.lang.clone(),
                form: t.text.clone(),
                by: uc.id.clone(),
                at: ut.origin.clone(),
            });
            false
        });
    }
    base.concepts.retain(|c| !c.terms.is_empty());
    base.concepts.extend(user.concepts);
    gave_way
}

/// A form as [`extend`] compares it: in lower case.
fn fold(t: &Term) -> String {
    t.text.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(name: &str, toml: &str) -> Glossary {
        crate::glossary::toml::parse(name, toml).unwrap()
    }

    #[test]
    fn a_language_and_a_form_added_by_the_second_input_are_kept() {
        let a = g(
            "a.toml",
            "[[concept]]\nid = \"idlib\"\nen = { preferred = \"Idlib\" }\n",
        );
        let b = g(
            "b.toml",
            "[[concept]]\nid = \"idlib\"\nen = { preferred = { term = \"Idlib\", forms = [\"Idlib's\"] }, forbidden = \"Idleb\" }\nru = \"Идлиб\"\n",
        );
        let m = merge(vec![a, b], None).unwrap();
        let c = &m.concepts[0];
        let terms: Vec<(&str, &str)> = c
            .terms
            .iter()
            .map(|t| (t.lang.as_str(), t.text.as_str()))
            .collect();
        assert_eq!(terms, [("en", "Idlib"), ("en", "Idleb"), ("ru", "Идлиб")]);
        assert_eq!(c.terms[0].forms, ["Idlib's"]);
    }

    #[test]
    fn different_preferred_forms_conflict_unless_one_input_is_preferred() {
        let a = || g("a.toml", "[[concept]]\nid = \"kyiv\"\nen = \"Kyiv\"\n");
        let b = || g("b.toml", "[[concept]]\nid = \"kyiv\"\n\nen = \"Kiev\"\n");
        let conflicts = merge(vec![a(), b()], None).unwrap_err();
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].first.0, "'Kyiv'");
        assert_eq!(conflicts[0].first.1.to_string(), "a.toml:3:6");
        assert_eq!(conflicts[0].second.1.to_string(), "b.toml:4:6");
        let first = merge(vec![a(), b()], Some(Prefer::First)).unwrap();
        assert_eq!(first.concepts[0].terms[0].text, "Kyiv");
        let last = merge(vec![a(), b()], Some(Prefer::Last)).unwrap();
        assert_eq!(last.concepts[0].terms[0].text, "Kiev");
        assert_eq!(last.concepts[0].terms.len(), 1);
    }

    #[test]
    fn an_extension_replaces_a_concept_by_id_and_takes_the_forms_it_lists() {
        let mut base = g(
            "base.toml",
            "[[concept]]\nid = \"kyiv\"\nen = { preferred = \"Kyiv\", forbidden = \"Kiev\" }\n\n[[concept]]\nid = \"turkey\"\nen = { preferred = \"Turkey\", admitted = \"Türkiye\" }\nru = \"Турция\"\n\n[[concept]]\nid = \"us\"\nen = { preferred = { term = \"US\", case = \"sensitive\" } }\n\n[[concept]]\nid = \"gone\"\nen = \"Acme\"\n",
        );
        let user = g(
            "client.toml",
            "[[concept]]\nid = \"kyiv\"\nen = \"Kiev\"\n\n[[concept]]\nid = \"house_turkiye\"\nen = { preferred = \"Türkiye\", forbidden = \"Turkey\" }\n\n[[concept]]\nid = \"pronoun\"\nen = { preferred = { term = \"us\", case = \"sensitive\" } }\n\n[[concept]]\nid = \"acme\"\nen = \"Acme\"\n",
        );
        let gave_way = extend(&mut base, user);
        let ids: Vec<&str> = base.concepts.iter().map(|c| c.id.as_str()).collect();
        // `gone` lost its only form; `kyiv` is the user's now.
        assert_eq!(
            ids,
            ["turkey", "us", "kyiv", "house_turkiye", "pronoun", "acme"]
        );
        assert_eq!(base.concepts[2].terms[0].text, "Kiev");
        // Both English forms of the built-in Turkey went to the user's concept; Russian stays.
        let turkey: Vec<&str> = (base.concepts[0].terms.iter())
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(turkey, ["Турция"]);
        // A case-sensitive form keeps apart from the same letters in another case.
        assert_eq!(base.concepts[1].terms[0].text, "US");
        let said: Vec<(&str, &str, &str)> = (gave_way.iter())
            .map(|g| (g.concept.as_str(), g.form.as_str(), g.by.as_str()))
            .collect();
        assert_eq!(
            said,
            [
                ("turkey", "Turkey", "house_turkiye"),
                ("turkey", "Türkiye", "house_turkiye"),
                ("gone", "Acme", "acme"),
            ]
        );
        assert!(gave_way[0].at.to_string().starts_with("client.toml:7:"));
    }
}
