//! Text to syntax tree: limits first, then the pest grammar, then a tree that keeps the span
//! of everything a later error may point at.
//!
//! Nothing here knows what collections or fields exist; that is [`crate::check`]'s work.

use std::ops::Range;
use std::sync::Arc;

use pest::Parser as _;
use pest::iterators::Pair;

use crate::error::{QueryError, Snippet};
use crate::grammar::{FactsParser, Rule};
use crate::suggest::closest;

/// The longest query accepted, in bytes. Longer input is refused before it is parsed.
///
/// ```
/// let long = format!("estimates where id = \"{}\"", "x".repeat(facts::MAX_QUERY_LEN));
/// assert!(matches!(facts::query(&long), Err(facts::QueryError::TooLong { .. })));
/// ```
pub const MAX_QUERY_LEN: usize = 16 * 1024;

/// The deepest nesting accepted: open parentheses plus the `not`s in force, and the steps of
/// a path (`source.actor.name` is three). Checked before the grammar runs, because the
/// grammar recurses on `(` and so does every walk of the tree. At this depth an unoptimised
/// build uses about 350 KiB of stack, well inside a default thread's 2 MiB.
///
/// ```
/// let deep = format!("estimates where {}value > 1", "not ".repeat(facts::MAX_DEPTH + 1));
/// assert!(matches!(facts::query(&deep), Err(facts::QueryError::TooDeep { .. })));
/// ```
pub const MAX_DEPTH: usize = 32;

pub(crate) type Span = Range<usize>;

/// A parsed query, before its names are resolved.
#[derive(Debug)]
pub(crate) struct Syntax<'q> {
    pub count: bool,
    pub collection: Name<'q>,
    pub filter: Option<Cond<'q>>,
    pub group: Option<Path<'q>>,
    pub order: Vec<(Path<'q>, bool)>,
    pub limit: Option<Literal<'q>>,
    pub select: Vec<Path<'q>>,
}

/// A word of the query and where it stands.
#[derive(Debug, Clone)]
pub(crate) struct Name<'q> {
    pub text: &'q str,
    pub span: Span,
}

/// `source.kind`: one name or more.
#[derive(Debug, Clone)]
pub(crate) struct Path<'q> {
    pub names: Vec<Name<'q>>,
    pub span: Span,
}

#[derive(Debug)]
pub(crate) enum Cond<'q> {
    Or(Vec<Cond<'q>>),
    And(Vec<Cond<'q>>),
    Not(Box<Cond<'q>>),
    Test(Test<'q>),
}

#[derive(Debug)]
pub(crate) struct Test<'q> {
    pub path: Path<'q>,
    pub op: Op,
    pub op_span: Span,
    pub values: Vec<Literal<'q>>,
}

/// A test's operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    Contains,
}

impl Op {
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::In => "in",
            Op::Contains => "contains",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LiteralKind {
    /// `"quoted"`: `text` is the unescaped content.
    String,
    /// `2025-10`, `2025-10-28`.
    Date,
    /// `10000`, `10,000`.
    Number,
    /// A bare word.
    Word,
}

#[derive(Debug, Clone)]
pub(crate) struct Literal<'q> {
    pub kind: LiteralKind,
    /// As written, quotes excluded; a string's escapes are undone by [`Literal::unescaped`].
    pub text: &'q str,
    pub span: Span,
}

impl Literal<'_> {
    pub fn unescaped(&self) -> String {
        if self.kind != LiteralKind::String {
            return self.text.to_owned();
        }
        let mut out = String::with_capacity(self.text.len());
        let mut chars = self.text.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => out.extend(chars.next()),
                c => out.push(c),
            }
        }
        out
    }
}

/// Parses a query's text. `source` is the same text, shared by the errors that point into it.
pub(crate) fn parse<'q>(query: &'q str, source: &Arc<str>) -> Result<Syntax<'q>, QueryError> {
    if query.len() > MAX_QUERY_LEN {
        return Err(QueryError::TooLong {
            len: query.len(),
            max: MAX_QUERY_LEN,
        });
    }
    check_depth(query).map_err(|span| QueryError::TooDeep {
        at: Snippet::new(source, span),
        max: MAX_DEPTH,
    })?;
    let mut pairs =
        FactsParser::parse(Rule::query, query).map_err(|e| syntax_error(&e, query, source))?;
    let top = pairs.next().and_then(|q| q.into_inner().next());
    let Some(top) = top else {
        // The grammar always yields `query` with one child; say so rather than panic.
        return Err(QueryError::Syntax {
            at: Snippet::new(source, 0..query.len()),
            expected: "a query".into(),
            found: "nothing the grammar accepts".into(),
            hint: None,
        });
    };
    let count = top.as_rule() == Rule::count_query;
    let mut syntax = Syntax {
        count,
        collection: Name {
            text: "",
            span: 0..0,
        },
        filter: None,
        group: None,
        order: Vec::new(),
        limit: None,
        select: Vec::new(),
    };
    for pair in top.into_inner() {
        match pair.as_rule() {
            Rule::collection => syntax.collection = name(&pair),
            Rule::where_clause => syntax.filter = pair.into_inner().last().map(cond),
            Rule::group_clause => syntax.group = pair.into_inner().last().map(|p| path(&p)),
            Rule::order_clause => {
                for key in pair.into_inner().filter(|p| p.as_rule() == Rule::key) {
                    let mut inner = key.into_inner();
                    let Some(p) = inner.next() else { continue };
                    let descending = inner
                        .next()
                        .is_some_and(|d| d.as_str().eq_ignore_ascii_case("desc"));
                    syntax.order.push((path(&p), descending));
                }
            }
            Rule::limit_clause => syntax.limit = pair.into_inner().last().map(|p| literal(&p)),
            Rule::select_clause => {
                syntax.select = pair
                    .into_inner()
                    .filter(|p| p.as_rule() == Rule::path)
                    .map(|p| path(&p))
                    .collect();
            }
            _ => {}
        }
    }
    Ok(syntax)
}

fn span(pair: &Pair<'_, Rule>) -> Span {
    let s = pair.as_span();
    s.start()..s.end()
}

fn name<'q>(pair: &Pair<'q, Rule>) -> Name<'q> {
    Name {
        text: pair.as_str(),
        span: span(pair),
    }
}

fn path<'q>(pair: &Pair<'q, Rule>) -> Path<'q> {
    Path {
        names: pair.clone().into_inner().map(|n| name(&n)).collect(),
        span: span(pair),
    }
}

fn literal<'q>(pair: &Pair<'q, Rule>) -> Literal<'q> {
    let kind = match pair.as_rule() {
        Rule::string => LiteralKind::String,
        Rule::date => LiteralKind::Date,
        Rule::number => LiteralKind::Number,
        _ => LiteralKind::Word,
    };
    let text = match kind {
        LiteralKind::String => pair
            .clone()
            .into_inner()
            .next()
            .map_or("", |inner| inner.as_str()),
        _ => pair.as_str(),
    };
    Literal {
        kind,
        text,
        span: span(pair),
    }
}

/// Builds a condition. Recursion follows `(` and `not`, whose depth [`check_depth`] bounded.
fn cond<'q>(pair: Pair<'q, Rule>) -> Cond<'q> {
    match pair.as_rule() {
        Rule::or_cond | Rule::and_cond => {
            let is_or = pair.as_rule() == Rule::or_cond;
            let mut parts: Vec<Cond<'q>> = pair
                .into_inner()
                .filter(|p| !matches!(p.as_rule(), Rule::kw_or | Rule::kw_and))
                .map(cond)
                .collect();
            match (parts.len(), is_or) {
                (1, _) => parts.pop().unwrap_or(Cond::And(Vec::new())),
                (_, true) => Cond::Or(parts),
                (_, false) => Cond::And(parts),
            }
        }
        Rule::unary => {
            let mut nots = 0;
            let mut inner = None;
            for p in pair.into_inner() {
                match p.as_rule() {
                    Rule::kw_not => nots += 1,
                    _ => inner = Some(cond(p)),
                }
            }
            let mut c = inner.unwrap_or(Cond::And(Vec::new()));
            for _ in 0..nots {
                c = Cond::Not(Box::new(c));
            }
            c
        }
        Rule::group => pair
            .into_inner()
            .find(|p| p.as_rule() == Rule::or_cond)
            .map_or(Cond::And(Vec::new()), cond),
        _ => Cond::Test(test(pair)),
    }
}

fn test<'q>(pair: Pair<'q, Rule>) -> Test<'q> {
    let mut inner = pair.into_inner();
    let p = inner.next().map(|p| path(&p));
    let mut t = Test {
        path: p.unwrap_or(Path {
            names: Vec::new(),
            span: 0..0,
        }),
        op: Op::Eq,
        op_span: 0..0,
        values: Vec::new(),
    };
    if let Some(operation) = inner.next() {
        let rule = operation.as_rule();
        for part in operation.into_inner() {
            match part.as_rule() {
                Rule::op => {
                    t.op = match part.as_str() {
                        "!=" => Op::Ne,
                        "<" => Op::Lt,
                        "<=" => Op::Le,
                        ">" => Op::Gt,
                        ">=" => Op::Ge,
                        _ => Op::Eq,
                    };
                    t.op_span = span(&part);
                }
                Rule::kw_in | Rule::kw_contains => {
                    t.op = if rule == Rule::in_test {
                        Op::In
                    } else {
                        Op::Contains
                    };
                    t.op_span = span(&part);
                }
                Rule::bracket_open | Rule::bracket_close | Rule::comma => {}
                _ => t.values.push(literal(&part)),
            }
        }
    }
    t
}

/// Refuses nesting deeper than [`MAX_DEPTH`] without recursing: open parentheses count one
/// level each, and so does each `not` until the test or group it applies to ends. Returns the
/// span of the token that went too deep.
fn check_depth(query: &str) -> Result<(), Span> {
    let bytes = query.as_bytes();
    // For each open `(`, the number of `not`s pending before it.
    let mut stack: Vec<usize> = Vec::new();
    let mut pending_nots = 0usize;
    let mut level = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        match b {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                level -= pending_nots;
                pending_nots = 0;
                continue;
            }
            b'(' => {
                stack.push(pending_nots);
                pending_nots = 0;
                level += 1;
            }
            b')' => {
                if let Some(nots) = stack.pop() {
                    level -= pending_nots + 1 + nots;
                    pending_nots = 0;
                }
            }
            // After an operator, in a list or at its end, a `not` is a value (`name = not`,
            // `[not, not]`), and applies to nothing.
            b'=' | b'<' | b'>' | b'!' | b'[' | b',' | b']' => {
                level -= pending_nots;
                pending_nots = 0;
            }
            b if b.is_ascii_alphanumeric() || b == b'_' => {
                while i < bytes.len()
                    && (bytes[i].is_ascii_alphanumeric() || b"_-.".contains(&bytes[i]))
                {
                    i += 1;
                }
                let word = &query[start..i];
                if word.eq_ignore_ascii_case("not") {
                    pending_nots += 1;
                    level += 1;
                } else {
                    // Point at the first step past the limit, not the whole path.
                    if let Some((offset, step)) = word
                        .split('.')
                        .scan(0, |offset, step| {
                            let at = *offset;
                            *offset += step.len() + 1;
                            Some((at, step))
                        })
                        .nth(MAX_DEPTH)
                        // `a..b` has an empty step: a slip the grammar points at, not depth.
                        .filter(|_| !word.split('.').any(str::is_empty))
                    {
                        return Err(start + offset..start + offset + step.len());
                    }
                    level -= pending_nots;
                    pending_nots = 0;
                }
                if level > MAX_DEPTH {
                    return Err(start..i);
                }
                continue;
            }
            _ => {}
        }
        i += 1;
        if level > MAX_DEPTH {
            return Err(start..i);
        }
    }
    Ok(())
}

/// Turns pest's error into one a person can act on: the tokens that could have come, in
/// words, never the grammar's rule names, and where the slip is a common one, how to fix it.
fn syntax_error(e: &pest::error::Error<Rule>, query: &str, source: &Arc<str>) -> QueryError {
    // An unclosed quote swallows the rest of the query, so whatever pest expected at its
    // start says nothing useful: point at the quote instead.
    if let Some(start) = unclosed_string(query) {
        return QueryError::Syntax {
            at: Snippet::new(source, start..query.len()),
            expected: "a closing `\"`".into(),
            found: "the end of the query".into(),
            hint: Some("end the text with `\"`; inside it, write `\\\"` for a quote".into()),
        };
    }
    let at = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let at = at.min(query.len());
    let positives: &[Rule] = match &e.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => positives,
        pest::error::ErrorVariant::CustomError { .. } => &[],
    };
    let mut expected: Vec<&'static str> = Vec::new();
    for rule in positives {
        let words = describe(*rule);
        if !expected.contains(&words) {
            expected.push(words);
        }
    }
    // Where any value may come, a number is one of them; "a number" alone is for `limit`.
    if expected.contains(&"a value") {
        expected.retain(|w| *w != "a number");
    }
    expected.sort_by_key(|w| order_of(w));
    let (found, span) = found_at(query, at);
    QueryError::Syntax {
        at: Snippet::new(source, span),
        expected: join_or(&expected),
        found,
        hint: hint(query, at, positives),
    }
}

/// Where a quoted string opens that never closes, if one does.
fn unclosed_string(query: &str) -> Option<usize> {
    let bytes = query.as_bytes();
    let mut open = None;
    let mut i = 0;
    while i < bytes.len() {
        match (open, bytes[i]) {
            (None, b'"') => open = Some(i),
            (Some(_), b'\\') => i += 1,
            (Some(_), b'"') => open = None,
            _ => {}
        }
        i += 1;
    }
    open
}

/// Advice for slips the expected tokens alone do not explain.
fn hint(query: &str, at: usize, positives: &[Rule]) -> Option<String> {
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
    let first = rest.chars().next()?;
    let takes_and = positives.contains(&Rule::kw_and);
    match first {
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

/// A rule of the grammar in words.
fn describe(rule: Rule) -> &'static str {
    match rule {
        Rule::collection | Rule::rows_query => {
            "a collection (actors, events, estimates, sources, claims)"
        }
        Rule::count_query | Rule::kw_count => "`count`",
        Rule::where_clause | Rule::kw_where => "`where`",
        Rule::group_clause | Rule::kw_group => "`group by`",
        Rule::order_clause | Rule::kw_order => "`order by`",
        Rule::kw_by => "`by`",
        Rule::limit_clause | Rule::kw_limit => "`limit`",
        Rule::select_clause | Rule::kw_select => "`select`",
        Rule::direction | Rule::kw_asc | Rule::kw_desc => "`asc` or `desc`",
        Rule::kw_and => "`and`",
        Rule::kw_or => "`or`",
        Rule::kw_not => "`not`",
        Rule::kw_in | Rule::in_test => "`in [...]`",
        Rule::kw_contains | Rule::contains_test => "`contains`",
        Rule::op | Rule::compare_test => "an operator (= != < <= > >=)",
        Rule::or_cond | Rule::and_cond | Rule::unary | Rule::test => "a condition",
        Rule::group | Rule::paren_open => "`(`",
        Rule::paren_close => "`)`",
        Rule::bracket_open => "`[`",
        Rule::bracket_close => "`]`",
        Rule::comma => "`,`",
        Rule::path | Rule::name | Rule::key => "a field",
        Rule::number => "a number",
        Rule::value | Rule::string | Rule::string_text | Rule::date | Rule::word => "a value",
        Rule::EOI => "the end of the query",
        Rule::query => "`count` or a collection (actors, events, estimates, sources, claims)",
        Rule::keyword | Rule::ident_char | Rule::WHITESPACE => "a query",
    }
}

/// The order expected tokens are listed in: the query's own order.
fn order_of(words: &str) -> usize {
    [
        "`count`",
        "a collection (actors, events, estimates, sources, claims)",
        "`not`",
        "`(`",
        "a condition",
        "a field",
        "an operator (= != < <= > >=)",
        "`in [...]`",
        "`contains`",
        "`[`",
        "a value",
        "a number",
        "`asc` or `desc`",
        "`,`",
        "`]`",
        "`and`",
        "`or`",
        "`)`",
        "`where`",
        "`group by`",
        "`by`",
        "`order by`",
        "`limit`",
        "`select`",
    ]
    .iter()
    .position(|w| *w == words)
    .unwrap_or(usize::MAX)
}

fn join_or(items: &[&str]) -> String {
    match items {
        [] => "something else".into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The token at `at`, for "found ...": a word, a quoted string, or one character.
fn found_at(query: &str, at: usize) -> (String, Span) {
    let rest = &query[at..];
    let Some(first) = rest.chars().next() else {
        return ("the end of the query".into(), query.len()..query.len());
    };
    let len = if first.is_ascii_alphanumeric() || first == '_' {
        rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.'))
            .unwrap_or(rest.len())
    } else if rest.starts_with("<=") || rest.starts_with(">=") || rest.starts_with("!=") {
        2
    } else {
        first.len_utf8()
    };
    (format!("`{}`", &rest[..len]), at..at + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_ok(q: &str) -> bool {
        check_depth(q).is_ok()
    }

    #[test]
    fn depth_counts_parens_and_pending_nots() {
        let at_limit = format!(
            "x where {}a = 1{}",
            "(".repeat(MAX_DEPTH),
            ")".repeat(MAX_DEPTH)
        );
        assert!(depth_ok(&at_limit));
        let over = format!("x where {}a = 1", "(".repeat(MAX_DEPTH + 1));
        assert!(!depth_ok(&over));
        assert!(depth_ok(&format!(
            "x where {}a = 1",
            "not ".repeat(MAX_DEPTH)
        )));
        assert!(!depth_ok(&format!(
            "x where {}a = 1",
            "not ".repeat(MAX_DEPTH + 1)
        )));
        // `not`s that have been applied do not add up along a chain.
        let chain = vec!["not a = 1"; 200].join(" or ");
        assert!(depth_ok(&format!("x where {chain}")));
        let groups = vec!["not (a = 1)"; 200].join(" and ");
        assert!(depth_ok(&format!("x where {groups}")));
        // Parentheses inside strings are text.
        assert!(depth_ok(&format!("x where a = \"{}\"", "(".repeat(100))));
        // Unbalanced closers do not underflow.
        assert!(depth_ok("x where a = 1))))"));
        // `not` as a value applies to nothing.
        let values = vec!["not"; 100].join(", ");
        assert!(depth_ok(&format!("x where a in [{values}]")));
    }

    #[test]
    fn long_paths_are_too_deep() {
        let path = vec!["affiliation"; MAX_DEPTH + 1].join(".");
        assert!(!depth_ok(&format!("actors where {path} = x")));
    }
}
