//! Table-driven tests of the detector: one line of article text, one line of expectation.

use super::{detect, QuoteKind};
use crate::article::Article;

/// Renders the quotes of `text` as `kind:text=speaker` joined by " | ".
fn quotes(text: &str) -> String {
    let article = Article::parse(text).expect("test articles are not empty");
    let found = detect(&article);
    found
        .quotes
        .iter()
        .map(|q| {
            let kind = match q.kind {
                QuoteKind::Direct => "D",
                QuoteKind::Partial => "P",
                QuoteKind::Scare => "S",
            };
            let speaker = q.speaker.map_or("-", |s| found.actor(s).name.as_str());
            format!("{kind}:{}={speaker}", q.span.of(article.text()))
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

#[test]
fn quotes_and_speakers() {
    let cases: &[(&str, &str)] = &[
        ("“We will win,” Jane Smith said.", "D:We will win,=Jane Smith"),
    ];
    for (text, want) in cases {
        assert_eq!(quotes(text), *want, "for {text:?}");
    }
}
