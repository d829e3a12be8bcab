//! The syntax tree: a query as the grammar reads it, before its names are resolved, with the
//! span of everything a later error may point at.

use std::borrow::Cow;
use std::ops::Range;

use crate::plan::Op;

/// A span of the query's text, in bytes.
pub(crate) type Span = Range<usize>;

/// A parsed query, before its names are resolved.
#[derive(Debug)]
pub(crate) struct Syntax<'q> {
    /// `find "words"`: the words, and nothing else is set.
    pub find: Option<Literal<'q>>,
    pub count: bool,
    pub collection: Ident<'q>,
    pub filter: Option<CondSyntax<'q>>,
    pub group: Option<PathSyntax<'q>>,
    pub order: Vec<(PathSyntax<'q>, bool)>,
    pub limit: Option<Literal<'q>>,
    pub select: Vec<PathSyntax<'q>>,
}

/// A name of the query (a collection, a step of a path) and where it stands.
#[derive(Debug, Clone)]
pub(crate) struct Ident<'q> {
    pub text: &'q str,
    pub span: Span,
}

/// `source.kind` as written: one name or more, which the checker resolves into a
/// [`crate::plan::Path`]. The grammar allows no blanks inside a path, so its names are its
/// text split at the dots, and need no list of their own.
#[derive(Debug, Clone)]
pub(crate) struct PathSyntax<'q> {
    pub text: &'q str,
    pub span: Span,
}

impl<'q> PathSyntax<'q> {
    /// The names, in order, each with its own span.
    pub fn names(&self) -> impl Iterator<Item = Ident<'q>> + '_ {
        let mut start = self.span.start;
        self.text.split('.').map(move |text| {
            let name = Ident {
                text,
                span: start..start + text.len(),
            };
            start += text.len() + 1;
            name
        })
    }

    /// The one name of a path without dots.
    pub fn single(&self) -> Option<Ident<'q>> {
        (!self.text.contains('.')).then(|| Ident {
            text: self.text,
            span: self.span.clone(),
        })
    }
}

/// A condition as written, which the checker resolves into a [`crate::plan::Cond`].
#[derive(Debug)]
pub(crate) enum CondSyntax<'q> {
    Or(Vec<CondSyntax<'q>>),
    And(Vec<CondSyntax<'q>>),
    Not(Box<CondSyntax<'q>>),
    Test(TestSyntax<'q>),
}

/// A test as written: a path, an operator and its values, with the spans an error points at.
#[derive(Debug)]
pub(crate) struct TestSyntax<'q> {
    pub path: PathSyntax<'q>,
    pub op: Op,
    pub op_span: Span,
    pub values: Literals<'q>,
}

/// A test's values: one, or the several of an `in` list. The first is kept apart so that the
/// commonest test, with one value, needs no list.
#[derive(Debug, Default)]
pub(crate) struct Literals<'q> {
    first: Option<Literal<'q>>,
    rest: Vec<Literal<'q>>,
}

impl<'q> Literals<'q> {
    pub(super) fn push(&mut self, literal: Literal<'q>) {
        match self.first {
            None => self.first = Some(literal),
            Some(_) => self.rest.push(literal),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &Literal<'q>> {
        self.first.iter().chain(&self.rest)
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

impl<'q> Literal<'q> {
    /// The value the literal stands for: its text, with a string's escapes undone. Borrowed
    /// unless there are escapes to undo.
    pub fn unescaped(&self) -> Cow<'q, str> {
        if self.kind != LiteralKind::String || !self.text.contains('\\') {
            return Cow::Borrowed(self.text);
        }
        let mut out = String::with_capacity(self.text.len());
        let mut chars = self.text.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => out.extend(chars.next()),
                c => out.push(c),
            }
        }
        Cow::Owned(out)
    }
}
