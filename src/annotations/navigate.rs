//! Moving through annotations the way a keyboard user does: the next or previous quote in
//! reading order, the next topic, what a stance on the current item is a stance of, and the
//! stretch of text a selection really covers.

use super::{Annotations, Id, Target};
use crate::span::Span;

impl Annotations {
    /// The live quote after (`forward`) or before `from` in reading order, wrapping around at
    /// the ends. From nothing, or from an item that is not a live quote, forward goes to the
    /// first quote at or after where that item starts and backward to the last one before it.
    #[must_use]
    pub fn quote_after(&self, from: Option<&Id>, forward: bool) -> Option<Id> {
        let quotes = self.quotes_in_order();
        let first = quotes.first()?;
        let last = quotes.last()?;
        let Some(from) = from else {
            return Some(if forward { first } else { last }.id.clone());
        };
        if let Some(i) = quotes.iter().position(|q| &q.id == from) {
            let n = quotes.len();
            let j = if forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            };
            return Some(quotes[j].id.clone());
        }
        // A mention (or a deleted quote): step from where it is in the text.
        let at = self
            .mention(from)
            .map(|m| m.span)
            .or_else(|| self.quote(from).map(|q| q.span));
        let Some(at) = at else {
            return Some(if forward { first } else { last }.id.clone());
        };
        let found = if forward {
            quotes.iter().find(|q| q.span.start >= at.start)
        } else {
            quotes.iter().rev().find(|q| q.span.start < at.start)
        };
        Some(
            found
                .unwrap_or(if forward { first } else { last })
                .id
                .clone(),
        )
    }

    /// The topic after `from` in list order, wrapping around; the first topic from nothing.
    #[must_use]
    pub fn topic_after(&self, from: Option<&Id>) -> Option<Id> {
        let topics = self.topics_in_order();
        let next = match from.and_then(|f| topics.iter().position(|t| &t.id == f)) {
            Some(i) => topics.get((i + 1) % topics.len()),
            None => topics.first(),
        };
        next.map(|t| t.id.clone())
    }

    /// What a stance set while `id` is current applies to: a live quote itself, a live actor,
    /// or the actor a live mention names.
    #[must_use]
    pub fn target_of(&self, id: &Id) -> Option<Target> {
        if self.quote(id).is_some_and(|q| !q.deleted) {
            return Some(Target::Quote(id.clone()));
        }
        let actor = match self.mention(id) {
            Some(m) if !m.deleted => &m.actor,
            Some(_) => return None,
            None => id,
        };
        self.actor(actor)
            .filter(|a| !a.deleted)
            .map(|a| Target::Actor(a.id.clone()))
    }
}

/// `span` of `text` without the white space at either end; `None` when nothing but white
/// space is left, or when `span` does not lie on `char` boundaries inside `text`.
#[must_use]
pub fn trimmed(text: &str, span: Span) -> Option<Span> {
    let inner = text.get(span.start..span.end)?;
    let start = span.start + (inner.len() - inner.trim_start().len());
    let end = span.start + inner.trim_end().len();
    (start < end).then(|| Span::new(start, end))
}

#[cfg(test)]
mod tests;
