//! The app's single state value and the typed actions that change it.
//!
//! Every edit action is computed by a core method on [`Annotations`] and applied through the
//! [`History`], so each one is a single undoable step and the live region can say what
//! happened ("Set a stance", "Undid: Merged two actors").

use std::rc::Rc;

use yew::prelude::*;

use super::clock;
use crate::annotations::layout::{Layer, Layers};
use crate::annotations::{
    default_topics, ActorKind, Annotations, Collection, Edit, History, Id, NewActor, QuoteKind,
    Stamp, StanceValue, Target,
};
use crate::article::Article;
use crate::detect::{detect, Detection};
use crate::merge::Keep;
use crate::span::Span;

/// Everything the app shows. Cheap to clone: big values sit behind `Rc`.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The article on screen.
    pub article: Rc<Article>,
    /// The article's fingerprint ([`Article::fingerprint`]), computed once when it opens.
    pub fingerprint: Rc<str>,
    /// What the detector found in it, computed once when the article opens.
    pub detection: Rc<Detection>,
    /// The user's annotations: the detector's findings plus everything done since.
    pub annotations: Rc<Annotations>,
    /// Undo and redo.
    pub history: Rc<History>,
    /// What the legend shows.
    pub layers: Layers,
    /// The quote, mention or actor the user is working on (keyboard and side panel).
    pub current: Option<Id>,
    /// The topic stance keys apply to.
    pub topic: Option<Id>,
    /// The annotator's name, stamped on what they make.
    pub author: Option<Rc<str>>,
    /// A random tag for this browser, part of the ids it makes, so files from different
    /// laptops never clash when merged.
    pub tag: Rc<str>,
    /// Where the article came from: "the default article", a file name, "pasted text".
    pub source: AttrValue,
    /// The message for the user, if any: an error stays until dismissed.
    pub notice: Option<Notice>,
}

/// The big values compare by pointer: the reducer puts every changed one in a new `Rc`, so
/// the same pointer means the same value, and comparing two states (as Yew does for the
/// context and the reducer does to skip a render) never walks thousands of items.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.article, &other.article)
            && Rc::ptr_eq(&self.detection, &other.detection)
            && Rc::ptr_eq(&self.annotations, &other.annotations)
            && Rc::ptr_eq(&self.history, &other.history)
            && self.fingerprint == other.fingerprint
            && self.layers == other.layers
            && self.current == other.current
            && self.topic == other.topic
            && self.author == other.author
            && self.tag == other.tag
            && self.source == other.source
            && self.notice == other.notice
    }
}

/// A message for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Something happened as asked; announced to screen readers.
    Info(AttrValue),
    /// Something could not be done; shown until dismissed. Nothing was changed.
    Error(AttrValue),
}

/// The name the default article goes by in messages.
pub const DEFAULT_SOURCE: &str = "the default article";

impl AppState {
    /// The state for a freshly opened article: detected, with its default topics, no
    /// history and no message.
    #[must_use]
    pub fn with_article(article: Rc<Article>, source: AttrValue) -> AppState {
        let detection = Rc::new(detect(&article));
        let annotations =
            Annotations::from_detection(&article, &detection, &default_topics(&article));
        let topic = annotations.topics_in_order().first().map(|t| t.id.clone());
        AppState {
            fingerprint: Rc::from(article.fingerprint()),
            article,
            detection,
            annotations: Rc::new(annotations),
            history: Rc::default(),
            layers: Layers::default(),
            current: None,
            topic,
            author: None,
            tag: clock::random_tag(),
            source,
            notice: None,
        }
    }

    /// Whether the work is exactly what the detector found, untouched: nothing to undo and
    /// nobody's annotations in it.
    #[must_use]
    pub fn is_pristine(&self) -> bool {
        !self.history.can_undo()
            && !self.history.can_redo()
            && self
                .annotations
                .items()
                .all(|i| i.provenance().origin == crate::annotations::Origin::Detected)
    }

    /// The stamp for an edit made now by this user.
    #[must_use]
    pub fn stamp(&self) -> Stamp {
        Stamp {
            now: Rc::from(clock::now()),
            author: self.author.clone(),
        }
    }

    /// This state with `edit` applied as one undoable step and announced; the same state
    /// when the edit changes nothing.
    fn edited(&self, edit: &Edit) -> Option<AppState> {
        let mut annotations = (*self.annotations).clone();
        let mut history = (*self.history).clone();
        if !history.apply(&mut annotations, edit) {
            return None;
        }
        Some(self.with_annotations(annotations, history, format!("{}.", edit.label)))
    }

    fn with_annotations(
        &self,
        annotations: Annotations,
        history: History,
        message: String,
    ) -> AppState {
        // The current topic may have gone with an undo or a removal.
        let topic = self
            .topic
            .clone()
            .filter(|t| annotations.topic(t).is_some())
            .or_else(|| annotations.topics_in_order().first().map(|t| t.id.clone()));
        AppState {
            annotations: Rc::new(annotations),
            history: Rc::new(history),
            topic,
            notice: Some(Notice::Info(message.into())),
            ..self.clone()
        }
    }

    /// The edit an action stands for, computed by the core; `None` for actions that are not
    /// edits of the annotations.
    fn edit_for(&self, action: &Action) -> Option<Edit> {
        let a = &self.annotations;
        let stamp = self.stamp();
        let tag = &self.tag;
        Some(match action {
            Action::SetStance {
                target,
                topic,
                value,
                note,
            } => {
                let note = note.clone().unwrap_or_else(|| {
                    a.stance(target, topic)
                        .map(|s| s.note.clone())
                        .unwrap_or_default()
                });
                a.set_stance(target, topic, *value, &note, &stamp)
            }
            Action::AddTopic { label } => a.add_topic(label, tag, &stamp),
            Action::RenameTopic { topic, label } => a.rename_topic(topic, label, &stamp),
            Action::RemoveTopic { topic } => a.remove_topic(topic),
            Action::AddMention { span, actor } => a.add_mention(*span, actor, tag, &stamp),
            Action::AddQuote {
                span,
                kind,
                speaker,
            } => a.add_quote(*span, *kind, speaker.as_ref(), tag, &stamp),
            Action::AddNote { span, text } => a.add_note(*span, text, tag, &stamp),
            Action::SetNoteText { note, text } => a.set_note_text(note, text, &stamp),
            Action::SetSpeaker { quote, speaker } => a.set_speaker(quote, speaker.as_ref(), &stamp),
            Action::SetQuoteKind { quote, kind } => a.set_quote_kind(quote, *kind, &stamp),
            Action::SetQuoteNote { quote, note } => a.set_quote_note(quote, note, &stamp),
            Action::RenameActor { actor, name, kind } => a.rename_actor(actor, name, *kind, &stamp),
            Action::MergeActors { kept, absorbed } => a.merge_actors(kept, absorbed, &stamp),
            Action::SplitActor {
                actor,
                mentions,
                name,
            } => a.split_actor(actor, mentions, name, tag, &stamp),
            Action::Delete { id } => a.delete(id, &stamp),
            Action::Restore { id } => a.restore(id, &stamp),
            Action::Confirm { id } => a.confirm(id, &stamp),
            Action::ApplyImport { edit } => edit.clone(),
            Action::ResolveConflict { conflict, keep } => a.resolve_conflict(conflict, *keep),
            Action::StanceOnCurrent { value } => {
                let target = a.target_of(self.current.as_ref()?)?;
                let topic = self.topic.as_ref()?;
                let note = a
                    .stance(&target, topic)
                    .map(|s| s.note.clone())
                    .unwrap_or_default();
                a.set_stance(&target, topic, *value, &note, &stamp)
            }
            Action::DeleteCurrent => a.delete(self.current.as_ref()?, &stamp),
            _ => return None,
        })
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::with_article(
            Rc::new(Article::default_article()),
            AttrValue::Static(DEFAULT_SOURCE),
        )
    }
}

/// What a user can do to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show another article.
    OpenArticle {
        /// The article, already read by the core.
        article: Rc<Article>,
        /// Where it came from, for messages.
        source: AttrValue,
    },
    /// Go back to the default article.
    OpenDefault,
    /// Tell the user something could not be done.
    ShowError {
        /// What went wrong and where, in the user's words.
        message: AttrValue,
    },
    /// Say something to the user (and to screen readers) without an error.
    Announce {
        message: AttrValue,
    },
    /// Hide the current message.
    DismissNotice,
    /// Replace the annotations with work saved earlier for this article (same fingerprint):
    /// as one undoable step, or (when the article has just opened) as its starting point.
    LoadSaved {
        fingerprint: Rc<str>,
        annotations: Rc<Annotations>,
        undoable: bool,
    },
    /// Set who is annotating.
    SetAuthor {
        name: AttrValue,
    },
    /// Show or hide a legend layer.
    ToggleLayer {
        layer: Layer,
        shown: bool,
    },
    /// Make a quote, mention or actor the current one (`None`: none).
    Focus {
        id: Option<Id>,
    },
    /// Make a topic the one stance keys apply to.
    SelectTopic {
        topic: Id,
    },
    /// Set or clear (`value: None`) a stance; `note: None` keeps the note there is.
    SetStance {
        target: Target,
        topic: Id,
        value: Option<StanceValue>,
        note: Option<String>,
    },
    AddTopic {
        label: String,
    },
    RenameTopic {
        topic: Id,
        label: String,
    },
    RemoveTopic {
        topic: Id,
    },
    /// Mark `span` as a mention of an existing or a new actor.
    AddMention {
        span: Span,
        actor: NewActor,
    },
    AddQuote {
        span: Span,
        kind: QuoteKind,
        speaker: Option<Id>,
    },
    AddNote {
        span: Span,
        text: String,
    },
    SetNoteText {
        note: Id,
        text: String,
    },
    SetSpeaker {
        quote: Id,
        speaker: Option<Id>,
    },
    SetQuoteKind {
        quote: Id,
        kind: QuoteKind,
    },
    SetQuoteNote {
        quote: Id,
        note: String,
    },
    RenameActor {
        actor: Id,
        name: String,
        kind: ActorKind,
    },
    MergeActors {
        kept: Id,
        absorbed: Id,
    },
    SplitActor {
        actor: Id,
        mentions: Vec<Id>,
        name: String,
    },
    /// Delete an item (detections stay restorable).
    Delete {
        id: Id,
    },
    Restore {
        id: Id,
    },
    /// Mark a detection as checked.
    Confirm {
        id: Id,
    },
    /// Merge imported annotations: the edit a merge plan made, applied as one undoable step.
    ApplyImport {
        edit: Edit,
    },
    /// Keep one side of a merge conflict.
    ResolveConflict {
        conflict: Id,
        keep: Keep,
    },
    /// Open an article together with work made on it (an annotation file, a one-file
    /// annotator carrying work): the work is the starting point, with nothing to undo.
    OpenWork {
        article: Rc<Article>,
        annotations: Rc<Annotations>,
        source: AttrValue,
    },
    Undo,
    Redo,
    /// Make the next (or previous) quote in reading order the current item.
    StepQuote {
        forward: bool,
    },
    /// Make the next topic the one stance keys apply to.
    StepTopic,
    /// Set or clear the current item's stance on the current topic (a mention's: its
    /// actor's).
    StanceOnCurrent {
        value: Option<StanceValue>,
    },
    /// Delete the current item.
    DeleteCurrent,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if let Some(edit) = self.edit_for(&action) {
            return match self.edited(&edit) {
                Some(next) if matches!(action, Action::DeleteCurrent) => Rc::new(AppState {
                    current: None,
                    ..next
                }),
                Some(next) => Rc::new(next),
                None => self,
            };
        }
        let next = match action {
            Action::OpenArticle { article, source } => AppState {
                notice: Some(Notice::Info(format!("Opened {source}.").into())),
                author: self.author.clone(),
                ..AppState::with_article(article, source)
            },
            Action::OpenWork {
                article,
                annotations,
                source,
            } => {
                let opened = AppState::with_article(article, source.clone());
                let message = format!("Opened {source} with its annotations.");
                AppState {
                    author: self.author.clone(),
                    ..opened.with_annotations((*annotations).clone(), History::default(), message)
                }
            }
            Action::OpenDefault => AppState {
                notice: Some(Notice::Info(format!("Opened {DEFAULT_SOURCE}.").into())),
                author: self.author.clone(),
                ..AppState::default()
            },
            Action::ShowError { message } => AppState {
                notice: Some(Notice::Error(message)),
                ..(*self).clone()
            },
            Action::Announce { message } => AppState {
                notice: Some(Notice::Info(message)),
                ..(*self).clone()
            },
            Action::DismissNotice => AppState {
                notice: None,
                ..(*self).clone()
            },
            Action::LoadSaved {
                fingerprint,
                annotations,
                undoable,
            } => {
                if fingerprint != self.fingerprint || *annotations == *self.annotations {
                    return self;
                }
                if !undoable {
                    let message = "Restored the work saved in this browser.".to_string();
                    return Rc::new(self.with_annotations(
                        (*annotations).clone(),
                        History::default(),
                        message,
                    ));
                }
                let edit = replace_all(&self.annotations, &annotations);
                match self.edited(&edit) {
                    Some(next) => next,
                    None => return self,
                }
            }
            Action::SetAuthor { name } => AppState {
                author: Some(name.trim()).filter(|n| !n.is_empty()).map(Rc::from),
                ..(*self).clone()
            },
            Action::ToggleLayer { layer, shown } => AppState {
                layers: self.layers.with(layer, shown),
                ..(*self).clone()
            },
            Action::Focus { id } => {
                // A mention stands for its actor: focusing one of the current actor's mentions
                // (as going to an actor does) keeps the actor current, with all its mentions.
                let of_current_actor = id
                    .as_ref()
                    .and_then(|m| self.annotations.mention(m))
                    .is_some_and(|m| self.current.as_ref() == Some(&m.actor));
                if of_current_actor {
                    return self;
                }
                AppState {
                    current: id,
                    ..(*self).clone()
                }
            }
            Action::SelectTopic { topic } => AppState {
                topic: self
                    .annotations
                    .topic(&topic)
                    .map(|t| t.id.clone())
                    .or_else(|| self.topic.clone()),
                ..(*self).clone()
            },
            Action::Undo | Action::Redo => {
                let mut annotations = (*self.annotations).clone();
                let mut history = (*self.history).clone();
                let undo = matches!(action, Action::Undo);
                let done = if undo {
                    history.undo(&mut annotations)
                } else {
                    history.redo(&mut annotations)
                };
                match done {
                    Some(label) => self.with_annotations(
                        annotations,
                        history,
                        format!("{}: {label}.", if undo { "Undid" } else { "Redid" }),
                    ),
                    None => AppState {
                        notice: Some(Notice::Info(
                            (if undo {
                                "Nothing to undo."
                            } else {
                                "Nothing to redo."
                            })
                            .into(),
                        )),
                        ..(*self).clone()
                    },
                }
            }
            Action::StepQuote { forward } => AppState {
                current: self.annotations.quote_after(self.current.as_ref(), forward),
                ..(*self).clone()
            },
            Action::StepTopic => {
                let topic = self.annotations.topic_after(self.topic.as_ref());
                let label = topic
                    .as_ref()
                    .and_then(|t| self.annotations.topic(t))
                    .map(|t| format!("Topic: {}.", t.label));
                AppState {
                    topic,
                    notice: label
                        .map(|l| Notice::Info(l.into()))
                        .or(self.notice.clone()),
                    ..(*self).clone()
                }
            }
            // An edit on the current item that found nothing to edit.
            Action::StanceOnCurrent { .. } | Action::DeleteCurrent => {
                let message = match (&self.current, &self.topic) {
                    (None, _) => "Nothing is selected: move to a quote first (j or n).",
                    (Some(_), None) => "There is no topic: add one first.",
                    (Some(_), Some(_)) => "The current item takes no stance and cannot be deleted.",
                };
                AppState {
                    notice: Some(Notice::Info(message.into())),
                    ..(*self).clone()
                }
            }
            // Every other action is an edit, handled above.
            _ => return self,
        };
        // Returning the same `Rc` tells Yew nothing changed, so nothing re-renders.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// One edit that turns `from` into `to`: every item of `to` put, every other item removed.
fn replace_all(from: &Annotations, to: &Annotations) -> Edit {
    let mut edit = Edit {
        label: "Restored saved work".into(),
        changes: Vec::new(),
    };
    for item in from.items() {
        if !to.contains(item.id()) {
            edit.changes.push(crate::annotations::Change {
                before: Some(item),
                after: None,
            });
        }
    }
    for item in to.items() {
        let before = from.item(item.id());
        if before.as_ref() != Some(&item) {
            edit.changes.push(crate::annotations::Change {
                before,
                after: Some(item),
            });
        }
    }
    edit
}

/// Some collections of the annotations, as a prop or a memo key: two are equal while their
/// sets share all those collections ([`Annotations::shares`], a pointer comparison each), so
/// a view that reads only them skips the edits that leave them alone. A view keyed on it
/// must read nothing else from the set.
#[derive(Clone, Debug)]
pub struct Parts {
    pub set: Rc<Annotations>,
    pub of: &'static [Collection],
}

impl Parts {
    #[must_use]
    pub fn new(set: &Rc<Annotations>, of: &'static [Collection]) -> Parts {
        Parts {
            set: set.clone(),
            of,
        }
    }
}

impl PartialEq for Parts {
    fn eq(&self, other: &Self) -> bool {
        self.of == other.of
            && (Rc::ptr_eq(&self.set, &other.set)
                || self.of.iter().all(|&c| self.set.shares(&other.set, c)))
    }
}

/// Reads the app state. Components that call this re-render when the state changes.
#[hook]
pub fn use_app_state() -> Rc<AppState> {
    use_context::<UseReducerHandle<AppState>>()
        .map(|handle| Rc::new((*handle).clone()))
        .unwrap_or_default()
}

/// The dispatcher, with a stable identity: components that only send actions never
/// re-render because the state changed.
#[hook]
pub fn use_dispatch() -> Option<UseReducerDispatcher<AppState>> {
    use_context::<UseReducerDispatcher<AppState>>()
}
