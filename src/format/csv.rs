//! CSV tables for spreadsheets: the quotes (speaker, kind, text, one stance column per
//! topic, note, origin) and the actors (kind, role, how often mentioned and quoted).
//!
//! RFC 4180 with a UTF-8 byte-order mark and CRLF line ends, so Excel and LibreOffice open
//! accents and curly quotes intact. Only live items are listed. Written only: a table
//! cannot hold spans, provenance or notes, so whosaid does not read CSV back.

use crate::annotations::{Annotations, Target};
use crate::article::Article;

use super::whosaid::{actor_kind_name, origin_name, quote_kind_name};

fn table(rows: Vec<Vec<String>>) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail.
        let _ = w.write_record(&row);
    }
    let bytes = w.into_inner().unwrap_or_default();
    let mut out = String::from("\u{feff}");
    out.push_str(&String::from_utf8_lossy(&bytes));
    out
}

/// The quotes table, one row per quote in reading order.
#[must_use]
pub fn quotes(article: &Article, annotations: &Annotations) -> String {
    let topics = annotations.topics_in_order();
    let mut header: Vec<String> = ["id", "speaker", "kind", "text"].map(String::from).to_vec();
    header.extend(topics.iter().map(|t| t.label.clone()));
    header.extend(["note", "origin"].map(String::from));
    let mut rows = vec![header];
    for q in annotations.quotes_in_order() {
        let mut row = vec![
            q.id.to_string(),
            annotations
                .speaker_of(&q.id)
                .map_or(String::new(), |a| a.name.clone()),
            quote_kind_name(q.kind).to_string(),
            q.span.of(article.text()).to_string(),
        ];
        let target = Target::Quote(q.id.clone());
        row.extend(topics.iter().map(|t| {
            annotations
                .stance(&target, &t.id)
                .map_or(String::new(), |s| s.value.as_str().to_string())
        }));
        row.push(q.note.clone());
        row.push(origin_name(q.provenance.origin).to_string());
        rows.push(row);
    }
    table(rows)
}

/// The actors table, in order of first mention.
#[must_use]
pub fn actors(annotations: &Annotations) -> String {
    let mut rows = vec![["id", "name", "kind", "role", "mentions", "quotes"]
        .map(String::from)
        .to_vec()];
    for a in annotations.actors_in_order() {
        rows.push(vec![
            a.id.to_string(),
            a.name.clone(),
            actor_kind_name(a.kind).to_string(),
            a.role.clone().unwrap_or_default(),
            annotations.mentions_of(&a.id).len().to_string(),
            annotations.quotes_by(&a.id).len().to_string(),
        ]);
    }
    table(rows)
}
