//! The root component: layout, and the contexts every other component reads.

use yew::prelude::*;

use super::state::AppState;
use super::{ArticleView, SidePanel};

/// The whole app: a header, the article, and the side panel.
#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let dispatcher = state.dispatcher();
    let article = state.article.clone();

    html! {
        <ContextProvider<UseReducerHandle<AppState>> context={state}>
            <ContextProvider<UseReducerDispatcher<AppState>> context={dispatcher}>
                <div class="app">
                    <header class="app-bar">
                        <span class="brand" aria-label="whosaid">
                            <span class="brand-who">{ "who" }</span>{ "said" }
                        </span>
                        <span class="tagline">{ "Who is in the news, and who said what" }</span>
                    </header>
                    <div class="workspace">
                        <main class="reading" id="main">
                            <ArticleView article={article.clone()} />
                        </main>
                        <SidePanel article={article} />
                    </div>
                </div>
            </ContextProvider<UseReducerDispatcher<AppState>>>
        </ContextProvider<UseReducerHandle<AppState>>>
    }
}
