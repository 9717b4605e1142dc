//! Building a segment's text out of pieces of a file, with the map back to the file.
//!
//! Bilingual formats do not check their file byte for byte: XML markup and PO quotes are
//! dropped, entities and escapes are decoded. A [`SegmentBuilder`] takes the characters a
//! segment is made of, each with its place in the file, and records the offset map.
//!
//! **Where a boundary maps.** Where nothing was dropped, an offset maps to the start of the
//! character after it, as in the file. Where something was dropped between two characters
//! (markup, the `"` and line break between two PO strings), one offset stands for both sides
//! of it, and the map chooses by the character after the boundary:
//!
//! - before a letter or digit, the offset maps to that character, after what was dropped: a
//!   word starting there starts at its first letter (`<g id="1">Idlib` gives `Idlib`);
//! - before anything else (white space, punctuation, the end of the segment), it maps to the
//!   end of the character before, ahead of what was dropped: a word ending there ends at its
//!   last letter (`Idlib</g>,` gives `Idlib`); unless the character before is white space,
//!   where no word ends: then it maps after what was dropped (`Idlib {x}}🎉` gives `🎉`).
//!
//! So a finding's range never takes in a tag at its edges, and replacing it never breaks the
//! markup, unless the markup is inside the word itself (`Idl<g id="1">ib</g>` is found as
//! `Idl<g id="1">ib`).
//!
//! **Placeholders.** A standalone placeholder (XLIFF `<x/>`, `<ph>`, TMX `<ph>`) stands for
//! something of its own (a line break, an image, a variable). Between two characters that are
//! not white space it becomes one space, mapped over the placeholder, so the words on either
//! side are not glued into one that would look like a misspelling (`Recep<x id="1"/>Tayyip`
//! reads `Recep Tayyip`). Next to white space, or at either end of the segment, it adds
//! nothing. Formatting codes (`<g>`, `<bpt>`, `<bx/>`, `<sc/>`, ...) never add anything: they
//! can split a word (`<b>Idl</b>ib`).

use super::{markdown::mask_urls, Segment};
use crate::text::OffsetMap;

pub(crate) struct SegmentBuilder {
    text: String,
    map: OffsetMap,
    /// Byte offset in the file just after the last character taken (or the segment's start).
    last_end: usize,
    /// A placeholder seen since the last character: where it ends in the file.
    placeholder_end: Option<usize>,
}

impl SegmentBuilder {
    /// A segment whose content starts at byte `start` of the file.
    pub(crate) fn new(start: usize) -> SegmentBuilder {
        let mut map = OffsetMap::default();
        map.push(0, start);
        SegmentBuilder {
            text: String::new(),
            map,
            last_end: start,
            placeholder_end: None,
        }
    }

    /// Takes `run`, a piece of the file copied as is, which starts at byte `src`.
    pub(crate) fn push_str(&mut self, run: &str, src: usize) {
        let mut chars = run.chars();
        let Some(first) = chars.next() else {
            return;
        };
        self.push_char(first, src, first.len_utf8());
        self.text.push_str(chars.as_str());
        self.last_end = src + run.len();
    }

    /// Takes the character `c`, written in the file as the `len` bytes at `src` (more than
    /// `c.len_utf8()` for an entity or an escape).
    pub(crate) fn push_char(&mut self, c: char, src: usize, len: usize) {
        if let Some(ph_end) = self.placeholder_end.take() {
            let before = self.text.chars().next_back();
            if before.is_some_and(|b| !b.is_whitespace()) && !c.is_whitespace() {
                // One space standing for the placeholder.
                self.map.push(self.text.len(), self.last_end);
                self.text.push(' ');
                self.last_end = ph_end;
            }
        }
        let dst = self.text.len();
        // A gap before the first character (a leading placeholder or tag) is outside the
        // segment: its first character starts where it is written.
        // A gap after white space ends no word: what follows it starts where it is written.
        let gap = src != self.last_end
            && self
                .text
                .chars()
                .next_back()
                .is_some_and(|b| !b.is_whitespace());
        if gap && !c.is_alphanumeric() {
            self.map.push(dst, self.last_end);
            self.map.push(dst + c.len_utf8(), src + len);
        } else {
            self.map.push(dst, src);
            if len != c.len_utf8() {
                self.map.push(dst + c.len_utf8(), src + len);
            }
        }
        self.text.push(c);
        self.last_end = src + len;
    }

    /// Notes a standalone placeholder that ends at byte `end` of the file.
    pub(crate) fn placeholder(&mut self, end: usize) {
        self.placeholder_end = Some(end);
    }

    /// The text taken so far, before URLs are masked.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The segment, with URLs and e-mail addresses masked as in plain text.
    pub(crate) fn finish(mut self, unit: Option<String>, lang: Option<String>) -> Segment {
        self.map.push(self.text.len(), self.last_end);
        let mut bytes = self.text.into_bytes();
        mask_urls(&mut bytes);
        Segment {
            text: String::from_utf8(bytes).expect("masking whole characters keeps UTF-8 valid"),
            map: self.map,
            unit,
            lang,
            variant: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copied_run_is_a_shift() {
        let mut b = SegmentBuilder::new(10);
        b.push_str("Эрдоган", 10);
        let s = b.finish(None, None);
        assert_eq!(s.text, "Эрдоган");
        assert_eq!(s.map.to_src(0), 10);
        assert_eq!(s.map.to_src(4), 14);
        assert_eq!(s.map.to_src(s.text.len()), 10 + "Эрдоган".len());
    }

    #[test]
    fn dropped_markup_stays_outside_words() {
        // `x <g>Idlib</g>, y` with the tags dropped.
        let file = "x <g>Idlib</g>, y";
        let mut b = SegmentBuilder::new(0);
        b.push_str("x ", 0);
        b.push_str("Idlib", 5);
        b.push_str(", y", 14);
        let s = b.finish(None, None);
        assert_eq!(s.text, "x Idlib, y");
        assert_eq!(&file[s.map.range_to_src(2..7)], "Idlib");
        assert_eq!(&file[s.map.range_to_src(9..10)], "y");
        assert_eq!(&file[s.map.range_to_src(0..1)], "x");
    }

    #[test]
    fn entities_map_to_their_start_and_end() {
        // `&#x130;dlib &amp;` decoded.
        let file = "&#x130;dlib &amp;";
        let mut b = SegmentBuilder::new(0);
        b.push_char('İ', 0, 7);
        b.push_str("dlib ", 7);
        b.push_char('&', 12, 5);
        let s = b.finish(None, None);
        assert_eq!(s.text, "İdlib &");
        assert_eq!(&file[s.map.range_to_src(0..6)], "&#x130;dlib");
        assert_eq!(&file[s.map.range_to_src(7..8)], "&amp;");
    }

    #[test]
    fn what_follows_a_gap_after_white_space_starts_where_it_is_written() {
        // `İdlib {x}}🎉`: the placeholder `{x}` and the syntax `}` dropped.
        let file = "İdlib {x}}🎉";
        let mut b = SegmentBuilder::new(0);
        b.push_str("İdlib ", 0);
        b.placeholder(10);
        b.push_str("🎉", 11);
        let s = b.finish(None, None);
        assert_eq!(s.text, "İdlib 🎉");
        assert_eq!(&file[s.map.range_to_src(7..s.text.len())], "🎉");
        assert_eq!(&file[s.map.range_to_src(0..6)], "İdlib");
    }

    #[test]
    fn a_placeholder_between_words_is_a_space() {
        let file = "Recep<x id=\"1\"/>Tayyip <x/>Erdoğan<x/>";
        let mut b = SegmentBuilder::new(0);
        b.push_str("Recep", 0);
        b.placeholder(16);
        b.push_str("Tayyip ", 16);
        b.placeholder(27);
        b.push_str("Erdoğan", 27);
        b.placeholder(file.len());
        let s = b.finish(None, None);
        assert_eq!(s.text, "Recep Tayyip Erdoğan");
        assert_eq!(&file[s.map.range_to_src(0..5)], "Recep");
        assert_eq!(&file[s.map.range_to_src(6..12)], "Tayyip");
        assert_eq!(&file[s.map.range_to_src(13..s.text.len())], "Erdoğan");
        assert_eq!(&file[s.map.range_to_src(5..6)], "<x id=\"1\"/>");
    }
}
