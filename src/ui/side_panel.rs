//! The side panel beside the article. It opens with the article at a glance; later issues
//! add the quotes, actors and stances here.

use std::rc::Rc;

use yew::prelude::*;

use crate::article::Article;

/// Props of [`SidePanel`].
#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    /// The article the panel describes.
    pub article: Rc<Article>,
}

/// Facts about the open article: sections, paragraphs, words and reading time.
#[component]
pub fn SidePanel(props: &SidePanelProps) -> Html {
    let stats = props.article.stats();
    html! {
        <aside class="side-panel" aria-label="Article overview">
            <h2 class="panel-title">{ "This article" }</h2>
            <dl class="facts">
                <div data-fact="sections"><dt>{ "Sections" }</dt><dd>{ stats.sections }</dd></div>
                <div data-fact="paragraphs"><dt>{ "Paragraphs" }</dt><dd>{ stats.paragraphs }</dd></div>
                <div data-fact="words"><dt>{ "Words" }</dt><dd>{ stats.words }</dd></div>
                <div data-fact="reading-time"><dt>{ "Reading time" }</dt><dd>{ format!("about {} min", stats.reading_minutes()) }</dd></div>
            </dl>
        </aside>
    }
}
