//! Offset maps: from byte offsets in a derived text back to the text it was made from.
//!
//! Every transformation between the bytes of a file and the text the matcher sees (decoding,
//! unescaping XML, masking Markdown, folding case and diacritics) records where its output
//! stops being a plain copy of its input. A map holds only those anchors, so the common case
//! (ASCII prose, folded byte for byte) costs nothing.

/// A monotonic map from offsets in a derived text to offsets in its source.
///
/// Between two anchors the map is a shift: `src = anchor.src + (dst - anchor.dst)`. Text that the
/// derivation dropped (combining marks, runs of white space, markup) belongs to the character
/// before it, so an offset just after a dropped run maps to the end of that run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    anchors: Vec<Anchor>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Anchor {
    dst: usize,
    src: usize,
}

impl OffsetMap {
    /// The map of a text that is its source shifted by `base` bytes.
    pub fn shifted(base: usize) -> Self {
        let mut map = OffsetMap::default();
        map.anchors.push(Anchor { dst: 0, src: base });
        map
    }

    /// Forgets every anchor: the identity map, keeping the memory.
    pub fn clear(&mut self) {
        self.anchors.clear();
    }

    /// Records that from `dst` on, the derived text continues at `src` in the source.
    pub fn push(&mut self, dst: usize, src: usize) {
        if let Some(last) = self.anchors.last_mut() {
            if last.dst == dst {
                last.src = src;
                return;
            }
            if last.src + (dst - last.dst) == src {
                return;
            }
        } else if dst == src {
            return;
        }
        self.anchors.push(Anchor { dst, src });
    }

    /// The source offset of the derived offset `dst`.
    pub fn to_src(&self, dst: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.dst <= dst);
        match i {
            0 => dst,
            _ => {
                let a = self.anchors[i - 1];
                a.src + (dst - a.dst)
            }
        }
    }

    /// A reader of this map for offsets asked in increasing order (the words of a text, one
    /// after the other): each answer costs O(1) instead of a binary search.
    pub fn cursor(&self) -> Cursor<'_> {
        Cursor { map: self, next: 0 }
    }

    /// The source range of the derived range `range`.
    pub fn range_to_src(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.to_src(range.start)..self.to_src(range.end)
    }

    /// Whether the map is the identity.
    pub fn is_identity(&self) -> bool {
        self.anchors.iter().all(|a| a.dst == a.src)
    }
}

/// See [`OffsetMap::cursor`]. Offsets may also go backwards; then the cursor searches again.
#[derive(Clone, Debug)]
pub struct Cursor<'a> {
    map: &'a OffsetMap,
    /// The number of anchors at or before the last offset asked.
    next: usize,
}

impl Cursor<'_> {
    /// The source offset of the derived offset `dst`, as [`OffsetMap::to_src`].
    pub fn to_src(&mut self, dst: usize) -> usize {
        let anchors = &self.map.anchors;
        if self.next > 0 && anchors[self.next - 1].dst > dst {
            self.next = anchors.partition_point(|a| a.dst <= dst);
        } else {
            while self.next < anchors.len() && anchors[self.next].dst <= dst {
                self.next += 1;
            }
        }
        match self.next {
            0 => dst,
            i => {
                let a = anchors[i - 1];
                a.src + (dst - a.dst)
            }
        }
    }

    /// The source range of the derived range `range`.
    pub fn range_to_src(&mut self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let start = self.to_src(range.start);
        start..self.to_src(range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_without_anchors() {
        let map = OffsetMap::default();
        assert_eq!(map.to_src(17), 17);
        assert!(map.is_identity());
    }

    #[test]
    fn shift_and_shrink() {
        // "İdlib" (İ is two bytes) folded to "idlib": from dst 1 on, src is one byte ahead.
        let mut map = OffsetMap::default();
        map.push(1, 2);
        assert_eq!(map.to_src(0), 0);
        assert_eq!(map.to_src(1), 2);
        assert_eq!(map.to_src(5), 6);
        assert_eq!(map.range_to_src(0..5), 0..6);
    }

    #[test]
    fn a_cursor_answers_like_the_map_forwards_and_backwards() {
        let mut map = OffsetMap::default();
        map.push(1, 2);
        map.push(4, 9);
        map.push(6, 10);
        let mut cursor = map.cursor();
        for dst in [0, 1, 2, 3, 4, 5, 6, 9, 2, 0, 7, 4] {
            assert_eq!(cursor.to_src(dst), map.to_src(dst), "{dst}");
        }
    }

    #[test]
    fn redundant_anchors_are_not_stored() {
        let mut map = OffsetMap::shifted(10);
        map.push(5, 15);
        assert_eq!(map.anchors.len(), 1);
        map.push(6, 20);
        map.push(6, 21);
        assert_eq!(map.anchors.len(), 2);
        assert_eq!(map.to_src(7), 22);
    }
}
