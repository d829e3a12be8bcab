//! Every problem a load found, as one error: what `Dataset::from_dir` and the JSON Lines
//! readers return, so that `?` carries it into any `Box<dyn Error>`.

use std::fmt;
use std::ops::Deref;

use crate::model::validate::DataError;

/// Every problem found loading a dataset, in file and line order; never empty.
///
/// One error for the whole load, so that `?` works in any function returning
/// `Box<dyn std::error::Error>`, while each problem stays a typed [`DataError`] with its file,
/// its line and its [`Problem`](crate::Problem). `Display` gives one problem a line. It derefs
/// to a slice of the problems: `len`, `iter`, `errors[0]`.
///
/// ```
/// use std::error::Error;
///
/// fn load(dir: &str) -> Result<usize, Box<dyn Error>> {
///     let facts = facts::Dataset::from_dir(dir)?;
///     Ok(facts.claims().len())
/// }
///
/// let data = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
/// assert_eq!(load(data).unwrap(), facts::claims().len());
///
/// let err = load("/no/such/directory").unwrap_err();
/// let errors = err.downcast_ref::<facts::DataErrors>().unwrap();
/// assert!(!errors.is_empty());
/// assert_eq!(err.to_string().lines().count(), errors.len());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", OneALine(.0))]
pub struct DataErrors(Vec<DataError>);

impl DataErrors {
    /// The problems, to own.
    ///
    /// ```
    /// let errors = facts::Dataset::from_jsonl_reader(&b"{"[..], "bad.jsonl").unwrap_err();
    /// let errors: Vec<facts::DataError> = errors.into_vec();
    /// assert_eq!(errors[0].line, Some(1));
    /// ```
    pub fn into_vec(self) -> Vec<DataError> {
        self.0
    }

    /// Wraps the problems a load found; `None` when there are none, for the load succeeded.
    #[cfg(feature = "load")] // Loading at run time calls it.
    pub(crate) fn new(errors: Vec<DataError>) -> Option<DataErrors> {
        (!errors.is_empty()).then_some(DataErrors(errors))
    }
}

/// A load's result: the loaded value, or every problem.
#[cfg(feature = "load")] // Loading at run time calls it.
pub(crate) fn collect<T>(result: Result<T, Vec<DataError>>) -> Result<T, DataErrors> {
    result.map_err(|errors| {
        DataErrors::new(errors).unwrap_or_else(|| {
            // A failed load always says why; were it ever not to, saying so beats an empty error.
            DataErrors(vec![DataError {
                file: String::new(),
                line: None,
                problem: crate::model::validate::Problem::Malformed(
                    "the load failed without a reason".into(),
                ),
            }])
        })
    })
}

impl Deref for DataErrors {
    type Target = [DataError];

    fn deref(&self) -> &[DataError] {
        &self.0
    }
}

impl<'a> IntoIterator for &'a DataErrors {
    type Item = &'a DataError;
    type IntoIter = std::slice::Iter<'a, DataError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl IntoIterator for DataErrors {
    type Item = DataError;
    type IntoIter = std::vec::IntoIter<DataError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// The problems, one a line, as the build prints them.
struct OneALine<'a>(&'a [DataError]);

impl fmt::Display for OneALine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}
