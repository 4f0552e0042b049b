//! Section names on the command line: any case, and any unambiguous prefix (`show fig`,
//! `search --in POS`), as a reader types them.

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
use clap::{Arg, Command, ValueEnum};

/// A clap value parser for the enum `E` that takes a name in any case or an unambiguous
/// prefix of one. An exact name wins over a longer one it prefixes; anything else (an
/// unknown or ambiguous name) gets clap's own "invalid value" error with the possible values.
#[derive(Clone)]
pub struct Prefixed<E>(PhantomData<E>);

impl<E> Prefixed<E> {
    pub fn new() -> Prefixed<E> {
        Prefixed(PhantomData)
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Prefixed<E> {
    type Value = E;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<E, clap::Error> {
        let typed = value.to_string_lossy().to_lowercase();
        let name = |variant: &E| {
            variant
                .to_possible_value()
                .map(|v| v.get_name().to_string())
                .unwrap_or_default()
        };
        if let Some(exact) = E::value_variants().iter().find(|v| name(v) == typed) {
            return Ok(exact.clone());
        }
        let mut found = E::value_variants()
            .iter()
            .filter(|v| !typed.is_empty() && name(v).starts_with(&typed));
        match (found.next(), found.next()) {
            (Some(only), None) => Ok(only.clone()),
            _ => EnumValueParser::<E>::new().parse_ref(cmd, arg, value),
        }
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            E::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::lookup::SectionName;

    fn parse(text: &str) -> Result<SectionName, clap::Error> {
        Prefixed::<SectionName>::new().parse_ref(&Command::new("t"), None, OsStr::new(text))
    }

    #[test]
    fn names_take_any_case_and_unambiguous_prefixes() {
        assert_eq!(parse("fig").ok(), Some(SectionName::Figures));
        assert_eq!(parse("POS").ok(), Some(SectionName::Positions));
        assert_eq!(parse("Timeline").ok(), Some(SectionName::Timeline));
        assert_eq!(parse("th").ok(), Some(SectionName::Themes));
    }

    #[test]
    fn unknown_and_empty_names_are_refused_with_the_possible_values() {
        let error = parse("x").expect_err("no section x").to_string();
        assert!(error.contains("possible values"), "{error}");
        assert!(parse("").is_err());
    }
}
