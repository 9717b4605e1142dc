//! Criterion benches of the pipeline's stages on the seed article and a larger draft made of
//! it: folding, exact matching, near-miss lookup, and a whole check with the built-in glossary.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use termlint::check::{CheckOptions, Checker};
use termlint::glossary::Glossary;
use termlint::text::fold;

const SEED: &str = include_str!("../examples/seed-syria-safe-zones.en.txt");

fn pipeline(c: &mut Criterion) {
    let big = SEED.repeat(64);
    let checker = Checker::new(Glossary::builtin(), CheckOptions::default());
    // Build the English matcher and load the dictionary before timing.
    checker.check_text(SEED, "en");

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("fold", |b| b.iter(|| fold(&big)));
    g.bench_function("check_en_builtin", |b| {
        b.iter(|| checker.check_text(&big, "en"))
    });
    g.finish();

    c.bench_function("glossary_builtin_load", |b| b.iter(Glossary::builtin));
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
