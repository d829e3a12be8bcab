//! Datasets beyond the embedded one: fact files and JSON Lines read at run time, with the
//! build's checks, many reports, and the query engine answering from any of them alike.

#[path = "../benches/common/generate.rs"]
mod generate;

use facts::{Dataset, Measure, Qualifier, Row, Topic};

fn data_dir() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/data")
}

fn jsonl(dataset: &Dataset) -> String {
    let mut out = Vec::new();
    dataset.write_jsonl(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn read(text: &str) -> Result<Dataset, Vec<String>> {
    Dataset::from_jsonl_reader(text.as_bytes(), "facts.jsonl")
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

fn generated(estimates: usize) -> Dataset {
    let lines = generate::jsonl(&generate::Spec::new(estimates));
    Dataset::from_jsonl_reader(&lines[..], "generated.jsonl").unwrap()
}

#[test]
fn datasets_can_be_shared_between_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Dataset>();
}

#[test]
fn the_data_directory_loads_as_the_embedded_facts() {
    let loaded = Dataset::from_dir(data_dir()).unwrap();
    assert_eq!(&loaded, Dataset::builtin());
}

#[test]
fn json_lines_round_trip() {
    let text = jsonl(Dataset::builtin());
    let records = Dataset::builtin();
    let count = records.reports().len()
        + records.actors().len()
        + records.events().len()
        + records.estimates().len()
        + records.sources().len()
        + records.claims().len();
    assert_eq!(text.lines().count(), count, "one line a record");
    let back = read(&text).unwrap();
    assert_eq!(&back, Dataset::builtin());
    // Writing what was read gives the same bytes.
    assert_eq!(jsonl(&back), text);

    // A loaded dataset with every kind of record, many reports, dates and lists.
    let many = generated(2_500);
    assert_eq!(many.reports().len(), 3);
    assert_eq!(read(&jsonl(&many)).unwrap(), many);
}

#[test]
fn json_lines_files_load_from_a_path() {
    let path = std::env::temp_dir().join(format!("facts-datasets-{}.jsonl", std::process::id()));
    std::fs::write(&path, jsonl(Dataset::builtin())).unwrap();
    let loaded = Dataset::from_jsonl(&path);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(&loaded.unwrap(), Dataset::builtin());

    let errors = Dataset::from_jsonl("no/such/file.jsonl").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .starts_with("no/such/file.jsonl: cannot read the file"),
        "{}",
        errors[0]
    );
}

/// The builtin facts as JSON Lines with line `n` (from 1) changed by `edit`.
fn edited(n: usize, edit: impl FnOnce(&str) -> String) -> String {
    let text = jsonl(Dataset::builtin());
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines[n - 1] = edit(&lines[n - 1]);
    lines.join("\n")
}

/// The line (from 1) of the first record of a kind.
fn line_of(kind: &str) -> usize {
    let text = jsonl(Dataset::builtin());
    let tag = format!(r#"{{"kind":"{kind}","#);
    1 + text.lines().position(|l| l.starts_with(&tag)).unwrap()
}

#[test]
fn malformed_lines_are_reported_with_their_line() {
    // A claim, which no other record refers to: a line that cannot be read is missing too.
    let n = line_of("claim");
    let errors = read(&edited(n, |l| l[..l.len() - 1].to_owned())).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(&format!("facts.jsonl:{n}: column ")),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("EOF"), "{}", errors[0]);
}

#[test]
fn a_byte_order_mark_may_open_the_file_only() {
    // Some editors start a UTF-8 file with one; the TOML reader skips it too.
    let text = jsonl(Dataset::builtin());
    assert_eq!(
        &read(&format!("\u{feff}{text}")).unwrap(),
        Dataset::builtin()
    );

    // Anywhere else it is a character the line cannot start with.
    let n = line_of("claim");
    let errors = read(&edited(n, |l| format!("\u{feff}{l}"))).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(&format!("facts.jsonl:{n}: column 1: ")),
        "{}",
        errors[0]
    );
}

#[test]
fn an_unknown_kind_is_reported() {
    let n = line_of("claim");
    let errors = read(&edited(n, |l| {
        l.replacen(r#""kind":"claim""#, r#""kind":"rumour""#, 1)
    }))
    .unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(&format!("facts.jsonl:{n}: ")) && errors[0].contains("`rumour`"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_huge_id_is_shown_cut_short_but_kept_whole() {
    let n = line_of("estimate");
    let huge = "x".repeat(1_000_000);
    let text = edited(n, |l| {
        let at = l.find(r#""source":""#).unwrap() + r#""source":""#.len();
        let end = at + l[at..].find('"').unwrap();
        format!("{}{huge}{}", &l[..at], &l[end..])
    });
    let errors = Dataset::from_jsonl_reader(text.as_bytes(), "facts.jsonl").unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let facts::Problem::UnknownReference { id, .. } = &errors[0].problem else {
        panic!("{:?}", errors[0].problem);
    };
    assert_eq!(id, &huge, "the problem keeps the id whole");
    let shown = errors[0].to_string();
    let cut = format!(
        "`{}…` (1000000 bytes), which is not in sources",
        "x".repeat(200)
    );
    assert!(shown.contains(&cut), "{shown}");
    assert!(shown.len() < 500, "{} bytes", shown.len());
}

#[test]
fn a_huge_word_is_shown_cut_short() {
    let n = line_of("estimate");
    let huge = "y".repeat(1_000_000);
    let text = edited(n, |l| {
        l.replacen(
            r#""topic":"deployment""#,
            &format!(r#""topic":"{huge}""#),
            1,
        )
    });
    // The estimate that line held is missing too, and one that names it says so.
    let errors = read(&text).unwrap_err();
    assert!(
        errors[0].starts_with(&format!("facts.jsonl:{n}: ")),
        "{errors:?}"
    );
    let cut = format!(
        "unknown variant `{}…` (1000000 bytes), expected ",
        "y".repeat(200)
    );
    assert!(
        errors[0].contains(&cut),
        "{}",
        &errors[0][..errors[0].len().min(400)]
    );
    assert!(errors[0].len() < 500, "{} bytes", errors[0].len());
}

#[test]
fn unknown_fields_and_values_are_reported_not_dropped() {
    let n = line_of("estimate");
    let errors = read(&edited(n, |l| l.replacen(r#""period":"#, r#""perod":"#, 1))).unwrap_err();
    assert!(
        errors[0].starts_with(&format!("facts.jsonl:{n}: ")),
        "{errors:?}"
    );
    assert!(errors[0].contains("unknown field `perod`"), "{errors:?}");

    let errors = read(&edited(n, |l| {
        l.replacen(r#""topic":"deployment""#, r#""topic":"deploy""#, 1)
    }))
    .unwrap_err();
    assert!(errors[0].contains("unknown variant `deploy`"), "{errors:?}");

    // Bounds are written for readers; read back, they must be what the qualifier implies.
    let estimate = Dataset::builtin().estimates().get(0).unwrap();
    assert_eq!(estimate.qualifier(), Qualifier::MoreThan);
    let errors = read(&edited(n, |l| {
        l.replacen(
            r#""high":null"#,
            r#""high":{"value":1,"inclusive":true}"#,
            1,
        )
    }))
    .unwrap_err();
    assert_eq!(
        errors,
        [format!(
            "facts.jsonl:{n}: estimate {}: `high` is 1 inclusive, but more_than 10000 implies no bound",
            estimate.id()
        )]
    );
}

#[test]
fn bad_references_are_reported_with_their_line_and_a_suggestion() {
    let n = line_of("estimate");
    let errors = read(&edited(n, |l| {
        l.replacen(
            r#""source":"one-set-of-reports""#,
            r#""source":"one-set-of-report""#,
            1,
        )
    }))
    .unwrap_err();
    assert_eq!(
        errors,
        [format!(
            "facts.jsonl:{n}: estimate troops-more-than-10000: `source` names `one-set-of-report`, \
             which is not in sources (did you mean `one-set-of-reports`?)"
        )]
    );
}

#[test]
fn misplaced_quotes_are_reported() {
    let n = line_of("actor");
    let actor = Dataset::builtin().actors().get(0).unwrap();
    let (start, end) = (actor.quote().start(), actor.quote().end());
    let errors = read(&edited(n, |l| {
        l.replacen(
            &format!(r#""start":{start},"end":{end}"#),
            &format!(r#""start":{},"end":{}"#, start + 1, end + 1),
            1,
        )
    }))
    .unwrap_err();
    assert_eq!(
        errors,
        [format!(
            "facts.jsonl:{n}: quote \"{}\" is not at bytes {}..{} of its report",
            actor.quote().text(),
            start + 1,
            end + 1
        )]
    );

    let errors = read(&edited(n, |l| {
        l.replacen(
            r#""report":"nk-pows-seek-south-korea""#,
            r#""report":"nk-pows""#,
            1,
        )
    }))
    .unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(&format!("facts.jsonl:{n}: quote: `report` names `nk-pows`")),
        "{errors:?}"
    );
}

#[test]
fn every_problem_is_reported_in_line_order() {
    let text = jsonl(Dataset::builtin());
    let mut lines: Vec<&str> = text.lines().collect();
    let duplicate = lines[line_of("claim") - 1];
    lines.insert(2, "not json");
    lines.push(duplicate);
    let errors = read(&lines.join("\n")).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with("facts.jsonl:3: column 2: expected ident"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with(&format!("facts.jsonl:{}: duplicate id", lines.len())),
        "{errors:?}"
    );
}

#[test]
fn a_dataset_holds_several_reports() {
    let lines = [
        r#"{"kind":"report","record":{"id":"first","title":"First","year":2024,"text":"Agency A said 100 troops left."}}"#,
        r#"{"kind":"report","record":{"id":"second","title":"Second","year":2025,"text":"Agency A now says 300 troops left."}}"#,
        r#"{"kind":"source","record":{"id":"agency-a","name":"Agency A","kind":"intelligence","actors":[],"confirmable":null,"quote":{"report":"first","start":0,"end":8,"text":"Agency A"}}}"#,
        r#"{"kind":"estimate","record":{"id":"early","topic":"deployment","measure":"troops","value":100,"qualifier":"exact","source":"agency-a","quote":{"report":"first","start":14,"end":24,"text":"100 troops"}}}"#,
        r#"{"kind":"estimate","record":{"id":"later","topic":"deployment","measure":"troops","value":300,"qualifier":"exact","source":"agency-a","quote":{"report":"second","start":18,"end":28,"text":"300 troops"}}}"#,
    ];
    let facts = read(&lines.join("\n")).unwrap();
    assert_eq!(facts.reports().len(), 2);
    let answer = facts.query("estimates where report = second").unwrap();
    let ids: Vec<&str> = answer.rows().unwrap().iter().map(|r| r.id()).collect();
    assert_eq!(ids, ["later"]);
    for estimate in facts.estimates() {
        let quote = estimate.quote();
        assert_eq!(&quote.report().text()[quote.range()], quote.text());
    }
    // A loaded estimate keeps its quote as a place in a report: the words read from there are
    // the ones the line gave, from the report it named.
    for (id, report, words) in [
        ("early", "first", "100 troops"),
        ("later", "second", "300 troops"),
    ] {
        let quote = facts.estimate(id).unwrap().quote();
        assert_eq!(
            (quote.report().id().as_str(), quote.text()),
            (report, words)
        );
    }
    // Each quote is checked against its own report.
    let wrong = lines.join("\n").replacen(
        r#""report":"second","start":18"#,
        r#""report":"first","start":18"#,
        1,
    );
    let errors = read(&wrong).unwrap_err();
    assert_eq!(
        errors,
        ["facts.jsonl:5: quote \"300 troops\" is not at bytes 18..28 of its report"]
    );
}

#[test]
fn a_loaded_dataset_answers_as_the_embedded_one() {
    let loaded = read(&jsonl(Dataset::builtin())).unwrap();
    for query in [
        "estimates where topic = casualties",
        "count estimates where topic = casualties and value > 1000",
        "estimates where source.kind = intelligence order by value desc",
        "events where actors contains yu-yong-weon",
        "claims where status = alleged select id, source.name",
        "estimates group by measure",
        "actors where affiliation.kind = government",
    ] {
        let (a, b) = (
            Dataset::builtin().query(query).unwrap(),
            loaded.query(query).unwrap(),
        );
        assert_eq!(a.to_string(), b.to_string(), "{query}");
        assert_eq!(
            serde_json::to_value(&a).unwrap(),
            serde_json::to_value(&b).unwrap(),
            "{query}"
        );
    }
}

#[test]
fn generated_data_answers_like_a_plain_rust_filter() {
    let facts = generated(3_000);
    let estimates = facts.estimates();
    assert_eq!(estimates.len(), 3_000);

    let count = |query: &str| facts.query(query).unwrap().count().unwrap();
    let ids = |query: &str| -> Vec<String> {
        facts
            .query(query)
            .unwrap()
            .rows()
            .unwrap()
            .iter()
            .map(|r| r.id().to_owned())
            .collect()
    };
    let plain = |keep: &dyn Fn(facts::Estimate) -> bool| -> Vec<String> {
        estimates
            .iter()
            .filter(|&e| keep(e))
            .map(|e| e.id().to_string())
            .collect()
    };

    let expected = estimates
        .iter()
        .filter(|e| e.topic() == Topic::Casualties && e.value() > 50_000)
        .count();
    assert!(expected > 100 && expected < 2_000, "{expected}");
    assert_eq!(
        count("count estimates where topic = casualties and value > 50000"),
        expected
    );
    assert_eq!(
        count("count estimates where topic = casualties"),
        estimates
            .iter()
            .filter(|e| e.topic() == Topic::Casualties)
            .count()
    );
    assert_eq!(
        ids("estimates where measure = killed and qualifier in [about, more_than]"),
        plain(&|e| e.measure() == Measure::Killed
            && matches!(e.qualifier(), Qualifier::About | Qualifier::MoreThan))
    );
    assert_eq!(
        ids("estimates where measure != wounded and not (value <= 900)"),
        plain(&|e| e.measure() != Measure::Wounded && e.value() > 900)
    );
    assert_eq!(
        ids("estimates where topic = deployment or report = report-2"),
        plain(&|e| e.topic() == Topic::Deployment || e.quote().report().id() == "report-2")
    );
    let intelligence = |e: facts::Estimate| e.source().kind() == facts::SourceKind::Intelligence;
    assert_eq!(
        ids("estimates where source.kind = intelligence"),
        plain(&intelligence)
    );
    assert_eq!(
        ids("estimates where reported_with.measure = troops"),
        plain(&|e| e
            .reported_with()
            .iter()
            .any(|w| w.measure() == Measure::Troops))
    );

    // Lookups by id go through an index at this size; every id finds its own record (the
    // record itself, not an equal one: its fields are at the same address).
    for estimate in estimates {
        let found = facts.estimate(estimate.id().as_str()).unwrap();
        assert!(std::ptr::eq(found.id(), estimate.id()));
    }
    assert!(facts.estimate("estimate-3000").is_none());
    assert!(facts.source("source-23").is_some());

    // Answers borrow the records themselves.
    let answer = facts
        .query("estimates where measure = troops limit 1")
        .unwrap();
    let Row::Estimate(first) = answer.rows().unwrap()[0] else {
        unreachable!()
    };
    assert!(estimates.iter().any(|e| std::ptr::eq(e.id(), first.id())));
}

#[test]
fn problems_in_a_large_file_keep_their_lines() {
    // Large enough to be read in several chunks, on several threads where there are cores.
    let text = String::from_utf8(generate::jsonl(&generate::Spec::new(6_000))).unwrap();
    assert!(text.len() > 2 << 20, "{} bytes", text.len());
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let last_estimate = lines
        .iter()
        .rposition(|l| l.contains(r#""kind":"estimate""#))
        .unwrap();
    lines[last_estimate] =
        lines[last_estimate].replacen(r#""source":"source-"#, r#""source":"sauce-"#, 1);
    // An event, which nothing refers to: its problem stands alone.
    let event = lines
        .iter()
        .position(|l| l.contains(r#""kind":"event""#))
        .unwrap();
    lines[event] = lines[event].replacen(r#""id":""#, r#""id":"Bad "#, 1);
    lines.insert(last_estimate - 1000, "[]".to_owned());
    let errors = read(&lines.join("\n")).unwrap_err();
    assert_eq!(errors.len(), 3, "{:?}", &errors[..errors.len().min(5)]);
    assert!(
        errors[0].starts_with(&format!("facts.jsonl:{}: id `Bad ", event + 1)),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with(&format!("facts.jsonl:{}: column ", last_estimate - 999)),
        "{errors:?}"
    );
    assert!(
        errors[2].starts_with(&format!("facts.jsonl:{}: estimate ", last_estimate + 2))
            && errors[2].contains("names `sauce-"),
        "{errors:?}"
    );
}

#[test]
fn problems_in_a_collection_checked_on_several_threads_keep_their_lines() {
    // Enough estimates for their ids to be checked in shards and their records in slices.
    let text = String::from_utf8(generate::jsonl(&generate::Spec::new(20_000))).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    // Estimates reported with no other, so that changing their ids breaks no link.
    let alone: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].contains(r#""kind":"estimate""#))
        .filter(|&i| lines[i].contains(r#""reported_with":[]"#))
        .collect();
    assert!(alone.len() > 15_000, "{}", alone.len());
    let id = |line: &str| line.split('"').nth(9).unwrap().to_owned();
    let (bad, first, unknown, copy) = (alone[5], alone[10], alone[12_000], alone[15_000]);
    let taken = id(&lines[first]);
    lines[copy] = lines[copy].replacen(&id(&lines[copy]), &taken, 1);
    lines[bad] = lines[bad].replacen(&id(&lines[bad]), "Estimate_5", 1);
    lines[unknown] = lines[unknown].replacen(r#""source":"source-"#, r#""source":"sauce-"#, 1);
    let problems = read(&lines.join("\n")).unwrap_err();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(
        problems[0].starts_with(&format!(
            "facts.jsonl:{}: id `Estimate_5` is not kebab-case",
            bad + 1
        )),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with(&format!("facts.jsonl:{}: estimate ", unknown + 1))
            && problems[1].contains("names `sauce-"),
        "{problems:?}"
    );
    assert_eq!(
        problems[2],
        format!(
            "facts.jsonl:{}: duplicate id `{taken}` (first used at line {})",
            copy + 1,
            first + 1
        )
    );
}

#[test]
fn thousands_of_broken_references_are_reported_promptly() {
    // Every link between figures misspelt: a suggestion for each would compare every broken
    // id with every estimate's, so only the first few get one.
    let text = String::from_utf8(generate::jsonl(&generate::Spec::new(5_000))).unwrap();
    let broken = text
        .replace(r#"["estimate-"#, r#"["estimat-"#)
        .replace(r#","estimate-"#, r#","estimat-"#);
    let problems = read(&broken).unwrap_err();
    assert_eq!(problems.len(), text.matches(r#"estimate-"#).count() - 5_000);
    assert!(
        problems
            .iter()
            .all(|p| p.contains("`reported_with` names `estimat-"))
    );
    let suggested = problems
        .iter()
        .filter(|p| p.contains("did you mean `estimate-"));
    assert_eq!(suggested.count(), 20, "{:?}", &problems[..3]);
}

#[test]
fn generated_data_is_deterministic() {
    let spec = generate::Spec::new(1_500);
    assert_eq!(generate::jsonl(&spec), generate::jsonl(&spec));
    let other = generate::Spec { seed: 7, ..spec };
    assert_ne!(generate::jsonl(&spec), generate::jsonl(&other));
}
