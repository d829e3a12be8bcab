//! Approximate dates: a date as precise as the report makes it, and no more.
//!
//! The report says "late October", "earlier this year", "since early 2025". A [`Date`] keeps
//! that precision and knows the earliest and latest calendar day it can mean, the way conflict
//! datasets keep `date_start`/`date_end`. It never invents a day the report does not give.
//!
//! The parts of a year and of a month are fixed conventions, so that every reader draws the
//! same interval from the same words:
//!
//! | words            | earliest        | latest            |
//! |------------------|-----------------|-------------------|
//! | `early 2025`     | 1 January       | 30 April          |
//! | `mid 2025`       | 1 May           | 31 August         |
//! | `late 2025`      | 1 September     | 31 December       |
//! | `early May 2025` | 1 May           | 10 May            |
//! | `mid May 2025`   | 11 May          | 20 May            |
//! | `late May 2025`  | 21 May          | 31 May            |
//!
//! A year in square brackets, `late October [2025]`, is one the report implies but does not
//! write (it says "late October" in a report of 2025); [`Date::year_inferred`] tells.

use std::fmt;
use std::num::NonZeroU8;

use serde::{Deserialize, Serialize};

/// One calendar day (proleptic Gregorian), the unit every [`Date`] is bounded by.
///
/// ```
/// use facts::Day;
/// let day = Day::new(2025, 2, 29);
/// assert!(day.is_none(), "2025 is not a leap year");
/// assert_eq!(Day::new(2024, 2, 29).unwrap().to_string(), "2024-02-29");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: i32,
    month: u8,
    day: u8,
}

impl Day {
    /// The day, if it exists in the calendar.
    ///
    /// ```
    /// assert!(facts::Day::new(2025, 10, 31).is_some());
    /// assert!(facts::Day::new(2025, 11, 31).is_none());
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Option<Day> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Day { year, month, day })
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(facts::Day::new(2025, 10, 31).unwrap().year(), 2025);
    /// ```
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// ```
    /// assert_eq!(facts::Day::new(2025, 10, 31).unwrap().month(), 10);
    /// ```
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    ///
    /// ```
    /// assert_eq!(facts::Day::new(2025, 10, 31).unwrap().day(), 31);
    /// ```
    pub fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only a width or precision (`{:<12}`) needs the day written out first; JSON does not.
        if f.width().is_some() || f.precision().is_some() {
            let mut day = String::new();
            self.write_iso(&mut day)?;
            return f.pad(&day);
        }
        self.write_iso(f)
    }
}

impl Day {
    /// The day as ISO 8601 writes it (`2025-10-21`).
    fn write_iso(&self, out: &mut impl fmt::Write) -> fmt::Result {
        write!(out, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The early, middle or late part of a year or a month.
///
/// ```
/// assert_eq!(facts::Part::Late.to_string(), "late");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// January–April of a year, days 1–10 of a month.
    Early,
    /// May–August of a year, days 11–20 of a month.
    Mid,
    /// September–December of a year, days 21 to the end of a month.
    Late,
}

impl Part {
    fn word(self) -> &'static str {
        match self {
            Part::Early => "early",
            Part::Mid => "mid",
            Part::Late => "late",
        }
    }
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

/// How precise a [`Date`] is.
///
/// ```
/// use facts::{Date, Precision};
/// let date: Date = "late October 2025".parse().unwrap();
/// assert_eq!(date.precision(), Precision::PartOfMonth);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A whole year: `2024`.
    Year,
    /// Part of a year: `early 2025`.
    PartOfYear,
    /// A month: `February 2025`.
    Month,
    /// Part of a month: `late October 2025`.
    PartOfMonth,
    /// A single day: `28 October 2025`.
    Day,
}

/// A date with a precision: an interval of days that the report's words allow.
///
/// Written (and parsed) as the report would say it: `2024`, `early 2025`, `February 2025`,
/// `late October 2025`, `28 October 2025`; a year in brackets, `late October [2025]`, is
/// inferred from the report rather than written in it.
///
/// ```
/// use facts::{Date, Day};
/// let date: Date = "late October [2025]".parse().unwrap();
/// assert_eq!(date.earliest(), Day::new(2025, 10, 21).unwrap());
/// assert_eq!(date.latest(), Day::new(2025, 10, 31).unwrap());
/// assert!(date.year_inferred());
/// assert_eq!(date.to_string(), "late October [2025]");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    pub(crate) year: i32,
    // Months and days count from 1, and saying so lets `Option<Date>` fit in eight bytes:
    // a loaded estimate holds two.
    pub(crate) month: Option<NonZeroU8>,
    pub(crate) day: Option<NonZeroU8>,
    pub(crate) part: Option<Part>,
    pub(crate) year_inferred: bool,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// A whole year, as a query literal like `2025` means it.
    ///
    /// ```
    /// assert_eq!(facts::Date::year(2024).to_string(), "2024");
    /// ```
    pub fn year(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
            part: None,
            year_inferred: false,
        }
    }

    /// A whole month, as a query literal like `2025-10` means it; `None` if `month` is not 1–12.
    ///
    /// ```
    /// assert_eq!(facts::Date::month(2025, 10).unwrap().to_string(), "October 2025");
    /// ```
    pub fn month(year: i32, month: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(Date {
            month: NonZeroU8::new(month),
            ..Date::year(year)
        })
    }

    /// A single day, as a query literal like `2025-10-28` means it; `None` if there is no such day.
    ///
    /// ```
    /// assert_eq!(facts::Date::day(2025, 10, 28).unwrap().to_string(), "28 October 2025");
    /// ```
    pub fn day(year: i32, month: u8, day: u8) -> Option<Date> {
        Day::new(year, month, day)?;
        Some(Date {
            month: NonZeroU8::new(month),
            day: NonZeroU8::new(day),
            ..Date::year(year)
        })
    }

    /// How precise the date is.
    ///
    /// ```
    /// let date: facts::Date = "early 2025".parse().unwrap();
    /// assert_eq!(date.precision(), facts::Precision::PartOfYear);
    /// ```
    pub fn precision(&self) -> Precision {
        match (self.month, self.day, self.part) {
            (_, Some(_), _) => Precision::Day,
            (Some(_), None, Some(_)) => Precision::PartOfMonth,
            (Some(_), None, None) => Precision::Month,
            (None, _, Some(_)) => Precision::PartOfYear,
            (None, _, None) => Precision::Year,
        }
    }

    /// True when the report implies the year rather than writing it ("late October" in a
    /// report of 2025).
    ///
    /// ```
    /// let date: facts::Date = "February [2025]".parse().unwrap();
    /// assert!(date.year_inferred());
    /// ```
    pub fn year_inferred(&self) -> bool {
        self.year_inferred
    }

    /// The first day the date can mean.
    ///
    /// ```
    /// let date: facts::Date = "mid 2025".parse().unwrap();
    /// assert_eq!(date.earliest().to_string(), "2025-05-01");
    /// ```
    pub fn earliest(&self) -> Day {
        let (month, day) = match (self.month_number(), self.day_number(), self.part) {
            (Some(m), Some(d), _) => (m, d),
            (Some(m), None, None | Some(Part::Early)) => (m, 1),
            (Some(m), None, Some(Part::Mid)) => (m, 11),
            (Some(m), None, Some(Part::Late)) => (m, 21),
            (None, _, None | Some(Part::Early)) => (1, 1),
            (None, _, Some(Part::Mid)) => (5, 1),
            (None, _, Some(Part::Late)) => (9, 1),
        };
        Day {
            year: self.year,
            month,
            day,
        }
    }

    /// The last day the date can mean.
    ///
    /// ```
    /// let date: facts::Date = "February 2024".parse().unwrap();
    /// assert_eq!(date.latest().to_string(), "2024-02-29");
    /// ```
    pub fn latest(&self) -> Day {
        let end = |m| days_in_month(self.year, m);
        let (month, day) = match (self.month_number(), self.day_number(), self.part) {
            (Some(m), Some(d), _) => (m, d),
            (Some(m), None, Some(Part::Early)) => (m, 10),
            (Some(m), None, Some(Part::Mid)) => (m, 20),
            (Some(m), None, None | Some(Part::Late)) => (m, end(m)),
            (None, _, Some(Part::Early)) => (4, 30),
            (None, _, Some(Part::Mid)) => (8, 31),
            (None, _, None | Some(Part::Late)) => (12, 31),
        };
        Day {
            year: self.year,
            month,
            day,
        }
    }

    /// The month, 1–12, if the date names one.
    pub(crate) fn month_number(&self) -> Option<u8> {
        self.month.map(NonZeroU8::get)
    }

    /// The day of the month, if the date names one.
    pub(crate) fn day_number(&self) -> Option<u8> {
        self.day.map(NonZeroU8::get)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A width or precision (`{:<20}`) applies to the date as a whole.
        if f.width().is_some() || f.precision().is_some() {
            let mut words = String::new();
            self.write_words(&mut words)?;
            return f.pad(&words);
        }
        self.write_words(f)
    }
}

impl Date {
    /// The date in the report's manner of writing (`late October [2025]`).
    fn write_words(&self, out: &mut impl fmt::Write) -> fmt::Result {
        if let Some(day) = self.day {
            write!(out, "{day} ")?;
        } else if let Some(part) = self.part {
            write!(out, "{part} ")?;
        }
        if let Some(month) = self.month {
            write!(out, "{} ", MONTHS[usize::from(month.get() - 1)])?;
        }
        if self.year_inferred {
            write!(out, "[{}]", self.year)
        } else {
            write!(out, "{}", self.year)
        }
    }
}

/// Why a text is not a [`Date`]: the text, and what is wrong with it ([`DateError::kind`]).
///
/// ```
/// let err = "late Octember 2025".parse::<facts::Date>().unwrap_err();
/// assert_eq!(err.text(), "late Octember 2025");
/// assert_eq!(err.kind(), facts::DateErrorKind::UnknownMonth { suggestion: Some("October") });
/// assert!(err.to_string().contains("did you mean `October`?"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    text: String,
    kind: DateErrorKind,
}

/// What is wrong with a text that is not a [`Date`].
///
/// ```
/// use facts::{Date, DateErrorKind};
/// let kind = |text: &str| text.parse::<Date>().unwrap_err().kind();
/// assert_eq!(kind("2025-13"), DateErrorKind::NoSuchMonth);
/// assert_eq!(kind("30 February 2024"), DateErrorKind::NoSuchDay);
/// assert_eq!(kind("October 25"), DateErrorKind::BadYear);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateErrorKind {
    /// There is nothing to read.
    Empty,
    /// A year opens `[` and does not close it.
    UnclosedBracket,
    /// The last word is not a year of four digits.
    BadYear,
    /// A word stands where a month belongs and is none.
    UnknownMonth {
        /// The nearest month, for a likely typo.
        suggestion: Option<&'static str>,
    },
    /// A month number outside 1–12 (`2025-13`).
    NoSuchMonth,
    /// A day the month does not have (`29 February 2025`), or one that is not a number.
    NoSuchDay,
    /// Words before the month other than `early`, `mid`, `late` or a day.
    Misplaced,
}

impl DateError {
    /// The text as given.
    ///
    /// ```
    /// assert_eq!("soon".parse::<facts::Date>().unwrap_err().text(), "soon");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What is wrong with it.
    ///
    /// ```
    /// let err = "".parse::<facts::Date>().unwrap_err();
    /// assert_eq!(err.kind(), facts::DateErrorKind::Empty);
    /// ```
    pub fn kind(&self) -> DateErrorKind {
        self.kind
    }
}

impl fmt::Display for DateErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateErrorKind::Empty => f.write_str("it is empty"),
            DateErrorKind::UnclosedBracket => f.write_str("unclosed `[`"),
            DateErrorKind::BadYear => f.write_str("the year must be four digits, last"),
            DateErrorKind::UnknownMonth { suggestion: None } => f.write_str("unknown month"),
            DateErrorKind::UnknownMonth {
                suggestion: Some(month),
            } => write!(f, "unknown month; did you mean `{month}`?"),
            DateErrorKind::NoSuchMonth => f.write_str("months run from 01 to 12"),
            DateErrorKind::NoSuchDay => f.write_str("no such day"),
            DateErrorKind::Misplaced => {
                f.write_str("expected `early`, `mid`, `late` or a day before the month")
            }
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a date: {} (write `2024`, `early 2025`, `February 2025`, \
             `late October [2025]` or `28 October 2025`)",
            self.text, self.kind
        )
    }
}

impl std::error::Error for DateError {}

/// The month a name means, ignoring case.
fn month_named(word: &str) -> Option<u8> {
    let index = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(word))?;
    u8::try_from(index + 1).ok()
}

fn unknown_month(word: &str) -> DateErrorKind {
    DateErrorKind::UnknownMonth {
        suggestion: crate::model::suggest::closest(word, MONTHS),
    }
}

/// A date as the query language writes it: `2025`, `2025-10`, `2025-10-28`; `None` for text
/// of another form.
fn literal(text: &str) -> Option<Result<Date, DateErrorKind>> {
    let mut parts = text.split('-');
    let numbers = |part: Option<&str>, len: usize| {
        part.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u16>().ok())
    };
    let year = i32::from(numbers(parts.next(), 4)?);
    let month = parts.next();
    let day = parts.next();
    if parts.next().is_some() {
        return None;
    }
    let date = match (month, day) {
        (None, _) => Ok(Date::year(year)),
        (Some(m), day) => {
            let month = u8::try_from(numbers(Some(m), 2)?).ok()?;
            match day {
                None => Date::month(year, month).ok_or(DateErrorKind::NoSuchMonth),
                Some(d) => {
                    let day = u8::try_from(numbers(Some(d), 2)?).ok()?;
                    if !(1..=12).contains(&month) {
                        Err(DateErrorKind::NoSuchMonth)
                    } else {
                        Date::day(year, month, day).ok_or(DateErrorKind::NoSuchDay)
                    }
                }
            }
        }
    };
    Some(date)
}

/// Reads a date as the data files write it (`2024`, `early 2025`, `February 2025`,
/// `late October [2025]`, `28 October 2025`, month names and parts in any case) or as the
/// query language writes it (`2025`, `2025-10`, `2025-10-28`).
///
/// ```
/// use facts::Date;
/// let parse = |text: &str| text.parse::<Date>().unwrap().to_string();
/// assert_eq!(parse("2025-10"), "October 2025");
/// assert_eq!(parse("2025-10-03"), "3 October 2025");
/// assert_eq!(parse("late october 2025"), "late October 2025");
/// assert_eq!(parse("October [2025]"), "October [2025]");
/// ```
impl std::str::FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        let fail = |kind| DateError {
            text: text.to_owned(),
            kind,
        };
        if let Some(date) = literal(text.trim()) {
            return date.map_err(fail);
        }
        let mut words: Vec<&str> = text.split_whitespace().collect();
        let year_word = words.pop().ok_or(fail(DateErrorKind::Empty))?;
        let (year_digits, year_inferred) = match year_word.strip_prefix('[') {
            Some(rest) => (
                rest.strip_suffix(']')
                    .ok_or(fail(DateErrorKind::UnclosedBracket))?,
                true,
            ),
            None => (year_word, false),
        };
        if year_digits.len() != 4 || !year_digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(fail(DateErrorKind::BadYear));
        }
        let year: i32 = year_digits
            .parse()
            .map_err(|_| fail(DateErrorKind::BadYear))?;
        let month = match words.last() {
            Some(word) => match month_named(word) {
                Some(month) => {
                    words.pop();
                    Some(month)
                }
                None if words.len() == 2 => return Err(fail(unknown_month(word))),
                None => None,
            },
            None => None,
        };
        let part = |word: &str| {
            [Part::Early, Part::Mid, Part::Late]
                .into_iter()
                .find(|p| p.word().eq_ignore_ascii_case(word))
        };
        let (part, day) = match words.as_slice() {
            [] => (None, None),
            [word] if part(word).is_some() => (part(word), None),
            [day] if month.is_some() && day.bytes().all(|b| b.is_ascii_digit()) => {
                let day: u8 = day.parse().map_err(|_| fail(DateErrorKind::NoSuchDay))?;
                (None, Some(day))
            }
            [word] if month.is_none() => return Err(fail(unknown_month(word))),
            _ => return Err(fail(DateErrorKind::Misplaced)),
        };
        if let (Some(m), Some(d)) = (month, day) {
            Day::new(year, m, d).ok_or(fail(DateErrorKind::NoSuchDay))?;
        }
        Ok(Date {
            year,
            month: month.and_then(NonZeroU8::new),
            day: day.and_then(NonZeroU8::new),
            part,
            year_inferred,
        })
    }
}

/// Serialized as an object with the text and the interval it means, so that a JSON reader
/// need not parse the text: `{"text": "late October [2025]", "precision": "part_of_month",
/// "earliest": "2025-10-21", "latest": "2025-10-31", "year_inferred": true}`.
impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Date", 5)?;
        s.serialize_field("text", &self.to_string())?;
        s.serialize_field("precision", &self.precision())?;
        s.serialize_field("earliest", &self.earliest())?;
        s.serialize_field("latest", &self.latest())?;
        s.serialize_field("year_inferred", &self.year_inferred)?;
        s.end()
    }
}

/// Read from the text (`"late October [2025]"`) or from the object [`Serialize`] writes,
/// whose `text` is authoritative (the interval follows from it).
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        // A visitor rather than an untagged enum: an untagged enum copies every value into a
        // buffer to try each form, and loaded datasets read millions of dates.
        struct Text;

        impl<'de> serde::de::Visitor<'de> for Text {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date such as \"October 2025\", or an object with its `text`")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Date, E> {
                text.parse().map_err(E::custom)
            }

            /// The object [`Serialize`] writes: `text` says it all, the rest follows from it.
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                #[derive(Deserialize)]
                #[serde(field_identifier, rename_all = "snake_case")]
                enum Key {
                    Text,
                    #[serde(other)]
                    Other,
                }
                let mut text: Option<String> = None;
                while let Some(key) = map.next_key()? {
                    match key {
                        Key::Text => text = Some(map.next_value()?),
                        Key::Other => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                // A map without `text` is, in practice, a TOML date written without quotes.
                let text = text.ok_or_else(|| {
                    serde::de::Error::custom(
                        "a date is text in quotes, such as \"October 2025\" or \"28 October 2025\"",
                    )
                })?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        deserializer.deserialize_any(Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_optional_date_takes_eight_bytes() {
        // Loaded estimates hold two; see the field comment on `Date`.
        assert_eq!(std::mem::size_of::<Option<Date>>(), 8);
    }

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn parses_every_precision_and_prints_it_back() {
        for text in [
            "2024",
            "early 2025",
            "mid 2025",
            "late 2025",
            "February 2025",
            "late October [2025]",
            "28 October 2025",
            "October [2024]",
        ] {
            assert_eq!(date(text).to_string(), text);
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "",
            "25",
            "late",
            "Octember 2025",
            "early Octember 2025",
            "32 October 2025",
            "29 February 2025",
            "early mid 2025",
            "[2025",
            "soon 2025",
            "3 2025",
        ] {
            assert!(text.parse::<Date>().is_err(), "{text:?} parsed");
        }
    }

    #[test]
    fn intervals_follow_the_documented_conventions() {
        let cases = [
            ("early 2025", "2025-01-01", "2025-04-30"),
            ("mid 2025", "2025-05-01", "2025-08-31"),
            ("late 2025", "2025-09-01", "2025-12-31"),
            ("early May 2025", "2025-05-01", "2025-05-10"),
            ("mid May 2025", "2025-05-11", "2025-05-20"),
            ("late February 2024", "2024-02-21", "2024-02-29"),
            ("late February 2025", "2025-02-21", "2025-02-28"),
            ("2024", "2024-01-01", "2024-12-31"),
            ("28 October 2025", "2025-10-28", "2025-10-28"),
        ];
        for (text, earliest, latest) in cases {
            let d = date(text);
            assert_eq!(d.earliest().to_string(), earliest, "{text}");
            assert_eq!(d.latest().to_string(), latest, "{text}");
        }
    }

    #[test]
    fn serializes_the_interval_and_reads_back_either_form() {
        let d = date("late October [2025]");
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(
            json,
            r#"{"text":"late October [2025]","precision":"part_of_month","earliest":"2025-10-21","latest":"2025-10-31","year_inferred":true}"#
        );
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), d);
        assert_eq!(
            serde_json::from_str::<Date>(r#""late October [2025]""#).unwrap(),
            d
        );
    }
}
