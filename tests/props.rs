//! The detector never fails: any text, however odd, gives a result whose spans lie on
//! character boundaries inside the text.

use proptest::prelude::*;
use whosaid::article::Article;
use whosaid::detect::detect;
use whosaid::format::detection::DetectionFile;

/// Pieces that stress the detector: every quotation mark, apostrophes, CRLF, right-to-left
/// text and controls, emoji, combining marks, names, titles and verbs of saying.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "“",
            "”",
            "\"",
            "'",
            "‘",
            "’",
            "«",
            "»",
            "„",
            "‚",
            "‹",
            "›",
            "``",
            "''",
            "`",
            "\r\n",
            "\n",
            "\r",
            " ",
            " said ",
            " he ",
            " she ",
            " they ",
            "Jane Smith",
            "US President ",
            "Mr ",
            "the statement read",
            ":",
            ",",
            ".",
            "!",
            "?",
            "’s",
            "'s",
            "s’",
            "—",
            "-",
            "(",
            ")",
            "[",
            "]",
            "שלום",
            "مرحبا",
            "\u{202e}",
            "\u{200f}",
            "😀",
            "👩‍👩‍👧",
            "e\u{301}",
            "\u{301}",
            "\u{0}",
            "\u{feff}",
            "according to ",
            "One senior European diplomat ",
            "NATO",
            "Moscow",
            "Russian",
            "European leaders ",
            "a spokesperson",
            "U.S.",
            "H.W.",
        ])
        .prop_map(str::to_string),
        any::<char>().prop_map(String::from),
        "[a-zA-Z ]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_and_spans_are_sound(pieces in prop::collection::vec(piece(), 0..80)) {
        let text: String = pieces.concat();
        let Ok(article) = Article::parse(&text) else { return Ok(()) };
        let found = detect(&article);
        let t = article.text();
        let on_boundaries = |s: whosaid::span::Span| s.start <= s.end && s.end <= t.len() && t.is_char_boundary(s.start) && t.is_char_boundary(s.end);
        for q in &found.quotes {
            prop_assert!(on_boundaries(q.span) && on_boundaries(q.marks));
            prop_assert!(q.marks.contains(q.span));
            prop_assert!((0.0..=1.0).contains(&q.confidence));
            if let Some(c) = q.cue { prop_assert!(on_boundaries(c)); }
            if let Some(s) = q.speaker { prop_assert!((s.0 as usize) < found.actors.len()); }
        }
        for (i, a) in found.actors.iter().enumerate() {
            prop_assert_eq!(a.id.0 as usize, i);
            prop_assert!(!a.mentions.is_empty());
            for &m in &a.mentions { prop_assert!(on_boundaries(m)); }
        }
        // The file format converts every offset without panicking.
        let _ = DetectionFile::new(&article, &found).to_json();
    }

    #[test]
    fn only_marks(marks in prop::collection::vec(prop::sample::select(vec!['“', '”', '"', '\'', '‘', '’', '«', '»', '„', '`', ' ', '\n']), 0..200)) {
        let text: String = marks.into_iter().collect();
        if let Ok(article) = Article::parse(&text) {
            let _ = detect(&article);
        }
    }
}
