//! XLIFF 1.2 and 2.x: every source and target text is a segment, each pair a [`Unit`].
//!
//! - **1.2**: `<file source-language target-language>`, `<trans-unit id>` with `<source>` and
//!   `<target state>`. `<seg-source>`, `<alt-trans>` (suggestions), notes and other children of
//!   a trans-unit are skipped; `<mrk mtype="seg">` segments inside a source or target are read
//!   as part of its text. SDL's `.sdlxliff` is XLIFF 1.2 with extensions in its own namespace,
//!   which are skipped (its confirmation levels are not read: a non-empty target is translated).
//! - **2.x**: `<xliff srcLang trgLang>`, `<unit id>`, `<segment state>` with `<source>` and
//!   `<target>`; `<ignorable>` and notes are skipped. Every segment of a unit is a [`Unit`]
//!   with the unit's id.
//!
//! Inside a source or target, the text of `<g>`, `<mrk>` and `<pc>` is part of the segment;
//! the content of codes (`<ph>`, `<bpt>`, `<ept>`, `<it>`, `<sub>` inside them) is native code
//! and is dropped, and so are empty codes (`<x/>`, `<bx/>`, `<ex/>`, `<sc/>`, `<ec/>`, `<sm/>`,
//! `<em/>`, `<ph/>`). A term split by markup still reads as one (`Idl<g id="1">ib</g>` is
//! `Idlib`); a standalone placeholder (`<x/>`, `<ph>`) between two non-blank characters
//! reads as a space (see [`builder`](super::builder)). XLIFF 2 `<cp hex>` is the character it
//! stands for. Entities and character references are decoded, and every character maps back
//! to its place in the file (an entity to its `&`).
//!
//! Languages: a segment's language is its element's `xml:lang`, else the file's source or
//! target language. Segment and unit ids: the trans-unit or unit `id` (its 1-based position
//! among the file's units when it has none).
//!
//! States (the target's `state` in 1.2, the segment's in 2.x): `new`, `needs-translation` and
//! an empty or missing target are [`UnitState::Untranslated`]; `needs-review-*`,
//! `needs-adaptation`, `needs-l10n`, and a 2.x target written with an explicit `initial` state
//! (a draft, pre-translated and not yet confirmed) are [`UnitState::Fuzzy`]; anything else with
//! a non-empty target (`translated`, `final`, `signed-off`, `reviewed`, or no state) is
//! [`UnitState::Translated`]: a 2.x segment without a state attribute is `initial` by default,
//! but that is how files are written whose translations are done. A target is empty when its
//! element holds nothing but white space.
//!
//! [`Unit::range`] is the target's content (the whole tag of a self-closing `<target/>`), or
//! the source's when there is no target.

use std::ops::Range;

use super::builder::SegmentBuilder;
use super::xml::{name, read_content, Inline, Node, Xml};
use super::{Document, FormatError, Unit, UnitState};

/// The segments and units of an XLIFF file. The document's `path` and `text` are left empty
/// ([`Format::read`](super::Format::read) fills them).
pub fn read(text: &str) -> Result<Document, FormatError> {
    let mut xml = Xml::new(text);
    let mut r = Reader {
        doc: Document {
            running_text: true,
            ..Document::default()
        },
        version: Version::V1,
        file_langs: (None, None),
        unit: None,
        units_seen: 0,
    };
    loop {
        match xml.next()? {
            Node::Start { tag, range, empty } => {
                let name = name(&tag);
                let depth = xml.depth() + usize::from(empty);
                if depth == 1 {
                    if local(name) != "xliff" {
                        return Err(xml.error(
                            range.start,
                            format!("not an XLIFF file: root element <{name}>; expected <xliff>"),
                        ));
                    }
                    let version = xml.attr(&tag, "version", range.start)?;
                    let src = xml.attr(&tag, "srcLang", range.start)?;
                    let trg = xml.attr(&tag, "trgLang", range.start)?;
                    if version.as_deref().is_some_and(|v| v.starts_with('2')) || src.is_some() {
                        r.version = Version::V2;
                        r.file_langs = (src, trg);
                        r.doc.source_lang = r.file_langs.0.clone();
                        r.doc.target_lang = r.file_langs.1.clone();
                    }
                    continue;
                }
                match (r.version, name) {
                    (Version::V1, "file") => {
                        let src = xml.attr(&tag, "source-language", range.start)?;
                        let trg = xml.attr(&tag, "target-language", range.start)?;
                        if r.doc.source_lang.is_none() {
                            r.doc.source_lang = src.clone();
                        }
                        if r.doc.target_lang.is_none() {
                            r.doc.target_lang = trg.clone();
                        }
                        r.file_langs = (src, trg);
                    }
                    (Version::V1, "trans-unit") | (Version::V2, "unit") if r.unit.is_none() => {
                        r.units_seen += 1;
                        let id = xml
                            .attr(&tag, "id", range.start)?
                            .unwrap_or_else(|| r.units_seen.to_string());
                        if empty {
                            continue;
                        }
                        // In 1.2 the trans-unit is the segment; in 2.x `<segment>` opens one.
                        let segment = (r.version == Version::V1).then(|| OpenSegment::new(None));
                        r.unit = Some(OpenUnit { id, depth, segment });
                    }
                    (Version::V2, "segment") if r.in_unit(depth - 1) => {
                        let state = xml.attr(&tag, "state", range.start)?;
                        if !empty {
                            if let Some(u) = r.unit.as_mut() {
                                u.segment = Some(OpenSegment::new(state));
                            }
                        }
                    }
                    (_, "source" | "target") if r.in_segment(depth - 1) => {
                        let is_target = name == "target";
                        let lang = xml.attr(&tag, "xml:lang", range.start)?;
                        let state = xml.attr(&tag, "state", range.start)?;
                        let (builder, content) = read_content(&mut xml, &range, empty, inline)?;
                        let text_range = if empty {
                            range.clone()
                        } else {
                            content.clone()
                        };
                        let blank = text[content].trim().is_empty();
                        let Some(seg) = r.unit.as_mut().and_then(|u| u.segment.as_mut()) else {
                            continue;
                        };
                        let read = Read {
                            builder,
                            range: text_range,
                            lang,
                            blank,
                        };
                        if is_target {
                            if r.version == Version::V1 {
                                seg.state = state;
                            }
                            seg.target = Some(read);
                        } else {
                            seg.source = Some(read);
                        }
                    }
                    _ if r.unit.is_some() && !empty => {
                        // Notes, alt-trans, seg-source, ignorable, original data, extensions.
                        xml.skip_element()?;
                    }
                    _ => {}
                }
            }
            Node::End { .. } => {
                let depth = xml.depth() + 1;
                let Some(u) = r.unit.as_mut() else { continue };
                if r.version == Version::V2 && u.depth + 1 == depth {
                    // The end of a segment.
                    if let Some(seg) = u.segment.take() {
                        let id = u.id.clone();
                        r.emit(&id, seg);
                    }
                } else if u.depth == depth {
                    if let Some(OpenUnit {
                        id,
                        segment: Some(seg),
                        ..
                    }) = r.unit.take()
                    {
                        r.emit(&id, seg);
                    }
                }
            }
            Node::Text { .. } | Node::Char { .. } => {}
            Node::Eof => break,
        }
    }
    Ok(r.doc)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Version {
    V1,
    V2,
}

struct Reader {
    doc: Document,
    version: Version,
    /// The source and target languages of the file being read.
    file_langs: (Option<String>, Option<String>),
    unit: Option<OpenUnit>,
    units_seen: usize,
}

struct OpenUnit {
    id: String,
    /// Depth of the trans-unit or unit element.
    depth: usize,
    /// In 1.2 the trans-unit itself; in 2.x the open `<segment>`.
    segment: Option<OpenSegment>,
}

struct OpenSegment {
    state: Option<String>,
    source: Option<Read>,
    target: Option<Read>,
}

impl OpenSegment {
    fn new(state: Option<String>) -> OpenSegment {
        OpenSegment {
            state,
            source: None,
            target: None,
        }
    }
}

/// A source or target read.
struct Read {
    builder: SegmentBuilder,
    /// Its content in the file (the whole tag when self-closing).
    range: Range<usize>,
    lang: Option<String>,
    blank: bool,
}

impl Reader {
    /// Whether an element at `depth` is directly inside a unit's segment (1.2: the
    /// trans-unit; 2.x: a `<segment>`).
    fn in_segment(&self, depth: usize) -> bool {
        self.unit.as_ref().is_some_and(|u| {
            u.segment.is_some()
                && match self.version {
                    Version::V1 => u.depth == depth,
                    Version::V2 => u.depth + 1 == depth,
                }
        })
    }

    /// Whether an element at `depth` is directly inside a 2.x unit.
    fn in_unit(&self, depth: usize) -> bool {
        self.unit.as_ref().is_some_and(|u| u.depth == depth)
    }

    /// Adds a finished segment's texts and unit to the document. A segment without a source
    /// is not a unit and is left out.
    fn emit(&mut self, id: &str, seg: OpenSegment) {
        let Some(source) = seg.source else { return };
        let segments = &mut self.doc.segments;
        let source_index = segments.len();
        let source_range = source.range.clone();
        segments.push(source.builder.finish(
            Some(id.to_string()),
            source.lang.or_else(|| self.file_langs.0.clone()),
        ));
        let (target, state, range) = match seg.target {
            Some(t) => {
                let state = state_of(seg.state.as_deref(), t.blank);
                segments.push(t.builder.finish(
                    Some(id.to_string()),
                    t.lang.or_else(|| self.file_langs.1.clone()),
                ));
                (Some(segments.len() - 1), state, t.range)
            }
            None => (None, UnitState::Untranslated, source_range),
        };
        self.doc.units.push(Unit {
            id: id.to_string(),
            source: source_index,
            target,
            state,
            range,
        });
    }
}

/// The state of a unit from the state attribute (1.2 or 2.x) and whether its target is blank.
fn state_of(state: Option<&str>, blank: bool) -> UnitState {
    if blank {
        return UnitState::Untranslated;
    }
    match state {
        Some("new" | "needs-translation") => UnitState::Untranslated,
        Some(
            "needs-review-translation"
            | "needs-review-l10n"
            | "needs-review-adaptation"
            | "needs-adaptation"
            | "needs-l10n"
            | "initial",
        ) => UnitState::Fuzzy,
        _ => UnitState::Translated,
    }
}

/// How XLIFF 1.2 and 2.x inline elements are read.
fn inline(name: &str) -> Inline {
    match name {
        "g" | "mrk" | "pc" => Inline::Keep,
        "x" | "ph" => Inline::Placeholder,
        "bx" | "ex" | "bpt" | "ept" | "it" | "sc" | "ec" | "sm" | "em" | "sub" => Inline::Code,
        "cp" => Inline::CodePoint,
        _ => Inline::Keep,
    }
}

/// A name without its namespace prefix.
fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(doc: &Document) -> Vec<&str> {
        doc.segments.iter().map(|s| s.text.as_str()).collect()
    }

    /// The file text of every character of every segment, concatenated per segment.
    fn back(text: &str, doc: &Document, seg: usize, range: Range<usize>) -> String {
        text[doc.segments[seg].map.range_to_src(range)].to_string()
    }

    const V12: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="story.txt" source-language="en" target-language="tr" datatype="plaintext">
    <header><note>Idlib note</note></header>
    <body>
      <trans-unit id="t1">
        <source>Talks in <g id="1">Idlib</g> &amp; Astana</source>
        <seg-source><mrk mtype="seg" mid="1">Talks in Idlib</mrk></seg-source>
        <target state="translated">Müzakereler <g id="1">İdlib</g>'de &amp; Astana'da</target>
        <alt-trans><target>Idlip</target></alt-trans>
      </trans-unit>
      <group id="g">
        <trans-unit id="t2">
          <source>Recep<x id="1"/>Tayyip Erd<bpt id="2">&lt;b&gt;</bpt>oğan<ept id="2">&lt;/b&gt;</ept></source>
          <target state="needs-review-translation">Recep Tayyip <ph id="3">{name}</ph>Erdoğan</target>
        </trans-unit>
      </group>
      <trans-unit id="t3"><source>Erdoğan 🇹🇷</source></trans-unit>
      <trans-unit id="t4"><source>Syria</source><target/></trans-unit>
      <trans-unit id="t5"><source>Syria</source><target state="new">Suriye</target></trans-unit>
    </body>
  </file>
</xliff>
"#;

    #[test]
    fn xliff_1_2_units_texts_states_and_languages() {
        let doc = read(V12).unwrap();
        assert_eq!(doc.source_lang.as_deref(), Some("en"));
        assert_eq!(doc.target_lang.as_deref(), Some("tr"));
        assert_eq!(
            texts(&doc),
            [
                "Talks in Idlib & Astana",
                "Müzakereler İdlib'de & Astana'da",
                "Recep Tayyip Erdoğan",
                "Recep Tayyip Erdoğan",
                "Erdoğan 🇹🇷",
                "Syria",
                "",
                "Syria",
                "Suriye",
            ]
        );
        let summary: Vec<(&str, usize, Option<usize>, UnitState)> = doc
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.source, u.target, u.state))
            .collect();
        assert_eq!(
            summary,
            [
                ("t1", 0, Some(1), UnitState::Translated),
                ("t2", 2, Some(3), UnitState::Fuzzy),
                ("t3", 4, None, UnitState::Untranslated),
                ("t4", 5, Some(6), UnitState::Untranslated),
                ("t5", 7, Some(8), UnitState::Untranslated),
            ]
        );
        let langs: Vec<Option<&str>> = doc.segments.iter().map(|s| s.lang.as_deref()).collect();
        assert_eq!(langs[..4], [Some("en"), Some("tr"), Some("en"), Some("tr")]);
        assert_eq!(doc.segments[2].unit.as_deref(), Some("t2"));
        assert_eq!(
            &V12[doc.units[0].range.clone()],
            "Müzakereler <g id=\"1\">İdlib</g>'de &amp; Astana'da"
        );
        assert_eq!(&V12[doc.units[2].range.clone()], "Erdoğan 🇹🇷");
        assert_eq!(&V12[doc.units[3].range.clone()], "<target/>");
    }

    #[test]
    fn words_map_to_the_file_without_the_markup_around_them() {
        let doc = read(V12).unwrap();
        assert_eq!(back(V12, &doc, 0, 9..14), "Idlib");
        assert_eq!(back(V12, &doc, 0, 15..16), "&amp;");
        assert_eq!(back(V12, &doc, 0, 17..23), "Astana");
        let tr = &doc.segments[1].text;
        let idlib = tr.find("İdlib").unwrap();
        assert_eq!(
            back(V12, &doc, 1, idlib..idlib + "İdlib'de".len()),
            "İdlib</g>'de"
        );
        assert_eq!(back(V12, &doc, 1, idlib..idlib + "İdlib".len()), "İdlib");
        // The placeholder is a space; the formatting code inside the word is not.
        assert_eq!(back(V12, &doc, 2, 0..5), "Recep");
        assert_eq!(back(V12, &doc, 2, 6..12), "Tayyip");
        assert_eq!(
            back(V12, &doc, 2, 13..doc.segments[2].text.len()),
            "Erd<bpt id=\"2\">&lt;b&gt;</bpt>oğan"
        );
        let t = &doc.segments[3].text;
        assert_eq!(back(V12, &doc, 3, 13..t.len()), "Erdoğan");
    }

    #[test]
    fn xliff_2_segments_are_units() {
        let t = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"ru\">\r\n\
<file id=\"f1\"><unit id=\"u1\"><notes><note>Idlib</note></notes>\r\n\
<segment id=\"s1\" state=\"final\"><source>Erdoğan in <pc id=\"1\">Idlib</pc>.</source><target>Эрдоган в <pc id=\"1\">Идлибе</pc>.</target></segment>\r\n\
<ignorable><source> </source></ignorable>\r\n\
<segment id=\"s2\"><source>Next<ph id=\"2\"/>day<cp hex=\"0007\"/></source><target></target></segment>\r\n\
<segment state=\"initial\"><source>Syria</source><target>Сирия</target></segment>\r\n\
</unit></file></xliff>";
        let doc = read(t).unwrap();
        assert_eq!(
            (doc.source_lang.as_deref(), doc.target_lang.as_deref()),
            (Some("en"), Some("ru"))
        );
        assert_eq!(
            texts(&doc),
            [
                "Erdoğan in Idlib.",
                "Эрдоган в Идлибе.",
                "Next day\u{7}",
                "",
                "Syria",
                "Сирия"
            ]
        );
        let states: Vec<(&str, UnitState)> =
            doc.units.iter().map(|u| (u.id.as_str(), u.state)).collect();
        assert_eq!(
            states,
            [
                ("u1", UnitState::Translated),
                ("u1", UnitState::Untranslated),
                ("u1", UnitState::Fuzzy),
            ]
        );
        assert_eq!(
            back(t, &doc, 1, 0..doc.segments[1].text.len()),
            "Эрдоган в <pc id=\"1\">Идлибе</pc>."
        );
        let ru = &doc.segments[1].text;
        let i = ru.find("Идлибе").unwrap();
        assert_eq!(back(t, &doc, 1, i..i + "Идлибе".len()), "Идлибе");
        assert_eq!(back(t, &doc, 2, 8..9), "<cp hex=\"0007\"/>");
        assert_eq!(back(t, &doc, 2, 0..8), "Next<ph id=\"2\"/>day");
        assert_eq!(doc.segments[1].lang.as_deref(), Some("ru"));
    }

    #[test]
    fn not_xliff_and_broken_xliff_are_errors_with_positions() {
        let e = read("<?xml version=\"1.0\"?>\n<tmx/>").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1));
        assert!(e.message.contains("expected <xliff>"), "{e}");
        let e = read(
            "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"><source>Idlib</target>",
        )
        .unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        let e =
            read("<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>&nbsp;</source>")
                .unwrap_err();
        assert!(e.message.contains("undefined entity '&nbsp;'"), "{e}");
    }

    #[test]
    fn entities_and_crlf_map_back_exactly() {
        let t = "<xliff version=\"1.2\"><file source-language=\"en\"><body>\r\n<trans-unit id=\"a&amp;b\"><source>&#x130;dlib\r\nand &#304;zmir &lt;3</source></trans-unit></body></file></xliff>";
        let doc = read(t).unwrap();
        let s = &doc.segments[0];
        assert_eq!(s.text, "İdlib\r\nand İzmir <3");
        assert_eq!(doc.units[0].id, "a&b");
        assert_eq!(back(t, &doc, 0, 0.."İdlib".len()), "&#x130;dlib");
        let i = s.text.find("İzmir").unwrap();
        assert_eq!(back(t, &doc, 0, i..i + "İzmir".len()), "&#304;zmir");
        assert_eq!(back(t, &doc, 0, i + "İzmir ".len()..s.text.len()), "&lt;3");
    }
}
