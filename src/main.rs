//! `whosaid`, the command-line program: the same core as the browser app, for batch work.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use whosaid::annotations::{default_topics, Annotations};
use whosaid::article::Article;
use whosaid::format::{self, whosaid::Meta, AnnotationFile, FileFormat};

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
    /// Convert an annotation file, or an article, to another annotation format.
    ///
    /// FILE is a whosaid JSON, W3C Web Annotation or Hypothesis file (told apart by its
    /// content), or a .txt, .md or .html article, whose detected actors and quotes become the
    /// annotations (with the article's default topics): teachers prepare a class's files in
    /// batch this way. W3C and Hypothesis files do not carry the article: give it with
    /// --article (not needed for the default article).
    Convert {
        /// The annotation file or article.
        file: PathBuf,
        /// The format to write.
        #[arg(long, value_enum)]
        to: To,
        /// Where to write (standard output if not given). For csv, the actors table goes
        /// beside it, in OUT with `.actors.csv` for its extension.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The article a W3C or Hypothesis file annotates.
        #[arg(long)]
        article: Option<PathBuf>,
        /// The annotator's name, written into the file.
        #[arg(long)]
        annotator: Option<String>,
    },
    /// Check annotation files and say what is wrong and where.
    ///
    /// Exit status 0 when every file is valid, 1 when one is not, 2 for usage errors.
    Validate {
        /// The files (whosaid JSON, W3C Web Annotation or Hypothesis JSON).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The article W3C and Hypothesis files annotate.
        #[arg(long)]
        article: Option<PathBuf>,
    },
    /// Merge annotation files on one article as the app does, and report conflicts.
    ///
    /// The first file is the base (a teacher's file, or an article whose detections start
    /// the work); the others are re-anchored onto its article and merged into it. Work that
    /// disagrees is kept as a visible conflict, never overwritten. Exit status 0 on success
    /// (conflicts included), 1 when a file cannot be read, 2 for usage errors.
    Merge {
        /// The files, the base first.
        #[arg(required = true, num_args = 2..)]
        files: Vec<PathBuf>,
        /// Where to write the merged whosaid JSON file.
        #[arg(short, long)]
        output: PathBuf,
        /// The article W3C and Hypothesis files annotate.
        #[arg(long)]
        article: Option<PathBuf>,
    },
}

/// An output format of `convert`.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum To {
    /// whosaid's own lossless JSON.
    Json,
    /// W3C Web Annotation JSON-LD (an AnnotationCollection).
    W3c,
    /// CSV tables of the quotes and the actors, for spreadsheets.
    Csv,
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
        Some(Command::Convert {
            file,
            to,
            output,
            article,
            annotator,
        }) => run_convert(&file, to, output.as_deref(), article.as_deref(), annotator),
        Some(Command::Validate { files, article }) => run_validate(&files, article.as_deref()),
        Some(Command::Merge {
            files,
            output,
            article,
        }) => run_merge(&files, &output, article.as_deref()),
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

/// Reads a file, refusing one larger than an annotation file can be before reading it.
fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    let name = path.display().to_string();
    let len = std::fs::metadata(path)
        .map_err(|e| format!("cannot read {name}: {e}"))?
        .len();
    format::check_size(&name, usize::try_from(len).unwrap_or(usize::MAX))
        .map_err(|e| e.to_string())?;
    std::fs::read(path).map_err(|e| format!("cannot read {name}: {e}"))
}

/// Whether the bytes look like JSON (an annotation file) rather than an article.
fn looks_like_json(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    matches!(
        text.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[')
    )
}

fn read_article_file(path: &Path) -> Result<Article, String> {
    let name = path.display().to_string();
    let bytes = read_bytes(path)?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    whosaid::import::read_article(file_name.as_deref(), &bytes).map_err(|e| {
        let message = e.to_string();
        if message.contains(&name) || file_name.as_deref().is_some_and(|f| message.contains(f)) {
            message
        } else {
            format!("{name}: {message}")
        }
    })
}

/// An annotation file, or an article with its detections as the annotations.
fn open_annotations(path: &Path, article: Option<&Path>) -> Result<AnnotationFile, String> {
    let name = path.display().to_string();
    let bytes = read_bytes(path)?;
    if !looks_like_json(&bytes) {
        let article = read_article_file(path)?;
        let found = whosaid::detect::detect(&article);
        let annotations = Annotations::from_detection(&article, &found, &default_topics(&article));
        return Ok(AnnotationFile {
            format: FileFormat::Whosaid,
            article,
            annotations,
            annotator: None,
            exported: None,
            app_version: None,
            orphans: Vec::new(),
        });
    }
    let article = article.map(read_article_file).transpose()?;
    format::read_annotations(&name, &bytes, article.as_ref()).map_err(|e| e.to_string())
}

fn run_convert(
    path: &Path,
    to: To,
    output: Option<&Path>,
    article: Option<&Path>,
    annotator: Option<String>,
) -> Result<ExitCode, String> {
    let file = open_annotations(path, article)?;
    for o in &file.orphans {
        eprintln!(
            "whosaid: {}: {}: its text {:?} is not in the article; kept as orphaned (only \
             whosaid JSON holds orphans)",
            path.display(),
            o.at,
            o.exact
        );
    }
    let meta = Meta {
        annotator: annotator.or(file.annotator),
        exported: Some(now_rfc3339()),
    };
    let (main, actors) = match to {
        To::Json => (
            format::whosaid::write(&file.article, &file.annotations, &meta),
            None,
        ),
        To::W3c => (
            format::w3c::write(&file.article, &file.annotations, &meta),
            None,
        ),
        To::Csv => (
            format::csv::quotes(&file.article, &file.annotations),
            Some(format::csv::actors(&file.annotations)),
        ),
    };
    match output {
        None => {
            print!("{main}");
            if !main.ends_with('\n') {
                println!();
            }
        }
        Some(out) => {
            let write = |p: &Path, text: &str| {
                std::fs::write(p, text).map_err(|e| format!("cannot write {}: {e}", p.display()))
            };
            write(out, &main)?;
            if let Some(actors) = actors {
                write(&out.with_extension("actors.csv"), &actors)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_merge(files: &[PathBuf], output: &Path, article: Option<&Path>) -> Result<ExitCode, String> {
    let (first, rest) = files
        .split_first()
        .ok_or_else(|| "merge needs at least two files".to_string())?;
    let base = open_annotations(first, article)?;
    // W3C and Hypothesis files are placed in the base's article unless --article says.
    let incoming = rest
        .iter()
        .map(|p| {
            let bytes = read_bytes(p)?;
            let name = p.display().to_string();
            let file = if looks_like_json(&bytes) && article.is_none() {
                format::read_annotations(&name, &bytes, Some(&base.article))
                    .map_err(|e| e.to_string())
            } else {
                open_annotations(p, article)
            }?;
            Ok::<_, String>((name, file))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let import = whosaid::merge::plan_files(&base.article, &base.annotations, &incoming);
    let mut merged = base.annotations.clone();
    merged.apply(&import.plan.edit());
    let conflicts = whosaid::merge::conflicts(&merged);
    eprintln!(
        "whosaid: merged {} file(s) into {}: {}",
        rest.len(),
        first.display(),
        import.summary()
    );
    for c in &conflicts {
        eprintln!(
            "whosaid: conflict on {} ({}): kept as {} until someone resolves it",
            c.base,
            c.incoming.kind_name(),
            c.id
        );
    }
    for o in &import.plan.orphans {
        eprintln!(
            "whosaid: {} {} could not be placed in the article: kept in the merged file as \
             orphaned",
            o.item.kind_name(),
            o.item.id()
        );
    }
    for o in import.plan.carried() {
        eprintln!(
            "whosaid: {} {} ({:?}) could not be placed in the article: kept in the merged file \
             as orphaned",
            o.item.kind_name(),
            o.item.id(),
            o.text()
        );
    }
    let meta = Meta {
        annotator: base.annotator,
        exported: Some(now_rfc3339()),
    };
    let text = format::whosaid::write(&base.article, &merged, &meta);
    std::fs::write(output, text).map_err(|e| format!("cannot write {}: {e}", output.display()))?;
    Ok(ExitCode::SUCCESS)
}

fn run_validate(files: &[PathBuf], article: Option<&Path>) -> Result<ExitCode, String> {
    let article = article.map(read_article_file).transpose()?;
    let mut ok = true;
    for path in files {
        let name = path.display().to_string();
        let result = read_bytes(path).and_then(|bytes| {
            format::read_annotations(&name, &bytes, article.as_ref()).map_err(|e| e.to_string())
        });
        match result {
            Ok(file) => {
                let a = &file.annotations;
                println!(
                    "{name}: valid {} file: {} topics, {} actors, {} quotes, {} stances, {} notes{}",
                    match file.format {
                        FileFormat::Whosaid => "whosaid JSON",
                        FileFormat::W3c => "W3C Web Annotation",
                        FileFormat::Foreign => "annotation",
                    },
                    a.topics_in_order().len(),
                    a.actors_in_order().len(),
                    a.quotes_in_order().len(),
                    a.stances().count(),
                    a.notes_in_order().len(),
                    match file.orphans.len() + a.orphans().count() {
                        0 => String::new(),
                        n => format!(", {n} that could not be placed"),
                    }
                );
            }
            Err(message) => {
                ok = false;
                eprintln!("{message}");
            }
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The current time, RFC 3339 in UTC, to the second.
fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Howard Hinnant's civil-from-days.
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}
