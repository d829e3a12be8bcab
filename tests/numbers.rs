//! The report's five figures, asserted one by one against its words.
//!
//! Each test restates what the report says about one figure: the number, the word qualifying
//! it, what it counts, over what period, who gives it, which figures it travels with, and the
//! exact words quoting it the first time and again in "Conflicting numbers and what they tell us".

use facts::{Bound, Date, Estimate, Measure, Qualifier, Topic};

fn estimate(id: &str) -> Estimate<'static> {
    facts::estimate(id).unwrap_or_else(|| panic!("no estimate `{id}`"))
}

fn source_name(e: Estimate<'static>) -> &'static str {
    e.source().name()
}

fn reported_with(e: Estimate<'static>) -> Vec<&'static str> {
    let mut ids: Vec<&str> = e.reported_with().iter().map(|w| w.id().as_str()).collect();
    ids.sort_unstable();
    ids
}

fn restated(e: Estimate<'static>) -> Vec<&'static str> {
    e.restated().iter().map(|q| q.text()).collect()
}

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

/// A bound as `(value, inclusive)`, for comparing with the report's wording.
fn bound(b: Option<Bound>) -> Option<(u64, bool)> {
    b.map(|b| (b.value, b.inclusive))
}

#[test]
fn there_are_exactly_five_figures() {
    let mut ids: Vec<&str> = facts::estimates().iter().map(|e| e.id().as_str()).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "killed-about-2000",
            "killed-about-600",
            "troops-about-15000",
            "troops-more-than-10000",
            "wounded-more-than-4000",
        ],
        "\"at least several thousand troops\" is a hypothetical, not a sixth figure"
    );
}

#[test]
fn more_than_10000_troops_sent_in_2024() {
    let e = estimate("troops-more-than-10000");
    assert_eq!(e.value(), 10_000);
    assert_eq!(e.qualifier(), Qualifier::MoreThan);
    assert_eq!(
        (e.topic(), e.measure()),
        (Topic::Deployment, Measure::Troops)
    );
    assert_eq!(
        bound(e.low()),
        Some((10_000, false)),
        "more than: 10,000 itself excluded"
    );
    assert_eq!(bound(e.high()), None);
    assert_eq!(e.period(), Some("sent in 2024"));
    assert_eq!(e.since(), None);
    assert_eq!(e.during(), Some(date("2024")));
    assert!(
        !e.during().unwrap().year_inferred(),
        "the report writes 2024"
    );
    assert_eq!(e.source().id().as_str(), "one-set-of-reports");
    assert_eq!(
        source_name(e),
        "One set of reports, repeated by South Korean and Western agencies"
    );
    assert_eq!(reported_with(e), ["killed-about-2000"]);
    assert_eq!(
        e.quote().text(),
        "said more than 10,000 North Korean troops were sent, many to the Kursk area"
    );
    assert_eq!(restated(e), ["more than 10,000 troops sent in 2024"]);
}

#[test]
fn about_15000_troops_since_october_last_year() {
    let e = estimate("troops-about-15000");
    assert_eq!(e.value(), 15_000);
    assert_eq!(e.qualifier(), Qualifier::About);
    assert_eq!(
        (e.topic(), e.measure()),
        (Topic::Deployment, Measure::Troops)
    );
    assert_eq!(
        (bound(e.low()), bound(e.high())),
        (None, None),
        "about: no bound either way"
    );
    assert_eq!(e.period(), Some("since October last year"));
    let since = e.since().unwrap();
    assert_eq!(since, date("October [2024]"));
    assert!(since.year_inferred(), "\"last year\" of a 2025 report");
    assert_eq!(e.during(), None);
    assert_eq!(e.source().id().as_str(), "later-south-korean-briefings");
    assert_eq!(source_name(e), "Later South Korean briefings");
    assert_eq!(
        reported_with(e),
        ["killed-about-600", "wounded-more-than-4000"]
    );
    assert_eq!(
        e.quote().text(),
        "raised the figure to about 15,000 since October last year"
    );
    assert_eq!(
        restated(e),
        ["raises the total deployed to about 15,000 since October last year"]
    );
}

#[test]
fn about_2000_killed() {
    let e = estimate("killed-about-2000");
    assert_eq!(e.value(), 2_000);
    assert_eq!(
        e.qualifier(),
        Qualifier::About,
        "\"about\" and \"around\" 2,000"
    );
    assert_eq!(
        (e.topic(), e.measure()),
        (Topic::Casualties, Measure::Killed)
    );
    assert_eq!((bound(e.low()), bound(e.high())), (None, None));
    assert_eq!(e.period(), Some("to date"));
    assert_eq!((e.since(), e.during()), (None, None));
    assert_eq!(e.source().id().as_str(), "some-intelligence-updates");
    assert_eq!(source_name(e), "Some intelligence updates");
    assert_eq!(reported_with(e), ["troops-more-than-10000"]);
    assert_eq!(
        e.quote().text(),
        "have cited about 2,000 North Korean soldiers killed"
    );
    assert_eq!(restated(e), ["around 2,000 dead to date"]);
}

#[test]
fn around_600_killed() {
    let e = estimate("killed-about-600");
    assert_eq!(e.value(), 600);
    assert_eq!(e.qualifier(), Qualifier::About);
    assert_eq!(
        (e.topic(), e.measure()),
        (Topic::Casualties, Measure::Killed)
    );
    assert_eq!((bound(e.low()), bound(e.high())), (None, None));
    assert_eq!(e.period(), None, "the report gives this figure no period");
    assert_eq!((e.since(), e.during()), (None, None));
    assert_eq!(e.source().id().as_str(), "other-assessments");
    assert_eq!(source_name(e), "Other assessments");
    assert_eq!(
        reported_with(e),
        ["troops-about-15000", "wounded-more-than-4000"]
    );
    assert_eq!(e.quote().text(), "point to around 600 killed");
    assert_eq!(restated(e), ["around 600 dead"]);
}

#[test]
fn more_than_4000_wounded() {
    let e = estimate("wounded-more-than-4000");
    assert_eq!(e.value(), 4_000);
    assert_eq!(
        e.qualifier(),
        Qualifier::MoreThan,
        "\"more than\" and \"over\" 4,000"
    );
    assert_eq!(
        (e.topic(), e.measure()),
        (Topic::Casualties, Measure::Wounded)
    );
    assert_eq!(bound(e.low()), Some((4_000, false)));
    assert_eq!(bound(e.high()), None);
    assert_eq!(e.period(), None);
    assert_eq!((e.since(), e.during()), (None, None));
    assert_eq!(e.source().id().as_str(), "other-assessments");
    assert_eq!(source_name(e), "Other assessments");
    assert_eq!(reported_with(e), ["killed-about-600", "troops-about-15000"]);
    assert_eq!(e.quote().text(), "more than 4,000 injured");
    assert_eq!(restated(e), ["over 4,000 wounded"]);
}

#[test]
fn conflicting_killed_figures_stand_side_by_side() {
    let killed: Vec<Estimate> = facts::estimates()
        .iter()
        .filter(|e| e.measure() == Measure::Killed)
        .collect();
    let mut figures: Vec<(u64, &str)> = killed
        .iter()
        .map(|e| (e.value(), e.source().id().as_str()))
        .collect();
    figures.sort_unstable();
    assert_eq!(
        figures,
        [
            (600, "other-assessments"),
            (2_000, "some-intelligence-updates")
        ]
    );
    assert!(
        !killed[0]
            .reported_with()
            .iter()
            .any(|w| w.id() == killed[1].id()),
        "the two killed figures come from different reports"
    );
}

#[test]
fn conflicting_troop_figures_stand_side_by_side() {
    let troops: Vec<Estimate> = facts::estimates()
        .iter()
        .filter(|e| e.topic() == Topic::Deployment)
        .collect();
    let mut figures: Vec<(u64, Qualifier, &str)> = troops
        .iter()
        .map(|e| (e.value(), e.qualifier(), e.source().id().as_str()))
        .collect();
    figures.sort_unstable();
    assert_eq!(
        figures,
        [
            (10_000, Qualifier::MoreThan, "one-set-of-reports"),
            (15_000, Qualifier::About, "later-south-korean-briefings"),
        ]
    );
    assert!(
        !troops[0]
            .reported_with()
            .iter()
            .any(|w| w.id() == troops[1].id()),
        "the two troop figures come from different reports"
    );
}
