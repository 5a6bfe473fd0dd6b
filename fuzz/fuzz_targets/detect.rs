//! Any bytes that are UTF-8 go through `Article::parse`, `detect` and the JSON format
//! without panicking, and every span lies on character boundaries of the text.
//!
//! Run with `tools/fuzz 60` from the crate root (every target, 60 seconds each).

#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::article::Article;
use whosaid::detect::detect;
use whosaid::format::detection::DetectionFile;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(article) = Article::parse(text) else {
        return;
    };
    let found = detect(&article);
    let t = article.text();
    for q in &found.quotes {
        assert!(
            t.is_char_boundary(q.span.start)
                && t.is_char_boundary(q.span.end)
                && q.span.end <= t.len()
        );
    }
    for a in &found.actors {
        for m in &a.mentions {
            assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
        }
    }
    let _ = DetectionFile::new(&article, &found).to_json();
});
