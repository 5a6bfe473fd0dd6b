//! Components rendered natively with Yew's server renderer: what a reader would see, checked
//! through the `data-*` hooks and the text, not through whole HTML strings.
#![cfg(feature = "ssr")]

use std::rc::Rc;

use whosaid::article::Article;
use whosaid::ui::{App, ArticleView, ArticleViewProps, SidePanel, SidePanelProps};
use yew::LocalServerRenderer;

async fn render_article(source: &str) -> String {
    let article = Rc::new(Article::parse(source).expect("test article parses"));
    LocalServerRenderer::<ArticleView>::with_props(ArticleViewProps { article })
        .render()
        .await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test]
async fn app_shows_the_default_article() {
    let html = LocalServerRenderer::<App>::new().render().await;
    assert!(html.contains(
        ">Trump and Putin agree to begin Ukraine peace talks as Europe demands a role</h1>"
    ));
    assert_eq!(count(&html, "data-block=\"heading\""), 4);
    assert_eq!(count(&html, "data-block=\"paragraph\""), 14);
    // Typographic quotes and apostrophes survive (Yew escapes only HTML's own characters).
    assert!(html.contains("“We’ll meet in Saudi Arabia.”"));
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
    let detection = Rc::new(whosaid::detect::detect(&article));
    let html = LocalServerRenderer::<SidePanel>::with_props(SidePanelProps { article, detection })
        .render()
        .await;
    assert!(html.contains("<dt>Sections</dt><dd>2</dd>"), "{html}");
    assert!(html.contains("<dt>Paragraphs</dt><dd>2</dd>"), "{html}");
    assert!(html.contains("<dt>Words</dt><dd>9</dd>"), "{html}");
    assert!(html.contains("about 1 min"));
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

#[tokio::test]
async fn who_said_lists_quotes_with_speakers_and_actors_by_kind() {
    use whosaid::ui::{WhoSaid, WhoSaidProps};
    let article = Rc::new(Article::default_article());
    let detection = Rc::new(whosaid::detect::detect(&article));
    let html = LocalServerRenderer::<WhoSaid>::with_props(WhoSaidProps { article, detection })
        .render()
        .await;
    assert!(html.contains("Who said what (14)"), "{html}");
    assert_eq!(count(&html, "class=\"quote-item\""), 14);
    // The first quote has no speaker in the article; the detector leaves it unattributed.
    let first = html.find("lengthy and highly productive").unwrap();
    assert!(html[..first].contains(">Unattributed<"));
    let hegseth = html.find("Chasing this illusory goal").unwrap();
    assert!(html[..hegseth].rfind(">Pete Hegseth<").is_some());
    assert!(html.contains(">People ("));
    assert!(html.contains(">Anonymous sources ("));
    assert!(html.contains("US Defence Secretary"));
}
