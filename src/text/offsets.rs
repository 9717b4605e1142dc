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

    /// The source range of the derived range `range`.
    pub fn range_to_src(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.to_src(range.start)..self.to_src(range.end)
    }

    /// Whether the map is the identity.
    pub fn is_identity(&self) -> bool {
        self.anchors.iter().all(|a| a.dst == a.src)
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
