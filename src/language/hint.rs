//! Advice for the slips people make in a query, where what the grammar expected does not
//! say it alone: `orderby`, `==`, `10k`, a typographic quote, a second test with no `and`.

use crate::language::grammar::Rule;
use crate::model::suggest::closest;

/// Advice for slips the expected tokens alone do not explain; `token` is the one at `at`,
/// which the error says was found there.
pub(super) fn hint(query: &str, at: usize, token: &str, positives: &[Rule]) -> Option<String> {
    let rest = &query[at..];
    let before = query[..at].trim_end();
    let word_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    let lower = word.to_ascii_lowercase();
    // The second character, not the second byte: the first may be longer than one byte.
    let next_is_digit = rest.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
    let after_digit = before.len() == at && before.ends_with(|c: char| c.is_ascii_digit());

    if lower == "orderby" || lower == "groupby" {
        return Some(format!("write `{} by` as two words", &lower[..5]));
    }
    if starts_with_count(query) && ["group", "order", "limit", "select"].contains(&lower.as_str()) {
        let collection = query.split_whitespace().nth(1).unwrap_or("COLLECTION");
        return Some(format!(
            "`count` takes only `where`; to count per value, write `{collection} group by FIELD`"
        ));
    }
    let clauses = ["where", "group", "order", "limit", "select"];
    if positives.contains(&Rule::EOI) && clauses.contains(&lower.as_str()) {
        return Some(
            "clauses come in this order: `where`, `group by`, `order by`, `limit`, `select`".into(),
        );
    }
    if !word.is_empty() && word.starts_with(|c: char| c.is_ascii_alphabetic()) {
        let keywords: Vec<&'static str> = positives
            .iter()
            .flat_map(|r| keywords(*r).iter().copied())
            .collect();
        if let Some(meant) = closest(word, keywords.iter().copied())
            && !meant.eq_ignore_ascii_case(word)
        {
            return Some(format!("did you mean `{}`?", spelled(meant)));
        }
        // `topic = casualties value > 600`: a second test with nothing to join it.
        let after = rest[word_len..].trim_start();
        let next = after.split_whitespace().next().unwrap_or("");
        let starts_test = after.starts_with(['=', '!', '<', '>'])
            || ["in", "contains"].contains(&next.to_ascii_lowercase().as_str());
        if positives.contains(&Rule::kw_and) && starts_test {
            return Some(format!(
                "join two tests with `and` or `or`, as in `and {word} ...`"
            ));
        }
        // `name = Yu Yong-weon`: a second word after a value.
        let mut tokens = before.rsplit(char::is_whitespace);
        let (last, op) = (tokens.next().unwrap_or(""), tokens.next().unwrap_or(""));
        let is_word = last.starts_with(|c: char| c.is_ascii_alphabetic());
        if is_word && ["=", "!=", "contains"].contains(&op.to_ascii_lowercase().as_str()) {
            return Some(format!(
                "put text with blanks in quotes, as in `\"{last} {word}\"`"
            ));
        }
        return None;
    }
    if rest.starts_with(|c: char| c.is_ascii_digit())
        && let Some(hint) = number_hint(token)
    {
        return Some(hint);
    }
    let first = rest.chars().next()?;
    let takes_and = positives.contains(&Rule::kw_and);
    match first {
        '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' => Some(format!(
            "`{first}` is a typographic quote; write text in `\"` or `'`, as a keyboard types them"
        )),
        '=' | '!' | '<' | '>' if takes_and => Some(
            "a test has one operator; to test more, join tests with `and` or `or`, as in \
             `value > 600 and value < 4,000`"
                .into(),
        ),
        ')' if !has_open_paren(&query[..at]) => {
            Some("this `)` closes no `(`; remove it or open one before".into())
        }
        '.' if after_digit => Some("numbers are whole: write them without a decimal point".into()),
        ']' if before.ends_with('[') => {
            Some("a list holds at least one value, as in `[killed, wounded]`".into())
        }
        ',' if after_digit => {
            Some("group a number's digits in threes (`10,000`) or not at all (`10000`)".into())
        }
        '-' if next_is_digit => Some("numbers here are never negative".into()),
        '=' if before.ends_with('=') && !["<=", ">=", "!="].iter().any(|o| before.ends_with(o)) => {
            Some("write `=`, not `==`".into())
        }
        '>' if before.ends_with('<') => Some("write `!=`, not `<>`".into()),
        '≥' => Some("write `>=`".into()),
        '≤' => Some("write `<=`".into()),
        '≠' => Some("write `!=`".into()),
        '&' => Some("write `and`".into()),
        '|' => Some("write `or`".into()),
        _ => None,
    }
}

fn starts_with_count(query: &str) -> bool {
    let query = query.trim_start();
    // `get`, not indexing: the fifth byte may fall inside a character.
    query
        .get(..5)
        .is_some_and(|word| word.eq_ignore_ascii_case("count"))
        && query[5..].starts_with(char::is_whitespace)
}

/// Whether a `(` is still open at the end of `text`, strings aside.
fn has_open_paren(text: &str) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (_, false, '"') => in_string = !in_string,
            (false, _, '(') => depth += 1,
            (false, _, ')') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth > 0
}

/// The keywords a rule stands for, as a misspelling of them would be written.
fn keywords(rule: Rule) -> &'static [&'static str] {
    match rule {
        Rule::where_clause | Rule::kw_where => &["where"],
        Rule::group_clause | Rule::kw_group => &["group"],
        Rule::order_clause | Rule::kw_order => &["order"],
        Rule::kw_by => &["by"],
        Rule::limit_clause | Rule::kw_limit => &["limit"],
        Rule::select_clause | Rule::kw_select => &["select"],
        Rule::kw_and => &["and"],
        Rule::kw_or => &["or"],
        Rule::kw_not => &["not"],
        Rule::direction => &["asc", "desc"],
        Rule::kw_asc => &["asc"],
        Rule::kw_desc => &["desc"],
        Rule::kw_contains | Rule::contains_test => &["contains"],
        Rule::count_query | Rule::kw_count => &["count"],
        _ => &[],
    }
}

/// A keyword as the query writes it: `group` and `order` come with their `by`.
fn spelled(keyword: &str) -> String {
    match keyword {
        "group" | "order" => format!("{keyword} by"),
        other => other.to_owned(),
    }
}

/// How to write a number or a date the grammar does not take, as people write them: `10k`,
/// `1,0000`, `2025-1`.
fn number_hint(token: &str) -> Option<String> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let whole = |s: &str| -> Option<u64> { s.replace(',', "").parse().ok() };
    if let Some((n, unit)) = token
        .strip_suffix(['k', 'K'])
        .map(|n| (n, 1_000))
        .or_else(|| token.strip_suffix(['m', 'M']).map(|n| (n, 1_000_000)))
        && digits(&n.replace(',', ""))
    {
        let full = whole(n)?.checked_mul(unit)?;
        return Some(format!(
            "write numbers in full, as in `{}`",
            crate::store::schema::grouped(full)
        ));
    }
    let parts: Vec<&str> = token.split('-').collect();
    if let [year, rest @ ..] = parts.as_slice()
        && year.len() == 4
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|p| digits(p) && p.len() <= 2)
    {
        let padded: Vec<String> = rest.iter().map(|p| format!("{p:0>2}")).collect();
        return Some(format!(
            "write months and days with two digits, as in `{year}-{}`",
            padded.join("-")
        ));
    }
    if token.contains(',') && digits(&token.replace(',', "")) {
        return Some(format!(
            "digits after a comma come in threes: write `{}` or `{}`",
            crate::store::schema::grouped(whole(token)?),
            token.replace(',', "")
        ));
    }
    None
}
