//! TODO: user-facing text through Fluent.

use crate::rules::Message;

/// Renders messages in one language.
pub struct Localizer;

impl Localizer {
    /// A localizer for `lang` (falls back to English).
    pub fn new(_lang: &str) -> Localizer {
        Localizer
    }

    /// Renders a finding's message.
    pub fn message(&self, m: &Message) -> String {
        m.id.to_string()
    }
}
