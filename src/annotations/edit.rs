//! Changes to annotations as values: every operation a person can do is computed here as an
//! [`Edit`] (a list of item replacements) without touching the set; applying it returns its
//! inverse, which is all undo needs.

use std::collections::VecDeque;
use std::rc::Rc;

use super::{
    Actor, ActorKind, Annotations, Id, Mention, Note, Origin, Orphaned, Provenance, Quote,
    QuoteKind, Stamp, Stance, StanceValue, Target, Topic,
};
use crate::span::Span;

/// One annotation of any kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Topic(Rc<Topic>),
    Actor(Rc<Actor>),
    Mention(Rc<Mention>),
    Quote(Rc<Quote>),
    Stance(Rc<Stance>),
    Note(Rc<Note>),
    /// An annotation that could not be placed in this article, kept as it was.
    Orphan(Rc<Orphaned>),
}

impl Item {
    /// The item's id.
    #[must_use]
    pub fn id(&self) -> &Id {
        match self {
            Item::Topic(x) => &x.id,
            Item::Actor(x) => &x.id,
            Item::Mention(x) => &x.id,
            Item::Quote(x) => &x.id,
            Item::Stance(x) => &x.id,
            Item::Note(x) => &x.id,
            Item::Orphan(x) => &x.id,
        }
    }

    /// Who made it and when.
    #[must_use]
    pub fn provenance(&self) -> &Provenance {
        match self {
            Item::Topic(x) => &x.provenance,
            Item::Actor(x) => &x.provenance,
            Item::Mention(x) => &x.provenance,
            Item::Quote(x) => &x.provenance,
            Item::Stance(x) => &x.provenance,
            Item::Note(x) => &x.provenance,
            Item::Orphan(x) => x.item.provenance(),
        }
    }

    /// What kind of item it is, in a word ("quote", "actor", …).
    #[must_use]
    pub fn kind_name(&self) -> &'static str {
        match self {
            Item::Topic(_) => "topic",
            Item::Actor(_) => "actor",
            Item::Mention(_) => "mention",
            Item::Quote(_) => "quote",
            Item::Stance(_) => "stance",
            Item::Note(_) => "note",
            Item::Orphan(_) => "orphaned annotation",
        }
    }
}

impl Item {
    /// The item with each of its spans replaced by `f` of it, in the order orphans keep their
    /// anchors: a mention's, a quote's then its cue's, a note's. Items without spans come
    /// back as they are.
    #[must_use]
    pub fn map_spans(&self, mut f: impl FnMut(Span) -> Span) -> Item {
        match self {
            Item::Mention(m) => {
                let mut m = (**m).clone();
                m.span = f(m.span);
                Item::Mention(Rc::new(m))
            }
            Item::Quote(q) => {
                let mut q = (**q).clone();
                q.span = f(q.span);
                q.cue = q.cue.map(&mut f);
                Item::Quote(Rc::new(q))
            }
            Item::Note(n) => {
                let mut n = (**n).clone();
                n.span = f(n.span);
                Item::Note(Rc::new(n))
            }
            Item::Topic(_) | Item::Actor(_) | Item::Stance(_) | Item::Orphan(_) => self.clone(),
        }
    }

    /// The item's spans, in [`Item::map_spans`] order.
    #[must_use]
    pub fn spans(&self) -> Vec<Span> {
        let mut spans = Vec::new();
        let _ = self.map_spans(|s| {
            spans.push(s);
            s
        });
        spans
    }
}

/// One item replaced: `before` is what the set held under the id (if anything), `after` what
/// it holds once the change is applied (nothing: removed).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub before: Option<Item>,
    pub after: Option<Item>,
}

/// A person's action as item changes, with a short description ("Set a stance") for undo
/// messages and the live region.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Edit {
    pub label: String,
    pub changes: Vec<Change>,
}

impl Edit {
    fn new(label: &str) -> Edit {
        Edit {
            label: label.to_string(),
            changes: Vec::new(),
        }
    }

    /// Whether the edit changes nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    fn put(&mut self, set: &Annotations, after: Item) {
        let before = set.item(after.id());
        if before.as_ref() != Some(&after) {
            self.changes.push(Change {
                before,
                after: Some(after),
            });
        }
    }

    fn remove(&mut self, set: &Annotations, id: &Id) {
        if let Some(before) = set.item(id) {
            self.changes.push(Change {
                before: Some(before),
                after: None,
            });
        }
    }
}

/// Puts `item` into its collection under its id.
pub(super) fn put(set: &mut Annotations, item: Item) {
    match item {
        Item::Topic(x) => drop(Rc::make_mut(&mut set.topics).insert(x.id.clone(), x)),
        Item::Actor(x) => drop(Rc::make_mut(&mut set.actors).insert(x.id.clone(), x)),
        Item::Mention(x) => drop(Rc::make_mut(&mut set.mentions).insert(x.id.clone(), x)),
        Item::Quote(x) => drop(Rc::make_mut(&mut set.quotes).insert(x.id.clone(), x)),
        Item::Stance(x) => drop(Rc::make_mut(&mut set.stances).insert(x.id.clone(), x)),
        Item::Note(x) => drop(Rc::make_mut(&mut set.notes).insert(x.id.clone(), x)),
        Item::Orphan(x) => drop(Rc::make_mut(&mut set.orphans).insert(x.id.clone(), x)),
    }
}

fn remove(set: &mut Annotations, item: &Item) {
    let id = item.id();
    match item {
        Item::Topic(_) => drop(Rc::make_mut(&mut set.topics).remove(id)),
        Item::Actor(_) => drop(Rc::make_mut(&mut set.actors).remove(id)),
        Item::Mention(_) => drop(Rc::make_mut(&mut set.mentions).remove(id)),
        Item::Quote(_) => drop(Rc::make_mut(&mut set.quotes).remove(id)),
        Item::Stance(_) => drop(Rc::make_mut(&mut set.stances).remove(id)),
        Item::Note(_) => drop(Rc::make_mut(&mut set.notes).remove(id)),
        Item::Orphan(_) => drop(Rc::make_mut(&mut set.orphans).remove(id)),
    }
}

/// What a new mention belongs to.
#[derive(Clone, Debug, PartialEq)]
pub enum NewActor {
    /// An actor already in the set.
    Existing(Id),
    /// A new actor with this name and kind.
    New { name: String, kind: ActorKind },
}

impl Annotations {
    /// Applies `edit` and returns its inverse: applying that restores the set exactly.
    pub fn apply(&mut self, edit: &Edit) -> Edit {
        for change in &edit.changes {
            if let Some(before) = &change.before {
                remove(self, before);
            }
            if let Some(after) = &change.after {
                put(self, after.clone());
            }
        }
        Edit {
            label: edit.label.clone(),
            changes: edit
                .changes
                .iter()
                .rev()
                .map(|c| Change {
                    before: c.after.clone(),
                    after: c.before.clone(),
                })
                .collect(),
        }
    }

    /// Sets (or with `None` clears) the stance of `target` on `topic`, with a note.
    #[must_use]
    pub fn set_stance(
        &self,
        target: &Target,
        topic: &Id,
        value: Option<StanceValue>,
        note: &str,
        stamp: &Stamp,
    ) -> Edit {
        let mut edit = Edit::new(if value.is_some() {
            "Set a stance"
        } else {
            "Cleared a stance"
        });
        if self.topic(topic).is_none() || !self.contains(target.id()) {
            return edit;
        }
        let id = Self::stance_id(target, topic);
        match value {
            None => edit.remove(self, &id),
            Some(value) => {
                let provenance = match self.stances.get(&id) {
                    Some(old) if old.value == value && old.note == note => return edit,
                    Some(old) => old.provenance.touched(stamp),
                    None => Provenance::added(stamp),
                };
                edit.put(
                    self,
                    Item::Stance(Rc::new(Stance {
                        id,
                        target: target.clone(),
                        topic: topic.clone(),
                        value,
                        note: note.to_string(),
                        provenance,
                    })),
                );
            }
        }
        edit
    }

    /// Adds a topic at the end of the list.
    #[must_use]
    pub fn add_topic(&self, label: &str, tag: &str, stamp: &Stamp) -> Edit {
        let mut edit = Edit::new("Added a topic");
        let label = label.trim();
        if label.is_empty() {
            return edit;
        }
        let order = self.topics.values().map(|t| t.order + 1).max().unwrap_or(0);
        let topic = Topic {
            id: self.fresh_id("topic", tag),
            label: label.to_string(),
            order,
            provenance: Provenance::added(stamp),
        };
        edit.put(self, Item::Topic(Rc::new(topic)));
        edit
    }

    /// Renames a topic.
    #[must_use]
    pub fn rename_topic(&self, topic: &Id, label: &str, stamp: &Stamp) -> Edit {
        let mut edit = Edit::new("Renamed a topic");
        let label = label.trim();
        if let Some(old) = self
            .topic(topic)
            .filter(|t| t.label != label && !label.is_empty())
        {
            let mut t = (**old).clone();
            t.label = label.to_string();
            t.provenance = old.provenance.touched(stamp);
            edit.put(self, Item::Topic(Rc::new(t)));
        }
        edit
    }

    /// Removes a topic and every stance on it (undo brings them all back).
    #[must_use]
    pub fn remove_topic(&self, topic: &Id) -> Edit {
        let mut edit = Edit::new("Removed a topic");
        if self.topic(topic).is_none() {
            return edit;
        }
        let stances: Vec<Id> = self
            .stances
            .values()
            .filter(|s| &s.topic == topic)
            .map(|s| s.id.clone())
            .collect();
        for id in stances {
            edit.remove(self, &id);
        }
        edit.remove(self, topic);
        edit
    }

    /// Adds a mention at `span`, of an existing actor or of a new one.
    #[must_use]
    pub fn add_mention(&self, span: Span, actor: &NewActor, tag: &str, stamp: &Stamp) -> Edit {
        let mut edit = Edit::new("Added a mention");
        let actor_id = match actor {
            NewActor::Existing(id) => {
                if self.actor(id).is_none() {
                    return edit;
                }
                id.clone()
            }
            NewActor::New { name, kind } => {
                let name = name.trim();
                if name.is_empty() {
                    return edit;
                }
                edit.label = "Added an actor".into();
                let id = self.fresh_id("actor", tag);
                edit.put(
                    self,
                    Item::Actor(Rc::new(Actor {
                        id: id.clone(),
                        name: name.to_string(),
                        kind: *kind,
                        role: None,
                        deleted: false,
                        provenance: Provenance::added(stamp),
                    })),
                );
                id
            }
        };
        let mention = Mention {
            id: self.fresh_id("mention", tag),
            actor: actor_id,
            span,
            deleted: false,
            provenance: Provenance::added(stamp),
        };
        edit.put(self, Item::Mention(Rc::new(mention)));
        edit
    }

    /// Adds a quote at `span`.
    #[must_use]
    pub fn add_quote(
        &self,
        span: Span,
        kind: QuoteKind,
        speaker: Option<&Id>,
        tag: &str,
        stamp: &Stamp,
    ) -> Edit {
        let mut edit = Edit::new("Added a quote");
        let speaker = speaker.filter(|s| self.actor(s).is_some()).cloned();
        let quote = Quote {
            id: self.fresh_id("quote", tag),
            span,
            kind,
            speaker,
            cue: None,
            confidence: 1.0,
            note: String::new(),
            deleted: false,
            provenance: Provenance::added(stamp),
        };
        edit.put(self, Item::Quote(Rc::new(quote)));
        edit
    }

    /// Adds a note on `span`.
    #[must_use]
    pub fn add_note(&self, span: Span, text: &str, tag: &str, stamp: &Stamp) -> Edit {
        let mut edit = Edit::new("Added a note");
        let note = Note {
            id: self.fresh_id("note", tag),
            span,
            text: text.trim().to_string(),
            provenance: Provenance::added(stamp),
        };
        edit.put(self, Item::Note(Rc::new(note)));
        edit
    }

    /// Changes a note's text; an empty text removes the note.
    #[must_use]
    pub fn set_note_text(&self, note: &Id, text: &str, stamp: &Stamp) -> Edit {
        let mut edit = Edit::new("Changed a note");
        let Some(old) = self.note(note) else {
            return edit;
        };
        if text.trim().is_empty() {
            edit.label = "Removed a note".into();
            edit.remove(self, note);
        } else {
            let mut n = (**old).clone();
            n.text = text.trim().to_string();
            n.provenance = old.provenance.touched(stamp);
            edit.put(self, Item::Note(Rc::new(n)));
        }
        edit
    }

    fn change_quote(
        &self,
        label: &str,
        quote: &Id,
        stamp: &Stamp,
        change: impl FnOnce(&mut Quote),
    ) -> Edit {
        let mut edit = Edit::new(label);
        if let Some(old) = self.quote(quote) {
            let mut q = (**old).clone();
            change(&mut q);
            if q != **old {
                q.provenance = old.provenance.touched(stamp);
                edit.put(self, Item::Quote(Rc::new(q)));
            }
        }
        edit
    }

    /// Changes who said a quote (`None`: nobody known).
    #[must_use]
    pub fn set_speaker(&self, quote: &Id, speaker: Option<&Id>, stamp: &Stamp) -> Edit {
        if speaker.is_some_and(|s| self.actor(s).is_none()) {
            return Edit::new("Changed the speaker");
        }
        self.change_quote("Changed the speaker", quote, stamp, |q| {
            q.speaker = speaker.cloned();
        })
    }

    /// Changes what kind of quote it is.
    #[must_use]
    pub fn set_quote_kind(&self, quote: &Id, kind: QuoteKind, stamp: &Stamp) -> Edit {
        self.change_quote("Changed the quote's kind", quote, stamp, |q| q.kind = kind)
    }

    /// Changes the note on a quote.
    #[must_use]
    pub fn set_quote_note(&self, quote: &Id, note: &str, stamp: &Stamp) -> Edit {
        self.change_quote("Changed the quote's note", quote, stamp, |q| {
            q.note = note.trim().to_string();
        })
    }

    /// Renames an actor and sets its kind.
    #[must_use]
    pub fn rename_actor(&self, actor: &Id, name: &str, kind: ActorKind, stamp: &Stamp) -> Edit {
        let mut edit = Edit::new("Renamed an actor");
        let name = name.trim();
        if let Some(old) = self.actor(actor).filter(|_| !name.is_empty()) {
            let mut a = (**old).clone();
            a.name = name.to_string();
            a.kind = kind;
            if a != **old {
                a.provenance = old.provenance.touched(stamp);
                edit.put(self, Item::Actor(Rc::new(a)));
            }
        }
        edit
    }

    /// Merges `absorbed` into `kept`: its mentions, its quotes and its stances (where `kept`
    /// has none on that topic) move over, and `absorbed` goes.
    #[must_use]
    pub fn merge_actors(&self, kept: &Id, absorbed: &Id, stamp: &Stamp) -> Edit {
        let mut edit = Edit::new("Merged two actors");
        if kept == absorbed || self.actor(kept).is_none() || self.actor(absorbed).is_none() {
            return edit;
        }
        for m in self.mentions.values().filter(|m| &m.actor == absorbed) {
            let mut m2 = (**m).clone();
            m2.actor = kept.clone();
            m2.provenance = m.provenance.touched(stamp);
            edit.put(self, Item::Mention(Rc::new(m2)));
        }
        for q in self
            .quotes
            .values()
            .filter(|q| q.speaker.as_ref() == Some(absorbed))
        {
            let mut q2 = (**q).clone();
            q2.speaker = Some(kept.clone());
            q2.provenance = q.provenance.touched(stamp);
            edit.put(self, Item::Quote(Rc::new(q2)));
        }
        let from = Target::Actor(absorbed.clone());
        let to = Target::Actor(kept.clone());
        for s in self.stances.values().filter(|s| s.target == from) {
            edit.remove(self, &s.id);
            if self.stance(&to, &s.topic).is_none() {
                let mut s2 = (**s).clone();
                s2.id = Self::stance_id(&to, &s.topic);
                s2.target = to.clone();
                s2.provenance = s.provenance.touched(stamp);
                edit.put(self, Item::Stance(Rc::new(s2)));
            }
        }
        edit.remove(self, absorbed);
        edit
    }

    /// Moves `mentions` of an actor to a new actor named `name` of the same kind.
    #[must_use]
    pub fn split_actor(
        &self,
        actor: &Id,
        mentions: &[Id],
        name: &str,
        tag: &str,
        stamp: &Stamp,
    ) -> Edit {
        let mut edit = Edit::new("Split an actor");
        let name = name.trim();
        let Some(old) = self.actor(actor).filter(|_| !name.is_empty()) else {
            return edit;
        };
        let moved: Vec<_> = mentions
            .iter()
            .filter_map(|id| self.mention(id))
            .filter(|m| &m.actor == actor)
            .collect();
        if moved.is_empty() {
            return edit;
        }
        let id = self.fresh_id("actor", tag);
        edit.put(
            self,
            Item::Actor(Rc::new(Actor {
                id: id.clone(),
                name: name.to_string(),
                kind: old.kind,
                role: None,
                deleted: false,
                provenance: Provenance::added(stamp),
            })),
        );
        for m in moved {
            let mut m2 = (**m).clone();
            m2.actor = id.clone();
            m2.provenance = m.provenance.touched(stamp);
            edit.put(self, Item::Mention(Rc::new(m2)));
        }
        edit
    }

    /// Deletes an item. Detected actors, mentions and quotes are only marked deleted, so they
    /// can be restored (an actor with its mentions); everything else is removed (undo brings
    /// it back). Stances on a deleted quote or actor go with it.
    #[must_use]
    pub fn delete(&self, id: &Id, stamp: &Stamp) -> Edit {
        let mut edit = Edit::new("Deleted");
        let Some(item) = self.item(id) else {
            return edit;
        };
        edit.label = format!("Deleted a {}", item.kind_name());
        let stances_of = |target: Target| {
            self.stances
                .values()
                .filter(move |s| s.target == target)
                .map(|s| s.id.clone())
                .collect::<Vec<_>>()
        };
        match item {
            Item::Actor(a) => {
                for s in stances_of(Target::Actor(a.id.clone())) {
                    edit.remove(self, &s);
                }
                for m in self
                    .mentions
                    .values()
                    .filter(|m| m.actor == a.id && !m.deleted)
                {
                    let mut m2 = (**m).clone();
                    m2.deleted = true;
                    edit.put(self, Item::Mention(Rc::new(m2)));
                }
                let mut a2 = (*a).clone();
                a2.deleted = true;
                a2.provenance = a.provenance.touched(stamp);
                edit.put(self, Item::Actor(Rc::new(a2)));
            }
            Item::Mention(m) if m.provenance.origin.from_detector() => {
                let mut m2 = (*m).clone();
                m2.deleted = true;
                m2.provenance = m.provenance.touched(stamp);
                edit.put(self, Item::Mention(Rc::new(m2)));
            }
            Item::Quote(q) => {
                for s in stances_of(Target::Quote(q.id.clone())) {
                    edit.remove(self, &s);
                }
                if q.provenance.origin.from_detector() {
                    let mut q2 = (*q).clone();
                    q2.deleted = true;
                    q2.provenance = q.provenance.touched(stamp);
                    edit.put(self, Item::Quote(Rc::new(q2)));
                } else {
                    edit.remove(self, id);
                }
            }
            Item::Topic(_) => return self.remove_topic(id),
            Item::Orphan(_) => {
                edit.label = "Deleted an orphaned annotation".into();
                edit.remove(self, id);
            }
            Item::Mention(_) | Item::Stance(_) | Item::Note(_) => edit.remove(self, id),
        }
        edit
    }

    /// Restores a deleted actor (with its mentions), mention or quote.
    #[must_use]
    pub fn restore(&self, id: &Id, stamp: &Stamp) -> Edit {
        let mut edit = Edit::new("Restored");
        match self.item(id) {
            Some(Item::Actor(a)) if a.deleted => {
                edit.label = "Restored an actor".into();
                for m in self
                    .mentions
                    .values()
                    .filter(|m| m.actor == a.id && m.deleted)
                {
                    let mut m2 = (**m).clone();
                    m2.deleted = false;
                    edit.put(self, Item::Mention(Rc::new(m2)));
                }
                let mut a2 = (*a).clone();
                a2.deleted = false;
                a2.provenance = a.provenance.touched(stamp);
                edit.put(self, Item::Actor(Rc::new(a2)));
            }
            Some(Item::Mention(m)) if m.deleted => {
                edit.label = "Restored a mention".into();
                if let Some(a) = self.actor(&m.actor).filter(|a| a.deleted) {
                    let mut a2 = (**a).clone();
                    a2.deleted = false;
                    edit.put(self, Item::Actor(Rc::new(a2)));
                }
                let mut m2 = (*m).clone();
                m2.deleted = false;
                edit.put(self, Item::Mention(Rc::new(m2)));
            }
            Some(Item::Quote(q)) if q.deleted => {
                edit.label = "Restored a quote".into();
                let mut q2 = (*q).clone();
                q2.deleted = false;
                edit.put(self, Item::Quote(Rc::new(q2)));
            }
            _ => {}
        }
        edit
    }

    /// Marks a detected actor (with its mentions) or quote as checked by a person.
    #[must_use]
    pub fn confirm(&self, id: &Id, stamp: &Stamp) -> Edit {
        let mut edit = Edit::new("Confirmed");
        let confirm = |p: &Provenance| Provenance {
            origin: Origin::Confirmed,
            creator: p.creator.clone().or_else(|| stamp.author.clone()),
            created: p.created.clone(),
            modified: Some(stamp.now.clone()),
        };
        match self.item(id) {
            Some(Item::Quote(q)) if q.provenance.origin == Origin::Detected => {
                edit.label = "Confirmed a quote".into();
                let mut q2 = (*q).clone();
                q2.provenance = confirm(&q.provenance);
                edit.put(self, Item::Quote(Rc::new(q2)));
            }
            Some(Item::Actor(a)) => {
                edit.label = "Confirmed an actor".into();
                if a.provenance.origin == Origin::Detected {
                    let mut a2 = (*a).clone();
                    a2.provenance = confirm(&a.provenance);
                    edit.put(self, Item::Actor(Rc::new(a2)));
                }
                for m in self.mentions.values().filter(|m| {
                    m.actor == a.id && m.provenance.origin == Origin::Detected && !m.deleted
                }) {
                    let mut m2 = (**m).clone();
                    m2.provenance = confirm(&m.provenance);
                    edit.put(self, Item::Mention(Rc::new(m2)));
                }
            }
            Some(Item::Mention(m)) if m.provenance.origin == Origin::Detected => {
                edit.label = "Confirmed a mention".into();
                let mut m2 = (*m).clone();
                m2.provenance = confirm(&m.provenance);
                edit.put(self, Item::Mention(Rc::new(m2)));
            }
            _ => {}
        }
        edit
    }
}

/// Undo and redo stacks of inverse edits. Bounded, so a long session does not grow memory
/// without end: the oldest steps drop off first. The steps sit behind `Rc`, so copying the
/// history for the next app state copies pointers, not every step's changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: VecDeque<Rc<Edit>>,
    redo: Vec<Rc<Edit>>,
}

impl History {
    /// How many steps back undo can go.
    pub const DEPTH: usize = 500;

    /// Applies `edit` to `set` and records it; an empty edit changes and records nothing.
    /// Returns whether anything changed.
    pub fn apply(&mut self, set: &mut Annotations, edit: &Edit) -> bool {
        if edit.is_empty() {
            return false;
        }
        let inverse = set.apply(edit);
        self.undo.push_back(Rc::new(inverse));
        if self.undo.len() > Self::DEPTH {
            self.undo.pop_front();
        }
        self.redo.clear();
        true
    }

    /// Undoes the last step; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, set: &mut Annotations) -> Option<String> {
        let inverse = self.undo.pop_back()?;
        let redo = set.apply(&inverse);
        let label = redo.label.clone();
        self.redo.push(Rc::new(redo));
        Some(label)
    }

    /// Redoes the last undone step; returns its label, or `None` when there is none.
    pub fn redo(&mut self, set: &mut Annotations) -> Option<String> {
        let edit = self.redo.pop()?;
        let undo = set.apply(&edit);
        let label = undo.label.clone();
        self.undo.push_back(Rc::new(undo));
        Some(label)
    }

    /// Whether there is a step to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
