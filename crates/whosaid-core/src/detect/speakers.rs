//! Who said it: the speaker of each quote, from the attribution around it.
//!
//! In order of preference: a cue verb after the quote with its subject (`“…,” Hegseth
//! warned`, `“…,” said X`); a cue verb before it in the same sentence (`Trump declared:`,
//! `…, with Peskov stating,`), whose speaker is the noun right before the verb or else the
//! sentence's subject; then, for a quote with no attribution of its own, the speaker of the
//! quote just before it when only that quote's attribution stands between them, or the
//! subject of the reported speech in the sentence before (`X says … . “…”`). Pronouns
//! resolve to the most salient compatible actor: in the same sentence the nearest one, else
//! the subject (or quoted speaker) of the sentences before. Anything else stays unattributed.

use std::hash::Hasher;

use crate::span::Span;

use super::actors::Actors;
use super::lexicon::{FxHasher, FxMap, Gender};
use super::marks::RawQuote;
use super::tokens::{flag, TokKind, Tokens};
use super::{ActorKind, QuoteKind};

/// How far after a quote its attribution may reach, in tokens.
const AFTER_WINDOW: usize = 28;
/// How many tokens any backward or forward search looks at: keeps the work linear even when
/// a whole article is one sentence.
const MAX_SCAN: usize = 80;
/// How many sentences back a pronoun or a reported-speech subject may be found.
const SENTENCES_BACK: usize = 4;

/// Nouns for a written source that stands for its author (“…,” the statement read).
const DOCUMENTS: &[&str] = &[
    "statement",
    "report",
    "release",
    "letter",
    "communique",
    "memo",
    "post",
    "declaration",
];
/// Nouns that refer back to the last organisation named ("the organisation called …").
const ORG_ANAPHORS: &[&str] = &[
    "organisation",
    "organization",
    "company",
    "firm",
    "agency",
    "group",
    "ministry",
    "union",
];
/// Prepositions and subordinators that open an introductory phrase before the main clause.
const INTRODUCERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "since",
    "for",
    "with",
    "without",
    "despite",
    "following",
    "when",
    "while",
    "as",
    "if",
    "though",
    "although",
    "because",
    "once",
    "until",
    "by",
    "from",
    "under",
    "over",
    "throughout",
    "amid",
];
/// Words that may stand between a subject and its verb ("Trump later said").
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "again",
    "further",
    "previously",
    "once",
    "swiftly",
    "quickly",
    "privately",
    "publicly",
    "repeatedly",
];

/// How a speaker was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// A cue next to the quote.
    Explicit,
    /// Carried over from a neighbouring quote or reported speech.
    Inherited,
    /// None.
    Unattributed,
}

/// The attribution of one quote.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Attribution {
    pub speaker: Option<usize>,
    pub cue: Option<Span>,
    pub source: Source,
    /// One past the last token of the quote and its attribution.
    pub end_tok: usize,
}

/// A speaker (if named), the cue token, and one past the attribution's last token.
type Found = (Option<usize>, usize, usize);

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a Tokens,
    actors: &'a Actors,
    /// Speaker of the first attributed quote of each sentence.
    sentence_speaker: Vec<Option<usize>>,
}

/// Which actors a pronoun or a sentence-subject search accepts.
#[derive(Clone, Copy)]
enum Want {
    /// he / she: a person, or a single unnamed source.
    Person(Option<Gender>),
    /// they: organisations, groups, countries, unnamed sources in the plural.
    Plural,
}

pub(crate) fn attribute(
    text: &str,
    tokens: &Tokens,
    actors: &Actors,
    quotes: &[RawQuote],
    kinds: &[QuoteKind],
) -> Vec<Attribution> {
    let toks = &tokens.toks;
    let open_tok = &tokens.open_tok;
    let close_tok: Vec<Option<usize>> = tokens
        .close_tok
        .iter()
        .map(|&c| (c != usize::MAX).then_some(c))
        .collect();
    let mut cx = Ctx {
        text,
        tokens,
        actors,
        sentence_speaker: vec![None; tokens.sentences.len()],
    };
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    // The latest speaker of each quoted term.
    let mut terms: FxMap<Term<'_>, usize> = FxMap::default();
    // Terms are only looked up for partial quotes, and equal keys hold the same number of
    // ASCII letters and digits: a quote's count less the three of a stripped "the", if any.
    // A quote whose count (or that less three) is no partial quote's can never be found, so
    // it is not keyed (most are long direct quotes, and keying reads the whole quote).
    let alnum = |content: Span| {
        // Counted in byte lanes, 255 bytes at a time: a `usize` count of every byte
        // vectorises into 64-bit lanes, eight times the work.
        content
            .of(text)
            .as_bytes()
            .chunks(255)
            .map(|c| {
                usize::from(
                    c.iter()
                        .fold(0u8, |n, b| n + u8::from(b.is_ascii_alphanumeric())),
                )
            })
            .sum::<usize>()
    };
    let mut key_sizes: Vec<bool> = Vec::new();
    for (q, _) in quotes
        .iter()
        .zip(kinds)
        .filter(|(_, &k)| k == QuoteKind::Partial)
    {
        let c = alnum(q.content);
        if key_sizes.len() <= c {
            key_sizes.resize(c + 1, false);
        }
        key_sizes[c] = true;
        if c >= 3 {
            key_sizes[c - 3] = true;
        }
    }
    let may_be_looked_up = |content: Span| {
        let c = alnum(content);
        key_sizes.get(c) == Some(&true) || c >= 3 && key_sizes.get(c - 3) == Some(&true)
    };
    for (qi, q) in quotes.iter().enumerate() {
        // The next quote's tokens left the cache since the kinds were read: fetch those
        // around its marks, where its attribution is looked for, while this one is attributed.
        if let (Some(&no), Some(&nc)) = (open_tok.get(qi + 1), tokens.close_tok.get(qi + 1)) {
            let (before, after) = (
                no.saturating_sub(6)..no.saturating_add(1),
                nc..nc.saturating_add(8),
            );
            super::prefetch_range(toks, before.start, before.end);
            super::prefetch_range(toks, after.start, after.end);
            super::prefetch_range(&actors.by_token, before.start, before.end);
            super::prefetch_range(&actors.by_token, after.start, after.end);
        }
        let open = open_tok[qi];
        let end_of_quote = close_tok[qi].map_or_else(|| tokens.inner(qi).end, |c| c + 1);
        let mut a = Attribution {
            speaker: None,
            cue: None,
            source: Source::Unattributed,
            end_tok: end_of_quote,
        };
        if kinds[qi] != QuoteKind::Scare && open != usize::MAX {
            // A tight attribution right after the quote wins; then, for a direct quote, one
            // later in the sentence before one before it, and the other way for a partial.
            // "by X" after a quote names its author only for a quoted term, not a clause.
            let agent = kinds[qi] == QuoteKind::Partial;
            let after = |w: usize| close_tok[qi].map_or((None, false), |c| cx.after(c, w, agent));
            let with_speaker = |f: Option<Found>| f.filter(|x| x.0.is_some());
            let (tight, cut) = after(6);
            // The wider look is the tight one unless the tight one stopped at its window.
            let wide = || if cut { after(AFTER_WINDOW).0 } else { tight };
            let found = with_speaker(tight).or_else(|| {
                let (first, second) = if kinds[qi] == QuoteKind::Direct {
                    (wide(), cx.before(open))
                } else {
                    (cx.before(open), wide())
                };
                with_speaker(first)
                    .or_else(|| with_speaker(second))
                    .or(tight)
                    .or(first)
                    .or(second)
            });
            if let Some((speaker @ Some(_), cue, end)) = found {
                a.speaker = speaker;
                a.cue = Some(toks[cue].span());
                a.source = Source::Explicit;
                a.end_tok = a.end_tok.max(end);
            }
            if a.speaker.is_none() {
                let prev = qi.checked_sub(1).map(|p| (p, out[p]));
                // The quote goes on from the one before: a continued paragraph, or nothing but
                // that quote's attribution between them.
                let adjacent = prev.is_some_and(|(p, pa)| {
                    q.continues
                        || quotes[p].block + 1 >= q.block
                            && (pa.end_tok..open)
                                .all(|k| !toks[k].is_word() || toks[k].quote().is_some())
                });
                if let (true, Some((_, pa))) = (adjacent, prev) {
                    if pa.speaker.is_some() {
                        a.speaker = pa.speaker;
                        a.source = Source::Inherited;
                    }
                }
            }
            if a.speaker.is_none() && close_tok[qi].is_some_and(|c| cx.epigraph(c).is_some()) {
                a.speaker = close_tok[qi].and_then(|c| cx.epigraph(c));
                a.source = Source::Explicit;
            }
            if a.speaker.is_none() && kinds[qi] == QuoteKind::Partial {
                // A term the article gave to someone keeps its speaker when used again.
                a.speaker = terms.get(&Term::new(q.content.of(text))).copied();
                if a.speaker.is_some() {
                    a.source = Source::Inherited;
                }
            }
            if a.speaker.is_none() && kinds[qi] == QuoteKind::Direct && cx.starts_sentence(open) {
                a.speaker = cx.reported_speech(toks[open].sentence as usize);
                if a.speaker.is_some() {
                    a.source = Source::Inherited;
                }
            }
        }
        if let Some(s) = a.speaker {
            if kinds[qi] != QuoteKind::Scare && may_be_looked_up(q.content) {
                terms.insert(Term::new(q.content.of(text)), s);
            }
            let sent = toks[open.min(toks.len() - 1)].sentence as usize;
            cx.sentence_speaker[sent].get_or_insert(s);
        }
        out.push(a);
    }
    // A quote continued over paragraphs has one speaker throughout, wherever it is named.
    let mut i = 0;
    while i < quotes.len() {
        let mut j = i + 1;
        while j < quotes.len() && quotes[j].continues {
            j += 1;
        }
        if let Some(s) = out[i..j].iter().find_map(|a| a.speaker) {
            for a in &mut out[i..j] {
                if a.speaker.is_none() && kinds[i] != QuoteKind::Scare {
                    a.speaker = Some(s);
                    a.source = Source::Inherited;
                }
            }
        }
        i = j;
    }
    out
}

/// A quoted term without case, punctuation or a leading article, to find it again: trimmed
/// of what is not a letter or digit, without a leading "the ", its words compared without
/// ASCII case and whatever white space separates them. Nothing is copied: the key is the
/// trimmed text and a hash of its words, so keying every attributed quote costs no
/// allocation, and words are compared only when hashes meet.
#[derive(Clone, Copy, Debug)]
struct Term<'a> {
    hash: u64,
    text: &'a str,
}

impl<'a> Term<'a> {
    fn new(text: &'a str) -> Term<'a> {
        let t = text.trim_matches(|c: char| !c.is_alphanumeric());
        let t = match t.get(..4) {
            Some(the) if the.eq_ignore_ascii_case("the ") => &t[4..],
            _ => t,
        };
        // The hash of the key's bytes: ASCII lower-cased, each run of white space one
        // space, packed eight to a word. One pass over bytes; only a lead byte that may start
        // non-ASCII white space decodes its character.
        let bytes = t.as_bytes();
        let mut h = FxHasher::default();
        let (mut word, mut filled) = (0u64, 0u32);
        let mut push = |b: u8| {
            word |= u64::from(b) << (8 * filled);
            filled += 1;
            if filled == 8 {
                h.write_u64(word);
                (word, filled) = (0, 0);
            }
        };
        let (mut space, mut started) = (false, false);
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let white = match b {
                b'\t'..=b'\r' | b' ' => 1,
                0xC2 | 0xE1..=0xE3 => t[i..]
                    .chars()
                    .next()
                    .filter(|c| c.is_whitespace())
                    .map_or(0, char::len_utf8),
                _ => 0,
            };
            if white > 0 {
                // Between words only: a stripped "the " may leave white space in front.
                space = started;
                i += white;
                continue;
            }
            if space {
                push(b' ');
                space = false;
            }
            push(b.to_ascii_lowercase());
            started = true;
            i += 1;
        }
        h.write_u64(word);
        Term {
            hash: h.finish(),
            text: t,
        }
    }
}

impl PartialEq for Term<'_> {
    fn eq(&self, other: &Self) -> bool {
        // A term met again is mostly spelled the same: compare the bytes before the words.
        self.hash == other.hash
            && (self.text == other.text || {
                let (mut a, mut b) = (self.text.split_whitespace(), other.text.split_whitespace());
                loop {
                    match (a.next(), b.next()) {
                        (None, None) => break true,
                        (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
                        _ => break false,
                    }
                }
            })
    }
}

impl Eq for Term<'_> {}

impl std::hash::Hash for Term<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.toks[i].span().of(self.text)
    }

    fn word_is(&self, i: usize, list: &[&str]) -> bool {
        self.tokens
            .toks
            .get(i)
            .is_some_and(|t| t.is_word() && super::spelled_as(self.text, t.base(), list))
    }

    /// A verb of saying in lower case outside quotes.
    fn is_cue(&self, i: usize) -> bool {
        let t = &self.tokens.toks[i];
        // "the comments", "a call": after a determiner the word is a noun.
        t.is_word()
            && t.has(flag::CUE)
            && t.quote().is_none()
            && !t.has(flag::CAP)
            && !(i > 0
                && self.word_is(
                    i - 1,
                    &[
                        "the", "a", "an", "his", "her", "their", "its", "our", "this", "that",
                    ],
                ))
    }

    fn starts_sentence(&self, open: usize) -> bool {
        let toks = &self.tokens.toks;
        open == 0
            || toks[open - 1].sentence != toks[open].sentence
            || toks[open - 1].block != toks[open].block
    }

    /// The attribution after a closing mark, within `window` tokens: `, X said`, `, said X`,
    /// `by X` after a quoted term, or `, X VERBed` after a quote that ends with a comma. Also
    /// whether the search stopped at the window's end, so that a wider window could differ.
    fn after(&self, close: usize, window: usize, agent: bool) -> (Option<Found>, bool) {
        let toks = &self.tokens.toks;
        let sentence = toks[close].sentence;
        let mut cue = None;
        let mut j = close + 1;
        let cut = loop {
            if j >= toks.len() {
                break false;
            }
            if j > close + window {
                break true;
            }
            let t = &toks[j];
            if t.sentence != sentence
                || matches!(t.kind, TokKind::Open)
                || t.is_punct('.')
                || t.is_punct('!')
                || t.is_punct('?')
            {
                break false;
            }
            if self.is_cue(j) {
                cue = Some(j);
                break false;
            }
            j += 1;
        };
        (self.after_cue(close, cue, agent), cut)
    }

    /// `after` once its cue (if any) is found.
    fn after_cue(&self, close: usize, cue: Option<usize>, agent: bool) -> Option<Found> {
        let Some(c) = cue else {
            return self.after_without_cue(close, agent);
        };
        let end = self.sentence_end(c);
        // "the radio quoted one witness as saying": the speaker is the one quoted.
        if self.word_is(c, &["quoted", "quoting"]) {
            return Some((self.first_candidate(c + 1, end.min(c + 8)), c, end));
        }
        if let Some(s) = self.nearest_before(c, close + 1) {
            return Some((Some(s), c, end));
        }
        Some((self.first_candidate(c + 1, end.min(c + 10)), c, end))
    }

    /// Attributions without a verb of saying: `“…” by X`, `“…,” X VERBed`, `“…,” X, “…”`.
    fn after_without_cue(&self, close: usize, agent: bool) -> Option<Found> {
        let toks = &self.tokens.toks;
        let at = close + 1;
        let same = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.sentence == toks[close].sentence)
        };
        if agent && same(at) && self.word_is(at, &["by"]) {
            let s = self.first_candidate(at + 1, (at + 3).min(toks.len()))?;
            return Some((Some(s), at, at + 2));
        }
        let comma_inside = close > 0 && toks[close - 1].is_punct(',');
        if !comma_inside || !same(at) {
            return None;
        }
        let s = self.candidate(at)?;
        // The end of the speaker's phrase, then a verb or another quote.
        let mut k = at;
        while k + 1 < toks.len()
            && same(k + 1)
            && self
                .actors
                .mention_at(k + 1)
                .is_some_and(|m| Some(m.actor) == self.actors.mention_at(at).map(|m| m.actor))
        {
            k += 1;
        }
        let next = k + 1;
        let verb = same(next) && toks[next].is_word() && {
            let w = self.word(next);
            w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with('s'))
        };
        let next_quote = (next..(next + 12).min(toks.len()))
            .take_while(|&x| same(x))
            .find(|&x| matches!(toks[x].kind, TokKind::Open));
        if verb {
            return Some((Some(s), next, self.sentence_end(at)));
        }
        next_quote.map(|q| (Some(s), at, q))
    }

    /// A quote that is its own paragraph, signed on the next line: "— Mike Pompeo, 2019".
    fn epigraph(&self, close: usize) -> Option<usize> {
        let toks = &self.tokens.toks;
        let next = toks.get(close + 1)?;
        // Only a quote that closes its block can be signed on the next line; checking that
        // first keeps the scan back to the block's start to once per block.
        if next.block == toks[close].block
            || !matches!(next.kind, TokKind::Punct('—' | '–' | '-' | '―'))
        {
            return None;
        }
        let first_of_block = (0..close)
            .rev()
            .take_while(|&k| toks[k].block == toks[close].block)
            .last();
        if !first_of_block.is_some_and(|f| matches!(toks[f].kind, TokKind::Open)) {
            return None;
        }
        (close + 2..(close + 6).min(toks.len()))
            .take_while(|&k| toks[k].block == next.block)
            .find_map(|k| self.candidate(k))
    }

    /// The attribution before an opening mark, in the same sentence: the nearest verb of
    /// saying (or "according to"), else a colon right after a name.
    fn before(&self, open: usize) -> Option<Found> {
        let toks = &self.tokens.toks;
        let sentence = toks[open].sentence;
        let first = self.tokens.sentences[sentence as usize]
            .0
            .max(open.saturating_sub(MAX_SCAN));
        let mut k = open;
        while k > first {
            k -= 1;
            if toks[k].block != toks[open].block {
                break;
            }
            if self.word_is(k, &["according"]) && self.word_is(k + 1, &["to"]) {
                return Some((self.first_candidate(k + 2, open), k, open));
            }
            if self.is_cue(k) {
                return Some((self.speaker_of_cue(k, first), k, open));
            }
        }
        // "Smith: “…”": a colon right after a name, with no verb in the sentence.
        if open >= first + 2 && toks[open - 1].is_punct(':') {
            if let Some(s) = self.candidate(open - 2) {
                return Some((Some(s), open - 1, open));
            }
        }
        None
    }

    /// Who a verb of saying at `cue` belongs to. A name right before it ("Hegseth warned"),
    /// or right after a comma-fronted verb (", said Nagel,"); for a participle ("stating")
    /// the sentence's subject; for a finite verb the nearest name before it, skipping an
    /// apposition between commas ("Long, the foreign minister …, told").
    fn speaker_of_cue(&self, cue: usize, first: usize) -> Option<usize> {
        let toks = &self.tokens.toks;
        let mut b = cue;
        while b > first
            && (self.word_is(b - 1, ADVERBS)
                || toks[b - 1].is_word() && self.word(b - 1).ends_with("ly"))
        {
            b -= 1;
        }
        if b > first {
            if let Some(s) = self.candidate(b - 1) {
                return Some(s);
            }
            if toks[b - 1].is_punct(',') {
                if let Some(s) = self.candidate(cue + 1) {
                    return Some(s);
                }
            }
        }
        let sentence = toks[cue].sentence as usize;
        if self.word(cue).ends_with("ing") {
            return self.subject(sentence, cue);
        }
        let mut k = b;
        let stop = first.max(cue.saturating_sub(16));
        while k > stop {
            k -= 1;
            if toks[k].is_punct(',') && k + 1 == b {
                // An apposition: a bare name inside it is the speaker, else skip it.
                let open_comma = (stop..k).rev().find(|&j| toks[j].is_punct(','));
                if let Some(oc) = open_comma {
                    let inner = k - oc - 1;
                    if inner <= 3 {
                        if let Some(s) = (oc + 1..k).find_map(|j| self.candidate(j)) {
                            return Some(s);
                        }
                    }
                    k = oc;
                    continue;
                }
            }
            if toks[k].is_punct(';') || matches!(toks[k].kind, TokKind::Close) {
                break;
            }
            if let Some(s) = self.candidate(k) {
                return Some(s);
            }
        }
        self.subject(sentence, cue)
    }

    /// One past the last token of the sentence of token `i`.
    fn sentence_end(&self, i: usize) -> usize {
        self.tokens.sentences[self.tokens.toks[i].sentence as usize].1
    }

    /// The candidate speaker nearest before token `end`, not before `start`.
    fn nearest_before(&self, end: usize, start: usize) -> Option<usize> {
        (start..end).rev().find_map(|k| self.candidate(k))
    }

    fn first_candidate(&self, start: usize, end: usize) -> Option<usize> {
        (start..end.min(self.tokens.toks.len())).find_map(|k| self.candidate(k))
    }

    /// The actor token `k` stands for as a speaker: a mention, a pronoun, "the statement".
    fn candidate(&self, k: usize) -> Option<usize> {
        let t = &self.tokens.toks[k];
        if t.quote().is_some() || !t.is_word() {
            return None;
        }
        if let Some(m) = self.actors.mention_at(k) {
            let a = &self.actors.actors[m.actor];
            let demonym_adj = a.kind == ActorKind::Country && m.modifier;
            return (!m.modifier && !demonym_adj).then_some(m.actor);
        }
        if t.has(flag::PRONOUN) && !self.word_is(k, &["his", "him", "them", "her"]) {
            return self.resolve_pronoun(k, 2);
        }
        if k > 0 && self.word_is(k - 1, &["the", "a", "joint"])
            || k > 1 && self.word_is(k - 2, &["the"])
        {
            if self.word_is(k, DOCUMENTS) {
                return self.document_author(k);
            }
            if self.word_is(k, ORG_ANAPHORS) {
                return self.last_of_kind(k, |kind| kind == ActorKind::Organization);
            }
        }
        None
    }

    fn want_of(&self, k: usize) -> Want {
        match self.tokens.toks[k].gender() {
            Some(Gender::Plural) => Want::Plural,
            g => Want::Person(g),
        }
    }

    fn accepts(&self, want: Want, actor: usize) -> bool {
        let a = &self.actors.actors[actor];
        match want {
            Want::Person(g) => {
                (a.kind == ActorKind::Person
                    && (g.is_none() || a.gender.is_none() || a.gender == g))
                    || a.kind == ActorKind::Anonymous && !a.plural
            }
            // "they" also stands for one unnamed source whose sex the writer leaves open.
            Want::Plural => matches!(
                a.kind,
                ActorKind::Organization
                    | ActorKind::Group
                    | ActorKind::Country
                    | ActorKind::Anonymous
            ),
        }
    }

    /// The actor a pronoun at token `k` stands for.
    fn resolve_pronoun(&self, k: usize, depth: u8) -> Option<usize> {
        let toks = &self.tokens.toks;
        let want = self.want_of(k);
        let sentence = toks[k].sentence as usize;
        let first = self.tokens.sentences[sentence]
            .0
            .max(k.saturating_sub(MAX_SCAN));
        // Earlier in the same sentence: its main subject, or else the nearest compatible actor
        // (after a subordinate clause, "When X asked what Y meant, he …", the nearest).
        let main = self.main_clause_start(sentence).max(first);
        if main == self.tokens.sentences[sentence].0 {
            if let Some(a) = (main..k).find_map(|j| {
                let m = self.actors.mention_at(j)?;
                (toks[j].quote().is_none() && !m.modifier && self.accepts(want, m.actor))
                    .then_some(m.actor)
            }) {
                return Some(a);
            }
        }
        for j in (first..k).rev() {
            if toks[j].quote().is_some() {
                continue;
            }
            if let Some(m) = self.actors.mention_at(j) {
                if !m.modifier && self.accepts(want, m.actor) {
                    return Some(m.actor);
                }
            }
        }
        // Else the most salient actor of the sentences before.
        (1..=SENTENCES_BACK.min(sentence))
            .find_map(|back| self.salient(sentence - back, want, depth))
    }

    /// The sentence's speaker, or its first compatible actor (its subject, usually).
    fn salient(&self, sentence: usize, want: Want, depth: u8) -> Option<usize> {
        if let Some(s) = self.sentence_speaker[sentence].filter(|&s| self.accepts(want, s)) {
            return Some(s);
        }
        let (start, end) = self.tokens.sentences[sentence];
        (start..end.min(start + MAX_SCAN)).find_map(|j| {
            let t = &self.tokens.toks[j];
            if t.quote().is_some() {
                return None;
            }
            if let Some(m) = self.actors.mention_at(j) {
                return (!m.modifier && self.accepts(want, m.actor)).then_some(m.actor);
            }
            if depth > 0
                && t.has(flag::PRONOUN)
                && self.tokens.toks[j].gender() != Some(Gender::Plural)
                && !self.word_is(j, &["his", "him", "her"])
            {
                return self
                    .resolve_pronoun(j, depth - 1)
                    .filter(|&a| self.accepts(want, a));
            }
            None
        })
    }

    /// The subject of the sentence: its first speaker-like actor before token `before`.
    fn subject(&self, sentence: usize, before: usize) -> Option<usize> {
        let start = self
            .main_clause_start(sentence)
            .max(before.saturating_sub(MAX_SCAN));
        (start..before).find_map(|k| self.candidate(k)).or_else(|| {
            let first = self.tokens.sentences[sentence]
                .0
                .max(before.saturating_sub(MAX_SCAN));
            (first..before.min(start)).find_map(|k| self.candidate(k))
        })
    }

    /// Where the main clause starts: after an opening participle or prepositional phrase
    /// ("Authored on Sands letterhead, Lahav stated …"), else at the sentence's start.
    fn main_clause_start(&self, sentence: usize) -> usize {
        let (start, end) = self.tokens.sentences[sentence];
        let toks = &self.tokens.toks;
        let w = self.word(start);
        let intro = toks[start].is_word()
            && (w.ends_with("ing") || w.ends_with("ed") || self.word_is(start, INTRODUCERS));
        if !intro {
            return start;
        }
        (start..end.min(start + 20))
            .find(|&k| toks[k].is_punct(','))
            .map_or(start, |c| c + 1)
    }

    /// For a quote with no attribution that opens a sentence: the speaker of the reported
    /// speech just before it ("Mr Maguire says … . “I think …”").
    fn reported_speech(&self, sentence: usize) -> Option<usize> {
        let prev = sentence.checked_sub(1)?;
        let (start, end) = self.tokens.sentences[prev];
        let end = end.min(start + MAX_SCAN);
        let cue =
            (start..end).find(|&k| self.is_cue(k) && !self.word_is(k, &["quoted", "quoting"]))?;
        let mut b = cue;
        while b > start && self.word_is(b - 1, ADVERBS) {
            b -= 1;
        }
        (b > start)
            .then(|| self.candidate(b - 1))
            .flatten()
            .or_else(|| self.subject(prev, cue))
    }

    /// The author of "the statement": the subject of the last sentence naming one.
    fn document_author(&self, k: usize) -> Option<usize> {
        let toks = &self.tokens.toks;
        let noun = toks[k].base().of(self.text);
        let sentence = toks[k].sentence as usize;
        for s in (sentence.saturating_sub(SENTENCES_BACK)..sentence).rev() {
            let (start, end) = self.tokens.sentences[s];
            if let Some(n) = (start..end.min(start + MAX_SCAN)).find(|&j| {
                toks[j].quote().is_none() && toks[j].base().of(self.text).eq_ignore_ascii_case(noun)
            }) {
                if let Some(a) = self.subject(s, n) {
                    return Some(a);
                }
            }
        }
        None
    }

    /// The last actor of a kind mentioned before token `k` outside quotes, a few sentences back.
    fn last_of_kind(&self, k: usize, ok: impl Fn(ActorKind) -> bool) -> Option<usize> {
        let toks = &self.tokens.toks;
        let limit = toks[k].sentence.saturating_sub(SENTENCES_BACK as u32);
        (k.saturating_sub(MAX_SCAN)..k)
            .rev()
            .take_while(|&j| toks[j].sentence >= limit)
            .find_map(|j| {
                let m = self.actors.mention_at(j)?;
                (toks[j].quote().is_none() && !m.modifier && ok(self.actors.actors[m.actor].kind))
                    .then_some(m.actor)
            })
    }
}

#[cfg(test)]
mod term_tests {
    use super::Term;

    #[test]
    fn terms_meet_without_case_punctuation_or_article() {
        for (a, b, same) in [
            ("“The  Air\u{a0}Angels,”", "air angels", true),
            ("THE END", "end", true),
            ("the \u{a0} end", "end", true),
            ("the  end of it", "end\tof\u{2003}IT", true),
            ("the end", "THE END!", true),
            ("theatre of war", "theatre of war", true),
            ("theatre of war", "atre of war", false),
            ("…", "", true),
            ("…", "a", false),
            ("Zürich’s ÉLAN", "zürich’s Élan", true),
            ("Zürich’s ÉLAN", "zürich’s élan", false),
            ("air angels", "airangels", false),
            ("air angels", "air angels too", false),
        ] {
            assert_eq!(Term::new(a) == Term::new(b), same, "{a} / {b}");
        }
    }
}
