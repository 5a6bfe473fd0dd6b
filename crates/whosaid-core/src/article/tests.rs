use super::{Article, ArticleError, BlockKind};

fn outline(source: &str) -> String {
    crate::test_support::outline(Article::parse(source))
}

#[test]
fn outlines() {
    let cases: &[(&str, &str)] = &[
        // The default article's layout: headline last, headings between paragraphs.
        ("Talks begin.\nEurope waits\nNo deal yet.\nTrump and Putin agree", "P:Talks begin. | H:Europe waits | P:No deal yet. | T:Trump and Putin agree"),
        // A headline first, as most pasted articles have it.
        ("Trump and Putin agree\nTalks begin.\nNo deal yet.", "T:Trump and Putin agree | P:Talks begin. | P:No deal yet."),
        // CRLF, blank lines and trailing spaces vanish; the text keeps one `\n` per break.
        ("Talks begin.  \r\n\r\n\r\n  No deal yet. \r\nHeadline here\r\n", "P:Talks begin. | P:No deal yet. | T:Headline here"),
        // No headline: every line ends like a sentence.
        ("Talks begin.\nNo deal yet.", "P:Talks begin. | P:No deal yet."),
        // One long line (the Lee corpus has these) is a paragraph, not a headline.
        ("Firefighters are gearing up for a wind change that may bring further property losses today.", "P:Firefighters are gearing up for a wind change that may bring further property losses today."),
        // One short line alone is a headline.
        ("Just a headline", "T:Just a headline"),
        // Lines that open like a quotation or an attribution stay paragraphs.
        ("Headline\n“We will meet in Riyadh\n— Mike Pompeo, April 15, 2019", "T:Headline | P:“We will meet in Riyadh | P:— Mike Pompeo, April 15, 2019"),
        // Too many words for a heading.
        ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone\nEnd.", "P:one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone | P:End."),
        // Typographic quotes and apostrophes are kept as they are.
        ("Zelenskyy’s response\nHe said “good and detailed.”", "T:Zelenskyy’s response | P:He said “good and detailed.”"),
        // A byte-order mark is not text.
        ("\u{feff}Headline\nBody.", "T:Headline | P:Body."),
        ("", "error: the article is empty: it has no text, only blank lines or spaces"),
        (" \r\n\t\n  ", "error: the article is empty: it has no text, only blank lines or spaces"),
    ];
    for (source, expected) in cases {
        assert_eq!(outline(source), *expected, "source: {source:?}");
    }
}

#[test]
fn text_is_normalised_and_spans_point_into_it() {
    let article = Article::parse("A.\r\n\r\nB.  \nHead line\n").unwrap();
    assert_eq!(article.text(), "A.\nB.\nHead line");
    assert_eq!(article.title(), Some("Head line"));
    assert_eq!(article.body().count(), 2);
}

#[test]
fn empty_is_an_error_value() {
    assert_eq!(Article::parse("\n\n"), Err(ArticleError::Empty));
}

#[test]
fn default_article_structure() {
    let article = Article::parse(crate::DEFAULT_ARTICLE).unwrap();
    assert_eq!(
        article.title(),
        Some("Trump and Putin agree to begin Ukraine peace talks as Europe demands a role")
    );
    let headings: Vec<&str> = article
        .blocks()
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| article.block_text(b))
        .collect();
    assert_eq!(
        headings,
        [
            "European leaders insist on involvement",
            "US shifts position on Ukraine’s future",
            "Zelenskyy’s response",
            "A contentious path to peace",
        ]
    );
    let paragraphs = article
        .blocks()
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .count();
    assert_eq!(paragraphs, 14);
    assert!(article.text().contains("“We’ll meet in Saudi Arabia.”"));
}

#[test]
fn stats() {
    let article = Article::parse("Head line\nOne two three.\nA section\nFour five.").unwrap();
    let stats = article.stats();
    assert_eq!(
        (
            stats.sections,
            stats.headings,
            stats.paragraphs,
            stats.words
        ),
        (2, 1, 2, 9)
    );
    let starts_with_heading = Article::parse("A section\nText.\nAnother one\nMore.").unwrap();
    assert_eq!(starts_with_heading.stats().sections, 2);
    assert_eq!(stats.reading_minutes(), 1);
    let default = Article::default_article().stats();
    assert_eq!(
        (default.sections, default.headings, default.paragraphs),
        (5, 4, 14)
    );
    assert!(default.words > 700, "{} words", default.words);
}

#[test]
fn from_blocks_keeps_kinds_and_folds_white_space() {
    let article = Article::from_blocks([
        (BlockKind::Title, "  A   headline\n"),
        (BlockKind::Paragraph, "First\n line."),
        (BlockKind::Paragraph, "   "),
        (BlockKind::Title, "Second title"),
        (BlockKind::Heading, "Section"),
    ])
    .unwrap();
    assert_eq!(
        article.text(),
        "A headline\nFirst line.\nSecond title\nSection"
    );
    let kinds: Vec<_> = article.blocks().iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Title,
            BlockKind::Paragraph,
            BlockKind::Heading,
            BlockKind::Heading
        ]
    );
    assert_eq!(
        Article::from_blocks([(BlockKind::Paragraph, " ")]),
        Err(ArticleError::Empty)
    );
}

#[test]
fn fingerprint_is_the_sha256_of_the_normalised_text() {
    let a = Article::parse("Title\r\n\r\nBody text.  \n").unwrap();
    let b = Article::parse("Title\nBody text.").unwrap();
    assert_eq!(a.fingerprint(), b.fingerprint());
    assert_eq!(a.fingerprint().len(), 64);
    assert_ne!(
        a.fingerprint(),
        Article::parse("Title\nOther text.").unwrap().fingerprint()
    );
    assert_eq!(
        Article::parse("abc").unwrap().fingerprint(),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn from_lines_rebuilds_what_parse_and_from_blocks_made() {
    let kinds = |a: &Article| a.blocks().iter().map(|b| b.kind).collect::<Vec<_>>();
    let parsed = Article::parse("Talks begin.\nEurope  waits\nA headline").unwrap();
    let built = Article::from_blocks([
        (BlockKind::Paragraph, "Text first."),
        (BlockKind::Title, "Late title"),
    ])
    .unwrap();
    for a in [parsed, built, Article::default_article()] {
        assert_eq!(Article::from_lines(a.text(), &kinds(&a)), Some(a));
    }
    let p = BlockKind::Paragraph;
    let t = BlockKind::Title;
    let cases: &[(&str, &[BlockKind])] = &[
        ("one\ntwo", &[p]),
        ("one", &[p, p]),
        ("one\n\nthree", &[p, p, p]),
        ("one \ntwo", &[p, p]),
        ("one\ntwo", &[t, t]),
        ("", &[p]),
    ];
    for (text, kinds) in cases {
        assert_eq!(Article::from_lines(text, kinds), None, "{text:?}");
    }
}
