//! W3C Web Annotation JSON-LD: an `AnnotationCollection` whose first `AnnotationPage` holds
//! one annotation per topic, actor, mention, quote, stance and note, with standard
//! motivations and body purposes only and `TextQuoteSelector` + `TextPositionSelector`
//! targets (code points). Reading accepts that export, other tools' W3C annotations
//! (Recogito) and Hypothesis's JSON; other tools' annotations become notes.
//!
//! What a W3C file cannot hold, and so does not come back, is listed in `docs/FORMAT.md`
//! and computed by [`holds`]: orphans (annotations that could not be placed in the article),
//! deleted items (and what hangs on them), and the exact numbers
//! of topic order (the order itself is kept). The article's text is not in the file either:
//! the reader places annotations in the article it is given.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use serde_json::{json, Map, Value};

use super::json::{type_name, Obj};
use super::whosaid::{
    actor_kind_name, bad_time, clip, is_timestamp, origin_name, parse_actor_kind, parse_origin,
    parse_quote_kind, quote_kind_name, Meta,
};
use super::{
    AnnotationFile, CodePoints, ErrorKind, FileError, FileFormat, Orphan, Reanchor, TextQuote,
};
use crate::annotations::{
    Actor, Annotations, Detached, Id, Item, Mention, Note, Origin, Orphaned, Provenance, Quote,
    Stance, StanceValue, Target, Topic, Unplaced,
};
use crate::article::Article;
use crate::span::Span;

const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The article's IRI: whosaid names an article by its fingerprint.
fn article_iri(fingerprint: &str) -> String {
    format!("urn:whosaid:{fingerprint}")
}

/// An item's IRI: `urn:whosaid:<fingerprint>:<id>`, the id percent-encoded.
fn item_iri(fingerprint: &str, id: &Id) -> String {
    let mut iri = format!("urn:whosaid:{fingerprint}:");
    for b in id.as_str().bytes() {
        if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&b) {
            iri.push(char::from(b));
        } else {
            iri.push_str(&format!("%{b:02X}"));
        }
    }
    iri
}

fn decode(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Splits `urn:whosaid:<fingerprint>[:<id>]` into the fingerprint and the decoded id.
fn parse_iri(iri: &str) -> Option<(&str, Option<String>)> {
    let rest = iri.strip_prefix("urn:whosaid:")?;
    let (fp, id) = match rest.split_once(':') {
        Some((fp, id)) => (fp, Some(decode(id)?)),
        None => (rest, None),
    };
    (fp.len() == 64 && fp.bytes().all(|c| c.is_ascii_hexdigit())).then_some((fp, id))
}

fn body(purpose: &str, value: &str) -> Value {
    json!({"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"})
}

/// What of `annotations` a W3C file holds: live items only, no orphans (a mention of a deleted actor, a
/// speaker that is deleted and stances on deleted quotes or actors go with them), and topic
/// orders renumbered 0, 1, 2… in the same order. Reading a W3C export of `annotations`
/// gives exactly this.
#[must_use]
pub fn holds(annotations: &Annotations) -> Annotations {
    let mut out = Annotations::new();
    for (i, t) in annotations.topics_in_order().iter().enumerate() {
        let mut t = Topic::clone(t);
        t.order = i as u32;
        out.insert(Item::Topic(Rc::new(t)));
    }
    let live_actor = |id: &Id| annotations.actor(id).is_some_and(|a| !a.deleted);
    for a in annotations.actors.values().filter(|a| !a.deleted) {
        out.insert(Item::Actor(a.clone()));
    }
    for m in annotations.mentions.values() {
        if !m.deleted && live_actor(&m.actor) {
            out.insert(Item::Mention(m.clone()));
        }
    }
    for q in annotations.quotes.values().filter(|q| !q.deleted) {
        let mut q = Quote::clone(q);
        if !q.speaker.as_ref().is_some_and(live_actor) {
            q.speaker = None;
        }
        out.insert(Item::Quote(Rc::new(q)));
    }
    for s in annotations.stances.values() {
        let live = match &s.target {
            Target::Quote(id) => annotations.quote(id).is_some_and(|q| !q.deleted),
            Target::Actor(id) => live_actor(id),
        };
        if live {
            out.insert(Item::Stance(s.clone()));
        }
    }
    for n in annotations.notes.values() {
        out.insert(Item::Note(n.clone()));
    }
    out
}

/// The W3C AnnotationCollection of `annotations` on `article`, pretty-printed.
#[must_use]
pub fn write(article: &Article, annotations: &Annotations, meta: &Meta) -> String {
    let kept = holds(annotations);
    let fp = article.fingerprint();
    let text = article.text();
    let cps = CodePoints::new(text);
    let source = article_iri(&fp);
    let target = |span: Span| {
        let q = TextQuote::of(text, span);
        json!({
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": q.exact, "prefix": q.prefix, "suffix": q.suffix},
                {"type": "TextPositionSelector", "start": cps.of(span.start), "end": cps.of(span.end)},
            ],
        })
    };
    let annotation = |id: &Id,
                      provenance: &Provenance,
                      motivation: &str,
                      mut bodies: Vec<Value>,
                      target: Value| {
        if provenance.origin != Origin::Added {
            bodies.push(body(
                "assessing",
                &format!("origin: {}", origin_name(provenance.origin)),
            ));
        }
        let mut a = Map::new();
        a.insert("@context".into(), json!(CONTEXT));
        a.insert("id".into(), json!(item_iri(&fp, id)));
        a.insert("type".into(), json!("Annotation"));
        a.insert("motivation".into(), json!(motivation));
        if let Some(c) = &provenance.creator {
            a.insert("creator".into(), json!({"type": "Person", "name": &**c}));
        }
        if let Some(t) = &provenance.created {
            a.insert("created".into(), json!(&**t));
        }
        if let Some(t) = &provenance.modified {
            a.insert("modified".into(), json!(&**t));
        }
        a.insert("body".into(), Value::Array(bodies));
        a.insert("target".into(), target);
        Value::Object(a)
    };
    let mut items = Vec::new();
    for t in kept.topics_in_order() {
        items.push(annotation(
            &t.id,
            &t.provenance,
            "tagging",
            vec![body("tagging", &t.label)],
            json!(source),
        ));
    }
    for a in kept.actors.values() {
        let mut bodies = vec![
            body("identifying", &a.name),
            body("classifying", actor_kind_name(a.kind)),
        ];
        if let Some(role) = &a.role {
            bodies.push(body("describing", role));
        }
        items.push(annotation(
            &a.id,
            &a.provenance,
            "identifying",
            bodies,
            json!(source),
        ));
    }
    for m in kept.mentions.values() {
        let name = kept.actor(&m.actor).map_or("", |a| a.name.as_str());
        let bodies = vec![
            json!({"id": item_iri(&fp, &m.actor)}),
            body("identifying", name),
        ];
        items.push(annotation(
            &m.id,
            &m.provenance,
            "identifying",
            bodies,
            target(m.span),
        ));
    }
    for q in kept.quotes.values() {
        let mut bodies = vec![body(
            "classifying",
            &format!("{} quote", quote_kind_name(q.kind)),
        )];
        if let Some(s) = &q.speaker {
            bodies.push(json!({"id": item_iri(&fp, s)}));
            let name = kept.actor(s).map_or("", |a| a.name.as_str());
            bodies.push(body("tagging", name));
        }
        if let Some(cue) = q.cue {
            let mut cue = target(cue);
            cue["type"] = json!("SpecificResource");
            cue["purpose"] = json!("describing");
            bodies.push(cue);
        }
        bodies.push(body("assessing", &format!("confidence: {}", q.confidence)));
        if !q.note.is_empty() {
            bodies.push(body("commenting", &q.note));
        }
        items.push(annotation(
            &q.id,
            &q.provenance,
            "classifying",
            bodies,
            target(q.span),
        ));
    }
    for s in kept.stances.values() {
        let label = kept.topic(&s.topic).map_or("", |t| t.label.as_str());
        let mut bodies = vec![
            body("classifying", s.value.as_str()),
            json!({"id": item_iri(&fp, &s.topic)}),
            body("tagging", label),
        ];
        if !s.note.is_empty() {
            bodies.push(body("commenting", &s.note));
        }
        let on = json!(item_iri(&fp, s.target.id()));
        items.push(annotation(&s.id, &s.provenance, "classifying", bodies, on));
    }
    for n in kept.notes.values() {
        items.push(annotation(
            &n.id,
            &n.provenance,
            "commenting",
            vec![body("commenting", &n.text)],
            target(n.span),
        ));
    }
    let mut collection = Map::new();
    collection.insert("@context".into(), json!(CONTEXT));
    collection.insert("id".into(), json!(format!("{source}/collection")));
    collection.insert("type".into(), json!("AnnotationCollection"));
    if let Some(title) = article.title() {
        collection.insert("label".into(), json!(title));
    }
    if let Some(name) = &meta.annotator {
        collection.insert("creator".into(), json!({"type": "Person", "name": name}));
    }
    if let Some(t) = &meta.exported {
        collection.insert("created".into(), json!(t));
    }
    collection.insert(
        "generator".into(),
        json!({"type": "Software", "name": format!("whosaid {}", crate::VERSION)}),
    );
    collection.insert("total".into(), json!(items.len()));
    collection.insert(
        "first".into(),
        json!({"id": format!("{source}/collection/page-1"), "type": "AnnotationPage", "startIndex": 0, "items": items}),
    );
    serde_json::to_string_pretty(&Value::Object(collection)).expect("plain data serialises")
}

fn has_type(v: &Value, want: &str) -> bool {
    match v.get("type") {
        Some(Value::String(t)) => t == want,
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str() == Some(want)),
        _ => false,
    }
}

/// The annotations a file holds, with where each is: a collection's pages, a page, an array,
/// one annotation, or Hypothesis's `{"rows": [...]}`.
fn annotations_in(value: &Value) -> Result<Vec<(String, &Value)>, FileError> {
    fn list<'v>(items: &'v [Value], at: &str) -> Vec<(String, &'v Value)> {
        items
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("{at}[{i}]"), v))
            .collect()
    }
    fn page_items<'v>(page: &'v Value, at: &str) -> Result<Vec<(String, &'v Value)>, FileError> {
        let field = if at.is_empty() {
            "items".to_string()
        } else {
            format!("{at}.items")
        };
        match page.get("items") {
            Some(Value::Array(items)) => Ok(list(items, &field)),
            Some(other) => Err(FileError::at(
                ErrorKind::WrongType,
                format!("field \"{field}\""),
                format!("must be a list, not {}", type_name(other)),
            )),
            None => Err(FileError::whole(
                ErrorKind::Missing,
                format!("the field \"{field}\" is missing"),
            )),
        }
    }
    match value {
        Value::Array(items) => Ok(list(items, "annotation ")),
        v if has_type(v, "AnnotationCollection") => {
            let mut out = Vec::new();
            let mut page = v.get("first");
            let mut at = "first".to_string();
            // Embedded pages only; a page given by its IRI cannot be fetched (no network).
            while let Some(p @ Value::Object(_)) = page {
                out.extend(page_items(p, &at)?);
                page = p.get("next");
                at.push_str(".next");
                if out.len() > 10_000_000 {
                    break;
                }
            }
            Ok(out)
        }
        v if has_type(v, "AnnotationPage") => page_items(v, ""),
        v if has_type(v, "Annotation") || v.get("target").is_some() => Ok(vec![(String::new(), v)]),
        Value::Object(map) if map.get("rows").is_some_and(Value::is_array) => Ok(list(
            map["rows"].as_array().map_or(&[], Vec::as_slice),
            "rows",
        )),
        _ => Err(FileError::whole(
            ErrorKind::WrongFormat,
            "not an annotation file whosaid knows: expected whosaid JSON (\"format\": \
             \"whosaid\"), a W3C AnnotationCollection, AnnotationPage or Annotation, or \
             Hypothesis annotations",
        )),
    }
}

/// A body of an annotation, as far as whosaid reads it.
enum Body<'a> {
    Text {
        purpose: Option<&'a str>,
        value: &'a str,
    },
    /// A resource named by its IRI (an actor or topic in whosaid's exports).
    Link(&'a str),
    /// A part of the article (a quote's cue).
    Part(&'a Value),
}

fn bodies(a: &Value) -> Vec<Body<'_>> {
    let mut out = Vec::new();
    if let Some(v) = a.get("bodyValue").and_then(Value::as_str) {
        out.push(Body::Text {
            purpose: None,
            value: v,
        });
    }
    let list: Vec<&Value> = match a.get("body") {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(v) => vec![v],
        None => Vec::new(),
    };
    for b in list {
        match b {
            Value::String(iri) => out.push(Body::Link(iri)),
            Value::Object(o) => {
                let purpose = o.get("purpose").and_then(Value::as_str);
                if let Some(value) = o.get("value").and_then(Value::as_str) {
                    out.push(Body::Text { purpose, value });
                } else if has_type(b, "SpecificResource") {
                    out.push(Body::Part(b));
                } else if let Some(iri) = o.get("id").and_then(Value::as_str) {
                    out.push(Body::Link(iri));
                }
            }
            _ => {}
        }
    }
    out
}

/// The first target object with selectors, or the target IRI.
fn target_of(a: &Value) -> Option<&Value> {
    match a.get("target")? {
        Value::Array(ts) => ts
            .iter()
            .find(|t| t.get("selector").is_some())
            .or(ts.first()),
        t => Some(t),
    }
}

/// Where a target was, as an orphan record keeps it: its text quote (`exact` as the reader
/// found it) and its position in code points, when the target says.
fn detached(t: &Value, exact: &str) -> Detached {
    let sel = selectors(t);
    let quote = sel.iter().find(|s| has_type(s, "TextQuoteSelector"));
    let position = sel.iter().find(|s| has_type(s, "TextPositionSelector"));
    let text = |k: &str| {
        quote
            .and_then(|q| q.get(k))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let cp = |k: &str| {
        position
            .and_then(|p| p.get(k))
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(0)
    };
    Detached {
        exact: exact.to_string(),
        prefix: text("prefix"),
        suffix: text("suffix"),
        start_cp: cp("start"),
        end_cp: cp("end"),
    }
}

fn selectors(t: &Value) -> Vec<&Value> {
    match t.get("selector") {
        Some(Value::Array(s)) => s.iter().collect(),
        Some(s) => vec![s],
        None => Vec::new(),
    }
}

pub(super) fn from_value(
    value: &Value,
    article: Option<&Article>,
    anchor: &dyn Reanchor,
) -> Result<AnnotationFile, FileError> {
    let items = annotations_in(value)?;
    for (at, a) in &items {
        if !a.is_object() {
            let at = if at.is_empty() {
                "the annotation".to_string()
            } else {
                at.clone()
            };
            return Err(FileError::at(
                ErrorKind::WrongType,
                at,
                format!("must be an annotation object, not {}", type_name(a)),
            ));
        }
    }
    let default;
    let article = match article {
        Some(a) => a,
        None => {
            default = Article::default_article();
            let fp = default.fingerprint();
            let ours = items.iter().any(|(_, a)| {
                a.get("id")
                    .and_then(Value::as_str)
                    .and_then(parse_iri)
                    .is_some_and(|(f, _)| f == fp)
            });
            if !ours {
                return Err(FileError::whole(
                    ErrorKind::NoArticle,
                    "the file does not carry the article's text: open the article first (on \
                     the command line, give it with --article FILE)",
                ));
            }
            &default
        }
    };
    let mut reader = Reader {
        fp: article.fingerprint(),
        text: article.text(),
        cps: CodePoints::new(article.text()),
        anchor,
        out: Annotations::new(),
        orphans: Vec::new(),
        orphaned: BTreeSet::new(),
        seen: HashMap::new(),
        topics: 0,
    };
    // Ours first in the order references need (topics and actors, then what points at
    // them), then everyone else's as notes.
    let mut ours: [Vec<(String, &Value, Id)>; 6] = Default::default();
    let mut foreign = Vec::new();
    for (i, (at, a)) in items.iter().enumerate() {
        let at = if at.is_empty() {
            "the annotation".to_string()
        } else {
            at.clone()
        };
        if !a.is_object() {
            return Err(FileError::at(
                ErrorKind::WrongType,
                at,
                format!("must be an annotation object, not {}", type_name(a)),
            ));
        }
        let iri = a.get("id").and_then(Value::as_str);
        match iri.and_then(parse_iri) {
            Some((_, Some(id))) => {
                let at = format!("{at} (id \"{id}\")");
                let kind = reader.kind_of(a, &at)?;
                ours[kind].push((at, a, Id::new(&id)));
            }
            _ => {
                let id = iri.map_or_else(|| format!("note-{}", i + 1), String::from);
                foreign.push((format!("{at} (id \"{id}\")"), a, Id::new(&id)));
            }
        }
    }
    let any_ours = ours.iter().any(|k| !k.is_empty());
    for (kind, list) in ours.iter().enumerate() {
        for (at, a, id) in list {
            let obj = Obj::of(a, at.clone())?;
            reader.claim(&obj, id)?;
            if let Some(item) = reader.ours(kind, &obj, id.clone())? {
                reader.out.insert(item);
            }
        }
    }
    for (at, a, id) in &foreign {
        let obj = Obj::of(a, at.clone())?;
        reader.claim(&obj, id)?;
        if let Some(item) = reader.foreign(&obj, id.clone())? {
            reader.out.insert(item);
        }
    }
    let meta = |key: &str| value.get(key).and_then(Value::as_str).map(String::from);
    Ok(AnnotationFile {
        format: if any_ours {
            FileFormat::W3c
        } else {
            FileFormat::Foreign
        },
        article: article.clone(),
        annotations: reader.out,
        annotator: value.get("creator").and_then(agent_name).map(String::from),
        exported: meta("created").filter(|t| is_timestamp(t)),
        app_version: value
            .get("generator")
            .and_then(|g| g.get("name"))
            .and_then(Value::as_str)
            .and_then(|n| n.strip_prefix("whosaid "))
            .map(String::from),
        orphans: reader.orphans,
    })
}

const TOPIC: usize = 0;
const ACTOR: usize = 1;
const MENTION: usize = 2;
const QUOTE: usize = 3;
const STANCE: usize = 4;
const NOTE: usize = 5;

struct Reader<'a> {
    fp: String,
    text: &'a str,
    cps: CodePoints<'a>,
    anchor: &'a dyn Reanchor,
    out: Annotations,
    orphans: Vec<Orphan>,
    /// Items that could not be placed, so that what points at them is set aside too.
    orphaned: BTreeSet<Id>,
    seen: HashMap<Id, String>,
    topics: u32,
}

fn agent_name(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s),
        Value::Array(list) => list.first().and_then(agent_name),
        Value::Object(o) => o
            .get("name")
            .or_else(|| o.get("nickname"))
            .and_then(Value::as_str),
        _ => None,
    }
}

impl Reader<'_> {
    fn claim(&mut self, obj: &Obj<'_>, id: &Id) -> Result<(), FileError> {
        if let Some(first) = self.seen.get(id) {
            return Err(obj.err(
                ErrorKind::DuplicateId,
                "id",
                format!("the id \"{id}\" is already used by {first}"),
            ));
        }
        self.seen.insert(id.clone(), obj.at.clone());
        Ok(())
    }

    /// Which of whosaid's collections an annotation of ours belongs to.
    fn kind_of(&self, a: &Value, at: &str) -> Result<usize, FileError> {
        let motivation = a.get("motivation").and_then(Value::as_str).unwrap_or("");
        let target = target_of(a);
        let on_article = target
            .and_then(Value::as_str)
            .and_then(parse_iri)
            .map(|(_, id)| id.is_none());
        let kind = match (motivation, on_article) {
            ("tagging", Some(true)) => TOPIC,
            ("identifying", Some(true)) => ACTOR,
            ("classifying", Some(false)) => STANCE,
            ("identifying", None) => MENTION,
            ("classifying", None) => QUOTE,
            ("commenting", None) => NOTE,
            _ => {
                return Err(FileError::at(
                    ErrorKind::BadValue,
                    at.to_string(),
                    format!(
                        "has a whosaid id but is not a topic, actor, mention, quote, stance or \
                         note as whosaid writes them (motivation {})",
                        a.get("motivation")
                            .map_or_else(|| "missing".to_string(), Value::to_string)
                    ),
                ))
            }
        };
        Ok(kind)
    }

    fn provenance(&self, obj: &Obj<'_>, strict: bool) -> Result<Provenance, FileError> {
        let time = |key: &str| -> Result<Option<Rc<str>>, FileError> {
            match obj.get(key).and_then(Value::as_str) {
                Some(t) if !is_timestamp(t) && strict => {
                    Err(obj.err(ErrorKind::BadValue, key, bad_time(t)))
                }
                Some(t) if is_timestamp(t) => Ok(Some(Rc::from(t))),
                _ => Ok(None),
            }
        };
        let mut origin = Origin::Added;
        for b in bodies(&Value::Object(obj.map.clone())) {
            if let Body::Text {
                purpose: Some("assessing"),
                value,
            } = b
            {
                if let Some(o) = value.strip_prefix("origin: ").and_then(parse_origin) {
                    origin = o;
                }
            }
        }
        let creator = obj
            .get("creator")
            .and_then(agent_name)
            .or_else(|| {
                obj.get("user_info")
                    .and_then(|u| u.get("display_name"))
                    .and_then(Value::as_str)
            })
            .or_else(|| {
                obj.get("user").and_then(Value::as_str).map(|u| {
                    let u = u.strip_prefix("acct:").unwrap_or(u);
                    u.split_once('@').map_or(u, |(name, _)| name)
                })
            });
        Ok(Provenance {
            origin,
            creator: creator.map(Rc::from),
            created: time("created")?,
            modified: match time("modified")? {
                Some(t) => Some(t),
                None => time("updated")?,
            },
        })
    }

    /// Where a target (or a cue body) is in the article: by its text quote, the position a
    /// hint; by position alone only in the article it was made on.
    fn place(&self, t: &Value) -> (Option<Span>, String) {
        let sel = selectors(t);
        let find = |ty: &str| sel.iter().copied().find(|s| has_type(s, ty));
        let same_article = t
            .get("source")
            .and_then(Value::as_str)
            .and_then(parse_iri)
            .is_some_and(|(fp, _)| fp == self.fp);
        let hint = find("TextPositionSelector").and_then(|p| {
            let cp = |k: &str| {
                p.get(k)
                    .and_then(Value::as_u64)
                    .and_then(|n| usize::try_from(n).ok())
            };
            let (s, e) = (cp("start")?, cp("end")?);
            let (s, e) = (self.cps.byte_of(s)?, self.cps.byte_of(e)?);
            (s <= e).then(|| Span::new(s, e))
        });
        match find("TextQuoteSelector") {
            Some(q) => {
                let s = |k: &str| q.get(k).and_then(Value::as_str).unwrap_or("");
                let quote = TextQuote {
                    exact: s("exact"),
                    prefix: s("prefix"),
                    suffix: s("suffix"),
                };
                (
                    self.anchor.place(self.text, &quote, hint),
                    quote.exact.to_string(),
                )
            }
            None if same_article => (
                hint,
                hint.map_or(String::new(), |h| h.of(self.text).to_string()),
            ),
            None => (None, String::new()),
        }
    }

    /// Sets aside an annotation that cannot be placed in the article: it is reported (in
    /// [`AnnotationFile::orphans`]) and kept, never dropped, as an orphan record whose item
    /// is a note with the annotation's words and where it was (its target's text quote and
    /// position). A W3C annotation's own kind is not kept: a whosaid JSON file keeps the
    /// whole item.
    fn orphan(
        &mut self,
        obj: &Obj<'_>,
        id: &Id,
        exact: String,
        text: String,
        target: Option<&Value>,
    ) -> Option<Item> {
        self.orphaned.insert(id.clone());
        let anchor = target.map_or_else(Detached::default, |t| detached(t, &exact));
        let provenance = self.provenance(obj, false).unwrap_or(Provenance {
            origin: Origin::Added,
            creator: None,
            created: None,
            modified: None,
        });
        self.out.insert(Item::Orphan(Rc::new(Orphaned {
            id: Orphaned::id_of(id),
            item: Item::Note(Rc::new(Note {
                id: id.clone(),
                span: Span::default(),
                text: text.clone(),
                provenance,
            })),
            anchors: vec![anchor],
            file: None,
            annotator: None,
            reason: Unplaced::NotFound,
        })));
        self.orphans.push(Orphan {
            at: obj.at.clone(),
            exact,
            text,
        });
        None
    }

    fn link(
        &self,
        obj: &Obj<'_>,
        bodies: &[Body<'_>],
        exists: fn(&Annotations, &Id) -> bool,
        what: &str,
    ) -> Result<Option<Id>, FileError> {
        for b in bodies {
            if let Body::Link(iri) = b {
                let Some((_, Some(id))) = parse_iri(iri) else {
                    continue;
                };
                let id = Id::new(&id);
                if exists(&self.out, &id) || self.orphaned.contains(&id) {
                    return Ok(Some(id));
                }
                return Err(obj.err(
                    ErrorKind::Dangling,
                    "body",
                    format!("no {what} has the id \"{id}\""),
                ));
            }
        }
        Ok(None)
    }

    fn ours(&mut self, kind: usize, obj: &Obj<'_>, id: Id) -> Result<Option<Item>, FileError> {
        let provenance = self.provenance(obj, true)?;
        let v = Value::Object(obj.map.clone());
        let bodies = bodies(&v);
        let text = |purpose: &str| {
            bodies.iter().find_map(|b| match b {
                Body::Text {
                    purpose: Some(p),
                    value,
                } if *p == purpose => Some(*value),
                _ => None,
            })
        };
        let assessed = |prefix: &str| {
            bodies.iter().find_map(|b| match b {
                Body::Text {
                    purpose: Some("assessing"),
                    value,
                } => value.strip_prefix(prefix),
                _ => None,
            })
        };
        let missing = |what: &str| obj.err(ErrorKind::Missing, "body", format!("has no {what}"));
        let span = match kind {
            MENTION | QUOTE | NOTE => {
                let target = target_of(&v).ok_or_else(|| missing("target"))?;
                match self.place(target) {
                    (Some(span), _) => Some(span),
                    (None, exact) => {
                        let text = text("commenting")
                            .or(text("classifying"))
                            .unwrap_or("")
                            .to_string();
                        if target
                            .get("source")
                            .and_then(Value::as_str)
                            .and_then(parse_iri)
                            .is_some_and(|(fp, _)| fp == self.fp)
                        {
                            return Err(obj.err(
                                ErrorKind::TextMismatch,
                                "target",
                                format!("its text {} is not in the article", clip(&exact)),
                            ));
                        }
                        return Ok(self.orphan(obj, &id, exact, text, Some(target)));
                    }
                }
            }
            _ => None,
        };
        let span = span.unwrap_or_default();
        Ok(Some(match kind {
            TOPIC => {
                let order = self.topics;
                self.topics += 1;
                Item::Topic(Rc::new(Topic {
                    id,
                    label: text("tagging")
                        .ok_or_else(|| missing("tagging body (the topic)"))?
                        .to_string(),
                    order,
                    provenance,
                }))
            }
            ACTOR => {
                let kind = text("classifying")
                    .ok_or_else(|| missing("classifying body (the actor's kind)"))?;
                Item::Actor(Rc::new(Actor {
                    id,
                    name: text("identifying").ok_or_else(|| missing("identifying body (the actor's name)"))?.to_string(),
                    kind: parse_actor_kind(kind).ok_or_else(|| obj.err(ErrorKind::BadValue, "body", format!("the actor's kind must be person, organization, country, group or anonymous, not \"{kind}\"")))?,
                    role: text("describing").map(String::from),
                    deleted: false,
                    provenance,
                }))
            }
            MENTION => {
                let Some(actor) =
                    self.link(obj, &bodies, |a, id| a.actor(id).is_some(), "actor")?
                else {
                    return Err(missing("link to its actor"));
                };
                if self.orphaned.contains(&actor) {
                    return Ok(self.orphan(
                        obj,
                        &id,
                        span.of(self.text).to_string(),
                        String::new(),
                        target_of(&v),
                    ));
                }
                Item::Mention(Rc::new(Mention {
                    id,
                    actor,
                    span,
                    deleted: false,
                    provenance,
                }))
            }
            QUOTE => {
                let kind = text("classifying")
                    .ok_or_else(|| missing("classifying body (the quote's kind)"))?;
                let kind = kind.strip_suffix(" quote").and_then(parse_quote_kind).ok_or_else(|| obj.err(ErrorKind::BadValue, "body", format!("the quote's kind must be \"direct quote\", \"partial quote\" or \"scare quote\", not \"{kind}\"")))?;
                let confidence = match assessed("confidence: ") {
                    None => 1.0,
                    Some(c) => c
                        .parse::<f32>()
                        .ok()
                        .filter(|c| (0.0..=1.0).contains(c))
                        .ok_or_else(|| {
                            obj.err(
                                ErrorKind::BadValue,
                                "body",
                                format!(
                                    "the confidence must be a number between 0 and 1, not \"{c}\""
                                ),
                            )
                        })?,
                };
                let cue = match bodies.iter().find_map(|b| match b {
                    Body::Part(p) => Some(*p),
                    _ => None,
                }) {
                    None => None,
                    Some(part) => self.place(part).0,
                };
                Item::Quote(Rc::new(Quote {
                    id,
                    span,
                    kind,
                    speaker: self.link(obj, &bodies, |a, id| a.actor(id).is_some(), "actor")?,
                    cue,
                    confidence,
                    note: text("commenting").unwrap_or("").to_string(),
                    deleted: false,
                    provenance,
                }))
            }
            STANCE => {
                let on = target_of(&v)
                    .and_then(Value::as_str)
                    .and_then(parse_iri)
                    .and_then(|(_, id)| id)
                    .map(|id| Id::new(&id))
                    .ok_or_else(|| missing("target"))?;
                if self.orphaned.contains(&on) {
                    return Ok(self.orphan(obj, &id, String::new(), String::new(), None));
                }
                let target = if self.out.quote(&on).is_some() {
                    Target::Quote(on)
                } else if self.out.actor(&on).is_some() {
                    Target::Actor(on)
                } else {
                    return Err(obj.err(
                        ErrorKind::Dangling,
                        "target",
                        format!("no quote or actor has the id \"{on}\""),
                    ));
                };
                let Some(topic) =
                    self.link(obj, &bodies, |a, id| a.topic(id).is_some(), "topic")?
                else {
                    return Err(missing("link to its topic"));
                };
                let value =
                    text("classifying").ok_or_else(|| missing("classifying body (the stance)"))?;
                let value = StanceValue::parse(value).ok_or_else(|| obj.err(ErrorKind::BadValue, "body", format!("the stance must be favor, against, neutral or unclear, not \"{value}\"")))?;
                if !super::stance_id_fits(&id, &target, &topic) {
                    return Err(obj.err(
                        ErrorKind::BadValue,
                        "id",
                        "does not match its target and topic (one stance per target and topic)",
                    ));
                }
                Item::Stance(Rc::new(Stance {
                    id,
                    target,
                    topic,
                    value,
                    note: text("commenting").unwrap_or("").to_string(),
                    provenance,
                }))
            }
            _ => Item::Note(Rc::new(Note {
                id,
                span,
                text: text("commenting").unwrap_or("").to_string(),
                provenance,
            })),
        }))
    }

    /// Another tool's annotation, as a note: its comments as the text, its tags after them.
    fn foreign(&mut self, obj: &Obj<'_>, id: Id) -> Result<Option<Item>, FileError> {
        let v = Value::Object(obj.map.clone());
        let mut parts: Vec<&str> = Vec::new();
        let mut tags: Vec<&str> = Vec::new();
        if let Some(t) = obj.get("text").and_then(Value::as_str) {
            parts.push(t);
        }
        for b in bodies(&v) {
            match b {
                Body::Text {
                    purpose: Some("tagging"),
                    value,
                } => tags.push(value),
                Body::Text { value, .. } => parts.push(value),
                Body::Link(_) | Body::Part(_) => {}
            }
        }
        tags.extend(
            obj.get("tags")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str),
        );
        let mut text = parts
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        if !tags.is_empty() {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str("Tags: ");
            text.push_str(&tags.join(", "));
        }
        let provenance = self.provenance(obj, false)?;
        let Some(target) = target_of(&v) else {
            return Ok(self.orphan(obj, &id, String::new(), text, None));
        };
        match self.place(target) {
            (Some(span), _) => Ok(Some(Item::Note(Rc::new(Note {
                id,
                span,
                text,
                provenance,
            })))),
            (None, exact) => Ok(self.orphan(obj, &id, exact, text, Some(target))),
        }
    }
}
