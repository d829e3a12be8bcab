//! The corrections a careful reading of the report asked for, each asserted directly, and the
//! checks that keep them from coming back: each check fails a copy of the valid fixture that
//! holds one mistake, with the file, the line, the record and what is wrong.

use std::path::{Path, PathBuf};

use facts::{ClaimStatus, Dataset, Problem};

#[test]
fn the_capture_precedes_the_february_visit() {
    let capture = facts::event("capture").unwrap().date().unwrap();
    let visit = facts::event("february-visit").unwrap().date().unwrap();
    assert_eq!(capture.to_string(), "January [2025]");
    assert_eq!(capture.relate(&visit), facts::Relation::Before);
    let early: Vec<&str> = facts::query("events where date < 2025-02")
        .unwrap()
        .rows()
        .unwrap()
        .iter()
        .map(|r| r.id())
        .collect();
    assert!(early.contains(&"capture"), "{early:?}");
}

#[test]
fn there_is_one_february_visit() {
    let february: Vec<&str> = facts::query("events where date = 2025-02")
        .unwrap()
        .rows()
        .unwrap()
        .iter()
        .map(|r| r.id())
        .collect();
    assert_eq!(february, ["february-visit"]);
    assert!(facts::actor("lawmaker-who-met-the-pair").is_none());
    let relayed = facts::claim("february-single-captive").unwrap();
    assert_eq!(relayed.source().id().as_str(), "yu-yong-weon");
}

#[test]
fn the_unconfirmable_grenade_orders_are_unconfirmed() {
    let ids: Vec<&str> = facts::query("claims where status = unconfirmed")
        .unwrap()
        .rows()
        .unwrap()
        .iter()
        .map(|r| r.id())
        .collect();
    assert_eq!(ids, ["avoid-capture-orders"]);
    for source in ["captives-accounts", "lawmaker-who-relayed-claims"] {
        assert_eq!(facts::source(source).unwrap().confirmable(), Some(false));
    }
}

#[test]
fn a_claim_is_dated_only_where_its_sentence_is() {
    for id in ["jaw-wound-healing", "requests-supplies"] {
        assert_eq!(facts::claim(id).unwrap().date(), None, "{id}");
    }
}

#[test]
fn a_statement_made_twice_is_one_claim_with_its_restatements() {
    for gone in [
        "activist-confirms-request",
        "final-message-summary",
        "captives-part-of-formations",
        "willing-if-conditions-met",
    ] {
        assert!(facts::claim(gone).is_none(), "{gone}");
    }
    let both = facts::claim("both-directly-asked").unwrap();
    assert_eq!(both.restated().len(), 2);
    assert!(!both.text().contains("central new development"));
    let willing = facts::claim("willing-to-receive").unwrap();
    assert_eq!(willing.restated().len(), 1);
}

#[test]
fn the_missing_records_are_there() {
    let conditions = facts::query("claims where text contains \"prosecutors\"").unwrap();
    assert_eq!(
        conditions.rows().unwrap()[0].id(),
        "transfer-must-be-verified"
    );
    for id in [
        "transfer-depends-on-procedures",
        "seoul-could-arrange-reception",
        "transfer-requires-coordination",
    ] {
        assert!(facts::claim(id).is_some(), "{id}");
    }
    assert_eq!(facts::event("briefings-raise-figure").unwrap().date(), None);
    assert!(facts::actor("jang-se-yul-organization").is_some());
    let gyeore = facts::actor("gyeore-eol-nation-united").unwrap();
    assert!(gyeore.role().unwrap().contains("coordinate the filming"));
}

#[test]
fn no_merge_the_report_does_not_make() {
    let repeating = facts::source("one-set-of-reports").unwrap();
    let ids: Vec<&str> = repeating.actors().iter().map(|a| a.id().as_str()).collect();
    assert_eq!(ids, ["south-korean-agencies-repeating", "western-agencies"]);
    assert!(
        !facts::actor("south-korean-agencies")
            .unwrap()
            .role()
            .unwrap()
            .contains("repeated")
    );
    // Officials of a state are a government, in Kyiv as in Seoul.
    for id in ["ukrainian-officials", "seoul-officials"] {
        assert_eq!(
            facts::actor(id).unwrap().kind(),
            facts::ActorKind::Government
        );
    }
}

/// A copy of the valid fixture with `file` edited, loaded; the problems found.
fn broken(
    name: &str,
    file: &str,
    edit: impl Fn(&str) -> String,
) -> (PathBuf, Vec<facts::DataError>) {
    broken_all(name, &[(file, &edit)])
}

type Edit<'a> = &'a dyn Fn(&str) -> String;

/// A copy of the valid fixture with each file edited, loaded; the problems found.
fn broken_all(name: &str, edits: &[(&str, Edit<'_>)]) -> (PathBuf, Vec<facts::DataError>) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let dir = std::env::temp_dir().join(format!("facts-corrections-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    for (file, edit) in edits {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        std::fs::write(dir.join(file), edit(&text)).unwrap();
    }
    let errors = Dataset::from_dir(&dir)
        .expect_err("the mistake is found")
        .into_vec();
    std::fs::remove_dir_all(&dir).ok();
    (dir, errors)
}

#[test]
fn a_figure_must_stand_in_its_quote() {
    let (_, errors) = broken("figure", "estimates.toml", |t| {
        t.replacen("value = 500", "value = 700", 1)
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(matches!(
        errors[0].problem,
        Problem::FigureNotQuoted { value: 700, .. }
    ));
    assert!(
        errors[0].to_string().ends_with(
            "estimates.toml:1: estimate troops-about-500: `value` 700 stands in none of its quotes \
         (written as 700); the figure must be the report's"
        ),
        "{}",
        errors[0]
    );
}

#[test]
fn a_qualifier_must_match_the_words_before_its_figure() {
    let (_, errors) = broken("qualifier", "estimates.toml", |t| {
        t.replacen("qualifier = \"more_than\"", "qualifier = \"exact\"", 1)
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].to_string().ends_with(
        "estimates.toml:12: estimate killed-more-than-20: `qualifier` is `exact`, but the quote \
         \"more than 20 soldiers were killed\" words the figure as `more_than`"
    ), "{}", errors[0]);
}

#[test]
fn a_hedged_quote_cannot_be_stated() {
    let reportedly = "An analyst said more than 20 soldiers were reportedly killed";
    let (_, errors) = broken_all(
        "hedge",
        &[
            ("report.txt", &|t: &str| {
                t.replacen(
                    "An analyst said more than 20 soldiers were killed",
                    reportedly,
                    1,
                )
            }),
            ("claims.toml", &|t: &str| {
                t.replacen("status = \"unconfirmed\"", "status = \"stated\"", 1)
                    .replacen(
                        "An analyst said more than 20 soldiers were killed",
                        reportedly,
                        1,
                    )
            }),
            ("estimates.toml", &|t: &str| t.to_owned()),
        ],
    );
    let hedges: Vec<_> = errors
        .iter()
        .filter(|e| matches!(e.problem, Problem::HedgeDropped { .. }))
        .collect();
    assert_eq!(hedges.len(), 1, "{errors:?}");
    assert!(matches!(
        hedges[0].problem,
        Problem::HedgeDropped {
            status: ClaimStatus::Stated,
            hedge: "reportedly",
            allowed: ClaimStatus::Reported,
            ..
        }
    ));
    assert!(
        hedges[0]
            .to_string()
            .contains("claims.toml:1: claim killed-claim: `status` is `stated`")
    );
}

#[test]
fn a_bad_word_is_one_error_and_the_rest_is_still_read() {
    let (_, errors) = broken("word", "actors.toml", |t| {
        t.replacen("kind = \"government\"", "kind = \"govrenment\"", 1)
    });
    // One error for the word: the records naming the actor are not reported again.
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].to_string().ends_with(
            "actors.toml:5: actor northland-officials: `kind` is `govrenment`, which is not one of \
         person, group, organization, government, military, intelligence, media (did you mean \
         `government`?)"
        ),
        "{}",
        errors[0]
    );
}

#[test]
fn countries_are_open_but_slips_are_caught() {
    let (_, errors) = broken("country", "actors.toml", |t| {
        t.replacen(
            "kind = \"person\"",
            "kind = \"person\"\ncountry = \"south_kroea\"",
            1,
        )
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(matches!(
        &errors[0].problem,
        Problem::BadCountry { suggestion: Some(s), .. } if s == "south_korea"
    ));
    // A country no list names still loads.
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let dir = std::env::temp_dir().join(format!("facts-corrections-open-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let actors = std::fs::read_to_string(dir.join("actors.toml")).unwrap();
    std::fs::write(
        dir.join("actors.toml"),
        actors.replacen(
            "kind = \"person\"",
            "kind = \"person\"\ncountry = \"mongolia\"",
            1,
        ),
    )
    .unwrap();
    let loaded = Dataset::from_dir(&dir).unwrap_or_else(|e| panic!("{e:?}"));
    std::fs::remove_dir_all(&dir).ok();
    let analyst = loaded.actor("analyst").unwrap();
    assert_eq!(analyst.country(), Some("mongolia"));
}

#[test]
fn a_bad_word_in_json_lines_is_one_error_naming_its_record() {
    let mut out = Vec::new();
    facts::export::jsonl(Dataset::builtin(), &mut out).unwrap();
    let lines = String::from_utf8(out).unwrap();
    // The first actor of kind government is North Korea's leadership, which a source and two
    // events name: leaving it out must not report them too.
    let edited = lines.replacen("\"kind\":\"government\"", "\"kind\":\"gruop\"", 1);
    let errors = Dataset::from_jsonl_reader(edited.as_bytes(), "edited.jsonl").unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let message = errors[0].to_string();
    assert!(
        message.starts_with("edited.jsonl:7: actor north-korea-leadership: "),
        "{message}"
    );
    assert!(message.contains("unknown variant `gruop`"), "{message}");
}
