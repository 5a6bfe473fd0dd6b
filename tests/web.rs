//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;
use whosaid::ui::App;

wasm_bindgen_test_configure!(run_in_browser);

/// Resolves after the browser has painted a frame and run the tasks queued from it: the side
/// panel is drawn in the frame after the article's.
async fn next_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let task = wasm_bindgen::closure::Closure::once_into_js(move || {
            let window = web_sys::window().unwrap();
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0)
                .unwrap();
        });
        window
            .request_animation_frame(task.unchecked_ref())
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    yew::scheduler::flush().await;
}

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
    // The side panel follows a frame after the article.
    next_paint().await;
    let panel = root
        .query_selector("aside.side-panel")
        .unwrap()
        .expect("the side panel");
    assert_eq!(panel.get_attribute("aria-busy"), None);
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
