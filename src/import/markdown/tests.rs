use super::blocks;

fn outline(source: &str) -> String {
    crate::test_support::outline_blocks(&blocks(source))
}

#[test]
fn outlines() {
    #[rustfmt::skip]
    let cases: &[(&str, &str)] = &[
        // Headings: ATX and setext; level 1 is the headline (Article keeps only the first).
        ("# Talks begin\n\n## Europe waits\n\nEnvoys met.", "T:Talks begin | H:Europe waits | P:Envoys met."),
        ("### Deep ###\n###### Six\n####### Seven", "H:Deep | H:Six | P:####### Seven"),
        ("#hashtag is text\n#5 too", "P:#hashtag is text #5 too"),
        ("#\n# C# #", "T:C#"),
        ("Talks begin\n===========\n\nEurope waits\n---\nText.", "T:Talks begin | H:Europe waits | P:Text."),
        // Paragraphs: lines joined, blank lines separate; CRLF is a line break.
        ("One line\nsame paragraph.\n\nNext.", "P:One line same paragraph. | P:Next."),
        ("First.\r\nSame.\r\n\r\nSecond.\r\n", "P:First. Same. | P:Second."),
        // Lists: each item a paragraph, continuation lines joined, task boxes dropped.
        ("- one\n- two\n  continued\n* three\n+ four", "P:one | P:two continued | P:three | P:four"),
        ("1. first\n2) second\n10. tenth", "P:first | P:second | P:tenth"),
        ("- [ ] todo\n- [x] done", "P:todo | P:done"),
        ("-5 degrees\n2024 was a year", "P:-5 degrees 2024 was a year"),
        ("- item\n---\nafter", "P:item | P:after"),
        // Block quotes: markers stripped, a quote is its own paragraph.
        ("Before.\n> Quoted one\n> still one\n>\n> Quoted two\n\nAfter.", "P:Before. | P:Quoted one still one | P:Quoted two | P:After."),
        ("> > nested\n>## quoted heading", "P:nested | H:quoted heading"),
        // Inline markup reduced to text.
        ("Some *em*, _em_, **strong**, __strong__, ***both***, ~~gone~~.", "P:Some em, em, strong, strong, both, gone."),
        ("snake_case_name and 5 * 3 and a*b*c", "P:snake_case_name and 5 * 3 and abc"),
        ("Unpaired *star and _under", "P:Unpaired *star and _under"),
        ("Code `a *b* [c](d)` and ``x ` y``", "P:Code a *b* [c](d) and x ` y"),
        // A code span that swallows a link's `]` unmakes the link; later links still read.
        ("[a `b](c)` d](e) then [f](g)", "P:a b](c) d](e) then f"),
        ("A [link](https://example.com \"t\") and [ref][1] and [shortcut].", "P:A link and ref and [shortcut]."),
        ("A [**bold link**](u) and [nested [brackets]](u(x)).", "P:A bold link and nested [brackets]."),
        ("Image ![a photo](p.jpg) gone; [![badge](b.svg)](u) too.", "P:Image gone; too."),
        ("Escapes \\*not em\\* and \\[not link\\](x) and \\\\", "P:Escapes *not em* and [not link](x) and \\"),
        ("Entities &ldquo;q&rdquo; &amp; &#8212; &copy;", "P:Entities “q” & — ©"),
        ("Inline <em>html</em> and<br>break, <https://example.com>, a < b > c", "P:Inline html and break, https://example.com, a < b > c"),
        // Fenced code kept as text; HTML blocks and link definitions ignored.
        ("```rust\nlet x = *y*;\n```\nAfter.", "P:let x = *y*; | P:After."),
        ("~~~\nunclosed fence", "P:unclosed fence"),
        ("<div class=\"ad\">\n<p>Buy</p>\n</div>\n\nKept.", "P:Kept."),
        ("<!-- a comment\nover lines -->\nKept.", "P:Kept."),
        ("<script>\nvar x = 1;\n\nvar y;\n</script>\nKept.", "P:Kept."),
        ("Text.\n\n[1]: https://example.com\n[label]: /x \"title\"", "P:Text."),
        // Front matter skipped only when closed at the top.
        ("---\ntitle: Talks\ndate: 2026-03-01\n---\n# Talks begin", "T:Talks begin"),
        ("+++\ntitle = \"x\"\n+++\nBody.", "P:Body."),
        ("---\nnot closed\n\nBody.", "P:not closed | P:Body."),
        ("\u{feff}# With BOM", "T:With BOM"),
        // Thematic breaks separate paragraphs.
        ("One.\n\n***\n\n- - -\nTwo.", "P:One. | P:Two."),
        ("", ""),
        ("[", "P:["),
        ("![", "P:!["),
        ("`", "P:`"),
    ];
    for (source, expected) in cases {
        assert_eq!(outline(source), *expected, "source: {source:?}");
    }
}

#[test]
fn unclosed_brackets_are_read_in_linear_time() {
    let source = "[(`*_<".repeat(50_000);
    assert_eq!(blocks(&source).len(), 1);
}
