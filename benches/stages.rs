//! Criterion benches of each stage of a check, on about 1 MB of English news (see
//! `support::corpus_1mb`), with the built-in glossary and with a synthetic glossary of 100,000
//! wrong → right pairs (the size of the peer benchmark's largest):
//!
//! - `decode_normalize`: bytes to text, URL masking, and the skeleton fold with its offset map;
//! - `exact`: the whole-word matcher over the folded text;
//! - `near_miss`: the near-miss index over the words no exact hit covers;
//! - `inflection`: generating the inflected forms of every term, and the lexicon's verdict on
//!   the words of the corpus;
//! - `check_1mb`: a whole check, as `termlint check` does it for one file;
//! - `glossary_100k`: parsing the 100,000-pair TBX and building the English matcher.
//!
//! `cargo bench --bench stages -- exact` runs one group; `TERMLINT_BENCH_CORPUS=path` changes the
//! corpus.

mod support;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use termlint::check::{CheckOptions, Checker};
use termlint::formats::Format;
use termlint::glossary::Glossary;
use termlint::matcher::lexicon::Lexicon;
use termlint::matcher::{inflect, MatchOptions, Matcher};
use termlint::text::decode::decode;
use termlint::text::fold;

const PAIRS: usize = 100_000;

fn glossaries() -> [(&'static str, Glossary); 2] {
    let big = Glossary::parse("bench.tbx", "tbx", support::tbx(PAIRS).as_bytes())
        .expect("the synthetic glossary parses");
    [("builtin", Glossary::builtin()), ("100k", big)]
}

fn decode_normalize(c: &mut Criterion) {
    let corpus = support::corpus_1mb();
    let mut g = c.benchmark_group("decode_normalize");
    g.throughput(Throughput::Bytes(corpus.len() as u64));
    g.bench_function("decode", |b| {
        b.iter_batched(
            || corpus.clone().into_bytes(),
            |bytes| decode(bytes).unwrap(),
            BatchSize::LargeInput,
        )
    });
    g.bench_function("segments_plain", |b| {
        b.iter(|| Format::Plain.read("news.txt", corpus.clone()))
    });
    g.bench_function("fold", |b| b.iter(|| fold(&corpus)));
    g.finish();
}

fn matching(c: &mut Criterion) {
    let corpus = support::corpus_1mb();
    let folded = fold(&corpus);
    for (name, glossary) in glossaries() {
        let matcher = Matcher::new(&glossary, MatchOptions::default());
        let m = matcher.lang(&glossary, "en").expect("an English matcher");
        let covered: Vec<_> = m
            .exact
            .find(&folded.text)
            .into_iter()
            .map(|h| h.range)
            .collect();
        let mut g = c.benchmark_group("exact");
        g.throughput(Throughput::Bytes(corpus.len() as u64));
        g.bench_function(name, |b| b.iter(|| m.exact.find(&folded.text)));
        g.finish();

        let accept = Default::default();
        let mut g = c.benchmark_group("near_miss");
        g.throughput(Throughput::Bytes(corpus.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                m.fuzzy.find(
                    &folded.text,
                    &covered,
                    &accept,
                    |r| &corpus[folded.map.range_to_src(r)],
                    "en",
                )
            })
        });
        g.finish();
    }
}

fn inflection(c: &mut Criterion) {
    let glossary = Glossary::builtin();
    let terms: Vec<_> = glossary
        .concepts
        .iter()
        .flat_map(|c| c.terms.iter().map(move |t| (t, c.kind)))
        .collect();
    let mut g = c.benchmark_group("inflection");
    g.throughput(Throughput::Elements(terms.len() as u64));
    g.bench_function("forms_builtin", |b| {
        b.iter(|| {
            terms
                .iter()
                .map(|t| inflect::forms(t.0, t.1).len())
                .sum::<usize>()
        })
    });
    g.finish();

    let corpus = support::corpus_1mb();
    let words: Vec<&str> = corpus
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 5)
        .take(10_000)
        .collect();
    let lexicon = Lexicon::builtin();
    lexicon.is_known("en", "warm");
    let mut g = c.benchmark_group("inflection");
    g.throughput(Throughput::Elements(words.len() as u64));
    g.bench_function("lexicon_is_known_10k_words", |b| {
        b.iter(|| words.iter().filter(|w| lexicon.is_known("en", w)).count())
    });
    g.finish();
}

fn check_1mb(c: &mut Criterion) {
    let corpus = support::corpus_1mb();
    for (name, glossary) in glossaries() {
        let checker = Checker::new(glossary, CheckOptions::default());
        checker.check_text("warm up", "en");
        let mut g = c.benchmark_group("check_1mb");
        g.throughput(Throughput::Bytes(corpus.len() as u64));
        g.sample_size(10);
        g.bench_function(name, |b| b.iter(|| checker.check_text(&corpus, "en")));
        g.finish();
    }
}

fn glossary_100k(c: &mut Criterion) {
    let tbx = support::tbx(PAIRS);
    let mut g = c.benchmark_group("glossary_100k");
    g.sample_size(10);
    g.bench_function("parse_tbx", |b| {
        b.iter(|| Glossary::parse("bench.tbx", "tbx", tbx.as_bytes()).unwrap())
    });
    let glossary = Glossary::parse("bench.tbx", "tbx", tbx.as_bytes()).unwrap();
    g.bench_function("build_en_matcher", |b| {
        b.iter(|| {
            let m = Matcher::new(&glossary, MatchOptions::default());
            m.lang(&glossary, "en").is_some()
        })
    });
    g.bench_function("parse_and_build", |b| {
        b.iter(|| {
            let glossary = Glossary::parse("bench.tbx", "tbx", tbx.as_bytes()).unwrap();
            let checker = Checker::new(glossary, CheckOptions::default());
            checker.check_text("ready", "en").len()
        })
    });
    g.finish();
}

criterion_group!(
    benches,
    decode_normalize,
    matching,
    inflection,
    check_1mb,
    glossary_100k
);
criterion_main!(benches);
