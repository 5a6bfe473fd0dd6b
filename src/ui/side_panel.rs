//! The side panel beside the article: who said what, who is in it, and the article at a
//! glance. Later issues add stances here. The panel scrolls on its own beside the article,
//! so it is focusable: keyboard users can scroll it too.

use std::rc::Rc;

use yew::prelude::*;

use super::{StanceTools, WhoSaid};
use crate::article::Article;
use crate::detect::Detection;

/// Props of [`SidePanel`].
#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    /// The article the panel describes.
    pub article: Rc<Article>,
    /// What the detector found in it.
    pub detection: Rc<Detection>,
}

/// The detector's quotes and actors, then facts about the article: sections, paragraphs,
/// words and reading time.
#[component]
pub fn SidePanel(props: &SidePanelProps) -> Html {
    let stats = props.article.stats();
    html! {
        <aside class="side-panel" aria-label="Article overview" tabindex="0">
            <h2 class="visually-hidden">{ "Article overview" }</h2>
            <StanceTools />
            <WhoSaid article={props.article.clone()} detection={props.detection.clone()} />
            <h3 class="panel-title">{ "This article" }</h3>
            <dl class="facts">
                <div data-fact="sections"><dt>{ "Sections" }</dt><dd>{ stats.sections }</dd></div>
                <div data-fact="paragraphs"><dt>{ "Paragraphs" }</dt><dd>{ stats.paragraphs }</dd></div>
                <div data-fact="words"><dt>{ "Words" }</dt><dd>{ stats.words }</dd></div>
                <div data-fact="reading-time"><dt>{ "Reading time" }</dt><dd>{ format!("about {} min", stats.reading_minutes()) }</dd></div>
            </dl>
        </aside>
    }
}
