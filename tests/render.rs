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
            },
        );
        assert!(Rc::ptr_eq(&start, &other));
        let loaded = reduce(
            &start,
            Action::LoadSaved {
                fingerprint: start.fingerprint.clone(),
                annotations: empty,
            },
        );
        assert!(loaded.annotations.is_empty());
        assert_eq!(reduce(&loaded, Action::Undo).annotations, start.annotations);
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
