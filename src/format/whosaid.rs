//! whosaid's own annotation file (`*.whosaid.json`): versioned, self-contained (the
//! article's text travels with the annotations) and lossless: reading what [`write`] wrote
//! gives back the same article and the same [`Annotations`], field for field. The format is
//! described in `docs/FORMAT.md` and `docs/schema/whosaid.schema.json`; this module is the
//! only place that knows its field names.

use std::collections::HashMap;
use std::rc::Rc;

use serde::Serialize;
use serde_json::Value;

use super::json::{type_name, Obj};
use super::{AnnotationFile, CodePoints, ErrorKind, FileError, FileFormat, Reanchor, TextQuote};
use crate::annotations::{
    Actor, ActorKind, Annotations, Detached, Id, Item, Mention, Note, Origin, Orphaned, Provenance,
    Quote, QuoteKind, Stance, StanceValue, Target, Topic, Unplaced,
};
use crate::article::{Article, BlockKind};
use crate::span::Span;

/// The value of the `format` field.
pub const FORMAT: &str = "whosaid";
/// The newest format version this build reads and the one it writes.
pub const VERSION: u64 = 1;

/// What a file says about itself besides the annotations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    /// The annotator's name.
    pub annotator: Option<String>,
    /// When the file is written, RFC 3339 (the core has no clock; the caller supplies it).
    pub exported: Option<String>,
}

#[derive(Serialize)]
struct FileJson<'a> {
    format: &'static str,
    version: u64,
    app_version: &'static str,
    exported: Option<&'a str>,
    annotator: Option<&'a str>,
    article: ArticleJson<'a>,
    topics: Vec<TopicJson<'a>>,
    actors: Vec<ActorJson<'a>>,
    mentions: Vec<MentionJson<'a>>,
    quotes: Vec<QuoteJson<'a>>,
    stances: Vec<StanceJson<'a>>,
    notes: Vec<NoteJson<'a>>,
    /// Written only when there are some, so files without orphans stay as they were.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    orphans: Vec<OrphanJson<'a>>,
}

/// An annotation that could not be placed in the article: the item as its own collection
/// writes it, its anchors counting in the text it was made on.
#[derive(Serialize)]
struct OrphanJson<'a> {
    id: &'a str,
    kind: &'static str,
    reason: &'static str,
    file: Option<&'a str>,
    annotator: Option<&'a str>,
    item: ItemJson<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum ItemJson<'a> {
    Topic(TopicJson<'a>),
    Actor(ActorJson<'a>),
    Mention(MentionJson<'a>),
    Quote(QuoteJson<'a>),
    Stance(StanceJson<'a>),
    Note(NoteJson<'a>),
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    title: Option<&'a str>,
    fingerprint: String,
    text: &'a str,
    blocks: Vec<&'static str>,
}

/// A span as both selectors: code points `[start_cp, end_cp)` and the exact text with its
/// context.
#[derive(Serialize)]
pub(super) struct AnchorJson<'a> {
    start_cp: usize,
    end_cp: usize,
    exact: &'a str,
    prefix: &'a str,
    suffix: &'a str,
}

impl AnchorJson<'_> {
    const EMPTY: AnchorJson<'static> = AnchorJson {
        start_cp: 0,
        end_cp: 0,
        exact: "",
        prefix: "",
        suffix: "",
    };
}

#[derive(Serialize)]
struct ProvenanceJson<'a> {
    origin: &'static str,
    creator: Option<&'a str>,
    created: Option<&'a str>,
    modified: Option<&'a str>,
}

#[derive(Serialize)]
struct TopicJson<'a> {
    id: &'a str,
    label: &'a str,
    order: u32,
    provenance: ProvenanceJson<'a>,
}

#[derive(Serialize)]
struct ActorJson<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'static str,
    role: Option<&'a str>,
    deleted: bool,
    provenance: ProvenanceJson<'a>,
}

#[derive(Serialize)]
struct MentionJson<'a> {
    id: &'a str,
    actor: &'a str,
    anchor: AnchorJson<'a>,
    deleted: bool,
    provenance: ProvenanceJson<'a>,
}

#[derive(Serialize)]
struct QuoteJson<'a> {
    id: &'a str,
    anchor: AnchorJson<'a>,
    kind: &'static str,
    speaker: Option<&'a str>,
    cue: Option<AnchorJson<'a>>,
    confidence: f32,
    note: &'a str,
    deleted: bool,
    provenance: ProvenanceJson<'a>,
}

#[derive(Serialize)]
struct TargetJson<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
}

#[derive(Serialize)]
struct StanceJson<'a> {
    id: &'a str,
    target: TargetJson<'a>,
    topic: &'a str,
    value: &'static str,
    note: &'a str,
    provenance: ProvenanceJson<'a>,
}

#[derive(Serialize)]
struct NoteJson<'a> {
    id: &'a str,
    anchor: AnchorJson<'a>,
    text: &'a str,
    provenance: ProvenanceJson<'a>,
}

/// Both selectors of `span` in `text`.
pub(super) fn anchor<'a>(text: &'a str, cps: &CodePoints<'_>, span: Span) -> AnchorJson<'a> {
    let q = TextQuote::of(text, span);
    AnchorJson {
        start_cp: cps.of(span.start),
        end_cp: cps.of(span.end),
        exact: q.exact,
        prefix: q.prefix,
        suffix: q.suffix,
    }
}

fn provenance(p: &Provenance) -> ProvenanceJson<'_> {
    ProvenanceJson {
        origin: origin_name(p.origin),
        creator: p.creator.as_deref(),
        created: p.created.as_deref(),
        modified: p.modified.as_deref(),
    }
}

/// The file for `annotations` of `article`, pretty-printed.
#[must_use]
pub fn write(article: &Article, annotations: &Annotations, meta: &Meta) -> String {
    let text = article.text();
    let cps = CodePoints::new(text);
    let here = |span: Span| anchor(text, &cps, span);
    let file = FileJson {
        format: FORMAT,
        version: VERSION,
        app_version: crate::VERSION,
        exported: meta.exported.as_deref(),
        annotator: meta.annotator.as_deref(),
        article: ArticleJson {
            title: article.title(),
            fingerprint: article.fingerprint(),
            text,
            blocks: article
                .blocks()
                .iter()
                .map(|b| block_name(b.kind))
                .collect(),
        },
        topics: annotations.topics.values().map(|t| topic_json(t)).collect(),
        actors: annotations.actors.values().map(|a| actor_json(a)).collect(),
        mentions: annotations
            .mentions
            .values()
            .map(|m| mention_json(m, here(m.span)))
            .collect(),
        quotes: annotations
            .quotes
            .values()
            .map(|q| quote_json(q, here(q.span), q.cue.map(here)))
            .collect(),
        stances: annotations
            .stances
            .values()
            .map(|s| stance_json(s))
            .collect(),
        notes: annotations
            .notes
            .values()
            .map(|n| note_json(n, here(n.span)))
            .collect(),
        orphans: annotations
            .orphans
            .values()
            .map(|o| orphan_json(o))
            .collect(),
    };
    serde_json::to_string_pretty(&file).expect("plain data serialises")
}

fn topic_json(t: &Topic) -> TopicJson<'_> {
    TopicJson {
        id: t.id.as_str(),
        label: &t.label,
        order: t.order,
        provenance: provenance(&t.provenance),
    }
}

fn actor_json(a: &Actor) -> ActorJson<'_> {
    ActorJson {
        id: a.id.as_str(),
        name: &a.name,
        kind: actor_kind_name(a.kind),
        role: a.role.as_deref(),
        deleted: a.deleted,
        provenance: provenance(&a.provenance),
    }
}

fn mention_json<'a>(m: &'a Mention, anchor: AnchorJson<'a>) -> MentionJson<'a> {
    MentionJson {
        id: m.id.as_str(),
        actor: m.actor.as_str(),
        anchor,
        deleted: m.deleted,
        provenance: provenance(&m.provenance),
    }
}

fn quote_json<'a>(
    q: &'a Quote,
    anchor: AnchorJson<'a>,
    cue: Option<AnchorJson<'a>>,
) -> QuoteJson<'a> {
    QuoteJson {
        id: q.id.as_str(),
        anchor,
        kind: quote_kind_name(q.kind),
        speaker: q.speaker.as_ref().map(Id::as_str),
        cue,
        confidence: q.confidence,
        note: &q.note,
        deleted: q.deleted,
        provenance: provenance(&q.provenance),
    }
}

fn stance_json(s: &Stance) -> StanceJson<'_> {
    let (kind, id) = match &s.target {
        Target::Quote(id) => ("quote", id),
        Target::Actor(id) => ("actor", id),
    };
    StanceJson {
        id: s.id.as_str(),
        target: TargetJson {
            kind,
            id: id.as_str(),
        },
        topic: s.topic.as_str(),
        value: s.value.as_str(),
        note: &s.note,
        provenance: provenance(&s.provenance),
    }
}

fn note_json<'a>(n: &'a Note, anchor: AnchorJson<'a>) -> NoteJson<'a> {
    NoteJson {
        id: n.id.as_str(),
        anchor,
        text: &n.text,
        provenance: provenance(&n.provenance),
    }
}

/// An orphan record: its item written as its collection writes it, the anchors being the
/// record's selectors of the text the item was made on.
fn orphan_json(o: &Orphaned) -> OrphanJson<'_> {
    let mut anchors = o.anchors.iter().map(|a| AnchorJson {
        start_cp: a.start_cp,
        end_cp: a.end_cp,
        exact: &a.exact,
        prefix: &a.prefix,
        suffix: &a.suffix,
    });
    let mut next = || anchors.next().unwrap_or(AnchorJson::EMPTY);
    let item = match &o.item {
        Item::Topic(t) => ItemJson::Topic(topic_json(t)),
        Item::Actor(a) => ItemJson::Actor(actor_json(a)),
        Item::Mention(m) => ItemJson::Mention(mention_json(m, next())),
        Item::Quote(q) => {
            let anchor = next();
            ItemJson::Quote(quote_json(q, anchor, q.cue.map(|_| next())))
        }
        Item::Stance(s) => ItemJson::Stance(stance_json(s)),
        Item::Note(n) => ItemJson::Note(note_json(n, next())),
        // Records never nest; the model does not make them.
        Item::Orphan(_) => ItemJson::Note(NoteJson {
            id: o.item.id().as_str(),
            anchor: AnchorJson::EMPTY,
            text: "",
            provenance: provenance(o.item.provenance()),
        }),
    };
    OrphanJson {
        id: o.id.as_str(),
        kind: o.item.kind_name(),
        reason: reason_name(o.reason),
        file: o.file.as_deref(),
        annotator: o.annotator.as_deref(),
        item,
    }
}

fn reason_name(reason: Unplaced) -> &'static str {
    match reason {
        Unplaced::NotFound => "not-found",
        Unplaced::CueNotFound => "cue-not-found",
        Unplaced::TargetNotPlaced => "target-not-placed",
        Unplaced::BadSpan => "bad-span",
    }
}

fn parse_reason(word: &str) -> Option<Unplaced> {
    Some(match word {
        "not-found" => Unplaced::NotFound,
        "cue-not-found" => Unplaced::CueNotFound,
        "target-not-placed" => Unplaced::TargetNotPlaced,
        "bad-span" => Unplaced::BadSpan,
        _ => return None,
    })
}

/// Reads a whosaid file: `bytes` checked for size, encoding and syntax, then every field.
///
/// # Errors
/// A [`FileError`] naming the file, the item and the field.
pub fn read(file: &str, bytes: &[u8]) -> Result<AnnotationFile, FileError> {
    read_with(file, bytes, &super::ExactQuote)
}

/// [`read`], placing spans whose offsets disagree with their exact text with `anchor`.
///
/// # Errors
/// As [`read`].
pub fn read_with(
    file: &str,
    bytes: &[u8],
    anchor: &dyn Reanchor,
) -> Result<AnnotationFile, FileError> {
    let value = super::json::parse(file, bytes)?;
    from_value(&value, anchor).map_err(|e| e.in_file(file))
}

pub(super) fn from_value(
    value: &Value,
    anchor: &dyn Reanchor,
) -> Result<AnnotationFile, FileError> {
    let root = match value {
        Value::Object(_) => Obj::of(value, "")?,
        other => {
            return Err(FileError::whole(
                ErrorKind::WrongFormat,
                format!(
                    "not a whosaid annotation file: it holds {}, not an object",
                    type_name(other)
                ),
            ))
        }
    };
    let format = root.get("format");
    if format.and_then(Value::as_str) != Some(FORMAT) {
        let found = format.map_or_else(|| "nothing".to_string(), Value::to_string);
        return Err(FileError::whole(
            ErrorKind::WrongFormat,
            format!("not a whosaid annotation file: \"format\" is {found}, not \"whosaid\""),
        ));
    }
    let version = root.uint("version")?;
    if version > VERSION {
        let app = root
            .opt_str("app_version")
            .ok()
            .flatten()
            .map_or(String::new(), |v| format!(" {v}"));
        return Err(FileError::whole(
            ErrorKind::NewerVersion,
            format!(
                "written by a newer whosaid{app} (format version {version}); this whosaid ({}) \
                 reads version {VERSION}: update whosaid to open it",
                crate::VERSION
            ),
        ));
    }
    if version == 0 {
        return Err(root.err(ErrorKind::BadValue, "version", "must be 1 or more, not 0"));
    }
    let annotator = root.opt_str("annotator")?.map(String::from);
    let exported = root.opt_str("exported")?;
    if let Some(t) = exported.filter(|t| !is_timestamp(t)) {
        return Err(root.err(ErrorKind::BadValue, "exported", bad_time(t)));
    }
    let app_version = root.opt_str("app_version")?.map(String::from);
    let article = read_article(&root.obj("article")?)?;
    let mut reader = Reader {
        text: article.text(),
        cps: CodePoints::new(article.text()),
        anchor,
        seen: HashMap::new(),
        out: Annotations::new(),
        detached: None,
        orphan_items: Vec::new(),
    };
    reader.read_all(&root)?;
    Ok(AnnotationFile {
        format: FileFormat::Whosaid,
        annotations: reader.out,
        article,
        annotator,
        exported: exported.map(String::from),
        app_version,
        orphans: Vec::new(),
    })
}

fn read_article(obj: &Obj<'_>) -> Result<Article, FileError> {
    let text = obj.str("text")?;
    let fingerprint = obj.str("fingerprint")?;
    let article = match obj.get("blocks") {
        None => Article::parse(text)
            .ok()
            .filter(|a| a.text() == text)
            .ok_or_else(|| not_normalised(obj))?,
        Some(Value::Array(kinds)) => {
            let mut parsed = Vec::with_capacity(kinds.len());
            for (i, k) in kinds.iter().enumerate() {
                let kind = k.as_str().and_then(parse_block).ok_or_else(|| {
                    FileError::at(
                        ErrorKind::BadValue,
                        format!("field \"article.blocks[{i}]\""),
                        format!("must be \"title\", \"heading\" or \"paragraph\", not {k}"),
                    )
                })?;
                parsed.push(kind);
            }
            let lines = text.split('\n').count();
            if lines != parsed.len() {
                return Err(obj.err(
                    ErrorKind::BadValue,
                    "blocks",
                    format!(
                        "gives {} kinds but the text has {lines} lines: one kind per line",
                        parsed.len()
                    ),
                ));
            }
            Article::from_lines(text, &parsed).ok_or_else(|| not_normalised(obj))?
        }
        Some(other) => {
            return Err(obj.err(
                ErrorKind::WrongType,
                "blocks",
                format!("must be a list, not {}", type_name(other)),
            ))
        }
    };
    let actual = article.fingerprint();
    if actual != fingerprint {
        return Err(obj.err(
            ErrorKind::BadValue,
            "fingerprint",
            format!(
                "does not match the article's text (its SHA-256 is {actual}): the text was \
                 changed after the file was written"
            ),
        ));
    }
    Ok(article)
}

fn not_normalised(obj: &Obj<'_>) -> FileError {
    obj.err(
        ErrorKind::BadValue,
        "text",
        "is not an article as whosaid writes it: it has an empty line, a line with spaces at \
         an end, or more than one title",
    )
}

/// Reads the collections in order, so that references point back at items already read.
struct Reader<'a> {
    text: &'a str,
    cps: CodePoints<'a>,
    anchor: &'a dyn Reanchor,
    /// Every id read so far and where.
    seen: HashMap<Rc<str>, String>,
    out: Annotations,
    /// While an orphan's item is read: its anchors, which count in a text the file does not
    /// hold, so they are kept as they are rather than placed.
    detached: Option<Vec<Detached>>,
    /// The ids of the orphans' items, which their stances may point at. A list, searched
    /// from end to end: orphans are few, and a set or a sort would add code to the browser
    /// build for nothing.
    orphan_items: Vec<Id>,
}

impl Reader<'_> {
    fn read_all(&mut self, root: &Obj<'_>) -> Result<(), FileError> {
        for key in ["topics", "actors", "mentions", "quotes", "stances", "notes"] {
            for (i, v) in root.list_or_empty(key)?.iter().enumerate() {
                let (obj, id) = self.entry(v, key, i)?;
                let item = self.item(key.trim_end_matches('s'), &obj, Id::new(id))?;
                self.seen.insert(Rc::from(id), format!("{key}[{i}]"));
                self.out.insert(item);
            }
        }
        self.read_orphans(root)
    }

    /// Entry `i` of the list `key`: an object with an id no earlier entry has, named in
    /// messages by where it is and its id (`quotes[3] (id "quote-4")`).
    fn entry<'v>(
        &self,
        v: &'v Value,
        key: &str,
        i: usize,
    ) -> Result<(Obj<'v>, &'v str), FileError> {
        let obj = Obj::of(v, format!("{key}[{i}]"))?;
        let id = obj.str("id")?;
        let obj = Obj {
            map: obj.map,
            at: format!("{key}[{i}] (id \"{id}\")"),
            path: String::new(),
        };
        if let Some(first) = self.seen.get(id) {
            return Err(obj.err(
                ErrorKind::DuplicateId,
                "id",
                format!("the id \"{id}\" is already used by {first}"),
            ));
        }
        Ok((obj, id))
    }

    fn read_orphans(&mut self, root: &Obj<'_>) -> Result<(), FileError> {
        let list = root.list_or_empty("orphans")?;
        for (i, v) in list.iter().enumerate() {
            let obj = Obj::of(v, format!("orphans[{i}]"))?;
            if let Some(id) = obj.obj("item").ok().and_then(|item| item.str("id").ok()) {
                self.orphan_items.push(Id::new(id));
            }
        }
        for (i, v) in list.iter().enumerate() {
            let (obj, id) = self.entry(v, "orphans", i)?;
            let reason = obj.str("reason")?;
            let reason = parse_reason(reason).ok_or_else(|| {
                obj.err(
                    ErrorKind::BadValue,
                    "reason",
                    format!(
                        "must be not-found, cue-not-found, target-not-placed or bad-span, not \"{reason}\""
                    ),
                )
            })?;
            let kind = obj.str("kind")?;
            let item_obj = obj.obj("item")?;
            let item_id = Id::new(item_obj.str("id")?);
            if !matches!(
                kind,
                "topic" | "actor" | "mention" | "quote" | "stance" | "note"
            ) {
                return Err(obj.err(
                    ErrorKind::BadValue,
                    "kind",
                    format!("must be topic, actor, mention, quote, stance or note, not \"{kind}\""),
                ));
            }
            self.detached = Some(Vec::new());
            let item = self.item(kind, &item_obj, item_id);
            let anchors = self.detached.take().unwrap_or_default();
            let item = item?;
            self.seen.insert(Rc::from(id), format!("orphans[{i}]"));
            self.out.insert(Item::Orphan(Rc::new(Orphaned {
                id: Id::new(id),
                item,
                anchors,
                file: obj.opt_str("file")?.map(Rc::from),
                annotator: obj.opt_str("annotator")?.map(Rc::from),
                reason,
            })));
        }
        Ok(())
    }

    /// The item of `kind` (`topic`, `actor`, `mention`, `quote`, `stance`, anything else a
    /// note) in `obj`.
    fn item(&mut self, kind: &str, obj: &Obj<'_>, id: Id) -> Result<Item, FileError> {
        match kind {
            "topic" => self.topic(obj, id),
            "actor" => self.actor(obj, id),
            "mention" => self.mention(obj, id),
            "quote" => self.quote(obj, id),
            "stance" => self.stance(obj, id),
            _ => self.note(obj, id),
        }
    }

    fn topic(&mut self, obj: &Obj<'_>, id: Id) -> Result<Item, FileError> {
        let order = obj.uint("order")?;
        let order = u32::try_from(order)
            .map_err(|_| obj.err(ErrorKind::BadValue, "order", "is too large"))?;
        Ok(Item::Topic(Rc::new(Topic {
            id,
            label: obj.str("label")?.to_string(),
            order,
            provenance: read_provenance(obj)?,
        })))
    }

    fn actor(&mut self, obj: &Obj<'_>, id: Id) -> Result<Item, FileError> {
        let kind = obj.str("kind")?;
        Ok(Item::Actor(Rc::new(Actor {
            id,
            name: obj.str("name")?.to_string(),
            kind: parse_actor_kind(kind).ok_or_else(|| {
                obj.err(
                    ErrorKind::BadValue,
                    "kind",
                    format!(
                        "must be person, organization, country, group or anonymous, not \"{kind}\""
                    ),
                )
            })?,
            role: obj.opt_str("role")?.map(String::from),
            deleted: obj.bool_or("deleted", false)?,
            provenance: read_provenance(obj)?,
        })))
    }

    fn mention(&mut self, obj: &Obj<'_>, id: Id) -> Result<Item, FileError> {
        let actor = self.reference(obj, "actor", |a, id| a.actor(id).is_some(), "actor")?;
        Ok(Item::Mention(Rc::new(Mention {
            id,
            actor,
            span: self.span(obj, "anchor")?,
            deleted: obj.bool_or("deleted", false)?,
            provenance: read_provenance(obj)?,
        })))
    }

    fn quote(&mut self, obj: &Obj<'_>, id: Id) -> Result<Item, FileError> {
        let kind = obj.str("kind")?;
        let kind = parse_quote_kind(kind).ok_or_else(|| {
            obj.err(
                ErrorKind::BadValue,
                "kind",
                format!("must be direct, partial or scare, not \"{kind}\""),
            )
        })?;
        let speaker = match obj.get("speaker") {
            None => None,
            Some(_) => {
                Some(self.reference(obj, "speaker", |a, id| a.actor(id).is_some(), "actor")?)
            }
        };
        // The quote's own span first, then the cue's: the order orphans keep their anchors in.
        let span = self.span(obj, "anchor")?;
        let cue = match obj.get("cue") {
            None => None,
            Some(_) => Some(self.span(obj, "cue")?),
        };
        let confidence = obj.num("confidence")?;
        if !(0.0..=1.0).contains(&confidence) {
            return Err(obj.err(
                ErrorKind::BadValue,
                "confidence",
                format!("must be between 0 and 1, not {confidence}"),
            ));
        }
        Ok(Item::Quote(Rc::new(Quote {
            id,
            span,
            kind,
            speaker,
            cue,
            confidence: confidence as f32,
            note: obj.opt_str("note")?.unwrap_or("").to_string(),
            deleted: obj.bool_or("deleted", false)?,
            provenance: read_provenance(obj)?,
        })))
    }

    fn stance(&mut self, obj: &Obj<'_>, id: Id) -> Result<Item, FileError> {
        let target_obj = obj.obj("target")?;
        let kind = target_obj.str("type")?;
        let target = match kind {
            "quote" => Target::Quote(self.reference(
                &target_obj,
                "id",
                |a, id| a.quote(id).is_some(),
                "quote",
            )?),
            "actor" => Target::Actor(self.reference(
                &target_obj,
                "id",
                |a, id| a.actor(id).is_some(),
                "actor",
            )?),
            other => {
                return Err(target_obj.err(
                    ErrorKind::BadValue,
                    "type",
                    format!("must be \"quote\" or \"actor\", not \"{other}\""),
                ))
            }
        };
        let topic = self.reference(obj, "topic", |a, id| a.topic(id).is_some(), "topic")?;
        let value = obj.str("value")?;
        let value = StanceValue::parse(value).ok_or_else(|| {
            obj.err(
                ErrorKind::BadValue,
                "value",
                format!("must be favor, against, neutral or unclear, not \"{value}\""),
            )
        })?;
        if !super::stance_id_fits(&id, &target, &topic) {
            let want = Annotations::stance_id(&target, &topic);
            return Err(obj.err(
                ErrorKind::BadValue,
                "id",
                format!("must be \"{want}\" for this target and topic (one stance per target and topic)"),
            ));
        }
        Ok(Item::Stance(Rc::new(Stance {
            id,
            target,
            topic,
            value,
            note: obj.opt_str("note")?.unwrap_or("").to_string(),
            provenance: read_provenance(obj)?,
        })))
    }

    fn note(&mut self, obj: &Obj<'_>, id: Id) -> Result<Item, FileError> {
        Ok(Item::Note(Rc::new(Note {
            id,
            span: self.span(obj, "anchor")?,
            text: obj.str("text")?.to_string(),
            provenance: read_provenance(obj)?,
        })))
    }

    /// The id in field `key`, which must name an existing item of `what` kind.
    fn reference(
        &self,
        obj: &Obj<'_>,
        key: &str,
        exists: fn(&Annotations, &Id) -> bool,
        what: &str,
    ) -> Result<Id, FileError> {
        let id = Id::new(obj.str(key)?);
        let orphan_item = self.detached.is_some() && self.orphan_items.contains(&id);
        if exists(&self.out, &id) || orphan_item {
            Ok(id)
        } else {
            Err(obj.err(
                ErrorKind::Dangling,
                key,
                format!("no {what} has the id \"{id}\""),
            ))
        }
    }

    /// The span in the anchor object at `key`: its offsets, if they hold its exact text,
    /// else wherever the re-anchoring places the exact text.
    fn span(&mut self, obj: &Obj<'_>, key: &str) -> Result<Span, FileError> {
        let a = obj.obj(key)?;
        let (start, end) = (a.uint("start_cp")?, a.uint("end_cp")?);
        let exact = a.str("exact")?;
        let quote = TextQuote {
            exact,
            prefix: a.opt_str("prefix")?.unwrap_or(""),
            suffix: a.opt_str("suffix")?.unwrap_or(""),
        };
        if start > end {
            return Err(FileError::at(
                ErrorKind::OutOfText,
                a.place(),
                format!("start_cp {start} is after end_cp {end}"),
            ));
        }
        if let Some(anchors) = &mut self.detached {
            let cp = |n: u64| {
                usize::try_from(n)
                    .map_err(|_| FileError::at(ErrorKind::BadValue, a.place(), "is too large"))
            };
            anchors.push(Detached {
                exact: quote.exact.to_string(),
                prefix: quote.prefix.to_string(),
                suffix: quote.suffix.to_string(),
                start_cp: cp(start)?,
                end_cp: cp(end)?,
            });
            return Ok(Span::default());
        }
        let len = self.cps.len();
        let to_byte = |cp: u64| usize::try_from(cp).ok().and_then(|cp| self.cps.byte_of(cp));
        let (Some(s), Some(e)) = (to_byte(start), to_byte(end)) else {
            return Err(FileError::at(
                ErrorKind::OutOfText,
                a.place(),
                format!("end_cp {end} is past the end of the article's text ({len} code points)"),
            ));
        };
        let hint = Span::new(s, e);
        if hint.of(self.text) == exact {
            return Ok(hint);
        }
        self.anchor
            .place(self.text, &quote, Some(hint))
            .ok_or_else(|| {
                FileError::at(
                    ErrorKind::TextMismatch,
                    a.place(),
                    format!(
                        "the text at code points {start}–{end} is {} but \"exact\" is {}, which \
                         is not in the article",
                        clip(hint.of(self.text)),
                        clip(exact)
                    ),
                )
            })
    }
}

/// A text for a message: quoted, and cut to 40 characters.
pub(super) fn clip(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        format!("“{head}…”")
    } else {
        format!("“{head}”")
    }
}

fn read_provenance(item: &Obj<'_>) -> Result<Provenance, FileError> {
    let obj = item.obj("provenance")?;
    let origin = obj.str("origin")?;
    let origin = parse_origin(origin).ok_or_else(|| {
        obj.err(
            ErrorKind::BadValue,
            "origin",
            format!("must be detected, confirmed, edited or added, not \"{origin}\""),
        )
    })?;
    let time = |key: &str| -> Result<Option<Rc<str>>, FileError> {
        match obj.opt_str(key)? {
            Some(t) if !is_timestamp(t) => Err(obj.err(ErrorKind::BadValue, key, bad_time(t))),
            t => Ok(t.map(Rc::from)),
        }
    };
    Ok(Provenance {
        origin,
        creator: obj.opt_str("creator")?.map(Rc::from),
        created: time("created")?,
        modified: time("modified")?,
    })
}

pub(super) fn bad_time(t: &str) -> String {
    format!(
        "must be a date and time like 2026-11-29T10:00:00Z (RFC 3339), not {}",
        clip(t)
    )
}

/// Whether `t` is an RFC 3339 date-time (`2026-11-29T10:00:00Z`, fractions and offsets
/// allowed), the form the W3C model asks for.
#[must_use]
pub fn is_timestamp(t: &str) -> bool {
    let b = t.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if b.len() < 20
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
        || !matches!(b[10], b'T' | b't' | b' ')
        || !digits(11..13)
        || b[13] != b':'
        || !digits(14..16)
        || b[16] != b':'
        || !digits(17..19)
    {
        return false;
    }
    let mut rest = &b[19..];
    if rest.first() == Some(&b'.') {
        let n = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        rest = &rest[1 + n..];
    }
    match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// The wire name of an actor kind.
pub(super) fn actor_kind_name(kind: ActorKind) -> &'static str {
    super::detection::actor_kind(kind)
}

pub(super) fn parse_actor_kind(word: &str) -> Option<ActorKind> {
    Some(match word {
        "person" => ActorKind::Person,
        "organization" => ActorKind::Organization,
        "country" => ActorKind::Country,
        "group" => ActorKind::Group,
        "anonymous" => ActorKind::Anonymous,
        _ => return None,
    })
}

/// The wire name of a quote kind.
pub(super) fn quote_kind_name(kind: QuoteKind) -> &'static str {
    super::detection::quote_kind(kind)
}

pub(super) fn parse_quote_kind(word: &str) -> Option<QuoteKind> {
    Some(match word {
        "direct" => QuoteKind::Direct,
        "partial" => QuoteKind::Partial,
        "scare" => QuoteKind::Scare,
        _ => return None,
    })
}

pub(super) fn origin_name(origin: Origin) -> &'static str {
    match origin {
        Origin::Detected => "detected",
        Origin::Confirmed => "confirmed",
        Origin::Edited => "edited",
        Origin::Added => "added",
    }
}

pub(super) fn parse_origin(word: &str) -> Option<Origin> {
    Some(match word {
        "detected" => Origin::Detected,
        "confirmed" => Origin::Confirmed,
        "edited" => Origin::Edited,
        "added" => Origin::Added,
        _ => return None,
    })
}

fn block_name(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Title => "title",
        BlockKind::Heading => "heading",
        BlockKind::Paragraph => "paragraph",
    }
}

fn parse_block(word: &str) -> Option<BlockKind> {
    Some(match word {
        "title" => BlockKind::Title,
        "heading" => BlockKind::Heading,
        "paragraph" => BlockKind::Paragraph,
        _ => return None,
    })
}
