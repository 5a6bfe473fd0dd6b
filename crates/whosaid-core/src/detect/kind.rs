//! Direct, partial or scare: what a quotation is, from its words and where it stands.
//!
//! A direct quote is a clause: it has a subject and a finite verb, or it is long and opens
//! with a capital. A partial quote is a fragment of someone's words inside the reporter's
//! sentence. A scare quote is a name or a term: every word capitalised ("Operation Hotel"),
//! introduced by a naming word ("dubbed"), or a short noun used as a modifier ("its “air
//! angels” effort").

use std::sync::OnceLock;

use super::lexicon::{hash_lower, FxSet};
use super::tokens::{flag, TokKind, Token};
use super::QuoteKind;

/// Words that show a clause: auxiliaries and modals, subject pronouns, and contractions.
const FINITE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "am",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "shall",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "can't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "i",
    "we",
    "you",
    "he",
    "she",
    "they",
    "it's",
    "i'm",
    "we're",
    "we've",
    "they're",
    "i've",
    "i'll",
    "we'll",
    "there's",
    "that's",
    "don’t",
    "doesn’t",
    "didn’t",
    "won’t",
    "can’t",
    "isn’t",
    "aren’t",
    "wasn’t",
    "it’s",
    "i’m",
    "we’re",
    "we’ve",
    "they’re",
    "i’ve",
    "i’ll",
    "we’ll",
    "there’s",
    "that’s",
];

/// Words that open a subordinate clause or a verb phrase: inside marks they make a fragment.
const FRAGMENT_OPENERS: &[&str] = &[
    "that", "when", "whether", "which", "who", "whom", "where", "while", "if", "to", "as", "for",
    "of", "with", "by", "in", "on", "from", "and", "or", "but",
];

/// Words before a quote that introduce a name, not speech.
const NAMING: &[&str] = &[
    "dubbed",
    "nicknamed",
    "codenamed",
    "code-named",
    "so-called",
    "titled",
    "entitled",
    "alias",
    "username",
    "hashtag",
    "slogan",
    "named",
    "branded",
];

/// Determiners and possessives before a quoted modifier.
const MODIFIER_DETERMINERS: &[&str] = &[
    "its", "his", "her", "their", "our", "the", "a", "an", "this", "that",
];

/// Whether `w` is one of [`FINITE`], in any case. Every word of every quote asks, so the
/// list is hashed (by the case-blind `hash_lower`, which any match shares) and only a word
/// whose hash is there is compared.
fn is_finite(w: &str) -> bool {
    static HASHES: OnceLock<FxSet<u64>> = OnceLock::new();
    let hashes = HASHES.get_or_init(|| FINITE.iter().map(|f| hash_lower(f.as_bytes())).collect());
    hashes.contains(&hash_lower(w.as_bytes())) && FINITE.iter().any(|f| w.eq_ignore_ascii_case(f))
}

/// Whether `w` is one of `list` (lower-case words) in any case.
fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Whether `w` ends with the lower-case ASCII `end` in any case.
fn ends_with_ignore_case(w: &str, end: &str) -> bool {
    w.len() >= end.len() && w.as_bytes()[w.len() - end.len()..].eq_ignore_ascii_case(end.as_bytes())
}

/// The facts about a quote that decide its kind.
pub(crate) struct QuoteContext<'a> {
    pub text: &'a str,
    /// The words inside the marks.
    pub inner: &'a [Token],
    /// The token before the opening mark, if in the same block.
    pub before: Option<&'a Token>,
    /// The token after the closing mark, if in the same block.
    pub after: Option<&'a Token>,
    /// The previous quote in the same sentence was direct and only an attribution stands
    /// between (`“A,” she said, “b.”`).
    pub continues_direct: bool,
    /// A verb of saying follows closely (`“…,” X said`): speech, not a term.
    pub attributed_after: bool,
    /// An attribution and another quote follow in the same sentence (`“A,” she said, “b”`).
    pub opens_split: bool,
}

/// How many of a quote's first words [`classify`] keeps: the tests of short quotes (at most
/// five words) read them all, longer quotes only their first.
const HEAD: usize = 6;

pub(crate) fn classify(q: &QuoteContext<'_>) -> QuoteKind {
    // "[Vallejo] was going to …": an editor's bracket stands for the subject.
    let bracket_start = q
        .inner
        .first()
        .is_some_and(|t| t.kind == TokKind::Punct('['));
    // One pass over the words, leaving out parenthesised asides ("Carlos C.D. (spy)"): it
    // counts them and keeps the first few. Whether one is a finite verb (a hash per word) is
    // asked only where the answer is read below: of the words after the first six as they
    // pass when the quote opens in lower case (a capitalised quote of six words or more is a
    // clause whatever its verbs), of the first six only if a test reads it.
    let mut head = [""; HEAD];
    let (mut n, mut depth, mut finite_after_head) = (0, 0u32, false);
    let mut starts_upper = bracket_start;
    for t in q.inner {
        match t.kind {
            TokKind::Punct('(' | '[') => depth += 1,
            TokKind::Punct(')' | ']') => depth = depth.saturating_sub(1),
            TokKind::Word if depth == 0 => {
                let w = t.span().of(q.text);
                if n == 0 {
                    starts_upper |= w.starts_with(char::is_uppercase);
                }
                if n < HEAD {
                    head[n] = w;
                } else if !starts_upper && !finite_after_head {
                    finite_after_head = is_finite(w);
                }
                n += 1;
            }
            _ => {}
        }
    }
    if n == 0 {
        return QuoteKind::Scare;
    }
    let first = head[0];
    let short = &head[..n.min(HEAD)];
    // Read only by tests of three words or more, and not of a capitalised quote of six or more.
    let finite = n >= 3
        && !(starts_upper && n >= 6)
        && (finite_after_head || short.iter().any(|w| is_finite(w)));
    let before_word = q
        .before
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| t.span().of(q.text));
    let after_lower_word = q.after.filter(|t| {
        t.kind == TokKind::Word
            && !t.has(flag::FUNCTION)
            && !t.has(flag::CUE)
            && !t.span().of(q.text).starts_with(char::is_uppercase)
    });

    if q.continues_direct {
        return QuoteKind::Direct;
    }
    // A name or title: every word capitalised (small connecting words aside), short.
    let name_like = n <= 5
        && short.iter().enumerate().all(|(i, w)| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || i > 0 && matches!(*w, "of" | "the" | "and" | "de" | "for" | "in")
        })
        && !(n >= 3 && finite);
    if name_like && !(n == 1 && first.chars().all(char::is_uppercase) && first.len() == 1) {
        return QuoteKind::Scare;
    }
    if n <= 4 && before_word.is_some_and(|b| one_of(b, NAMING)) {
        return QuoteKind::Scare;
    }
    if q.opens_split && starts_upper && !bracket_start && n >= 2 {
        return QuoteKind::Direct;
    }
    // `“It fell,” she said`: a capitalised quote closed by a comma or a full stop and then
    // attributed is a sentence of speech, however short.
    let last_inner = q.inner.last().map(|t| t.kind);
    if q.attributed_after
        && starts_upper
        && n >= 2
        && matches!(last_inner, Some(TokKind::Punct(',' | '.' | '!' | '?')))
    {
        return QuoteKind::Direct;
    }
    // "its “air angels” effort": a short noun phrase used as a modifier is a term.
    let coordinated = || {
        short
            .iter()
            .any(|w| matches!(*w, "and" | "or" | "but") || w.ends_with("ly"))
    };
    if n <= 3
        && !coordinated()
        && before_word.is_some_and(|b| one_of(b, MODIFIER_DETERMINERS))
        && after_lower_word.is_some()
        && !starts_upper
    {
        return QuoteKind::Scare;
    }

    // A verb phrase without its subject ("was starting to …") is a fragment too.
    let fragment_start = !starts_upper
        && (one_of(first, &FINITE[..24])
            || one_of(first, FRAGMENT_OPENERS)
            || ["ing", "ed", "ly"]
                .iter()
                .any(|e| ends_with_ignore_case(first, e)));
    let clause = starts_upper && n >= 6 || n >= 3 && finite;
    if clause && !fragment_start && (starts_upper || n >= 4) {
        return QuoteKind::Direct;
    }
    QuoteKind::Partial
}
