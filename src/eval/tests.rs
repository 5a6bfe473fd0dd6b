//! The README's scoring rules, one case per line.

use super::{norm, speaker_correct, texts_match, GoldQuote};

#[test]
fn matching_texts() {
    let cases: &[(&str, &str, bool)] = &[
        ("We will win,", "We will win,", true),
        // Marks and spaces are trimmed before comparing.
        ("“We will win,”", " We will win, ", true),
        // Half of the longer text is enough...
        (
            "Company profits were quite soft.",
            "Company profits were quite soft. Also",
            true,
        ),
        // ...less is not.
        ("soft", "Company profits were quite soft.", false),
        ("", "anything", false),
        ("abc", "xyz", false),
    ];
    for &(p, g, want) in cases {
        assert_eq!(texts_match(p, g), want, "{p:?} vs {g:?}");
    }
}

#[test]
fn speakers() {
    let gold = |speaker: &str, aliases: &[&str]| GoldQuote {
        text: String::new(),
        kind: crate::detect::QuoteKind::Direct,
        speaker: Some(speaker.to_string()),
        speaker_aliases: aliases.iter().map(|s| s.to_string()).collect(),
    };
    let cases: &[(Option<&str>, &str, &[&str], bool)] = &[
        (Some("Donald Trump"), "Donald Trump", &[], true),
        (Some("donald  trump"), "Donald Trump", &[], true),
        (Some("The Pentagon"), "Pentagon", &[], true),
        (Some("Trump"), "Donald Trump", &[], true),
        (
            Some("the statement"),
            "Seven European nations",
            &["the statement"],
            true,
        ),
        (Some("Vladimir Putin"), "Donald Trump", &[], false),
        (None, "Donald Trump", &[], false),
    ];
    for &(p, g, aliases, want) in cases {
        assert_eq!(
            speaker_correct(p, &gold(g, aliases)),
            want,
            "{p:?} vs {g:?}"
        );
    }
    assert_eq!(norm("  The   Kremlin "), "kremlin");
}
