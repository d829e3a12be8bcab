//! The JSON of the record handles other than estimates (whose columns `record` writes itself):
//! the stored record's fields, then its quotes through [`Quote`]'s `Serialize`, which gives
//! their place in bytes, code points and UTF-16 units.

use serde::{Serialize, Serializer};

use crate::store::record::{Actor, Claim, Event, Quote, Quotes, Report, Source};

/// A stored record's own fields (its quotes skipped), then its quotes, as one object.
#[derive(Serialize)]
struct WithQuotes<'a, 'd, R> {
    #[serde(flatten)]
    record: &'a R,
    quote: Quote<'d>,
    #[serde(skip_serializing_if = "Option::is_none")]
    restated: Option<Quotes<'d>>,
}

impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.record.serialize(serializer)
    }
}

macro_rules! quoted {
    ($($name:ident),*) => {
        $(
            impl Serialize for $name<'_> {
                fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    WithQuotes {
                        record: self.record,
                        quote: self.quote(),
                        restated: None,
                    }
                    .serialize(serializer)
                }
            }
        )*
    };
}

quoted!(Actor, Event, Source);

impl Serialize for Claim<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        WithQuotes {
            record: self.record,
            quote: self.quote(),
            restated: Some(self.restated()),
        }
        .serialize(serializer)
    }
}
