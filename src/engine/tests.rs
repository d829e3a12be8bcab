//! The engine's unit tests: columns answer as reading the records does, values compare as
//! the semantics say, a sort's permutation is applied, and `find` reads the report's sentences.

use std::ops::Range;

use super::compare::{compare, passes, passes_number};
use super::eval::Eval;
use super::find::sentences_of;
use super::order::apply_permutation;
use super::scan::{NumberRange, Scan};
use crate::model::Date;
use crate::model::collection::Collection;
use crate::plan::{Cond, Form, Op, Operand, Query, Select};
use crate::store::data::{self, Dataset, Words};
use crate::store::schema::{FieldId, FieldType, Value};

/// A query of one collection, parsed.
fn select(text: &str) -> Select {
    let Query(Form::Select(select)) = Query::parse(text).unwrap() else {
        unreachable!("{text} asks one collection")
    };
    select
}

fn date(text: &str) -> Value<'static> {
    Value::Date(text.parse().unwrap())
}

/// The embedded records, each `copies` times under new ids: enough for columns.
fn copies(copies: usize) -> Dataset {
    use crate::model::{ActorId, ClaimId, EstimateId, EventId, SourceId};
    let facts = Dataset::builtin();
    let mut c = crate::model::validate::Collections::default();
    let origin = || crate::model::validate::Origin {
        file: "copies".into(),
        line: 1,
    };
    for copy in 0..copies {
        // Every id and every reference to one is renamed, so that each copy refers
        // within itself.
        let id = |id: &str| format!("{id}-{copy}");
        let actor = |a: &ActorId| ActorId::new(id(a.as_str()));
        let source = |s: &SourceId| SourceId::new(id(s.as_str()));
        for r in facts.actors.iter() {
            let mut r = r.clone();
            r.id = actor(&r.id);
            r.affiliation = r.affiliation.as_ref().map(actor);
            c.actors.push(r, origin());
        }
        for r in facts.events.iter() {
            let mut r = r.clone();
            r.id = EventId::new(id(r.id.as_str()));
            r.actors = r.actors.iter().map(actor).collect();
            r.sources = r.sources.iter().map(source).collect();
            c.events.push(r, origin());
        }
        // The stored records, as the build compiled them.
        for r in crate::store::data::ESTIMATES.iter() {
            let mut r = r.clone();
            r.id = EstimateId::new(id(r.id.as_str()));
            r.source = source(&r.source);
            r.reported_with = r
                .reported_with
                .iter()
                .map(|e| EstimateId::new(id(e.as_str())))
                .collect();
            // Figures of every size, so that number tests split the copies.
            r.value += copy as u64 * 100;
            c.estimates.push(r, origin());
        }
        for r in facts.sources.iter() {
            let mut r = r.clone();
            r.id = source(&r.id);
            r.actors = r.actors.iter().map(actor).collect();
            c.sources.push(r, origin());
        }
        for r in facts.claims.iter() {
            let mut r = r.clone();
            r.id = ClaimId::new(id(r.id.as_str()));
            r.source = source(&r.source);
            r.about = r.about.iter().map(actor).collect();
            c.claims.push(r, origin());
        }
    }
    c.reports.records = facts.reports.to_vec();
    Dataset::from_collections(c)
}

#[test]
fn columns_answer_as_reading_the_records_does() {
    let dataset = copies(300);
    let eval = Eval { dataset: &dataset };
    let (mut scanned, mut through) = (0, 0);
    for text in [
        "estimates where topic = casualties",
        "estimates where topic != casualties",
        "estimates where measure in [killed, wounded] and value > 2000",
        "estimates where value >= 4000 and value < 20000 and qualifier = about",
        "estimates where value in [600, 2600, 10000] and not (measure = troops)",
        "estimates where value = 2000 or topic = deployment",
        "estimates where low > 10000 and measure = troops",
        "estimates where source.kind = assessment and topic = casualties",
        "estimates where source.kind = assessment",
        "estimates where source.kind != assessment and value > 1000",
        "estimates where not source.kind = intelligence",
        "claims where source.actors.country = south_korea and status = stated",
        "actors where affiliation.country = north_korea",
        "sources where actors.kind = person",
        "events where sources.kind = captives",
        "actors where country = north_korea",
        "actors where country != north_korea and kind in [person, group]",
        "sources where kind = captives and confirmable = false",
        "claims where status in [alleged, unconfirmed]",
        "events where ongoing = true",
    ] {
        let query = select(text);
        let mut expected = Vec::new();
        dataset.each(query.collection, |row| {
            if query.filter.as_ref().is_none_or(|f| eval.holds(row, f)) {
                expected.push(row.id());
            }
        });
        let mut got = Vec::new();
        eval.matching(query.collection, query.filter.as_ref(), |row| {
            got.push(row.id())
        });
        assert_eq!(got, expected, "{text}");
        assert!(
            !got.is_empty() || text.contains("low >"),
            "{text} finds nothing"
        );
        let parts = match &query.filter {
            Some(Cond::And(parts)) => parts.iter().collect(),
            Some(other) => vec![other],
            None => vec![],
        };
        for part in parts {
            match eval.scan(part) {
                Some(Scan::Through { .. }) => through += 1,
                Some(_) => scanned += 1,
                None => {}
            }
        }
    }
    assert!(scanned >= 10, "the columns were used {scanned} times");
    assert!(
        through >= 1,
        "references were followed by position {through} times"
    );
}

#[test]
fn kept_columns_hold_what_reading_the_records_gives() {
    let dataset = copies(300);
    let mut kept = 0;
    for collection in Collection::ALL {
        for index in 0..collection.fields().len() {
            let field = FieldId {
                collection,
                index: index as u8,
            };
            if field.kept_column().is_none() {
                continue;
            }
            kept += 1;
            let column = dataset.column(field).unwrap();
            let mut at = 0;
            dataset.each(collection, |row| {
                let value = row.get(field);
                match (column, &value) {
                    (data::Column::Words(words), Value::Word(word)) => {
                        let kept = match words {
                            Words::Ranks(r) => r[at],
                            Words::Topics(t) => t[at] as u8,
                            Words::Measures(m) => m[at] as u8,
                            Words::Qualifiers(q) => q[at] as u8,
                        };
                        assert_eq!(kept, word.rank(), "{}", field.field().name);
                    }
                    (data::Column::Numbers(n), Value::Number(number)) => {
                        assert_eq!(n[at], *number, "{}", field.field().name);
                    }
                    (data::Column::Positions(p), Value::Ref(id)) => {
                        let FieldType::Ref(target) = field.field().ty else {
                            panic!("{} is not a reference", field.field().name)
                        };
                        let position = dataset.position(target, id).unwrap();
                        assert_eq!(
                            p[at].map(|p| p.get()),
                            Some(position),
                            "{}",
                            field.field().name
                        );
                    }
                    _ => panic!("{}: {value:?} in a column", field.field().name),
                }
                at += 1;
            });
            assert_eq!(at, dataset.len(collection));
        }
    }
    // topic, measure, value, qualifier and source of the estimates.
    assert_eq!(kept, 5);
}

#[test]
fn paths_through_a_reference_answer_as_walking_them_does() {
    // Many estimates over the few embedded sources, as in data at scale: the case where
    // the path is walked from each source once.
    let facts = Dataset::builtin();
    let mut c = crate::model::validate::Collections::default();
    let origin = || crate::model::validate::Origin {
        file: "copies".into(),
        line: 1,
    };
    for copy in 0..100 {
        for r in crate::store::data::ESTIMATES.iter() {
            let mut r = r.clone();
            let id = |id: &str| crate::model::EstimateId::new(format!("{id}-{copy}"));
            r.id = id(r.id.as_str());
            r.reported_with = r.reported_with.iter().map(|e| id(e.as_str())).collect();
            r.value += copy;
            c.estimates.push(r, origin());
        }
    }
    c.reports.records = facts.reports.to_vec();
    c.actors.records = facts.actors.to_vec();
    c.sources.records = facts.sources.to_vec();
    let dataset = Dataset::from_collections(c);
    let eval = Eval { dataset: &dataset };
    for text in [
        "estimates where source.kind = assessment",
        "estimates where source.kind != assessment and value > 1000",
        "estimates where source.name = \"Other assessments\" and value < 650",
        "estimates where source.kind in [assessment] and measure = troops",
        "estimates where source.actors.kind = person",
        "estimates where source.confirmable = false",
    ] {
        let query = select(text);
        let Some(filter) = &query.filter else {
            unreachable!("{text} has a filter")
        };
        let parts = match filter {
            Cond::And(parts) => parts.iter().collect(),
            other => vec![other],
        };
        assert!(
            parts
                .iter()
                .any(|p| matches!(eval.scan(p), Some(Scan::Through { .. }))),
            "{text} follows its reference by position"
        );
        let mut expected = Vec::new();
        dataset.each(query.collection, |row| {
            if eval.holds(row, filter) {
                expected.push(row.id());
            }
        });
        let mut got = Vec::new();
        eval.matching(query.collection, Some(filter), |row| got.push(row.id()));
        assert_eq!(got, expected, "{text}");
        assert!(
            !got.is_empty() || text.contains("actor") || text.contains("confirmable"),
            "{text} finds nothing"
        );
    }
}

#[test]
fn numbers_from_columns_pass_as_values_do() {
    for text in [
        "value = 600",
        "value != 600",
        "value < 600",
        "value <= 600",
        "value > 600",
        "value >= 600",
        "value in [0, 600, 2000]",
        "value in [600]",
        "value < 0",
        "value >= 0",
        "value > 18446744073709551615",
        "value <= 18446744073709551615",
        "value != 18446744073709551615",
    ] {
        let query = select(&format!("estimates where {text}"));
        let Some(Cond::Test(test)) = &query.filter else {
            unreachable!("{text} is a test")
        };
        let range = NumberRange::of(test);
        assert_eq!(range.is_none(), text.contains(','), "{text}");
        for n in [0, 1, 599, 600, 601, 2000, u64::MAX - 1, u64::MAX] {
            let expected = passes(test, &Value::Number(n));
            assert_eq!(passes_number(test, n), expected, "{n} {text}");
            if let Some(range) = range {
                assert_eq!(range.admits(n), expected, "{n} {text} as a range");
            }
        }
    }
}

#[test]
fn word_ranks_are_vocabulary_positions() {
    let facts = Dataset::builtin();
    for collection in Collection::ALL {
        for (index, field) in collection.fields().iter().enumerate() {
            let FieldType::Enum(vocabulary) = field.ty else {
                continue;
            };
            let field = FieldId {
                collection,
                index: index as u8,
            };
            facts.each(collection, |row| {
                if let Value::Word(word) = row.get(field) {
                    assert_eq!(vocabulary.words()[usize::from(word.rank())], word.word());
                }
            });
        }
    }
}

fn holds(value: &Value<'_>, op: Op, literal: Date) -> bool {
    compare(value, op, &Operand::Date(literal))
}

#[test]
fn an_interval_against_a_month_it_lies_in() {
    let late_october = date("late October 2025");
    let october = Date::month(2025, 10).unwrap();
    assert!(holds(&late_october, Op::Eq, october));
    assert!(!holds(&late_october, Op::Ne, october));
    assert!(!holds(&late_october, Op::Lt, october));
    assert!(!holds(&late_october, Op::Gt, october));
    assert!(holds(&late_october, Op::Le, october));
    assert!(holds(&late_october, Op::Ge, october));
}

#[test]
fn an_interval_against_a_day_inside_it_is_unknown() {
    let late_october = date("late October 2025");
    let the_28th = Date::day(2025, 10, 28).unwrap();
    for op in [Op::Eq, Op::Ne, Op::Lt, Op::Gt, Op::Le, Op::Ge] {
        assert!(!holds(&late_october, op, the_28th), "{op:?}");
    }
}

#[test]
fn an_interval_against_neighbours() {
    let early_2025 = date("early 2025");
    assert!(holds(&early_2025, Op::Gt, Date::year(2024)));
    assert!(holds(&early_2025, Op::Ge, Date::year(2024)));
    assert!(holds(&early_2025, Op::Ne, Date::year(2024)));
    assert!(holds(&early_2025, Op::Lt, Date::month(2025, 5).unwrap()));
    assert!(holds(&early_2025, Op::Le, Date::month(2025, 4).unwrap()));
    assert!(!holds(&early_2025, Op::Le, Date::month(2025, 3).unwrap()));
    assert!(holds(&early_2025, Op::Ge, Date::month(2025, 1).unwrap()));
    assert!(!holds(&early_2025, Op::Ge, Date::month(2025, 2).unwrap()));
    // The boundary day is inside both: neither strictly before nor after.
    let end_of_april = Date::day(2025, 4, 30).unwrap();
    assert!(!holds(&early_2025, Op::Lt, end_of_april));
    assert!(!holds(&early_2025, Op::Gt, end_of_april));
    assert!(holds(&early_2025, Op::Le, end_of_april));
}

#[test]
fn missing_values_satisfy_no_test() {
    for op in [Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Contains] {
        assert!(!compare(&Value::Missing, op, &Operand::Number(1)));
        assert!(!compare(&Value::Missing, op, &Operand::Id("x".into())));
    }
}

#[test]
fn text_ignores_case_and_ids_match_whole() {
    let folded = |s: &str| Operand::Text {
        text: s.into(),
        folded: s.to_lowercase(),
    };
    assert!(compare(
        &Value::Text("Yu Yong-weon"),
        Op::Eq,
        &folded("yu yong-weon")
    ));
    assert!(compare(
        &Value::Text("Yu Yong-weon"),
        Op::Contains,
        &folded("YONG")
    ));
    assert!(!compare(
        &Value::Text("Yu Yong-weon"),
        Op::Eq,
        &folded("yu")
    ));
    let list = Value::List(vec![Value::Ref("a-b"), Value::Ref("c")]);
    assert!(compare(&list, Op::Contains, &Operand::Id("A-B".into())));
    assert!(!compare(&list, Op::Contains, &Operand::Id("a".into())));
}

#[test]
fn permutation_is_applied() {
    let mut items = vec!['a', 'b', 'c', 'd'];
    apply_permutation(&mut items, vec![2, 0, 3, 1]);
    assert_eq!(items, ['c', 'a', 'd', 'b']);
}

// `find`: the sentences of a report.

fn split(text: &str) -> Vec<&str> {
    sentences_of(text).map(|r| &text[r]).collect()
}

#[test]
fn sentences_end_at_a_stop_before_a_capital_and_at_the_end_of_a_line() {
    assert_eq!(
        split("One. Two? “Three,” he said. 4 more!\nA heading\nLast."),
        [
            "One.",
            "Two?",
            "“Three,” he said.",
            "4 more!",
            "A heading",
            "Last."
        ]
    );
}

#[test]
fn a_stop_inside_a_quote_ends_the_sentence_with_the_quote() {
    assert_eq!(
        split("He said “go.” Then left. version 2.5 stays."),
        ["He said “go.”", "Then left. version 2.5 stays."]
    );
}

#[test]
fn every_sentence_of_the_report_is_its_own_words() {
    let text = crate::Dataset::builtin().reports().get(0).unwrap().text();
    let sentences: Vec<Range<usize>> = sentences_of(text).collect();
    assert_eq!(
        sentences.len(),
        81,
        "9 headings, 72 sentences in 20 paragraphs"
    );
    for pair in sentences.windows(2) {
        assert!(pair[0].end <= pair[1].start);
        let between = &text[pair[0].end..pair[1].start];
        assert!(
            between.trim().is_empty(),
            "{between:?} lost between sentences"
        );
    }
}
