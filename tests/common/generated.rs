//! Datasets written as fact files, with what the embedded facts lack: missing values of every
//! kind, empty and repeated list items, an actor belonging to one listed after it, names that
//! differ only in case, dates of the same interval with and without an inferred year, figures
//! at the edge of a BIGINT, and text with quotes, semicolons, dashes, backslashes and
//! non-ASCII letters.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::toml;

pub const TEXTS: &[&str] = &[
    "Kyiv",
    "kyiv",
    "KYIV",
    "Ukraine’s army",
    "O'Brien'; DROP TABLE actors; --",
    "say \"hi\"",
    "back\\slash \\' -- ;",
    "50% of_all",
    "Ünïcödé Straße",
    "ÜNÏCÖDÉ STRASSE",
    "한국 국회의원",
    "line\nbreak, with a comma",
    "İstanbul",
    "plain words",
    "a,b,\"c\"",
    "tab\there",
];
const DATES: &[&str] = &[
    "2024",
    "early 2025",
    "mid 2025",
    "late 2025",
    "February 2025",
    "February [2025]",
    "late October [2025]",
    "late October 2025",
    "28 October 2025",
    "October [2024]",
    "[2025]",
    "2025",
    "early May 2025",
    "1 January 2025",
    "31 December 2024",
];
const KINDS: &[&str] = &[
    "person",
    "group",
    "organization",
    "government",
    "military",
    "intelligence",
    "media",
];
const COUNTRIES: &[&str] = &["north_korea", "south_korea", "ukraine", "russia"];
const SOURCE_KINDS: &[&str] = &[
    "activist",
    "lawmaker",
    "government",
    "intelligence",
    "assessment",
    "state_media",
    "captives",
    "report",
];
const QUALIFIERS: &[&str] = &[
    "exact",
    "about",
    "more_than",
    "at_least",
    "fewer_than",
    "at_most",
];
const STATUSES: &[&str] = &["stated", "reported", "alleged", "unconfirmed"];
const FIGURES: &[u64] = &[
    0,
    1,
    600,
    600,
    2_000,
    4_000,
    10_000,
    15_000,
    9_223_372_036_854_775_807,
];

/// xorshift64*: the same dataset for the same seed, everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn list(ids: &[String]) -> String {
    let items: Vec<String> = ids.iter().map(|id| toml(id)).collect();
    format!("[{}]", items.join(", "))
}

/// Quotes that each stand once in their report: a numbered marker, then text. At scale the
/// quotes are spread over several reports, as the loader looks for each quote in its whole
/// report.
struct Report {
    text: String,
    quotes: usize,
    /// The texts of the reports before this one.
    done: Vec<String>,
    /// Quotes a report holds before the next record's go to a new one; `None` for one report.
    per_report: Option<usize>,
    /// Quotes of the reports before this one.
    before: usize,
}

impl Report {
    /// The id of the `n`th report (from 0).
    fn id(n: usize) -> String {
        match n {
            0 => "generated-report".to_owned(),
            n => format!("generated-report-{}", n + 1),
        }
    }

    /// Where a record's quotes go: the `report = ` line of the record (none with one report),
    /// after starting a new report if this one is full.
    fn record(&mut self) -> String {
        let Some(per_report) = self.per_report else {
            return String::new();
        };
        if self.quotes - self.before >= per_report {
            self.before = self.quotes;
            let next = format!("A generated report, part {}.\n", self.done.len() + 2);
            self.done.push(std::mem::replace(&mut self.text, next));
        }
        format!("report = {}\n", toml(&Report::id(self.done.len())))
    }

    fn quote(&mut self, rng: &mut Rng) -> String {
        let words = rng.pick(TEXTS).to_string();
        self.line(&words)
    }

    /// A quote that states a figure in its qualifier's words, as the checks require.
    fn figure(&mut self, value: u64, qualifier: &str) -> String {
        let words = match qualifier {
            "about" => "about ",
            "more_than" => "more than ",
            "at_least" => "at least ",
            "fewer_than" => "fewer than ",
            "at_most" => "at most ",
            _ => "",
        };
        self.line(&format!("{words}{value}"))
    }

    /// A new line of the report, marked in letters so that its mark holds no number.
    fn line(&mut self, words: &str) -> String {
        self.quotes += 1;
        let mark: String = self
            .quotes
            .to_string()
            .bytes()
            .map(|d| char::from(b'a' + (d - b'0')))
            .collect();
        let quote = format!("[q{mark}] {words}");
        self.text.push_str(&quote);
        self.text.push('\n');
        quote
    }
}

/// Writes the dataset of `seed` into a new directory: a few records of each kind, with
/// `scale` times as many events, figures and claims (many records over few sources, as
/// in data at scale).
pub fn write(seed: u64, scale: usize) -> PathBuf {
    // Tests run at once, and may write the same dataset: each gets its own directory.
    static WRITTEN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "facts-sql-generated-{}-{seed}-{scale}-{}",
        std::process::id(),
        WRITTEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let rng = &mut Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut report = Report {
        text: String::from("A generated report.\n"),
        quotes: 0,
        done: Vec::new(),
        per_report: (scale >= 256).then_some(500),
        before: 0,
    };
    let count = |rng: &mut Rng, low: usize| low + rng.below(6);
    let (n_actors, n_sources, n_events, n_estimates, n_claims) = (
        count(rng, 6),
        count(rng, 4),
        count(rng, 5) * scale,
        count(rng, 4) * scale,
        count(rng, 5) * scale,
    );
    let ids = |prefix: &str, n: usize| -> Vec<String> {
        (0..n).map(|i| format!("{prefix}-{i}")).collect()
    };
    let (actors, sources, estimates) = (
        ids("actor", n_actors),
        ids("source", n_sources),
        ids("figure", n_estimates),
    );
    let some = |rng: &mut Rng, pool: &[String], max: usize| -> Vec<String> {
        let n = rng.below(max + 1);
        (0..n).map(|_| rng.pick(pool).clone()).collect()
    };
    let text = |rng: &mut Rng| toml(rng.pick(TEXTS));

    let mut out = String::new();
    for (i, id) in actors.iter().enumerate() {
        writeln!(out, "[[actor]]\nid = {}\nname = {}", toml(id), text(rng)).unwrap();
        writeln!(
            out,
            "named = {}\nkind = {}",
            rng.chance(50),
            toml(rng.pick(KINDS))
        )
        .unwrap();
        if rng.chance(60) {
            writeln!(out, "country = {}", toml(rng.pick(COUNTRIES))).unwrap();
        }
        if rng.chance(60) {
            let role = if rng.chance(20) {
                String::new()
            } else {
                rng.pick(TEXTS).to_string()
            };
            writeln!(out, "role = {}", toml(&role)).unwrap();
        }
        if rng.chance(60) {
            // Any other actor, before or after this one.
            let other = (i + 1 + rng.below(n_actors - 1)) % n_actors;
            writeln!(out, "affiliation = {}", toml(&actors[other])).unwrap();
        }
        out.push_str(&report.record());
        writeln!(out, "quote = {}\n", toml(&report.quote(rng))).unwrap();
    }
    std::fs::write(dir.join("actors.toml"), &out).unwrap();

    out.clear();
    for id in &sources {
        writeln!(out, "[[source]]\nid = {}\nname = {}", toml(id), text(rng)).unwrap();
        writeln!(out, "kind = {}", toml(rng.pick(SOURCE_KINDS))).unwrap();
        if rng.chance(50) {
            writeln!(out, "actors = [{}]", toml(&rng.pick(&actors))).unwrap();
        }
        if rng.chance(70) {
            writeln!(out, "confirmable = {}", rng.chance(50)).unwrap();
        }
        out.push_str(&report.record());
        writeln!(out, "quote = {}\n", toml(&report.quote(rng))).unwrap();
    }
    std::fs::write(dir.join("sources.toml"), &out).unwrap();

    out.clear();
    for i in 0..n_events {
        writeln!(out, "[[event]]\nid = \"event-{i}\"\ntitle = {}", text(rng)).unwrap();
        if rng.chance(75) {
            writeln!(out, "date = {}", toml(rng.pick(DATES))).unwrap();
            writeln!(out, "ongoing = {}", rng.chance(30)).unwrap();
        }
        if rng.chance(60) {
            writeln!(out, "place = {}", text(rng)).unwrap();
        }
        writeln!(out, "actors = {}", list(&some(rng, &actors, 4))).unwrap();
        let mut by = some(rng, &sources, 2);
        by.push(rng.pick(&sources).clone());
        writeln!(out, "sources = {}", list(&by)).unwrap();
        out.push_str(&report.record());
        writeln!(out, "quote = {}\n", toml(&report.quote(rng))).unwrap();
    }
    std::fs::write(dir.join("events.toml"), &out).unwrap();

    // Figures reported together name each other (the loader insists), so draw the links
    // first and mirror each one; repeats stay, to exercise link tables.
    let mut reported_with: Vec<Vec<String>> = vec![Vec::new(); estimates.len()];
    for i in 0..estimates.len() {
        // Up to three of the others, drawn as `some` draws from the list of the others
        // (without building that list, which would cost the square of the count at scale).
        let n = rng.below(3 + 1);
        for _ in 0..n {
            let k = rng.below(estimates.len() - 1);
            let j = if k < i { k } else { k + 1 };
            reported_with[i].push(estimates[j].clone());
            reported_with[j].push(estimates[i].clone());
        }
    }

    out.clear();
    for (i, id) in estimates.iter().enumerate() {
        let (topic, measure) = rng.pick(&[
            ("deployment", "troops"),
            ("casualties", "killed"),
            ("casualties", "wounded"),
        ]);
        writeln!(
            out,
            "[[estimate]]\nid = {}\ntopic = \"{topic}\"\nmeasure = \"{measure}\"",
            toml(id)
        )
        .unwrap();
        let (value, qualifier) = (rng.pick(FIGURES), rng.pick(QUALIFIERS));
        writeln!(out, "value = {value}\nqualifier = {}", toml(qualifier)).unwrap();
        if rng.chance(60) {
            let period = if rng.chance(20) {
                String::new()
            } else {
                rng.pick(TEXTS).to_string()
            };
            writeln!(out, "period = {}", toml(&period)).unwrap();
        }
        if rng.chance(50) {
            writeln!(out, "since = {}", toml(rng.pick(DATES))).unwrap();
        }
        if rng.chance(50) {
            writeln!(out, "during = {}", toml(rng.pick(DATES))).unwrap();
        }
        writeln!(out, "source = {}", toml(&rng.pick(&sources))).unwrap();
        writeln!(out, "reported_with = {}", list(&reported_with[i])).unwrap();
        out.push_str(&report.record());
        writeln!(out, "quote = {}", toml(&report.figure(value, qualifier))).unwrap();
        let restated: Vec<String> = (0..rng.below(3))
            .map(|_| report.figure(value, qualifier))
            .collect();
        writeln!(out, "restated = {}\n", list(&restated)).unwrap();
    }
    std::fs::write(dir.join("estimates.toml"), &out).unwrap();

    out.clear();
    for i in 0..n_claims {
        writeln!(out, "[[claim]]\nid = \"claim-{i}\"\ntext = {}", text(rng)).unwrap();
        writeln!(out, "source = {}", toml(&rng.pick(&sources))).unwrap();
        if rng.chance(60) {
            writeln!(out, "date = {}", toml(rng.pick(DATES))).unwrap();
        }
        writeln!(out, "about = {}", list(&some(rng, &actors, 3))).unwrap();
        writeln!(out, "status = {}", toml(rng.pick(STATUSES))).unwrap();
        out.push_str(&report.record());
        writeln!(out, "quote = {}\n", toml(&report.quote(rng))).unwrap();
    }
    std::fs::write(dir.join("claims.toml"), &out).unwrap();

    report.done.push(report.text);
    let mut reports = String::new();
    for (n, text) in report.done.iter().enumerate() {
        let file = match n {
            0 => "report.txt".to_owned(),
            n => format!("report-{}.txt", n + 1),
        };
        std::fs::write(dir.join(&file), text).unwrap();
        let title = match n {
            0 => "A generated report".to_owned(),
            n => format!("A generated report, part {}", n + 1),
        };
        writeln!(
            reports,
            "[[report]]\nid = {}\ntitle = {}\nyear = 2025\nfile = {}\n",
            toml(&Report::id(n)),
            toml(&title),
            toml(&file)
        )
        .unwrap();
    }
    std::fs::write(dir.join("reports.toml"), reports).unwrap();
    dir
}
