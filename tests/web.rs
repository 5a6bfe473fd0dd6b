//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;
use whosaid::ui::App;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let document = gloo_utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_the_default_article() {
    let root = mount_point();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let headline = root.query_selector("h1").unwrap().expect("a headline");
    assert_eq!(
        headline.text_content().unwrap(),
        "Trump and Putin agree to begin Ukraine peace talks as Europe demands a role"
    );
    let headings = root.query_selector_all("[data-block=heading]").unwrap();
    assert_eq!(headings.length(), 4);
    let paragraphs = root.query_selector_all("[data-block=paragraph]").unwrap();
    assert_eq!(paragraphs.length(), 14);
    let words = root
        .query_selector("[data-fact=words] dd")
        .unwrap()
        .expect("a word count");
    // The detector ran in the browser: the side panel lists the default article's quotes.
    let quotes = root.query_selector_all("[data-quote-kind]").unwrap();
    assert_eq!(quotes.length(), 14);
    let words: usize = words
        .text_content()
        .unwrap()
        .parse()
        .expect("a number of words");
    assert!(words > 700, "{words} words");
}
