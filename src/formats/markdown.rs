//! Markdown: prose is checked; code, URLs, link targets and HTML are not.
//!
//! The file is one [`Segment`] whose text is the file itself with everything that is not prose
//! masked by [`mask`](super::mask): same byte length, same line breaks, so the segment's
//! offset map is the identity and a finding's range is a range of the file as read.
//!
//! Masked: YAML (`---`) and TOML (`+++`) front matter, fenced and indented code blocks, inline
//! code, HTML blocks and inline HTML tags (the text between tags is prose), link and image
//! destinations and titles (the link text and the image's alt text are prose), reference
//! definitions, autolinks, and bare URLs and e-mail addresses ([`mask_urls`]). Markup
//! characters (`#`, `*`, `>`) are left as they are: they are never part of a word.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::{mask, Segment};

/// The segments of a Markdown file.
pub fn segments(text: &str) -> Vec<Segment> {
    let mut buf = text.as_bytes().to_vec();
    for range in unchecked_ranges(text) {
        mask(&mut buf, range);
    }
    mask_urls(&mut buf);
    vec![Segment {
        text: String::from_utf8(buf).expect("masking whole characters keeps UTF-8 valid"),
        ..Segment::default()
    }]
}

/// Masks bare URLs (`http://...`, `https://...`, `www....`) and e-mail addresses in `buf`.
///
/// `buf` is UTF-8 text (anything after its first invalid byte is left alone). A URL runs to the
/// next white space, quote or angle bracket; trailing sentence punctuation and unbalanced
/// closing brackets are not part of it (`(see https://example.org/a_(b)).` masks
/// `https://example.org/a_(b)`).
pub fn mask_urls(buf: &mut [u8]) {
    let valid = match std::str::from_utf8(buf) {
        Ok(s) => s.len(),
        Err(e) => e.valid_up_to(),
    };
    let text = std::str::from_utf8(&buf[..valid]).expect("checked above");
    let ranges = url_ranges(text);
    for range in ranges {
        mask(buf, range);
    }
}

/// Byte ranges of `text` that Markdown says are not prose.
fn unchecked_ranges(text: &str) -> Vec<Range<usize>> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut iter = Parser::new_ext(text, options).into_offset_iter();
    let mut out = Vec::new();
    // Open links and images: their whole range, and the range of their text so far.
    let mut links: Vec<(Range<usize>, Option<Range<usize>>)> = Vec::new();
    // Inside a block that is masked whole, events are skipped until it ends.
    let mut masked_depth = 0usize;
    for (event, range) in iter.by_ref() {
        if masked_depth > 0 {
            match event {
                Event::Start(_) => masked_depth += 1,
                Event::End(_) => masked_depth -= 1,
                _ => {}
            }
            continue;
        }
        match &event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => {
                out.push(range);
                masked_depth = 1;
                continue;
            }
            Event::Start(Tag::Link { link_type, .. } | Tag::Image { link_type, .. })
                if matches!(link_type, LinkType::Autolink | LinkType::Email) =>
            {
                out.push(range);
                masked_depth = 1;
                continue;
            }
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {
                links.push((range, None));
                continue;
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some((whole, inner)) = links.pop() {
                    match inner {
                        Some(inner) => {
                            out.push(whole.start..inner.start);
                            out.push(inner.end..whole.end);
                        }
                        None => out.push(whole.clone()),
                    }
                    extend(&mut links, whole);
                }
                continue;
            }
            Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => {
                out.push(range.clone());
            }
            _ => {}
        }
        extend(&mut links, range);
    }
    for (_, def) in iter.reference_definitions().iter() {
        out.push(def.span.clone());
    }
    out
}

/// Records that `range` is part of the text of the innermost open link.
fn extend(links: &mut [(Range<usize>, Option<Range<usize>>)], range: Range<usize>) {
    if let Some((_, inner)) = links.last_mut() {
        *inner = Some(match inner.take() {
            Some(r) => r.start.min(range.start)..r.end.max(range.end),
            None => range,
        });
    }
}

/// The byte ranges of bare URLs and e-mail addresses in `text`.
fn url_ranges(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out: Vec<Range<usize>> = Vec::new();
    // Where a URL or an address can start: before `://` (`http`, `https`), before a `.`
    // (`www`), and at `@`. The rest of the text is skipped without looking at each byte.
    let mut i = 0;
    for p in memchr::memchr3_iter(b':', b'.', b'@', bytes) {
        let candidates = match bytes[p] {
            b':' if bytes[p..].starts_with(b"://") => [p.checked_sub(5), p.checked_sub(4)],
            b'.' => [p.checked_sub(3), None],
            b'@' => [Some(p), None],
            _ => continue,
        };
        for c in candidates.into_iter().flatten() {
            if c < i {
                continue;
            }
            // `url_start` matches ASCII only, so `c` is on a character boundary when it does.
            if bytes[c] != b'@'
                && url_start(&bytes[c..])
                && !text[..c]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                let end = url_end(text, c);
                if end > c {
                    out.push(c..end);
                    i = end;
                    continue;
                }
            }
            if bytes[c] == b'@' {
                if let Some(r) = email_at(bytes, c) {
                    // An address never overlaps a URL found before it, but its local part may
                    // start before `c`.
                    if out.last().is_none_or(|last| last.end <= r.start) {
                        i = r.end;
                        out.push(r);
                    }
                }
            }
        }
    }
    out
}

/// Whether a bare URL starts here: `http://`, `https://` or `www.` and something after it.
fn url_start(s: &[u8]) -> bool {
    let starts = |p: &[u8]| s.len() > p.len() && s[..p.len()].eq_ignore_ascii_case(p);
    starts(b"https://") || starts(b"http://") || starts(b"www.")
}

/// Where the URL starting at `start` ends: at white space, quotes or angle brackets, without
/// trailing punctuation or an unbalanced closing bracket.
fn url_end(text: &str, start: usize) -> usize {
    let mut end = start;
    for (off, c) in text[start..].char_indices() {
        if c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '<' | '>'
                    | '"'
                    | '`'
                    | '«'
                    | '»'
                    | '“'
                    | '”'
                    | '„'
                    | '‘'
                    | '’'
                    | '‹'
                    | '›'
                    | '「'
                    | '」'
                    | '『'
                    | '』'
                    | '。'
                    | '、'
                    | '，'
                    | '（'
                    | '）'
            )
        {
            break;
        }
        end = start + off + c.len_utf8();
    }
    // Trim what ends a sentence rather than the URL.
    loop {
        let url = &text[start..end];
        let Some(last) = url.chars().next_back() else {
            break;
        };
        let trim = match last {
            '.' | ',' | ':' | ';' | '!' | '?' | '\'' | '*' | '_' => true,
            ')' => url.matches('(').count() < url.matches(')').count(),
            ']' => url.matches('[').count() < url.matches(']').count(),
            _ => false,
        };
        if !trim {
            break;
        }
        end -= last.len_utf8();
    }
    // A scheme or `www.` alone is not a URL.
    let url = &text[start..end];
    // Compared as bytes: after `www.` the URL may go on in any script (`www.ан` is 7 bytes
    // long, and byte 7 is inside `н`).
    let rest = [&b"https://"[..], b"http://", b"www."]
        .iter()
        .find(|p| url.len() >= p.len() && url.as_bytes()[..p.len()].eq_ignore_ascii_case(p))
        .map_or(0, |p| url.len() - p.len());
    if rest == 0 {
        start
    } else {
        end
    }
}

/// The e-mail address around the `@` at `at`: an ASCII local part and a dotted domain whose
/// last label has at least two letters.
fn email_at(bytes: &[u8], at: usize) -> Option<Range<usize>> {
    let is_local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
    let is_domain = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.';
    let mut start = at;
    while start > 0 && is_local(bytes[start - 1]) {
        start -= 1;
    }
    while start < at && bytes[start] == b'.' {
        start += 1;
    }
    if start == at || (start > 0 && bytes[start - 1] >= 0x80) {
        return None;
    }
    let mut end = at + 1;
    while end < bytes.len() && is_domain(bytes[end]) {
        end += 1;
    }
    while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
        end -= 1;
    }
    let domain = &bytes[at + 1..end];
    let dot = domain.iter().rposition(|&b| b == b'.')?;
    let tld = &domain[dot + 1..];
    let ok = dot > 0 && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic);
    ok.then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `url_ranges` looking at every byte.
    fn url_ranges_slowly(text: &str) -> Vec<Range<usize>> {
        let bytes = text.as_bytes();
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if url_start(&bytes[i..])
                && !text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                let end = url_end(text, i);
                if end > i {
                    out.push(i..end);
                    i = end;
                    continue;
                }
            }
            if bytes[i] == b'@' {
                if let Some(r) = email_at(bytes, i) {
                    if out.last().is_none_or(|last| last.end <= r.start) {
                        i = r.end;
                        out.push(r);
                        continue;
                    }
                }
            }
            i += 1;
        }
        out
    }

    #[test]
    fn a_short_url_before_an_accent_does_not_panic() {
        let mut buf = b"WwW.:h\xc3\xa9) www.\xc3\xa9t\xc3\xa9".to_vec();
        mask_urls(&mut buf);
        assert!(std::str::from_utf8(&buf).is_ok());
    }

    proptest::proptest! {
        #[test]
        fn url_candidates_find_what_looking_at_every_byte_finds(
            text in "(https?://|HTTP://|www\\.|WwW\\.|@|\\.|:|//|[a-z]{1,4}| |é|\\)|x@y\\.org){0,16}"
        ) {
            proptest::prop_assert_eq!(url_ranges(&text), url_ranges_slowly(&text));
        }
    }
    use crate::formats::MASK;

    /// The segment text with masked bytes shown as `~`, to read tests easily.
    fn masked(text: &str) -> String {
        let segs = segments(text);
        assert_eq!(segs.len(), 1);
        let s = &segs[0].text;
        assert_eq!(s.len(), text.len(), "same length");
        assert!(segs[0].map.is_identity());
        s.chars()
            .map(|c| if c == MASK as char { '~' } else { c })
            .collect()
    }

    fn urls(text: &str) -> String {
        let mut buf = text.as_bytes().to_vec();
        mask_urls(&mut buf);
        String::from_utf8(buf)
            .unwrap()
            .chars()
            .map(|c| if c == MASK as char { '~' } else { c })
            .collect()
    }

    #[test]
    fn prose_is_kept_as_is() {
        let t = "# Эрдоган 🇹🇷\n\nRecep Tayyip *Erdoğan* visited **Idlib**.\n";
        assert_eq!(masked(t), t);
    }

    #[test]
    fn fenced_and_indented_code_are_masked_keeping_line_breaks() {
        let t = "Ёж 🦔 é\n\n```rust\nlet idlib = 1;\n```\n\n    Idlib code\n\nIdlib.\n";
        assert_eq!(
            masked(t),
            "Ёж 🦔 é\n\n~~~~~~~\n~~~~~~~~~~~~~~\n~~~\n\n    ~~~~~~~~~~\n\nIdlib.\n"
        );
    }

    #[test]
    fn crlf_line_breaks_are_kept_in_masked_code() {
        let t = "é\r\n\r\n```\r\nIdlib\r\n```\r\nIdlib\r\n";
        assert_eq!(masked(t), "é\r\n\r\n~~~\r\n~~~~~\r\n~~~\r\nIdlib\r\n");
    }

    #[test]
    fn inline_code_and_html_are_masked_but_text_between_tags_is_not() {
        let t = "Ünïcödé 😀 `Idlib` and <b>Idlib</b>.\n\n<div>\nIdlib\n</div>\n\nend";
        assert_eq!(
            masked(t),
            "Ünïcödé 😀 ~~~~~~~ and ~~~Idlib~~~~.\n\n~~~~~\n~~~~~\n~~~~~~\n\nend"
        );
    }

    #[test]
    fn link_text_is_checked_but_not_its_destination_or_title() {
        let t = "Идлиб: [the Idlib story](https://x.org/idlib \"Idlib title\") and \
                 ![Idlib map](map.png) end";
        assert_eq!(
            masked(t),
            "Идлиб: ~the Idlib story~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ and \
             ~~Idlib map~~~~~~~~~~ end"
        );
    }

    #[test]
    fn reference_links_and_definitions() {
        let t = "Ç [Idlib][ref] x\n\n[ref]: https://x.org/idlib \"Idlib\"\n";
        assert_eq!(
            masked(t),
            "Ç ~Idlib~~~~~~ x\n\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
        );
    }

    #[test]
    fn image_inside_a_link() {
        let t = "é [![Idlib](a.png)](https://x.org) z";
        assert_eq!(masked(t), "é ~~~Idlib~~~~~~~~~~~~~~~~~~~~~~~~ z");
    }

    #[test]
    fn autolinks_bare_urls_and_emails_are_masked() {
        let t = "ö <https://x.org/idlib> and <idlib@x.org>, https://x.org/Idlib. ok";
        assert_eq!(
            masked(t),
            "ö ~~~~~~~~~~~~~~~~~~~~~ and ~~~~~~~~~~~~~, ~~~~~~~~~~~~~~~~~~~. ok"
        );
    }

    #[test]
    fn yaml_and_toml_front_matter_are_masked() {
        let t = "---\ntitle: Idlib\n---\n\nIdlib\n";
        assert_eq!(masked(t), "~~~\n~~~~~~~~~~~~\n~~~\n\nIdlib\n");
        let t = "+++\ntitle = \"Idlib\"\n+++\n\nIdlib\n";
        assert_eq!(masked(t), "~~~\n~~~~~~~~~~~~~~~\n~~~\n\nIdlib\n");
    }

    #[test]
    fn bare_urls_stop_at_spaces_quotes_and_sentence_punctuation() {
        assert_eq!(
            urls("Эрдоган (see https://en.wikipedia.org/wiki/Idlib_(city)). Next"),
            "Эрдоган (see ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~). Next"
        );
        assert_eq!(urls("😀 www.idlib.org, then"), "😀 ~~~~~~~~~~~~~, then");
        let url = "https://ru.wikipedia.org/wiki/Идлиб";
        assert_eq!(
            urls(&format!("«{url}» Идлиб")),
            format!("«{}» Идлиб", "~".repeat(url.len()))
        );
    }

    #[test]
    fn a_scheme_alone_or_inside_a_word_is_not_a_url() {
        assert_eq!(
            urls("http:// and www. and xhttp://a"),
            "http:// and www. and xhttp://a"
        );
    }

    #[test]
    fn emails_need_a_dotted_domain() {
        assert_eq!(urls("é news@idlib.org."), "é ~~~~~~~~~~~~~~.");
        assert_eq!(urls("@Idlib and a@b and x@y.z"), "@Idlib and a@b and x@y.z");
        assert_eq!(
            urls("Ş ann.lee+x@mail.example.com"),
            "Ş ~~~~~~~~~~~~~~~~~~~~~~~~~~"
        );
    }

    #[test]
    fn fuzz_www_then_cyrillic_does_not_split_a_character() {
        // Found by the `decode` fuzz target: `www.ан` is shorter than `https://` in bytes but
        // not on a character boundary at byte 7 or 8.
        assert_eq!(urls("www.ан и"), "~~~~~~~~ и");
        assert_eq!(urls("www.а"), "~~~~~~");
        assert_eq!(urls("http://я"), "~~~~~~~~~");
    }

    #[test]
    fn invalid_utf8_tail_is_left_alone() {
        let mut buf = b"https://a.org \xFF https://b.org".to_vec();
        mask_urls(&mut buf);
        assert_eq!(&buf[..13], &[MASK; 13]);
        assert_eq!(&buf[14..], b"\xFF https://b.org");
    }
}
