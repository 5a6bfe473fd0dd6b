//! Moves a whole annotation set from the text it was made on to another copy of the article.

use std::rc::Rc;

use super::{Anchorer, Selector};
use crate::annotations::{Annotations, Id, Item, Target};
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

/// Moves every span of `annotations` (mentions, quotes and their cues, notes), made on
/// `old_text`, onto `new_article`'s text. Returns the moved set and the orphans: items that
/// could not be placed are left out of the set and listed (stances on an orphaned quote go
/// with it); a quote whose cue alone is lost keeps its place without the cue. When the texts
/// are equal, the set comes back as it is.
#[must_use]
pub fn reanchor(
    old_text: &str,
    new_article: &Article,
    annotations: &Annotations,
) -> (Annotations, Vec<Orphan>) {
    let new_text = new_article.text();
    if old_text == new_text {
        return (annotations.clone(), Vec::new());
    }
    let mut anchorer = Anchorer::new(new_text);
    let mut place = |span: Span| -> Result<Span, OrphanReason> {
        let selector = Selector::from_span(old_text, span).ok_or(OrphanReason::BadSpan(span))?;
        anchorer
            .place(&selector)
            .span()
            .ok_or(OrphanReason::NotFound(selector))
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
