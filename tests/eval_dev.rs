//! The dev-set targets, checked on every `cargo test`.

use std::path::Path;

use whosaid::eval::{score_dir, Score};

const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/dev");

#[test]
fn dev_set_meets_the_targets() {
    let reports = score_dir(Path::new(DEV)).expect("the dev set is readable");
    assert!(!reports.is_empty(), "the dev set has articles");
    let mut total = Score::default();
    for r in &reports {
        total += r.score;
    }
    let missed = total.missed_targets();
    assert!(missed.is_empty(), "targets missed: {missed:?}\n{total}");
}

#[test]
fn default_article_is_entirely_right() {
    let reports = score_dir(Path::new(DEV)).expect("the dev set is readable");
    let seed = reports
        .iter()
        .find(|r| r.name == "seed")
        .expect("seed.txt is in the dev set");
    let wrong: Vec<_> = seed
        .outcomes
        .iter()
        .filter(|o| {
            !o.predicted.as_ref().is_some_and(|p| {
                p.kind == o.gold.kind
                    && match &o.gold.speaker {
                        None => p.speaker.is_none(),
                        Some(_) => whosaid::eval::speaker_correct(p.speaker.as_deref(), &o.gold),
                    }
            })
        })
        .map(|o| &o.gold.text)
        .collect();
    assert!(wrong.is_empty(), "quotes not fully right: {wrong:?}");
    assert_eq!(seed.score.quotes_exact, seed.score.gold_quotes);
    assert!(
        seed.missed_actors.is_empty(),
        "actors not found: {:?}",
        seed.missed_actors
    );
}
