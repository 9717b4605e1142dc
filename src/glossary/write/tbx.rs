//! The TBX writer: TBX v3 in the TBX-Basic dialect (DCA style), with what TBX-Basic has no data
//! category for in elements of termlint's own namespace, which the TBX loader reads back.
//!
//! ```xml
//! <conceptEntry id="astana">
//!   <descrip type="subjectField">place</descrip>          kind
//!   <note>...</note>                                       concept note
//!   <admin type="source">Reuters, TASS</admin>             concept source
//!   <termlint:example xml:lang="en" expect="none">...</termlint:example>
//!   <langSec xml:lang="ru">
//!     <termSec>
//!       <term>Нур-Султан</term>
//!       <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
//!       <termNote type="partOfSpeech">noun</termNote>
//!       <termNote type="termType">abbreviation</termNote>
//!       <note>...</note>
//!       <termlint:case>sensitive</termlint:case>           only where the glossary gave it
//!       <termlint:validFrom>2019-03-23</termlint:validFrom>
//!       <termlint:validUntil>2022-09-17</termlint:validUntil>
//!       <termlint:useInstead>...</termlint:useInstead>
//!       <termlint:nearMisses>false</termlint:nearMisses>
//!       <termlint:inflection>none</termlint:inflection>
//!       <termlint:partOfSpeech>phrase</termlint:partOfSpeech>  a part of speech TBX-Basic lacks
//!       <termlint:form>Нур-Султана</termlint:form>          extra forms, one each
//!     </termSec>
//!     <termlint:related>астанинск</termlint:related>       related stems
//!   </langSec>
//! </conceptEntry>
//! ```

use std::io::{self, Write};

use super::{by_language, invalid};
use crate::glossary::{
    CaseRule, Concept, Glossary, InflectionSetting, Pos, Status, Term, TermType,
};

/// The namespace of termlint's own elements.
pub const NAMESPACE: &str = "https://termlint.dev/ns/tbx/1";

/// Writes `glossary` as TBX v3 (TBX-Basic). Text XML 1.0 cannot hold (control characters other
/// than tab and line breaks) is an error naming the concept.
pub fn write(glossary: &Glossary, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:termlint="{NAMESPACE}">"#
    )?;
    writeln!(
        out,
        "  <tbxHeader><fileDesc><sourceDesc><p>termlint glossary</p></sourceDesc></fileDesc></tbxHeader>"
    )?;
    writeln!(out, "  <text>\n    <body>")?;
    for c in &glossary.concepts {
        let mut x = String::new();
        concept(c, &mut x).map_err(|what| {
            invalid(format!(
                "concept '{}': {what} holds a character XML cannot hold",
                c.id
            ))
        })?;
        out.write_all(x.as_bytes())?;
    }
    writeln!(out, "    </body>\n  </text>\n</tbx>")
}

/// The name of what could not be written.
type Bad = &'static str;

fn concept(c: &Concept, x: &mut String) -> Result<(), Bad> {
    x.push_str(&format!(
        "      <conceptEntry id=\"{}\">\n",
        escape(&c.id, "id")?
    ));
    let pad = "        ";
    if let Some(kind) = c.kind {
        element(
            x,
            pad,
            "descrip type=\"subjectField\"",
            kind.as_str(),
            "kind",
        )?;
    }
    if let Some(note) = &c.note {
        element(x, pad, "note", note, "note")?;
    }
    if let Some(source) = &c.source {
        element(x, pad, "admin type=\"source\"", source, "source")?;
    }
    for e in &c.examples {
        let open = format!(
            "termlint:example xml:lang=\"{}\" expect=\"{}\"",
            escape(&e.lang, "example")?,
            escape(e.expect.as_deref().unwrap_or("none"), "example")?
        );
        element(x, pad, &open, &e.text, "example")?;
    }
    for g in by_language(c) {
        x.push_str(&format!(
            "        <langSec xml:lang=\"{}\">\n",
            escape(g.lang, "language")?
        ));
        for t in &g.terms {
            term(t, x)?;
        }
        for r in &g.related {
            element(x, "          ", "termlint:related", &r.stem, "related stem")?;
        }
        x.push_str("        </langSec>\n");
    }
    x.push_str("      </conceptEntry>\n");
    Ok(())
}

fn term(t: &Term, x: &mut String) -> Result<(), Bad> {
    let pad = "            ";
    x.push_str("          <termSec>\n");
    element(x, pad, "term", &t.text, "term")?;
    let status = match t.status {
        Status::Preferred => "preferredTerm-admn-sts",
        Status::Admitted => "admittedTerm-admn-sts",
        Status::Forbidden => "deprecatedTerm-admn-sts",
    };
    element(x, pad, "termNote type=\"administrativeStatus\"", status, "")?;
    match t.pos {
        Some(Pos::Phrase) => element(x, pad, "termlint:partOfSpeech", "phrase", "")?,
        Some(Pos::ProperNoun) => {
            element(x, pad, "termNote type=\"partOfSpeech\"", "properNoun", "")?
        }
        Some(pos) => element(x, pad, "termNote type=\"partOfSpeech\"", pos.as_str(), "")?,
        None => {}
    }
    let term_type = match t.kind {
        TermType::Full => None,
        TermType::Short => Some("shortForm"),
        TermType::Abbreviation => Some("abbreviation"),
        TermType::Acronym => Some("acronym"),
        TermType::Variant => Some("variant"),
    };
    if let Some(ty) = term_type {
        element(x, pad, "termNote type=\"termType\"", ty, "")?;
    }
    if let Some(note) = &t.note {
        element(x, pad, "note", note, "note")?;
    }
    if t.case_given || t.case != CaseRule::default_for(&t.text) {
        element(x, pad, "termlint:case", t.case.as_str(), "")?;
    }
    if let Some(from) = t.valid_from {
        element(x, pad, "termlint:validFrom", &from.to_string(), "")?;
    }
    if let Some(until) = t.valid_until {
        element(x, pad, "termlint:validUntil", &until.to_string(), "")?;
    }
    if let Some(instead) = &t.use_instead {
        element(x, pad, "termlint:useInstead", instead, "use instead")?;
    }
    if !t.near_misses {
        element(x, pad, "termlint:nearMisses", "false", "")?;
    }
    if t.inflection == InflectionSetting::None {
        element(x, pad, "termlint:inflection", "none", "")?;
    }
    for form in &t.forms {
        element(x, pad, "termlint:form", form, "form")?;
    }
    x.push_str("          </termSec>\n");
    Ok(())
}

/// `<open>text</name>` on a line of its own, `name` being the first word of `open`.
fn element(x: &mut String, pad: &str, open: &str, text: &str, what: Bad) -> Result<(), Bad> {
    let name = open.split(' ').next().unwrap_or(open);
    x.push_str(pad);
    x.push('<');
    x.push_str(open);
    x.push('>');
    x.push_str(&escape(text, what)?);
    x.push_str("</");
    x.push_str(name);
    x.push_str(">\n");
    Ok(())
}

/// Text escaped for XML content and attribute values; `\r` as a reference, so it is not read
/// back as a line break.
fn escape(s: &str, what: Bad) -> Result<String, Bad> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => return Err(what),
            c => out.push(c),
        }
    }
    Ok(out)
}
