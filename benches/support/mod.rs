//! Inputs for the benches: a 1 MB English news corpus and synthetic glossaries of any size.
//!
//! The corpus is `$TERMLINT_BENCH_CORPUS` when set (`scripts/bench-peers.sh` points it at the
//! peer benchmark's `news_1mb.txt`), else the seed article and the evaluation drafts repeated to
//! 1 MiB. The glossaries follow `../shared/bench/make_corpus.py`: real misspellings of names in
//! the news, then made-up names of three or four syllables, each with one misspelt variant
//! (a doubled, dropped or swapped letter, or another vowel) as a forbidden form.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;

/// About 1 MiB of English news prose.
pub fn corpus_1mb() -> String {
    if let Ok(path) = std::env::var("TERMLINT_BENCH_CORPUS") {
        return std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("TERMLINT_BENCH_CORPUS={path}: {e}"));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut base = std::fs::read_to_string(root.join("examples/seed-syria-safe-zones.en.txt"))
        .expect("the seed article");
    let drafts = root.join("tests/eval/drafts");
    let mut names: Vec<_> = std::fs::read_dir(&drafts)
        .expect("the evaluation drafts")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("en_"))
        })
        .collect();
    names.sort();
    for p in names {
        base.push_str(&std::fs::read_to_string(p).expect("a draft"));
        base.push('\n');
    }
    let mut out = String::with_capacity(1 << 20);
    while out.len() < 1 << 20 {
        out.push_str(&base);
    }
    out
}

/// Real wrong → right pairs (the first of every glossary).
const REAL_PAIRS: &[(&str, &str)] = &[
    ("Astanna", "Astana"),
    ("Idleb", "Idlib"),
    ("Alepo", "Aleppo"),
    ("Sotchi", "Sochi"),
    ("Damaskus", "Damascus"),
    ("Kazakstan", "Kazakhstan"),
    ("Teheran", "Tehran"),
    ("Istambul", "Istanbul"),
    ("Kharkov", "Kharkiv"),
    ("Tblisi", "Tbilisi"),
    ("Erdogen", "Erdogan"),
    ("Zelenskiy", "Zelensky"),
    ("Lavrow", "Lavrov"),
    ("Netanjahu", "Netanyahu"),
    ("Gutteres", "Guterres"),
    ("Stoltenburg", "Stoltenberg"),
    ("ceasfire", "ceasefire"),
    ("Hizbollah", "Hezbollah"),
    ("referandum", "referendum"),
    ("goverment", "government"),
];

/// A glossary of `pairs` wrong → right pairs as TBX v3: one concept per right form, preferred,
/// with its wrong forms deprecated. Deterministic.
pub fn tbx(pairs: usize) -> String {
    let pairs = wrong_right(pairs);
    let mut out = String::with_capacity(pairs.len() * 300);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" \
         xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<tbxHeader><fileDesc>\
         <sourceDesc><p>bench</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n",
    );
    let mut concepts: Vec<(String, Vec<String>)> = Vec::new();
    let mut index = rustc_hash::FxHashMap::default();
    for (w, r) in pairs {
        let i = *index.entry(r.clone()).or_insert_with(|| {
            concepts.push((r.clone(), Vec::new()));
            concepts.len() - 1
        });
        concepts[i].1.push(w);
    }
    for (i, (r, ws)) in concepts.iter().enumerate() {
        let _ = write!(
            out,
            "<conceptEntry id=\"c{i}\"><langSec xml:lang=\"en\"><termSec><term>{r}</term>\
             <termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote></termSec>"
        );
        for w in ws {
            let _ = write!(
                out,
                "<termSec><term>{w}</term><termNote type=\"administrativeStatus\">\
                 deprecatedTerm-admn-sts</termNote></termSec>"
            );
        }
        out.push_str("</langSec></conceptEntry>\n");
    }
    out.push_str("</body></text>\n</tbx>\n");
    out
}

/// `n` wrong → right pairs: the real ones, then made-up names.
pub fn wrong_right(n: usize) -> Vec<(String, String)> {
    let mut rng = Rng(0x2024_0501);
    let mut out: Vec<(String, String)> = REAL_PAIRS
        .iter()
        .take(n)
        .map(|(w, r)| (w.to_string(), r.to_string()))
        .collect();
    let mut used: rustc_hash::FxHashSet<String> = out
        .iter()
        .flat_map(|(w, r)| [w.to_lowercase(), r.to_lowercase()])
        .collect();
    while out.len() < n {
        let right = rng.name();
        if used.contains(&right.to_lowercase()) {
            continue;
        }
        let Some(wrong) = rng.mutate(&right) else {
            continue;
        };
        if wrong.len() < 6 || used.contains(&wrong.to_lowercase()) {
            continue;
        }
        used.insert(right.to_lowercase());
        used.insert(wrong.to_lowercase());
        out.push((wrong, right));
    }
    out
}

/// xorshift64*: small, deterministic, good enough for made-up names.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }

    fn name(&mut self) -> String {
        const ONSET: &[&str] = &[
            "b", "d", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "kh", "sh", "zh", "dr",
            "tr", "br",
        ];
        const NUCLEUS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ou", "ia"];
        const CODA: &[&str] = &["", "", "n", "r", "k", "v", "sk", "st", "l", "m"];
        let syllables = 3 + self.below(2);
        let mut s = String::new();
        for _ in 0..syllables {
            s.push_str(self.pick(ONSET));
            s.push_str(self.pick(NUCLEUS));
            s.push_str(self.pick(CODA));
        }
        let mut c = s.chars();
        let first = c.next().unwrap().to_ascii_uppercase();
        format!("{first}{}", c.as_str())
    }

    fn mutate(&mut self, w: &str) -> Option<String> {
        let lw: Vec<char> = w.to_lowercase().chars().collect();
        for _ in 0..20 {
            let i = 1 + self.below(lw.len() - 2);
            let mut m = lw.clone();
            match self.below(4) {
                0 => m.insert(i, lw[i]),
                1 => {
                    m.remove(i);
                }
                2 => m.swap(i, i + 1),
                _ => {
                    let vowels = ['a', 'e', 'i', 'o', 'u'];
                    if !vowels.contains(&lw[i]) {
                        continue;
                    }
                    let others: Vec<char> = vowels.into_iter().filter(|&v| v != lw[i]).collect();
                    m[i] = others[self.below(others.len())];
                }
            }
            if m != lw {
                let s: String = m.into_iter().collect();
                let mut c = s.chars();
                let first = c.next().unwrap().to_ascii_uppercase();
                return Some(format!("{first}{}", c.as_str()));
            }
        }
        None
    }
}
