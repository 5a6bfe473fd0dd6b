//! What the article view draws: each block's text cut into nested highlight marks.
//!
//! Spans may nest (a mention inside a quote, a cue inside a quote's sentence) or cross (a
//! note that starts inside a quote and ends after it). Every block is cut at every span
//! boundary into elementary segments, each covered by a list of spans ordered outermost
//! first; consecutive segments with the same span at the same depth become one element. A
//! span that crosses another is therefore drawn as two or more fragments, each carrying the
//! same annotation id, and the tree is always well nested. The work is one sort plus a sweep
//! per block, so a view re-renders in time linear in its highlights (times their nesting).

use std::rc::Rc;

use super::{ActorKind, Annotations, Id, Origin, QuoteKind};
use crate::article::{Article, Block};
use crate::span::Span;

/// What the legend can show or hide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    People,
    Organizations,
    Countries,
    Groups,
    Anonymous,
    /// Direct and partial quotes.
    Speech,
    /// Scare quotes.
    Scare,
    Notes,
}

impl Layer {
    /// Every layer, in the legend's order.
    pub const ALL: [Layer; 8] = [
        Layer::People,
        Layer::Organizations,
        Layer::Countries,
        Layer::Groups,
        Layer::Anonymous,
        Layer::Speech,
        Layer::Scare,
        Layer::Notes,
    ];

    /// The layer an actor of this kind is drawn on.
    #[must_use]
    pub fn of_actor(kind: ActorKind) -> Layer {
        match kind {
            ActorKind::Person => Layer::People,
            ActorKind::Organization => Layer::Organizations,
            ActorKind::Country => Layer::Countries,
            ActorKind::Group => Layer::Groups,
            ActorKind::Anonymous => Layer::Anonymous,
        }
    }

    /// The layer a quote of this kind is drawn on.
    #[must_use]
    pub fn of_quote(kind: QuoteKind) -> Layer {
        if kind.is_speech() {
            Layer::Speech
        } else {
            Layer::Scare
        }
    }

    /// The legend's words for it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Layer::People => "People",
            Layer::Organizations => "Organisations",
            Layer::Countries => "Countries",
            Layer::Groups => "Groups",
            Layer::Anonymous => "Anonymous sources",
            Layer::Speech => "Direct and partial quotes",
            Layer::Scare => "Scare quotes",
            Layer::Notes => "Notes",
        }
    }

    /// A short stable name for CSS classes and test hooks.
    #[must_use]
    pub fn slug(self) -> &'static str {
        match self {
            Layer::People => "person",
            Layer::Organizations => "organization",
            Layer::Countries => "country",
            Layer::Groups => "group",
            Layer::Anonymous => "anonymous",
            Layer::Speech => "speech",
            Layer::Scare => "scare",
            Layer::Notes => "note",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// Which layers are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Layers(u8);

impl Default for Layers {
    fn default() -> Self {
        Layers(u8::MAX)
    }
}

impl Layers {
    /// Whether `layer` is shown.
    #[must_use]
    pub fn shows(self, layer: Layer) -> bool {
        self.0 & layer.bit() != 0
    }

    /// These layers with `layer` shown or hidden.
    #[must_use]
    pub fn with(self, layer: Layer, shown: bool) -> Layers {
        if shown {
            Layers(self.0 | layer.bit())
        } else {
            Layers(self.0 & !layer.bit())
        }
    }
}

/// What a mark stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// A mention of an actor.
    Mention {
        actor: Id,
        actor_kind: ActorKind,
        /// The actor's colour, 0 to [`PALETTE`] − 1: the same for all its mentions.
        colour: u8,
    },
    /// A quote.
    Quote {
        kind: QuoteKind,
        speaker: Option<Id>,
        /// The speaker's name, shown as a badge where the quote starts.
        badge: Option<String>,
    },
    /// The word that attributes a quote ("said", a colon).
    Cue { quote: Id },
    /// A note on the text.
    Note,
}

/// How many actor colours the style sheet defines.
pub const PALETTE: u8 = 10;

/// One highlight, shared by all its fragments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// The annotation drawn (for a cue: the quote's id).
    pub id: Id,
    pub kind: MarkKind,
    /// The whole span, not just this block's part of it.
    pub span: Span,
    /// What a screen reader says: "quote by Pete Hegseth, against on Ukraine joining NATO".
    pub label: String,
    /// Whether the detector made it and nobody has checked it yet.
    pub detected: bool,
}

/// A piece of a block: plain text, or a mark around more pieces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Text(Span),
    Mark {
        mark: Rc<Mark>,
        /// Whether this fragment is where the mark starts (where a badge goes).
        first: bool,
        children: Vec<Node>,
    },
}

/// A block and what to draw in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockLayout {
    pub block: Block,
    pub nodes: Rc<[Node]>,
}

fn colour_of(id: &Id) -> u8 {
    // FNV-1a: stable across runs and platforms, so an actor keeps its colour after reload.
    let hash = id.as_str().bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    (hash % u32::from(PALETTE)) as u8
}

/// Nesting rank for marks with identical spans: quotes outside mentions outside cues.
fn rank(kind: &MarkKind) -> u8 {
    match kind {
        MarkKind::Note => 0,
        MarkKind::Quote { .. } => 1,
        MarkKind::Mention { .. } => 2,
        MarkKind::Cue { .. } => 3,
    }
}

/// The accessible name of a quote: its kind, speaker and stances.
#[must_use]
pub fn quote_label(set: &Annotations, quote: &Id) -> String {
    let Some(q) = set.quote(quote) else {
        return String::new();
    };
    let stances = StancesByQuote::new(set);
    label_of(
        q,
        set.speaker_of(quote).map(|a| a.name.as_str()),
        stances.of(quote),
    )
}

/// Every quote's stances as "value on topic", in topic order: gathered in one pass over
/// the stances, so labelling thousands of quotes does not look each one up per topic.
struct StancesByQuote<'a> {
    by_quote: std::collections::HashMap<&'a Id, Vec<(u32, &'static str, &'a str)>>,
}

impl<'a> StancesByQuote<'a> {
    fn new(set: &'a Annotations) -> StancesByQuote<'a> {
        let mut by_quote: std::collections::HashMap<&Id, Vec<(u32, &'static str, &str)>> =
            std::collections::HashMap::new();
        for s in set.stances.values() {
            if let (super::Target::Quote(q), Some(t)) = (&s.target, set.topic(&s.topic)) {
                by_quote
                    .entry(q)
                    .or_default()
                    .push((t.order, s.value.as_str(), &t.label));
            }
        }
        for list in by_quote.values_mut() {
            list.sort_unstable();
        }
        StancesByQuote { by_quote }
    }

    fn of(&self, quote: &Id) -> &[(u32, &'static str, &'a str)] {
        self.by_quote.get(quote).map_or(&[], Vec::as_slice)
    }
}

fn label_of(q: &super::Quote, speaker: Option<&str>, stances: &[(u32, &str, &str)]) -> String {
    let mut label = String::from(match q.kind {
        QuoteKind::Direct => "quote",
        QuoteKind::Partial => "partial quote",
        QuoteKind::Scare => "scare quote",
    });
    match speaker {
        Some(name) => {
            label.push_str(" by ");
            label.push_str(name);
        }
        None if q.kind.is_speech() => label.push_str(", unattributed"),
        None => {}
    }
    for (_, value, topic) in stances {
        label.push_str(", ");
        label.push_str(value);
        label.push_str(" on ");
        label.push_str(topic);
    }
    label
}

fn actor_kind_word(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "organisation",
        ActorKind::Country => "country",
        ActorKind::Group => "group",
        ActorKind::Anonymous => "anonymous source",
    }
}

/// Every mark on `layers`, in no particular order.
/// Only the items whose spans meet one of `only` (sorted, disjoint) when given.
fn marks(set: &Annotations, layers: Layers, only: Option<&[Span]>) -> Vec<Rc<Mark>> {
    let wanted = |span: Span| {
        only.is_none_or(|ranges| {
            let i = ranges.partition_point(|r| r.end <= span.start);
            ranges
                .get(i)
                .is_some_and(|r| r.start < span.end.max(span.start + 1))
        })
    };
    let mut out = Vec::new();
    let stances = StancesByQuote::new(set);
    for m in set.mentions.values() {
        if m.deleted || !wanted(m.span) {
            continue;
        }
        let Some(a) = set.actor(&m.actor).filter(|a| !a.deleted) else {
            continue;
        };
        if !layers.shows(Layer::of_actor(a.kind)) {
            continue;
        }
        out.push(Rc::new(Mark {
            id: m.id.clone(),
            kind: MarkKind::Mention {
                actor: a.id.clone(),
                actor_kind: a.kind,
                colour: colour_of(&a.id),
            },
            span: m.span,
            label: format!("{}, {}", a.name, actor_kind_word(a.kind)),
            detected: m.provenance.origin == Origin::Detected,
        }));
    }
    for q in set.quotes.values() {
        if q.deleted || !wanted(q.span) || !layers.shows(Layer::of_quote(q.kind)) {
            continue;
        }
        let speaker = set.speaker_of(&q.id);
        if let (Some(cue), Some(_)) = (q.cue, speaker) {
            out.push(Rc::new(Mark {
                id: q.id.clone(),
                kind: MarkKind::Cue {
                    quote: q.id.clone(),
                },
                span: cue,
                label: String::new(),
                detected: q.provenance.origin == Origin::Detected,
            }));
        }
        out.push(Rc::new(Mark {
            id: q.id.clone(),
            kind: MarkKind::Quote {
                kind: q.kind,
                speaker: speaker.map(|a| a.id.clone()),
                badge: speaker.map(|a| a.name.clone()),
            },
            span: q.span,
            label: label_of(q, speaker.map(|a| a.name.as_str()), stances.of(&q.id)),
            detected: q.provenance.origin == Origin::Detected,
        }));
    }
    if layers.shows(Layer::Notes) {
        for n in set.notes.values().filter(|n| wanted(n.span)) {
            out.push(Rc::new(Mark {
                id: n.id.clone(),
                kind: MarkKind::Note,
                span: n.span,
                label: format!("note: {}", n.text),
                detected: false,
            }));
        }
    }
    out
}

/// Every block of the article, the headline included, with its marks.
#[must_use]
pub fn layout(article: &Article, set: &Annotations, layers: Layers) -> Vec<BlockLayout> {
    let all = sorted_marks(article, set, layers, None);
    let mut from = 0;
    article
        .blocks()
        .iter()
        .map(|&block| lay_out_block(block, &all, &mut from))
        .collect()
}

/// [`layout`] after an edit, from the layout `before` made for `old`: only the blocks whose
/// marks the edit can change are laid out again; the others keep their nodes (the same
/// `Rc`, so the view skips them by a pointer comparison). Gives exactly what [`layout`]
/// gives for `new`.
#[must_use]
pub fn relayout(
    before: &[BlockLayout],
    article: &Article,
    old: &Annotations,
    new: &Annotations,
    layers: Layers,
) -> Vec<BlockLayout> {
    let blocks = article.blocks();
    let changed = changed_spans(old, new);
    if before.len() != blocks.len() || changed.is_none() {
        return layout(article, new, layers);
    }
    let changed = changed.unwrap_or_default();
    let dirty: Vec<bool> = blocks
        .iter()
        .map(|b| {
            changed.iter().any(|c| {
                c.start < b.span.end.max(b.span.start + 1) && b.span.start < c.end.max(c.start + 1)
            })
        })
        .collect();
    let ranges: Vec<Span> = blocks
        .iter()
        .zip(&dirty)
        .filter(|(_, &d)| d)
        .map(|(b, _)| b.span)
        .collect();
    if ranges.is_empty() {
        return before.to_vec();
    }
    let all = sorted_marks(article, new, layers, Some(&ranges));
    let mut from = 0;
    blocks
        .iter()
        .zip(&dirty)
        .zip(before)
        .map(|((&block, &d), prev)| {
            if d {
                lay_out_block(block, &all, &mut from)
            } else {
                prev.clone()
            }
        })
        .collect()
}

/// The spans whose drawing can differ between `old` and `new` (an edited item's spans, and
/// those of what shows it: a renamed actor's mentions and quotes, a topic's quotes), or
/// `None` when so much changed that laying out everything is simpler.
fn changed_spans(old: &Annotations, new: &Annotations) -> Option<Vec<Span>> {
    use super::Target;
    use std::collections::BTreeMap;
    fn diff<'a, T: PartialEq>(
        a: &'a BTreeMap<Id, Rc<T>>,
        b: &'a BTreeMap<Id, Rc<T>>,
        out: &mut Vec<(Option<&'a T>, Option<&'a T>)>,
    ) {
        // A collection both sets share (see `Annotations::shares`) has no differences.
        if std::ptr::eq(a, b) {
            return;
        }
        for (id, x) in a {
            match b.get(id) {
                Some(y) if Rc::ptr_eq(x, y) || x == y => {}
                other => out.push((Some(x), other.map(|y| &**y))),
            }
        }
        for (id, y) in b {
            if !a.contains_key(id) {
                out.push((None, Some(y)));
            }
        }
    }
    let limit = (old.len() + new.len()) / 8 + 16;
    let mut spans = Vec::new();
    let quote_span = |id: &Id, spans: &mut Vec<Span>| {
        for set in [old, new] {
            if let Some(q) = set.quote(id) {
                spans.push(q.span);
            }
        }
    };
    let mut topics = Vec::new();
    diff(&old.topics, &new.topics, &mut topics);
    for t in topics.iter().flat_map(|(a, b)| a.iter().chain(b)) {
        for set in [old, new] {
            for s in set.stances.values().filter(|s| s.topic == t.id) {
                if let Target::Quote(q) = &s.target {
                    quote_span(q, &mut spans);
                }
            }
        }
    }
    let mut actors = Vec::new();
    diff(&old.actors, &new.actors, &mut actors);
    for a in actors.iter().flat_map(|(a, b)| a.iter().chain(b)) {
        for set in [old, new] {
            spans.extend(
                set.mentions
                    .values()
                    .filter(|m| m.actor == a.id)
                    .map(|m| m.span),
            );
            spans.extend(
                set.quotes
                    .values()
                    .filter(|q| q.speaker.as_ref() == Some(&a.id))
                    .map(|q| q.span),
            );
        }
    }
    let mut mentions = Vec::new();
    diff(&old.mentions, &new.mentions, &mut mentions);
    spans.extend(
        mentions
            .iter()
            .flat_map(|(a, b)| a.iter().chain(b))
            .map(|m| m.span),
    );
    let mut quotes = Vec::new();
    diff(&old.quotes, &new.quotes, &mut quotes);
    for q in quotes.iter().flat_map(|(a, b)| a.iter().chain(b)) {
        spans.push(q.span);
        spans.extend(q.cue);
    }
    let mut stances = Vec::new();
    diff(&old.stances, &new.stances, &mut stances);
    for s in stances.iter().flat_map(|(a, b)| a.iter().chain(b)) {
        if let Target::Quote(q) = &s.target {
            quote_span(q, &mut spans);
        }
    }
    let mut notes = Vec::new();
    diff(&old.notes, &new.notes, &mut notes);
    spans.extend(
        notes
            .iter()
            .flat_map(|(a, b)| a.iter().chain(b))
            .map(|n| n.span),
    );
    (spans.len() <= limit).then_some(spans)
}

/// The marks to draw (only those meeting `only`, when given), in nesting order: by start,
/// longer first, then quotes outside mentions outside cues. A mark's position in this order
/// is its nesting key.
fn sorted_marks(
    article: &Article,
    set: &Annotations,
    layers: Layers,
    only: Option<&[Span]>,
) -> Vec<Rc<Mark>> {
    let text_len = article.text().len();
    let mut all = marks(set, layers, only);
    // Marks outside the text (a file made for another text) are never drawn.
    all.retain(|m| m.span.end <= text_len && !m.span.is_empty());
    all.sort_by(|a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
            .then(rank(&a.kind).cmp(&rank(&b.kind)))
            .then_with(|| a.id.cmp(&b.id))
    });
    all
}

/// One block with the marks of `all` (in nesting order) that meet it. Blocks come in text
/// order; `from` is where the marks that can still meet this block or a later one start.
fn lay_out_block(block: Block, all: &[Rc<Mark>], from: &mut usize) -> BlockLayout {
    let b = block.span;
    // Skip the marks that end before this block. A long mark that reaches further stops the
    // skipping; the filter below drops the rest.
    while *from < all.len() && all[*from].span.end <= b.start {
        *from += 1;
    }
    let in_block: Vec<(usize, Span)> = all[*from..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.span.start < b.end)
        .filter(|(_, m)| m.span.end > b.start)
        .map(|(i, m)| {
            let clipped = Span::new(m.span.start.max(b.start), m.span.end.min(b.end));
            (*from + i, clipped)
        })
        .collect();
    BlockLayout {
        block,
        nodes: block_nodes(b, all, &in_block).into(),
    }
}

/// Cuts one block into segments and nests them.
fn block_nodes(block: Span, all: &[Rc<Mark>], in_block: &[(usize, Span)]) -> Vec<Node> {
    let mut cuts: Vec<usize> = Vec::with_capacity(in_block.len() * 2 + 2);
    cuts.push(block.start);
    cuts.push(block.end);
    for (_, s) in in_block {
        cuts.push(s.start);
        cuts.push(s.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    // Sweep: `active` holds the marks covering the current segment, in nesting order.
    let mut by_start: Vec<&(usize, Span)> = in_block.iter().collect();
    by_start.sort_by_key(|(_, s)| s.start);
    let mut next = 0;
    let mut active: Vec<(usize, Span)> = Vec::new();
    let mut segments: Vec<(Span, Vec<usize>)> = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let seg = Span::new(w[0], w[1]);
        active.retain(|(_, s)| s.end > seg.start);
        while next < by_start.len() && by_start[next].1.start <= seg.start {
            active.push(*by_start[next]);
            next += 1;
        }
        active.sort_by_key(|&(i, _)| i);
        segments.push((seg, active.iter().map(|&(i, _)| i).collect()));
    }
    nest(&segments, 0, all)
}

fn nest(segments: &[(Span, Vec<usize>)], depth: usize, all: &[Rc<Mark>]) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut i = 0;
    while i < segments.len() {
        let (seg, cover) = &segments[i];
        let Some(&mark) = cover.get(depth) else {
            // Adjacent plain segments are one text node.
            match nodes.last_mut() {
                Some(Node::Text(t)) if t.end == seg.start => t.end = seg.end,
                _ => nodes.push(Node::Text(*seg)),
            }
            i += 1;
            continue;
        };
        let run_end = segments[i..]
            .iter()
            .position(|(_, c)| c.get(depth) != Some(&mark))
            .map_or(segments.len(), |n| i + n);
        let run = &segments[i..run_end];
        nodes.push(Node::Mark {
            mark: all[mark].clone(),
            first: seg.start == all[mark].span.start,
            children: nest(run, depth + 1, all),
        });
        i = run_end;
    }
    nodes
}
