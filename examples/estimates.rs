//! The report's conflicting figures, side by side: what each one's wording allows, and where
//! they overlap or disagree.
//!
//! ```text
//! cargo run --example estimates
//! cargo run --example estimates -- --svg docs/estimates.svg   # also draw an SVG chart
//! ```
//!
//! The report gives five figures about North Korea's deployment and its losses, from different
//! sources and periods. This example prints them per measure (troops, killed, wounded) on one
//! scale per measure, as the range each figure's wording implies: [`facts::Estimate::low`] and
//! [`facts::Estimate::high`] turn "more than 10,000" into an open range from 10,000 upward
//! (10,000 itself excluded). "About 15,000" implies no bound at all; the report gives no
//! margin, so none is invented: the figure is drawn as a point and compared as that value.
//!
//! The rule for comparing, stated once and applied to every pair of figures of a measure: two
//! figures *overlap* when some value lies in both ranges, and *disagree* when none
//! does. So "more than 10,000" and "about 15,000" troops overlap, while "about 2,000"
//! and "about 600" killed disagree. The figures the report says come together (their
//! `reported_with`) are listed as accounts, and coloured alike in the chart.
//!
//! With `--svg FILE` the same ranges are drawn as an SVG chart, written by hand (it is only
//! text) with every label escaped for XML. The output is deterministic: the chart in the
//! crate's `docs/` is this example's output, and a test checks it is up to date.

#[path = "support/mod.rs"]
mod support;

use std::process::ExitCode;
use support::cli::{Cli, DATA_FLAGS, Flag, Takes};
use support::figures::Figures;

const CLI: Cli = Cli {
    name: "estimates",
    about: "The report's figures side by side, each as the range its wording allows.",
    operands: "",
    flags: &[
        &[Flag {
            name: "--svg",
            value: Takes::Value("FILE"),
            help: "also draw the ranges as an SVG chart into FILE",
        }],
        &DATA_FLAGS,
    ],
    more: "",
};

fn main() -> ExitCode {
    let (matches, facts) = match CLI.args_and_facts() {
        Ok(read) => read,
        Err(code) => return code,
    };
    let svg_path = matches.value("--svg");
    let figures = Figures::of(facts);
    print!("{}", figures.text());
    if let Some(path) = svg_path {
        if let Err(error) = std::fs::write(path, figures.svg()) {
            eprintln!("cannot write {path}: {error}");
            return ExitCode::FAILURE;
        }
        eprintln!("wrote the chart to {path}");
    }
    ExitCode::SUCCESS
}
