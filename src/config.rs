//! TODO: termlint.toml.
