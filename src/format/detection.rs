//! The JSON that `whosaid detect` prints: the article, its actors and its quotes, with
//! offsets in code points of `article.text` and quote texts without their marks.

use serde::Serialize;

use super::CodePoints;
use crate::article::Article;
use crate::detect::{ActorKind, Detection, QuoteKind};
use crate::span::Span;

#[derive(Serialize)]
pub struct DetectionFile<'a> {
    pub article: ArticleJson<'a>,
    pub actors: Vec<ActorJson<'a>>,
    pub quotes: Vec<QuoteJson<'a>>,
}

#[derive(Serialize)]
pub struct ArticleJson<'a> {
    pub title: Option<&'a str>,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct ActorJson<'a> {
    pub id: u32,
    pub name: &'a str,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'a str>,
    pub mentions: Vec<SpanJson<'a>>,
}

/// A span: `start` inclusive, `end` exclusive, both in code points.
#[derive(Serialize)]
pub struct SpanJson<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct QuoteJson<'a> {
    pub id: u32,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: &'static str,
    pub speaker: Option<SpeakerJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<SpanJson<'a>>,
    pub confidence: f32,
}

#[derive(Serialize)]
pub struct SpeakerJson<'a> {
    pub actor: u32,
    pub name: &'a str,
}

/// The wire name of an actor kind.
#[must_use]
pub fn actor_kind(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Country => "country",
        ActorKind::Group => "group",
        ActorKind::Anonymous => "anonymous",
    }
}

/// The wire name of a quote kind.
#[must_use]
pub fn quote_kind(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Scare => "scare",
    }
}

impl<'a> DetectionFile<'a> {
    /// The file for `detection` of `article`.
    #[must_use]
    pub fn new(article: &'a Article, detection: &'a Detection) -> DetectionFile<'a> {
        let text = article.text();
        let cps = CodePoints::new(text);
        let span = |s: Span| SpanJson {
            start: cps.of(s.start),
            end: cps.of(s.end),
            text: s.of(text),
        };
        let actors = detection
            .actors
            .iter()
            .map(|a| ActorJson {
                id: a.id.0,
                name: &a.name,
                kind: actor_kind(a.kind),
                role: a.role.as_deref(),
                mentions: a.mentions.iter().map(|&m| span(m)).collect(),
            })
            .collect();
        let quotes = detection
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| QuoteJson {
                id: i as u32,
                start: cps.of(q.span.start),
                end: cps.of(q.span.end),
                text: q.span.of(text),
                kind: quote_kind(q.kind),
                speaker: q.speaker.map(|s| SpeakerJson {
                    actor: s.0,
                    name: &detection.actor(s).name,
                }),
                cue: q.cue.map(span),
                confidence: (q.confidence * 100.0).round() / 100.0,
            })
            .collect();
        DetectionFile {
            article: ArticleJson {
                title: article.title(),
                text,
            },
            actors,
            quotes,
        }
    }

    /// Pretty-printed JSON.
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("plain data serialises")
    }
}
