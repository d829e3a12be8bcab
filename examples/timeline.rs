//! The report's events on a terminal timeline, each drawn as precisely as the report dates it.
//!
//! ```text
//! cargo run --example timeline
//! ```
//!
//! The report rarely gives a day. It says "2024", "February", "late October", "since early
//! 2025", and a [`facts::Date`] keeps exactly that: the earliest and the latest day the words
//! can mean. This example draws each dated event as a bar over that whole interval, on an axis
//! of months where one column is a third of a month (days 1–10, 11–20, 21 to the end, the
//! crate's meaning of "early", "mid" and "late" in a month). So "2024" fills twelve months,
//! "late October" one column, and "held since early 2025" the first four months of 2025 (when
//! the detention began) followed by a line and an arrow: it still holds when the report is
//! written. Each bar is labelled with the date as the report words it (`Date`'s `Display`),
//! where a year in brackets, `[2025]`, is one the report implies rather than writes. Below
//! each bar come what happened and who the report has it from, each source the event refers
//! to followed to its name. Events the report gives no date for are listed last.
//!
//! Colours are used only when stdout is a terminal (and `NO_COLOR` is not set), so that piped
//! output is plain text.

#[path = "support/mod.rs"]
mod support;

use std::io::IsTerminal;
use std::process::ExitCode;
use support::cli::{Cli, DATA_FLAGS};
use support::wrap;

use facts::{Dataset, Date, Day, Event};

/// Columns per month: one for each of the days 1–10, 11–20 and 21 to the end.
const CELLS_PER_MONTH: usize = 3;
/// Where the bars start, so that titles below them can be indented further.
const MARGIN: &str = "  ";
const INDENT: &str = "    ";
const MONTH_INITIALS: [char; 12] = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];

const CLI: Cli = Cli {
    name: "timeline",
    about: "The report's dated events in order, each date as precise as the report gives it.",
    operands: "",
    flags: &[&DATA_FLAGS],
    more: "Colour on a terminal, unless NO_COLOR is set.\n",
};

fn main() -> ExitCode {
    let (_, facts) = match CLI.args_and_facts() {
        Ok(read) => read,
        Err(code) => return code,
    };
    let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    print!("{}", timeline(facts, colour));
    ExitCode::SUCCESS
}

/// The whole timeline as text.
fn timeline(facts: &Dataset, colour: bool) -> String {
    let mut dated: Vec<(Event<'_>, Date)> = facts
        .events()
        .iter()
        .filter_map(|event| event.date().map(|date| (event, date)))
        .collect();
    // A stable sort keeps the report's order among events dated alike.
    dated.sort_by_key(|(_, date)| (date.earliest(), date.latest()));
    let undated: Vec<Event<'_>> = facts
        .events()
        .iter()
        .filter(|e| e.date().is_none())
        .collect();

    let mut out = String::new();
    let Some(axis) = Axis::spanning(dated.iter().map(|(_, date)| date)) else {
        out.push_str("The report dates none of its events.\n");
        return out;
    };

    out.push_str(&format!(
        "{} events of the report in date order ({}–{}), each drawn over every day its date can mean\n",
        dated.len(),
        axis.first_year,
        axis.last_year
    ));
    out.push_str("(earliest possible day first; events dated alike keep the report's order).\n");
    out.push_str(
        "One column is a third of a month: days 1–10, 11–20, 21 to the end. █ the date's span,\n",
    );
    out.push_str(
        "━━▶ still holding when the report was written; [2025] a year the report implies but does\n",
    );
    out.push_str("not write (it says \"late October\" in a report of 2025).\n\n");

    out.push_str(&axis.header());
    for &(event, date) in &dated {
        out.push('\n');
        let bar = axis.bar(&date, event.ongoing());
        // "Since" is how the report words a state that began then; the arrow says it holds.
        let label = if event.ongoing() {
            format!("since {date}")
        } else {
            date.to_string()
        };
        let bar = if colour {
            format!("\x1b[36m{bar}\x1b[0m")
        } else {
            bar
        };
        let label = if colour {
            format!("\x1b[1m{label}\x1b[0m")
        } else {
            label
        };
        out.push_str(&format!("{MARGIN}{bar}  {label}\n"));
        describe(&mut out, event);
    }

    if !undated.is_empty() {
        out.push_str(&format!(
            "\nUndated: {} events the report gives no date for, in the report's order.\n",
            undated.len()
        ));
        for event in undated {
            out.push('\n');
            out.push_str(&wrap(event.title(), MARGIN, MARGIN));
            out.push_str(&wrap(
                &format!("from: {}", source_names(event)),
                INDENT,
                "          ",
            ));
        }
    }
    out
}

/// The title of an event and who the report has it from, below its bar.
fn describe(out: &mut String, event: Event<'_>) {
    out.push_str(&wrap(event.title(), INDENT, INDENT));
    out.push_str(&wrap(
        &format!("from: {}", source_names(event)),
        INDENT,
        "          ",
    ));
}

/// The names of an event's sources, as the report names them.
fn source_names(event: Event<'_>) -> String {
    event
        .sources()
        .iter()
        .map(|source| source.name())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Whole years of months, from January of the first year to December of the last.
struct Axis {
    first_year: i32,
    last_year: i32,
}

impl Axis {
    /// The smallest axis of whole years holding every date.
    fn spanning<'a>(dates: impl Iterator<Item = &'a Date> + Clone) -> Option<Axis> {
        let first_year = dates.clone().map(|d| d.earliest().year()).min()?;
        let last_year = dates.map(|d| d.latest().year()).max()?;
        Some(Axis {
            first_year,
            last_year,
        })
    }

    fn cells(&self) -> usize {
        (self.last_year - self.first_year + 1) as usize * 12 * CELLS_PER_MONTH
    }

    /// The column of the third of a month a day falls in.
    fn cell(&self, day: Day) -> usize {
        let month = (day.year() - self.first_year) as usize * 12 + usize::from(day.month() - 1);
        let third = match day.day() {
            1..=10 => 0,
            11..=20 => 1,
            _ => 2,
        };
        month * CELLS_PER_MONTH + third
    }

    /// Two lines: the years, then each month's initial over its first column.
    fn header(&self) -> String {
        let mut years = String::new();
        let mut months = String::new();
        for year in self.first_year..=self.last_year {
            years.push_str(&format!("{:<width$}", year, width = 12 * CELLS_PER_MONTH));
            for initial in MONTH_INITIALS {
                months.push_str(&format!("{:<width$}", initial, width = CELLS_PER_MONTH));
            }
        }
        format!(
            "{MARGIN}{}\n{MARGIN}{}\n",
            years.trim_end(),
            months.trim_end()
        )
    }

    /// A bar over every column the date can fall in; an ongoing state continues to the end of
    /// the axis and past it with an arrow. Empty columns show a dot at each month's start so
    /// that the eye can find the month.
    fn bar(&self, date: &Date, ongoing: bool) -> String {
        let (from, to) = (self.cell(date.earliest()), self.cell(date.latest()));
        let mut bar: String = (0..self.cells())
            .map(|cell| {
                if (from..=to).contains(&cell) {
                    '█'
                } else if ongoing && cell > to {
                    '━'
                } else if cell % CELLS_PER_MONTH == 0 {
                    '·'
                } else {
                    ' '
                }
            })
            .collect();
        // The arrow sits just past the axis, so that an ongoing bar and a bar that ends in
        // December stay distinguishable; other bars keep the column blank to stay aligned.
        bar.push(if ongoing { '▶' } else { ' ' });
        bar
    }
}
