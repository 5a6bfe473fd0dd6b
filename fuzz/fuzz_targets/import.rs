//! Any bytes, under any file name the app may be given, go through `import::read_article`
//! without panicking: they become an article or a clear error.
//!
//! Run with `tools/fuzz 60` from the crate root (every target, 60 seconds each).

#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::import::read_article;

const NAMES: &[Option<&str>] = &[
    None,
    Some("article.txt"),
    Some("article.md"),
    Some("page.html"),
    Some("lesson.pdf"),
    Some("no-extension"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Ok(article) = read_article(name, bytes) {
        for block in article.blocks() {
            assert!(article.text().is_char_boundary(block.span.start));
            assert!(article.text().is_char_boundary(block.span.end));
        }
    }
});
