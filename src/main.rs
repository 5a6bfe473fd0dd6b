//! `whosaid`, the command-line program: the same core as the browser app, for batch work.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use whosaid::article::Article;

/// Find who is in a news article and who said what.
///
/// whosaid detects actors and quotes, and reads, checks, converts and merges annotation
/// files. The same core runs in the browser app.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version = whosaid::VERSION, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Detect actors and quotes in a plain-text article and print them as JSON.
    ///
    /// Offsets count Unicode code points of `article.text`; quote texts are given without
    /// their quotation marks.
    Detect {
        /// The article, as UTF-8 plain text; `-` reads standard input.
        file: PathBuf,
    },
    /// Score the detector on an annotated folder (DIR/articles/*.txt, DIR/gold/*.json).
    ///
    /// Prints per-article and total quote precision, recall and F1, speaker accuracy, scare
    /// quotes reported as speech, and actor recall.
    Eval {
        /// The folder, e.g. ../shared/eval/dev.
        dir: PathBuf,
        /// Exit with status 3 when a dev-set target of issue 3 is missed.
        #[arg(long)]
        check: bool,
        /// Also list every quote that is not fully right, and every actor not found.
        #[arg(long, short)]
        verbose: bool,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help and version to stdout and usage errors to stderr.
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        None => Ok(ExitCode::SUCCESS),
        Some(Command::Detect { file }) => run_detect(&file),
        Some(Command::Eval {
            dir,
            check,
            verbose,
        }) => run_eval(&dir, check, verbose),
    };
    result.unwrap_or_else(|message| {
        eprintln!("whosaid: {message}");
        ExitCode::from(1)
    })
}

fn run_detect(file: &std::path::Path) -> Result<ExitCode, String> {
    let name = if file.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        file.display().to_string()
    };
    let mut bytes = Vec::new();
    let read = if file.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ())
    };
    read.map_err(|e| format!("cannot read {name}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name} is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let article = Article::parse(&text).map_err(|e| format!("{name}: {e}"))?;
    let detection = whosaid::detect::detect(&article);
    println!(
        "{}",
        whosaid::format::detection::DetectionFile::new(&article, &detection).to_json()
    );
    Ok(ExitCode::SUCCESS)
}

fn run_eval(dir: &std::path::Path, check: bool, verbose: bool) -> Result<ExitCode, String> {
    let reports = whosaid::eval::score_dir(dir)?;
    if reports.is_empty() {
        return Err(format!("{} has no articles/*.txt", dir.display()));
    }
    let mut total = whosaid::eval::Score::default();
    let width = reports.iter().map(|r| r.name.len()).max().unwrap_or(0);
    for r in &reports {
        println!(
            "{:width$}  {}  exact {}/{} actors {}/{}",
            r.name,
            r.score,
            r.score.quotes_exact,
            r.score.gold_quotes,
            r.score.actors_found,
            r.score.actors
        );
        if verbose {
            for o in &r.outcomes {
                let g = &o.gold;
                let ok = o.predicted.as_ref().is_some_and(|p| {
                    p.kind == g.kind
                        && match &g.speaker {
                            None => p.speaker.is_none(),
                            Some(_) => whosaid::eval::speaker_correct(p.speaker.as_deref(), g),
                        }
                });
                if !ok {
                    let pred = o.predicted.as_ref().map_or("UNMATCHED".to_string(), |p| {
                        format!("{:?} {:?}", p.kind, p.speaker)
                    });
                    let text: String = g.text.chars().take(60).collect();
                    println!("    quote {:?} {:?} got {pred}: {text}", g.kind, g.speaker);
                }
            }
            for a in &r.missed_actors {
                println!("    actor {:?} {} {:?}", a.kind, a.name, a.aliases);
            }
        }
        total += r.score;
    }
    println!(
        "{:width$}  {}  exact {}/{} actors {}/{}",
        "TOTAL", total, total.quotes_exact, total.gold_quotes, total.actors_found, total.actors
    );
    let missed = total.missed_targets();
    for m in &missed {
        println!("target missed: {m}");
    }
    Ok(if check && !missed.is_empty() {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    })
}
