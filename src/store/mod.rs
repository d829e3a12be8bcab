//! The dataset as kept in memory: its records (the estimates in columns), the handles callers
//! read them through, and the lists derived from their references.

pub(crate) mod columnar;
pub(crate) mod data;
pub(crate) mod display;
pub(crate) mod offsets;
pub(crate) mod position;
pub(crate) mod record;
pub(crate) mod record_json;
pub(crate) mod referrers;
pub(crate) mod schema;
