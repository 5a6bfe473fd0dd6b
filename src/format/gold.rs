//! The dev set's gold annotation files (see `shared/eval/dev/README.md`), read into
//! [`crate::eval::Gold`].

use serde::Deserialize;

use crate::detect::{ActorKind, QuoteKind};
use crate::eval::{Gold, GoldActor, GoldQuote};

#[derive(Deserialize)]
struct GoldFile {
    #[serde(default)]
    quotes: Vec<GoldQuoteJson>,
    #[serde(default)]
    actors: Vec<GoldActorJson>,
}

#[derive(Deserialize)]
struct GoldQuoteJson {
    text: String,
    kind: String,
    speaker: Option<String>,
    #[serde(default)]
    speaker_aliases: Vec<String>,
}

#[derive(Deserialize)]
struct GoldActorJson {
    name: String,
    kind: String,
    #[serde(default)]
    aliases: Vec<String>,
}

/// Reads a gold file.
///
/// # Errors
/// A message naming the problem when the JSON is malformed or a kind is unknown.
pub fn parse(json: &str) -> Result<Gold, String> {
    let file: GoldFile = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let quotes = file
        .quotes
        .into_iter()
        .map(|q| {
            let kind = match q.kind.as_str() {
                "direct" => QuoteKind::Direct,
                "partial" => QuoteKind::Partial,
                "scare" => QuoteKind::Scare,
                other => return Err(format!("unknown quote kind {other:?}")),
            };
            Ok(GoldQuote {
                text: q.text,
                kind,
                speaker: q.speaker,
                speaker_aliases: q.speaker_aliases,
            })
        })
        .collect::<Result<_, _>>()?;
    let actors = file
        .actors
        .into_iter()
        .map(|a| {
            let kind = match a.kind.as_str() {
                "person" => ActorKind::Person,
                "organization" => ActorKind::Organization,
                "country" => ActorKind::Country,
                "group" => ActorKind::Group,
                "anonymous" => ActorKind::Anonymous,
                other => return Err(format!("unknown actor kind {other:?}")),
            };
            Ok(GoldActor {
                name: a.name,
                kind,
                aliases: a.aliases,
            })
        })
        .collect::<Result<_, _>>()?;
    Ok(Gold { quotes, actors })
}
