//! Words that mix look-alike letters of two scripts (`Аstana` with a Cyrillic А, `Idlіb` with a
//! Cyrillic і, `Aстане` with a Latin A): never a valid form in any language. They pass a
//! matcher that compares letters, so they are found here and cleaned to one script.

/// A script of look-alike letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
}

impl Script {
    fn of(c: char) -> Option<Script> {
        match c {
            'A'..='Z' | 'a'..='z' | '\u{c0}'..='\u{24f}' => Some(Script::Latin),
            '\u{400}'..='\u{52f}' => Some(Script::Cyrillic),
            '\u{370}'..='\u{3ff}' => Some(Script::Greek),
            _ => None,
        }
    }
}

/// Whether `c` is a letter of the Arabic script (the Arabic blocks and presentation forms).
pub fn is_arabic(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c, '\u{600}'..='\u{6ff}' | '\u{750}'..='\u{77f}' | '\u{8a0}'..='\u{8ff}'
            | '\u{fb50}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

/// Look-alike letters: (Latin, Cyrillic, Greek); `' '` where a script has none.
const LOOK_ALIKES: &[(char, char, char)] = &[
    ('A', 'А', 'Α'),
    ('a', 'а', ' '),
    ('B', 'В', 'Β'),
    ('C', 'С', ' '),
    ('c', 'с', ' '),
    ('E', 'Е', 'Ε'),
    ('e', 'е', ' '),
    ('H', 'Н', 'Η'),
    ('I', 'І', 'Ι'),
    ('i', 'і', ' '),
    ('J', 'Ј', ' '),
    ('j', 'ј', ' '),
    ('K', 'К', 'Κ'),
    ('M', 'М', 'Μ'),
    ('N', ' ', 'Ν'),
    ('O', 'О', 'Ο'),
    ('o', 'о', 'ο'),
    ('P', 'Р', 'Ρ'),
    ('p', 'р', ' '),
    ('S', 'Ѕ', ' '),
    ('s', 'ѕ', ' '),
    ('T', 'Т', 'Τ'),
    ('X', 'Х', 'Χ'),
    ('x', 'х', ' '),
    ('Y', 'Ү', 'Υ'),
    ('y', 'у', ' '),
    ('Z', ' ', 'Ζ'),
];

fn in_script(c: char, script: Script) -> Option<char> {
    if Script::of(c) == Some(script) {
        return Some(c);
    }
    LOOK_ALIKES
        .iter()
        .find_map(|&(l, cy, g)| {
            let all = [l, cy, g];
            all.contains(&c).then_some(match script {
                Script::Latin => l,
                Script::Cyrillic => cy,
                Script::Greek => g,
            })
        })
        .filter(|c| *c != ' ')
}

/// A word of two scripts, as found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mixed {
    /// The script of most of its letters.
    pub main: Script,
    /// The other script.
    pub other: Script,
    /// The letters of the other script, in order, each once.
    pub letters: String,
}

impl Mixed {
    /// The id of the message that names the two scripts (`finding-misspelling-mixed-cyrillic-in-latin`).
    pub fn message_id(&self) -> &'static str {
        use Script::*;
        match (self.other, self.main) {
            (Latin, Cyrillic) => "finding-misspelling-mixed-latin-in-cyrillic",
            (Latin, _) => "finding-misspelling-mixed-latin-in-greek",
            (Cyrillic, Latin) => "finding-misspelling-mixed-cyrillic-in-latin",
            (Cyrillic, _) => "finding-misspelling-mixed-cyrillic-in-greek",
            (Greek, Latin) => "finding-misspelling-mixed-greek-in-latin",
            (Greek, _) => "finding-misspelling-mixed-greek-in-cyrillic",
        }
    }
}

/// Whether `word` mixes letters of two scripts, and which.
pub fn mixed(word: &str) -> Option<Mixed> {
    let mut counts = [0usize; 3];
    for c in word.chars() {
        if let Some(s) = Script::of(c) {
            counts[s as usize] += 1;
        }
    }
    if counts.iter().filter(|n| **n > 0).count() != 2 {
        return None;
    }
    let scripts = [Script::Latin, Script::Cyrillic, Script::Greek];
    let main = scripts
        .into_iter()
        .max_by_key(|s| (counts[*s as usize], std::cmp::Reverse(*s as usize)))?;
    let other = scripts
        .into_iter()
        .find(|s| *s != main && counts[*s as usize] > 0)?;
    let mut letters = String::new();
    for c in word.chars().filter(|c| Script::of(*c) == Some(other)) {
        if !letters.contains(c) {
            letters.push(c);
        }
    }
    Some(Mixed {
        main,
        other,
        letters,
    })
}

/// `word` written in `script` alone, when each letter of another script has a look-alike in it.
pub fn cleaned(word: &str, script: Script) -> Option<String> {
    word.chars()
        .map(|c| {
            if Script::of(c).is_none() {
                Some(c)
            } else {
                in_script(c, script)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixed_words_and_their_clean_forms() {
        let m = mixed("\u{410}stana").unwrap();
        assert_eq!(
            (m.main, m.other, m.letters.as_str()),
            (Script::Latin, Script::Cyrillic, "\u{410}")
        );
        assert_eq!(
            cleaned("\u{410}stana", Script::Latin).as_deref(),
            Some("Astana")
        );
        assert_eq!(
            cleaned("Aстане", Script::Cyrillic).as_deref(),
            Some("Астане")
        );
        assert!(mixed("Astana").is_none());
        assert!(mixed("Астана").is_none());
        assert!(cleaned("Aстане", Script::Latin).is_none());
    }
}
