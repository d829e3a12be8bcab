//! Where each answer comes from: every record a query finds, with its quote shown in the
//! sentence of the report it stands in.
//!
//! ```text
//! cargo run --example provenance                       # estimates where topic = casualties
//! cargo run --example provenance -- "claims where status = unconfirmed"
//! cargo run --example provenance -- "events where date >= 2025 order by date"
//! ```
//!
//! Every record of the crate rests on a [`facts::Quote`]: the report's exact words and their
//! byte range in the report's text. This example runs a query and, for each record of the
//! answer, prints its id and key fields, then the sentence around the quote with the quoted
//! words marked: bold and underlined on a terminal, `»between these marks«` otherwise (so piped
//! output is plain text that still shows them). It also says which line of the report the sentence is
//! on (`l.19`: the report keeps one paragraph a line, headings counted, as `find` and the
//! crate's docs cite it), and under which heading. An estimate the report states again is shown at each place.
//!
//! Sentences are found the simple way, which suits this report: a sentence ends at `.`, `!`
//! or `?` (and any closing quotation mark) followed by a space or the end of the line. A line
//! that does not end like that is a heading.
//!
//! A query the crate refuses is reported on stderr with exit code 1, as is a `count` or
//! `group by` query: their answers are numbers or groups, and provenance needs records.

#[path = "support/mod.rs"]
mod support;

use std::io::IsTerminal;
use std::ops::Range;
use std::process::ExitCode;
use support::cli::{Cli, DATA_FLAGS};
use support::{WIDTH, in_words, wrap};

use facts::{Answer, Dataset, Quote, Report, Row};

const DEFAULT_QUERY: &str = "estimates where topic = casualties";
const INDENT: &str = "   ";

const CLI: Cli = Cli {
    name: "provenance",
    about: "Every record a query answers, with its quote marked in the report's own sentence.",
    operands: "[QUERY]",
    flags: &[&DATA_FLAGS],
    more: "QUERY is one argument, in quotes; without one: estimates where topic = casualties.\n",
};

fn main() -> ExitCode {
    let matches = match CLI.args() {
        Ok(matches) => matches,
        Err(code) => return code,
    };
    let query = match matches.operands.as_slice() {
        [] => DEFAULT_QUERY.to_owned(),
        [query] => query.clone(),
        several => {
            eprintln!(
                "provenance takes one query, in quotes: provenance \"{}\"\n{}\nsee --help",
                several.join(" "),
                CLI.usage()
            );
            return ExitCode::from(2);
        }
    };
    let facts = match support::cli::dataset(&matches) {
        Ok(facts) => facts,
        Err(code) => return code,
    };
    let style = if std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        Style::Terminal
    } else {
        Style::Plain
    };
    match provenance(facts, &query, style) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// How the quoted words stand out from their sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    /// Bold and underlined, with ANSI escapes.
    Terminal,
    /// Between `»` and `«`.
    Plain,
}

/// The provenance of every record the query answers, or why there is none to show.
fn provenance(facts: &Dataset, query: &str, style: Style) -> Result<String, String> {
    let answer = facts.query(query).map_err(|error| error.to_string())?;
    let rows: Vec<Row<'_>> = match &answer {
        Answer::Rows(rows) => rows.records().to_vec(),
        Answer::Found(found) => found.records().iter().map(|hit| hit.row()).collect(),
        Answer::Count(_) => {
            return Err(format!(
                "provenance needs rows: `{query}` answers a number, which quotes nothing itself; \
                 drop `count` to see the records it counts"
            ));
        }
        Answer::Groups(_) => {
            return Err(format!(
                "provenance needs rows: `{query}` answers groups, which quote nothing \
                 themselves; drop `group by` to see the records grouped"
            ));
        }
    };

    let mut out = format!("Query: {query}\n");
    let marked = match style {
        Style::Terminal => "highlighted",
        Style::Plain => "marked »like this«",
    };
    out.push_str(&match rows.len() {
        0 => "No record matches.\n".to_owned(),
        1 => format!("1 record; its quote is {marked} in the sentence of the report it is from.\n"),
        n => format!(
            "{n} records; each quote is {marked} in the sentence of the report it is from.\n"
        ),
    });

    // One report is named once; quotes from several would each name theirs.
    let mut reports: Vec<Report<'_>> = rows.iter().map(|row| row.quote().report()).collect();
    reports.dedup_by_key(|report| report.id());
    let single = reports.len() == 1;
    if let (true, Some(report)) = (single, reports.first()) {
        out.push_str(&wrap(
            &format!(
                "All from the report “{}” ({}); l.N is line N of its text, one paragraph a line.",
                report.title(),
                report.id()
            ),
            "",
            "",
        ));
    }

    for (i, &row) in rows.iter().enumerate() {
        out.push('\n');
        out.push_str(&wrap(
            &format!("{}. {} ({}): {}", i + 1, row.id(), kind(row), summary(row)),
            "",
            INDENT,
        ));
        let quote = row.quote();
        let report = quote.report();
        let layout = Layout::of(report);
        out.push_str(&context(&layout, report, quote, style, "", !single));
        if let Row::Estimate(estimate) = row {
            for restated in estimate.restated().iter() {
                out.push_str(&context(
                    &layout,
                    report,
                    restated,
                    style,
                    "restated: ",
                    !single,
                ));
            }
        }
    }
    Ok(out)
}

/// What kind of record a row is, in a word.
fn kind(row: Row<'_>) -> &'static str {
    match row {
        Row::Actor(_) => "actor",
        Row::Event(_) => "event",
        Row::Estimate(_) => "estimate",
        Row::Source(_) => "source",
        Row::Claim(_) => "claim",
        Row::Report(_) => "report",
    }
}

/// The fields that tell a reader what the record says, references resolved to names.
fn summary(row: Row<'_>) -> String {
    match row {
        Row::Estimate(e) => format!(
            "{} {} · {} · {}",
            in_words(e),
            e.measure(),
            e.source().name(),
            e.period().unwrap_or("no period given")
        ),
        Row::Event(e) => format!(
            "{} · {} · from {}",
            e.date().map_or("undated".to_owned(), |d| d.to_string()),
            e.title(),
            e.sources()
                .iter()
                .map(|s| s.name())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Row::Claim(c) => format!(
            "{} · {}{} · “{}”",
            c.source().name(),
            c.status(),
            c.date().map_or(String::new(), |d| format!(" · {d}")),
            c.text()
        ),
        Row::Actor(a) => match a.role() {
            Some(role) => format!("{} · {} · {role}", a.name(), a.kind()),
            None => format!("{} · {}", a.name(), a.kind()),
        },
        Row::Source(s) => format!("{} · {}", s.name(), s.kind()),
        Row::Report(r) => format!("{} · {}", r.title(), r.year()),
    }
}

/// The report's text cut into paragraphs, headings and sentences, by byte ranges.
struct Layout {
    sentences: Vec<Sentence>,
}

struct Sentence {
    range: Range<usize>,
    /// The line of the report it is on, from 1, headings counted.
    line: usize,
    /// Whether it is a heading.
    is_heading: bool,
    /// The heading the sentence stands under, as a byte range; `None` before the first.
    heading: Option<Range<usize>>,
}

impl Layout {
    fn of(report: Report<'_>) -> Layout {
        let text = report.text();
        let mut sentences = Vec::new();
        let mut heading = None;
        let mut line_start = 0;
        for (number, line) in text.split_inclusive('\n').enumerate() {
            let range = line_start..line_start + line.trim_end().len();
            line_start += line.len();
            let body = &text[range.clone()];
            if body.trim().is_empty() {
                continue;
            }
            if !ends_sentence(body) {
                heading = Some(range.clone());
                sentences.push(Sentence {
                    range,
                    line: number + 1,
                    is_heading: true,
                    heading: None,
                });
                continue;
            }
            for sentence in split_sentences(body) {
                sentences.push(Sentence {
                    range: range.start + sentence.start..range.start + sentence.end,
                    line: number + 1,
                    is_heading: false,
                    heading: heading.clone(),
                });
            }
        }
        Layout { sentences }
    }

    /// The sentences a byte range touches, in order.
    fn around(&self, range: &Range<usize>) -> &[Sentence] {
        let first = self
            .sentences
            .iter()
            .position(|s| s.range.end > range.start);
        let last = self
            .sentences
            .iter()
            .rposition(|s| s.range.start < range.end);
        match (first, last) {
            (Some(first), Some(last)) if first <= last => &self.sentences[first..=last],
            _ => &[],
        }
    }
}

/// Whether a text ends like a sentence: `.`, `!` or `?`, then any closing quotation marks.
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?'])
}

/// The sentences of one paragraph, as byte ranges into it.
fn split_sentences(paragraph: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, closing)) = chars.peek() {
            if !matches!(closing, '"' | '\'' | '”' | '’' | ')') {
                break;
            }
            end = j + closing.len_utf8();
            chars.next();
        }
        if chars.peek().is_none_or(|&(_, next)| next.is_whitespace()) {
            sentences.push(start..end);
            while chars.peek().is_some_and(|&(_, next)| next.is_whitespace()) {
                chars.next();
            }
            start = chars.peek().map_or(paragraph.len(), |&(j, _)| j);
        }
    }
    if start < paragraph.len() {
        sentences.push(start..paragraph.len());
    }
    sentences
}

/// Where a quote stands in the report, and the sentence(s) around it with the quote marked.
fn context(
    layout: &Layout,
    report: Report<'_>,
    quote: Quote<'_>,
    style: Style,
    verb: &str,
    name_report: bool,
) -> String {
    let text = report.text();
    let range = quote.range();
    // A quote whose range does not hold its words would be a broken record; show it as such
    // instead of marking the wrong words.
    if text.get(range.clone()) != Some(quote.text()) {
        return format!(
            "{INDENT}{verb}bytes {}..{}, where the report does not read “{}”\n",
            range.start,
            range.end,
            quote.text()
        );
    }
    let sentences = layout.around(&range);
    let (Some(first), Some(last)) = (sentences.first(), sentences.last()) else {
        return format!("{INDENT}{verb}bytes {}..{}\n", range.start, range.end);
    };
    let place = match (first.is_heading, &first.heading) {
        (true, _) => format!("l.{}, a heading", first.line),
        (false, None) => format!("l.{}", first.line),
        (false, Some(heading)) => format!("l.{} (“{}”)", first.line, &text[heading.clone()]),
    };
    let report_name = if name_report {
        format!(" of {}", report.id())
    } else {
        String::new()
    };
    let mut out = wrap(
        &format!(
            "{verb}{place}, bytes {}..{}{report_name}",
            range.start, range.end
        ),
        INDENT,
        INDENT,
    );
    let shown = first.range.start..last.range.end;
    let words = &text[shown.clone()];
    let quoted = range.start - shown.start..range.end - shown.start;
    out.push_str(&mark(words, quoted, style, &format!("{INDENT}  ")));
    out
}

/// `text` wrapped after `indent`, with the bytes `quoted` marked in `style`.
fn mark(text: &str, quoted: Range<usize>, style: Style, indent: &str) -> String {
    let (shown, quoted) = match style {
        // The marks are part of the text, so that wrapping counts them.
        Style::Plain => (
            format!(
                "{}»{}«{}",
                &text[..quoted.start],
                &text[quoted.clone()],
                &text[quoted.end..]
            ),
            None,
        ),
        Style::Terminal => (text.to_owned(), Some(quoted)),
    };
    let mut out = String::new();
    for line in wrap_ranges(&shown, WIDTH - indent.chars().count()) {
        out.push_str(indent);
        match &quoted {
            // Escapes open and close on each line, so that the indent is never underlined.
            Some(quoted) if quoted.start < line.end && quoted.end > line.start => {
                let from = quoted.start.max(line.start);
                let to = quoted.end.min(line.end);
                out.push_str(&shown[line.start..from]);
                out.push_str("\x1b[1;4m");
                out.push_str(&shown[from..to]);
                out.push_str("\x1b[0m");
                out.push_str(&shown[to..line.end]);
            }
            _ => out.push_str(&shown[line]),
        }
        out.push('\n');
    }
    out
}

/// The lines of `text` wrapped at spaces to `width` columns, as byte ranges.
fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut line: Option<Range<usize>> = None;
    let mut columns = 0;
    let mut offset = 0;
    for word in text.split(' ') {
        let range = offset..offset + word.len();
        offset = range.end + 1;
        if word.is_empty() {
            continue;
        }
        let length = word.chars().count();
        line = match line {
            Some(current) if columns + 1 + length <= width => {
                columns += 1 + length;
                Some(current.start..range.end)
            }
            Some(current) => {
                lines.push(current);
                columns = length;
                Some(range)
            }
            None => {
                columns = length;
                Some(range)
            }
        };
    }
    lines.extend(line);
    lines
}
