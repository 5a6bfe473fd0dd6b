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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
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
    let mut label = match q.kind {
        QuoteKind::Direct => "quote".to_string(),
        QuoteKind::Partial => "partial quote".to_string(),
        QuoteKind::Scare => "scare quote".to_string(),
    };
    match set.speaker_of(quote) {
        Some(a) => {
            label.push_str(" by ");
            label.push_str(&a.name);
        }
        None if q.kind.is_speech() => label.push_str(", unattributed"),
        None => {}
    }
    for s in set.stances_of(&super::Target::Quote(quote.clone())) {
        if let Some(t) = set.topic(&s.topic) {
            label.push_str(", ");
            label.push_str(s.value.as_str());
            label.push_str(" on ");
            label.push_str(&t.label);
        }
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
fn marks(set: &Annotations, layers: Layers) -> Vec<Rc<Mark>> {
    let mut out = Vec::new();
    for m in set.mentions_in_order() {
        let Some(a) = set.actor(&m.actor) else {
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
    for q in set.quotes_in_order() {
        if !layers.shows(Layer::of_quote(q.kind)) {
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
            label: quote_label(set, &q.id),
            detected: q.provenance.origin == Origin::Detected,
        }));
    }
    if layers.shows(Layer::Notes) {
        for n in set.notes_in_order() {
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
    let text_len = article.text().len();
    let mut all = marks(set, layers);
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
    // `all` is in nesting order; a mark's position in it is its nesting key.
    let mut from = 0;
    article
        .blocks()
        .iter()
        .map(|&block| {
            let b = block.span;
            // Marks are sorted by start: skip those that end before this block. A long mark
            // that reaches further stops the skipping; the filter below drops the rest.
            while from < all.len() && all[from].span.end <= b.start {
                from += 1;
            }
            let in_block: Vec<(usize, Span)> = all[from..]
                .iter()
                .enumerate()
                .take_while(|(_, m)| m.span.start < b.end)
                .filter(|(_, m)| m.span.end > b.start)
                .map(|(i, m)| {
                    let clipped = Span::new(m.span.start.max(b.start), m.span.end.min(b.end));
                    (from + i, clipped)
                })
                .collect();
            BlockLayout {
                block,
                nodes: block_nodes(b, &all, &in_block).into(),
            }
        })
        .collect()
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
