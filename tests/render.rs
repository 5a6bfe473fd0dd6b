//! Components rendered natively with Yew's server renderer: what a reader would see, checked
//! through the `data-*` hooks and the text, not through whole HTML strings.
#![cfg(feature = "ssr")]

use std::rc::Rc;

use whosaid::article::Article;
use whosaid::ui::{App, ArticleView, ArticleViewProps, SidePanel, SidePanelProps};
use yew::LocalServerRenderer;

async fn render_article(source: &str) -> String {
    let article = Rc::new(Article::parse(source).expect("test article parses"));
    LocalServerRenderer::<ArticleView>::with_props(ArticleViewProps {
        article,
        annotations: Rc::default(),
        layers: Default::default(),
        current: None,
    })
    .render()
    .await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// The text of some HTML: every tag (highlights included) taken out.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[tokio::test]
async fn app_shows_the_default_article() {
    let html = LocalServerRenderer::<App>::new().render().await;
    let text = text_of(&html);
    assert!(text
        .contains("Trump and Putin agree to begin Ukraine peace talks as Europe demands a role"));
    assert_eq!(count(&html, "data-block=\"title\""), 1);
    assert_eq!(count(&html, "data-block=\"heading\""), 4);
    assert_eq!(count(&html, "data-block=\"paragraph\""), 14);
    // Typographic quotes and apostrophes survive (Yew escapes only HTML's own characters).
    assert!(text.contains("“We’ll meet in Saudi Arabia.”"));
    assert!(html.contains("aria-label=\"Article overview\""));
}

#[tokio::test]
async fn headings_and_paragraphs_in_file_order() {
    let html = render_article("Intro text.\nA heading\nMore text.\nThe headline").await;
    let intro = html.find("Intro text.").unwrap();
    let heading = html.find(">A heading</h2>").expect(&html);
    let more = html.find("More text.").unwrap();
    assert!(intro < heading && heading < more);
    assert!(
        html.find("The headline").unwrap() < intro,
        "the headline comes first"
    );
}

#[tokio::test]
async fn article_without_headline_says_so() {
    let html = render_article("Only a sentence.").await;
    assert!(html.contains("Untitled article"));
    assert_eq!(count(&html, "data-block=\"paragraph\""), 1);
}

#[tokio::test]
async fn markup_in_the_text_stays_text() {
    let html = render_article("<script>alert(1)</script> is text.").await;
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;script&gt;"));
}

#[tokio::test]
async fn side_panel_counts() {
    let article =
        Rc::new(Article::parse("Head line\nOne two three.\nA section\nFour five.").unwrap());
    let detection = whosaid::detect::detect(&article);
    let annotations = Rc::new(whosaid::annotations::Annotations::from_detection(
        &article,
        &detection,
        &["A topic"],
    ));
    let html = LocalServerRenderer::<SidePanel>::with_props(SidePanelProps {
        article,
        annotations,
        current: None,
    })
    .render()
    .await;
    assert!(html.contains("<dt>Sections</dt><dd>2</dd>"), "{html}");
    assert!(html.contains("<dt>Paragraphs</dt><dd>2</dd>"), "{html}");
    assert!(html.contains("<dt>Words</dt><dd>9</dd>"), "{html}");
    assert!(html.contains("about 1 min"));
}

/// The article view with highlights: hooks, nesting, layers and the lists beside it.
mod highlights {
    use std::rc::Rc;

    use whosaid::annotations::layout::{layout, Layer, Layers};
    use whosaid::annotations::{Id, StanceValue, Target};
    use whosaid::article::Article;
    use whosaid::span::Span;
    use whosaid::ui::{
        Action, ActorList, ActorListProps, AppState, ArticleView, ArticleViewProps, Legend,
        LegendProps, QuoteList, QuoteListProps, SidePanel, SidePanelProps,
    };
    use yew::{LocalServerRenderer, Reducible};

    async fn view(state: &AppState, layers: Layers) -> String {
        LocalServerRenderer::<ArticleView>::with_props(ArticleViewProps {
            article: state.article.clone(),
            annotations: state.annotations.clone(),
            layers,
            current: None,
        })
        .render()
        .await
    }

    fn state_of(text: &str) -> AppState {
        let article = Rc::new(Article::parse(text).expect("test article parses"));
        AppState::with_article(article, "test".into())
    }

    fn reduce(state: AppState, action: Action) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    /// The opening tags of the elements that carry `attr="value"`.
    fn tags<'a>(html: &'a str, attr: &str, value: &str) -> Vec<&'a str> {
        let needle = format!(" {attr}=\"{value}\"");
        html.match_indices(&needle)
            .map(|(at, _)| {
                let open = html[..at].rfind('<').expect("inside a tag");
                let close = at + html[at..].find('>').expect("a closed tag");
                &html[open..=close]
            })
            .collect()
    }

    /// The value of `name` in an opening tag.
    fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(&tag[at..at + tag[at..].find('"')?])
    }

    #[tokio::test]
    async fn every_quote_and_mention_of_the_default_article_has_its_hooks() {
        let state = AppState::default();
        let html = view(&state, Layers::default()).await;
        let quotes = state.annotations.quotes_in_order();
        assert_eq!(quotes.len(), 14);
        for q in &quotes {
            let found = tags(&html, "data-annotation-id", q.id.as_str());
            assert!(!found.is_empty(), "{} is not drawn", q.id);
            for tag in &found {
                assert_eq!(attr(tag, "data-kind"), Some("quote"), "{tag}");
                assert_eq!(
                    attr(tag, "data-speaker-id"),
                    q.speaker.as_ref().map(Id::as_str),
                    "{tag}"
                );
            }
            // One fragment is reached by the keyboard and named for screen readers.
            let first: Vec<_> = found
                .iter()
                .filter(|t| t.contains("tabindex=\"0\""))
                .collect();
            assert_eq!(first.len(), 1, "{found:?}");
            assert!(attr(first[0], "aria-label").is_some_and(|l| l.contains("quote")));
        }
        for m in state.annotations.mentions_in_order() {
            let found = tags(&html, "data-annotation-id", m.id.as_str());
            assert!(!found.is_empty(), "{} is not drawn", m.id);
            for tag in found {
                assert_eq!(attr(tag, "data-kind"), Some("actor"), "{tag}");
                assert_eq!(attr(tag, "data-actor-id"), Some(m.actor.as_str()), "{tag}");
                assert!(attr(tag, "class").is_some_and(|c| c.contains("colour-")));
            }
        }
        // The speaker's name is the badge on the first fragment of their quote.
        assert!(!tags(&html, "data-badge", "Pete Hegseth").is_empty());
        // Blocks say where they start in the text.
        for tag in tags(&html, "data-block", "paragraph") {
            let start: usize = attr(tag, "data-start").unwrap().parse().unwrap();
            assert!(state.article.blocks().iter().any(|b| b.span.start == start));
        }
    }

    #[tokio::test]
    async fn a_mention_inside_a_quote_nests_and_the_cue_is_marked() {
        let state = state_of("Talks go on\n“Germany must act now,” said Angela Merkel on Monday.");
        let html = view(&state, Layers::default()).await;
        let quote = html.find(" data-kind=\"quote\"").expect(&html);
        let mention = html.find(" data-kind=\"actor\"").expect(&html);
        assert!(quote < mention, "{html}");
        let germany = html.find(">Germany</mark>").expect(&html);
        assert!(
            html[germany..].starts_with(">Germany</mark> must act now,</mark>"),
            "the quote closes after the mention: {html}"
        );
        let cue = tags(&html, "data-cue-of", "quote-1");
        assert_eq!(cue.len(), 1, "{html}");
        assert!(html.contains("class=\"cue\">said</span>"), "{html}");
    }

    #[tokio::test]
    async fn a_note_crossing_a_quote_is_two_fragments_with_one_id() {
        let text = "Talks go on\n“Germany must act now,” said Angela Merkel on Monday.";
        let state = state_of(text);
        let article = state.article.clone();
        let start = article.text().find("must").unwrap();
        let end = article.text().find(" Angela").unwrap();
        let state = reduce(
            state,
            Action::AddNote {
                span: Span::new(start, end),
                text: "Check the date".into(),
            },
        );
        let note = state.annotations.notes_in_order()[0].id.clone();
        let html = view(&state, Layers::default()).await;
        let fragments = tags(&html, "data-annotation-id", note.as_str());
        assert_eq!(fragments.len(), 2, "{html}");
        assert!(fragments
            .iter()
            .all(|t| attr(t, "data-kind") == Some("note")));
        assert_eq!(
            fragments.iter().filter(|t| t.contains("tabindex")).count(),
            1
        );
        assert_eq!(
            attr(fragments[0], "aria-label"),
            Some("note: Check the date")
        );
    }

    #[tokio::test]
    async fn a_hidden_layer_is_not_drawn_and_its_box_is_unchecked() {
        let state = AppState::default();
        let all = view(&state, Layers::default()).await;
        assert!(all.contains("actor-person"));
        let layers = Layers::default()
            .with(Layer::People, false)
            .with(Layer::Speech, false);
        let some = view(&state, layers).await;
        assert!(!some.contains("actor-person"), "people are hidden");
        assert!(!some.contains("quote-direct") && !some.contains("quote-partial"));
        assert!(some.contains("actor-country"), "countries stay");
        // The text itself is all there.
        assert!(super::text_of(&some).contains("We’ll meet in Saudi Arabia."));

        let legend = LocalServerRenderer::<Legend>::with_props(LegendProps {
            annotations: state.annotations.clone(),
            layers,
        })
        .render()
        .await;
        for layer in Layer::ALL {
            let input = tags(&legend, "data-layer", layer.slug());
            assert_eq!(input.len(), 1, "{legend}");
            let hidden = matches!(layer, Layer::People | Layer::Speech);
            assert_eq!(input[0].contains(" checked"), !hidden, "{}", input[0]);
        }
        assert!(legend.contains(">Direct and partial quotes<"));
        let counts = whosaid::ui::layer_counts(&state.annotations);
        assert_eq!(
            counts[5],
            14 - counts[6],
            "speech plus scare quotes are all 14"
        );
    }

    #[tokio::test]
    async fn a_long_list_shows_its_first_hundred_and_a_button_for_the_rest() {
        let mut text = String::from("Roads for everyone");
        for n in 1..=120 {
            text.push_str(&format!(
                "\n“We will build road number {n},” said Anna Berg."
            ));
        }
        let state = state_of(&text);
        assert_eq!(state.annotations.quotes_in_order().len(), 120);
        let html = LocalServerRenderer::<QuoteList>::with_props(QuoteListProps {
            article: state.article.clone(),
            annotations: state.annotations.clone(),
            filter: "".into(),
            current: None,
        })
        .render()
        .await;
        assert_eq!(html.matches("class=\"quote-item\"").count(), 100);
        assert!(html.contains(">Quotes (120)<"), "{html}");
        assert!(html.contains(">Show 20 more quotes</button>"), "{html}");
    }

    #[test]
    fn a_stance_changes_the_layout_of_one_block_only() {
        let start = AppState::default();
        let quote = start.annotations.quotes_in_order()[3].id.clone();
        let next = reduce(
            start.clone(),
            Action::SetStance {
                target: Target::Quote(quote),
                topic: start.topic.clone().unwrap(),
                value: Some(StanceValue::Favor),
                note: None,
            },
        );
        let before = layout(&start.article, &start.annotations, Layers::default());
        let after = layout(&next.article, &next.annotations, Layers::default());
        let changed = before.iter().zip(&after).filter(|(b, a)| b != a).count();
        assert_eq!(changed, 1, "only the quote's paragraph is drawn again");
    }

    #[tokio::test]
    async fn the_lists_show_live_quotes_and_actors_with_counts() {
        let state = AppState::default();
        let hegseth_quote = state
            .annotations
            .quotes_in_order()
            .into_iter()
            .find(|q| {
                state
                    .annotations
                    .speaker_of(&q.id)
                    .is_some_and(|a| a.name == "Pete Hegseth")
            })
            .unwrap();
        let first = state.annotations.quotes_in_order()[0].id.clone();
        let state = reduce(state, Action::Delete { id: first });
        let state = reduce(
            state.clone(),
            Action::SetStance {
                target: Target::Quote(hegseth_quote.id.clone()),
                topic: state.topic.clone().unwrap(),
                value: Some(StanceValue::Against),
                note: None,
            },
        );
        let html = LocalServerRenderer::<SidePanel>::with_props(SidePanelProps {
            article: state.article.clone(),
            annotations: state.annotations.clone(),
            current: Some(hegseth_quote.id.clone()),
        })
        .render()
        .await;
        assert!(
            html.contains(">Quotes (13)<"),
            "the deleted quote is gone: {html}"
        );
        assert_eq!(html.matches("class=\"quote-item\"").count(), 13);
        assert!(!html.contains("lengthy and highly productive"));
        let item = tags(&html, "data-item", hegseth_quote.id.as_str());
        assert_eq!(item.len(), 1);
        assert!(html.contains("against on "), "the stance is listed");
        assert_eq!(html.matches("aria-current=\"true\"").count(), 1);
        assert!(html.contains(">People ("));
        assert!(html.contains(">Anonymous sources ("));
        assert!(html.contains("US Defence Secretary"));
        assert!(html.contains("aria-label=\"Filter quotes and actors\""));
        assert!(html.contains("1 quote<") || html.contains("2 quotes<"));

        let quotes = LocalServerRenderer::<QuoteList>::with_props(QuoteListProps {
            article: state.article.clone(),
            annotations: state.annotations.clone(),
            filter: "HEGSETH".into(),
            current: None,
        })
        .render()
        .await;
        let n = quotes.matches("class=\"quote-item\"").count();
        assert!((1..13).contains(&n), "{quotes}");
        assert!(
            quotes.contains(&format!(">Quotes ({n} of 13)<")),
            "{quotes}"
        );
        let actors = LocalServerRenderer::<ActorList>::with_props(ActorListProps {
            annotations: state.annotations.clone(),
            filter: "hegseth".into(),
            current: None,
        })
        .render()
        .await;
        assert_eq!(
            actors.matches("class=\"actor-item\"").count(),
            1,
            "{actors}"
        );
        assert!(actors.contains(">Pete Hegseth<"));
    }
}

mod reducer {
    use std::rc::Rc;

    use whosaid::article::Article;
    use whosaid::ui::{Action, AppState, Notice};
    use yew::Reducible;

    fn reduce(state: &Rc<AppState>, action: Action) -> Rc<AppState> {
        Rc::clone(state).reduce(action)
    }

    #[test]
    fn opening_an_article_replaces_it_and_announces_it() {
        let start = Rc::new(AppState::default());
        let article = Rc::new(Article::parse("Other headline\nText.").unwrap());
        let next = reduce(
            &start,
            Action::OpenArticle {
                article: article.clone(),
                source: "x.txt".into(),
            },
        );
        assert_eq!(next.article, article);
        assert_eq!(next.notice, Some(Notice::Info("Opened x.txt.".into())));
        let back = reduce(&next, Action::OpenDefault);
        assert_eq!(back.article, start.article);
    }

    #[test]
    fn an_error_keeps_the_article_and_can_be_dismissed() {
        let start = Rc::new(AppState::default());
        let failed = reduce(
            &start,
            Action::ShowError {
                message: "bad.pdf: no".into(),
            },
        );
        assert!(
            Rc::ptr_eq(&failed.article, &start.article),
            "the work on screen is untouched"
        );
        assert_eq!(failed.notice, Some(Notice::Error("bad.pdf: no".into())));
        let dismissed = reduce(&failed, Action::DismissNotice);
        assert_eq!(dismissed.notice, None);
    }

    #[test]
    fn a_stance_is_one_undoable_step_and_is_announced() {
        use whosaid::annotations::{StanceValue, Target};
        let start = Rc::new(AppState::default());
        let quote = start.annotations.quotes_in_order()[0].id.clone();
        let topic = start.topic.clone().expect("the default article has topics");
        let set = reduce(
            &start,
            Action::SetStance {
                target: Target::Quote(quote.clone()),
                topic: topic.clone(),
                value: Some(StanceValue::Against),
                note: None,
            },
        );
        let target = Target::Quote(quote);
        assert_eq!(
            set.annotations.stance(&target, &topic).map(|s| s.value),
            Some(StanceValue::Against)
        );
        assert_eq!(set.notice, Some(Notice::Info("Set a stance.".into())));
        let undone = reduce(&set, Action::Undo);
        assert_eq!(undone.annotations, start.annotations);
        assert_eq!(
            undone.notice,
            Some(Notice::Info("Undid: Set a stance.".into()))
        );
        let redone = reduce(&undone, Action::Redo);
        assert_eq!(redone.annotations, set.annotations);
    }

    #[test]
    fn saved_work_loads_only_onto_its_own_article() {
        use whosaid::annotations::Annotations;
        let start = Rc::new(AppState::default());
        let empty = Rc::new(Annotations::new());
        let other = reduce(
            &start,
            Action::LoadSaved {
                fingerprint: "not this article".into(),
                annotations: empty.clone(),
                undoable: true,
            },
        );
        assert!(Rc::ptr_eq(&start, &other));
        let loaded = reduce(
            &start,
            Action::LoadSaved {
                fingerprint: start.fingerprint.clone(),
                annotations: empty.clone(),
                undoable: true,
            },
        );
        assert!(loaded.annotations.is_empty());
        assert_eq!(reduce(&loaded, Action::Undo).annotations, start.annotations);
        // Restored on opening, saved work is the starting point: there is nothing to undo.
        let restored = reduce(
            &start,
            Action::LoadSaved {
                fingerprint: start.fingerprint.clone(),
                annotations: empty,
                undoable: false,
            },
        );
        assert!(restored.annotations.is_empty());
        assert!(!restored.history.can_undo());
    }

    #[test]
    fn an_action_that_changes_nothing_returns_the_same_state() {
        let start = Rc::new(AppState::default());
        let same = reduce(&start, Action::DismissNotice);
        assert!(
            Rc::ptr_eq(&start, &same),
            "Yew skips the render only for the same Rc"
        );
    }
}

#[tokio::test]
async fn notice_bar_shows_errors_as_alerts_and_announces_the_rest() {
    use whosaid::ui::{Notice, NoticeBar, NoticeBarProps};
    let render =
        |notice| LocalServerRenderer::<NoticeBar>::with_props(NoticeBarProps { notice }).render();
    let error = render(Some(Notice::Error("lesson.pdf: not a text file".into()))).await;
    assert!(error.contains("role=\"alert\""));
    assert!(error.contains("lesson.pdf: not a text file"));
    assert!(error.contains(">Dismiss</button>"));
    let info = render(Some(Notice::Info("Opened a.txt.".into()))).await;
    assert!(!info.contains("role=\"alert\""));
    assert!(info.contains("Opened a.txt."));
    assert!(info.contains("aria-live=\"polite\""));
}

#[tokio::test]
async fn toolbar_offers_file_paste_and_default() {
    use whosaid::ui::Toolbar;
    let html = LocalServerRenderer::<Toolbar>::new().render().await;
    assert!(html.contains("aria-label=\"Open file\""));
    assert!(html.contains("accept=\".txt,"));
    assert!(html.contains(">Paste text</button>"));
    assert!(html.contains(">Default article</button>"));
}

/// The stance tools rendered inside a real reducer and its two contexts, from a given state.
mod stance_tools {
    use std::rc::Rc;

    use whosaid::annotations::{Id, StanceValue, Target};
    use whosaid::ui::{
        Action, AppState, Inspector, ShortcutsDialog, ShortcutsDialogProps, StanceMatrix, Topics,
        UndoBar, SHORTCUTS,
    };
    use yew::prelude::*;
    use yew::{LocalServerRenderer, Reducible};

    #[derive(Properties, PartialEq)]
    struct HarnessProps {
        state: Rc<AppState>,
        which: &'static str,
    }

    #[component]
    fn Harness(props: &HarnessProps) -> Html {
        let start = props.state.clone();
        let state = use_reducer(move || (*start).clone());
        let dispatcher = state.dispatcher();
        let inner = match props.which {
            "inspector" => html! { <Inspector /> },
            "topics" => html! { <Topics /> },
            "matrix" => html! { <StanceMatrix /> },
            _ => html! { <UndoBar /> },
        };
        html! {
            <ContextProvider<UseReducerHandle<AppState>> context={state}>
                <ContextProvider<UseReducerDispatcher<AppState>> context={dispatcher}>
                    { inner }
                </ContextProvider<UseReducerDispatcher<AppState>>>
            </ContextProvider<UseReducerHandle<AppState>>>
        }
    }

    async fn render(state: &Rc<AppState>, which: &'static str) -> String {
        LocalServerRenderer::<Harness>::with_props(HarnessProps {
            state: state.clone(),
            which,
        })
        .render()
        .await
    }

    fn after(state: Rc<AppState>, actions: Vec<Action>) -> Rc<AppState> {
        actions.into_iter().fold(state, Reducible::reduce)
    }

    /// The part of `html` from the element with `hook` to the end of the document.
    fn from<'a>(html: &'a str, hook: &str) -> &'a str {
        &html[html
            .find(hook)
            .unwrap_or_else(|| panic!("{hook} in {html}"))..]
    }

    /// The default article with the first quote current and a stance on the first topic.
    fn on_first_quote() -> (Rc<AppState>, Id, Id) {
        let start = Rc::new(AppState::default());
        let quote = start.annotations.quotes_in_order()[0].id.clone();
        let topic = start.topic.clone().expect("the default article has topics");
        let state = after(
            start,
            vec![
                Action::Focus {
                    id: Some(quote.clone()),
                },
                Action::SetStance {
                    target: Target::Quote(quote.clone()),
                    topic: topic.clone(),
                    value: Some(StanceValue::Against),
                    note: Some("says the talks failed".into()),
                },
            ],
        );
        (state, quote, topic)
    }

    #[tokio::test]
    async fn inspector_shows_the_current_quote_with_speaker_kind_and_stances() {
        let (state, quote, topic) = on_first_quote();
        let html = render(&state, "inspector").await;
        assert!(
            html.contains(&format!("data-inspected=\"quote\" data-id=\"{quote}\"")),
            "{html}"
        );
        assert!(html.contains(">Speaker</label>"));
        assert!(html.contains(">Nobody (unattributed)</option>"));
        // One stance group per topic; the first says "against", with its note.
        assert_eq!(html.matches("role=\"group\"").count(), 4);
        let row = from(&html, &format!("data-topic=\"{topic}\""));
        assert!(
            row.starts_with(&format!("data-topic=\"{topic}\" data-stance=\"against\"")),
            "{row}"
        );
        assert!(
            row.contains("data-value=\"against\" aria-pressed=\"true\""),
            "{row}"
        );
        assert!(row.contains("value=\"says the talks failed\""));
        // The quote's accessible name, as the highlight in the article has it.
        assert!(html.contains("class=\"inspected-label\">partial quote, unattributed, against on the US–Russia peace talks<"), "{html}");
        // A stance is an item of its own: the quote is still an unchecked detection.
        assert!(html.contains("data-origin=\"detected\""));
        assert!(html.contains(">Confirm</button>"));
        assert!(html.contains(">Delete</button>"));
    }

    #[tokio::test]
    async fn inspector_without_a_current_item_says_how_to_pick_one() {
        let html = render(&Rc::new(AppState::default()), "inspector").await;
        assert!(html.contains("data-inspected=\"none\""));
        assert!(html.contains("press j for the next quote"));
        assert!(!html.contains("Deleted items"));
    }

    #[tokio::test]
    async fn inspector_for_a_mention_edits_its_actor_with_summaries_and_conflicts() {
        let start = Rc::new(AppState::default());
        let set = &start.annotations;
        // An actor who speaks twice: favour in one quote, against in the other is a conflict.
        let speaker = set
            .actors_in_order()
            .into_iter()
            .find(|a| set.quotes_by(&a.id).len() >= 2 && set.mentions_of(&a.id).len() >= 2)
            .expect("someone speaks twice");
        let quotes = set.quotes_by(&speaker.id);
        let mention = set.mentions_of(&speaker.id)[0].id.clone();
        let topic = start.topic.clone().unwrap();
        let stance = |q: &Id, v| Action::SetStance {
            target: Target::Quote(q.clone()),
            topic: topic.clone(),
            value: Some(v),
            note: None,
        };
        let state = after(
            start.clone(),
            vec![
                stance(&quotes[0].id, StanceValue::Favor),
                stance(&quotes[1].id, StanceValue::Against),
                Action::Focus {
                    id: Some(mention.clone()),
                },
            ],
        );
        let html = render(&state, "inspector").await;
        assert!(
            html.contains(&format!(
                "data-inspected=\"actor\" data-id=\"{}\"",
                speaker.id
            )),
            "{html}"
        );
        assert!(html.contains(&format!("data-mention=\"{mention}\"")));
        assert!(html.contains(&format!("value=\"{}\"", speaker.name)));
        assert!(html.contains(">Rename</button>"));
        assert!(html.contains(">Merge with</label>"));
        assert!(html.contains(">Split</button>"));
        assert!(html.contains("data-summary=\"conflict\""));
        assert!(html.contains("from its quotes: 1 favor, 1 against (conflict)"));
        assert!(
            html.contains(">Confirm</button>"),
            "a detected actor can be confirmed"
        );
    }

    #[tokio::test]
    async fn deleted_detections_are_listed_for_restoring() {
        let (state, quote, _) = on_first_quote();
        let state = after(state, vec![Action::Delete { id: quote }]);
        let html = render(&state, "inspector").await;
        assert!(html.contains("Deleted items (1)"), "{html}");
        assert!(html.contains("aria-label=\"Restore quote “"));
        assert!(html.contains(">Restore</button>"));
    }

    #[tokio::test]
    async fn topics_list_the_current_one_and_offer_add_rename_remove() {
        let start = Rc::new(AppState::default());
        let html = render(&start, "topics").await;
        assert!(html.contains("Topics (4)"), "{html}");
        assert_eq!(html.matches("aria-pressed=\"true\"").count(), 1);
        assert_eq!(html.matches("aria-label=\"Rename topic ").count(), 4);
        assert_eq!(html.matches("aria-label=\"Remove topic ").count(), 4);
        assert!(html.contains("aria-label=\"New topic\""));
        assert!(html.contains(">Add topic</button>"));
        let second = start.annotations.topics_in_order()[1].id.clone();
        let moved = after(
            start,
            vec![Action::SelectTopic {
                topic: second.clone(),
            }],
        );
        let html = render(&moved, "topics").await;
        assert!(from(&html, &format!("data-topic=\"{second}\"")).contains("data-current=\"true\""));
    }

    #[tokio::test]
    async fn matrix_is_a_table_of_actors_by_topic() {
        let (state, _, _) = on_first_quote();
        // The first quote has no speaker: nothing in the matrix yet.
        let html = render(&state, "matrix").await;
        assert!(html.contains("data-matrix=\"empty\""), "{html}");
        let set = &state.annotations;
        let quote = set
            .quotes_in_order()
            .into_iter()
            .find(|q| set.speaker_of(&q.id).is_some())
            .unwrap();
        let speaker = set.speaker_of(&quote.id).unwrap().name.clone();
        let topic = state.topic.clone().unwrap();
        let state = after(
            state,
            vec![Action::SetStance {
                target: Target::Quote(quote.id.clone()),
                topic,
                value: Some(StanceValue::Favor),
                note: None,
            }],
        );
        let html = render(&state, "matrix").await;
        assert!(html.contains("<caption"));
        assert_eq!(
            html.matches("scope=\"col\"").count(),
            5,
            "Actor and four topics"
        );
        assert!(html.contains("scope=\"row\""));
        assert!(html.contains(&format!(">{speaker}</button>")));
        assert!(
            html.contains("data-stance=\"favor\" class=\"cell favor\">favor (1 quote)</td>"),
            "{html}"
        );
    }

    #[tokio::test]
    async fn undo_and_redo_are_disabled_until_there_is_something_to_do() {
        let start = Rc::new(AppState::default());
        let html = render(&start, "undo").await;
        assert!(
            html.contains("aria-keyshortcuts=\"Control+Z\" disabled=\"disabled\""),
            "{html}"
        );
        let (edited, _, _) = on_first_quote();
        let html = render(&edited, "undo").await;
        assert!(html.contains("aria-keyshortcuts=\"Control+Z\""));
        assert!(
            !html.contains("aria-keyshortcuts=\"Control+Z\" disabled"),
            "{html}"
        );
        assert!(html.contains(">Undo</button>") && html.contains(">Redo</button>"));
    }

    #[tokio::test]
    async fn shortcuts_dialog_lists_every_shortcut() {
        let html = LocalServerRenderer::<ShortcutsDialog>::with_props(ShortcutsDialogProps {
            open: true,
            on_close: Callback::noop(),
        })
        .render()
        .await;
        assert!(html.contains("<dialog"));
        assert!(html.contains("Keyboard shortcuts"));
        assert_eq!(html.matches("data-shortcut=").count(), SHORTCUTS.len());
        assert!(html.contains(">Close</button>"));
    }

    mod reducer {
        use std::rc::Rc;

        use whosaid::annotations::{StanceValue, Target};
        use whosaid::ui::{Action, AppState, Notice};

        use super::after;

        #[test]
        fn keys_step_through_quotes_and_topics_and_tag_the_current_quote() {
            let start = Rc::new(AppState::default());
            let quotes = start.annotations.quotes_in_order();
            let topics = start.annotations.topics_in_order();
            let state = after(start.clone(), vec![Action::StepQuote { forward: true }]);
            assert_eq!(state.current.as_ref(), Some(&quotes[0].id));
            let state = after(state, vec![Action::StepQuote { forward: false }]);
            assert_eq!(
                state.current.as_ref(),
                Some(&quotes[quotes.len() - 1].id),
                "wraps around"
            );
            let state = after(state, vec![Action::StepTopic]);
            assert_eq!(state.topic.as_ref(), Some(&topics[1].id));
            assert_eq!(
                state.notice,
                Some(Notice::Info(format!("Topic: {}.", topics[1].label).into()))
            );
            let state = after(
                state,
                vec![Action::StanceOnCurrent {
                    value: Some(StanceValue::Favor),
                }],
            );
            let target = Target::Quote(quotes[quotes.len() - 1].id.clone());
            assert_eq!(
                state
                    .annotations
                    .stance(&target, &topics[1].id)
                    .map(|s| s.value),
                Some(StanceValue::Favor)
            );
            let cleared = after(state.clone(), vec![Action::StanceOnCurrent { value: None }]);
            assert!(cleared.annotations.stance(&target, &topics[1].id).is_none());
            let deleted = after(state, vec![Action::DeleteCurrent]);
            assert!(deleted.current.is_none());
            assert!(deleted.annotations.quote(target.id()).unwrap().deleted);
            let undone = after(deleted, vec![Action::Undo]);
            assert!(!undone.annotations.quote(target.id()).unwrap().deleted);
        }

        #[test]
        fn a_stance_key_with_nothing_current_says_what_to_do() {
            let start = Rc::new(AppState::default());
            let state = after(
                start.clone(),
                vec![Action::StanceOnCurrent {
                    value: Some(StanceValue::Favor),
                }],
            );
            assert_eq!(state.annotations, start.annotations);
            assert!(
                matches!(&state.notice, Some(Notice::Info(m)) if m.contains("move to a quote first"))
            );
        }
    }
}

#[tokio::test]
async fn blocks_carry_their_byte_offset_for_selections() {
    let source = "Head line\n“Ünïcode” first.\nSecond paragraph.";
    let article = Article::parse(source).unwrap();
    let html = render_article(source).await;
    for block in article.body() {
        assert!(
            html.contains(&format!("data-start=\"{}\"", block.span.start)),
            "{html}"
        );
    }
}
