//! Moves a whole annotation set from the text it was made on to another copy of the article.

use std::rc::Rc;

use super::{Anchorer, Selector};
use crate::annotations::{Annotations, Detached, Id, Item, Orphaned, Target, Unplaced};
use crate::article::Article;
use crate::span::Span;

/// An item that could not be placed in the new text. It is never dropped: the caller keeps
/// it (in the file, in the merge preview) so nobody's work is lost.
#[derive(Clone, Debug, PartialEq)]
pub struct Orphan {
    /// The item as it was, its spans still pointing into the old text.
    pub item: Item,
    pub reason: OrphanReason,
}

/// Why an item is an orphan.
#[derive(Clone, Debug, PartialEq)]
pub enum OrphanReason {
    /// Its text could not be found; the selector says what was looked for.
    NotFound(Selector),
    /// A quote was placed but its cue could not be: the quote stays in the set without a cue
    /// and this record keeps the quote as it was.
    CueNotFound(Selector),
    /// A stance on a quote that could not be placed goes with it.
    TargetNotPlaced(Id),
    /// Its span does not fit the old text (out of range, or not on character boundaries).
    BadSpan(Span),
}

impl OrphanReason {
    /// The reason in the annotation model's terms.
    #[must_use]
    pub fn unplaced(&self) -> Unplaced {
        match self {
            OrphanReason::NotFound(_) => Unplaced::NotFound,
            OrphanReason::CueNotFound(_) => Unplaced::CueNotFound,
            OrphanReason::TargetNotPlaced(_) => Unplaced::TargetNotPlaced,
            OrphanReason::BadSpan(_) => Unplaced::BadSpan,
        }
    }
}

impl Orphan {
    /// The orphan as a record the annotation set keeps ([`Item::Orphan`]): the item with its
    /// spans turned into selectors of `old_text` (the text it was made on), and where it came
    /// from.
    #[must_use]
    pub fn record(&self, old_text: &str, file: Option<&str>, annotator: Option<&str>) -> Orphaned {
        let cps = crate::format::CodePoints::new(old_text);
        let anchors = self
            .item
            .spans()
            .into_iter()
            .map(|span| match Selector::from_span(old_text, span) {
                Some(s) => Detached {
                    exact: s.exact,
                    prefix: s.prefix,
                    suffix: s.suffix,
                    start_cp: cps.of(span.start),
                    end_cp: cps.of(span.end),
                },
                None => Detached::default(),
            })
            .collect();
        Orphaned {
            id: Orphaned::id_of(self.item.id()),
            item: self.item.map_spans(|_| Span::default()),
            anchors,
            file: file.map(Rc::from),
            annotator: annotator.map(Rc::from),
            reason: self.reason.unplaced(),
        }
    }
}

/// Moves every span of `annotations` (mentions, quotes and their cues, notes), made on
/// `old_text`, onto `new_article`'s text. Returns the moved set and the orphans: items that
/// could not be placed are left out of the set and listed (stances on an orphaned quote go
/// with it); a quote whose cue alone is lost keeps its place without the cue. When the texts
/// are equal, the items come back as they are.
///
/// Orphan records the set already holds ([`Item::Orphan`], from an earlier import) are tried
/// again: one that now fits is replaced by its item, placed; the others stay in the set as
/// they are (they are not listed again).
#[must_use]
pub fn reanchor(
    old_text: &str,
    new_article: &Article,
    annotations: &Annotations,
) -> (Annotations, Vec<Orphan>) {
    let new_text = new_article.text();
    if old_text == new_text && annotations.orphans.is_empty() {
        return (annotations.clone(), Vec::new());
    }
    let mut anchorer = Anchorer::new(new_text);
    let (mut set, orphans) = if old_text == new_text {
        (annotations.clone(), Vec::new())
    } else {
        move_items(old_text, &mut anchorer, annotations)
    };
    if annotations.orphans.is_empty() {
        return (set, orphans);
    }
    place_records(&mut anchorer, annotations, &mut set);
    (set, orphans)
}

/// Where `selector` lands in the anchorer's text. One function for both callers, so the
/// browser build holds the anchorer's search once.
#[inline(never)]
fn place_span(anchorer: &mut Anchorer<'_>, selector: &Selector) -> Option<Span> {
    anchorer.place(selector).span()
}

/// Tries every orphan record of `annotations` in the text of `anchorer`; puts each one that
/// fits into `set` as its item (a stance once its quote is placed) and drops its record.
fn place_records(anchorer: &mut Anchorer<'_>, annotations: &Annotations, set: &mut Annotations) {
    let cps = crate::format::CodePoints::new(anchorer.text);
    let mut stances = Vec::new();
    let mut placed_quotes = Vec::new();
    for record in annotations.orphans.values() {
        if matches!(record.item, Item::Stance(_) | Item::Orphan(_)) {
            stances.push(record);
            continue;
        }
        let mut placed = Vec::with_capacity(record.anchors.len());
        for a in &record.anchors {
            let selector = Selector {
                exact: a.exact.clone(),
                prefix: a.prefix.clone(),
                suffix: a.suffix.clone(),
                position: cps.byte_of(a.start_cp),
            };
            placed.push(if a.exact.is_empty() {
                None
            } else {
                place_span(anchorer, &selector)
            });
        }
        let wanted = record.item.spans().len();
        // The item's own text must be placed; a quote's cue may be lost (the record then
        // stays, as a lost cue).
        let Some(Some(_)) = placed.first() else {
            if wanted > 0 {
                continue;
            }
            Rc::make_mut(&mut set.orphans).remove(&record.id);
            set.insert(record.item.clone());
            continue;
        };
        if placed.len() != wanted {
            continue;
        }
        let mut spans = placed.iter().copied();
        let mut cue_lost = false;
        let item = record.item.map_spans(|_| {
            spans.next().flatten().unwrap_or_else(|| {
                cue_lost = true;
                Span::default()
            })
        });
        let item = match item {
            Item::Quote(q) if cue_lost => {
                let mut q = (*q).clone();
                q.cue = None;
                Item::Quote(Rc::new(q))
            }
            other => other,
        };
        if !cue_lost {
            Rc::make_mut(&mut set.orphans).remove(&record.id);
        }
        if let Item::Quote(q) = &item {
            placed_quotes.push(q.id.clone());
        }
        set.insert(item);
    }
    // A stance follows its quote only when that quote was placed from its record here: a
    // quote of this text with the same id may be another quote altogether.
    for record in stances {
        if let Item::Stance(s) = &record.item {
            if placed_quotes.contains(s.target.id()) && set.topic(&s.topic).is_some() {
                Rc::make_mut(&mut set.orphans).remove(&record.id);
                set.insert(record.item.clone());
            }
        }
    }
}

/// The live items of `annotations`, moved from `old_text` to the anchorer's text.
fn move_items(
    old_text: &str,
    anchorer: &mut Anchorer<'_>,
    annotations: &Annotations,
) -> (Annotations, Vec<Orphan>) {
    let mut place = |span: Span| -> Result<Span, OrphanReason> {
        let selector = Selector::from_span(old_text, span).ok_or(OrphanReason::BadSpan(span))?;
        place_span(anchorer, &selector).ok_or(OrphanReason::NotFound(selector))
    };
    let mut set = annotations.clone();
    let mut orphans = Vec::new();
    let mut lost_quotes = Vec::new();
    for m in annotations.mentions.values() {
        match place(m.span) {
            Ok(span) if span == m.span => {}
            Ok(span) => {
                let mut moved = (**m).clone();
                moved.span = span;
                Rc::make_mut(&mut set.mentions).insert(m.id.clone(), Rc::new(moved));
            }
            Err(reason) => {
                Rc::make_mut(&mut set.mentions).remove(&m.id);
                orphans.push(Orphan {
                    item: Item::Mention(m.clone()),
                    reason,
                });
            }
        }
    }
    for q in annotations.quotes.values() {
        let span = match place(q.span) {
            Ok(span) => span,
            Err(reason) => {
                Rc::make_mut(&mut set.quotes).remove(&q.id);
                lost_quotes.push(q.id.clone());
                orphans.push(Orphan {
                    item: Item::Quote(q.clone()),
                    reason,
                });
                continue;
            }
        };
        let cue = match q.cue.map(&mut place) {
            None => None,
            Some(Ok(cue)) => Some(cue),
            Some(Err(reason)) => {
                let reason = match reason {
                    OrphanReason::NotFound(s) => OrphanReason::CueNotFound(s),
                    other => other,
                };
                orphans.push(Orphan {
                    item: Item::Quote(q.clone()),
                    reason,
                });
                None
            }
        };
        if span != q.span || cue != q.cue {
            let mut moved = (**q).clone();
            moved.span = span;
            moved.cue = cue;
            Rc::make_mut(&mut set.quotes).insert(q.id.clone(), Rc::new(moved));
        }
    }
    for n in annotations.notes.values() {
        match place(n.span) {
            Ok(span) if span == n.span => {}
            Ok(span) => {
                let mut moved = (**n).clone();
                moved.span = span;
                Rc::make_mut(&mut set.notes).insert(n.id.clone(), Rc::new(moved));
            }
            Err(reason) => {
                Rc::make_mut(&mut set.notes).remove(&n.id);
                orphans.push(Orphan {
                    item: Item::Note(n.clone()),
                    reason,
                });
            }
        }
    }
    for s in annotations.stances.values() {
        if let Target::Quote(q) = &s.target {
            if lost_quotes.contains(q) {
                Rc::make_mut(&mut set.stances).remove(&s.id);
                orphans.push(Orphan {
                    item: Item::Stance(s.clone()),
                    reason: OrphanReason::TargetNotPlaced(q.clone()),
                });
            }
        }
    }
    (set, orphans)
}
