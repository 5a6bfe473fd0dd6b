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
    let html = LocalServerRenderer::<SidePanel>::with_props(SidePanelProps { article })
        .render()
        .await;
    assert!(html.contains("<dt>Sections</dt><dd>2</dd>"), "{html}");
    assert!(html.contains("<dt>Paragraphs</dt><dd>2</dd>"), "{html}");
    assert!(html.contains("<dt>Words</dt><dd>9</dd>"), "{html}");
    assert!(html.contains("about 1 min"));
}
