//! Words, punctuation and sentences.
//!
//! The article is cut once into tokens that point into its text (no token owns a string), and
//! the tokens are grouped into sentences. Quotations are opaque to sentence splitting: a quote
//! and the attribution around it stay in one sentence however many sentences the quote holds.

use crate::article::Article;
use crate::span::Span;

use super::lexicon::{
    common_form, hash_in, hash_lower_in, short_form, Entry, FxSet, Gender, Lexicon, LowerHash,
    WordInfo, MAX_WORD,
};
use super::marks::RawQuote;

/// Word classes from the lexicon, as bits.
pub(crate) mod flag {
    pub const TITLE: u16 = 1;
    pub const CUE: u16 = 1 << 1;
    pub const ANON: u16 = 1 << 2;
    pub const GROUP_NOUN: u16 = 1 << 3;
    pub const FUNCTION: u16 = 1 << 4;
    pub const PRONOUN_M: u16 = 1 << 5;
    pub const PRONOUN_F: u16 = 1 << 6;
    pub const PRONOUN_P: u16 = 1 << 7;
    pub const PRONOUN: u16 = PRONOUN_M | PRONOUN_F | PRONOUN_P;
    /// Capitalised (see `capish`), set by the tokenizer.
    pub const CAP: u16 = 1 << 8;
    /// Inside a proper-name match that started at an earlier token.
    pub const GAZ_INNER: u16 = 1 << 9;
    /// Spelled as one of `actors::ORG_WORDS` ("Union", "Ministry"), in its exact case.
    pub const ORG_WORD: u16 = 1 << 10;
    /// One of `actors::CONNECTORS` ("of", "bin") in lower case or with a capital first
    /// letter; `actors` asks for lower case.
    pub const CONNECTOR: u16 = 1 << 11;
    /// One of `actors::DETERMINERS` or `actors::NUMBERS`, in lower case or capitalised.
    pub const DETERMINER: u16 = 1 << 12;
    /// One of `actors::PLACE_FIRST` or `actors::PLACE_LAST`, in its exact case.
    pub const PLACE_PART: u16 = 1 << 13;
    /// One of `actors::PLACE_PREPOSITIONS` or `actors::PLACE_NOUNS`, lower case or capitalised.
    pub const PLACE_CONTEXT: u16 = 1 << 14;
    /// One of `actors::ORG_DESCRIPTORS` or `actors::ORG_HEADS`, lower case or capitalised.
    pub const ORG_NOUN: u16 = 1 << 15;
    /// What a word keeps when it becomes part of a several-word name: capitals, and the
    /// spellings `actors` reads inside names as well as outside.
    pub const KEEP_IN_NAME: u16 =
        CAP | ORG_WORD | CONNECTOR | DETERMINER | PLACE_PART | PLACE_CONTEXT | ORG_NOUN;
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    /// One punctuation character.
    Punct(char),
    /// The opening mark of a top-level quote (`Tokens::open_tok` says which).
    Open,
    /// The closing mark of a top-level quote (`Tokens::close_tok` says which).
    Close,
}

/// A token: a span of the text and what the lexicon knows about it, in 32 bytes. Every pass
/// walks the tokens, so their size is memory traffic: offsets are `u32` (`detect` leaves
/// texts of 4 GB and more alone, and a browser cannot hold one anyway), `TokKind` fits in
/// four bytes (a `char` leaves room for its other variants), and what can be looked up
/// elsewhere (a proper name's length, a mark's quote) is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    start: u32,
    end: u32,
    /// End of the word without a possessive ending ("Putin" in "Putin’s").
    base_end: u32,
    /// Index of the quote this token lies in, or `NO_QUOTE`.
    quote: u32,
    pub block: u32,
    pub sentence: u32,
    pub kind: TokKind,
    /// Index of the proper-name lexicon entry that starts at this token, or `NO_GAZ`.
    gaz: u16,
    pub flags: u16,
}

const _: () = assert!(std::mem::size_of::<Token>() == 32);

/// `Token::quote` outside quotes.
const NO_QUOTE: u32 = u32::MAX;
/// `Token::gaz` where no proper name starts.
const NO_GAZ: u16 = u16::MAX;

impl Token {
    // `span` and `base` build their `Span` directly: the tokenizer keeps `start <= base_end
    // <= end`, and these run in every pass, so `Span::new`'s check would be paid millions of
    // times for nothing.
    pub fn span(&self) -> Span {
        Span {
            start: self.start as usize,
            end: self.end as usize,
        }
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }

    pub fn possessive(&self) -> bool {
        self.base_end < self.end
    }

    /// The word without its possessive ending.
    pub fn base(&self) -> Span {
        Span {
            start: self.start as usize,
            end: self.base_end as usize,
        }
    }

    /// Whether a proper-name entry starts here (`gaz` without the entry's look-up).
    pub fn has_gaz(&self) -> bool {
        self.gaz != NO_GAZ
    }

    /// The lexicon index of the proper-name entry starting here (`NO_GAZ` if none).
    pub fn gaz_index(&self) -> usize {
        usize::from(self.gaz)
    }

    /// The proper-name entry starting here and how many tokens it covers.
    pub fn gaz(&self) -> Option<(&'static Entry, u8)> {
        (self.gaz != NO_GAZ).then(|| {
            let entry = Lexicon::get().entry(u32::from(self.gaz));
            (entry, entry.words)
        })
    }

    /// Inside a proper-name match that started at an earlier token.
    pub fn gaz_inner(&self) -> bool {
        self.has(flag::GAZ_INNER)
    }

    /// The index of the quote this token lies in, if any (never for the marks themselves).
    pub fn quote(&self) -> Option<u32> {
        (self.quote != NO_QUOTE).then_some(self.quote)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }

    pub fn gender(&self) -> Option<Gender> {
        if self.has(flag::PRONOUN_M) {
            Some(Gender::Masculine)
        } else if self.has(flag::PRONOUN_F) {
            Some(Gender::Feminine)
        } else if self.has(flag::PRONOUN_P) {
            Some(Gender::Plural)
        } else {
            None
        }
    }
}

/// The tokens of an article and its sentences (token ranges).
pub(crate) struct Tokens {
    pub toks: Vec<Token>,
    pub sentences: Vec<(usize, usize)>,
    /// The token of each quote's opening and closing mark (`usize::MAX` when unclosed).
    pub open_tok: Vec<usize>,
    pub close_tok: Vec<usize>,
    /// The words that may start a name, in text order: capitalised, or the start of a
    /// proper-name entry, when the tokenizer cut them (a superset of those that still are
    /// after several-word names are joined, which only clears classes). `actors` reads names
    /// from these instead of testing every token.
    pub name_starts: Vec<u32>,
    /// The words that may be a group's or unnamed source's head noun, or "police", in text
    /// order (a superset likewise): `actors` reads common nouns from these.
    pub noun_heads: Vec<u32>,
    /// Hashes of capitalised words met inside a sentence (not first): evidence of a name.
    pub seen_inside: FxSet<u64>,
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "rev", "gen", "col", "lt", "sgt", "capt",
    "gov", "sen", "rep", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "aug", "sept",
    "oct", "nov", "dec", "mt", "ft",
];

/// Word characters: letters, digits, and marks that combine with them.
fn word_char(c: char) -> bool {
    // General punctuation (’ “ — …) is common in news and never a letter: skip the tables.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return c == '\u{200D}';
    }
    c.is_alphanumeric() || is_combining(c)
}

/// Combining marks (accents typed separately) belong to the letter before them.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200D}')
}

impl Tokens {
    /// The tokens inside quote `qi`: those between its marks, or, for a quote left open, those
    /// after its opening mark that lie in it.
    pub fn inner(&self, qi: usize) -> std::ops::Range<usize> {
        let start = self.open_tok[qi].saturating_add(1).min(self.toks.len());
        let end = match self.close_tok[qi] {
            c if c != usize::MAX && c >= start => c,
            _ => {
                let mut end = start;
                while end < self.toks.len() && self.toks[end].quote() == Some(qi as u32) {
                    end += 1;
                }
                end
            }
        };
        debug_assert!(self.toks[start..end]
            .iter()
            .all(|t| t.quote() == Some(qi as u32)));
        start..end
    }

    /// Cuts `article` into tokens, marks the quotes' marks and insides, tags words from the
    /// lexicon and splits sentences (as it cuts, see [`Placed`]).
    pub fn new(article: &Article, quotes: &[RawQuote], lexicon: &'static Lexicon) -> Tokens {
        let text = article.text();
        let mut toks: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
        // Quote marks by position, to turn them into Open/Close tokens.
        let mut marks: Vec<Mark> = Vec::with_capacity(quotes.len() * 2);
        for (qi, q) in quotes.iter().enumerate() {
            marks.push((q.open.start, q.open.end, TokKind::Open, qi));
            if let Some(c) = q.close {
                marks.push((c.start, c.end, TokKind::Close, qi));
            }
        }
        let mut next_mark = 0;
        let mut phrase_starts = Vec::new();
        let mut name_starts = Vec::new();
        let mut noun_heads = Vec::new();
        let mut placed = Placed {
            text,
            quotes,
            qi: 0,
            edge: 0,
            inside: NO_QUOTE,
            open_tok: vec![usize::MAX; quotes.len()],
            close_tok: vec![usize::MAX; quotes.len()],
            sentences: Vec::new(),
            sentence: 0,
            start: 0,
            pending: Pending::None,
            closing: 0,
            unsure: Vec::new(),
            seen_inside: Default::default(),
        };
        let mut cut = Cut {
            text,
            lexicon,
            marks: &marks,
            next_mark: &mut next_mark,
            toks: &mut toks,
            phrase_starts: &mut phrase_starts,
            name_starts: &mut name_starts,
            noun_heads: &mut noun_heads,
            placed: &mut placed,
        };
        for (bi, block) in article.blocks().iter().enumerate() {
            cut.block(block.span, bi);
            cut.placed.end_block(cut.toks.len());
            // While the block's tokens are still in cache (names never cross blocks).
            join_names(cut.toks, text, lexicon, cut.phrase_starts);
            cut.phrase_starts.clear();
        }
        let mut tokens = Tokens {
            toks,
            sentences: placed.sentences,
            open_tok: placed.open_tok,
            close_tok: placed.close_tok,
            name_starts,
            noun_heads,
            seen_inside: placed.seen_inside,
        };
        // The split read a cue verb after a closing mark before the several-word names were
        // joined, which may have taken its class ("Says" starting a name): then split again.
        if placed
            .unsure
            .iter()
            .any(|&k| !tokens.toks[k].has(flag::CUE))
        {
            tokens.sentences.clear();
            tokens.seen_inside.clear();
            tokens.split_sentences(text, quotes);
        }
        tokens
    }

    /// Groups tokens into sentences, in a pass of its own: what [`Placed`] does as the tokens
    /// are cut, for the rare article where that cannot be final.
    fn split_sentences(&mut self, text: &str, quotes: &[RawQuote]) {
        let Tokens {
            toks,
            sentences,
            close_tok,
            seen_inside,
            ..
        } = self;
        let n = toks.len();
        let mut start = 0;
        let mut sentence = 0u32;
        // The quote of the latest closing mark: closing marks come in the order of their quotes.
        let mut closing = 0;
        for i in 0..n {
            toks[i].sentence = sentence;
            let t = &toks[i];
            let next = toks.get(i + 1);
            if t.has(flag::CAP) && start != i {
                let p = &toks[i - 1];
                if p.block == t.block && !opens(p) {
                    seen_inside.insert(word_hash(text, t.base()));
                }
            }
            let mut ends = next.is_none_or(|x| x.block != t.block);
            // Only a full stop or a closing mark outside quotes asks more; most tokens are words.
            if !ends && t.kind != TokKind::Word && t.quote().is_none() {
                let prev = i.checked_sub(1).map(|p| &toks[p]);
                match t.kind {
                    TokKind::Punct('.' | '!' | '?') => {
                        ends = stop_ends(text, prev, t, next);
                    }
                    TokKind::Close => {
                        while close_tok.get(closing).is_some_and(|&c| c != i) {
                            closing += 1;
                        }
                        ends = quote_ends(text, &quotes[closing], next)
                            && !next.is_some_and(|x| x.has(flag::CUE));
                    }
                    _ => {}
                }
            }
            if ends {
                sentences.push((start, i + 1));
                start = i + 1;
                sentence += 1;
            }
        }
        if start < n {
            sentences.push((start, n));
        }
    }
}

/// Whether a capitalised word after token `p` may be a sentence's first word all the same
/// (after an opening mark, a colon, a dash, a bracket or a bullet).
fn opens(p: &Token) -> bool {
    matches!(
        p.kind,
        TokKind::Open | TokKind::Punct(':' | '—' | '–' | '(' | '•')
    )
}

/// Whether a new sentence may start at `next`: a capital or an opening mark.
fn starts_sentence(text: &str, next: Option<&Token>) -> bool {
    next.is_some_and(|x| {
        matches!(x.kind, TokKind::Open)
            || x.is_word() && x.span().of(text).starts_with(char::is_uppercase)
    })
}

/// Whether the full stop, question or exclamation mark `t` (outside quotes, not a block's
/// last token) ends a sentence: a new one starts after it, and it ends no abbreviation.
fn stop_ends(text: &str, prev: Option<&Token>, t: &Token, next: Option<&Token>) -> bool {
    let abbrev = || {
        prev.is_some_and(|p| {
            p.is_word() && p.span().end == t.span().start && {
                let w = p.span().of(text);
                ABBREVIATIONS.iter().any(|a| w.eq_ignore_ascii_case(a))
                    || w.chars().count() == 1 && w.starts_with(char::is_uppercase)
            }
        })
    };
    starts_sentence(text, next) && !abbrev()
}

/// Whether quote `q`'s closing mark ends a sentence, unless a cue verb follows: the quote
/// ends its own sentence and a new one starts after it.
fn quote_ends(text: &str, q: &RawQuote, next: Option<&Token>) -> bool {
    let content = q.content.of(text).trim_end();
    content.ends_with(['.', '!', '?']) && starts_sentence(text, next)
}

/// Several-word names ("Saudi Arabia", "White House"), longest first, at the words the
/// tokenizer found starting one: `Tokens::new` calls it after each block.
// An index loop over the name's tokens: the iterator clippy asks for compiled to a slower
// tokenizer (2–3% in alternating runs), most likely by code placement alone.
#[allow(clippy::needless_range_loop)]
fn join_names(toks: &mut [Token], text: &str, lexicon: &'static Lexicon, starts: &[PhraseStart]) {
    for &(here, info) in starts {
        let t = toks[here];
        if t.gaz_inner() {
            continue;
        }
        for p in &info.phrases {
            let n = p.rest;
            let entry = lexicon.entry(p.entry);
            let fits = here + n < toks.len()
                && entry
                    .surface
                    .split(' ')
                    .zip(&toks[here..=here + n])
                    .enumerate()
                    .all(|(k, (w, tok))| {
                        tok.is_word()
                            && tok.block == t.block
                            && (k == n || !tok.possessive())
                            && (if k == n { tok.base() } else { tok.span() }).of(text) == w
                    });
            if fits {
                // The name is one unit: its words lose their own classes.
                toks[here].gaz = gaz_index(p.entry);
                for k in here..=here + n {
                    toks[k].flags &= flag::KEEP_IN_NAME;
                    if k > here {
                        toks[k].flags |= flag::GAZ_INNER;
                        toks[k].gaz = NO_GAZ;
                    }
                }
                break;
            }
        }
    }
}

/// Where each token lies, recorded as the tokenizer pushes it (so no separate pass over all
/// tokens is needed): the quote it lies in, and its sentence.
///
/// A sentence ends at a block's end, and at a full stop, question or exclamation mark outside
/// quotes that is followed by a capital or a quote (not after an abbreviation), or at a closing
/// mark whose quote ends with one, followed likewise but not by a cue verb. Quotations are
/// opaque: a quote and the attribution around it stay in one sentence. A possible end is
/// decided when the token after it arrives.
struct Placed<'a> {
    text: &'a str,
    quotes: &'a [RawQuote],
    /// The first quote whose content does not end before the last token pushed.
    qi: usize,
    /// The tokens after the last pushed that end by `edge` lie in quote `inside` (or in none,
    /// `NO_QUOTE`); a token ending past it asks `place`.
    edge: u32,
    inside: u32,
    open_tok: Vec<usize>,
    close_tok: Vec<usize>,
    sentences: Vec<(usize, usize)>,
    /// The current sentence and its first token.
    sentence: u32,
    start: usize,
    /// The last token pushed, when it may end its sentence.
    pending: Pending,
    /// The quote of the latest closing mark.
    closing: usize,
    /// Tokens after a closing mark whose cue verb kept the sentence going: the several-word
    /// name pass may yet take the verb's class (see `Tokens::new`).
    unsure: Vec<usize>,
    seen_inside: FxSet<u64>,
}

/// A token that may end a sentence, waiting for the next.
#[derive(Clone, Copy)]
enum Pending {
    None,
    /// A full stop, question or exclamation mark outside quotes.
    Stop,
    /// The closing mark of this quote.
    Close(usize),
}

impl Placed<'_> {
    /// Pushes token `t`, noting the quote it lies in and its sentence.
    #[inline(always)]
    fn push(&mut self, toks: &mut Vec<Token>, mut t: Token) {
        // Tokens come in text order: one compare tells whether `t` lies where the last did.
        t.quote = if t.end <= self.edge {
            self.inside
        } else {
            self.place(t.start as usize, t.end as usize)
        };
        let k = toks.len();
        if !matches!(self.pending, Pending::None) {
            self.decide(toks, &t);
        }
        t.sentence = self.sentence;
        if t.has(flag::CAP) && self.start != k && !opens(&toks[k - 1]) {
            self.seen_inside.insert(word_hash(self.text, t.base()));
        }
        toks.push(t);
    }

    /// After pushing a full stop, question or exclamation mark or a closing mark (the other
    /// tokens leave nothing pending, as `decide` left it): outside quotes, it may end its
    /// sentence, decided when the next token comes.
    fn may_end(&mut self, toks: &[Token]) {
        let k = toks.len() - 1;
        if toks[k].quote == NO_QUOTE {
            self.pending = match toks[k].kind {
                TokKind::Close => Pending::Close(self.qi_closed(k)),
                _ => Pending::Stop,
            };
        }
    }

    /// The quote that the token `start..end` lies in, when it ends past `edge`; sets `edge`
    /// and `inside` for the tokens after it: those ending by `edge` lie in `inside`.
    #[inline(never)]
    fn place(&mut self, start: usize, end: usize) -> u32 {
        let quotes = self.quotes;
        while self.qi < quotes.len() && quotes[self.qi].content.end <= start {
            self.qi += 1;
        }
        let Some(q) = quotes.get(self.qi) else {
            (self.edge, self.inside) = (u32::MAX, NO_QUOTE);
            return NO_QUOTE;
        };
        if start < q.content.start {
            (self.edge, self.inside) = (q.content.start as u32, NO_QUOTE);
            return NO_QUOTE;
        }
        (self.edge, self.inside) = (q.content.end as u32, self.qi as u32);
        if end <= q.content.end {
            self.inside
        } else {
            NO_QUOTE
        }
    }

    /// The quote whose closing mark is token `k` (just noted in `close_tok`): closing marks
    /// come in the order of their quotes.
    fn qi_closed(&mut self, k: usize) -> usize {
        while self.close_tok.get(self.closing).is_some_and(|&c| c != k) {
            self.closing += 1;
        }
        self.closing
    }

    /// Whether the pending token (the last pushed) ends its sentence, now that `next` follows
    /// it in the same block.
    #[cold]
    fn decide(&mut self, toks: &[Token], next: &Token) {
        let k = toks.len();
        let ends = match std::mem::replace(&mut self.pending, Pending::None) {
            Pending::None => false,
            Pending::Stop => stop_ends(
                self.text,
                toks.get(k.wrapping_sub(2)),
                &toks[k - 1],
                Some(next),
            ),
            Pending::Close(q) => {
                let ends = self
                    .quotes
                    .get(q)
                    .is_some_and(|q| quote_ends(self.text, q, Some(next)));
                if ends && next.has(flag::CUE) {
                    self.unsure.push(k);
                }
                ends && !next.has(flag::CUE)
            }
        };
        if ends {
            self.end_sentence(k);
        }
    }

    /// Ends the current sentence before token `k`.
    fn end_sentence(&mut self, k: usize) {
        self.sentences.push((self.start, k));
        self.start = k;
        self.sentence += 1;
    }

    /// A block's last token ends its sentence; `k` tokens have been pushed.
    fn end_block(&mut self, k: usize) {
        self.pending = Pending::None;
        if self.start < k {
            self.end_sentence(k);
        }
    }
}

/// A quotation mark to cut as a token: its start and end, `Open` or `Close`, and its quote.
type Mark = (usize, usize, TokKind, usize);

/// A word that may start a several-word lexicon entry, with what the lexicon knows of it
/// (found once, by the tokenizer's look-up).
type PhraseStart = (usize, &'static WordInfo);

/// The tokenizer's state across blocks.
struct Cut<'a, 'q> {
    text: &'a str,
    lexicon: &'static Lexicon,
    marks: &'a [Mark],
    next_mark: &'a mut usize,
    toks: &'a mut Vec<Token>,
    /// Words that may start a several-word lexicon entry.
    phrase_starts: &'a mut Vec<PhraseStart>,
    /// See [`Tokens::name_starts`] and [`Tokens::noun_heads`].
    name_starts: &'a mut Vec<u32>,
    noun_heads: &'a mut Vec<u32>,
    placed: &'a mut Placed<'q>,
}

/// Classes of ASCII bytes, as bits, for the tokenizer's inner loops.
mod ascii {
    /// `char::is_whitespace`.
    pub const SPACE: u8 = 1;
    /// A letter or digit: a word character.
    pub const ALNUM: u8 = 1 << 1;
    /// A capital letter.
    pub const UPPER: u8 = 1 << 2;
    /// A byte that can start a quotation mark (`"`, `'`, `` ` ``, or the lead byte of
    /// “ ” ‘ ’ „ ‚ ‹ › « »).
    pub const MARK: u8 = 1 << 3;
    /// An ASCII byte that may join the words around it (`-`, `&`, `.`, `'`).
    pub const JOIN: u8 = 1 << 4;

    /// The high bit of each byte.
    pub const HIGH: u64 = 0x8080_8080_8080_8080;

    /// Eight bytes' classes at once, as the high bit of each byte: (letter or digit, capital).
    /// Bytes of 0x80 and above are neither, as in [`CLASS`].
    pub fn alnum8(x: u64) -> (u64, u64) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        // High bit set where a byte (below 0x80) lies in `lo..=hi`; no carry crosses bytes.
        let within = |v: u64, lo: u8, hi: u8| {
            (v + ONES * u64::from(0x80 - lo)) & !(v + ONES * u64::from(0x80 - hi - 1))
        };
        let low7 = x & !HIGH;
        let ascii = !x & HIGH;
        let upper = within(low7, b'A', b'Z') & ascii;
        // Setting the case bit maps capitals onto small letters (and nothing else onto them).
        let letter = within(low7 | (ONES * 0x20), b'a', b'z');
        let digit = within(low7, b'0', b'9');
        ((letter | digit) & ascii, upper)
    }

    /// The class of every byte: bytes of 0x80 and above are only ever `MARK`, the rest of
    /// their characters is decoded where they occur.
    pub const CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            let c = b as u8;
            t[b] = if c == b'\'' {
                MARK | JOIN
            } else if matches!(c, b'"' | b'`' | 0xE2 | 0xC2) {
                MARK
            } else if matches!(c, b'-' | b'&' | b'.') {
                JOIN
            } else if c.is_ascii_uppercase() {
                ALNUM | UPPER
            } else if c.is_ascii_alphanumeric() {
                ALNUM
            } else if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
                SPACE
            } else {
                0
            };
            b += 1;
        }
        t
    };
}

impl Cut<'_, '_> {
    /// Cuts one block into tokens and tags its words from the lexicon. ASCII is handled byte by
    /// byte through a class table; other characters are decoded only where they occur.
    fn block(&mut self, block: Span, bi: usize) {
        let (text, marks, lexicon) = (self.text, self.marks, self.lexicon);
        let next_mark = &mut *self.next_mark;
        let toks = &mut *self.toks;
        let placed = &mut *self.placed;
        let bytes = text.as_bytes();
        let end = block.end;
        let char_at = |i: usize| text[i..].chars().next().unwrap_or(' ');
        let mut i = block.start;
        while i < end {
            let b = bytes[i];
            let class = ascii::CLASS[usize::from(b)];
            // White space is the commonest byte between tokens: skip it before any other test.
            if class & ascii::SPACE != 0 {
                i += 1;
                continue;
            }
            if class & ascii::MARK != 0 && *next_mark < marks.len() && marks[*next_mark].0 == i {
                let (st, en, kind, q) = marks[*next_mark];
                *next_mark += 1;
                let at = if kind == TokKind::Open {
                    &mut placed.open_tok
                } else {
                    &mut placed.close_tok
                };
                at[q] = toks.len();
                placed.push(toks, tok(Span::new(st, en), kind, bi));
                if kind == TokKind::Close {
                    placed.may_end(toks);
                }
                i = en;
                continue;
            }
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                let c = char_at(i);
                (c, c.len_utf8())
            };
            if b >= 0x80 && (c.is_whitespace() || is_combining(c)) {
                i += len;
                continue;
            }
            if class & ascii::ALNUM == 0 && (b < 0x80 || !word_char(c)) {
                placed.push(toks, tok(Span::new(i, i + len), TokKind::Punct(c), bi));
                if matches!(c, '.' | '!' | '?') {
                    placed.may_end(toks);
                }
                // A comma or full stop is mostly followed by one space, too.
                i += len + usize::from(bytes.get(i + len) == Some(&b' '));
                continue;
            }
            // A word: letters and digits, joined by inner hyphens, apostrophes and the full stops
            // of initials ("U.S.", "H.W."), with a possessive ’s or s’ noted.
            let start = i;
            // An ASCII word is scanned from its first byte, so the scan's eight-byte chunks are
            // those of the lexicon's hash, which it builds as it goes (`hash`, the hash of
            // `text[start..hashed]`): most words end at their first stop and need no rescan.
            let mut aligned = b < 0x80;
            let mut j = if aligned { i } else { i + len };
            let mut lower = LowerHash::default();
            let (mut hash, mut hashed) = (0, usize::MAX);
            // The word's bytes when it is shorter than eight (its last chunk otherwise).
            let mut word8 = 0;
            let mut upper_run = if b < 0x80 {
                class & ascii::UPPER != 0
            } else {
                c.is_uppercase()
            };
            // The classes of the word's ASCII letters and digits (after the first, or with it,
            // which only matters when it is a small letter), and whether a hyphen joined it:
            // together they decide most words' `capish` without a rescan.
            let mut seen = 0u8;
            let mut hyphen = false;
            let mut base_end = None;
            let mark_at =
                |k: usize, next_mark: usize| marks.get(next_mark).is_some_and(|m| m.0 == k);
            loop {
                // The word's ASCII letters and digits: eight bytes at a time while the block
                // lasts, then byte by byte. Whether any is a capital, and whether all are while
                // the word has been capitals so far.
                'scan: {
                    while let Some(eight) = bytes[..end].get(j..j + 8) {
                        let x = u64::from_le_bytes(eight.try_into().unwrap_or_default());
                        let (alnum, upper) = ascii::alnum8(x);
                        // Bytes up to the first that is not a letter or digit.
                        let run = (!alnum & ascii::HIGH).trailing_zeros() / 8;
                        let low = u64::MAX.checked_shr(64 - 8 * run).unwrap_or(0);
                        let taken = ascii::HIGH & low;
                        if upper & taken != 0 {
                            seen |= ascii::UPPER;
                        }
                        upper_run &= upper & taken == taken;
                        j += run as usize;
                        if run < 8 {
                            if aligned {
                                (hash, hashed) = (lower.finish(x & low, j - start), j);
                                word8 = x & low;
                            }
                            break 'scan;
                        }
                        lower.chunk(x);
                    }
                    while let Some(&x) = bytes[..end].get(j) {
                        let class = ascii::CLASS[usize::from(x)];
                        if class & ascii::ALNUM == 0 {
                            break;
                        }
                        seen |= class;
                        upper_run &= class & ascii::UPPER != 0;
                        j += 1;
                    }
                }
                // Later scans start after a joiner, not at the word's start.
                aligned = false;
                // What follows is not an ASCII letter or digit; an ASCII byte that joins no
                // word (most often a space) ends it at once.
                let Some(&b) = bytes[..end].get(j) else {
                    break;
                };
                if ascii::CLASS[usize::from(b)] & ascii::JOIN == 0 && b < 0x80 {
                    break;
                }
                let (d, dl) = if b < 0x80 {
                    (b as char, 1)
                } else {
                    let d = char_at(j);
                    (d, d.len_utf8())
                };
                if b >= 0x80 && word_char(d) {
                    upper_run &= d.is_uppercase() || is_combining(d);
                    j += dl;
                    continue;
                }
                // The character after a joiner decides; most words end at a space, which
                // needs no look-ahead.
                let after = || (j + dl < end).then(|| char_at(j + dl));
                let joins = match d {
                    '-' | '‑' | '&' => after().is_some_and(word_char),
                    '’' | '\'' => {
                        after().is_some_and(char::is_alphabetic) && !mark_at(j, *next_mark)
                    }
                    '.' => upper_run && after().is_some_and(char::is_uppercase),
                    _ => false,
                };
                if !joins {
                    // "U.S." keeps its last full stop; so does a single initial "W.".
                    if d == '.' && upper_run && (text[start..j].contains('.') || j - start == 1) {
                        j += 1;
                    } else if matches!(d, '’' | '\'')
                        && matches!(bytes[j - 1], b's' | b'S')
                        && !mark_at(j, *next_mark)
                    {
                        // A plural possessive ("the Peskovs’ view", "SES'") keeps its mark.
                        base_end = Some(j);
                        j += dl;
                    }
                    break;
                }
                hyphen |= d == '-';
                if matches!(d, '’' | '\'')
                    && matches!(bytes.get(j + dl), Some(b's' | b'S'))
                    && !bytes
                        .get(j + dl + 1)
                        .is_some_and(|&x| x.is_ascii_alphanumeric() || x >= 0x80)
                {
                    base_end = Some(j);
                }
                j += dl;
            }
            let span = Span::new(start, j);
            let mut t = tok(span, TokKind::Word, bi);
            t.base_end = base_end.unwrap_or(j) as u32;
            // `capish`, asked only of the words whose answer is not already known: a capital
            // with no hyphen is capitalised, a small letter with no capital after it is not.
            let cap = if b.is_ascii_uppercase() {
                !hyphen || capish(&text[start..j])
            } else if b.is_ascii_lowercase() {
                seen & ascii::UPPER != 0 && capish(&text[start..j])
            } else {
                b >= 0x80 && c.is_uppercase()
            };
            if cap {
                t.flags |= flag::CAP;
            }
            // One look-up per word, while its bytes are in cache.
            let base = &text[start..t.base_end as usize];
            if base.len() <= MAX_WORD {
                let base_end = base.len() + start;
                if base_end != hashed {
                    hash = hash_lower_in(bytes, start, base_end);
                }
                if let Some(info) = lexicon.word(hash) {
                    let (surface, f) = info.common;
                    let common = if base_end == hashed && base.len() < 8 {
                        short_form(word8, base.len(), info.head, surface)
                    } else {
                        common_form(base, surface)
                    };
                    if common {
                        t.flags |= f;
                    }
                    for &(surface, f) in &info.more_common {
                        if common_form(base, surface) {
                            t.flags |= f;
                        }
                    }
                    // The first proper name that matches is the word's lexicon entry.
                    if let Some(&ei) = info
                        .entries
                        .iter()
                        .find(|&&ei| lexicon.entry(ei).accepts(base))
                    {
                        t.gaz = gaz_index(ei);
                    }
                    // Several-word names all start with a capital ("The Hague", not "the").
                    if t.has(flag::CAP) && !info.phrases.is_empty() {
                        self.phrase_starts.push((toks.len(), info));
                    }
                }
            }
            if t.has(flag::CAP) || t.gaz != NO_GAZ {
                self.name_starts.push(toks.len() as u32);
            }
            if t.has(flag::ANON | flag::GROUP_NOUN) || j - start == 6 && b == b'p' {
                self.noun_heads.push(toks.len() as u32);
            }
            placed.push(toks, t);
            // Most words are followed by one space: step over it without a turn of the loop.
            i = j + usize::from(bytes.get(j) == Some(&b' '));
        }
    }
}

/// The hash a word is known by in `Tokens::seen_inside`.
pub(crate) fn word_hash(text: &str, word: Span) -> u64 {
    hash_in(text.as_bytes(), word.start, word.end)
}

/// Particles joined to a name by a hyphen ("al-Aarage").
const NAME_PARTICLES_HYPHEN: &[&str] = &[
    "al", "el", "ad", "ar", "as", "at", "an", "ash", "az", "bin", "ibn", "abu", "ben", "bint",
];
/// Particles fused to a name ("duPlessis").
const NAME_PARTICLES_FUSED: &[&str] = &[
    "du", "de", "da", "di", "van", "von", "le", "la", "mac", "mc", "o",
];

/// A capitalised word, or a lower-case particle fused to a capitalised name ("al-Aarage",
/// "duPlessis").
pub(crate) fn capish(w: &str) -> bool {
    let b = w.as_bytes();
    let Some(&f) = b.first() else { return false };
    if f.is_ascii_uppercase() {
        // "Russian-held", "US-backed": a compound adjective, not a name.
        // A byte search: '-' is ASCII, and a short inline loop beats a `memrchr` call.
        if let Some(h) = b.iter().rposition(|&c| c == b'-') {
            return !w[h + 1..].starts_with(|c: char| c.is_ascii_lowercase())
                || w[..h].contains('-');
        }
        return true;
    }
    if f.is_ascii_lowercase() {
        // Only the particles of names: "al-Aarage", "bin-Talal", "duPlessis", "vanDyke";
        // not "non-European" or "iPhone". Most lower-case words have no capital at all.
        if b.len() > 20 || !b[1..].iter().any(u8::is_ascii_uppercase) {
            return false;
        }
        let particle = match w.find('-') {
            Some(h) => NAME_PARTICLES_HYPHEN.contains(&&w[..h]),
            None => NAME_PARTICLES_FUSED.iter().any(|p| {
                w.starts_with(p) && w[p.len()..].starts_with(|c: char| c.is_ascii_uppercase())
            }),
        };
        return particle && b.iter().all(|&c| c.is_ascii_alphabetic() || c == b'-');
    }
    if f.is_ascii() {
        return false;
    }
    let first = w.chars().next().unwrap_or(' ');
    first.is_uppercase()
}

fn tok(span: Span, kind: TokKind, block: usize) -> Token {
    Token {
        start: span.start as u32,
        end: span.end as u32,
        base_end: span.end as u32,
        quote: NO_QUOTE,
        block: block as u32,
        sentence: 0,
        kind,
        gaz: NO_GAZ,
        flags: 0,
    }
}

/// A lexicon entry's index as a token stores it (the lexicon has far fewer than 65535
/// entries: `lexicon::tests` checks).
fn gaz_index(entry: u32) -> u16 {
    u16::try_from(entry).unwrap_or(NO_GAZ)
}

#[cfg(test)]
mod class_tests {
    use super::ascii;

    /// The ASCII class table agrees with the `char` methods the tokenizer stands for.
    #[test]
    fn ascii_classes_are_the_char_methods() {
        for b in 0..128u8 {
            let c = char::from(b);
            let class = ascii::CLASS[usize::from(b)];
            assert_eq!(class & ascii::SPACE != 0, c.is_whitespace(), "{b}");
            assert_eq!(class & ascii::ALNUM != 0, super::word_char(c), "{b}");
            assert_eq!(class & ascii::UPPER != 0, c.is_uppercase(), "{b}");
            let join = matches!(c, '-' | '&' | '.' | '\'');
            assert_eq!(class & ascii::JOIN != 0, join, "{b}");
        }
        // Above ASCII only the lead bytes of quotation marks are marked.
        for b in 0..=255u8 {
            let mark = matches!(b, b'"' | b'\'' | b'`' | 0xE2 | 0xC2);
            assert_eq!(ascii::CLASS[usize::from(b)] & ascii::MARK != 0, mark, "{b}");
            if b >= 0x80 {
                assert_eq!(ascii::CLASS[usize::from(b)] & !ascii::MARK, 0, "{b}");
            }
        }
    }

    /// The eight-byte classes agree with the table, byte by byte, for every byte value in
    /// every position.
    #[test]
    fn alnum8_is_the_table() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'x'; 8];
                bytes[at] = b;
                let (alnum, upper) = ascii::alnum8(u64::from_le_bytes(bytes));
                let class = ascii::CLASS[usize::from(b)];
                let bit = 0x80u64 << (8 * at);
                assert_eq!(alnum & bit != 0, class & ascii::ALNUM != 0, "{b} at {at}");
                assert_eq!(upper & bit != 0, class & ascii::UPPER != 0, "{b} at {at}");
            }
        }
    }
}

#[cfg(test)]
mod split_tests {
    use super::Tokens;
    use crate::article::Article;
    use crate::detect::{lexicon::Lexicon, marks};

    /// The sentences split as the tokens are cut are those of the split's own pass: the same
    /// ranges, every token's sentence, and the capitalised words seen inside sentences.
    #[test]
    fn split_while_cutting_is_the_split_pass() {
        let mut texts: Vec<String> = vec![
            crate::DEFAULT_ARTICLE.to_string(),
            "“We won.” Said the minister. “We lost!” He left. Mr. Smith met Dr. Jones in \
             St. Louis. U.S. forces came. “Fine,” she said. The E.U. said no? “Yes.” “No.”\n\n\
             A new block: “Quote over\n\n“blocks.” Then W. Bush spoke. “It is over.” Says who."
                .to_string(),
        ];
        let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/dev/articles");
        if let Ok(dir) = std::fs::read_dir(dev) {
            texts.extend(
                dir.filter_map(Result::ok)
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok()),
            );
        }
        for text in &texts {
            let Ok(article) = Article::parse(text) else {
                continue;
            };
            let raw = marks::find_quotes(&article);
            let cut = Tokens::new(&article, &raw, Lexicon::get());
            let mut pass = Tokens {
                toks: cut.toks.clone(),
                sentences: Vec::new(),
                open_tok: cut.open_tok.clone(),
                close_tok: cut.close_tok.clone(),
                name_starts: Vec::new(),
                noun_heads: Vec::new(),
                seen_inside: Default::default(),
            };
            for t in &mut pass.toks {
                t.sentence = u32::MAX;
            }
            pass.split_sentences(article.text(), &raw);
            assert!(cut.sentences.len() > 1, "{}", &text[..40]);
            assert_eq!(cut.sentences, pass.sentences, "{}", &text[..40]);
            let sentence = |t: &Tokens| t.toks.iter().map(|t| t.sentence).collect::<Vec<_>>();
            assert_eq!(sentence(&cut), sentence(&pass), "{}", &text[..40]);
            assert_eq!(cut.seen_inside, pass.seen_inside, "{}", &text[..40]);
        }
    }
}

#[cfg(test)]
mod flag_tests {
    use super::{flag, Tokens};
    use crate::article::Article;
    use crate::detect::{lexicon::Lexicon, marks};

    /// Each word of `text` and whether it has flag `f`.
    fn tagged(text: &str, f: u16) -> Vec<(String, bool)> {
        let article = Article::parse(text).expect("not empty");
        let raw = marks::find_quotes(&article);
        let tokens = Tokens::new(&article, &raw, Lexicon::get());
        tokens
            .toks
            .iter()
            .filter(|t| t.is_word())
            .map(|t| (t.span().of(text).to_string(), t.has(f)))
            .collect()
    }

    /// `ORG_WORD` is the exact spelling of `actors::ORG_WORDS`; `CONNECTOR` any case of
    /// `actors::CONNECTORS`; both survive inside a several-word name ("European Union",
    /// "Republic of the Congo"), whose words lose their other classes.
    #[test]
    fn word_list_flags() {
        let cases: &[(&str, u16, &[bool])] = &[
            (
                "Union union UNION Ministry’s Unions",
                flag::ORG_WORD,
                &[true, false, false, true, false],
            ),
            (
                "the European Union met",
                flag::ORG_WORD,
                &[false, false, true, false],
            ),
            (
                "of Of bin the then",
                flag::CONNECTOR,
                &[true, true, true, true, false],
            ),
            (
                "in the Republic of the Congo",
                flag::CONNECTOR,
                &[false, true, false, true, true, false],
            ),
            // Words hashed as they are scanned, or again when a joiner or an ending follows.
            (
                "a vice-captain, vice-president’s Vice-Captain spokesman",
                flag::TITLE,
                &[false, true, true, false, true],
            ),
            (
                "in the Republic of the Congo",
                flag::FUNCTION,
                &[true, true, false, false, false, false],
            ),
        ];
        for &(text, f, want) in cases {
            let got: Vec<bool> = tagged(text, f).into_iter().map(|(_, b)| b).collect();
            assert_eq!(got, want, "{text:?}: {:?}", tagged(text, f));
        }
    }
}
