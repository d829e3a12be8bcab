//! The report's figures per measure, each as the range its wording allows, compared pair by
//! pair, as text and as an SVG chart: what `estimates` prints and the reader shows.

use std::fmt::Write as _;

use facts::{Dataset, Estimate, Measure};

use super::{in_words, wrap};

/// Columns of the text scale, from 0 to the scale's maximum.
const SCALE_COLS: usize = 40;
/// Where the scale starts, after the label column.
const LABEL_WIDTH: usize = 22;

/// The values a figure's wording allows, as whole numbers (the figures count people).
#[derive(Debug, Clone, Copy)]
struct Range {
    low: u64,
    /// `None`: no upper bound.
    high: Option<u64>,
}

impl Range {
    fn of(estimate: Estimate<'_>) -> Range {
        match (estimate.low(), estimate.high()) {
            // "About": the wording implies no bound and the report gives no margin, so the
            // figure stands for itself alone rather than for a range we would have to invent.
            (None, None) => Range {
                low: estimate.value(),
                high: Some(estimate.value()),
            },
            (low, high) => Range {
                low: low.map_or(0, |b| if b.inclusive { b.value } else { b.value + 1 }),
                high: high.map(|b| {
                    if b.inclusive {
                        b.value
                    } else {
                        b.value.saturating_sub(1)
                    }
                }),
            },
        }
    }

    fn is_point(self) -> bool {
        self.high == Some(self.low)
    }

    /// The values both ranges allow, if any.
    fn meet(self, other: Range) -> Option<Range> {
        let low = self.low.max(other.low);
        let high = match (self.high, other.high) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        (high.is_none_or(|high| low <= high)).then_some(Range { low, high })
    }
}

/// The report's estimates with what the charts need: source names, and which account (the
/// set of figures the report gives together) each belongs to.
pub struct Figures<'d> {
    rows: Vec<Figure<'d>>,
    /// Each account's estimates, in the order the report first gives them.
    accounts: Vec<Vec<Estimate<'d>>>,
}

struct Figure<'d> {
    estimate: Estimate<'d>,
    source: &'d str,
    /// Index into `Figures::accounts`.
    account: usize,
}

impl<'d> Figures<'d> {
    pub fn of(facts: &'d Dataset) -> Figures<'d> {
        let estimates: Vec<Estimate<'d>> = facts.estimates().iter().collect();
        // Accounts are the connected sets of `reported_with`, read both ways, so that a link
        // recorded on one side only still joins two figures.
        let mut account_of: Vec<Option<usize>> = vec![None; estimates.len()];
        let mut accounts: Vec<Vec<Estimate<'d>>> = Vec::new();
        for start in 0..estimates.len() {
            if account_of[start].is_some() {
                continue;
            }
            let account = accounts.len();
            let mut members = vec![start];
            account_of[start] = Some(account);
            let mut next = 0;
            while next < members.len() {
                let here = estimates[members[next]];
                next += 1;
                for (i, &other) in estimates.iter().enumerate() {
                    let linked = here.reported_with().iter().any(|e| e.id() == other.id())
                        || other.reported_with().iter().any(|e| e.id() == here.id());
                    if linked && account_of[i].is_none() {
                        account_of[i] = Some(account);
                        members.push(i);
                    }
                }
            }
            members.sort_unstable();
            accounts.push(members.into_iter().map(|i| estimates[i]).collect());
        }

        let mut rows = Vec::new();
        for measure in Measure::ALL {
            for (i, &estimate) in estimates.iter().enumerate() {
                if estimate.measure() == *measure {
                    rows.push(Figure {
                        estimate,
                        source: estimate.source().name(),
                        account: account_of[i].unwrap_or(0),
                    });
                }
            }
        }
        Figures { rows, accounts }
    }

    /// The measures that have figures, in vocabulary order, each with its figures.
    fn by_measure(&self) -> Vec<(Measure, Vec<&Figure<'d>>)> {
        Measure::ALL
            .iter()
            .map(|&m| {
                let figures: Vec<_> = self
                    .rows
                    .iter()
                    .filter(|f| f.estimate.measure() == m)
                    .collect();
                (m, figures)
            })
            .filter(|(_, figures)| !figures.is_empty())
            .collect()
    }

    /// The side-by-side report for a terminal or a file.
    pub fn text(&self) -> String {
        let mut out = String::new();
        out.push_str(&wrap(
            &format!(
                "The report's {} figures on North Korea's deployment and losses, side by side; \
                 none is preferred.",
                number_word(self.rows.len())
            ),
            "",
            "",
        ));
        out.push('\n');
        out.push_str(&wrap(
            "Each figure is drawn as the range its wording implies, and nothing more. \
             \"More than N\" is every value above N (○ N itself excluded, ━▶ no upper bound \
             given). \"About N\" is N alone (◆): the report gives no margin, so none is drawn or \
             assumed. Two figures overlap when some value lies in both ranges, and disagree \
             when none does; neither says which is right, or that they count the same period. \
             Each measure has its own scale.",
            "",
            "",
        ));

        for (measure, figures) in self.by_measure() {
            let scale = Scale::for_values(figures.iter().map(|f| f.estimate.value()));
            out.push('\n');
            let _ = writeln!(
                out,
                "{measure} (one column = {})",
                grouped(scale.max / SCALE_COLS as u64)
            );
            out.push_str(&scale.text_axis());
            for figure in figures {
                let e = figure.estimate;
                let _ = writeln!(
                    out,
                    "  {:<width$}{}  {}",
                    in_words(e),
                    scale.text_bar(e),
                    bounds(e),
                    width = LABEL_WIDTH - 2
                );
                let period = e.period().unwrap_or("no period given");
                out.push_str(&wrap(
                    &format!("{} · {period}", figure.source),
                    "      ",
                    "        ",
                ));
                out.push_str(&wrap(
                    &format!("“{}”", e.quote().text()),
                    "      ",
                    "       ",
                ));
            }
        }

        out.push_str("\nWhere the sources overlap or disagree:\n");
        for (measure, figures) in self.by_measure() {
            for (verdict, context) in self.verdicts(&figures) {
                out.push_str(&wrap(
                    &format!("{measure}: {verdict}{context}"),
                    "  ",
                    "    ",
                ));
            }
        }

        out.push_str(
            "\nFigures the report gives together (reported_with), called accounts above:\n",
        );
        for (i, account) in self.accounts.iter().enumerate() {
            let figures: Vec<String> = account
                .iter()
                .map(|&e| format!("{} {}", in_words(e), e.measure()))
                .collect();
            out.push_str(&wrap(
                &format!("{}. {}", i + 1, figures.join(" · ")),
                "  ",
                "     ",
            ));
        }
        out
    }

    /// One sentence per pair of figures of a measure (or one saying there is nothing to
    /// compare), each with a second part on where the two figures come from.
    fn verdicts(&self, figures: &[&Figure<'d>]) -> Vec<(String, String)> {
        if let [only] = figures {
            return vec![(
                format!(
                    "only one figure, {} ({}): nothing to compare it with.",
                    in_words(only.estimate),
                    only.source
                ),
                String::new(),
            )];
        }
        let mut lines = Vec::new();
        for (i, a) in figures.iter().enumerate() {
            for b in &figures[i + 1..] {
                let mut context = String::new();
                if a.account == b.account {
                    context.push_str(" The report gives them together.");
                } else {
                    let _ = write!(
                        context,
                        " They belong to different accounts ({} and {}, below).",
                        a.account + 1,
                        b.account + 1
                    );
                }
                let period = |e: Estimate<'_>| {
                    e.period()
                        .map_or("no period given".to_owned(), |p| format!("“{p}”"))
                };
                let _ = write!(
                    context,
                    " Periods: {} / {}.",
                    period(a.estimate),
                    period(b.estimate)
                );
                lines.push((verdict(a.estimate, b.estimate), context));
            }
        }
        lines
    }

    /// The chart as an SVG document.
    pub fn svg(&self) -> String {
        Svg::draw(self)
    }
}

/// Whether two figures of one measure can both hold, and why, in a sentence.
fn verdict(a: Estimate<'_>, b: Estimate<'_>) -> String {
    let (ra, rb) = (Range::of(a), Range::of(b));
    let (wa, wb) = (in_words(a), in_words(b));
    match ra.meet(rb) {
        Some(_) if ra.is_point() && rb.is_point() => {
            format!("{wa} and {wb} agree: both give {}.", grouped(a.value()))
        }
        Some(_) if ra.is_point() || rb.is_point() => {
            let (point, range) = if ra.is_point() { (a, b) } else { (b, a) };
            format!(
                "{wa} and {wb} overlap: {} is {} (the periods may differ).",
                grouped(point.value()),
                in_words(range)
            )
        }
        Some(both) => format!(
            "{wa} and {wb} overlap: both allow any value {} (the periods may differ).",
            describe(both)
        ),
        None if ra.is_point() && rb.is_point() => {
            let (big, small) = (a.value().max(b.value()), a.value().min(b.value()).max(1));
            format!(
                "{wa} and {wb} disagree: with no margin given for either, no value is both; \
                 {} is {:.1} times {}.",
                grouped(big),
                big as f64 / small as f64,
                grouped(small)
            )
        }
        None if ra.is_point() || rb.is_point() => {
            let (point, range) = if ra.is_point() { (a, b) } else { (b, a) };
            format!(
                "{wa} and {wb} disagree: {} is not {}.",
                grouped(point.value()),
                in_words(range)
            )
        }
        None => format!("{wa} and {wb} disagree: no value is both."),
    }
}

/// The bounds `low()` and `high()` give, for the text chart: "low 10,000 excl. · high none".
fn bounds(estimate: Estimate<'_>) -> String {
    let bound = |bound: Option<facts::Bound>| match bound {
        None => "none".to_owned(),
        Some(b) if b.inclusive => format!("{} incl.", grouped(b.value)),
        Some(b) => format!("{} excl.", grouped(b.value)),
    };
    format!(
        "low {} · high {}",
        bound(estimate.low()),
        bound(estimate.high())
    )
}

/// The values a range allows, in words.
fn describe(range: Range) -> String {
    match range.high {
        None => format!("from {} up", grouped(range.low)),
        Some(high) if high == range.low => format!("of {}", grouped(high)),
        Some(high) => format!("from {} to {}", grouped(range.low), grouped(high)),
    }
}

/// A small count in words, as a sentence would write it.
fn number_word(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS.get(n).map_or(n.to_string(), |w| (*w).to_owned())
}

/// `10000` as `10,000`, as the report writes figures (and as the crate's tables show them).
fn grouped(n: u64) -> String {
    facts::Value::Number(n).to_string()
}

/// A linear scale from 0 to a round maximum, shared by every figure of one measure.
struct Scale {
    max: u64,
}

impl Scale {
    const TICKS: u64 = 4;

    /// A scale whose four steps are round numbers, each ten whole columns wide, and which
    /// leaves room to the right of the largest figure, so that an open range still shows as
    /// a range.
    fn for_values(values: impl Iterator<Item = u64>) -> Scale {
        let largest = values.max().unwrap_or(1).max(1);
        let wanted = (largest + largest / 4).div_ceil(Scale::TICKS);
        let mut magnitude = 1;
        loop {
            for step in [magnitude, 2 * magnitude, 5 * magnitude / 2, 5 * magnitude] {
                if step >= wanted && step % (SCALE_COLS as u64 / Scale::TICKS) == 0 {
                    return Scale {
                        max: step * Scale::TICKS,
                    };
                }
            }
            magnitude *= 10;
        }
    }

    fn ticks(&self) -> impl Iterator<Item = u64> + '_ {
        (0..=Scale::TICKS).map(move |i| self.max / Scale::TICKS * i)
    }

    /// The text column of a value, 0 to `SCALE_COLS`.
    fn col(&self, value: u64) -> usize {
        let col = (value as f64 / self.max as f64 * SCALE_COLS as f64).round() as usize;
        col.min(SCALE_COLS)
    }

    /// Tick labels over an axis line.
    fn text_axis(&self) -> String {
        let mut labels = " ".repeat(LABEL_WIDTH);
        for tick in self.ticks() {
            let label = grouped(tick);
            let at = LABEL_WIDTH + self.col(tick);
            let start = at.saturating_sub(label.len() / 2).max(labels.len());
            labels.push_str(&" ".repeat(start - labels.len()));
            labels.push_str(&label);
        }
        let line: String = (0..=SCALE_COLS)
            .map(|col| match col {
                0 => '├',
                SCALE_COLS => '┤',
                _ if col % (SCALE_COLS / Scale::TICKS as usize) == 0 => '┼',
                _ => '─',
            })
            .collect();
        format!("{labels}\n{}{line}\n", " ".repeat(LABEL_WIDTH))
    }

    /// A figure's range on the text scale, with a column past the end for the arrow of an
    /// open range.
    fn text_bar(&self, estimate: Estimate<'_>) -> String {
        let tick_every = SCALE_COLS / Scale::TICKS as usize;
        let mut cells: Vec<char> = (0..=SCALE_COLS + 1)
            .map(|col| {
                if col % tick_every == 0 && col <= SCALE_COLS {
                    '·'
                } else {
                    ' '
                }
            })
            .collect();
        let at = self.col(estimate.value());
        let (low, high) = (estimate.low(), estimate.high());
        if low.is_none() && high.is_none() {
            cells[at] = '◆';
        } else {
            let from = if low.is_some() { at } else { 0 };
            let to = if high.is_some() { at } else { SCALE_COLS };
            for cell in &mut cells[from..=to] {
                *cell = '━';
            }
            let mark = |inclusive| if inclusive { '●' } else { '○' };
            if let Some(bound) = low {
                cells[at] = mark(bound.inclusive);
            }
            if let Some(bound) = high {
                cells[at] = mark(bound.inclusive);
            } else {
                cells[SCALE_COLS + 1] = '▶';
            }
        }
        cells.into_iter().collect()
    }
}

/// The SVG chart: one group per measure with its own axis, one row per figure, a legend.
struct Svg {
    out: String,
    y: u32,
}

/// Colours for the accounts, told apart also by people with the common colour deficiencies.
const ACCOUNT_COLOURS: [&str; 4] = ["#1b6ca8", "#d95f02", "#7570b3", "#1b9e77"];
const WIDTH_PX: u32 = 800;
const LABEL_X: u32 = 24;
const CHART_LEFT: u32 = 250;
const CHART_RIGHT: u32 = 720;
const ROW_HEIGHT: u32 = 48;

impl Svg {
    fn draw(figures: &Figures<'_>) -> String {
        let mut svg = Svg {
            out: String::new(),
            y: 0,
        };
        svg.header(figures);
        for (measure, rows) in figures.by_measure() {
            svg.measure(figures, measure, &rows);
        }
        svg.legend(figures);
        let height = svg.y + 16;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH_PX}\" height=\"{height}\" \
             viewBox=\"0 0 {WIDTH_PX} {height}\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n\
             {}</svg>\n",
            svg.out
        )
    }

    fn x(scale: &Scale, value: u64) -> u32 {
        let span = f64::from(CHART_RIGHT - CHART_LEFT);
        CHART_LEFT + (value.min(scale.max) as f64 / scale.max as f64 * span).round() as u32
    }

    fn header(&mut self, figures: &Figures<'_>) {
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "<title>The report's {} figures on North Korea's deployment and losses</title>",
            number_word(figures.rows.len())
        );
        out.push_str(
            "<desc>Each figure drawn as the range its wording implies: more than N is an open \
             range above N; about N is the figure alone, with no invented margin.</desc>\n",
        );
        out.push_str("<defs>\n");
        for (i, colour) in ACCOUNT_COLOURS.iter().enumerate() {
            // An open range fades out to the right: it has no upper bound to draw.
            let _ = writeln!(
                out,
                "  <linearGradient id=\"fade{i}\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">\
                 <stop offset=\"0\" stop-color=\"{colour}\" stop-opacity=\"1\"/>\
                 <stop offset=\"1\" stop-color=\"{colour}\" stop-opacity=\"0.15\"/>\
                 </linearGradient>"
            );
        }
        out.push_str("</defs>\n");
        out.push_str("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        let _ = writeln!(
            out,
            "<text x=\"{LABEL_X}\" y=\"32\" font-size=\"18\" font-weight=\"bold\" fill=\"#222\">\
             {}</text>",
            esc(&format!(
                "The report's {} figures, side by side",
                number_word(figures.rows.len())
            ))
        );
        let _ = writeln!(
            out,
            "<text x=\"{LABEL_X}\" y=\"54\" font-size=\"12\" fill=\"#555\">{}</text>",
            esc(
                "Each range is what the wording implies; “about” gets no invented margin. \
                 Each measure has its own scale."
            )
        );
        self.y = 70;
    }

    fn measure(&mut self, figures: &Figures<'_>, measure: Measure, rows: &[&Figure<'_>]) {
        let scale = Scale::for_values(rows.iter().map(|f| f.estimate.value()));
        let out = &mut self.out;
        let top = self.y + 24;
        let axis_y = top + 22;
        let _ = writeln!(out, "<g class=\"measure\" id=\"measure-{measure}\">");
        let _ = writeln!(
            out,
            "  <text x=\"{LABEL_X}\" y=\"{}\" font-size=\"15\" font-weight=\"bold\" \
             fill=\"#222\">{}</text>",
            axis_y,
            esc(measure.word())
        );
        let _ = writeln!(
            out,
            "  <line x1=\"{CHART_LEFT}\" y1=\"{axis_y}\" x2=\"{CHART_RIGHT}\" y2=\"{axis_y}\" \
             stroke=\"#888\"/>"
        );
        for tick in scale.ticks() {
            let x = Svg::x(&scale, tick);
            let _ = writeln!(
                out,
                "  <line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"#888\"/>\
                 <line x1=\"{x}\" y1=\"{axis_y}\" x2=\"{x}\" y2=\"{}\" stroke=\"#eee\"/>\
                 <text x=\"{x}\" y=\"{}\" font-size=\"11\" fill=\"#555\" \
                 text-anchor=\"middle\">{}</text>",
                axis_y - 4,
                axis_y + 4,
                axis_y + 4 + ROW_HEIGHT * rows.len() as u32,
                axis_y - 8,
                grouped(tick)
            );
        }

        let mut y = axis_y + 4;
        for figure in rows {
            let e = figure.estimate;
            let colour = ACCOUNT_COLOURS[figure.account % ACCOUNT_COLOURS.len()];
            let bar_y = y + 22;
            let _ = writeln!(
                out,
                "  <g class=\"estimate\" id=\"{}\" data-account=\"{}\">",
                esc(e.id().as_str()),
                figure.account + 1
            );
            let _ = writeln!(
                out,
                "    <text x=\"{LABEL_X}\" y=\"{}\" font-size=\"14\" font-weight=\"bold\" \
                 fill=\"{colour}\">{}</text>",
                bar_y + 5,
                esc(&in_words(e))
            );
            let _ = writeln!(
                out,
                "    <text x=\"{LABEL_X}\" y=\"{}\" font-size=\"11\" fill=\"#555\">{}</text>",
                bar_y + 20,
                esc(e.period().unwrap_or("no period given"))
            );
            Svg::range(out, &scale, e, colour, figure.account, bar_y);
            let _ = writeln!(
                out,
                "    <text x=\"{CHART_LEFT}\" y=\"{}\" font-size=\"11\" fill=\"#555\">{}</text>",
                bar_y + 20,
                esc(figure.source)
            );
            out.push_str("  </g>\n");
            y += ROW_HEIGHT;
        }
        // The chart shows sources, periods and accounts otherwise: the comparison suffices.
        for (verdict, _) in figures.verdicts(rows) {
            y += 16;
            let _ = writeln!(
                out,
                "  <text class=\"verdict\" x=\"{LABEL_X}\" y=\"{y}\" font-size=\"12\" \
                 font-style=\"italic\" fill=\"#333\">{}</text>",
                esc(&verdict)
            );
        }
        out.push_str("</g>\n");
        self.y = y + 8;
    }

    /// The marks of one figure's range at height `y`.
    fn range(
        out: &mut String,
        scale: &Scale,
        e: Estimate<'_>,
        colour: &str,
        account: usize,
        y: u32,
    ) {
        let x = Svg::x(scale, e.value());
        let (low, high) = (e.low(), e.high());
        if low.is_none() && high.is_none() {
            let _ = writeln!(
                out,
                "    <path d=\"M {x} {} l 7 7 l -7 7 l -7 -7 z\" fill=\"{colour}\"/>",
                y - 7
            );
            return;
        }
        let from = if low.is_some() { x } else { CHART_LEFT };
        if high.is_some() {
            let _ = writeln!(
                out,
                "    <rect x=\"{from}\" y=\"{}\" width=\"{}\" height=\"4\" fill=\"{colour}\"/>",
                y - 2,
                x - from
            );
        } else {
            // The range goes on past the scale: a fading bar and an arrowhead.
            let end = CHART_RIGHT + 10;
            let fill = account % ACCOUNT_COLOURS.len();
            let _ = writeln!(
                out,
                "    <rect x=\"{from}\" y=\"{}\" width=\"{}\" height=\"4\" fill=\"url(#fade{fill})\"/>\
                 <path d=\"M {end} {} l 10 6 l -10 6 z\" fill=\"{colour}\" fill-opacity=\"0.4\"/>",
                y - 2,
                end - from,
                y - 6
            );
        }
        for bound in [low, high].into_iter().flatten() {
            let fill = if bound.inclusive { colour } else { "#ffffff" };
            let _ = writeln!(
                out,
                "    <circle cx=\"{x}\" cy=\"{y}\" r=\"5\" fill=\"{fill}\" stroke=\"{colour}\" \
                 stroke-width=\"2\"/>"
            );
        }
    }

    fn legend(&mut self, figures: &Figures<'_>) {
        let out = &mut self.out;
        let mut y = self.y + 28;
        out.push_str("<g class=\"legend\">\n");
        let _ = writeln!(
            out,
            "  <text x=\"{LABEL_X}\" y=\"{y}\" font-size=\"13\" font-weight=\"bold\" \
             fill=\"#222\">How to read it</text>"
        );
        y += 22;
        let x = LABEL_X + 10;
        let _ = writeln!(
            out,
            "  <path d=\"M {x} {} l 7 7 l -7 7 l -7 -7 z\" fill=\"#444\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#333\">{}</text>",
            y - 7,
            x + 50,
            y + 4,
            esc("about N: the figure alone; the report gives no margin, so none is drawn")
        );
        y += 22;
        let _ = writeln!(
            out,
            "  <rect x=\"{x}\" y=\"{}\" width=\"30\" height=\"4\" fill=\"url(#fade0)\"/>\
             <path d=\"M {} {} l 8 5 l -8 5 z\" fill=\"#1b6ca8\" fill-opacity=\"0.4\"/>\
             <circle cx=\"{x}\" cy=\"{y}\" r=\"5\" fill=\"#ffffff\" stroke=\"#1b6ca8\" \
             stroke-width=\"2\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#333\">{}</text>",
            y - 2,
            x + 32,
            y - 5,
            x + 50,
            y + 4,
            esc("more than N: every value above N (open circle: N excluded), no upper bound given")
        );
        for (i, account) in figures.accounts.iter().enumerate() {
            y += 22;
            let colour = ACCOUNT_COLOURS[i % ACCOUNT_COLOURS.len()];
            let members: Vec<String> = account
                .iter()
                .map(|&e| format!("{} {}", in_words(e), e.measure()))
                .collect();
            let _ = writeln!(
                out,
                "  <rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{colour}\"/>\
                 <text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#333\">{}</text>",
                x - 7,
                y - 7,
                x + 50,
                y + 4,
                esc(&format!(
                    "given together in the report: {}",
                    members.join(", ")
                ))
            );
        }
        out.push_str("</g>\n");
        self.y = y + 8;
    }
}

/// Text escaped for XML character data and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}
