//! Dates compare both ways: `relate` answers for either order, and swapping the dates gives
//! the converse relation.

use facts::{Date, Relation};
use proptest::prelude::*;

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

/// Any date the data files can write, of every precision, over three years so that pairs fall
/// before, after, inside and across each other.
fn any_date() -> impl Strategy<Value = Date> {
    let part = prop::sample::select(vec!["early ", "mid ", "late "]);
    let month = prop::sample::select(vec![
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
    ]);
    let year = 2024..=2026i32;
    let inferred = any::<bool>();
    (0..5u8, part, month, 1..=31u8, year, inferred).prop_filter_map(
        "a day the month has",
        |(precision, part, month, day, year, inferred)| {
            let year = if inferred {
                format!("[{year}]")
            } else {
                year.to_string()
            };
            let text = match precision {
                0 => year,
                1 => format!("{part}{year}"),
                2 => format!("{month} {year}"),
                3 => format!("{part}{month} {year}"),
                _ => format!("{day} {month} {year}"),
            };
            text.parse::<Date>().ok()
        },
    )
}

proptest! {
    #[test]
    fn swapping_the_dates_gives_the_converse(a in any_date(), b in any_date()) {
        prop_assert_eq!(b.relate(&a), a.relate(&b).converse());
    }

    #[test]
    fn the_relation_is_what_the_intervals_say(a in any_date(), b in any_date()) {
        let (a0, a1, b0, b1) = (a.earliest(), a.latest(), b.earliest(), b.latest());
        let expected = if a1 < b0 {
            Relation::Before
        } else if a0 > b1 {
            Relation::After
        } else if (a0, a1) == (b0, b1) {
            Relation::Same
        } else if b0 <= a0 && a1 <= b1 {
            Relation::Within
        } else if a0 <= b0 && b1 <= a1 {
            Relation::Contains
        } else {
            Relation::Overlaps
        };
        prop_assert_eq!(a.relate(&b), expected);
    }

    #[test]
    fn dates_nest_and_never_cross(a in any_date(), b in any_date()) {
        // The parts of a year and of a month are cut so that they nest: two dates are apart,
        // the same, or one within the other, as `Relation::Overlaps` documents.
        prop_assert_ne!(a.relate(&b), Relation::Overlaps);
    }

    #[test]
    fn a_date_is_the_same_as_itself(a in any_date()) {
        prop_assert_eq!(a.relate(&a), Relation::Same);
    }
}

#[test]
fn the_report_s_dates_relate_both_ways() {
    let late_oct = date("late October 2025");
    let cases = [
        ("2025-10", Relation::Within),
        ("2025", Relation::Within),
        ("2025-11", Relation::Before),
        ("2025-10-20", Relation::After),
        ("2025-10-21", Relation::Contains),
        ("late October [2025]", Relation::Same),
        ("October 2025", Relation::Within),
    ];
    for (other, relation) in cases {
        let other = date(other);
        assert_eq!(late_oct.relate(&other), relation, "{other}");
        assert_eq!(other.relate(&late_oct), relation.converse(), "{other}");
    }
    // Early 2025 (January to April) and February: one holds the other.
    assert_eq!(
        date("early 2025").relate(&date("2025-02")),
        Relation::Contains
    );
    assert_eq!(
        date("mid October 2025").relate(&date("late October 2025")),
        Relation::Before
    );
    assert_eq!(date("late 2025").relate(&date("mid 2025")), Relation::After);
}
