//! Helpers shared by the table-driven tests of `whosaid-core` and `whosaid`: one compact
//! rendering of an article's structure, so every reader's cases read the same way.

use std::fmt::Display;

use crate::article::{Article, BlockKind};

/// `T` title, `H` heading, `P` paragraph.
fn tag(kind: BlockKind) -> char {
    match kind {
        BlockKind::Title => 'T',
        BlockKind::Heading => 'H',
        BlockKind::Paragraph => 'P',
    }
}

/// Renders an article one block after another (`T:…`, `H:…`, `P:…`, joined by ` | `), or
/// the error's message as `error: …`.
pub fn outline<E: Display>(result: Result<Article, E>) -> String {
    match result {
        Err(e) => format!("error: {e}"),
        Ok(article) => article
            .blocks()
            .iter()
            .map(|b| format!("{}:{}", tag(b.kind), article.block_text(b)))
            .collect::<Vec<_>>()
            .join(" | "),
    }
}

/// Renders a reader's raw blocks the same way, white space folded as the article folds it
/// and blocks left empty dropped.
pub fn outline_blocks(blocks: &[(BlockKind, String)]) -> String {
    blocks
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(kind, text)| {
            format!(
                "{}:{}",
                tag(*kind),
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            )
        })
        .collect::<Vec<_>>()
        .join(" | ")
}
