//! Re-anchoring: placing annotations made on one copy of an article in another copy whose
//! text differs a little (typos fixed, white space or quotation marks changed, paragraphs
//! moved).
//!
//! An annotation is found again from a [`Selector`]: the exact text it covered, a little
//! context on either side and where it was. [`Anchorer::place`] tries, as the Hypothesis
//! client does, in order of cost:
//!
//! 1. the old position, if the exact text and its context are still there ([`Placement::Exact`]);
//! 2. every exact occurrence of the text, ranked by how well the context around each fits and
//!    how near the old position it is ([`Placement::Moved`], or `Exact` when the winner is at
//!    the old position);
//! 3. an approximate search with at most `min(256, len / 2)` errors, by Myers' bit-parallel
//!    edit distance over the text with white space runs, quotation marks and dashes folded,
//!    ranked the same way ([`Placement::Approximate`]);
//! 4. else [`Placement::Orphan`].
//!
//! Short texts ("he") are the trap: a candidate is accepted only when its context fits, or the
//! text is long and close enough to stand on its own, or it is the only exact occurrence of a
//! word-sized text. `docs/anchoring.md` gives the rules and the bounds on the work.
//!
//! ```
//! use whosaid::anchor::{anchor, Placement, Selector};
//! use whosaid::span::Span;
//!
//! let old = "The minister said the talks were “productive”. Nobody else spoke.";
//! let new = "Update: The minister said the talks were \"productive\". Nobody else spoke.";
//! let at = old.find("talks were").unwrap();
//! let selector = Selector::from_span(old, Span::new(at, old.find('.').unwrap())).unwrap();
//! match anchor(&selector, new) {
//!     Placement::Approximate { span, errors } => {
//!         assert_eq!(span.of(new), "talks were \"productive\"");
//!         assert_eq!(errors, 0); // the quotation marks fold together
//!     }
//!     other => panic!("{other:?}"),
//! }
//! ```

mod myers;
mod reanchor;

use crate::span::Span;
use myers::Pattern;

pub use reanchor::{reanchor, Orphan, OrphanReason};

/// Context kept on each side of a selector's text, in characters (as Hypothesis keeps).
pub const CONTEXT_CHARS: usize = 32;
/// Texts shorter than this (in folded characters) are only matched without errors.
pub const MIN_APPROX_CHARS: usize = 8;
/// Texts at least this long may be placed without context support, if close enough.
pub const DISTINCT_CHARS: usize = 16;
/// A text this long that occurs exactly once is placed there even when its context changed.
pub const MIN_UNIQUE_CHARS: usize = 5;
/// The most candidates ranked per search (exact occurrences nearest the old position first).
pub const MAX_CANDIDATES: usize = 512;
/// How similar (0 to 1) the context around a candidate must be to support it.
pub const MIN_CONTEXT_SCORE: f64 = 0.6;
/// How far (in bytes, each way) from its old position an exact text is first looked for.
pub const NEAR_BYTES: usize = 4096;
/// The default budget of an [`Anchorer`]: symbol × word steps of approximate search.
pub const DEFAULT_BUDGET: u64 = 200_000_000;

/// What an annotation covered: its text, some text before and after, and where it started.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selector {
    /// The annotated text itself.
    pub exact: String,
    /// Text right before it (up to [`CONTEXT_CHARS`] characters; may be empty).
    pub prefix: String,
    /// Text right after it (likewise).
    pub suffix: String,
    /// Where `exact` started: a UTF-8 byte offset into the text the selector was made on.
    pub position: Option<usize>,
}

impl Selector {
    /// The selector of `span` in `text`, with [`CONTEXT_CHARS`] of context; `None` when the
    /// span does not fit the text (out of range or not on `char` boundaries).
    #[must_use]
    pub fn from_span(text: &str, span: Span) -> Option<Selector> {
        let exact = text.get(span.start..span.end)?;
        let before = &text[..span.start];
        let after = &text[span.end..];
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let suffix_end = after
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        Some(Selector {
            exact: exact.to_string(),
            prefix: before[prefix_start..].to_string(),
            suffix: after[..suffix_end].to_string(),
            position: Some(span.start),
        })
    }
}

/// Where an annotation landed in the new text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// At its old position, with its exact text.
    Exact(Span),
    /// Its exact text, somewhere else.
    Moved(Span),
    /// A stretch that differs from its text by `errors` character edits, counted after
    /// folding white space, quotation marks and dashes (0: only such differences).
    Approximate { span: Span, errors: usize },
    /// Nowhere good enough.
    Orphan,
}

impl Placement {
    /// The span it landed on, if any.
    #[must_use]
    pub fn span(self) -> Option<Span> {
        match self {
            Placement::Exact(s) | Placement::Moved(s) | Placement::Approximate { span: s, .. } => {
                Some(s)
            }
            Placement::Orphan => None,
        }
    }
}

/// Places one selector in `text`. To place many, make one [`Anchorer`].
#[must_use]
pub fn anchor(selector: &Selector, text: &str) -> Placement {
    Anchorer::new(text).place(selector)
}

/// The text seen as folded symbols: white space runs become one space, curly and straight
/// quotation marks one mark, dashes a hyphen. `starts[i]` is the byte where symbol `i` begins
/// (and `starts[len]` the text's length), so a symbol range maps back to a byte [`Span`].
struct Folded {
    chars: Vec<char>,
    starts: Vec<usize>,
}

/// The folded form of one character (white space is collapsed by the callers).
fn fold(c: char) -> char {
    match c {
        c if c.is_whitespace() => ' ',
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{AB}' | '\u{BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        c => c,
    }
}

/// Folds `s` into symbols, with the byte offset of each.
fn fold_str(s: &str) -> Folded {
    let mut chars = Vec::with_capacity(s.len());
    let mut starts = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        let f = fold(c);
        if f == ' ' && chars.last() == Some(&' ') {
            continue;
        }
        chars.push(f);
        starts.push(i);
    }
    starts.push(s.len());
    Folded { chars, starts }
}

impl Folded {
    /// The symbol that holds byte `at` (the end when `at` is past the text).
    fn symbol_at(&self, at: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= at)
            .saturating_sub(1)
            .min(self.chars.len())
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.starts[from], self.starts[to])
    }
}

/// A candidate match: symbols `[start, end)` with `errors` edits.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    start: usize,
    end: usize,
    errors: usize,
    /// The byte span, when it is an exact occurrence (folding can shift symbol edges).
    bytes: Option<Span>,
}

/// The compiled context of one selector.
#[derive(Clone, Copy)]
struct Context<'p> {
    /// The prefix reversed, so it can be matched backwards from a candidate's start.
    prefix: Option<&'p Pattern>,
    suffix: Option<&'p Pattern>,
    /// The old position, as a symbol of the new text.
    hint: Option<usize>,
}

/// The winning candidate and how well its context supports it.
struct Ranked {
    best: Candidate,
    /// Mean similarity (0 to 1) of the prefix and suffix present, `None` if the selector has
    /// neither.
    context: Option<f64>,
    candidates: usize,
}

/// Places many selectors in one text, folding it once. Approximate searches draw on a budget
/// (symbol × word steps); once it is spent, texts not found exactly are orphans, so a file of
/// thousands of annotations against a large changed article stays bounded.
pub struct Anchorer<'t> {
    text: &'t str,
    folded: Folded,
    budget: u64,
}

impl<'t> Anchorer<'t> {
    /// An anchorer for `text` with [`DEFAULT_BUDGET`].
    #[must_use]
    pub fn new(text: &'t str) -> Anchorer<'t> {
        Anchorer::with_budget(text, DEFAULT_BUDGET)
    }

    /// An anchorer for `text` that spends at most `budget` steps on approximate search.
    #[must_use]
    pub fn with_budget(text: &'t str, budget: u64) -> Anchorer<'t> {
        Anchorer {
            text,
            folded: fold_str(text),
            budget,
        }
    }

    /// What is left of the budget.
    #[must_use]
    pub fn budget(&self) -> u64 {
        self.budget
    }

    /// Places `selector` in the text.
    pub fn place(&mut self, selector: &Selector) -> Placement {
        let exact = selector.exact.as_str();
        if exact.is_empty() {
            return Placement::Orphan;
        }
        if let Some(span) = self.at_position(selector) {
            return Placement::Exact(span);
        }
        let pattern = fold_str(exact).chars;
        if pattern.is_empty() {
            return Placement::Orphan;
        }
        let (prefix, suffix) = context_patterns(selector);
        let context = Context {
            prefix: prefix.as_ref(),
            suffix: suffix.as_ref(),
            hint: selector.position.map(|p| self.folded.symbol_at(p)),
        };
        // Exact occurrences near the old position, taken at once if their context is intact
        // (the usual case: an edit earlier in the text shifted everything after it).
        if let Some(h) = selector.position {
            let from = floor_boundary(self.text, h.saturating_sub(NEAR_BYTES));
            let to = floor_boundary(self.text, h.saturating_add(exact.len() + NEAR_BYTES));
            let near = self.occurrences(exact, from, to, Some(h));
            if let Some(r) = self.rank(&near, pattern.len(), &context) {
                if r.context.is_some_and(|c| c >= 1.0) {
                    return self.exact_placement(&r, selector);
                }
            }
        }
        // Then anywhere, nearest the old position first.
        let found = self.occurrences(exact, 0, self.text.len(), selector.position);
        if !found.is_empty() {
            return match self.rank(&found, pattern.len(), &context) {
                Some(r) if accept(&r, pattern.len(), true) => self.exact_placement(&r, selector),
                _ => Placement::Orphan,
            };
        }
        match self.approximate(&pattern, &context) {
            Some(c) => Placement::Approximate {
                span: self.folded.span(c.start, c.end),
                errors: c.errors,
            },
            None => Placement::Orphan,
        }
    }

    /// Exact occurrences of `exact` inside bytes `[from, to)`, as candidates: at most
    /// [`MAX_CANDIDATES`], nearest `hint` first.
    fn occurrences(
        &self,
        exact: &str,
        from: usize,
        to: usize,
        hint: Option<usize>,
    ) -> Vec<Candidate> {
        let mut found: Vec<Span> = self.text[from..to]
            .match_indices(exact)
            .map(|(i, s)| Span::new(from + i, from + i + s.len()))
            .collect();
        if let Some(h) = hint {
            found.sort_by_key(|s| (s.start.abs_diff(h), s.start));
        }
        found.truncate(MAX_CANDIDATES);
        found
            .into_iter()
            .map(|s| Candidate {
                start: self.folded.symbol_at(s.start),
                end: self.folded.symbol_at(s.end),
                errors: 0,
                bytes: Some(s),
            })
            .collect()
    }

    /// The placement of a ranked exact occurrence: `Exact` at the old position, else `Moved`.
    fn exact_placement(&self, r: &Ranked, selector: &Selector) -> Placement {
        let span = r
            .best
            .bytes
            .unwrap_or_else(|| self.folded.span(r.best.start, r.best.end));
        if selector.position == Some(span.start) {
            Placement::Exact(span)
        } else {
            Placement::Moved(span)
        }
    }

    /// The old span, if the exact text and its whole context are still there.
    fn at_position(&self, selector: &Selector) -> Option<Span> {
        let start = selector.position?;
        let end = start.checked_add(selector.exact.len())?;
        let fits = self.text.get(start..end) == Some(selector.exact.as_str())
            && self.text.get(..start)?.ends_with(&selector.prefix)
            && self.text.get(end..)?.starts_with(&selector.suffix);
        fits.then(|| Span::new(start, end))
    }

    /// The best candidate by quote, context and position, as Hypothesis weighs them (50, 20,
    /// 20 and 2), ties to the nearer and then the earlier one.
    fn rank(&self, candidates: &[Candidate], len: usize, context: &Context) -> Option<Ranked> {
        let chars = &self.folded.chars;
        let n = chars.len().max(1) as f64;
        let mut best: Option<(f64, usize, Candidate, Option<f64>)> = None;
        for &c in candidates {
            let quote = 1.0 - c.errors as f64 / len as f64;
            let prefix = context.prefix.map(|p| {
                let from = c.start.saturating_sub(p.len() + p.len() / 2);
                similarity(p, chars[from..c.start].iter().rev().copied())
            });
            let suffix = context.suffix.map(|p| {
                let to = (c.end + p.len() + p.len() / 2).min(chars.len());
                similarity(p, chars[c.end..to].iter().copied())
            });
            let distance = context.hint.map_or(0, |h| c.start.abs_diff(h));
            let position = 1.0 - distance as f64 / n;
            let score = (50.0 * quote
                + 20.0 * prefix.unwrap_or(1.0)
                + 20.0 * suffix.unwrap_or(1.0)
                + 2.0 * position)
                / 92.0;
            let support = match (prefix, suffix) {
                (Some(p), Some(s)) => Some((p + s) / 2.0),
                (one, other) => one.or(other),
            };
            let better = best.as_ref().is_none_or(|(s, d, b, _)| {
                score > *s || (score == *s && (distance, c.start) < (*d, b.start))
            });
            if better {
                best = Some((score, distance, c, support));
            }
        }
        best.map(|(_, _, best, context)| Ranked {
            best,
            context,
            candidates: candidates.len(),
        })
    }

    /// Step 3: the best approximate match, near the old position first, then anywhere.
    fn approximate(&mut self, pattern: &[char], context: &Context) -> Option<Candidate> {
        if pattern.len() > myers::MAX_LEN {
            return self.approximate_long(pattern, context);
        }
        let len = pattern.len();
        let max_errors = if len < MIN_APPROX_CHARS {
            0
        } else {
            (len / 2).min(256)
        };
        let forward = Pattern::new(pattern);
        let reversed: Vec<char> = pattern.iter().rev().copied().collect();
        let backward = Pattern::new(&reversed);
        let n = self.folded.chars.len();
        let mut windows = vec![(0, n)];
        if let Some(h) = context.hint {
            let slack = 2 * (len + max_errors) + 1024;
            let near = (h.saturating_sub(slack), (h + len + slack).min(n));
            if near != (0, n) {
                windows.insert(0, near);
            }
        }
        for (from, to) in windows {
            let cost = ((to - from) as u64).saturating_mul(forward.blocks() as u64);
            if cost > self.budget {
                return None;
            }
            self.budget -= cost;
            let Some(found) = self.search(&forward, &backward, max_errors, from, to) else {
                continue;
            };
            if let Some(r) = self.rank(&found, len, context) {
                if accept(&r, len, false) {
                    return Some(r.best);
                }
            }
        }
        None
    }

    /// Candidates for `forward` among symbols `[from, to)`, each with its start found by
    /// matching `backward` (the reversed pattern) back from its end.
    fn search(
        &self,
        forward: &Pattern,
        backward: &Pattern,
        max_errors: usize,
        from: usize,
        to: usize,
    ) -> Option<Vec<Candidate>> {
        let chars = &self.folded.chars[from..to];
        let (errors, ends) = forward.best_ends(chars, max_errors, MAX_CANDIDATES)?;
        let reach = forward.len() + errors;
        let candidates = ends
            .into_iter()
            .map(|end| {
                let lo = end.saturating_sub(reach);
                let (_, len) = backward.anchored(chars[lo..end].iter().rev().copied());
                Candidate {
                    start: from + end - len,
                    end: from + end,
                    errors,
                    bytes: None,
                }
            })
            .collect();
        Some(candidates)
    }

    /// Patterns longer than one [`Pattern`] holds: the head placed with the prefix, then the
    /// tail searched just where the head says the text should end. The error count is the
    /// sum of both ends' (the middle is not compared).
    fn approximate_long(&mut self, pattern: &[char], context: &Context) -> Option<Candidate> {
        let half = myers::MAX_LEN / 2;
        let head_context = Context {
            suffix: None,
            ..*context
        };
        let head = self.approximate(&pattern[..half], &head_context)?;
        let len = pattern.len();
        let tail_pattern = &pattern[len - half..];
        let max_errors = (half / 2).min(256);
        let from = (head.start + len).saturating_sub(half + len / 4 + max_errors);
        let to = (head.start + len + len / 4 + max_errors).min(self.folded.chars.len());
        if from >= to {
            return None;
        }
        let forward = Pattern::new(tail_pattern);
        let reversed: Vec<char> = tail_pattern.iter().rev().copied().collect();
        let backward = Pattern::new(&reversed);
        let cost = ((to - from) as u64).saturating_mul(forward.blocks() as u64);
        if cost > self.budget {
            return None;
        }
        self.budget -= cost;
        let found = self.search(&forward, &backward, max_errors, from, to)?;
        let expected = head.start + len;
        let tail = found
            .into_iter()
            .filter(|t| t.end > head.end)
            .min_by_key(|t| (t.end.abs_diff(expected), t.end))?;
        Some(Candidate {
            start: head.start,
            end: tail.end,
            errors: head.errors + tail.errors,
            bytes: None,
        })
    }
}

/// The nearest `char` boundary of `text` at or before `at` (at most the text's length).
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The selector's prefix (reversed, so it is matched backwards from a candidate's start) and
/// suffix as patterns, each cut to twice [`CONTEXT_CHARS`] next to the text.
fn context_patterns(selector: &Selector) -> (Option<Pattern>, Option<Pattern>) {
    let keep = CONTEXT_CHARS * 2;
    let prefix: Vec<char> = fold_str(&selector.prefix)
        .chars
        .into_iter()
        .rev()
        .take(keep)
        .collect();
    let mut suffix = fold_str(&selector.suffix).chars;
    suffix.truncate(keep);
    (
        (!prefix.is_empty()).then(|| Pattern::new(&prefix)),
        (!suffix.is_empty()).then(|| Pattern::new(&suffix)),
    )
}

/// How similar (0 to 1) the context pattern is to the text right next to a candidate, read
/// outwards from it: one minus the edit distance to the best-fitting stretch over its length.
fn similarity(pattern: &Pattern, outwards: impl Iterator<Item = char>) -> f64 {
    let (errors, _) = pattern.anchored(outwards);
    1.0 - errors as f64 / pattern.len() as f64
}

/// Whether the winner may be taken: its context supports it, or the text is long and close
/// enough to stand alone, or it is the one exact occurrence of a word-sized text (or of any
/// text, when the selector carries no context at all).
fn accept(r: &Ranked, len: usize, exact: bool) -> bool {
    let supported = r.context.is_some_and(|c| c >= MIN_CONTEXT_SCORE);
    let distinct = len >= DISTINCT_CHARS && r.best.errors * 4 <= len;
    let unique = exact && r.candidates == 1 && (len >= MIN_UNIQUE_CHARS || r.context.is_none());
    supported || distinct || unique
}

#[cfg(test)]
mod tests;
