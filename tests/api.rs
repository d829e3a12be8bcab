//! The conversions a Rust user reaches for: `?` on a load, `.parse()` on every type one names
//! in text.

use std::error::Error;
use std::path::{Path, PathBuf};

use facts::{
    ActorKind, ClaimStatus, Collection, DataErrors, Dataset, Date, DateErrorKind, Measure,
    Qualifier, Query, SourceKind, Topic, UnknownWord, Vocabulary,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn count_claims(dir: &Path) -> Result<usize, Box<dyn Error>> {
    let dataset = Dataset::from_dir(dir)?;
    Ok(dataset.claims().len())
}

fn count_jsonl(text: &str) -> Result<usize, Box<dyn Error + Send + Sync>> {
    let dataset = Dataset::from_jsonl_reader(text.as_bytes(), "facts.jsonl")?;
    Ok(dataset.estimates().len())
}

#[test]
fn a_load_goes_through_question_mark_into_a_boxed_error() {
    assert!(count_claims(&fixture("valid")).is_ok());

    let err = count_claims(&fixture("bad-enum")).unwrap_err();
    let errors: &DataErrors = err.downcast_ref().expect("a load fails with DataErrors");
    assert!(!errors.is_empty());
    // One problem a line, each as the build prints it.
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(err.to_string(), lines.join("\n"));
    assert!(lines.iter().all(|l| l.contains("estimates.toml:")));
}

#[test]
fn every_problem_is_kept_and_iterable() {
    let lines = [
        r#"{"kind":"report","record":{"id":"r","title":"T","year":2025,"text":"It rained."}}"#,
        "not json",
        "{also not json",
    ]
    .join("\n");
    let err = count_jsonl(&lines).unwrap_err();
    let errors: &DataErrors = err.downcast_ref().unwrap();
    assert_eq!(errors.len(), 2);
    let at: Vec<Option<usize>> = errors.into_iter().map(|e| e.line).collect();
    assert_eq!(at, [Some(2), Some(3)]);
    assert_eq!(err.to_string().lines().count(), 2);
    let owned: Vec<facts::DataError> = errors.clone().into_iter().collect();
    assert_eq!(owned, errors.clone().into_vec());
}

#[test]
fn a_jsonl_file_that_cannot_be_read_is_one_error() {
    let missing = std::env::temp_dir().join("facts-api-no-such-file.jsonl");
    let errors = Dataset::from_jsonl(&missing).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, None);
    assert!(matches!(errors[0].problem, facts::Problem::Unreadable(_)));
}

/// Every word of a vocabulary parses, in any case, to the value that writes it.
fn parses_every_word<V>(all: &[V], vocabulary: Vocabulary)
where
    V: std::str::FromStr<Err = UnknownWord> + std::fmt::Display + PartialEq + std::fmt::Debug,
{
    for value in all {
        let word = value.to_string();
        assert_eq!(word.parse::<V>().as_ref(), Ok(value));
        assert_eq!(word.to_uppercase().parse::<V>().as_ref(), Ok(value));
    }
    let err = "zzz-nothing".parse::<V>().unwrap_err();
    assert_eq!(err.vocabulary, vocabulary);
    assert_eq!(err.word, "zzz-nothing");
    assert_eq!(err.suggestion, None);
}

#[test]
fn every_vocabulary_parses_its_words() {
    parses_every_word(ActorKind::ALL, Vocabulary::ActorKind);
    parses_every_word(Topic::ALL, Vocabulary::Topic);
    parses_every_word(Measure::ALL, Vocabulary::Measure);
    parses_every_word(Qualifier::ALL, Vocabulary::Qualifier);
    parses_every_word(SourceKind::ALL, Vocabulary::SourceKind);
    parses_every_word(ClaimStatus::ALL, Vocabulary::ClaimStatus);
}

#[test]
fn a_near_miss_gets_did_you_mean() {
    let err = "more_then".parse::<Qualifier>().unwrap_err();
    assert_eq!(err.suggestion, Some("more_than"));
    assert!(
        err.to_string().ends_with("did you mean `more_than`?"),
        "{err}"
    );
    let err = "sorces".parse::<Collection>().unwrap_err();
    assert_eq!(err.suggestion, Some(Collection::Sources));
    let err = "Octobr 2025".parse::<Date>().unwrap_err();
    assert_eq!(
        err.kind(),
        DateErrorKind::UnknownMonth {
            suggestion: Some("October")
        }
    );
}

#[test]
fn collections_and_queries_parse() {
    for collection in Collection::ALL {
        assert_eq!(collection.name().parse(), Ok(collection));
        assert_eq!(collection.name().to_uppercase().parse(), Ok(collection));
    }
    let query: Query = "estimates where topic = casualties".parse().unwrap();
    assert_eq!(
        query,
        Query::parse("estimates where topic = casualties").unwrap()
    );
    let err = "estimates where topic = casualtys"
        .parse::<Query>()
        .unwrap_err();
    assert!(err.to_string().contains("did you mean `casualties`?"));
}

#[test]
fn a_date_reads_the_query_literals_and_the_data_files_wording() {
    let same = [
        ("2025-10", "October 2025"),
        ("2025-10-03", "3 October 2025"),
        ("2025", "2025"),
        ("late october 2025", "late October 2025"),
        ("LATE OCTOBER [2025]", "late October [2025]"),
        ("October [2025]", "October [2025]"),
        ("october 2025", "October 2025"),
        ("Early 2025", "early 2025"),
        ("28 OCTOBER 2025", "28 October 2025"),
    ];
    for (text, printed) in same {
        let date: Date = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(date.to_string(), printed, "{text}");
        assert_eq!(printed.parse::<Date>(), Ok(date), "{printed}");
    }
    assert_eq!("2025-10".parse(), Ok(Date::month(2025, 10).unwrap()));
    assert_eq!("2025-10-03".parse(), Ok(Date::day(2025, 10, 3).unwrap()));
}

#[test]
fn a_date_that_is_not_one_says_why() {
    let kind = |text: &str| text.parse::<Date>().unwrap_err().kind();
    assert_eq!(kind("2025-13"), DateErrorKind::NoSuchMonth);
    assert_eq!(kind("2025-00"), DateErrorKind::NoSuchMonth);
    assert_eq!(kind("2025-13-01"), DateErrorKind::NoSuchMonth);
    assert_eq!(kind("2025-02-29"), DateErrorKind::NoSuchDay);
    assert_eq!(kind("2025-1"), DateErrorKind::BadYear);
    assert_eq!(kind("25"), DateErrorKind::BadYear);
    assert_eq!(kind(""), DateErrorKind::Empty);
    assert_eq!(kind("October [2025"), DateErrorKind::UnclosedBracket);
    assert_eq!(kind("soon early October 2025"), DateErrorKind::Misplaced);
    assert_eq!(
        kind("soon 2025"),
        DateErrorKind::UnknownMonth { suggestion: None }
    );
}

#[test]
fn an_answer_of_another_kind_is_none_not_empty() {
    let count = facts::query("count estimates").unwrap();
    assert_eq!(count.count(), Some(5));
    assert!(count.rows().is_none());
    assert!(count.groups().is_none());

    let groups = facts::query("estimates group by topic").unwrap();
    assert!(groups.rows().is_none());
    assert_eq!(groups.count(), None);
    assert_eq!(groups.groups().map(<[_]>::len), Some(2));

    // No record matching is an empty list of rows, which is not the same as no rows at all.
    let none = facts::query("estimates where value > 1000000").unwrap();
    assert_eq!(none.rows().map(<[_]>::len), Some(0));
    assert!(none.groups().is_none());
}

#[test]
fn group_keys_are_typed_values() {
    use facts::{Value, Word};
    let keys = |query: &str| -> Vec<Value<'static>> {
        facts::query(query)
            .unwrap()
            .groups()
            .unwrap()
            .iter()
            .map(|g| g.key.clone())
            .collect()
    };
    assert_eq!(
        keys("estimates group by measure"),
        [
            Value::Word(Word::Measure(Measure::Troops)),
            Value::Word(Word::Measure(Measure::Killed)),
            Value::Word(Word::Measure(Measure::Wounded)),
        ]
    );
    assert_eq!(
        keys("claims where status = unconfirmed group by status"),
        [Value::Word(ClaimStatus::Unconfirmed.into())]
    );
    assert!(
        keys("estimates group by source")
            .iter()
            .all(|k| matches!(k, Value::Ref(_)))
    );
    assert_eq!(
        keys("events group by ongoing"),
        [Value::Bool(false), Value::Bool(true)]
    );
    // A word key serializes as its word, with nothing of how the crate ranks it.
    let json = serde_json::to_string(&facts::query("estimates group by topic").unwrap()).unwrap();
    assert!(json.contains(r#""key":"deployment""#), "{json}");
    assert!(!json.contains("rank"), "{json}");
}

#[test]
fn every_record_prints_as_one_line_with_who_says_it_and_the_quote() {
    let d = Dataset::builtin();
    let one_line = |line: &str, quote: facts::Quote<'_>| {
        assert!(!line.contains('\n'), "{line}");
        assert!(line.ends_with(&format!("“{}”", quote.text())), "{line}");
    };
    for r in d.actors() {
        one_line(&r.to_string(), r.quote());
        assert!(r.to_string().starts_with(r.name()));
    }
    for r in d.events() {
        let line = r.to_string();
        one_line(&line, r.quote());
        assert!(
            r.sources().iter().all(|s| line.contains(s.name())),
            "{line}"
        );
    }
    for r in d.estimates() {
        let line = r.to_string();
        one_line(&line, r.quote());
        assert!(line.contains(r.source().name()), "{line}");
        assert!(line.contains(r.measure().word()), "{line}");
    }
    for r in d.sources() {
        one_line(&r.to_string(), r.quote());
    }
    for r in d.claims() {
        let line = r.to_string();
        one_line(&line, r.quote());
        assert!(
            line.starts_with(&format!(
                "{} — {} ({}",
                r.text(),
                r.source().name(),
                r.status()
            )),
            "{line}"
        );
    }
    // A row prints as its record.
    for row in facts::query("claims").unwrap().rows().unwrap() {
        let facts::Row::Claim(claim) = row else {
            panic!("{row:?}")
        };
        assert_eq!(row.to_string(), claim.to_string());
    }
    assert_eq!(
        facts::estimate("troops-more-than-10000")
            .unwrap()
            .to_string(),
        "more than 10,000 troops — One set of reports, repeated by South Korean and Western \
         agencies: “said more than 10,000 North Korean troops were sent, many to the Kursk area”"
    );
}

#[test]
fn ids_words_texts_and_dates_take_a_width_so_tables_line_up() {
    let claim = facts::claim("death-sentence").unwrap();
    assert_eq!(format!("{:<16}|", claim.id()), "death-sentence  |");
    assert_eq!(format!("{:>9}|", claim.status()), "   stated|");
    assert_eq!(format!("{:<8}|", facts::Measure::Killed), "killed  |");
    assert_eq!(format!("{:<8}|", facts::Text::from("Kyiv")), "Kyiv    |");
    let date: facts::Date = "late October 2025".parse().unwrap();
    assert_eq!(format!("{date:<20}|"), "late October 2025   |");
    assert_eq!(format!("{date}"), "late October 2025");
}

#[test]
fn the_report_speaking_in_its_own_voice_is_source_kind_report() {
    let own = facts::source("this-report").map(|s| s.kind());
    assert_eq!(own, Some(facts::SourceKind::Report));
    assert_eq!(facts::SourceKind::Report.word(), "report");
}

#[test]
fn a_day_takes_a_width_too() {
    let date: facts::Date = "late October 2025".parse().unwrap();
    assert_eq!(format!("{:<12}|", date.earliest()), "2025-10-21  |");
    assert_eq!(date.earliest().to_string(), "2025-10-21");
}
