//! The glossary loaders (TOML, TBX v2/v3, CSV) against the fixtures in
//! `tests/fixtures/glossaries/`: the model they build, and the exact errors, with
//! file:line:column, for files they must refuse.

use std::path::Path;

use termlint::glossary::{
    csv, tbx, CaseRule, Date, Glossary, InflectionSetting, Origin, Status, TermType,
};

const DIR: &str = "tests/fixtures/glossaries";

/// Loads a fixture through `Glossary::parse` (the loader chosen by extension, then
/// validation), naming it by its file name so messages do not depend on the checkout.
fn load(name: &str) -> Result<Glossary, String> {
    let bytes = std::fs::read(Path::new(DIR).join(name)).expect("fixture exists");
    let ext = name.rsplit('.').next().unwrap_or_default();
    Glossary::parse(name, ext, &bytes).map_err(|e| e.to_string())
}

fn error(name: &str) -> String {
    match load(name) {
        Ok(_) => panic!("{name} should be refused"),
        Err(e) => e,
    }
}

/// A glossary as comparable data: concepts by id with kind and sorted terms.
type Shape = Vec<(
    String,
    Option<String>,
    Vec<(String, String, Status, CaseRule, TermType)>,
)>;

fn shape(g: &Glossary) -> Shape {
    g.concepts
        .iter()
        .map(|c| {
            let mut terms: Vec<_> = c
                .terms
                .iter()
                .map(|t| (t.lang.clone(), t.text.clone(), t.status, t.case, t.kind))
                .collect();
            terms.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
            (c.id.clone(), c.kind.map(|k| k.to_string()), terms)
        })
        .collect()
}

fn origin(file: &str, line: usize, column: usize) -> Origin {
    Origin {
        file: file.into(),
        line,
        column,
    }
}

#[test]
fn same_glossary_in_every_format_gives_the_same_model() {
    let toml = shape(&load("small.toml").unwrap());
    assert_eq!(toml.len(), 2);
    assert_eq!(toml[0].2.len(), 6);
    for other in [
        "small-v3.tbx",
        "small-v2.tbx",
        "small-columns.csv",
        "small-rows.csv",
    ] {
        assert_eq!(
            shape(&load(other).unwrap()),
            toml,
            "{other} differs from small.toml"
        );
    }
}

#[test]
fn toml_short_and_table_forms() {
    let g = load("small.toml").unwrap();
    let idlib = &g.concepts[0];
    assert_eq!(idlib.id, "idlib");
    assert_eq!(idlib.kind.map(|k| k.as_str()), Some("place"));
    assert_eq!(idlib.origin, origin("small.toml", 6, 1));
    let tr: Vec<_> = idlib.terms_in("tr").collect();
    assert_eq!(tr.len(), 1);
    assert_eq!(tr[0].text, "İdlib");
    assert_eq!(tr[0].status, Status::Preferred);
    assert_eq!(tr[0].origin, origin("small.toml", 11, 6));
    let forbidden: Vec<_> = idlib
        .terms_in("en")
        .filter(|t| t.status == Status::Forbidden)
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(forbidden, ["Idleb", "Edlib"]);
    let ceasefire = &g.concepts[1];
    let en: Vec<_> = ceasefire.terms_in("en").collect();
    assert_eq!(
        en[0].case,
        CaseRule::Insensitive,
        "lower-case terms ignore case"
    );
    assert_eq!(en[1].status, Status::Admitted);
}

#[test]
fn toml_every_feature() {
    let g = load("full.toml").unwrap();
    let erdogan = &g.concepts[0];
    assert_eq!(
        erdogan.note.as_deref(),
        Some("Recep Tayyip Erdoğan, President of Turkey since 2014.")
    );
    assert_eq!(erdogan.examples.len(), 2);
    assert_eq!(erdogan.examples[0].expect.as_deref(), Some("misspelling"));
    assert_eq!(erdogan.examples[1].expect, None);

    let en: Vec<_> = erdogan.terms_in("en").collect();
    assert_eq!(en.len(), 5);
    // Written with a combining breve, stored in NFC.
    assert_eq!(en[1].text, "Erdoğan");
    assert_eq!(en[1].text.chars().count(), 7);
    assert_eq!(en[2].kind, TermType::Short);
    assert_eq!(en[2].pos.map(|p| p.as_str()), Some("proper-noun"));
    assert_eq!(en[2].origin, origin("full.toml", 20, 30));
    assert_eq!(en[4].use_instead.as_deref(), Some("Erdogan"));
    assert_eq!(en[4].note.as_deref(), Some("A common misspelling."));

    let tr: Vec<_> = erdogan.terms_in("tr").collect();
    let statuses: Vec<_> = tr.iter().map(|t| t.status).collect();
    assert_eq!(
        statuses,
        [Status::Preferred, Status::Admitted, Status::Forbidden]
    );
    assert_eq!(tr[1].forms, ["Erdoğan'ın", "Erdoğan'a"]);
    assert_eq!(
        tr[0].note.as_deref(),
        Some("Turkish keeps the ğ."),
        "language note"
    );
    assert_eq!(
        tr[2].note.as_deref(),
        Some("Without the ğ."),
        "own note wins"
    );

    let astana = &g.concepts[1];
    // Column counted in characters: CJK and an emoji come before the term on its line.
    let ja = astana.terms_in("ja").next().unwrap();
    assert_eq!(ja.origin, origin("full.toml", 35, 34));
    assert_eq!(ja.case, CaseRule::Insensitive, "concept case");
    let ru: Vec<_> = astana.terms_in("ru").collect();
    assert_eq!(
        ru[0].case,
        CaseRule::Insensitive,
        "concept case beats the default"
    );
    let nur_sultan = ru[1];
    assert_eq!(
        nur_sultan.case,
        CaseRule::Sensitive,
        "term case beats the concept"
    );
    assert_eq!(nur_sultan.inflection, InflectionSetting::None);
    assert_eq!(nur_sultan.valid_from, Date::parse("2019-03-23"));
    assert_eq!(nur_sultan.valid_until, Date::parse("2022-09-17"));
    assert!(!nur_sultan.in_force(Date::parse("2023-01-01")));
    let en: Vec<_> = astana.terms_in("en").collect();
    assert_eq!(en.len(), 2, "a list of preferred terms");
    assert!(en.iter().all(|t| t.status == Status::Preferred));
    assert_eq!(
        en[1].case,
        CaseRule::Sensitive,
        "language case beats the concept"
    );
    assert_eq!(astana.terms_in("pt-BR").count(), 1);
}

#[test]
fn toml_unknown_status() {
    assert_eq!(
        error("bad-status.toml"),
        "unknown status 'prefered' at bad-status.toml:7:30; expected one of preferred, admitted, forbidden"
    );
}

#[test]
fn toml_unknown_key() {
    assert_eq!(
        error("bad-key.toml"),
        "unknown key 'prefered' at bad-key.toml:6:1; expected one of preferred, admitted, forbidden, terms, related, case, note"
    );
}

#[test]
fn toml_bad_date() {
    assert_eq!(
        error("bad-date.toml"),
        "invalid date '2019-02-30' at bad-date.toml:3:72; expected a date YYYY-MM-DD, such as 2019-03-23"
    );
}

#[test]
fn toml_invalid_language_tag() {
    assert_eq!(
        error("bad-lang.toml"),
        "unknown key or invalid language tag 'english' at bad-lang.toml:3:1; expected one of id, kind, note, source, case, near_misses, examples, or a BCP 47 language tag such as en, fr, pt-BR"
    );
}

#[test]
fn toml_duplicate_id() {
    assert_eq!(
        error("duplicate-id.toml"),
        "concept id 'idlib' is defined twice: at duplicate-id.toml:1:1 and at duplicate-id.toml:5:1"
    );
}

fn toml_error(text: &str) -> String {
    termlint::check::parse_glossary("x.toml", "toml", text.as_bytes())
        .unwrap_err()
        .to_string()
}

#[test]
fn toml_errors_inline() {
    assert_eq!(
        toml_error("[[concept]]\nkind = \"place\"\nen = \"Idlib\"\n"),
        "concept without an id at x.toml:1:1; expected a key id = \"...\" (lower-case letters, digits, '_', '-', '.')"
    );
    assert_eq!(
        toml_error("[[concept]]\nid = \"Idlib City\"\n"),
        "invalid concept id 'Idlib City' at x.toml:2:6; expected lower-case letters, digits, '_', '-', '.'"
    );
    assert_eq!(
        toml_error("[[concept]]\nid = \"x\"\nen = { preferred = \"X\", admitted = [{ term = \"Y\", type = \"shrt\" }] }\n"),
        "unknown type 'shrt' at x.toml:3:58; expected one of full, short, abbreviation, acronym, variant"
    );
    assert_eq!(
        toml_error("[[concept]]\nid = \"x\"\nen = { preferred = \"X\", case = \"upper\" }\n"),
        "unknown case 'upper' at x.toml:3:32; expected one of sensitive, insensitive"
    );
    assert_eq!(
        toml_error("[[concept]]\nid = \"x\"\nen = { preferred = [{ term = \"X\", inflection = \"never\" }] }\n"),
        "unknown inflection 'never' at x.toml:3:48; expected one of auto, none"
    );
    assert_eq!(
        toml_error("[[concept]]\nid = \"x\"\nen = { preferred = [{ term = \"X\", pos = \"nom\" }] }\n"),
        "unknown part of speech 'nom' at x.toml:3:41; expected one of noun, proper-noun, adjective, verb, adverb, phrase"
    );
    assert_eq!(
        toml_error("[[concept]]\nid = \"x\"\nkind = \"city\"\n"),
        "unknown kind 'city' at x.toml:3:8; expected one of person, place, organization, term, event, work, product, other"
    );
    assert_eq!(
        toml_error("[[concept]]\nid = \"x\"\nen = { preferred = [{ term = \"X\", status = \"preferred\" }] }\n"),
        "unknown key 'status' at x.toml:3:35; expected one of term, case, note, pos, type, from, until, use, inflection, forms"
    );
    assert_eq!(
        toml_error("[[concept]]\nid = \"x\"\nen = { terms = [{ term = \"X\" }] }\n"),
        "term 'X' in 'terms' without 'status' at x.toml:3:17; expected one of preferred, admitted, forbidden"
    );
    assert_eq!(
        toml_error("[glossary]\nname = \"x\"\nversion = \"1\"\n"),
        "unknown key 'version' at x.toml:3:1; expected one of name, description, source, license"
    );
    assert_eq!(
        toml_error("[[concept]]\nid = \"x\"\nexamples = [{ lang = \"en\", text = \"x\", expect = \"typo\" }]\n"),
        "unknown rule 'typo' in example at x.toml:3:49; expected none or one of forbidden, misspelling, case, inconsistent, missing-translation, wrong-translation, untranslated, placeholder, number, unused-suppression"
    );
}

#[test]
fn toml_syntax_error_has_line_and_column() {
    let e = toml_error("[[concept]]\nid = \"x\"\nen = \"Idlib\n");
    assert!(
        e.starts_with("TOML syntax error: ") && e.ends_with(" at x.toml:3:12"),
        "{e}"
    );
}

#[test]
fn tbx_v3_statuses_and_defaults() {
    let g = load("small-v3.tbx").unwrap();
    let idlib = &g.concepts[0];
    assert_eq!(idlib.origin, origin("small-v3.tbx", 6, 7));
    let en: Vec<_> = idlib.terms_in("en").collect();
    assert_eq!(en[0].origin, origin("small-v3.tbx", 9, 20));
    assert_eq!(en[2].text, "Edlib");
    assert_eq!(en[2].status, Status::Forbidden, "superseded is forbidden");
    let tr = idlib.terms_in("tr").next().unwrap();
    assert_eq!(tr.text, "İdlib", "character reference resolved");
    assert_eq!(
        tr.status,
        Status::Preferred,
        "the only term of its language"
    );
}

#[test]
fn tbx_v2_tig_ntig_and_default_status() {
    let g = load("small-v2.tbx").unwrap();
    let ceasefire = &g.concepts[1];
    let en: Vec<_> = ceasefire.terms_in("en").collect();
    assert_eq!(en[1].text, "truce");
    assert_eq!(
        en[1].status,
        Status::Admitted,
        "no status, not alone: admitted"
    );
    let fr = ceasefire.terms_in("fr").next().unwrap();
    assert_eq!(fr.status, Status::Preferred, "no status, alone: preferred");
}

fn tbx_error(text: &str) -> String {
    tbx::parse("x.tbx", text).unwrap_err().to_string()
}

#[test]
fn tbx_properties_and_generated_ids() {
    let text = r#"<?xml version="1.0"?>
<tbx xml:lang="en"><text><body>
<conceptEntry>
  <descrip type="subjectField">politics</descrip>
  <langSec xml:lang="pt_BR">
    <termSec>
      <term>OTAN</term>
      <termNote type="termType">acronym</termNote>
      <termNote type="partOfSpeech">properNoun</termNote>
      <note>Organização do Tratado do Atlântico Norte</note>
    </termSec>
  </langSec>
</conceptEntry>
<conceptEntry><langSec xml:lang="en-us"><termSec><term>NATO &amp; co</term></termSec></langSec></conceptEntry>
</body></text></tbx>"#;
    let g = tbx::parse("x.tbx", text).unwrap();
    assert_eq!(g.concepts[0].id, "tbx-1");
    assert_eq!(g.concepts[1].id, "tbx-2");
    assert_eq!(g.concepts[0].note.as_deref(), Some("politics"));
    let t = &g.concepts[0].terms[0];
    assert_eq!(t.lang, "pt_BR", "kept as written");
    assert_eq!(t.kind, TermType::Acronym);
    assert_eq!(t.pos.map(|p| p.as_str()), Some("proper-noun"));
    assert_eq!(
        t.note.as_deref(),
        Some("Organização do Tratado do Atlântico Norte")
    );
    assert_eq!(g.concepts[1].terms[0].text, "NATO & co");
    assert_eq!(g.concepts[1].terms[0].lang, "en-us");
}

#[test]
fn tbx_refuses_bad_files() {
    assert_eq!(
        error("malformed.tbx"),
        "malformed XML: ill-formed document: expected `</term>`, but `</termSec>` was found at malformed.tbx:6:29"
    );
    assert_eq!(
        error("truncated.tbx"),
        "truncated XML: the file ends inside <langSec> at truncated.tbx:7:1; expected </langSec> (opened at 5:7)"
    );
    assert_eq!(
        tbx_error("<tbx><text><body><conceptEntry><langSec xml:lang=\"english\"></langSec></conceptEntry></body></text></tbx>"),
        "invalid language tag 'english' at x.tbx:1:32; expected a BCP 47 tag such as en, fr, pt-BR"
    );
    assert_eq!(
        tbx_error("<tbx><text><body><conceptEntry><langSec xml:lang=\"en\"><termSec><term>X</term><termNote type=\"administrativeStatus\">preferred</termNote></termSec></langSec></conceptEntry></body></text></tbx>"),
        "unknown administrative status 'preferred' at x.tbx:1:78; expected one of preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts"
    );
    assert_eq!(
        tbx_error("<html><body/></html>"),
        "not a TBX file: root element <html> at x.tbx:1:1; expected <tbx> or <martif>"
    );
    assert_eq!(
        tbx_error("<tbx><text a=\"&ext;\"/></tbx>"),
        "undefined entity '&ext;' at x.tbx:1:6; termlint never reads DTDs or external entities"
    );
}

#[test]
fn tbx_never_reads_external_entities() {
    let e = error("xxe.tbx");
    assert_eq!(
        e,
        "undefined entity '&xxe;' at xxe.tbx:9:24; termlint never reads DTDs or external entities"
    );
    assert!(!e.contains("root:"));
}

#[test]
fn tbx_never_expands_entity_bombs() {
    assert_eq!(
        error("bomb.tbx"),
        "undefined entity '&lol9;' at bomb.tbx:18:24; termlint never reads DTDs or external entities"
    );
}

#[test]
fn tbx_depth_limit() {
    let deep = format!("<tbx>{}{}</tbx>", "<a>".repeat(100), "</a>".repeat(100));
    assert_eq!(
        tbx_error(&deep),
        "XML elements nested deeper than 64 at x.tbx:1:195; expected a TBX file"
    );
}

#[test]
fn tbx_crlf_columns() {
    let text = "<martif>\r\n<text><body>\r\n<termEntry id=\"a\"><langSet xml:lang=\"fr\">\r\n  <tig><term>é</term></tig></langSet></termEntry></body></text></martif>\r\n";
    let g = tbx::parse("x.tbx", text).unwrap();
    assert_eq!(g.concepts[0].origin, origin("x.tbx", 3, 1));
    assert_eq!(g.concepts[0].terms[0].origin, origin("x.tbx", 4, 8));
    assert_eq!(g.concepts[0].terms[0].text, "é");
}

#[test]
fn tbx_real_mozilla_termbase() {
    let g = load("mozilla-fr.tbx").unwrap();
    assert_eq!(g.concepts.len(), 96);
    let c = &g.concepts[0];
    assert_eq!(c.id, "c524");
    let en = c.terms_in("en-US").next().unwrap();
    assert_eq!(en.text, "context");
    assert_eq!(en.pos.map(|p| p.as_str()), Some("noun"));
    assert_eq!(en.status, Status::Preferred);
    let fr = c.terms_in("fr").next().unwrap();
    assert_eq!(fr.text, "contexte");
    assert!(c
        .note
        .as_deref()
        .unwrap()
        .starts_with("The setting or circumstance"));
    assert!(g.concepts.iter().all(|c| c.terms_in("fr").count() >= 1));
}

/// The shape of the benchmark glossary (`bench/make_corpus.py`): one concept per right form,
/// preferred, with its wrong forms deprecated.
#[test]
fn tbx_benchmark_shape_streams() {
    let mut text = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<tbxHeader><fileDesc><sourceDesc><p>benchmark mapping</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n",
    );
    for i in 0..5_000 {
        text.push_str(&format!(
            "<conceptEntry id=\"c{i}\"><langSec xml:lang=\"en\"><termSec><term>right{i} &amp; co</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec><termSec><term>wrong{i}</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>\n"
        ));
    }
    text.push_str("</body></text>\n</tbx>\n");
    let g = Glossary::parse("glossary.tbx", "tbx", text.as_bytes()).unwrap();
    assert_eq!(g.concepts.len(), 5_000);
    let last = &g.concepts[4_999];
    assert_eq!(last.id, "c4999");
    assert_eq!(last.terms[0].text, "right4999 & co");
    assert_eq!(last.terms[1].status, Status::Forbidden);
}

#[test]
fn csv_columns_layout() {
    let g = csv::parse(
        "x.csv",
        "en,en:admitted,kind\nIdlib,Idleb | Edlib,place\n\"Erdoğan, R. T.\",,person\n",
        b',',
    )
    .unwrap();
    assert_eq!(g.concepts[0].id, "csv-1");
    assert_eq!(g.concepts[0].terms.len(), 3);
    assert_eq!(g.concepts[0].terms[2].text, "Edlib");
    assert_eq!(g.concepts[0].terms[2].origin, origin("x.csv", 2, 7));
    assert_eq!(g.concepts[1].terms[0].text, "Erdoğan, R. T.");
    assert_eq!(g.concepts[1].kind.map(|k| k.as_str()), Some("person"));
}

#[test]
fn csv_rows_layout_with_options_and_tabs() {
    let g = csv::parse(
        "x.tsv",
        "id\tlang\tterm\tstatus\tnote\tcase\ttype\nerdogan\ttr\tErdoğan\tpreferred\tkeeps the ğ\tinsensitive\tshort\n",
        b'\t',
    )
    .unwrap();
    let t = &g.concepts[0].terms[0];
    assert_eq!(t.note.as_deref(), Some("keeps the ğ"));
    assert_eq!(t.case, CaseRule::Insensitive);
    assert_eq!(t.kind, TermType::Short);
    assert_eq!(t.origin, origin("x.tsv", 2, 12));
}

fn csv_error(text: &str) -> String {
    csv::parse("x.csv", text, b',').unwrap_err().to_string()
}

#[test]
fn csv_errors() {
    assert_eq!(
        csv_error("id,lang,term,status\nidlib,en,Idlib,prefered\n"),
        "unknown status 'prefered' at x.csv:2:16; expected one of preferred, admitted, forbidden"
    );
    assert_eq!(
        csv_error("id,english\nidlib,Idlib\n"),
        "unknown column 'english' at x.csv:1:4; expected id, kind, note, or a language tag such as en, fr, pt-BR (optionally with :admitted or :forbidden)"
    );
    assert_eq!(
        csv_error("id,en,en:banned\nidlib,Idlib,Idleb\n"),
        "unknown column 'en:banned' at x.csv:1:7; expected en, en:admitted or en:forbidden"
    );
    assert_eq!(
        csv_error("id,lang,term,status\nidlib,english,Idlib,preferred\n"),
        "invalid language tag 'english' at x.csv:2:7; expected a BCP 47 tag such as en, fr, pt-BR"
    );
    assert_eq!(
        csv_error("id,en\nidlib,Idlib\nidleb\n"),
        "row with 1 fields at x.csv:3:1; expected 2, as in the header row"
    );
    assert_eq!(
        csv_error("id,lang,term\nidlib,en,Idlib\n"),
        "no column 'status' at x.csv:1:1; expected the columns id, lang, term, status (and optionally kind, note, case, type)"
    );
    assert_eq!(
        csv_error("id,en\n\"Idlib\",Idlib\n"),
        "invalid concept id 'Idlib' at x.csv:2:1; expected lower-case letters, digits, '_', '-', '.'"
    );
}

#[test]
fn duplicate_terms_with_two_statuses_are_refused() {
    let e = Glossary::parse(
        "x.csv",
        "csv",
        "id,lang,term,status\nidlib,en,Idlib,preferred\nidlib,en,Idlib,forbidden\n".as_bytes(),
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        e,
        "term 'Idlib' is both preferred and forbidden for 'en' in concept 'idlib' at x.csv:3:10"
    );
}

/// The JSON Schema editors use must offer exactly the values the TOML loader accepts.
#[test]
fn schema_enums_match_the_loader() {
    let text = std::fs::read_to_string("schema/glossary.schema.json").unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    let defs = &schema["$defs"];
    assert_eq!(strings(&defs["status"]["enum"]), Status::ALL);
    assert_eq!(
        strings(&defs["termTable"]["properties"]["type"]["enum"]),
        TermType::ALL
    );
    assert_eq!(strings(&defs["case"]["enum"]), ["sensitive", "insensitive"]);
    let mut expect = vec!["none".to_string()];
    expect.extend(termlint::rules::ids().map(|r| r.as_str().to_string()));
    assert_eq!(
        strings(&defs["example"]["properties"]["expect"]["enum"]),
        expect
    );
    // The schema's own examples load.
    for name in ["small.toml", "full.toml"] {
        load(name).unwrap();
    }
}
