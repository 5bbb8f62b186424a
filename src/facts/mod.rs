//! Queries over the dataset that draw nothing: the statements it makes and the excerpts they cite,
//! what changed between two dates, words for what the map shows, a country's history, search, the
//! timeline's events, and what the user has selected. No egui and no drawing here.

pub mod claims;
pub mod compare;
pub mod describe;
pub mod history;
pub mod search;
pub mod selection;
pub mod timeline;
