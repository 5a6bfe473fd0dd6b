//! Detector throughput on the concatenated dev articles, repeated to at least 1 MB.
//!
//! `cargo bench` prints MB/s (10^6 bytes of article text per second), single core, for the
//! detector alone and for reading plus detecting.

use std::time::{Duration, Instant};

use whosaid::article::Article;
use whosaid::detect::detect;

const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/dev/articles");
const MIN_BYTES: usize = 1_000_000;
const MIN_TIME: Duration = Duration::from_secs(2);

fn main() {
    let mut files: Vec<_> = std::fs::read_dir(DEV)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut one_pass = String::new();
    for f in &files {
        one_pass.push_str(&std::fs::read_to_string(f).unwrap_or_default());
        one_pass.push_str("\n\n");
    }
    if one_pass.trim().is_empty() {
        // Without the dev set, fall back to the embedded default article.
        one_pass = whosaid::DEFAULT_ARTICLE.to_string();
    }
    let text = one_pass.repeat(MIN_BYTES / one_pass.len() + 1);
    let article = Article::parse(&text).expect("the dev set is not empty");
    let mb = text.len() as f64 / 1e6;

    // Warm up: the lexicon is compiled on first use.
    let found = detect(&article);
    println!(
        "input: {} files, {:.2} MB; {} quotes, {} actors per run",
        files.len(),
        mb,
        found.quotes.len(),
        found.actors.len()
    );

    let rate = |f: &dyn Fn()| {
        let start = Instant::now();
        let mut runs = 0u32;
        while start.elapsed() < MIN_TIME || runs < 3 {
            f();
            runs += 1;
        }
        mb * f64::from(runs) / start.elapsed().as_secs_f64()
    };
    let detect_only = rate(&|| {
        std::hint::black_box(detect(std::hint::black_box(&article)));
    });
    let parse_and_detect = rate(&|| {
        let a = Article::parse(std::hint::black_box(&text)).expect("not empty");
        std::hint::black_box(detect(&a));
    });
    // A yardstick for this machine at this moment: decoding every character and testing it,
    // the least any tokenizer must do. On a shared or busy machine both numbers drop.
    let yardstick = rate(&|| {
        std::hint::black_box(
            std::hint::black_box(&text)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .count(),
        );
    });
    println!("detect:          {detect_only:.1} MB/s");
    println!("parse + detect:  {parse_and_detect:.1} MB/s");
    println!("yardstick (chars().filter(is_alphanumeric).count()): {yardstick:.1} MB/s");
}
