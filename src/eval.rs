//! Scoring the detector against hand annotations, by the rules of the dev set's README
//! (`shared/eval/dev/README.md`).
//!
//! - **Matching.** Quote texts are trimmed of quotation marks and white space; a prediction
//!   matches a gold quote when their longest common substring covers at least half of the
//!   longer one. Each gold quote takes at most one prediction, greedily in text order.
//! - **Speech.** Gold `direct` and `partial` quotes are speech. Precision is matched speech
//!   predictions over all speech predictions, recall matched gold speech quotes over all of
//!   them; a speech prediction matching a gold `scare` quote is a false positive and is
//!   counted apart as "scare reported as speech".
//! - **Speaker.** Names compare case-insensitively, without a leading "the": right when equal
//!   to the gold speaker or one of its aliases, or when the last words agree. Accuracy counts
//!   matched gold speech quotes whose speaker is not null.
//! - **Actors.** A gold actor is found when a predicted actor's name or one of its mentions
//!   equals the gold name or an alias (same normalisation), or, for people, when a predicted
//!   person's name ends with the gold name's last word.

use std::fmt;
use std::path::Path;

use crate::article::Article;
use crate::detect::{detect, ActorKind, Detection, QuoteKind};

/// One hand-annotated quote.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldQuote {
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    pub speaker_aliases: Vec<String>,
}

/// One hand-annotated actor.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldActor {
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
}

/// The hand annotations of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gold {
    pub quotes: Vec<GoldQuote>,
    pub actors: Vec<GoldActor>,
}

/// A predicted quote, as the scorer sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct PredictedQuote {
    pub text: String,
    pub speech: bool,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
}

/// A predicted actor, as the scorer sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct PredictedActor {
    pub name: String,
    pub kind: ActorKind,
    pub mentions: Vec<String>,
}

/// The scorer's view of a detection.
#[must_use]
pub fn predictions(
    article: &Article,
    detection: &Detection,
) -> (Vec<PredictedQuote>, Vec<PredictedActor>) {
    let text = article.text();
    let quotes = detection
        .quotes
        .iter()
        .map(|q| PredictedQuote {
            text: q.span.of(text).to_string(),
            speech: q.kind.is_speech(),
            kind: q.kind,
            speaker: q.speaker.map(|s| detection.actor(s).name.clone()),
        })
        .collect();
    let actors = detection
        .actors
        .iter()
        .map(|a| PredictedActor {
            name: a.name.clone(),
            kind: a.kind,
            mentions: a.mentions.iter().map(|m| m.of(text).to_string()).collect(),
        })
        .collect();
    (quotes, actors)
}

/// Counts from which every measure is computed; they add up over articles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub gold_speech: usize,
    pub predicted_speech: usize,
    /// Gold speech quotes matched by a speech prediction.
    pub matched_speech: usize,
    /// Matched gold speech quotes with a non-null speaker, and how many of them are right.
    pub speaker_total: usize,
    pub speaker_right: usize,
    pub gold_scare: usize,
    pub scare_as_speech: usize,
    pub people: usize,
    pub people_found: usize,
    pub org_anon: usize,
    pub org_anon_found: usize,
    /// Gold quotes (of any kind) whose match, kind and speaker are all right.
    pub quotes_exact: usize,
    pub gold_quotes: usize,
    pub actors_found: usize,
    pub actors: usize,
}

impl std::ops::AddAssign for Score {
    fn add_assign(&mut self, o: Score) {
        self.gold_speech += o.gold_speech;
        self.predicted_speech += o.predicted_speech;
        self.matched_speech += o.matched_speech;
        self.speaker_total += o.speaker_total;
        self.speaker_right += o.speaker_right;
        self.gold_scare += o.gold_scare;
        self.scare_as_speech += o.scare_as_speech;
        self.people += o.people;
        self.people_found += o.people_found;
        self.org_anon += o.org_anon;
        self.org_anon_found += o.org_anon_found;
        self.quotes_exact += o.quotes_exact;
        self.gold_quotes += o.gold_quotes;
        self.actors_found += o.actors_found;
        self.actors += o.actors;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

impl Score {
    /// Matched speech predictions over all speech predictions.
    #[must_use]
    pub fn precision(&self) -> f64 {
        ratio(self.matched_speech, self.predicted_speech)
    }
    /// Matched gold speech quotes over all gold speech quotes.
    #[must_use]
    pub fn recall(&self) -> f64 {
        ratio(self.matched_speech, self.gold_speech)
    }
    #[must_use]
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    #[must_use]
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.speaker_total)
    }
    /// Gold scare quotes reported as speech, over all gold scare quotes.
    #[must_use]
    pub fn scare_rate(&self) -> f64 {
        if self.gold_scare == 0 {
            0.0
        } else {
            self.scare_as_speech as f64 / self.gold_scare as f64
        }
    }
    #[must_use]
    pub fn people_recall(&self) -> f64 {
        ratio(self.people_found, self.people)
    }
    #[must_use]
    pub fn org_anon_recall(&self) -> f64 {
        ratio(self.org_anon_found, self.org_anon)
    }

    /// The dev-set targets this score misses, as readable lines.
    #[must_use]
    pub fn missed_targets(&self) -> Vec<String> {
        let mut missed = Vec::new();
        let mut check = |ok: bool, what: String| {
            if !ok {
                missed.push(what);
            }
        };
        check(
            self.f1() >= 0.95,
            format!("quote F1 {:.3} < 0.95", self.f1()),
        );
        check(
            self.speaker_accuracy() >= 0.90,
            format!("speaker accuracy {:.3} < 0.90", self.speaker_accuracy()),
        );
        check(
            self.scare_rate() <= 0.10,
            format!("scare as speech {:.3} > 0.10", self.scare_rate()),
        );
        check(
            self.people_recall() >= 0.95,
            format!("people recall {:.3} < 0.95", self.people_recall()),
        );
        check(
            self.org_anon_recall() >= 0.85,
            format!("org+anonymous recall {:.3} < 0.85", self.org_anon_recall()),
        );
        missed
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3} R {:.3} F1 {:.3} | speaker {:.3} ({}/{}) | scare-as-speech {}/{} ({:.2}) | people {:.3} ({}/{}) | org+anon {:.3} ({}/{})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.speaker_accuracy(),
            self.speaker_right,
            self.speaker_total,
            self.scare_as_speech,
            self.gold_scare,
            self.scare_rate(),
            self.people_recall(),
            self.people_found,
            self.people,
            self.org_anon_recall(),
            self.org_anon_found,
            self.org_anon,
        )
    }
}

const MARKS: &[char] = &[
    ' ', '\t', '\r', '\n', '"', '\'', '“', '”', '‘', '’', '«', '»',
];

fn clean(text: &str) -> &str {
    text.trim_matches(MARKS)
}

/// Length in chars of the longest common substring of `a` and `b` (dynamic programming over
/// two rows; quotes are short).
fn longest_common_substring(a: &[char], b: &[char]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    let mut best = 0;
    for &x in a {
        for (j, &y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { 0 };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// The README's `texts_match`.
#[must_use]
pub fn texts_match(predicted: &str, gold: &str) -> bool {
    let a: Vec<char> = clean(predicted).chars().collect();
    let b: Vec<char> = clean(gold).chars().collect();
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let longer = a.len().max(b.len());
    // The overlap cannot exceed the shorter text: skip the quadratic count when it cannot win.
    if 2 * a.len().min(b.len()) < longer {
        return false;
    }
    2 * longest_common_substring(&a, &b) >= longer
}

/// The README's `norm`: lower case, single spaces, no leading "the".
#[must_use]
pub fn norm(name: &str) -> String {
    let n = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    n.strip_prefix("the ").map_or(n.clone(), str::to_string)
}

/// The README's `speaker_correct`.
#[must_use]
pub fn speaker_correct(predicted: Option<&str>, gold: &GoldQuote) -> bool {
    let (Some(p), Some(g)) = (predicted, gold.speaker.as_deref()) else {
        return false;
    };
    let p = norm(p);
    if p.is_empty() {
        return false;
    }
    if std::iter::once(g)
        .chain(gold.speaker_aliases.iter().map(String::as_str))
        .any(|x| norm(x) == p)
    {
        return true;
    }
    p.split(' ').next_back() == norm(g).split(' ').next_back()
}

/// Whether a gold actor is among the predicted ones.
#[must_use]
pub fn actor_found(gold: &GoldActor, predicted: &[PredictedActor]) -> bool {
    let names: Vec<String> = std::iter::once(&gold.name)
        .chain(&gold.aliases)
        .map(|n| norm(n))
        .collect();
    let gold_last = norm(&gold.name).rsplit(' ').next().map(str::to_string);
    predicted.iter().any(|p| {
        std::iter::once(&p.name)
            .chain(&p.mentions)
            .any(|m| names.contains(&norm(m)))
            || gold.kind == ActorKind::Person
                && p.kind == ActorKind::Person
                && norm(&p.name).rsplit(' ').next().map(str::to_string) == gold_last
    })
}

/// One gold quote's outcome, for reports.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteOutcome {
    pub gold: GoldQuote,
    /// The prediction matched to it, if any.
    pub predicted: Option<PredictedQuote>,
}

/// Scores one article's predictions against its gold annotations.
#[must_use]
pub fn score(
    gold: &Gold,
    quotes: &[PredictedQuote],
    actors: &[PredictedActor],
) -> (Score, Vec<QuoteOutcome>) {
    let mut s = Score {
        predicted_speech: quotes.iter().filter(|q| q.speech).count(),
        ..Score::default()
    };
    let mut used = vec![false; quotes.len()];
    let mut outcomes = Vec::with_capacity(gold.quotes.len());
    for g in &gold.quotes {
        let m = (0..quotes.len()).find(|&i| !used[i] && texts_match(&quotes[i].text, &g.text));
        if let Some(i) = m {
            used[i] = true;
        }
        let p = m.map(|i| &quotes[i]);
        s.gold_quotes += 1;
        if g.kind.is_speech() {
            s.gold_speech += 1;
            if let Some(p) = p.filter(|p| p.speech) {
                s.matched_speech += 1;
                if g.speaker.is_some() {
                    s.speaker_total += 1;
                    s.speaker_right += usize::from(speaker_correct(p.speaker.as_deref(), g));
                }
            }
        } else {
            s.gold_scare += 1;
            s.scare_as_speech += usize::from(p.is_some_and(|p| p.speech));
        }
        let exact = p.is_some_and(|p| {
            p.kind == g.kind
                && match &g.speaker {
                    None => p.speaker.is_none(),
                    Some(_) => speaker_correct(p.speaker.as_deref(), g),
                }
        });
        s.quotes_exact += usize::from(exact);
        outcomes.push(QuoteOutcome {
            gold: g.clone(),
            predicted: p.cloned(),
        });
    }
    for a in &gold.actors {
        let found = actor_found(a, actors);
        s.actors += 1;
        s.actors_found += usize::from(found);
        match a.kind {
            ActorKind::Person => {
                s.people += 1;
                s.people_found += usize::from(found);
            }
            ActorKind::Organization | ActorKind::Anonymous => {
                s.org_anon += 1;
                s.org_anon_found += usize::from(found);
            }
            ActorKind::Country | ActorKind::Group => {}
        }
    }
    (s, outcomes)
}

/// The result of scoring one article of a folder.
#[derive(Clone, Debug)]
pub struct ArticleReport {
    /// The file stem ("seed").
    pub name: String,
    pub score: Score,
    pub outcomes: Vec<QuoteOutcome>,
    /// Gold actors not found.
    pub missed_actors: Vec<GoldActor>,
}

/// Runs the detector over `dir/articles/*.txt` and scores it against `dir/gold/<stem>.json`,
/// in file-name order.
///
/// # Errors
/// A message naming the file when a file cannot be read or parsed.
pub fn score_dir(dir: &Path) -> Result<Vec<ArticleReport>, String> {
    let articles = dir.join("articles");
    let mut files: Vec<_> = std::fs::read_dir(&articles)
        .map_err(|e| format!("cannot read {}: {e}", articles.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut reports = Vec::with_capacity(files.len());
    for path in files {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let gold_path = dir.join("gold").join(format!("{stem}.json"));
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let json = std::fs::read_to_string(&gold_path)
            .map_err(|e| format!("cannot read {}: {e}", gold_path.display()))?;
        let gold = crate::format::gold::parse(&json)
            .map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let article = Article::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let detection = detect(&article);
        let (quotes, actors) = predictions(&article, &detection);
        let (score, outcomes) = score(&gold, &quotes, &actors);
        let missed_actors = gold
            .actors
            .iter()
            .filter(|a| !actor_found(a, &actors))
            .cloned()
            .collect();
        reports.push(ArticleReport {
            name: stem,
            score,
            outcomes,
            missed_actors,
        });
    }
    Ok(reports)
}

#[cfg(test)]
mod tests;
