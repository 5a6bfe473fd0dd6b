//! The app's single state value and the typed actions that change it.

use std::rc::Rc;

use yew::prelude::*;

use crate::article::Article;
use crate::detect::{detect, Detection};

/// Everything the app shows. Cheap to clone: big values sit behind `Rc`.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The article on screen.
    pub article: Rc<Article>,
    /// What the detector found in it, computed once when the article opens.
    pub detection: Rc<Detection>,
    /// Where the article came from: "the default article", a file name, "pasted text".
    pub source: AttrValue,
    /// The message for the user, if any: an error stays until dismissed.
    pub notice: Option<Notice>,
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
    /// The state for a freshly opened article: detected, with no message.
    #[must_use]
    pub fn with_article(article: Rc<Article>, source: AttrValue) -> AppState {
        let detection = Rc::new(detect(&article));
        AppState {
            article,
            detection,
            source,
            notice: None,
        }
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
    /// Hide the current message.
    DismissNotice,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::OpenArticle { article, source } => AppState {
                notice: Some(Notice::Info(format!("Opened {source}.").into())),
                ..AppState::with_article(article, source)
            },
            Action::OpenDefault => AppState {
                notice: Some(Notice::Info(format!("Opened {DEFAULT_SOURCE}.").into())),
                ..AppState::default()
            },
            Action::ShowError { message } => AppState {
                notice: Some(Notice::Error(message)),
                ..(*self).clone()
            },
            Action::DismissNotice => AppState {
                notice: None,
                ..(*self).clone()
            },
        };
        // Returning the same `Rc` tells Yew nothing changed, so nothing re-renders.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
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
