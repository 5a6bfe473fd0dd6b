//! The detector: every actor in an article and every quote, attributed to its speaker.
//!
//! Pure rules over the text, no model and no network, so the same code runs natively and in
//! the browser. The work is a fixed sequence of linear passes:
//!
//! 1. [`marks`] pairs quotation marks block by block and tells apostrophes from quotes;
//! 2. [`tokens`] cuts the text into words and sentences and tags words from the [`lexicon`]
//!    (one Aho–Corasick pass for every word list);
//! 3. [`actors`] reads names, organisations, countries, groups and unnamed sources;
//! 4. [`kind`] decides whether each quote is direct, partial or a scare quote;
//! 5. [`speakers`] attributes each quote.
//!
//! All offsets are UTF-8 byte offsets into [`Article::text`], as everywhere in the core.
//!
//! ```
//! use whosaid_core::article::Article;
//! use whosaid_core::detect::{detect, QuoteKind};
//!
//! let article = Article::parse("“We will meet in Riyadh,” President Donald Trump said.")?;
//! let found = detect(&article);
//! let quote = &found.quotes[0];
//! assert_eq!(quote.span.of(article.text()), "We will meet in Riyadh,");
//! assert_eq!(quote.kind, QuoteKind::Direct);
//! assert_eq!(found.actor(quote.speaker.unwrap()).name, "Donald Trump");
//! # Ok::<(), whosaid_core::article::ArticleError>(())
//! ```

mod actors;
mod kind;
mod lexicon;
mod marks;
mod speakers;
mod tokens;

use crate::article::Article;
use crate::span::Span;

/// Identifies an actor within one [`Detection`]: its index in [`Detection::actors`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorId(pub u32);

/// What kind of actor an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A named organisation, institution or company.
    Organization,
    /// A country or its government (named, by nationality or by capital).
    Country,
    /// A named group: "European leaders", "Seven European nations", a world region.
    Group,
    /// An unnamed source: "One senior European diplomat", "a spokesperson".
    Anonymous,
}

/// One actor and everywhere the article mentions it.
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    pub id: ActorId,
    /// The canonical name: a person's fullest name without titles, an organisation's name
    /// without a leading "the", a country's usual short name, a source's own description.
    pub name: String,
    pub kind: ActorKind,
    /// Titles and offices written before a person's name ("US Defence Secretary").
    pub role: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
}

/// What a quotation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// Quoted speech or writing that forms a clause or sentence.
    Direct,
    /// A fragment of someone's words in the reporter's sentence.
    Partial,
    /// A term, title or nickname in quotation marks: nobody's speech.
    Scare,
}

impl QuoteKind {
    /// Direct and partial quotes are speech; scare quotes are not.
    #[must_use]
    pub fn is_speech(self) -> bool {
        self != QuoteKind::Scare
    }
}

/// One quotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The text between the marks (to the end of the paragraph for an unclosed quote).
    pub span: Span,
    /// The quote with its marks.
    pub marks: Span,
    pub kind: QuoteKind,
    /// Who said it, when the article says so.
    pub speaker: Option<ActorId>,
    /// The verb (or colon) that attributes it.
    pub cue: Option<Span>,
    /// How sure the detector is of the quote and its speaker, from 0 to 1.
    pub confidence: f32,
}

/// Everything the detector found in one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Detection {
    /// Actors in order of first mention; `actors[i].id == ActorId(i)`.
    pub actors: Vec<Actor>,
    /// Quotes in text order.
    pub quotes: Vec<Quote>,
}

impl Detection {
    /// The actor with this id.
    ///
    /// # Panics
    /// When the id comes from another detection.
    #[must_use]
    pub fn actor(&self, id: ActorId) -> &Actor {
        &self.actors[id.0 as usize]
    }
}

/// Whether the text of `word` is one of `list`, ASCII case aside. The
/// bytes are compared, so only a word of a listed length reads the text.
fn spelled_as(text: &str, word: Span, list: &[&str]) -> bool {
    let len = word.end - word.start;
    list.iter().any(|x| {
        x.len() == len && text.as_bytes()[word.start..word.end].eq_ignore_ascii_case(x.as_bytes())
    })
}

/// Asks the processor to fetch `xs[from..to]` into the cache, a line at a time (a hint;
/// nothing outside x86-64, where the loop would only cost wasm bytes).
fn prefetch_range<T>(xs: &[T], from: usize, to: usize) {
    #[cfg(target_arch = "x86_64")]
    for k in (from..to.min(xs.len())).step_by((64 / std::mem::size_of::<T>()).max(1)) {
        actors::prefetch(xs.get(k));
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (xs, from, to);
}

/// Finds the actors and quotes of `article`. Never fails: any text gives a result (an empty
/// one for a text of 4 GB or more).
#[must_use]
pub fn detect(article: &Article) -> Detection {
    let text = article.text();
    // Token offsets are `u32`: a text of 4 GB or more is beyond what the detector reads.
    if u32::try_from(text.len()).is_err() {
        return Detection::default();
    }
    let lexicon = lexicon::Lexicon::get();
    let raw = marks::find_quotes(article);
    let toks = tokens::Tokens::new(article, &raw, lexicon);
    let found = actors::find(text, &toks);

    // Each quote's kind, from its words and neighbours.
    let (open_tok, close_tok) = (&toks.open_tok, &toks.close_tok);
    let mut kinds: Vec<QuoteKind> = Vec::with_capacity(raw.len());
    for (qi, q) in raw.iter().enumerate() {
        // The passes since the tokenizer have pushed the quotes' tokens out of the cache:
        // fetch the next quote's while this one is classified.
        if let (Some(&no), Some(&nc)) = (open_tok.get(qi + 1), close_tok.get(qi + 1)) {
            if nc != usize::MAX {
                prefetch_range(&toks.toks, no, nc.saturating_add(1));
            }
        }
        let o = open_tok[qi];
        let inner = toks.inner(qi);
        let same_block = |t: &&tokens::Token| t.block as usize == q.block;
        let before = o
            .checked_sub(1)
            .and_then(|b| toks.toks.get(b))
            .filter(same_block);
        let after = close_tok[qi]
            .checked_add(1)
            .and_then(|a| toks.toks.get(a))
            .filter(same_block);
        // `“A,” she said, “b …”`: the second half of a split direct quote.
        let continues_direct = qi > 0
            && kinds[qi - 1] == QuoteKind::Direct
            && close_tok[qi - 1] != usize::MAX
            && before.is_some_and(|b| b.is_punct(',') || b.is_punct(':'))
            && toks.toks[close_tok[qi - 1]].sentence
                == toks.toks[o.min(toks.toks.len() - 1)].sentence
            && (close_tok[qi - 1] + 1..o).any(|k| toks.toks[k].has(tokens::flag::CUE));
        let opens_split = close_tok[qi] != usize::MAX
            && open_tok.get(qi + 1).is_some_and(|&n| {
                n != usize::MAX
                    && n > close_tok[qi] + 2
                    && n - close_tok[qi] <= 12
                    && toks.toks[n - 1].is_punct(',')
                    && toks.toks[n].sentence == toks.toks[close_tok[qi]].sentence
                    && (close_tok[qi] + 1..n).any(|k| toks.toks[k].has(tokens::flag::CUE))
            });
        let attributed_after = close_tok[qi] != usize::MAX
            && (close_tok[qi] + 1..(close_tok[qi] + 6).min(toks.toks.len()))
                .take_while(|&k| toks.toks[k].sentence == toks.toks[close_tok[qi]].sentence)
                .any(|k| toks.toks[k].has(tokens::flag::CUE) && toks.toks[k].quote().is_none());
        let ctx = kind::QuoteContext {
            text,
            inner: &toks.toks[inner],
            before,
            after,
            continues_direct,
            opens_split,
            attributed_after,
        };
        kinds.push(kind::classify(&ctx));
    }

    let attributions = speakers::attribute(text, &toks, &found, &raw, &kinds);

    // Actors in order of first mention, numbered densely.
    let mut first_mention = vec![usize::MAX; found.actors.len()];
    for m in &found.mentions {
        first_mention[m.actor] = first_mention[m.actor].min(m.span.start);
    }
    let mut order: Vec<usize> = (0..found.actors.len())
        .filter(|&a| first_mention[a] != usize::MAX)
        .collect();
    order.sort_by_key(|&a| first_mention[a]);
    let mut new_id = vec![u32::MAX; found.actors.len()];
    let mut actors: Vec<Actor> = order
        .iter()
        .enumerate()
        .map(|(i, &a)| {
            new_id[a] = i as u32;
            let d = &found.actors[a];
            Actor {
                id: ActorId(i as u32),
                name: d.name.clone(),
                kind: d.kind,
                role: d.role.clone(),
                mentions: Vec::new(),
            }
        })
        .collect();
    for m in &found.mentions {
        let id = new_id[m.actor];
        if id != u32::MAX {
            actors[id as usize].mentions.push(m.span);
        }
    }
    for a in &mut actors {
        a.mentions.sort_unstable();
        a.mentions.dedup();
    }

    let quotes = raw
        .iter()
        .enumerate()
        .zip(&kinds)
        .zip(&attributions)
        .map(|(((qi, q), &kind), a)| {
            let speaker = a
                .speaker
                .map(|s| new_id[s])
                .filter(|&s| s != u32::MAX)
                .map(ActorId);
            let mut confidence: f32 = match (kind, a.source) {
                (QuoteKind::Scare, _) => 0.7,
                (_, speakers::Source::Explicit) => 0.9,
                (_, speakers::Source::Inherited) => 0.75,
                (_, speakers::Source::Unattributed) => 0.6,
            };
            if q.close.is_none() && !raw.get(qi + 1).is_some_and(|n| n.continues) {
                confidence *= 0.6;
            }
            let marks = Span::new(q.open.start, q.close.map_or(q.content.end, |c| c.end));
            Quote {
                span: q.content,
                marks,
                kind,
                speaker,
                cue: a.cue,
                confidence,
            }
        })
        .collect();
    Detection { actors, quotes }
}

#[cfg(test)]
mod tests;
