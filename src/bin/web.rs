//! The browser entry point, built by Trunk: mounts the app on the page's `<body>`, and
//! exports a small JavaScript API that Trunk puts on `window.wasmBindings`, for benchmarks
//! and for outside tools that want the detector without the interface.

use wasm_bindgen::prelude::*;
use whosaid::article::Article;
use whosaid::detect::detect as run_detector;
use whosaid::format::detection::DetectionFile;

fn main() {
    yew::Renderer::<whosaid::ui::App>::new().render();
}

/// `wasmBindings.detect(text)`: the same JSON as `whosaid detect`, for a plain-text article.
///
/// # Errors
/// A JavaScript `Error` with the article's message when the text is empty.
#[wasm_bindgen]
pub fn detect(text: &str) -> Result<String, JsError> {
    let article = Article::parse(text).map_err(|e| JsError::new(&e.to_string()))?;
    let detection = run_detector(&article);
    Ok(DetectionFile::new(&article, &detection).to_json())
}

/// `wasmBindings.detectCounts(text)`: `[actors, mentions, quotes with a speaker]` for a
/// plain-text article (zeros for an empty one). The benchmark times this, the app's path for a
/// new article: the copy of the text into wasm, `Article::parse` and the detector, without
/// building JSON.
#[wasm_bindgen(js_name = detectCounts)]
#[must_use]
pub fn detect_counts(text: &str) -> Vec<u32> {
    let Ok(article) = Article::parse(text) else {
        return vec![0, 0, 0];
    };
    let found = run_detector(&article);
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    vec![
        count(found.actors.len()),
        count(found.actors.iter().map(|a| a.mentions.len()).sum()),
        count(found.quotes.iter().filter(|q| q.speaker.is_some()).count()),
    ]
}
