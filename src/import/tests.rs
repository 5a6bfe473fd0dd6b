use proptest::prelude::*;

use super::{read_article, Format, ImportError, MAX_FILE_BYTES};

fn outline(file_name: Option<&str>, bytes: &[u8]) -> String {
    crate::test_support::outline(read_article(file_name, bytes))
}

#[test]
fn formats_by_name_and_by_content() {
    #[rustfmt::skip]
    let cases: &[(Option<&str>, &str, &str)] = &[
        // The extension decides, in any case; the same bytes read three ways.
        (Some("a.txt"), "# Talks\n\n<p>Envoys met.</p>", "T:# Talks | P:<p>Envoys met.</p>"),
        (Some("a.md"), "# Talks\n\n<p>Envoys met.</p>", "T:Talks"),
        (Some("a.html"), "# Talks\n\n<p>Envoys met.</p>", "P:# Talks | P:Envoys met."),
        (Some("A.TEXT"), "Talks begin\nEnvoys met.", "T:Talks begin | P:Envoys met."),
        (Some("notes.markdown"), "Envoys *met*.", "P:Envoys met."),
        (Some("page.HTM"), "<h1>Talks</h1>", "T:Talks"),
        (Some("page.xhtml"), "<?xml version=\"1.0\"?><html><body><p>Envoys met.</p></body></html>", "P:Envoys met."),
        (Some("C:\\Users\\t\\lesson.md"), "## Part one", "H:Part one"),
        // No extension, or pasted text: sniffed.
        (Some("README"), "<p>Envoys met.</p>", "P:Envoys met."),
        (Some(".hidden"), "Envoys met.", "P:Envoys met."),
        (None, "  \n<!DOCTYPE html><title>Talks</title>", "T:Talks"),
        (None, "<HTML><p>Envoys met.", "P:Envoys met."),
        (None, "Copied from a page: <div>Envoys met.</div>", "P:Copied from a page: | P:Envoys met."),
        (None, "Talks begin\nShe said 3 < 5 and <b>bold</b> is text.", "T:Talks begin | P:She said 3 < 5 and <b>bold</b> is text."),
        (None, "# Not markdown when pasted", "T:# Not markdown when pasted"),
        // A UTF-8 byte-order mark is dropped before sniffing and reading.
        (None, "\u{feff}<!doctype html><h1>Talks</h1>", "T:Talks"),
        (Some("a.md"), "\u{feff}# Talks", "T:Talks"),
    ];
    for (name, source, expected) in cases {
        assert_eq!(
            outline(*name, source.as_bytes()),
            *expected,
            "name: {name:?}, source: {source:?}"
        );
    }
}

#[test]
fn error_messages() {
    let too_large = vec![b'a'; MAX_FILE_BYTES + 1];
    #[rustfmt::skip]
    let cases: &[(Option<&str>, &[u8], &str)] = &[
        (Some("lesson.pdf"), b"%PDF-1.7", "error: lesson.pdf: whosaid opens .txt, .md and .html files, not .pdf. Copy the article's text and paste it instead."),
        (Some("Lesson Plan.DOCX"), b"PK", "error: Lesson Plan.DOCX: whosaid opens .txt, .md and .html files, not .DOCX. Copy the article's text and paste it instead."),
        (Some("huge.html"), &too_large, "error: huge.html is too large to open (5.1 MB); whosaid opens files up to 5 MB"),
        (None, &too_large, "error: the pasted text is too large to open (5.1 MB); whosaid opens files up to 5 MB"),
        (Some("old.txt"), b"Caf\xe9 talks\nsecond line", "error: old.txt is not UTF-8 text: byte 3 (line 1) cannot be read; save it as UTF-8 and open it again"),
        (Some("old.html"), b"<p>one</p>\n<p>two</p>\n<p>\x93three\x94</p>", "error: old.html is not UTF-8 text: byte 25 (line 3) cannot be read; save it as UTF-8 and open it again"),
        (None, b"ok\n\xff", "error: the pasted text is not UTF-8 text: byte 3 (line 2) cannot be read; save it as UTF-8 and open it again"),
        (Some("notepad.txt"), b"\xff\xfeT\x00a\x00", "error: notepad.txt is saved as UTF-16; save it as UTF-8 text and open it again"),
        (Some("blank.txt"), b" \r\n\t\n", "error: blank.txt is empty: it has no text, only blank lines or spaces"),
        (Some("blank.md"), b"---\ntitle: x\n---\n<!-- -->\n", "error: blank.md has no article text: only blank lines, markup or front matter"),
        (None, b"", "error: the pasted text is empty: it has no text, only blank lines or spaces"),
        (Some("app.html"), b"<html><nav>Home</nav><script>app()</script><div id=root></div></html>", "error: app.html has no article text: no headline, heading or paragraph outside scripts, menus and ads"),
    ];
    for (name, bytes, expected) in cases {
        assert_eq!(outline(*name, bytes), *expected, "name: {name:?}");
    }
}

#[test]
fn limits_and_kinds() {
    // Exactly at the limit still opens; the extension is checked before the size.
    let at_limit = vec![b'a'; MAX_FILE_BYTES];
    assert!(read_article(Some("big.txt"), &at_limit).is_ok());
    let too_large = vec![b'a'; MAX_FILE_BYTES + 1];
    assert!(matches!(
        read_article(Some("big.pdf"), &too_large),
        Err(ImportError::UnsupportedFormat { .. })
    ));
    assert_eq!(Format::from_extension("Md"), Some(Format::Markdown));
    assert_eq!(Format::from_extension("rtf"), None);
    assert_eq!(Format::sniff("a <p> b"), Format::Html);
    assert_eq!(Format::sniff("a <pre-war> b <3"), Format::Text);
}

/// Text made mostly of the characters that steer the readers, with tag names, entity
/// names and quotes among them.
fn markup_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<".to_string()),
        Just(">".to_string()),
        Just("</".to_string()),
        Just("&".to_string()),
        Just(";".to_string()),
        Just("#".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("=".to_string()),
        Just("/".to_string()),
        Just("!--".to_string()),
        Just("-->".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("`".to_string()),
        Just("*".to_string()),
        Just("_".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just(" ".to_string()),
        prop::sample::select(vec![
            "p", "h1", "h2", "li", "ul", "script", "style", "title", "article", "main", "header",
            "footer", "nav", "q", "br", "svg", "pre", "td", "class=ad", "hidden", "amp", "ldquo",
            "#x201C", "#8220", "nbsp", "---", "> ", "# ", "- ", "1. ", "```",
        ])
        .prop_map(str::to_string),
        "[a-zA-Z0-9éü“”—]{0,4}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn never_panics(source in markup_soup(), name in prop::sample::select(vec![
        None, Some("a.html"), Some("a.md"), Some("a.txt"), Some("a.xhtml"), Some("a.pdf"),
    ])) {
        if let Ok(article) = read_article(name, source.as_bytes()) {
            // Every block is one non-empty line of the article's text.
            for block in article.blocks() {
                let text = article.block_text(block);
                prop_assert!(!text.is_empty() && !text.contains('\n'));
            }
        }
    }

    #[test]
    fn never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = read_article(Some("a.html"), &bytes);
        let _ = read_article(Some("a.md"), &bytes);
        let _ = read_article(None, &bytes);
    }
}

#[test]
fn size_is_checked_before_reading() {
    use super::{check_size, MAX_FILE_BYTES};
    assert_eq!(check_size(Some("a.txt"), MAX_FILE_BYTES), Ok(()));
    let err = check_size(Some("class.html"), 200 * 1024 * 1024).unwrap_err();
    assert_eq!(
        err.to_string(),
        "class.html is too large to open (200.0 MB); whosaid opens files up to 5 MB"
    );
}
