//! Syntax tree to [`Query`]: resolves every name against the schema and types every value
//! for its field, so that evaluation never meets a name it does not know or a value of the
//! wrong type. Errors point at the word that is wrong and suggest the word that was meant.

use std::cell::RefCell;

use crate::language::error::{LiteralError, QueryError, Snippet};
use crate::language::limits::MAX_DEPTH;
use crate::language::literal::{date, date_in_words, number, year};
use crate::language::syntax::{
    CondSyntax, Literal, LiteralKind, PathSyntax, Span, Syntax, TestSyntax,
};
use crate::model::collection::Collection;
use crate::model::suggest::closest;
use crate::model::text::fold;
use crate::plan::Op;
use crate::plan::{
    AnswerColumn, Cond, Find, Form, GroupColumn, Operand, Path, Query, Select, SortKey, Test,
};
use crate::store::data::Dataset;
use crate::store::schema::{FieldId, FieldType, Row, Value};

/// Resolves a parsed query; against a dataset, an id must also name one of its records.
pub(crate) fn check(
    syntax: &Syntax<'_>,
    source: &str,
    dataset: Option<&Dataset>,
) -> Result<Query, QueryError> {
    let at = |span: Span| Snippet::new(source, span);
    if let Some(words) = &syntax.find {
        let text = words.unescaped();
        let words_text = text.trim();
        if words_text.is_empty() {
            return Err(QueryError::NothingToFind {
                at: at(words.span.clone()),
            });
        }
        return Ok(Query(Form::Find(Find {
            words: words_text.to_owned(),
            folded: fold(words_text),
        })));
    }
    let name = &syntax.collection;
    let collection =
        Collection::from_name(name.text).ok_or_else(|| QueryError::UnknownCollection {
            at: at(name.span.clone()),
            name: name.text.to_owned(),
            suggestion: closest(name.text, Collection::ALL.map(Collection::name)),
        })?;
    let resolver = Resolver {
        collection,
        source,
        dataset,
        unknown_id: RefCell::new(None),
    };

    let filter = syntax
        .filter
        .as_ref()
        .map(|c| resolver.cond(c))
        .transpose()?;
    let group_by = match &syntax.group {
        Some(p) => {
            let path = resolver.path(p)?;
            if let FieldType::List(_) | FieldType::Texts = path.ty() {
                return Err(QueryError::GroupByList {
                    at: at(p.span.clone()),
                    field: path.to_string(),
                    texts: path.ty() == FieldType::Texts,
                });
            }
            Some(path)
        }
        None => None,
    };
    let grouped = group_by.is_some();
    let order_by = syntax
        .order
        .iter()
        .map(|(p, descending)| {
            let column = resolver.column(p, grouped)?;
            if let AnswerColumn::Field(path) = &column {
                let is_list = matches!(path.ty(), FieldType::List(_) | FieldType::Texts);
                // Through a list a record has several values, and no one of them to sort by.
                let through = path.list_on_the_way();
                if is_list || through.is_some() {
                    return Err(QueryError::OrderByList {
                        at: at(p.span.clone()),
                        field: path.to_string(),
                        through: through.filter(|_| !is_list).map(|l| l.field().name),
                    });
                }
            }
            Ok(SortKey {
                column,
                descending: *descending,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let limit = match &syntax.limit {
        Some(l) => Some(
            number(l)
                .and_then(|n| usize::try_from(n).ok())
                .ok_or_else(|| QueryError::BadLiteral {
                    at: at(l.span.clone()),
                    reason: LiteralError::LimitTooLarge {
                        text: l.text.to_owned(),
                    },
                })?,
        ),
        None => None,
    };
    let select = syntax
        .select
        .iter()
        .map(|p| resolver.column(p, grouped))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(unknown) = resolver.unknown_id.into_inner() {
        return Err(unknown);
    }
    Ok(Query(Form::Select(Select {
        collection,
        count: syntax.count,
        filter,
        group_by,
        order_by,
        limit,
        select,
    })))
}

/// The error for a query whose first name (after `count`) is no collection, as in
/// `search Kyiv`, if it is one: a query that fails to parse there is best corrected there.
pub(crate) fn unknown_collection(source: &str) -> Option<QueryError> {
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let word_at = |from: usize| {
        let rest = &source[from..];
        let start = from + (rest.len() - rest.trim_start().len());
        let len = source[start..]
            .find(|c| !is_name(c))
            .unwrap_or(source.len() - start);
        (start, &source[start..start + len])
    };
    let (mut start, mut name) = word_at(0);
    if name.eq_ignore_ascii_case("count") {
        (start, name) = word_at(start + name.len());
    }
    let keyword = crate::language::grammar::KEYWORDS
        .iter()
        .any(|k| k.eq_ignore_ascii_case(name));
    if name.is_empty()
        || keyword
        || !name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
    {
        return None;
    }
    if Collection::from_name(name).is_some() {
        return None;
    }
    Some(QueryError::UnknownCollection {
        at: Snippet::new(source, start..start + name.len()),
        name: name.to_owned(),
        suggestion: closest(name, Collection::ALL.map(Collection::name)),
    })
}

/// Resolves the names of one query's tree against the schema, and its ids against a dataset.
struct Resolver<'s> {
    collection: Collection,
    source: &'s str,
    /// The records ids must name, where the query is for one dataset.
    dataset: Option<&'s Dataset>,
    /// The first id that names no record. It is reported once the query is otherwise
    /// sound, so that a query has the same error, if any other, with a dataset or without.
    unknown_id: RefCell<Option<QueryError>>,
}

impl Resolver<'_> {
    fn at(&self, span: Span) -> Snippet {
        Snippet::new(self.source, span)
    }

    /// Resolves `a.b.c`: each name in the collection the previous one refers to.
    fn path(&self, path: &PathSyntax<'_>) -> Result<Path, QueryError> {
        // A path of more than `MAX_DEPTH` names is longer than twice that: only then look.
        if let Some(past) = (path.text.len() > 2 * MAX_DEPTH)
            .then(|| path.names().nth(MAX_DEPTH))
            .flatten()
        {
            return Err(QueryError::TooDeep {
                at: self.at(past.span),
                max: MAX_DEPTH,
            });
        }
        let mut collection = self.collection;
        let mut steps = Vec::new();
        let mut previous_start = path.span.start;
        for name in path.names() {
            if let Some(previous) = steps.last().map(|f: &FieldId| f.field()) {
                match previous.ty {
                    FieldType::Ref(c) | FieldType::List(c) => collection = c,
                    ty => {
                        return Err(QueryError::NotAReference {
                            at: self.at(previous_start..name.span.end),
                            field: previous.name.to_owned(),
                            ty,
                        });
                    }
                }
            }
            let field = FieldId::find(collection, name.text).ok_or_else(|| {
                let fields: Vec<&'static str> =
                    collection.fields().iter().map(|f| f.name).collect();
                QueryError::UnknownField {
                    at: self.at(name.span.clone()),
                    collection,
                    name: name.text.to_owned(),
                    suggestion: closest(name.text, fields.iter().copied()),
                    fields,
                }
            })?;
            steps.push(field);
            previous_start = name.span.start;
        }
        Ok(Path(steps))
    }

    /// A column to show or sort by: a field of the records, or with `group by` a column of
    /// the groups.
    fn column(&self, path: &PathSyntax<'_>, grouped: bool) -> Result<AnswerColumn, QueryError> {
        if !grouped {
            return self.path(path).map(AnswerColumn::Field).map_err(|e| {
                // `order by count` without `group by`: the column exists, on groups.
                match (&e, path.single()) {
                    (QueryError::UnknownField { .. }, Some(one))
                        if GroupColumn::of(self.collection)
                            .iter()
                            .any(|c| c.name().eq_ignore_ascii_case(one.text)) =>
                    {
                        QueryError::NotGrouped {
                            at: self.at(path.span.clone()),
                            column: one.text.to_owned(),
                            collection: self.collection,
                        }
                    }
                    _ => e,
                }
            });
        }
        let columns = GroupColumn::of(self.collection);
        let found = path.single().and_then(|one| {
            columns
                .iter()
                .find(|c| c.name().eq_ignore_ascii_case(one.text))
        });
        found.map(|c| AnswerColumn::Group(*c)).ok_or_else(|| {
            let text = &self.source[path.span.clone()];
            let names: Vec<&'static str> = columns.iter().map(|c| c.name()).collect();
            QueryError::NotAGroupColumn {
                at: self.at(path.span.clone()),
                name: text.to_owned(),
                suggestion: closest(text, names.iter().copied()),
                columns: names,
            }
        })
    }

    fn cond(&self, cond: &CondSyntax<'_>) -> Result<Cond, QueryError> {
        Ok(match cond {
            CondSyntax::Or(parts) => Cond::Or(self.conds(parts)?),
            CondSyntax::And(parts) => Cond::And(self.conds(parts)?),
            CondSyntax::Not(inner) => Cond::Not(Box::new(self.cond(inner)?)),
            CondSyntax::Test(test) => {
                let test = self.test(test)?;
                if test.op == Op::Ne && test.path.list_on_the_way().is_some() {
                    // Through a list `!=` reads as "no value equals", the negation of `=`,
                    // not as "some value differs", which any record with two values passes.
                    Cond::Not(Box::new(Cond::Test(Test { op: Op::Eq, ..test })))
                } else {
                    Cond::Test(test)
                }
            }
        })
    }

    fn conds(&self, parts: &[CondSyntax<'_>]) -> Result<Vec<Cond>, QueryError> {
        parts.iter().map(|c| self.cond(c)).collect()
    }

    fn test(&self, test: &TestSyntax<'_>) -> Result<Test, QueryError> {
        let path = self.path(&test.path)?;
        let ty = path.ty();
        if !Op::allowed_for(ty).contains(&test.op) {
            return Err(QueryError::Operator {
                at: self.at(test.op_span.clone()),
                field: path.to_string(),
                ty,
                op: test.op.symbol(),
            });
        }
        let values = test
            .values
            .iter()
            .map(|v| self.value(&path, ty, v))
            .collect::<Result<Vec<_>, _>>()?;
        // An id compared whole must name a record: a typo would answer nothing, silently.
        // (`contains` on an id is a substring test, which may match part of any id.)
        let names_a_record = match ty {
            FieldType::List(_) => test.op == Op::Contains,
            FieldType::Id | FieldType::Ref(_) => test.op != Op::Contains,
            _ => false,
        };
        if let Some(dataset) = self.dataset.filter(|_| names_a_record) {
            let target = match ty {
                FieldType::Ref(target) | FieldType::List(target) => target,
                _ => path.0.last().map_or(self.collection, |f| f.collection),
            };
            for (value, literal) in values.iter().zip(test.values.iter()) {
                if let Operand::Id(id) = value
                    && let Err(unknown) = self.known_id(dataset, target, id, literal)
                {
                    self.unknown_id.borrow_mut().get_or_insert(unknown);
                }
            }
        }
        // A text compared whole that no record holds, where one holds a near miss: a typo.
        let compared_whole = matches!(test.op, Op::Eq | Op::In) && ty == FieldType::Text;
        if let (Some(dataset), Some(&field)) =
            (self.dataset.filter(|_| compared_whole), path.0.last())
        {
            for (value, literal) in values.iter().zip(test.values.iter()) {
                if let Operand::Text { text, folded } = value
                    && let Err(unknown) =
                        self.known_text(dataset, field, &path, text, folded, literal)
                {
                    self.unknown_id.borrow_mut().get_or_insert(unknown);
                }
            }
        }
        Ok(Test {
            path,
            op: test.op,
            values,
        })
    }

    /// Whether some record holds `text` in `field`; if none does but one holds a near miss, the
    /// error that suggests it.
    fn known_text(
        &self,
        dataset: &Dataset,
        field: FieldId,
        path: &Path,
        text: &str,
        folded: &str,
        literal: &Literal<'_>,
    ) -> Result<(), QueryError> {
        // Distinct values only, and not too many: a suggestion is worth a scan, not a stall.
        const MOST: usize = 10_000;
        let mut held = std::collections::HashSet::new();
        let mut found = false;
        dataset.each(field.collection, |row| {
            if let Value::Text(value) = row.get(field)
                && !found
            {
                found = fold(value) == folded;
                if held.len() < MOST {
                    held.insert(value);
                }
            }
        });
        if found {
            return Ok(());
        }
        match closest(text, held.iter().copied()) {
            Some(near) => Err(QueryError::UnknownValue {
                at: self.at(literal.span.clone()),
                collection: field.collection,
                field: path.to_string(),
                value: text.to_owned(),
                suggestion: near.to_owned(),
            }),
            None => Ok(()),
        }
    }

    /// Whether `id` names a record of `target` (ids compare ignoring ASCII case).
    fn known_id(
        &self,
        dataset: &Dataset,
        target: Collection,
        id: &str,
        literal: &Literal<'_>,
    ) -> Result<(), QueryError> {
        let lower = id.to_ascii_lowercase();
        if Row::find(dataset, target, &lower).is_some() || Row::find(dataset, target, id).is_some()
        {
            return Ok(());
        }
        let mut ids: Vec<&str> = Vec::with_capacity(dataset.len(target));
        dataset.each(target, |row| ids.push(row.id()));
        Err(QueryError::UnknownId {
            at: self.at(literal.span.clone()),
            collection: target,
            id: id.to_owned(),
            // A near miss, else an id holding the word (`captives` for `two-captives`).
            suggestion: closest(id, ids.iter().copied())
                .or_else(|| {
                    let word = (lower.len() >= 3).then_some(lower.as_str())?;
                    ids.iter().copied().find(|i| i.contains(word))
                })
                .map(str::to_owned),
        })
    }

    /// Types a literal for the field it is compared with.
    fn value(
        &self,
        path: &Path,
        ty: FieldType,
        literal: &Literal<'_>,
    ) -> Result<Operand, QueryError> {
        let mismatch = || QueryError::TypeMismatch {
            at: self.at(literal.span.clone()),
            field: path.to_string(),
            expected: ty,
            found: self.source[literal.span.clone()].to_owned(),
        };
        let bad = |reason: LiteralError| QueryError::BadLiteral {
            at: self.at(literal.span.clone()),
            reason,
        };
        let text = literal.unescaped();
        match (ty, literal.kind) {
            (FieldType::Text | FieldType::Texts, LiteralKind::String | LiteralKind::Word) => {
                Ok(Operand::Text {
                    folded: fold(&text),
                    text: text.into_owned(),
                })
            }
            (
                FieldType::Id | FieldType::Ref(_) | FieldType::List(_),
                LiteralKind::String | LiteralKind::Word,
            ) => Ok(Operand::Id(text.into_owned())),
            (FieldType::Number, LiteralKind::Number) => {
                number(literal).map(Operand::Number).ok_or_else(|| {
                    bad(LiteralError::NumberTooLarge {
                        text: literal.text.to_owned(),
                    })
                })
            }
            (FieldType::Bool, LiteralKind::Word) if text.eq_ignore_ascii_case("true") => {
                Ok(Operand::Bool(true))
            }
            (FieldType::Bool, LiteralKind::Word) if text.eq_ignore_ascii_case("false") => {
                Ok(Operand::Bool(false))
            }
            (FieldType::Date, LiteralKind::String) => {
                date_in_words(&text).map(Operand::Date).map_err(bad)
            }
            (FieldType::Date, LiteralKind::Number) => year(literal).map(Operand::Date).map_err(bad),
            (FieldType::Date, LiteralKind::Date) => date(literal).map(Operand::Date).map_err(bad),
            (FieldType::Enum(vocabulary), _) => {
                let words = vocabulary.words();
                match words.iter().find(|w| w.eq_ignore_ascii_case(&text)) {
                    Some(word) => Ok(Operand::Word(word)),
                    None => Err(QueryError::NotAValue {
                        at: self.at(literal.span.clone()),
                        field: path.to_string(),
                        value: text.clone().into_owned(),
                        suggestion: closest(&text, words.iter().copied()),
                        allowed: words.to_vec(),
                    }),
                }
            }
            _ => Err(mismatch()),
        }
    }
}
