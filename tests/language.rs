//! The query language through its public API: precedence, date semantics, keyword
//! boundaries, what errors say and where they point, and the limits that keep hostile input
//! from hurting.

use facts::{Dataset, MAX_DEPTH, MAX_QUERY_LEN, Query, QueryError};

/// The ids a query answers, in answer order.
fn ids(query: &str) -> Vec<String> {
    let answer = facts::query(query).unwrap_or_else(|e| panic!("`{query}` fails:\n{e}"));
    answer
        .rows()
        .unwrap()
        .iter()
        .map(|row| row.id().to_owned())
        .collect()
}

/// The ids a query answers, sorted, for comparing sets.
fn id_set(query: &str) -> Vec<String> {
    let mut ids = ids(query);
    ids.sort();
    ids
}

fn parse(query: &str) -> Query {
    Query::parse(query).unwrap_or_else(|e| panic!("`{query}` fails:\n{e}"))
}

fn error(query: &str) -> QueryError {
    match Query::parse(query) {
        Ok(parsed) => panic!("`{query}` parsed as `{parsed}`"),
        Err(e) => e,
    }
}

// Precedence.

#[test]
fn and_binds_tighter_than_or() {
    let implicit = parse("estimates where measure = troops or measure = killed and value < 1,000");
    let right = parse("estimates where measure = troops or (measure = killed and value < 1,000)");
    let left = parse("estimates where (measure = troops or measure = killed) and value < 1,000");
    assert_eq!(implicit, right);
    assert_ne!(implicit, left);
    let run = |q: &Query| -> Vec<String> {
        q.run(Dataset::builtin())
            .rows()
            .unwrap()
            .iter()
            .map(|r| r.id().to_owned())
            .collect()
    };
    assert_eq!(
        run(&implicit),
        [
            "troops-more-than-10000",
            "troops-about-15000",
            "killed-about-600"
        ]
    );
    assert_eq!(run(&implicit), run(&right));
    assert_eq!(run(&left), ["killed-about-600"]);

    // The same from the other side: `a and b or c` is `(a and b) or c`.
    let implicit = parse("estimates where measure = killed and value < 1,000 or measure = troops");
    let grouped = parse("estimates where (measure = killed and value < 1,000) or measure = troops");
    let other = parse("estimates where measure = killed and (value < 1,000 or measure = troops)");
    assert_eq!(implicit, grouped);
    assert_ne!(implicit, other);
    assert_eq!(run(&implicit).len(), 3);
    assert_eq!(run(&other), ["killed-about-600"]);
}

#[test]
fn not_binds_to_the_next_test_only() {
    let implicit = parse("estimates where not measure = troops and value < 4,000");
    let tight = parse("estimates where (not measure = troops) and value < 4,000");
    let wide = parse("estimates where not (measure = troops and value < 4,000)");
    assert_eq!(implicit, tight);
    assert_ne!(implicit, wide);
    assert_eq!(
        ids("estimates where not measure = troops and value < 4,000"),
        ["killed-about-2000", "killed-about-600"]
    );
    // No troop figure is below 4,000, so the negated conjunction holds for all five.
    assert_eq!(
        ids("estimates where not (measure = troops and value < 4,000)").len(),
        5
    );
    // Over `or` too: `not a or b` is `(not a) or b`.
    assert_eq!(
        parse("estimates where not measure = troops or value > 10,000"),
        parse("estimates where (not measure = troops) or value > 10,000")
    );
    assert_eq!(
        id_set("estimates where not measure = troops or value > 10,000"),
        [
            "killed-about-2000",
            "killed-about-600",
            "troops-about-15000",
            "wounded-more-than-4000"
        ]
    );
    // `not not` cancels.
    assert_eq!(
        ids("estimates where not not measure = troops"),
        ids("estimates where measure = troops")
    );
}

#[test]
fn a_missing_value_fails_every_test_but_not_its_negation() {
    // Of the actors, some have no affiliation: `!=` leaves them out, `not ... =` keeps them.
    let all = ids("actors").len();
    let ukraine = ids("actors where affiliation = ukraine").len();
    let other = ids("actors where affiliation != ukraine").len();
    let not_ukraine = ids("actors where not affiliation = ukraine").len();
    let missing = all - ids("actors where affiliation.id contains \"\"").len();
    assert!(missing > 0, "some actors have no affiliation");
    assert_eq!(ukraine + not_ukraine, all);
    assert_eq!(ukraine + other + missing, all);
}

// Dates: the events compared are pinned by id, so the expected answers are about the date
// semantics alone. Their dates: 2024, January [2025], early 2025, February [2025], [2025] and
// late October [2025].

const DATED: &str = "events where id in [deployment, zelensky-post, detention, february-visit, \
                     accounts-to-visiting-south-koreans, late-october-interviews] and ";

fn dated(condition: &str) -> Vec<String> {
    id_set(&format!("{DATED}{condition}"))
}

fn sorted(ids: &[&str]) -> Vec<String> {
    let mut ids: Vec<String> = ids.iter().map(|s| (*s).to_owned()).collect();
    ids.sort();
    ids
}

#[test]
fn the_pinned_events_have_the_dates_the_tests_assume() {
    let answer = facts::query(&format!("{DATED}date >= 2024 order by id")).unwrap();
    let dates: Vec<(&str, String)> = answer
        .rows()
        .unwrap()
        .iter()
        .map(|row| match row {
            facts::Row::Event(e) => (
                e.id().as_str(),
                e.date().map(|d| d.to_string()).unwrap_or_default(),
            ),
            _ => unreachable!("events are events"),
        })
        .collect();
    let expected = [
        ("accounts-to-visiting-south-koreans", "[2025]"),
        ("deployment", "2024"),
        ("detention", "early 2025"),
        ("february-visit", "February [2025]"),
        ("late-october-interviews", "late October [2025]"),
        ("zelensky-post", "January [2025]"),
    ];
    assert_eq!(dates, expected.map(|(id, d)| (id, d.to_owned())));
}

#[test]
fn late_october_against_its_month() {
    let before = ["deployment", "zelensky-post", "detention", "february-visit"];
    assert_eq!(
        dated("date = 2025-10"),
        sorted(&["late-october-interviews"])
    );
    assert_eq!(dated("date != 2025-10"), sorted(&before));
    assert_eq!(dated("date < 2025-10"), sorted(&before));
    let mut up_to = before.to_vec();
    up_to.push("late-october-interviews");
    assert_eq!(dated("date <= 2025-10"), sorted(&up_to));
    assert_eq!(dated("date > 2025-10"), sorted(&[]));
    assert_eq!(
        dated("date >= 2025-10"),
        sorted(&["late-october-interviews"])
    );
}

#[test]
fn late_october_against_a_day_inside_it_is_unknown() {
    // The report gives no day: the 28th may be before, on or after the interviews.
    let before = ["deployment", "zelensky-post", "detention", "february-visit"];
    assert_eq!(dated("date = 2025-10-28"), sorted(&[]));
    assert_eq!(dated("date != 2025-10-28"), sorted(&before));
    assert_eq!(dated("date < 2025-10-28"), sorted(&before));
    assert_eq!(dated("date <= 2025-10-28"), sorted(&before));
    assert_eq!(dated("date > 2025-10-28"), sorted(&[]));
    assert_eq!(dated("date >= 2025-10-28"), sorted(&[]));
    // Days just outside "late October" (21st to 31st) are certain.
    assert_eq!(
        dated("date > 2025-10-20"),
        sorted(&["late-october-interviews"])
    );
    assert_eq!(
        dated("date >= 2025-10-21"),
        sorted(&["late-october-interviews"])
    );
    assert_eq!(
        dated("date < 2025-11-01"),
        sorted(&[
            "deployment",
            "zelensky-post",
            "detention",
            "february-visit",
            "late-october-interviews"
        ])
    );
}

#[test]
fn early_2025_against_february() {
    // "early 2025" (January to April) neither lies in February nor wholly outside it.
    assert_eq!(dated("date = 2025-02"), sorted(&["february-visit"]));
    assert_eq!(
        dated("date != 2025-02"),
        sorted(&["deployment", "zelensky-post", "late-october-interviews"])
    );
    assert_eq!(
        dated("date < 2025-02"),
        sorted(&["deployment", "zelensky-post"])
    );
    assert_eq!(
        dated("date <= 2025-02"),
        sorted(&["deployment", "zelensky-post", "february-visit"])
    );
    assert_eq!(
        dated("date > 2025-02"),
        sorted(&["late-october-interviews"])
    );
    assert_eq!(
        dated("date >= 2025-02"),
        sorted(&["february-visit", "late-october-interviews"])
    );
    // Against its own last month, early 2025 ends with April.
    assert!(dated("date <= 2025-04").contains(&"detention".to_owned()));
    assert!(!dated("date <= 2025-03").contains(&"detention".to_owned()));
    assert!(!dated("date < 2025-04-30").contains(&"detention".to_owned()));
    assert!(dated("date < 2025-05").contains(&"detention".to_owned()));
}

#[test]
fn year_only_dates_against_years_and_months() {
    let in_2025 = [
        "zelensky-post",
        "detention",
        "february-visit",
        "accounts-to-visiting-south-koreans",
        "late-october-interviews",
    ];
    assert_eq!(dated("date = 2025"), sorted(&in_2025));
    assert_eq!(dated("date > 2024"), sorted(&in_2025));
    assert_eq!(dated("date >= 2025"), sorted(&in_2025));
    assert_eq!(dated("date != 2025"), sorted(&["deployment"]));
    assert_eq!(dated("date < 2025"), sorted(&["deployment"]));
    assert_eq!(dated("date = 2024"), sorted(&["deployment"]));
    // "[2025]", the accounts given "earlier this year", could be any month of the year: no
    // month test holds.
    let accounts = "accounts-to-visiting-south-koreans".to_owned();
    for op in ["=", "!=", "<", "<=", ">", ">="] {
        assert!(
            !dated(&format!("date {op} 2025-06")).contains(&accounts),
            "accounts {op} 2025-06"
        );
    }
    // A year literal is a year where a date is expected, a number where a number is.
    assert_eq!(
        parse("events where date = 2025").to_string(),
        "events where date = 2025"
    );
}

// Keywords.

#[test]
fn keywords_end_at_word_boundaries() {
    let QueryError::Syntax { found, .. } = error("estimates wherever value > 1") else {
        panic!("wherever is not where")
    };
    assert_eq!(found, "`wherever`");
    for (query, field) in [
        ("estimates where order_id = 1", "order_id"),
        ("estimates where notes = 1", "notes"),
        ("estimates where wherever = 1", "wherever"),
        ("estimates where limits = 1", "limits"),
    ] {
        match error(query) {
            QueryError::UnknownField { name, .. } => assert_eq!(name, field, "{query}"),
            other => panic!("`{query}`: {other}"),
        }
    }
    // A keyword-like word after an operator is a value.
    assert_eq!(ids("actors where name = notes"), Vec::<String>::new());
    assert!(!ids("actors where kind = group").is_empty());
    assert_eq!(
        parse("events where title contains android"),
        parse("events where title contains \"android\"")
    );
    assert_eq!(
        parse("events where title contains and").to_string(),
        "events where title contains \"and\""
    );
    // `andvalue` is not `and value`.
    assert!(matches!(
        error("estimates where topic = casualties andvalue > 1"),
        QueryError::Syntax { .. }
    ));
    // `order by` is two words.
    let QueryError::Syntax { found, hint, .. } = error("estimates where value > 1 orderby id")
    else {
        panic!("orderby is not order by")
    };
    assert_eq!(found, "`orderby`");
    assert_eq!(hint.as_deref(), Some("write `order by` as two words"));
    assert_eq!(
        ids("estimates where value > 1 order by value limit 1"),
        ["killed-about-600"]
    );
    // `count` starts a count, and is the count column of groups.
    assert!(matches!(
        error("countestimates"),
        QueryError::UnknownCollection { .. }
    ));
    assert_eq!(facts::query("count estimates").unwrap().count(), Some(5));
    let answer = facts::query("estimates group by measure order by count desc, key").unwrap();
    let counts: Vec<usize> = answer.groups().unwrap().iter().map(|g| g.count).collect();
    assert_eq!(counts, [2, 2, 1]);
}

#[test]
fn keywords_and_vocabulary_ignore_case() {
    assert_eq!(
        parse("ESTIMATES WHERE Topic = CASUALTIES Order By VALUE Desc LIMIT 2"),
        parse("estimates where topic = casualties order by value desc limit 2")
    );
    assert_eq!(
        ids("events where actors contains YU-YONG-WEON"),
        ids("events where actors contains yu-yong-weon")
    );
}

#[test]
fn a_test_has_one_operator() {
    for query in [
        "estimates where a = b = c",
        "estimates where value = 600 = 600",
        "estimates where value < 600 < 700",
        "events where date >= 2025 <= 2026",
    ] {
        let e = error(query);
        let QueryError::Syntax { hint, .. } = &e else {
            panic!("`{query}`: {e}")
        };
        assert!(
            hint.as_deref().is_some_and(|h| h.contains("one operator")),
            "`{query}`: {e}"
        );
    }
}

// Errors.

/// Malformed queries of every kind, for the checks that hold for all errors.
fn malformed() -> Vec<String> {
    let mut queries: Vec<String> = [
        "",
        " ",
        "estimates where",
        "estimates where topic",
        "estimates where topic =",
        "estimates where topic = casualties and",
        "estimates where topic = casualties or or",
        "estimates where not",
        "estimates where ()",
        "estimates where (topic = casualties",
        "estimates where topic = casualties)",
        "estimates where measure in [killed",
        "estimates where measure in []",
        "estimates where measure in killed",
        "actors where name = \"Yu",
        "actors where name = \"Yu\\\"",
        "actors where name = “Yu”",
        "estimates where a = b = c",
        "estimates wherever",
        "estimates where x = 1 orderby id",
        "estimates order value",
        "estimates order by",
        "estimates order by value sideways",
        "estimates group topic",
        "estimates group by",
        "estimates limit",
        "estimates limit x",
        "estimates limit -1",
        "estimates limit 2 order by value",
        "estimates select",
        "estimates select id,",
        "count",
        "count estimates group by topic",
        "count estimates order by value",
        "where topic = casualties",
        "estmates",
        "estimates where topc = 1",
        "estimates where source.kond = x",
        "estimates where topic = casualtys",
        "estimates where value > abc",
        "events where date > casualties",
        "events where date = 2025-13",
        "events where date = 2025-02-30",
        "events where date = 25",
        "estimates where value = 1.5",
        "estimates where value = 10,00",
        "estimates where value = 99,999,999,999,999,999,999",
        "estimates limit 99999999999999999999",
        "estimates where topic > x",
        "events where actors = x",
        "actors where named contains true",
        "estimates where topic.name = x",
        "events group by actors",
        "events order by actors.kind",
        "estimates order by reported_with",
        "estimates group by topic order by value",
        "actors group by kind select low",
        "claims order by count",
        "estimates where value > 1 )",
        "estimates where value ≥ 1",
        "estimates\nwhere value >\n",
        "estimates where topic = casualties value > 1",
        "actors where name = Yu Yong-weon",
    ]
    .iter()
    .map(|q| (*q).to_owned())
    .collect();
    queries.push(format!("estimates where {}", "(".repeat(MAX_DEPTH + 1)));
    queries.push(format!(
        "estimates where {}value > 1",
        "not ".repeat(MAX_DEPTH + 1)
    ));
    queries.push(format!(
        "actors where {} = x",
        vec!["affiliation"; MAX_DEPTH + 1].join(".")
    ));
    queries.push("x".repeat(MAX_QUERY_LEN + 1));
    queries
}

/// The grammar's own identifiers that are not also words of the language: `or_cond`,
/// `kw_where`, `EOI` and the like.
fn rule_identifiers() -> Vec<String> {
    let grammar = include_str!("../grammar/facts.pest");
    let mut rules: Vec<String> = grammar
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .filter_map(|line| {
            let (name, rest) = line.split_once('=')?;
            let name = name.trim();
            let is_rule = rest.trim_start().starts_with(['{', '_', '@', '$', '!'])
                && !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            is_rule.then(|| name.to_owned())
        })
        .filter(|name| name.contains('_') || name.chars().all(|c| c.is_ascii_uppercase()))
        .collect();
    rules.extend(["EOI", "SOI", "Rule::", "positives", "negatives"].map(String::from));
    rules
}

#[test]
fn errors_never_name_grammar_rules() {
    let rules = rule_identifiers();
    // The list is read from the grammar; make sure it was.
    for expected in [
        "or_cond",
        "kw_where",
        "compare_test",
        "where_clause",
        "paren_close",
    ] {
        assert!(
            rules.iter().any(|r| r == expected),
            "{expected} in {rules:?}"
        );
    }
    for query in malformed() {
        let text = error(&query).to_string();
        for rule in &rules {
            assert!(
                !text.contains(rule.as_str()),
                "the error for `{query}` names `{rule}`:\n{text}"
            );
        }
    }
}

#[test]
fn error_spans_lie_inside_the_input() {
    let mut inputs = malformed();
    // Every prefix of some valid queries: truncation anywhere must not panic or point outside.
    for valid in [
        "estimates where (topic = casualties or value > 1,000) and not measure = killed \
         order by value desc, id limit 3 select id, value",
        "actors where name contains \"Yu \\\"Yong\\\"\" and affiliation.name = “x”",
        "events where date >= 2025-10-28 and actors contains yu-yong-weon",
    ] {
        for (i, _) in valid.char_indices() {
            inputs.push(valid[..i].to_owned());
        }
    }
    for input in &inputs {
        let Err(e) = Query::parse(input) else {
            continue;
        };
        let span = e.span();
        assert!(
            span.start <= span.end && span.end <= input.len(),
            "`{input}`: {span:?}"
        );
        assert!(
            input.is_char_boundary(span.start) && input.is_char_boundary(span.end),
            "`{input}`: {span:?}"
        );
        // Display draws the snippet without panicking, and says something.
        assert!(!e.to_string().is_empty());
    }
}

#[test]
fn errors_point_at_the_mistake() {
    for (query, pointed) in [
        ("estimates where topc = casualties", "topc"),
        ("estmates", "estmates"),
        ("estimates where topic = casualtys", "casualtys"),
        ("estimates where value > abc", "abc"),
        ("events where date > casualties", "casualties"),
        ("estimates where topic > x", ">"),
        ("events where actors = x", "="),
        ("estimates wherever", "wherever"),
        ("estimates where a = b = c", "="),
        ("events where date = 2025-13", "2025-13"),
        ("actors where name = \"Yu", "\"Yu"),
        ("estimates where source.kond = x", "kond"),
    ] {
        let e = error(query);
        assert_eq!(&query[e.span()], pointed, "`{query}`:\n{e}");
    }
}

// Limits.

#[test]
fn hostile_input_finishes() {
    // About 100 KB each: whatever the limits, an answer or an error comes back.
    let chain = vec!["value > 1"; 8_000].join(" or ");
    let long_or = format!("estimates where {chain}");
    assert!(long_or.len() > 100_000);
    match facts::query(&long_or) {
        Ok(answer) => assert_eq!(answer.rows().unwrap().len(), 5),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
    let parens = format!("estimates where {}", "(".repeat(100_000));
    assert!(facts::query(&parens).is_err(), "unclosed parentheses");

    // Just under the limit, a long chain parses and answers, without deep recursion.
    let chain = vec!["value > 1"; (MAX_QUERY_LEN - 100) / 13].join(" or ");
    let answer = facts::query(&format!("estimates where {chain}")).unwrap();
    assert_eq!(answer.rows().unwrap().len(), 5);
    let chain = vec!["not (value > 1)"; (MAX_QUERY_LEN - 100) / 20].join(" and ");
    assert_eq!(
        facts::query(&format!("estimates where {chain}"))
            .unwrap()
            .rows()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    for query in [
        format!("estimates where {}value > 1", "(".repeat(10_000)),
        format!(
            "estimates where {}value > 1{}",
            "(".repeat(10_000),
            ")".repeat(10_000)
        ),
        format!("estimates where {}value > 1", "not ".repeat(10_000)),
        format!("estimates where {}value > 1", "not (".repeat(10_000)),
        format!("actors where {} = x", vec!["affiliation"; 10_000].join(".")),
    ] {
        match facts::query(&query) {
            Err(QueryError::TooDeep { .. } | QueryError::TooLong { .. }) => {}
            other => panic!("{:?}", other.map(|a| a.to_string())),
        }
    }
    // At the limit, nesting is fine.
    let at_limit = format!(
        "estimates where {}value > 1{}",
        "(".repeat(MAX_DEPTH),
        ")".repeat(MAX_DEPTH)
    );
    assert_eq!(facts::query(&at_limit).unwrap().rows().unwrap().len(), 5);
    let nots = format!("estimates where {}value > 1", "not ".repeat(MAX_DEPTH));
    assert_eq!(facts::query(&nots).unwrap().rows().unwrap().len(), 5);
}

// Stability.

#[test]
fn parsing_and_running_again_gives_the_same() {
    let text = "estimates where topic = casualties or source.kind = intelligence \
                order by value desc select id, value, source.name";
    let query = parse(text);
    let first = query.run(Dataset::builtin());
    let first_json = serde_json::to_string(&first).unwrap();
    for _ in 0..50 {
        assert_eq!(parse(text), query);
        let again = query.run(Dataset::builtin());
        assert_eq!(again.to_string(), first.to_string());
        assert_eq!(serde_json::to_string(&again).unwrap(), first_json);
    }
    let grouped = parse("events group by actors.kind order by count desc, key");
    let first = grouped.run(Dataset::builtin()).to_string();
    for _ in 0..50 {
        assert_eq!(grouped.run(Dataset::builtin()).to_string(), first);
    }
}

#[test]
fn group_by_through_a_list_counts_each_value_once_per_record() {
    let answer = facts::query("events group by actors.kind").unwrap();
    let total: usize = answer.groups().unwrap().iter().map(|g| g.count).sum();
    for group in answer.groups().unwrap() {
        let kind = group.key.to_string();
        if kind == "-" {
            // Events with no actor at all ("Later South Korean briefings raised the figure").
            assert!(group.rows.iter().all(|row| match row {
                facts::Row::Event(e) => e.actors().is_empty(),
                _ => false,
            }));
            continue;
        }
        // Every record of the group has an actor of that kind, and each appears once.
        let mut ids: Vec<&str> = group.rows.iter().map(|r| r.id()).collect();
        let expected = ids_of(&format!("events where actors.kind = {kind}"));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), group.count, "{kind}");
        assert_eq!(ids, expected, "{kind}");
    }
    // An event with actors of two kinds is in two groups.
    assert!(total > ids("events where actors.id contains \"\"").len());
}

fn ids_of(query: &str) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = facts::query(query)
        .unwrap()
        .rows()
        .unwrap()
        .iter()
        .map(|r| r.id())
        .collect();
    ids.sort_unstable();
    ids
}
