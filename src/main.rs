//! `whosaid`, the command-line program: the same core as the browser app, for batch work.

use std::process::ExitCode;

use clap::Parser;

/// Find who is in a news article and who said what.
///
/// whosaid detects actors and quotes, and reads, checks, converts and merges annotation
/// files. The same core runs in the browser app.
#[derive(Debug, Parser)]
#[command(name = "whosaid", version = whosaid::VERSION, about, long_about)]
struct Cli {}

fn main() -> ExitCode {
    match Cli::try_parse() {
        Ok(Cli {}) => ExitCode::SUCCESS,
        Err(e) => {
            // clap prints help and version to stdout and usage errors to stderr.
            let _ = e.print();
            if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}
