//! "Who said what" and "Who is in it": the detector's quotes and actors, listed in the side
//! panel. Highlighting them in the text comes with the annotation work.

use std::rc::Rc;

use yew::prelude::*;

use crate::article::Article;
use crate::detect::{ActorKind, Detection, QuoteKind};

/// Props of [`WhoSaid`].
#[derive(Properties, PartialEq)]
pub struct WhoSaidProps {
    /// The article the detection was made on.
    pub article: Rc<Article>,
    /// What the detector found.
    pub detection: Rc<Detection>,
}

fn quote_kind_label(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Scare => "scare quote",
    }
}

/// Kinds in the order the panel lists them, with their headings.
const ACTOR_GROUPS: [(ActorKind, &str); 5] = [
    (ActorKind::Person, "People"),
    (ActorKind::Organization, "Organisations"),
    (ActorKind::Country, "Countries"),
    (ActorKind::Group, "Groups"),
    (ActorKind::Anonymous, "Anonymous sources"),
];

/// The quotes in reading order with their speakers, then the actors grouped by kind.
#[component]
pub fn WhoSaid(props: &WhoSaidProps) -> Html {
    let text = props.article.text();
    let found = &props.detection;
    let quotes = found.quotes.iter().enumerate().map(|(i, q)| {
        let speaker = q.speaker.map(|id| found.actor(id).name.clone());
        let kind = quote_kind_label(q.kind);
        html! {
            <li key={i} class="quote-item" data-quote-kind={kind}>
                <span class="quote-speaker">
                    { speaker.unwrap_or_else(|| if q.kind == QuoteKind::Scare { "Nobody's words".into() } else { "Unattributed".into() }) }
                </span>
                <span class="badge">{ kind }</span>
                <q class="quote-text">{ q.span.of(text) }</q>
            </li>
        }
    });
    let groups = ACTOR_GROUPS.iter().filter_map(|&(kind, heading)| {
        let actors: Vec<_> = found.actors.iter().filter(|a| a.kind == kind).collect();
        (!actors.is_empty()).then(|| {
            html! {
                <div key={heading} class="actor-group">
                    <h4>{ heading }{ format!(" ({})", actors.len()) }</h4>
                    <ul>
                        { for actors.iter().map(|a| {
                            let mentions = a.mentions.len();
                            html! {
                                <li key={a.id.0} class="actor-item" data-actor-kind={heading}>
                                    <span class="actor-name">{ a.name.clone() }</span>
                                    if let Some(role) = &a.role {
                                        <span class="actor-role">{ format!(", {role}") }</span>
                                    }
                                    <span class="actor-count">
                                        { format!("{mentions} mention{}", if mentions == 1 { "" } else { "s" }) }
                                    </span>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        })
    });
    html! {
        <>
            <section class="panel-section" aria-labelledby="quotes-heading">
                <h3 id="quotes-heading" class="panel-title">{ format!("Who said what ({})", found.quotes.len()) }</h3>
                if found.quotes.is_empty() {
                    <p class="empty">{ "No quotations found." }</p>
                } else {
                    <ol class="quote-list">{ for quotes }</ol>
                }
            </section>
            <section class="panel-section" aria-labelledby="actors-heading">
                <h3 id="actors-heading" class="panel-title">{ format!("Who is in it ({})", found.actors.len()) }</h3>
                { for groups }
            </section>
        </>
    }
}
