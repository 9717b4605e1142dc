//! The candidate index of near misses: which words of the glossary a word of the text may be a
//! near miss of.
//!
//! `fuzzy` reports a text word as a near miss of a term word when their optimal-string-alignment
//! distance (a transposition counts one) is at least 1 and at most the term word's limit: 1 for
//! words of 5 to 8 letters, 2 for longer ones. This index finds every such pair without
//! comparing the text word with every term word, and without the memory of a full two-deletion
//! neighbourhood (about 80 strings per 12-letter word, 17 million at 100,000 glossary pairs):
//!
//! - a term word of 5 to 8 letters is stored under itself and every string made from it by
//!   deleting one letter; a text word within one edit shares one of those strings with it
//!   (a substitution or a swap deletes the same letter on both sides, an extra letter is deleted
//!   on one side only);
//! - a longer term word is cut in two halves at the middle, each stored, with its one-deletion
//!   strings, as a left or a right half. Two edits leave one half with at most one edit (a swap
//!   across the cut puts one difference in each half, and then the other edit is on one side),
//!   and that half is at most one letter longer or shorter in the text word. So the text word
//!   looks up its first and its last letters, as many as a half could have, with their
//!   one-deletion strings.
//!
//! Strings are hashed (polynomial hashes over the characters, so that every deletion costs
//! O(1) from prefix hashes), and the table is one open-addressing array of 64-bit slots: a
//! lookup is one cache line, and the lookups of one word are independent so that the processor
//! overlaps them. A hash collision only adds a candidate, which the caller verifies by
//! computing the real distance; a candidate is never lost.

/// The index: hashed neighbourhood strings → entries (the caller's numbers for term words).
pub struct NeighbourIndex {
    /// `(key << 32) | entry`, where `key` is the 32-bit hash of a stored string; [`EMPTY`] where
    /// nothing is stored. A key's home slot is `key * len / 2^32`, and it is stored there or in
    /// the next free slot.
    slots: Vec<u64>,
    /// Bit `n` (n < 64): some stored word has `n` characters, by the scheme it is stored with.
    whole_lengths: u64,
    half_lengths: u64,
}

const EMPTY: u64 = u64::MAX;

/// How a string is stored: a whole short word, or a half of a long one.
#[derive(Clone, Copy)]
#[repr(u64)]
enum Tag {
    Whole = 0x9E37_79B9_7F4A_7C15,
    Left = 0xC2B2_AE3D_27D4_EB4F,
    Right = 0x1656_67B1_9E37_79F9,
}

/// Builds an index from `(word, entry)` pairs; `word` as characters of a skeleton.
pub struct Builder {
    /// `(key << 32) | entry` of every string stored, in the order added.
    pending: Vec<u64>,
    len: usize,
    whole_lengths: u64,
    half_lengths: u64,
    hashes: Prefix,
}

impl Builder {
    /// A builder for words whose [`keys_of`](Builder::keys_of) add up to at most `keys`.
    pub fn with_capacity(keys: usize) -> Builder {
        Builder {
            pending: Vec::with_capacity(keys),
            // Seven slots in ten used at most: lookups stay short.
            len: (keys + keys * 3 / 7 + 1).max(64),
            whole_lengths: 0,
            half_lengths: 0,
            hashes: Prefix::default(),
        }
    }

    /// How many strings a word of `chars` characters is stored under, at most, with `edits`.
    pub fn keys_of(chars: usize, edits: usize) -> usize {
        match edits {
            0 => 0,
            1 => chars + 1,
            _ => chars + 2,
        }
    }

    /// Adds term word `chars` as `entry`, to be found by the words within `edits` edits of it
    /// (0: never; more than 2 counts as 2).
    pub fn add(&mut self, chars: &[char], entry: u32, edits: usize) {
        assert!(entry != u32::MAX, "entry numbers stop below u32::MAX");
        let n = chars.len();
        if edits == 0 {
            return;
        }
        self.hashes.set(chars);
        let pending = &mut self.pending;
        let mut push = |key: u32| pending.push((u64::from(key) << 32) | u64::from(entry));
        if edits == 1 {
            self.whole_lengths |= length_bit(n);
            self.hashes
                .part_and_deletions(chars, 0, n, Tag::Whole, &mut push);
        } else {
            self.half_lengths |= length_bit(n);
            let m = n / 2;
            self.hashes
                .part_and_deletions(chars, 0, m, Tag::Left, &mut push);
            self.hashes
                .part_and_deletions(chars, m, n, Tag::Right, &mut push);
        }
    }

    pub fn build(mut self) -> NeighbourIndex {
        // By the top bits of their keys, the home slots come in table order: the table is
        // written a few kilobytes at a time instead of at random.
        bucket_sort(&mut self.pending, 12);
        let len = self
            .len
            .max(self.pending.len() + self.pending.len() / 4 + 1);
        let mut slots = vec![EMPTY; len];
        for &value in &self.pending {
            let mut i = home((value >> 32) as u32, len);
            while slots[i] != EMPTY {
                i = if i + 1 == len { 0 } else { i + 1 };
            }
            slots[i] = value;
        }
        NeighbourIndex {
            slots,
            whole_lengths: self.whole_lengths,
            half_lengths: self.half_lengths,
        }
    }
}

/// Sorts `values` in place by their top `bits` bits (in any order within a bucket): a count,
/// then each value moved once to its bucket.
fn bucket_sort(values: &mut [u64], bits: u32) {
    let shift = 64 - bits;
    let bucket = |x: u64| (x >> shift) as usize;
    let mut next = vec![0usize; 1 << bits];
    for &x in values.iter() {
        next[bucket(x)] += 1;
    }
    let mut sum = 0;
    for n in next.iter_mut() {
        let count = *n;
        *n = sum;
        sum += count;
    }
    let mut end: Vec<usize> = next[1..].to_vec();
    end.push(values.len());
    for b in 0..next.len() {
        while next[b] < end[b] {
            let mut x = values[next[b]];
            let mut t = bucket(x);
            while t != b {
                std::mem::swap(&mut x, &mut values[next[t]]);
                next[t] += 1;
                t = bucket(x);
            }
            values[next[b]] = x;
            next[b] += 1;
        }
    }
}

/// The home slot of `key` in a table of `len` slots.
#[inline]
fn home(key: u32, len: usize) -> usize {
    ((u64::from(key) * len as u64) >> 32) as usize
}

/// Reusable buffers of a lookup.
#[derive(Default)]
pub struct Probes {
    keys: Vec<u32>,
    hashes: Prefix,
}

impl Default for NeighbourIndex {
    /// An index of nothing.
    fn default() -> Self {
        Builder::with_capacity(0).build()
    }
}

impl NeighbourIndex {
    /// Calls `found` with every entry stored under a string that `chars` (a word of the text)
    /// shares with it, in no particular order and possibly more than once: a superset of the
    /// term words within the edits they were added with.
    pub fn candidates(&self, chars: &[char], probes: &mut Probes, mut found: impl FnMut(u32)) {
        let n = chars.len();
        probes.keys.clear();
        probes.hashes.set(chars);
        let keys = &mut probes.keys;
        // Short term words, of n-1..=n+1 letters.
        if self.whole_lengths & lengths_around(n, 1) != 0 {
            probes
                .hashes
                .part_and_deletions(chars, 0, n, Tag::Whole, |k| keys.push(k));
        }
        // Long term words, of n-2..=n+2 letters. The half within one edit has at most one
        // letter more or less in the text word: the left half is the text's first m-1..=m+1
        // letters (m the length of the term's left half), the right half its last r-1..=r+1.
        let around = self.half_lengths & lengths_around(n, 2);
        if around != 0 {
            let shortest = around.trailing_zeros() as usize;
            let longest = (63 - around.leading_zeros()) as usize;
            let longest = if longest == 63 { n + 2 } else { longest };
            let (m_lo, m_hi) = (shortest / 2, longest / 2);
            for p in m_lo.saturating_sub(1)..=(m_hi + 1).min(n) {
                probes
                    .hashes
                    .part_and_deletions(chars, 0, p, Tag::Left, |k| keys.push(k));
            }
            let (r_lo, r_hi) = (shortest - shortest / 2, longest - longest / 2);
            for r in r_lo.saturating_sub(1)..=(r_hi + 1).min(n) {
                probes
                    .hashes
                    .part_and_deletions(chars, n - r, n, Tag::Right, |k| keys.push(k));
            }
        }
        keys.sort_unstable();
        keys.dedup();
        let len = self.slots.len();
        for &key in keys.iter() {
            let mut i = home(key, len);
            let check = u64::from(key) << 32;
            loop {
                let slot = self.slots[i];
                if slot == EMPTY {
                    break;
                }
                if slot & 0xFFFF_FFFF_0000_0000 == check {
                    found(slot as u32);
                }
                i = if i + 1 == len { 0 } else { i + 1 };
            }
        }
    }
}

/// The length of the longest common subsequence of `a` and `b` (short words).
pub fn common_subsequence(a: &[char], b: &[char]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for &x in a {
        let mut diag = 0;
        for j in 1..=b.len() {
            let up = row[j];
            row[j] = if x == b[j - 1] {
                diag + 1
            } else {
                row[j].max(row[j - 1])
            };
            diag = up;
        }
    }
    row[b.len()]
}

/// The optimal-string-alignment distance of `a` and `b` (edits: a letter inserted, deleted or
/// replaced, or two neighbours swapped, no letter edited twice) when it is at most `limit`,
/// else some number above `limit`. `rows` is scratch space.
pub fn osa_distance(a: &[char], b: &[char], limit: usize, rows: &mut Vec<usize>) -> usize {
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let w = b.len() + 1;
    rows.clear();
    rows.resize(3 * w, 0);
    let (mut two, mut one, mut cur) = (0, w, 2 * w);
    for (j, cell) in rows[one..one + w].iter_mut().enumerate() {
        *cell = j;
    }
    let mut prev_min = 0;
    for i in 1..=a.len() {
        rows[cur] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[one + j] + 1)
                .min(rows[cur + j - 1] + 1)
                .min(rows[one + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[two + j - 2] + 1);
            }
            rows[cur + j] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit && prev_min > limit {
            // Every later cell comes from one of these two rows, plus something.
            return limit + 1;
        }
        prev_min = row_min;
        (two, one, cur) = (one, cur, two);
    }
    rows[one + b.len()]
}

/// Bit `n` for lengths below 63; bit 63 for every longer length.
fn length_bit(n: usize) -> u64 {
    1 << n.min(63)
}

/// The bits of lengths `n - d ..= n + d`.
fn lengths_around(n: usize, d: usize) -> u64 {
    let lo = n.saturating_sub(d);
    let hi = n + d;
    let mut bits = 0;
    for len in lo..=hi {
        bits |= length_bit(len);
    }
    bits
}

/// Polynomial prefix hashes of a word: the hash of any slice, and of a slice with one character
/// deleted, in O(1).
#[derive(Default)]
struct Prefix {
    /// `prefix[k]`: hash of `chars[..k]`.
    prefix: Vec<u64>,
    /// `power[k] = BASE^k`.
    power: Vec<u64>,
}

const BASE: u64 = 0x100_0000_01B3;

impl Prefix {
    fn set(&mut self, chars: &[char]) {
        self.prefix.clear();
        self.prefix.push(0);
        let mut h = 0u64;
        for &c in chars {
            h = h.wrapping_mul(BASE).wrapping_add(u64::from(c) + 1);
            self.prefix.push(h);
        }
        if self.power.is_empty() {
            self.power.push(1);
        }
        while self.power.len() <= chars.len() {
            let last = self.power[self.power.len() - 1];
            self.power.push(last.wrapping_mul(BASE));
        }
    }

    /// Hash of `chars[a..b]`.
    #[inline]
    fn slice(&self, a: usize, b: usize) -> u64 {
        self.prefix[b].wrapping_sub(self.prefix[a].wrapping_mul(self.power[b - a]))
    }

    /// Calls `out` with the key of `chars[a..b]` and of every string made from it by deleting
    /// one character (once for each different string).
    fn part_and_deletions(
        &self,
        chars: &[char],
        a: usize,
        b: usize,
        tag: Tag,
        mut out: impl FnMut(u32),
    ) {
        out(key(self.slice(a, b), tag));
        for i in a..b {
            if i > a && chars[i] == chars[i - 1] {
                continue; // deleting either of two equal neighbours gives the same string
            }
            let h = self
                .slice(a, i)
                .wrapping_mul(self.power[b - i - 1])
                .wrapping_add(self.slice(i + 1, b));
            out(key(h, tag));
        }
    }
}

/// The table key of a string's hash: its 64 bits and the tag mixed down to 32.
#[inline]
fn key(h: u64, tag: Tag) -> u32 {
    let mut x = h ^ tag as u64;
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    ((x ^ (x >> 31)) >> 32) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Words of 5 to 8 letters within one edit, longer ones within two.
    fn index(words: &[&str]) -> NeighbourIndex {
        let edits = |w: &str| match w.chars().count() {
            0..=4 => 0,
            5..=8 => 1,
            _ => 2,
        };
        let keys = words
            .iter()
            .map(|w| Builder::keys_of(w.chars().count(), edits(w)))
            .sum();
        let mut b = Builder::with_capacity(keys);
        for (i, w) in words.iter().enumerate() {
            b.add(&w.chars().collect::<Vec<_>>(), i as u32, edits(w));
        }
        b.build()
    }

    fn candidates(index: &NeighbourIndex, word: &str) -> Vec<u32> {
        let mut out = Vec::new();
        index.candidates(
            &word.chars().collect::<Vec<_>>(),
            &mut Probes::default(),
            |e| out.push(e),
        );
        out.sort_unstable();
        out.dedup();
        out
    }

    #[test]
    fn one_edit_of_a_short_word_and_two_of_a_long_one() {
        let idx = index(&["erdogan", "kazakhstan", "idlib"]);
        assert_eq!(candidates(&idx, "erdogen"), [0]);
        assert_eq!(candidates(&idx, "erdgoan"), [0]);
        assert_eq!(candidates(&idx, "kasakstan"), [1]);
        assert_eq!(candidates(&idx, "kazakshtna"), [1]);
        assert_eq!(candidates(&idx, "idllib"), [2]);
        assert!(candidates(&idx, "government").is_empty());
    }

    /// A word and the same word with up to two random edits: substitutions, insertions,
    /// deletions and swaps of neighbours, over a small alphabet so that repeated letters are
    /// common.
    fn edited() -> impl Strategy<Value = (String, String)> {
        let word = proptest::collection::vec(
            proptest::sample::select(vec!['a', 'b', 'c', 'é', 'д']),
            5..20,
        );
        let edit = (
            0usize..4,
            any::<proptest::sample::Index>(),
            proptest::sample::select(vec!['a', 'b', 'x', 'é']),
        );
        (word, proptest::collection::vec(edit, 0..3)).prop_map(|(w, edits)| {
            let mut q = w.clone();
            for (op, at, c) in edits {
                if q.len() < 2 {
                    break;
                }
                let i = at.index(q.len() - 1);
                match op {
                    0 => q[i] = c,
                    1 => q.insert(i, c),
                    2 => {
                        q.remove(i);
                    }
                    _ => q.swap(i, i + 1),
                }
            }
            (w.into_iter().collect(), q.into_iter().collect())
        })
    }

    proptest! {
        #[test]
        fn bucket_sort_orders_by_the_top_bits(mut v in proptest::collection::vec(any::<u64>(), 0..300)) {
            let mut want = v.clone();
            want.sort_unstable_by_key(|x| x >> 60);
            bucket_sort(&mut v, 4);
            prop_assert_eq!(v.iter().map(|x| x >> 60).collect::<Vec<_>>(), want.iter().map(|x| x >> 60).collect::<Vec<_>>());
            v.sort_unstable();
            want.sort_unstable();
            prop_assert_eq!(v, want);
        }

        #[test]
        fn common_subsequence_by_brute_force(a in "[ab]{0,6}", b in "[ab]{0,6}") {
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            // The longest subsequence of `a` (by deletion masks) that is one of `b`.
            let is_sub = |s: &[char], t: &[char]| {
                let mut it = t.iter();
                s.iter().all(|c| it.any(|d| d == c))
            };
            let mut best = 0;
            for mask in 0u32..(1 << a.len()) {
                let s: Vec<char> = (0..a.len()).filter(|i| mask & (1 << i) != 0).map(|i| a[i]).collect();
                if is_sub(&s, &b) {
                    best = best.max(s.len());
                }
            }
            prop_assert_eq!(common_subsequence(&a, &b), best);
        }

        #[test]
        fn osa_distance_is_strsims_up_to_the_limit(
            a in "[abcé]{0,12}", b in "[abcé]{0,12}", limit in 0usize..4
        ) {
            let want = strsim::osa_distance(&a, &b);
            let a: Vec<char> = a.chars().collect();
            let b: Vec<char> = b.chars().collect();
            let got = osa_distance(&a, &b, limit, &mut Vec::new());
            if want <= limit {
                prop_assert_eq!(got, want);
            } else {
                prop_assert!(got > limit);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn every_word_within_the_limit_is_a_candidate((term, text) in edited(), limit in 1usize..3) {
            let mut b = Builder::with_capacity(Builder::keys_of(term.chars().count(), limit));
            b.add(&term.chars().collect::<Vec<_>>(), 0, limit);
            let idx = b.build();
            let d = strsim::osa_distance(&term, &text);
            if d <= limit {
                prop_assert_eq!(candidates(&idx, &text), vec![0], "{} / {} at {}", term, text, d);
            }
        }
    }
}
