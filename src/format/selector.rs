//! Text-quote selectors (exact text with a little context either side, as Hypothesis and the
//! W3C model write them) and placing them in an article's text.

use crate::span::Span;

/// How many code points of context a selector keeps before and after the exact text.
pub const CONTEXT_CHARS: usize = 32;

/// A W3C `TextQuoteSelector`: the exact text and up to [`CONTEXT_CHARS`] before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextQuote<'a> {
    pub exact: &'a str,
    pub prefix: &'a str,
    pub suffix: &'a str,
}

impl<'a> TextQuote<'a> {
    /// The selector of `span` in `text`.
    #[must_use]
    pub fn of(text: &'a str, span: Span) -> TextQuote<'a> {
        let before = &text[..span.start];
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let after = &text[span.end..];
        let suffix_end = after
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        TextQuote {
            exact: span.of(text),
            prefix: &before[prefix_start..],
            suffix: &after[..suffix_end],
        }
    }
}

/// Places a text quote in an article's text when its offsets do not hold its exact text:
/// the text was edited, or the offsets count in another copy of the article. whosaid's
/// re-anchoring engine implements this; [`ExactQuote`] is the plain exact-match fallback.
pub trait Reanchor {
    /// Where `quote` is in `text` (byte offsets), if it can be placed. `hint` is where its
    /// offsets put it, when they lie inside the text.
    fn place(&self, text: &str, quote: &TextQuote<'_>, hint: Option<Span>) -> Option<Span>;
}

/// Places a quote at an exact occurrence of its text: the one whose surroundings agree best
/// with the prefix and suffix, then the nearest to the hint.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExactQuote;

/// At most this many occurrences are compared, so a one-letter quote in a huge text stays
/// cheap.
const MAX_OCCURRENCES: usize = 100_000;

impl Reanchor for ExactQuote {
    fn place(&self, text: &str, quote: &TextQuote<'_>, hint: Option<Span>) -> Option<Span> {
        if let Some(h) = hint.filter(|h| h.of(text) == quote.exact) {
            return Some(h);
        }
        if quote.exact.is_empty() {
            return None;
        }
        let near = hint.map_or(0, |h| h.start);
        text.match_indices(quote.exact)
            .take(MAX_OCCURRENCES)
            .map(|(start, _)| Span::new(start, start + quote.exact.len()))
            .max_by_key(|s| {
                let before = common_suffix(&text[..s.start], quote.prefix);
                let after = common_prefix(&text[s.end..], quote.suffix);
                (before + after, std::cmp::Reverse(s.start.abs_diff(near)))
            })
    }
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

#[cfg(test)]
mod tests {
    use super::{ExactQuote, Reanchor, TextQuote};
    use crate::span::Span;

    #[test]
    fn context_is_32_code_points_either_side() {
        let text = format!("{}“quoted”{}", "é".repeat(40), "ü".repeat(40));
        let start = text.find("quoted").unwrap();
        let q = TextQuote::of(&text, Span::new(start, start + 6));
        assert_eq!(q.exact, "quoted");
        assert_eq!(q.prefix, format!("{}“", "é".repeat(31)));
        assert_eq!(q.suffix, format!("”{}", "ü".repeat(31)));
        let q = TextQuote::of("ab", Span::new(1, 1));
        assert_eq!((q.prefix, q.exact, q.suffix), ("a", "", "b"));
    }

    /// Text, exact, prefix, suffix, hint, expected start (or none).
    type Case<'a> = (
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        Option<(usize, usize)>,
        Option<usize>,
    );

    #[test]
    fn places_by_context_then_nearness() {
        let cases: &[Case] = &[
            ("a cat, a cat", "cat", "", "", Some((2, 5)), Some(2)),
            ("a cat, a cat", "cat", "", "", Some((0, 3)), Some(2)),
            ("a cat, a cat", "cat", "", "", Some((9, 12)), Some(9)),
            ("a cat, a cat", "cat", ", a ", "", None, Some(9)),
            ("a cat, a cat", "cat", "a ", ",", None, Some(2)),
            ("a cat, a cat", "dog", "", "", Some((2, 5)), None),
            ("a cat", "", "", "", Some((1, 2)), None),
        ];
        for &(text, exact, prefix, suffix, hint, want) in cases {
            let q = TextQuote {
                exact,
                prefix,
                suffix,
            };
            let got = ExactQuote.place(text, &q, hint.map(|(s, e)| Span::new(s, e)));
            assert_eq!(got.map(|s| s.start), want, "{text:?} {exact:?} {hint:?}");
        }
    }
}
