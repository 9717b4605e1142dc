//! TMX 1.1 to 1.4 translation memories: every `<tuv>` is a segment in its own language, and
//! every `<tuv>` that is not in the source language is a [`Unit`] paired with the source one.
//!
//! - The source language is the `<tu>`'s `srclang`, else the `<header>`'s. `*all*` (any
//!   language can be the source) takes the first `<tuv>` of each `<tu>`. A `<tu>` with no
//!   `<tuv>` in the source language has segments but no units.
//! - A `<tuv>`'s language is its `xml:lang` (TMX 1.4) or `lang` (TMX 1.1). Languages are
//!   compared without regard to case, then by primary language (`en` matches `en-US`).
//! - Unit and segment ids: the `tuid`, else the `<tu>`'s 1-based position in the file.
//! - Inside `<seg>`, the text of `<hi>` is part of the segment; the content of `<bpt>`,
//!   `<ept>`, `<it>`, `<ut>` and `<ph>` is native code and is dropped. A `<ph>` between two
//!   non-blank characters reads as a space (see [`builder`](super::builder)).
//! - A unit is [`UnitState::Translated`] when its `<seg>` holds more than white space, else
//!   [`UnitState::Untranslated`]. [`Unit::range`] is the target `<seg>`'s content.
//! - [`Document::source_lang`] is the header's `srclang` (none for `*all*`);
//!   [`Document::target_lang`] is the one other language of the file, if there is only one.

use std::ops::Range;

use super::builder::SegmentBuilder;
use super::xml::{name, read_content, Inline, Node, Xml};
use super::{Document, FormatError, Unit, UnitState};

/// The segments and units of a TMX file, with `source_lang` (`--source-lang`), when given,
/// over the `srclang` of the file: a file without `srclang` then has units too. The
/// document's `path` and `text` are left empty ([`Format::read`](super::Format::read) fills
/// them).
pub fn read_with_source(text: &str, source_lang: Option<&str>) -> Result<Document, FormatError> {
    let mut xml = Xml::new(text);
    let mut doc = Document::default();
    let mut header_src: Option<String> = source_lang.map(str::to_string);
    doc.source_lang = header_src.clone();
    let mut tu: Option<OpenTu> = None;
    let mut tus_seen = 0usize;
    let mut target_langs: Vec<String> = Vec::new();
    loop {
        match xml.next()? {
            Node::Start { tag, range, empty } => {
                let name = name(&tag);
                let depth = xml.depth() + usize::from(empty);
                if depth == 1 {
                    if name != "tmx" {
                        return Err(xml.error(
                            range.start,
                            format!("not a TMX file: root element <{name}>; expected <tmx>"),
                        ));
                    }
                    continue;
                }
                match name {
                    "header" if tu.is_none() => {
                        header_src = xml.attr(&tag, "srclang", range.start)?;
                        if let Some(l) = source_lang {
                            header_src = Some(l.to_string());
                        }
                        doc.source_lang = header_src.clone().filter(|l| l != "*all*");
                        if !empty {
                            xml.skip_element()?;
                        }
                    }
                    "tu" if tu.is_none() => {
                        tus_seen += 1;
                        let id = xml
                            .attr(&tag, "tuid", range.start)?
                            .unwrap_or_else(|| tus_seen.to_string());
                        let src = match source_lang {
                            Some(l) => Some(l.to_string()),
                            None => xml.attr(&tag, "srclang", range.start)?,
                        };
                        if !empty {
                            tu = Some(OpenTu {
                                id,
                                depth,
                                srclang: src.or_else(|| header_src.clone()),
                                tuvs: Vec::new(),
                                lang: None,
                            });
                        }
                    }
                    "tuv" if tu.as_ref().is_some_and(|t| t.depth + 1 == depth) => {
                        let lang = match xml.attr(&tag, "xml:lang", range.start)? {
                            Some(l) => Some(l),
                            None => xml.attr(&tag, "lang", range.start)?,
                        };
                        if let (Some(t), false) = (tu.as_mut(), empty) {
                            t.lang = Some(lang.unwrap_or_default());
                        }
                    }
                    "seg"
                        if tu
                            .as_ref()
                            .is_some_and(|t| t.lang.is_some() && t.depth + 2 == depth) =>
                    {
                        let (builder, content) = read_content(&mut xml, &range, empty, inline)?;
                        if let Some(t) = tu.as_mut() {
                            let lang = t.lang.clone().unwrap_or_default();
                            let blank = text[content.clone()].trim().is_empty();
                            t.tuvs.push(Tuv {
                                lang,
                                builder,
                                range: content,
                                blank,
                            });
                        }
                    }
                    _ if tu.is_some() && !empty => {
                        // Notes and properties.
                        xml.skip_element()?;
                    }
                    _ => {}
                }
            }
            Node::End { .. } => {
                let depth = xml.depth() + 1;
                let Some(t) = tu.as_mut() else { continue };
                if t.depth + 1 == depth {
                    t.lang = None;
                } else if t.depth == depth {
                    if let Some(t) = tu.take() {
                        t.emit(&mut doc, &mut target_langs);
                    }
                }
            }
            Node::Text { .. } | Node::Char { .. } => {}
            Node::Eof => break,
        }
    }
    if let [one] = target_langs.as_slice() {
        doc.target_lang = Some(one.clone());
    }
    Ok(doc)
}

struct OpenTu {
    id: String,
    depth: usize,
    srclang: Option<String>,
    tuvs: Vec<Tuv>,
    /// The language of the open `<tuv>`.
    lang: Option<String>,
}

struct Tuv {
    lang: String,
    builder: SegmentBuilder,
    range: Range<usize>,
    blank: bool,
}

impl OpenTu {
    fn emit(self, doc: &mut Document, target_langs: &mut Vec<String>) {
        let source = match self.srclang.as_deref() {
            None => None,
            Some("*all*") => (!self.tuvs.is_empty()).then_some(0),
            Some(src) => self
                .tuvs
                .iter()
                .position(|t| t.lang.eq_ignore_ascii_case(src))
                .or_else(|| {
                    self.tuvs
                        .iter()
                        .position(|t| primary(&t.lang).eq_ignore_ascii_case(primary(src)))
                }),
        };
        let first = doc.segments.len();
        let mut ranges = Vec::with_capacity(self.tuvs.len());
        for tuv in self.tuvs {
            ranges.push((tuv.range, tuv.blank));
            let lang = (!tuv.lang.is_empty()).then(|| tuv.lang.clone());
            doc.segments
                .push(tuv.builder.finish(Some(self.id.clone()), lang));
        }
        let Some(source) = source else { return };
        for (i, (range, blank)) in ranges.into_iter().enumerate() {
            if i == source {
                continue;
            }
            if let Some(lang) = &doc.segments[first + i].lang {
                if !target_langs.contains(lang) {
                    target_langs.push(lang.clone());
                }
            }
            doc.units.push(Unit {
                id: self.id.clone(),
                source: first + source,
                target: Some(first + i),
                state: if blank {
                    UnitState::Untranslated
                } else {
                    UnitState::Translated
                },
                range,
            });
        }
    }
}

/// The primary language subtag of a language tag.
use crate::lang::primary;

/// How TMX inline elements are read.
fn inline(name: &str) -> Inline {
    match name {
        "ph" => Inline::Placeholder,
        "bpt" | "ept" | "it" | "ut" | "sub" => Inline::Code,
        _ => Inline::Keep,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TMX: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<tmx version=\"1.4\">\n\
<header srclang=\"en-US\" datatype=\"plaintext\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" creationtool=\"t\" creationtoolversion=\"1\"><note>h</note></header>\n\
<body>\n\
<tu tuid=\"erdogan\"><note>Idlib</note>\n\
  <tuv xml:lang=\"en-US\"><seg>President <hi>Erdoğan</hi> visited <bpt i=\"1\">&lt;b&gt;</bpt>Idlib<ept i=\"1\">&lt;/b&gt;</ept></seg></tuv>\n\
  <tuv xml:lang=\"tr\"><prop type=\"x\">p</prop><seg>Cumhurbaşkanı Erdoğan <bpt i=\"1\">&lt;b&gt;</bpt>İdlib<ept i=\"1\">&lt;/b&gt;</ept>'i ziyaret etti</seg></tuv>\n\
  <tuv xml:lang=\"tr\"><seg> </seg></tuv>\n\
</tu>\n\
<tu><tuv lang=\"EN\"><seg>Syria<ph x=\"1\">&lt;br/&gt;</ph>news</seg></tuv><tuv lang=\"ru\"><seg>Сирия</seg></tuv></tu>\n\
<tu srclang=\"*all*\"><tuv xml:lang=\"ru\"><seg>Идлиб</seg></tuv><tuv xml:lang=\"tr\"><seg>İdlib</seg></tuv></tu>\n\
</body>\n\
</tmx>\n";

    #[test]
    fn tuvs_are_segments_and_non_source_tuvs_are_units() {
        let doc = read_with_source(TMX, None).unwrap();
        let texts: Vec<(&str, Option<&str>, Option<&str>)> = doc
            .segments
            .iter()
            .map(|s| (s.text.as_str(), s.lang.as_deref(), s.unit.as_deref()))
            .collect();
        assert_eq!(
            texts,
            [
                (
                    "President Erdoğan visited Idlib",
                    Some("en-US"),
                    Some("erdogan")
                ),
                (
                    "Cumhurbaşkanı Erdoğan İdlib'i ziyaret etti",
                    Some("tr"),
                    Some("erdogan")
                ),
                (" ", Some("tr"), Some("erdogan")),
                ("Syria news", Some("EN"), Some("2")),
                ("Сирия", Some("ru"), Some("2")),
                ("Идлиб", Some("ru"), Some("3")),
                ("İdlib", Some("tr"), Some("3")),
            ]
        );
        let units: Vec<(&str, usize, Option<usize>, UnitState)> = doc
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.source, u.target, u.state))
            .collect();
        assert_eq!(
            units,
            [
                ("erdogan", 0, Some(1), UnitState::Translated),
                ("erdogan", 0, Some(2), UnitState::Untranslated),
                ("2", 3, Some(4), UnitState::Translated),
                ("3", 5, Some(6), UnitState::Translated),
            ]
        );
        assert_eq!(doc.source_lang.as_deref(), Some("en-US"));
        assert_eq!(doc.target_lang, None, "tr and ru");
        assert_eq!(&TMX[doc.units[2].range.clone()], "Сирия");
    }

    #[test]
    fn words_map_back_without_codes() {
        let doc = read_with_source(TMX, None).unwrap();
        let s = &doc.segments[1];
        let i = s.text.find("İdlib").unwrap();
        let r = s.map.range_to_src(i..i + "İdlib'i".len());
        assert_eq!(&TMX[r], "İdlib<ept i=\"1\">&lt;/b&gt;</ept>'i");
        let r = s.map.range_to_src(i..i + "İdlib".len());
        assert_eq!(&TMX[r], "İdlib");
        let s = &doc.segments[0];
        let i = s.text.find("Erdoğan").unwrap();
        assert_eq!(&TMX[s.map.range_to_src(i..i + "Erdoğan".len())], "Erdoğan");
        let s = &doc.segments[3];
        assert_eq!(&TMX[s.map.range_to_src(6..10)], "news");
        assert_eq!(&TMX[s.map.range_to_src(0..5)], "Syria");
    }

    #[test]
    fn one_target_language_is_the_documents() {
        let t = "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Idlib</seg></tuv><tuv xml:lang=\"de\"><seg>Idlib</seg></tuv></tu></body></tmx>";
        let doc = read_with_source(t, None).unwrap();
        assert_eq!(doc.target_lang.as_deref(), Some("de"));
        assert_eq!(doc.units.len(), 1);
    }

    #[test]
    fn not_tmx_is_an_error() {
        let e = read_with_source("<xliff/>", None).unwrap_err();
        assert!(e.message.contains("expected <tmx>"), "{e}");
        let e = read_with_source(
            "<tmx><body><tu><tuv xml:lang=\"en\"><seg>a<b</seg></tuv></tu></body></tmx>",
            None,
        )
        .unwrap_err();
        assert_eq!(e.line, 1);
    }
}
