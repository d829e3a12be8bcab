//! Ratios between benchmarks of one run, printed after criterion's own report: each target of
//! the crate is a ratio to a peer measured side by side (SQLite, a hand-written Rust loop).
//!
//! Criterion keeps each benchmark's estimates in `<target>/criterion/<group>/<name>/new/`;
//! only the ones this run wrote are read, so a filtered run shows only what it measured.

#![allow(dead_code)] // Each benchmark takes what it needs.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use criterion::Criterion;

/// A benchmark of this run: its group and name, and how many rows it goes through (for a
/// ratio per row between sizes).
#[derive(Clone, Copy)]
pub struct Bench {
    pub group: &'static str,
    pub name: &'static str,
    pub rows: u64,
}

pub const fn bench(group: &'static str, name: &'static str) -> Bench {
    Bench {
        group,
        name,
        rows: 1,
    }
}

/// What a ratio must be.
#[derive(Clone, Copy)]
pub enum Goal {
    AtMost(f64),
    AtLeast(f64),
    /// Shown for comparison, with no target.
    None,
}

/// `top / bottom` (per row), against a goal.
pub struct Ratio {
    pub what: String,
    pub top: Bench,
    pub bottom: Bench,
    pub goal: Goal,
}

/// Where this run's estimates go, and when it began.
pub struct Run {
    dir: PathBuf,
    began: SystemTime,
}

impl Run {
    /// Criterion configured from the command line, writing where [`Run::median`] reads.
    pub fn start() -> (Criterion, Run) {
        let dir = std::env::var_os("CRITERION_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../criterion"));
        let criterion = Criterion::default()
            .output_directory(&dir)
            .configure_from_args();
        // File times are coarse on some file systems.
        let began = SystemTime::now() - Duration::from_secs(1);
        (criterion, Run { dir, began })
    }

    /// The median time of one iteration of a benchmark this run measured, in nanoseconds.
    pub fn median(&self, bench: Bench) -> Option<f64> {
        let path = self
            .dir
            .join(bench.group)
            .join(bench.name)
            .join("new/estimates.json");
        let modified = std::fs::metadata(&path).ok()?.modified().ok()?;
        if modified < self.began {
            return None;
        }
        let estimates: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
        estimates["median"]["point_estimate"].as_f64()
    }

    /// Prints the ratios this run measured as a Markdown table.
    pub fn print(&self, ratios: &[Ratio]) {
        let rows: Vec<[String; 5]> = ratios
            .iter()
            .filter_map(|r| {
                let top = self.median(r.top)? / r.top.rows as f64;
                let bottom = self.median(r.bottom)? / r.bottom.rows as f64;
                let ratio = top / bottom;
                let (goal, met) = match r.goal {
                    Goal::AtMost(g) => (format!("<= {g}"), if ratio <= g { "yes" } else { "NO" }),
                    Goal::AtLeast(g) => {
                        // "at least 3x faster": the peer over us.
                        (format!(">= {g}"), if ratio >= g { "yes" } else { "NO" })
                    }
                    Goal::None => ("-".to_owned(), "-"),
                };
                Some([
                    r.what.clone(),
                    format!("{} / {}", time(top), time(bottom)),
                    format!("{ratio:.3}"),
                    goal,
                    met.to_owned(),
                ])
            })
            .collect();
        if rows.is_empty() {
            return;
        }
        let header = ["ratio", "medians", "measured", "target", "met"];
        let mut widths = header.map(str::len);
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.len());
            }
        }
        let line = |cells: [&str; 5]| {
            let cells: Vec<String> = cells
                .iter()
                .zip(widths)
                .map(|(c, w)| format!("{c:<w$}"))
                .collect();
            println!("| {} |", cells.join(" | "));
        };
        println!();
        line(header);
        let rule = widths.map(|w| "-".repeat(w));
        line([&rule[0], &rule[1], &rule[2], &rule[3], &rule[4]]);
        for row in &rows {
            line([&row[0], &row[1], &row[2], &row[3], &row[4]]);
        }
        println!();
    }
}

/// Nanoseconds in the unit that suits them.
pub fn time(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.2} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} us", ns / 1e3)
    } else {
        format!("{ns:.1} ns")
    }
}
