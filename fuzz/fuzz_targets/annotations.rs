//! Any bytes go through the annotation-file readers (whosaid JSON, W3C Web Annotation,
//! Hypothesis) without panicking: they become annotations or a clear error. What is read
//! must be written again and read back the same (whosaid JSON is lossless).
//!
//! Run with `tools/fuzz 60` from the crate root (every target, 60 seconds each).

#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::article::Article;
use whosaid::format::{read_annotations, whosaid::{write, Meta}};

fuzz_target!(|data: &[u8]| {
    let article = Article::parse("Envoys meet\n“We will meet,” Donald Trump said.").ok();
    let Ok(file) = read_annotations("fuzz.json", data, article.as_ref()) else {
        return;
    };
    let json = write(&file.article, &file.annotations, &Meta::default());
    let again = read_annotations("again.json", json.as_bytes(), None)
        .unwrap_or_else(|e| panic!("a file whosaid wrote does not read back: {e}"));
    assert_eq!(again.annotations, file.annotations);
    assert_eq!(again.article, file.article);
});
