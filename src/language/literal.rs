//! Literals to values where the type takes more than the text: a number with its grouping, a
//! date as a query writes it (`2025-10`, a year `2025`) or as the report words it (`"October
//! 2025"`). What a literal cannot be is a [`LiteralError`].

use crate::language::error::LiteralError;
use crate::language::syntax::{Literal, LiteralKind};
use crate::model::Date;
use crate::model::date::Precision;

/// `10,000` as 10000; `None` if it does not fit.
pub(super) fn number(literal: &Literal<'_>) -> Option<u64> {
    if literal.kind != LiteralKind::Number {
        return None;
    }
    literal
        .text
        .bytes()
        .filter(|b| *b != b',')
        .try_fold(0u64, |n, b| {
            n.checked_mul(10)?.checked_add(u64::from(b - b'0'))
        })
}

/// The report's own wording, as the data files write it: `"October 2025"`. A query asks for
/// a whole year, month or day, so a part of one is refused with the whole it lies in.
pub(super) fn date_in_words(text: &str) -> Result<Date, LiteralError> {
    let date: Date = text.parse().map_err(LiteralError::DateInWords)?;
    let as_literal = match date.precision() {
        Precision::Year => Some(Date::year(date.earliest().year())),
        Precision::Month => Date::month(date.earliest().year(), date.earliest().month()),
        Precision::Day => {
            let day = date.earliest();
            Date::day(day.year(), day.month(), day.day())
        }
        Precision::PartOfYear | Precision::PartOfMonth => None,
    };
    as_literal.ok_or_else(|| LiteralError::PartOfMonthOrYear {
        text: text.to_owned(),
        date,
    })
}

/// A number where a date is expected: a year, of four digits.
pub(super) fn year(literal: &Literal<'_>) -> Result<Date, LiteralError> {
    let year = number(literal).filter(|_| literal.text.len() == 4);
    match year {
        Some(year) => Ok(Date::year(year as i32)),
        None => Err(LiteralError::NotADate {
            text: literal.text.to_owned(),
        }),
    }
}

/// `2025-10` or `2025-10-28`: a month or a day there is.
pub(super) fn date(literal: &Literal<'_>) -> Result<Date, LiteralError> {
    let parts: Vec<u32> = literal
        .text
        .split('-')
        .filter_map(|p| p.parse().ok())
        .collect();
    let date = match parts.as_slice() {
        [y, m] => u8::try_from(*m)
            .ok()
            .and_then(|m| Date::month(*y as i32, m)),
        [y, m, d] => match (u8::try_from(*m), u8::try_from(*d)) {
            (Ok(m), Ok(d)) => Date::day(*y as i32, m, d),
            _ => None,
        },
        _ => None,
    };
    date.ok_or_else(|| {
        let text = literal.text.to_owned();
        let [y, m, day @ ..] = parts.as_slice() else {
            // The grammar lets no other shape through.
            return LiteralError::NotADate { text };
        };
        match u8::try_from(*m)
            .ok()
            .and_then(|m| Date::month(*y as i32, m))
        {
            None => LiteralError::NoSuchMonth { text },
            Some(month) if day.len() == 1 => {
                let days = (28..=31)
                    .rev()
                    .find(|d| Date::day(*y as i32, *m as u8, *d).is_some())
                    .unwrap_or(28);
                LiteralError::NoSuchDay { text, month, days }
            }
            // A whole month there is was read above.
            Some(_) => LiteralError::NotADate { text },
        }
    })
}
