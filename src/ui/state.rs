//! The app's single state value and the typed actions that change it.

use std::rc::Rc;

use yew::prelude::*;

use crate::article::Article;

/// Everything the app shows. Cheap to clone: big values sit behind `Rc`.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The article on screen.
    pub article: Rc<Article>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            article: Rc::new(Article::default_article()),
        }
    }
}

/// What a user can do to the state. Later issues add annotation actions here.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show another article.
    OpenArticle {
        /// The article, already read by the core.
        article: Rc<Article>,
    },
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            // Returning the same `Rc` tells Yew nothing changed, so nothing re-renders.
            Action::OpenArticle { article } if article == self.article => self,
            Action::OpenArticle { article } => Rc::new(AppState { article }),
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
