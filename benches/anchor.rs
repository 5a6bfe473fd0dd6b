//! Re-anchoring speed. Prints numbers; asserts nothing about speed.
//!
//! 1. `reanchor` of the default article's detected annotations onto an edited copy (a line
//!    added at the top, curly quotation marks made straight, a paragraph moved to the end);
//! 2. the approximate search alone: patterns of 40 and 600 characters with a typo, over about
//!    1 MB of text, in MB/s;
//! 3. many short exact texts on that 1 MB text.

use std::time::Instant;

use whosaid::anchor::{reanchor, Anchorer, Placement, Selector};
use whosaid::annotations::Annotations;
use whosaid::article::Article;
use whosaid::detect::detect;
use whosaid::span::Span;

fn main() {
    let old = Article::parse(whosaid::DEFAULT_ARTICLE).expect("the default article parses");
    let set = Annotations::from_detection(&old, &detect(&old), &["Peace"]);
    let mut lines: Vec<String> = old.text().lines().map(String::from).collect();
    let moved = lines.remove(3);
    lines.push(moved);
    let edited = format!("Updated at noon.\n{}", lines.join("\n"))
        .replace(['“', '”'], "\"")
        .replace('’', "'");
    let new = Article::parse(&edited).expect("the edited copy parses");
    let spans = set.mentions_in_order().len() + 2 * set.quotes_in_order().len();
    let runs = 20;
    let t = Instant::now();
    let mut orphans = 0;
    for _ in 0..runs {
        let (_, lost) = reanchor(old.text(), &new, &set);
        orphans = lost.len();
    }
    let per = t.elapsed().as_secs_f64() / f64::from(runs);
    println!(
        "reanchor: default article ({} KB, {spans} spans) onto an edited copy: {:.2} ms, {orphans} orphans",
        old.text().len() / 1000,
        per * 1e3
    );

    let big = whosaid::DEFAULT_ARTICLE.repeat(1_000_000 / whosaid::DEFAULT_ARTICLE.len() + 1);
    let mb = big.len() as f64 / 1e6;
    for len in [40usize, 600] {
        let start = big.len() / 2;
        let start = (start..).find(|&i| big.is_char_boundary(i)).unwrap_or(0);
        let end = (start + len..)
            .find(|&i| big.is_char_boundary(i))
            .unwrap_or(big.len());
        let mut selector = Selector::from_span(&big, Span::new(start, end)).expect("a valid span");
        // A typo, and no position: the whole text is searched.
        selector.exact.insert(len / 2, 'x');
        selector.position = None;
        let t = Instant::now();
        let placed = Anchorer::new(&big).place(&selector);
        let secs = t.elapsed().as_secs_f64();
        let kind = match placed {
            Placement::Approximate { errors, .. } => format!("approximate, {errors} errors"),
            other => format!("{other:?}"),
        };
        println!(
            "approximate search: {len}-char pattern over {mb:.2} MB: {:.1} ms ({:.1} MB/s), {kind}",
            secs * 1e3,
            mb / secs
        );
    }

    let mut anchorer = Anchorer::new(&big);
    let words: Vec<Selector> = (0..1000)
        .filter_map(|i| {
            let at = (i * 997) % big.len();
            let start = (at..).find(|&j| big.is_char_boundary(j))?;
            let end = (start + 6..).find(|&j| big.is_char_boundary(j))?;
            Selector::from_span(&big, Span::new(start, end.min(big.len())))
        })
        .map(|mut s| {
            s.position = s.position.map(|p| p + 3);
            s
        })
        .collect();
    let t = Instant::now();
    let placed = words
        .iter()
        .filter(|s| anchorer.place(s) != Placement::Orphan)
        .count();
    println!(
        "{} short texts (6 bytes, position off by 3) on {mb:.2} MB: {:.1} ms, {placed} placed",
        words.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
}
