//! Android string resources (`res/values*/strings.xml`), monolingual.
//!
//! - The root is `<resources>`. Checked: `<string name="x">` (unit `x`), every `<item>` of
//!   `<plurals name="p">` (all with the unit `p`, as Fluent variants share their message's),
//!   and the `<item>`s of `<string-array name="a">` (units `a.0`, `a.1`, ...). A plural item
//!   is the [`Variant`] of its `quantity` (`other` the default). A resource with
//!   `translatable="false"` is skipped, and so are other resources (`<dimen>`, `<color>`,
//!   `<integer-array>`, ...), comments and a value that is a reference (`@string/other`,
//!   `?attr/x`).
//! - XML entities, character references and CDATA sections are decoded by the XML reader, then
//!   Android's escapes: `\'`, `\"`, `\n`, `\t`, `\@`, `\?`, `\\`, `\uXXXX` (any other `\x` is
//!   `x`). Each decoded character maps to its bytes in the file. An unescaped `"` (which only
//!   keeps white space as it is) is dropped.
//! - Not text: printf conversions (`%s`, `%1$s`, `%d`, `%.2f`; `%%` is a literal percent sign;
//!   none in a resource with `formatted="false"`) and `<xliff:g>` elements, content included
//!   (an example of the placeholder), are dropped as placeholders: one space between two
//!   non-blank characters. Formatting tags (`<b>`, `<i>`, `<u>`, `<a href>`, and HTML tags
//!   written in CDATA or with `&lt;`) add nothing; their inner text is checked.
//! - A file whose root is not `<resources>` is an error, and so are malformed XML and a
//!   checked resource without a `name`.

use super::json::{build, printf_kinds, Char, Kind};
use super::xml::{name, Node, Xml};
use super::{Document, FormatError, Segment, Variant};

/// The segments of an Android resource file. The document's `path` and `text` are left empty
/// ([`Format::read`](super::Format::read) fills them).
pub fn read(text: &str) -> Result<Document, FormatError> {
    let mut xml = Xml::new(text);
    let mut segments = Vec::new();
    loop {
        match xml.next()? {
            Node::Start { tag, range, empty } => {
                let element = name(&tag).to_string();
                let depth = xml.depth() + usize::from(empty);
                if depth == 1 {
                    if element != "resources" {
                        return Err(xml.error(
                            range.start,
                            format!(
                                "not an Android resource file: root element <{element}>; expected <resources>"
                            ),
                        ));
                    }
                    continue;
                }
                if empty {
                    continue;
                }
                let translatable = xml.attr(&tag, "translatable", range.start)?;
                let formatted = xml.attr(&tag, "formatted", range.start)?;
                let printf = formatted.as_deref() != Some("false");
                let checked = matches!(element.as_str(), "string" | "plurals" | "string-array");
                if !checked || translatable.as_deref() == Some("false") {
                    xml.skip_element()?;
                    continue;
                }
                let Some(unit) = xml.attr(&tag, "name", range.start)? else {
                    return Err(
                        xml.error(range.start, format!("<{element}> without a name attribute"))
                    );
                };
                if element == "string" {
                    let s = value(&mut xml, range.end, printf, unit)?;
                    segments.extend(s);
                    continue;
                }
                // The items of a plurals or string-array.
                let mut index = 0;
                loop {
                    match xml.next()? {
                        Node::Start { tag, range, empty } => {
                            if name(&tag) != "item" {
                                if !empty {
                                    xml.skip_element()?;
                                }
                                continue;
                            }
                            let id = if element == "plurals" {
                                unit.clone()
                            } else {
                                format!("{unit}.{index}")
                            };
                            index += 1;
                            // A plural item is the variant of its quantity; `other`, which
                            // every language has, is the default.
                            let variant = if element == "plurals" {
                                let quantity = xml.attr(&tag, "quantity", range.start)?;
                                quantity.map(|q| Variant::new(q.trim(), q.trim() == "other", None))
                            } else {
                                None
                            };
                            if !empty {
                                let s = value(&mut xml, range.end, printf, id)?;
                                segments.extend(s.map(|s| Segment { variant, ..s }));
                            }
                        }
                        Node::End { .. } => break,
                        Node::Text { .. } | Node::Char { .. } => {}
                        Node::Eof => return Err(xml.truncated()),
                    }
                }
            }
            Node::End { .. } | Node::Text { .. } | Node::Char { .. } => {}
            Node::Eof => break,
        }
    }
    Ok(Document {
        segments,
        ..Document::default()
    })
}

/// Reads the content of the element just started, whose start tag ends at `start`, up to its
/// end tag: the segment of its text, `None` when nothing is left to check.
fn value(
    xml: &mut Xml<'_>,
    start: usize,
    printf: bool,
    unit: String,
) -> Result<Option<Segment>, FormatError> {
    let (chars, kinds) = content(xml)?;
    let (chars, kinds) = unescape(&chars, &kinds);
    let kinds = tags(&chars, kinds);
    let (chars, kinds) = if printf {
        printf_kinds(&chars, &kinds)
    } else {
        (chars, kinds)
    };
    if is_reference(&chars, &kinds) {
        return Ok(None);
    }
    let s = build(&chars, &kinds, start, Some(unit), None);
    Ok((!s.text.trim().is_empty()).then_some(s))
}

/// The characters of an element's content as the XML reader gives them, with the markup
/// inside as characters that are not text: a formatting tag is [`Kind::Markup`], an
/// `<xliff:g>` element one [`Kind::Placeholder`] over all of it.
fn content(xml: &mut Xml<'_>) -> Result<(Vec<Char>, Vec<Kind>), FormatError> {
    let depth = xml.depth();
    let mut chars = Vec::new();
    let mut kinds = Vec::new();
    loop {
        match xml.next()? {
            Node::Text { raw, src } => {
                for (i, c) in raw.char_indices() {
                    chars.push(Char {
                        c,
                        src: src + i,
                        len: c.len_utf8(),
                    });
                    kinds.push(Kind::Text);
                }
            }
            Node::Char { c, range } => {
                chars.push(Char {
                    c,
                    src: range.start,
                    len: range.len(),
                });
                kinds.push(Kind::Text);
            }
            Node::Start { tag, range, empty } => {
                let is_placeholder =
                    name(&tag).rsplit(':').next() == Some("g") && name(&tag).starts_with("xliff:");
                let end = if is_placeholder && !empty {
                    xml.skip_element()?.end
                } else {
                    range.end
                };
                chars.push(Char {
                    c: '\u{1a}',
                    src: range.start,
                    len: end - range.start,
                });
                kinds.push(if is_placeholder {
                    Kind::Placeholder
                } else {
                    Kind::Markup
                });
            }
            Node::End { range } => {
                if xml.depth() < depth {
                    return Ok((chars, kinds));
                }
                chars.push(Char {
                    c: '\u{1a}',
                    src: range.start,
                    len: range.len(),
                });
                kinds.push(Kind::Markup);
            }
            Node::Eof => return Err(xml.truncated()),
        }
    }
}

/// The characters with Android's backslash escapes decoded (each escape one character over
/// all its bytes) and unescaped double quotes dropped as markup.
fn unescape(chars: &[Char], kinds: &[Kind]) -> (Vec<Char>, Vec<Kind>) {
    let text = |i: usize| (kinds.get(i) == Some(&Kind::Text)).then(|| chars[i].c);
    let mut out = (
        Vec::with_capacity(chars.len()),
        Vec::with_capacity(chars.len()),
    );
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        if kinds[i] == Kind::Text && ch.c == '\\' {
            if let Some(next) = text(i + 1) {
                let (c, taken) = match next {
                    'n' => ('\n', 2),
                    't' => ('\t', 2),
                    'u' => match hex4(chars, kinds, i + 2) {
                        Some(c) => (c, 6),
                        None => ('u', 2),
                    },
                    other => (other, 2),
                };
                let last = chars[i + taken - 1];
                out.0.push(Char {
                    c,
                    src: ch.src,
                    len: last.src + last.len - ch.src,
                });
                out.1.push(Kind::Text);
                i += taken;
                continue;
            }
        }
        out.0.push(ch);
        out.1.push(if kinds[i] == Kind::Text && ch.c == '"' {
            Kind::Markup
        } else {
            kinds[i]
        });
        i += 1;
    }
    out
}

/// The character of the four hex digits of text at `chars[at..]`, if they are.
fn hex4(chars: &[Char], kinds: &[Kind], at: usize) -> Option<char> {
    let digits = chars.get(at..at + 4)?;
    if kinds[at..at + 4].iter().any(|k| *k != Kind::Text) {
        return None;
    }
    let s: String = digits.iter().map(|c| c.c).collect();
    if !s.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    Some(char::from_u32(u32::from_str_radix(&s, 16).ok()?).unwrap_or('\u{fffd}'))
}

/// `kinds` with the HTML tags written as text (in CDATA, or with `&lt;`) marked as markup:
/// `<b>`, `</b>`, `<a href="...">`, `<br/>`; no `<` nor line break inside. Each `<` looks no
/// further than the next `<`, so the scan is linear.
fn tags(chars: &[Char], mut kinds: Vec<Kind>) -> Vec<Kind> {
    let text = |i: usize| (kinds.get(i) == Some(&Kind::Text)).then(|| chars[i].c);
    let mut marks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if text(i) != Some('<') {
            i += 1;
            continue;
        }
        let name = if text(i + 1) == Some('/') {
            i + 2
        } else {
            i + 1
        };
        if !text(name).is_some_and(|c| c.is_ascii_alphabetic()) {
            i += 1;
            continue;
        }
        let mut j = name;
        let close = loop {
            match text(j) {
                Some('>') => break Some(j),
                Some('<' | '\n') | None => break None,
                Some(_) => j += 1,
            }
        };
        match close {
            Some(end) => {
                marks.push(i..end + 1);
                i = end + 1;
            }
            None => i = j.max(i + 1),
        }
    }
    for m in marks {
        for k in &mut kinds[m] {
            *k = Kind::Markup;
        }
    }
    kinds
}

/// Whether a value is a reference to another resource (`@string/x`, `@android:string/x`,
/// `?attr/x`): one word starting with an unescaped `@` or `?`, with a `/`.
fn is_reference(chars: &[Char], kinds: &[Kind]) -> bool {
    let text: Vec<&Char> = (chars.iter().zip(kinds))
        .filter(|(_, k)| **k == Kind::Text)
        .map(|(c, _)| c)
        .collect();
    let word: String = text.iter().map(|c| c.c).collect();
    let word = word.trim();
    let first = text.iter().find(|c| !c.c.is_whitespace());
    first.is_some_and(|c| c.len == 1)
        && word.starts_with(['@', '?'])
        && word.contains('/')
        && !word.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(text: &str) -> Vec<(String, String)> {
        let doc = read(text).unwrap();
        doc.segments
            .iter()
            .map(|s| (s.unit.clone().unwrap_or_default(), s.text.clone()))
            .collect()
    }

    fn res(body: &str) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources xmlns:xliff=\"urn:oasis:names:tc:xliff:document:1.2\">\n{body}\n</resources>\n"
        )
    }

    /// The file text a word of a segment maps to, and its line and column.
    fn find(text: &str, word: &str) -> (String, (usize, usize)) {
        let doc = read(text).unwrap();
        for s in &doc.segments {
            if let Some(at) = s.text.find(word) {
                let r = s.map.range_to_src(at..at + word.len());
                return (
                    text[r.clone()].to_string(),
                    FormatError::line_col(text, r.start),
                );
            }
        }
        panic!("{word} not in {text}");
    }

    #[test]
    fn plural_items_are_variants_of_their_quantity() {
        let text = res(r#"  <string name="title">Idlib</string>
  <plurals name="cities">
    <item quantity="one">%d city</item>
    <item quantity=" few ">%d cities</item>
    <item quantity="other">%d cities</item>
  </plurals>
  <string-array name="places"><item>Aleppo</item></string-array>"#);
        let doc = read(&text).unwrap();
        let got: Vec<Option<(String, bool, Option<String>)>> = (doc.segments.iter())
            .map(|s| {
                let k = &s.variant.as_ref()?.path[0];
                Some((k.key.clone(), k.default, k.selector.clone()))
            })
            .collect();
        assert_eq!(
            got,
            [
                None,
                Some(("one".into(), false, None)),
                Some(("few".into(), false, None)),
                Some(("other".into(), true, None)),
                None
            ]
        );
    }

    #[test]
    fn strings_plurals_and_arrays_are_segments_with_their_units() {
        let text = res(r#"  <!-- Idlib comment -->
  <string name="title">Fighting in Idlib</string>
  <string name="app_id" translatable="false">Idlib</string>
  <plurals name="cities">
    <item quantity="one">%d city near Idlib</item>
    <item quantity="other">%d cities near Idlib</item>
  </plurals>
  <string-array name="places">
    <item>Aleppo</item>
    <item>İdlib</item>
  </string-array>
  <string-array name="codes" translatable="false"><item>Idlib</item></string-array>
  <dimen name="pad">4dp</dimen>
  <string name="ref">@string/title</string>
  <string name="empty"></string>"#);
        assert_eq!(
            segments(&text),
            [
                ("title", "Fighting in Idlib"),
                ("cities", " city near Idlib"),
                ("cities", " cities near Idlib"),
                ("places.0", "Aleppo"),
                ("places.1", "İdlib"),
            ]
            .map(|(u, t)| (u.to_string(), t.to_string()))
        );
        assert_eq!(find(&text, "Fighting"), ("Fighting".to_string(), (4, 24)));
    }

    #[test]
    fn escapes_entities_and_cdata_are_decoded_and_map_to_their_bytes() {
        let text = res(
            r#"<string name="a">Don\'t say \"Erdo\u011fan\"\nin 東京 Idlib &amp; Ankara</string>
<string name="b">Erdo&#287;an <![CDATA[<b>Idlib</b>]]> \@home \?x \\ 🎉 Recep</string>
<string name="c">"  quoted Idlib  "</string>"#,
        );
        let s = segments(&text);
        assert_eq!(s[0].1, "Don't say \"Erdoğan\"\nin 東京 Idlib & Ankara");
        assert_eq!(s[1].1, "Erdoğan Idlib @home ?x \\ 🎉 Recep");
        assert_eq!(s[2].1, "  quoted Idlib  ");
        assert_eq!(find(&text, "Erdoğan\"").0, r#"Erdo\u011fan\""#);
        assert_eq!(
            find(&text, "Erdoğan Idlib").0,
            "Erdo&#287;an <![CDATA[<b>Idlib"
        );
        assert_eq!(find(&text, "Recep").0, "Recep");
        assert_eq!(find(&text, "Idlib &").0, "Idlib &amp;");
        assert_eq!(find(&text, "@home").0, "\\@home");
    }

    #[test]
    fn printf_xliff_g_and_tags_are_not_text() {
        let cases = [
            ("%1$s in %2$d and %.2f", " in  and "),
            ("100%% sure", "100% sure"),
            (
                "Hi <xliff:g id=\"name\" example=\"Idleb\">%1$s</xliff:g>, Idlib",
                "Hi , Idlib",
            ),
            ("Idlib<xliff:g id=\"x\">{n}</xliff:g>Aleppo", "Idlib Aleppo"),
            ("A <b>bold</b> Idl<i>ib</i>", "A bold Idlib"),
            ("<a href=\"https://x.org\">Idlib</a>", "Idlib"),
            ("&lt;b>Idlib&lt;/b>", "Idlib"),
        ];
        for (value, expected) in cases {
            let text = res(&format!("<string name=\"k\">{value}</string>"));
            assert_eq!(segments(&text)[0].1, expected, "{value}");
        }
        let text = res("<string name=\"k\" formatted=\"false\">100%d</string>");
        assert_eq!(segments(&text)[0].1, "100%d");
    }

    #[test]
    fn a_word_split_by_a_tag_maps_over_it() {
        let text = res("<string name=\"k\">Idl<b>ib</b> x</string>");
        assert_eq!(find(&text, "Idlib").0, "Idl<b>ib");
    }

    #[test]
    fn empty_files_and_resources_have_no_segments() {
        assert!(read("").unwrap().segments.is_empty());
        assert!(read("<resources/>").unwrap().segments.is_empty());
        assert!(segments(&res("<string name=\"a\"/><string name=\"b\">%s</string>")).is_empty());
    }

    #[test]
    fn invalid_files_are_errors_with_their_place() {
        let e = read("<?xml version=\"1.0\"?>\n<manifest package=\"x\"/>").unwrap_err();
        assert_eq!((e.line, e.column), (2, 1), "{e}");
        assert!(e.message.contains("not an Android resource file"), "{e}");
        let e = read("<resources>\n  <string>x</string>\n</resources>").unwrap_err();
        assert_eq!((e.line, e.column), (2, 3), "{e}");
        let e = read("<resources>\n  <string name=\"a\">x</strin>\n</resources>").unwrap_err();
        assert_eq!(e.line, 2, "{e}");
        let e = read("<resources>\n  <string name=\"a\">x").unwrap_err();
        assert!(e.message.contains("truncated"), "{e}");
    }

    #[test]
    fn pathological_values_are_read_in_linear_time() {
        for piece in ["&lt;a", "\\u", "%1$", "\\"] {
            let value = piece.repeat(100_000 / piece.len());
            let text = res(&format!("<string name=\"k\">{value}</string>"));
            let start = std::time::Instant::now();
            read(&text).unwrap();
            assert!(start.elapsed().as_secs() < 2, "{piece:?}");
        }
    }
}
