//! The article as the reader sees it: headline, section headings and paragraphs, with the
//! annotations highlighted in the text.
//!
//! The core's [`layout`] cuts every block into nested marks; this module only draws them.
//! Each block is its own [`Paragraph`] component whose props are the block and its nodes, so
//! an edit re-renders only the blocks whose marks changed; blocks are grouped in runs
//! ([`Blocks`]) so that Yew compares a few dozen runs, not a thousand blocks, per edit. Lighting up an actor and marking
//! the current item happen at the DOM edge ([`super::spotlight`]), without a render.

use std::rc::Rc;

use yew::prelude::*;

use super::spotlight;
use super::state::Action;
use super::use_dispatch;
use crate::annotations::layout::{
    layout, relayout, BlockLayout, Layer, Layers, Mark, MarkKind, Node,
};
use crate::annotations::{Annotations, Id, QuoteKind};
use crate::article::{Article, Block, BlockKind};

/// Props of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The article to show.
    pub article: Rc<Article>,
    /// What to highlight in it.
    #[prop_or_default]
    pub annotations: Rc<Annotations>,
    /// Which legend layers are shown.
    #[prop_or_default]
    pub layers: Layers,
    /// The item the user is working on, marked with `aria-current`.
    #[prop_or_default]
    pub current: Option<Id>,
}

/// The layout the view drew last, and what it drew it from.
struct LayoutCache {
    article: Rc<Article>,
    annotations: Rc<Annotations>,
    layers: Layers,
    blocks: Rc<Vec<BlockLayout>>,
    /// The blocks after the headline, in runs of [`RUN`], as [`Blocks`] draws them.
    runs: Vec<Rc<[BlockLayout]>>,
}

/// How many blocks one [`Blocks`] component draws. A 150 KB article has about a thousand
/// blocks; in runs, an edit makes Yew compare a few dozen runs and one run's blocks instead
/// of every block.
const RUN: usize = 32;

/// `blocks` after the headline in runs of [`RUN`], reusing each of `old`'s runs whose blocks
/// were all kept (by pointer), so that run's [`Blocks`] is skipped.
fn runs(blocks: &[BlockLayout], old: &[Rc<[BlockLayout]>]) -> Vec<Rc<[BlockLayout]>> {
    let body: Vec<&BlockLayout> = blocks
        .iter()
        .filter(|b| b.block.kind != BlockKind::Title)
        .collect();
    body.chunks(RUN)
        .enumerate()
        .map(|(i, run)| match old.get(i) {
            Some(kept)
                if kept.len() == run.len()
                    && kept
                        .iter()
                        .zip(run)
                        .all(|(a, b)| a.block == b.block && Rc::ptr_eq(&a.nodes, &b.nodes)) =>
            {
                kept.clone()
            }
            _ => run.iter().map(|&b| b.clone()).collect(),
        })
        .collect()
}

/// Renders an article with its highlights. Each block is keyed by where it starts in the
/// text, which is stable for a given article, unlike its index among rendered siblings.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    // The last layout and what it was made from: after an edit only the blocks the edit
    // touched are laid out again (`relayout`), and the others keep their `Rc`, so their
    // `Paragraph`s compare equal by pointer and are skipped.
    let cache = use_mut_ref(|| None::<LayoutCache>);
    let (blocks, block_runs) = {
        let mut cache = cache.borrow_mut();
        let next = match cache.as_ref() {
            Some(c) if Rc::ptr_eq(&c.article, &props.article) && c.layers == props.layers => {
                if Rc::ptr_eq(&c.annotations, &props.annotations) {
                    c.blocks.clone()
                } else {
                    Rc::new(relayout(
                        &c.blocks,
                        &props.article,
                        &c.annotations,
                        &props.annotations,
                        props.layers,
                    ))
                }
            }
            _ => Rc::new(layout(&props.article, &props.annotations, props.layers)),
        };
        let next_runs = runs(&next, cache.as_ref().map_or(&[], |c| &c.runs[..]));
        *cache = Some(LayoutCache {
            article: props.article.clone(),
            annotations: props.annotations.clone(),
            layers: props.layers,
            blocks: next.clone(),
            runs: next_runs.clone(),
        });
        (next, next_runs)
    };
    let root = use_node_ref();
    let dispatch = use_dispatch();

    // `aria-current` is set on the DOM whenever the current item changes, and after every
    // render that could have replaced its highlights. After an edit only the few blocks laid
    // out again can be wrong, so only those are marked again: searching the whole article on
    // every stance key would cost more than the render.
    {
        let root = root.clone();
        let marked = use_mut_ref(|| None::<(Option<Id>, Rc<Vec<BlockLayout>>)>);
        use_effect_with(
            (props.current.clone(), blocks.clone()),
            move |(current, blocks)| {
                let Some(root) = root.cast::<web_sys::Element>() else {
                    return;
                };
                let current_id = current.as_ref().map(Id::as_str);
                let mut marked = marked.borrow_mut();
                let redrawn: Option<Vec<usize>> = match &*marked {
                    Some((was, old)) if was == current && old.len() == blocks.len() => {
                        let changed = old
                            .iter()
                            .zip(blocks.iter())
                            .enumerate()
                            .filter(|(_, (old, new))| !Rc::ptr_eq(&old.nodes, &new.nodes))
                            .map(|(i, _)| i);
                        Some(changed.take(MARK_BLOCKS + 1).collect())
                    }
                    _ => None,
                };
                let elements = redrawn.filter(|r| r.len() <= MARK_BLOCKS).and_then(|r| {
                    r.into_iter()
                        .map(|i| block_element(&root, blocks, i))
                        .collect::<Option<Vec<_>>>()
                });
                match elements {
                    Some(elements) => {
                        for el in elements {
                            spotlight::mark_current(&el, current_id);
                        }
                    }
                    None => spotlight::mark_current(&root, current_id),
                }
                *marked = Some((current.clone(), blocks.clone()));
            },
        );
    }

    // One set of listeners on the article for all highlights (events bubble): pointing at or
    // focusing a mention lights up its actor, a quote its speaker.
    let light = {
        let root = root.clone();
        move |target: Option<web_sys::EventTarget>| {
            if let Some(root) = root.cast::<web_sys::Element>() {
                spotlight::light(&root, spotlight::actor_at(target).as_deref());
            }
        }
    };
    let on_mouse_over = {
        let light = light.clone();
        Callback::from(move |e: MouseEvent| light(e.target()))
    };
    let on_focus_in = {
        let light = light.clone();
        Callback::from(move |e: FocusEvent| light(e.target()))
    };
    let on_leave = {
        let light = light.clone();
        Callback::from(move |_: MouseEvent| light(None))
    };
    let on_focus_out = Callback::from(move |_: FocusEvent| light(None));
    let on_click = Callback::from(move |e: MouseEvent| {
        if let (Some(id), Some(dispatch)) = (spotlight::annotation_at(e.target()), &dispatch) {
            dispatch.dispatch(Action::Focus {
                id: Some(Id::new(&id)),
            });
        }
    });

    let article = &props.article;
    let title = blocks.iter().find(|b| b.block.kind == BlockKind::Title);
    let title = match title {
        Some(BlockLayout { block, nodes }) => html! {
            <Paragraph article={article.clone()} block={*block} nodes={nodes.clone()} />
        },
        None => html! { <h1 class="headline untitled">{ "Untitled article" }</h1> },
    };
    html! {
        <article class="article" aria-labelledby="headline" ref={root}
            onmouseover={on_mouse_over} onmouseleave={on_leave}
            onfocusin={on_focus_in} onfocusout={on_focus_out} onclick={on_click}>
            <header id="headline">{ title }</header>
            { for block_runs.iter().map(|run| html! {
                <Blocks key={run[0].block.span.start} article={article.clone()} blocks={run.clone()} />
            }) }
        </article>
    }
}

/// Up to how many blocks laid out again are marked one by one (else the whole article is).
const MARK_BLOCKS: usize = 8;

/// The element [`ArticleView`] drew block `i` of `blocks` as: the headline inside the
/// `<header>`, the others the article's children after it, in order. Checked against the
/// block's `data-start`, so a different structure gives `None`, never a wrong element.
fn block_element(
    root: &web_sys::Element,
    blocks: &[BlockLayout],
    i: usize,
) -> Option<web_sys::Element> {
    let block = &blocks.get(i)?.block;
    let el = if block.kind == BlockKind::Title {
        root.first_element_child()?.first_element_child()?
    } else {
        let before = blocks[..i]
            .iter()
            .filter(|b| b.block.kind != BlockKind::Title)
            .count();
        let index = u32::try_from(before + 1).ok()?;
        root.children().item(index)?
    };
    let start = block.span.start.to_string();
    (el.get_attribute("data-start").as_deref() == Some(start.as_str())).then_some(el)
}

/// Props of [`Blocks`].
#[derive(Properties, PartialEq)]
struct BlocksProps {
    article: Rc<Article>,
    /// A run of blocks; an unchanged run is the same `Rc`.
    blocks: Rc<[BlockLayout]>,
}

/// A run of blocks, drawn as siblings (a fragment: no element of its own, so the article's
/// children are still its blocks).
#[component]
fn Blocks(props: &BlocksProps) -> Html {
    html! {
        <>
            { for props.blocks.iter().map(|b| html! {
                <Paragraph key={b.block.span.start} article={props.article.clone()} block={b.block} nodes={b.nodes.clone()} />
            }) }
        </>
    }
}

/// Props of [`Paragraph`].
#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    /// The article the block's spans point into. Comparing it is a pointer comparison.
    pub article: Rc<Article>,
    pub block: Block,
    /// The block's text cut into marks, from the core's layout.
    pub nodes: Rc<[Node]>,
}

/// One block (the headline, a heading or a paragraph) with its highlights. `data-start` is
/// the block's UTF-8 byte offset in the article text, so a DOM selection can be mapped back
/// to the text by walking the block's text nodes.
#[component]
pub fn Paragraph(props: &ParagraphProps) -> Html {
    let text = props.article.text();
    let inner: Html = props.nodes.iter().map(|n| node(n, text)).collect();
    let start = props.block.span.start.to_string();
    match props.block.kind {
        BlockKind::Title => html! {
            <h1 class="headline" data-block="title" data-start={start}>{ inner }</h1>
        },
        BlockKind::Heading => html! {
            <h2 class="section" data-block="heading" data-start={start}>{ inner }</h2>
        },
        BlockKind::Paragraph => html! {
            <p class="paragraph" data-block="paragraph" data-start={start}>{ inner }</p>
        },
    }
}

fn quote_kind_slug(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "quote-direct",
        QuoteKind::Partial => "quote-partial",
        QuoteKind::Scare => "quote-scare",
    }
}

/// Draws one node. Text is a text node, never markup. A mark's first fragment is the one a
/// keyboard reaches and a screen reader names (`role="group"` permits `aria-label`, and
/// groups may nest, unlike buttons); its other fragments only carry the same id and look.
fn node(node: &Node, text: &str) -> Html {
    let (mark, first, children) = match node {
        Node::Text(span) => return Html::from(span.of(text).to_owned()),
        Node::Mark {
            mark,
            first,
            children,
        } => (mark, *first, children),
    };
    let inner: Html = children.iter().map(|n| self::node(n, text)).collect();
    let Mark {
        id,
        kind,
        label,
        detected,
        ..
    } = &**mark;
    let id = id.to_string();
    let detected = detected.then_some("detected");
    let role = first.then_some("group");
    let label = first.then(|| label.clone());
    let tabindex = first.then_some("0");
    match kind {
        MarkKind::Mention {
            actor,
            actor_kind,
            colour,
        } => {
            let class = classes!(
                "hl",
                "mention",
                format!("actor-{}", Layer::of_actor(*actor_kind).slug()),
                format!("colour-{colour}"),
                detected,
                first.then_some("first"),
            );
            html! {
                <mark {class} data-annotation-id={id} data-kind="actor" data-actor-id={actor.to_string()}
                    {role} aria-label={label} {tabindex}>{ inner }</mark>
            }
        }
        MarkKind::Quote {
            kind,
            speaker,
            badge,
        } => {
            let class = classes!(
                "hl",
                "quote",
                quote_kind_slug(*kind),
                (kind.is_speech() && speaker.is_none()).then_some("unattributed"),
                detected,
                first.then_some("first"),
            );
            // The badge is drawn by CSS from `data-badge`, so it is never part of the text
            // that selections are measured in.
            let badge = badge.clone().filter(|_| first);
            html! {
                <mark {class} data-annotation-id={id} data-kind="quote"
                    data-speaker-id={speaker.as_ref().map(Id::to_string)} data-badge={badge}
                    {role} aria-label={label} {tabindex}>{ inner }</mark>
            }
        }
        MarkKind::Cue { quote } => html! {
            <span class="cue" data-cue-of={quote.to_string()}>{ inner }</span>
        },
        MarkKind::Note => {
            let class = classes!("hl", "note", first.then_some("first"));
            html! {
                <mark {class} data-annotation-id={id} data-kind="note"
                    {role} aria-label={label} {tabindex}>{ inner }</mark>
            }
        }
    }
}
