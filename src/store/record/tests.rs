use std::fmt;

use super::quote::QuoteList;
use super::*;

/// Walks a list of `len` items from both ends in turn, checking each against `get` and
/// the count left at every step, then that nothing lies past either end.
fn walk_both<T: PartialEq + fmt::Debug>(
    mut iter: impl DoubleEndedIterator<Item = T> + ExactSizeIterator,
    len: usize,
    get: impl Fn(usize) -> Option<T>,
) {
    let (mut front, mut back) = (0, len);
    for step in 0..len {
        assert_eq!(iter.len(), back - front);
        if step % 2 == 0 {
            assert_eq!(iter.next(), get(front));
            front += 1;
        } else {
            back -= 1;
            assert_eq!(iter.next_back(), get(back));
        }
    }
    assert_eq!(iter.len(), 0);
    assert_eq!(iter.next(), None);
    assert_eq!(iter.next_back(), None);
    assert_eq!(iter.next(), None);
    assert_eq!(get(len), None);
}

fn walk<'d, R: Record<'d> + PartialEq + fmt::Debug>(records: Records<'d, R>) {
    walk_both(records.iter(), records.len(), |at| records.get(at));
}

#[test]
fn lists_of_every_kind_iterate_from_both_ends() {
    let facts = Dataset::builtin();
    walk(facts.estimates());
    walk(facts.sources());
    let capture = facts.event("capture").unwrap();
    assert_eq!(capture.actors().len(), 2);
    walk(capture.actors());
    let estimate = facts.estimate("troops-about-15000").unwrap();
    assert_eq!(estimate.reported_with().len(), 2);
    walk(estimate.reported_with());
}

#[test]
fn an_empty_list_has_no_first_or_last() {
    let facts = Dataset::builtin();
    let by_position: Records<'_, Estimate<'_>> = Records::at(facts, &[]);
    let by_id: Records<'_, Actor<'_>> = Records::named(facts, &[]);
    assert!(by_position.is_empty() && by_id.is_empty());
    assert_eq!((by_position.first(), by_position.last()), (None, None));
    assert_eq!((by_id.first(), by_id.last()), (None, None));
    walk(by_position);
    walk(by_id);
}

#[test]
fn lists_are_equal_when_they_hold_the_same_records_in_order() {
    let facts = Dataset::builtin();
    let all = facts.estimates();
    assert_eq!(all.len(), 5);
    assert_eq!(all, Records::<Estimate<'_>>::at(facts, &[0, 1, 2, 3, 4]));
    for other in [
        &[0, 1, 2, 3][..],
        &[0, 1, 2, 4, 3],
        &[0, 1, 2, 3, 4, 4],
        &[],
    ] {
        let other = Records::<Estimate<'_>>::at(facts, other);
        assert_ne!(all, other, "{other:?}");
        assert_ne!(other, all, "{other:?}");
    }
}

#[test]
fn a_list_prints_as_its_records() {
    let actors = Dataset::builtin().event("capture").unwrap().actors();
    let records: Vec<Actor<'_>> = actors.iter().collect();
    assert_eq!(format!("{actors:?}"), format!("{records:?}"));
    assert!(format!("{actors:?}").contains("Actor"), "{actors:?}");
}

fn walk_quotes(quotes: Quotes<'_>) {
    walk_both(quotes.iter(), quotes.len(), |at| quotes.get(at));
    assert_eq!(quotes.is_empty(), quotes.list.len() == 0);
    assert_eq!(quotes.first(), quotes.get(0));
    let last = quotes.len().checked_sub(1).and_then(|at| quotes.get(at));
    assert_eq!(quotes.last(), last);
}

#[test]
fn a_claims_stored_quotes_iterate_from_both_ends() {
    let restated = crate::claim("both-directly-asked").unwrap().restated();
    assert_eq!(restated.len(), 2);
    walk_quotes(restated);
    assert_eq!(
        restated.last().unwrap().text(),
        "is how he summarized their final message to the producer"
    );
}

#[test]
fn quotes_of_any_length_iterate_from_both_ends() {
    let facts = Dataset::builtin();
    // Every estimate's restatement, one each: five quotes to take lists of from.
    let spans = &facts.estimates.restated.items[..];
    assert_eq!(spans.len(), 5);
    for n in [0, 1, 2, 5] {
        let quotes = Quotes {
            dataset: facts,
            list: QuoteList::Spans(&spans[..n]),
        };
        assert_eq!(quotes.len(), n);
        walk_quotes(quotes);
    }
    let all = Quotes {
        dataset: facts,
        list: QuoteList::Spans(spans),
    };
    assert!(!all.is_empty());
    assert_eq!(
        all.first().unwrap().text(),
        "more than 10,000 troops sent in 2024"
    );
    assert_eq!(all.last().unwrap().text(), "over 4,000 wounded");
}

#[test]
fn quotes_compare_and_print_as_their_quotes() {
    let facts = Dataset::builtin();
    let spans = &facts.estimates.restated.items[..];
    let quotes = |spans| Quotes {
        dataset: facts,
        list: QuoteList::Spans(spans),
    };
    let copy = spans.to_vec();
    assert_eq!(quotes(spans), quotes(&copy));
    let swapped = [spans[1], spans[0], spans[2], spans[3], spans[4]];
    for other in [&spans[..4], &swapped[..], &[]] {
        assert_ne!(quotes(spans), quotes(other), "{other:?}");
        assert_ne!(quotes(other), quotes(spans), "{other:?}");
    }
    let listed: Vec<Quote<'_>> = quotes(spans).iter().collect();
    assert_eq!(format!("{:?}", quotes(spans)), format!("{listed:?}"));
    assert_eq!(format!("{:?}", quotes(spans).iter()), format!("{listed:?}"));
    assert!(format!("{listed:?}").contains("around 600 dead"));
    let iter = facts.estimates().iter();
    assert_eq!(format!("{iter:?}"), "Iter { next: 0, end: 5 }");
}

#[test]
fn an_estimate_prints_its_fields() {
    let estimate = Dataset::builtin().estimate("killed-about-600").unwrap();
    let printed = format!("{estimate:?}");
    for part in [
        "Estimate {",
        "\"killed-about-600\"",
        "value: 600",
        "qualifier: About",
        "\"other-assessments\"",
        "around 600 dead",
    ] {
        assert!(printed.contains(part), "{part} in {printed}");
    }
}

#[test]
fn first_and_last_are_the_ends() {
    let sources = Dataset::builtin().sources();
    assert!(sources.len() > 1);
    assert_eq!(sources.first(), sources.iter().next());
    assert_eq!(sources.last(), sources.iter().next_back());
    assert_ne!(sources.first(), sources.last());
}
