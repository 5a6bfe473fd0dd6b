//! The `whosaid` command line, run as a user runs it.
#![cfg(feature = "cli")]

use std::process::{Command, Output};

fn whosaid(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .output()
        .expect("run whosaid")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn version_prints_name_and_version() {
    let out = whosaid(&["--version"]);
    assert!(out.status.success());
    assert_eq!(stdout(&out).trim(), format!("whosaid {}", whosaid::VERSION));
}

#[test]
fn help_describes_the_program() {
    let out = whosaid(&["--help"]);
    assert!(out.status.success());
    let help = stdout(&out);
    assert!(help.contains("Usage: whosaid"), "{help}");
    assert!(help.contains("who said what"), "{help}");
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let out = whosaid(&["--frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--frobnicate"), "{err}");
}
