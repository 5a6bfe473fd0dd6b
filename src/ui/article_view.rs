//! The article as the reader sees it: headline, section headings and paragraphs.

use std::rc::Rc;

use yew::prelude::*;

use crate::article::{Article, BlockKind};

/// Props of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The article to show.
    pub article: Rc<Article>,
}

/// Renders an article. Each block is keyed by where it starts in the text, which is stable
/// for a given article, unlike its index among rendered siblings.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let article = &props.article;
    let title = match article.title() {
        Some(title) => html! { <h1 class="headline">{ title }</h1> },
        None => html! { <h1 class="headline untitled">{ "Untitled article" }</h1> },
    };
    html! {
        <article class="article" aria-labelledby="headline">
            <header id="headline">{ title }</header>
            { for article.body().map(|block| {
                let text = article.block_text(block).to_owned();
                let key = block.span.start;
                match block.kind {
                    BlockKind::Heading => html! { <h2 key={key} class="section" data-block="heading" data-start={key.to_string()}>{ text }</h2> },
                    _ => html! { <p key={key} class="paragraph" data-block="paragraph" data-start={key.to_string()}>{ text }</p> },
                }
            }) }
        </article>
    }
}
