//! The root component: layout, the contexts every other component reads, and dropping files.

use yew::prelude::*;

use super::autosave::Autosave;
use std::rc::Rc;

use super::files::open_file;
use super::state::{Action, AppState};
use super::transfer::is_annotation_file;
use super::{
    ArticleView, FileTools, Keyboard, Legend, NoticeBar, SelectionMenu, SidePanel, Toolbar,
};

/// The whole app: a header with the toolbar, the article, and the side panel. A file dropped
/// anywhere on the page opens as the article.
#[component]
pub fn App() -> Html {
    let state = use_reducer(super::transfer::initial_state);
    let dispatcher = state.dispatcher();
    let dragging = use_state(|| false);

    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser would open the dropped file itself, leaving the app.
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Leaving a child element also fires `dragleave`; only leaving the window counts.
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    // Annotation files dropped on the page go to the import preview; one article opens.
    let dropped = use_state(|| None::<Rc<Vec<web_sys::File>>>);
    let on_drop = {
        let dragging = dragging.clone();
        let dispatcher = dispatcher.clone();
        let dropped = dropped.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let Some(list) = e.data_transfer().and_then(|d| d.files()) else {
                return;
            };
            let files: Vec<web_sys::File> =
                (0..list.length()).filter_map(|i| list.get(i)).collect();
            if !files.is_empty() && files.iter().all(|f| is_annotation_file(&f.name())) {
                dropped.set(Some(Rc::new(files)));
                return;
            }
            match files.as_slice() {
                [file] => open_file(file.clone(), dispatcher.clone()),
                [] => {}
                more => dispatcher.dispatch(Action::ShowError {
                    message: format!(
                        "{} files were dropped; drop one article at a time, or only annotation files (.json, .jsonld) to import them",
                        more.len()
                    )
                    .into(),
                }),
            }
        })
    };

    let article = state.article.clone();
    let annotations = state.annotations.clone();
    let (layers, current) = (state.layers, state.current.clone());
    let notice = state.notice.clone();
    let class = classes!("app", dragging.then_some("dragging"));
    html! {
        <ContextProvider<UseReducerHandle<AppState>> context={state}>
            <ContextProvider<UseReducerDispatcher<AppState>> context={dispatcher}>
                <div {class} ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                    <header class="app-bar">
                        <span class="brand" aria-label="whosaid">
                            <span class="brand-who">{ "who" }</span>{ "said" }
                        </span>
                        <span class="tagline">{ "Who is in the news, and who said what" }</span>
                        <Toolbar />
                        <FileTools dropped={(*dropped).clone()} />
                    </header>
                    <NoticeBar {notice} />
                    <Autosave />
                    <div class="workspace">
                        <main class="reading" id="main">
                            <Legend annotations={annotations.clone()} {layers} />
                            <ArticleView article={article.clone()} annotations={annotations.clone()} {layers} current={current.clone()} />
                        </main>
                        <SidePanel {article} {annotations} {current} />
                    </div>
                    <SelectionMenu />
                    <Keyboard />
                    <div class="drop-hint" aria-hidden="true">{ "Drop a .txt, .md or .html file to open it" }</div>
                </div>
            </ContextProvider<UseReducerDispatcher<AppState>>>
        </ContextProvider<UseReducerHandle<AppState>>>
    }
}
