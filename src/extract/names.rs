//! Names in source text: runs of capitalised words (`Bank of England`, `Staffan de Mistura`)
//! and acronyms (`NATO`, `U.S.`).
//!
//! A capitalised word at the start of a sentence, or in a headline written in title case, is
//! only part of a name when something says it is a name: the dictionary of the language does
//! not know it in lower case, or the corpus writes it capitalised inside sentences more often
//! than in lower case (`Trump` is a known word, `trump`, but the news writes it capitalised).
//! Titles before a name (`Russian President Vladimir Putin`) are left out of it.

use rustc_hash::FxHashMap;

use crate::matcher::lexicon::Lexicon;

/// A name found in a segment: its form (an English possessive dropped) and byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub form: String,
    pub range: std::ops::Range<usize>,
}

/// What the corpus says of its capitalised words, to judge the ones at sentence starts.
#[derive(Default)]
pub struct Evidence {
    /// Per word as written: how often it is capitalised inside a sentence.
    capitalised: FxHashMap<String, u32>,
    /// Per lower-case word: how often it is written in lower case.
    lower: FxHashMap<String, u32>,
}

impl Evidence {
    /// Counts the words of `segments`.
    pub fn of<'a>(segments: impl Iterator<Item = &'a str>) -> Evidence {
        let mut e = Evidence::default();
        for text in segments {
            let words = words(text);
            let headline = is_headline(text, &words);
            for (i, w) in words.iter().enumerate() {
                let word = &text[w.clone()];
                if starts_lower(word) {
                    *e.lower.entry(word.to_string()).or_default() += 1;
                } else if !headline && !sentence_initial(text, &words, i) && is_capitalised(word) {
                    *e.capitalised.entry(word.to_string()).or_default() += 1;
                }
            }
        }
        e
    }

    /// Whether a capitalised `word` at a sentence start, before another capitalised word, is
    /// the first word of a name (`State Department`, `White House`, `North Korea`): the corpus
    /// writes it capitalised inside sentences, and in lower case at most four times as often
    /// (`the`, `like` are thousands or hundreds of times in lower case, and seldom capitalised).
    fn starts_names(&self, word: &str) -> bool {
        let inside = self.capitalised.get(word).copied().unwrap_or(0);
        let lower = self.lower.get(&word.to_lowercase()).copied().unwrap_or(0);
        inside > 0 && lower <= 4 * inside
    }

    /// Whether a capitalised `word` at a sentence start or in a headline is a name.
    fn is_name(&self, lang: &str, word: &str) -> bool {
        let lower = crate::lang::lower(lang, word);
        let inside = self.capitalised.get(word).copied().unwrap_or(0);
        let lower_count = self.lower.get(&lower).copied().unwrap_or(0);
        let lexicon = Lexicon::builtin();
        if lexicon.covers(lang) && !lexicon.is_known_as_written(lang, &lower) {
            return lower_count == 0 || inside > lower_count;
        }
        inside > lower_count
    }
}

/// The names and acronyms of one segment in `lang`, in order.
pub fn names(text: &str, lang: &str, evidence: &Evidence) -> Vec<Found> {
    let words = words(text);
    let headline = is_headline(text, &words);
    let capitals = is_all_caps_line(text, &words);
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut joiners: Vec<usize> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let word = &text[w.clone()];
        let joined = i > 0 && text[words[i - 1].end..w.start].trim().is_empty();
        if !joined {
            close(text, &words, &mut run, &mut joiners, &mut out);
        }
        if is_acronym(word) {
            close(text, &words, &mut run, &mut joiners, &mut out);
            if !capitals && !IGNORED.contains(&word) {
                out.push(Found {
                    form: word.to_string(),
                    range: w.clone(),
                });
            }
        } else if is_capitalised(word) && !IGNORED.contains(&word) && !is_contraction(word) {
            let free = !headline && !sentence_initial(text, &words, i);
            let next_capitalised = (words.get(i + 1)).is_some_and(|n| {
                text[w.end..n.start].trim().is_empty() && is_capitalised(&text[n.clone()])
            });
            if free
                || evidence.is_name(lang, word)
                || (next_capitalised && evidence.starts_names(word))
            {
                run.append(&mut joiners);
                run.push(i);
            } else {
                close(text, &words, &mut run, &mut joiners, &mut out);
            }
        } else if !run.is_empty() && JOINERS.contains(&word) && joiners.len() < 2 {
            joiners.push(i);
        } else {
            close(text, &words, &mut run, &mut joiners, &mut out);
        }
    }
    close(text, &words, &mut run, &mut joiners, &mut out);
    out.retain(|f| !is_demonym(&f.form));
    out
}

/// `I'm`, `I'll`, `Don't`: a capitalised contraction is no name.
fn is_contraction(word: &str) -> bool {
    word.split_once(['\'', '\u{2019}']).is_some_and(|(a, b)| {
        a == "I" || a.ends_with('n') && b == "t" || matches!(b, "ll" | "re" | "ve" | "d" | "m")
    })
}

/// A single word that reads as a nationality or a party member (`American`, `Indonesian`,
/// `Chinese`, `Republicans`): an adjective or a common noun, translated as one.
fn is_demonym(form: &str) -> bool {
    !form.contains(' ')
        && ["ian", "ean", "can", "ese", "ish", "ians", "eans", "cans"]
            .iter()
            .any(|end| form.ends_with(end))
}

/// Ends the current run: its titles dropped, it is a name.
fn close(
    text: &str,
    words: &[std::ops::Range<usize>],
    run: &mut Vec<usize>,
    joiners: &mut Vec<usize>,
    out: &mut Vec<Found>,
) {
    joiners.clear();
    if run.is_empty() {
        return;
    }
    let forms: Vec<&str> = run.iter().map(|&i| &text[words[i].clone()]).collect();
    let skip = titles(&forms);
    let kept = &run[skip..];
    if let (Some(&first), Some(&last)) = (kept.first(), kept.last()) {
        let range = words[first].start..words[last].end;
        out.push(Found {
            form: text[range.clone()].to_string(),
            range,
        });
    }
    run.clear();
}

/// How many words of a run are titles before the name: up to the last title that is followed
/// by a name word, when everything before it is a title, a nationality or an acronym.
fn titles(forms: &[&str]) -> usize {
    let mut skip = 0;
    for (i, w) in forms.iter().enumerate().take(forms.len().saturating_sub(1)) {
        let next = forms[i + 1];
        if TITLES.contains(w) && !JOINERS.contains(&next) {
            skip = i + 1;
        } else if !(TITLES.contains(w) || is_nationality(w) || is_acronym(w)) {
            break;
        }
    }
    skip
}

/// A capitalised word that reads like a nationality (`Russian`, `Turkish`, `Chinese`).
fn is_nationality(word: &str) -> bool {
    ["an", "ish", "ese", "ch", "i"]
        .iter()
        .any(|end| word.ends_with(end))
}

/// Words of `text`: letters and digits, with inner hyphens and apostrophes; an English
/// possessive (`'s`) left out; dotted acronyms (`U.S.`) whole.
pub fn words(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        // A dotted acronym: `U.S.`, `U.N.`.
        if c.is_uppercase() && text[end..].starts_with('.') {
            let rest = &text[end..];
            let dotted = rest
                .as_bytes()
                .chunks(2)
                .take_while(|p| p.len() == 2 && p[0] == b'.' && p[1].is_ascii_uppercase())
                .count();
            if dotted > 0 {
                end += dotted * 2 + usize::from(rest[dotted * 2..].starts_with('.'));
                while chars.peek().is_some_and(|&(i, _)| i < end) {
                    chars.next();
                }
                out.push(start..end);
                continue;
            }
        }
        while let Some(&(i, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = i + d.len_utf8();
                chars.next();
            } else if matches!(d, '-' | '\'' | '\u{2019}')
                && text[i + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                chars.next();
            } else {
                break;
            }
        }
        let word = &text[start..end];
        let end = ["'s", "\u{2019}s"]
            .iter()
            .find(|p| word.len() > p.len() + 1 && word.ends_with(*p))
            .map_or(end, |p| end - p.len());
        out.push(start..end);
    }
    out
}

/// Whether word `i` starts a sentence: the first of the segment, or after `.`, `!`, `?`.
fn sentence_initial(text: &str, words: &[std::ops::Range<usize>], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let gap = &text[words[i - 1].end..words[i].start];
    gap.contains(['.', '!', '?', '…', ':'])
}

/// A line written in title case (`Police Say Man Killed In Crash`): most of its longer words
/// capitalised, and no full stop at the end.
fn is_headline(text: &str, words: &[std::ops::Range<usize>]) -> bool {
    let long: Vec<&str> = (words.iter())
        .map(|w| &text[w.clone()])
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .collect();
    let capitalised = long.iter().filter(|w| !starts_lower(w)).count();
    // A sentence full of names ends with a full stop; a headline does not.
    !text.trim_end().ends_with('.') && long.len() >= 3 && capitalised * 10 >= long.len() * 6
}

/// A line in capitals (`IDLIB (Reuters) - ...` headlines): its acronyms are no acronyms.
fn is_all_caps_line(text: &str, words: &[std::ops::Range<usize>]) -> bool {
    let caps = words
        .iter()
        .filter(|w| is_acronym(&text[(*w).clone()]))
        .count();
    words.len() >= 4 && caps * 2 > words.len()
}

/// Whether `word` starts with a lower-case letter.
fn starts_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// An upper-case letter followed by lower-case ones (`Putin`, `McCain`, `al-Assad`).
fn is_capitalised(word: &str) -> bool {
    // A lower-case particle before a hyphen (`al-`, `el-`, `bin-`) is part of the name.
    let word = match word.split_once('-') {
        Some((particle, rest)) if particle.chars().count() <= 3 && starts_lower(particle) => rest,
        _ => word,
    };
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Two or more capitals and no lower-case letter: `NATO`, `FBI`, `U.S.`, `G20`.
pub fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Lower-case words that join the capitalised words of one name.
const JOINERS: &[&str] = &[
    "of", "the", "for", "de", "del", "la", "le", "du", "des", "da", "di", "von", "van", "der",
    "den", "al", "el", "bin", "ibn",
];

/// Capitalised words that are no names: days, months, forms of address, the pronoun I.
const IGNORED: &[&str] = &[
    "I",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "AM",
    "PM",
    "OK",
    "TV",
];

/// Titles that stand before a name and are not part of it.
const TITLES: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "Secretary",
    "Chancellor",
    "Senator",
    "Sen",
    "Rep",
    "Representative",
    "Governor",
    "Gov",
    "Mayor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "General",
    "Gen",
    "Colonel",
    "Col",
    "Lieutenant",
    "Captain",
    "Capt",
    "Sergeant",
    "Officer",
    "Judge",
    "Justice",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Foreign",
    "Defence",
    "Defense",
    "Interior",
    "Finance",
    "Chief",
    "Executive",
    "Director",
    "Chairman",
    "Chair",
    "Speaker",
    "Leader",
    "Ambassador",
    "Envoy",
    "Commissioner",
    "Premier",
    "Deputy",
    "Vice",
    "Professor",
    "Prof",
    "Coach",
    "Manager",
    "Spokesman",
    "Spokeswoman",
    "Detective",
    "Inspector",
    "Superintendent",
    "Constable",
    "Archbishop",
    "Bishop",
    "Former",
    "Senior",
    "Democrat",
    "Republican",
    "Labour",
    "Conservative",
    "Tory",
    "Liberal",
    "MP",
    "MEP",
    "Congressman",
    "Congresswoman",
    "Sheriff",
    "Attorney",
    "Admiral",
    "Marshal",
    "Commander",
    "Head",
    "Boss",
    "Star",
    "Striker",
    "Midfielder",
    "Defender",
    "Goalkeeper",
    "Actor",
    "Actress",
    "Singer",
    "Rapper",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<String> {
        let evidence = Evidence::of(std::iter::once(text));
        names(text, "en", &evidence)
            .into_iter()
            .map(|f| f.form)
            .collect()
    }

    #[test]
    fn runs_with_joiners_titles_dropped() {
        assert_eq!(
            forms("He said the Bank of England and Russian President Vladimir Putin's aide met."),
            ["Bank of England", "Vladimir Putin"]
        );
        assert_eq!(
            forms("It was Staffan de Mistura, with Bashar al-Assad."),
            ["Staffan de Mistura", "Bashar al-Assad"]
        );
    }

    #[test]
    fn acronyms_dotted_or_not() {
        assert_eq!(
            forms("The NATO summit and the U.S. envoy met FBI agents."),
            ["NATO", "U.S.", "FBI"]
        );
    }

    #[test]
    fn a_sentence_initial_common_word_is_no_name() {
        assert_eq!(
            forms("However, it rained. The Kremlin said so."),
            ["Kremlin"]
        );
    }
}
