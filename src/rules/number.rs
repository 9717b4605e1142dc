//! `number`: a number of the source is missing from the target.
//!
//! The rule's documentation is [`RULE`]'s (and `termlint rule number`).

use std::ops::Range;

use super::{Check, Rule, UnitsContext};
use crate::diagnostic::{Finding, Message, RuleId, Severity, Side};
use crate::formats::Document;
use crate::text::placeholders::scan;

/// The documentation of `number` (see [`super::Rule::docs`]).
macro_rules! docs {
    () => {
        "a number of the source is missing from the target\n\n\
A translated unit's target has no number equal to one of its source's, in any of the \
forms the target's language may write it: a changed figure (`1,500` translated `1 050`), a \
dropped one, a wrong year.\n\n\
**What it checks.** Each translated unit of a bilingual file, aligned text and paired \
catalogs: every number written in digits in the source (not inside placeholders, URLs or \
masked code) must be in the target, where `1,000` = `1 000` = `1.000` = `1000` (spaces, \
no-break and narrow no-break spaces too), `3.5` = `3,5`, Arabic-Indic and Eastern \
Arabic-Indic digits and Arabic separators count, `10%` = `%10` = `10 %`, ordinals (`1st` = \
`1.` = `1er`), 12-hour times in 24 hours (`3pm` = `15:00`), scales (`1.5bn` = `1,5 Mrd.` = \
`1 500 000 000`), a decade (`the 1990s` = `90-е`), Roman numerals (`21st century` = `XXI век`) \
and small numbers spelled out in the target (0 to 12, ten, hundred, thousand, million, \
dozen, twice, both, half; in English, Russian, Turkish, German, French, Spanish and Arabic, \
with Russian and Arabic inflected forms: `2` = `два`, `двух`, `двумя`, `اثنين`), also as \
the first part of a compound (`двусторонний`, `zehnmal`, `Drittanbieter`). Not numbers of the \
text: list markers (`1.`, `1)` opening a line), ordinal idioms (`3rd party`, `2nd hand`), \
`1 day after` written as `the next day`, set phrases (`24 hours a day`). Indian grouping \
(`1,00,000`, `lakh`, `crore`) counts. Years and other four-digit numbers must match exactly. Reported at the target text, naming the \
number. The plural forms of a message are one message.\n\n\
**Why.** A wrong figure reads well: only the source shows that `1.5 billion` became `15 \
млрд` or that 2019 became 2018.\n\n\
**Example.** Source `Turnout was 61.2%.`, target `Явка составила 62,1%.`\n\n\
**Use instead.** `Явка составила 61,2%.`"
    };
}

/// The rule's stable id.
pub const ID: RuleId = RuleId::new("number");

#[doc = docs!()]
pub const RULE: Rule = Rule::new(ID, Severity::Warning, docs!(), Check::Units(check));

/// Looks for each source number of a message among the numbers of its target forms.
fn check(ctx: &UnitsContext, out: &mut Vec<(Side, Finding)>) {
    for (_, units) in ctx.messages() {
        let mut sources: Vec<usize> = Vec::new();
        let mut targets: Vec<(usize, &crate::formats::Unit)> = Vec::new();
        for &u in &units {
            if !sources.contains(&u.source) {
                sources.push(u.source);
            }
            if let Some(t) = u.target.filter(|t| !targets.iter().any(|(x, _)| x == t)) {
                targets.push((t, u));
            }
        }
        let Some(&(first, unit)) = targets.first() else {
            continue;
        };
        let mut pool: Vec<String> = Vec::new();
        for &(t, _) in &targets {
            for n in numbers(ctx.target, t) {
                pool.extend(n.readings);
                pool.extend(n.parts.into_iter().flatten());
                pool.extend(n.split);
            }
            let text = &ctx.target.segments[t].text;
            spelled_out(text, &mut pool);
            and_a_half(text, &mut pool);
            next_day(text, &mut pool);
            clock_digits(text, &mut pool);
        }
        if targets
            .iter()
            .all(|&(t, _)| ctx.target.segments[t].text.trim().is_empty())
        {
            continue;
        }
        // The `1` of a singular form (`1 file` / `%d files`) is the plural's argument.
        let plural = units.len() > 1;
        let mut reported: Vec<String> = Vec::new();
        for &s in &sources {
            let seg = &ctx.source.segments[s];
            for n in numbers(ctx.source, s).into_iter().filter(|n| !n.unchecked) {
                let found = n.readings.iter().any(|r| pool.contains(r))
                    || (!n.parts.is_empty()
                        && (n.parts.iter()).all(|p| p.iter().any(|a| pool.contains(a))));
                let text = seg.text[n.range.clone()].to_string();
                let singular = plural && n.readings.iter().any(|r| r == "1" || r == "0");
                if found || singular || reported.contains(&text) {
                    continue;
                }
                let message = Message::new("finding-number-missing").arg("number", text.as_str());
                reported.push(text);
                let range = text_range(ctx.target, first);
                out.push((Side::Target, ctx.finding(ID, unit, range, message)));
            }
        }
    }
}

/// A number written in digits: its range in the segment text, what it may mean (canonical
/// decimal strings: `1,000` may be `1000` or `1`), and, when it may be several numbers (`5 100`,
/// `7.55am`), the numbers it is made of (each with what it may mean).
#[derive(Debug, Default)]
struct Number {
    range: Range<usize>,
    readings: Vec<String>,
    parts: Vec<Vec<String>>,
    /// Not looked for in a target: part of a name (`G7`, `247sports`) or a quantity in a unit
    /// a translation converts (`30 yards`, `80 degrees`).
    unchecked: bool,
    /// In a target, the two numbers `a.bb` or `a,b` may also stand for: a time (`23.30 Uhr`),
    /// a list written without a space (`(3,5)`).
    split: Vec<String>,
}

/// The numbers in the text of segment `i`, outside the placeholders of the document's format.
fn numbers(doc: &Document, i: usize) -> Vec<Number> {
    let seg = &doc.segments[i];
    let syntax = doc.format.placeholder_syntax();
    let codes: Vec<Range<usize>> = if syntax.is_empty() {
        Vec::new()
    } else {
        (scan(&doc.text, doc.raw_range(i), syntax).into_iter())
            .map(|p| p.range)
            .collect()
    };
    let mut found = scan_numbers(&seg.text);
    found.retain(|n| {
        let at = seg.map.range_to_src(n.range.clone());
        !codes.iter().any(|c| c.start < at.end && at.start < c.end)
    });
    found
}

fn text_range(doc: &Document, i: usize) -> Range<usize> {
    let seg = &doc.segments[i];
    let start = seg.map.to_src(0);
    start..seg.map.to_src(seg.text.len()).max(start)
}

/// The value of a digit of any script the rule reads.
fn digit(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{660}'..='\u{669}' => Some((c as u32 - 0x660) as u8),
        '\u{6F0}'..='\u{6F9}' => Some((c as u32 - 0x6F0) as u8),
        _ => None,
    }
}

/// Group or decimal separators between digits.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’' | '\u{66b}' | '\u{66c}'
    )
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The numbers written in digits in `text`.
fn scan_numbers(text: &str) -> Vec<Number> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out: Vec<Number> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i].1).is_none() {
            i += 1;
            continue;
        }
        let mut groups: Vec<String> = vec![String::new()];
        let mut starts: Vec<usize> = vec![chars[i].0];
        let mut ends: Vec<usize> = Vec::new();
        let mut seps: Vec<char> = Vec::new();
        while i < chars.len() {
            let c = chars[i].1;
            if let Some(d) = digit(c) {
                groups.last_mut().expect("a group").push((b'0' + d) as char);
                i += 1;
            } else if is_separator(c) && chars.get(i + 1).is_some_and(|&(_, n)| digit(n).is_some())
            {
                ends.push(chars[i].0);
                seps.push(c);
                groups.push(String::new());
                starts.push(chars[i + 1].0);
                i += 1;
            } else {
                break;
            }
        }
        let end = chars.get(i).map_or(text.len(), |&(b, _)| b);
        ends.push(end);
        let mut n = interpret(&groups, &seps);
        if n.readings.is_empty() {
            // Numbers side by side (`2018 1,5`, `2019 100`, `1.2.3`): split at the spaces,
            // else everywhere.
            let spaced = seps.iter().any(|&c| is_space(c));
            let mut from = 0;
            for k in 0..groups.len() {
                let last = k + 1 == groups.len();
                if !(last || !spaced || is_space(seps[k])) {
                    continue;
                }
                let (g, sp) = (&groups[from..=k], &seps[from..k]);
                let mut n = interpret(g, sp);
                if n.readings.is_empty() {
                    n = interpret(&groups[k..=k], &[]);
                    from = k;
                }
                n.range = starts[from]..ends[k];
                annotate(text, &groups[from..=k], &seps[from..k], n, &mut out);
                from = k + 1;
            }
            continue;
        }
        n.range = starts[0]..end;
        annotate(text, &groups, &seps, n, &mut out);
    }
    out
}

/// Completes the readings of `n` from the words around it, and adds it to `out`.
fn annotate(text: &str, groups: &[String], seps: &[char], mut n: Number, out: &mut Vec<Number>) {
    let after = &text[n.range.end..];
    let before = &text[..n.range.start];
    decade(groups, seps, after, &mut n);
    scaled(after, &mut n);
    twelve_hour(text, groups, after, &mut n, out);
    short_year(groups, seps, before, &mut n);
    military_time(groups, seps, &mut n);
    multiple(after, &mut n);
    let suffix: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    let suffix = suffix.to_lowercase();
    let ordinal = matches!(suffix.as_str(), "st" | "nd" | "rd" | "th");
    let mut prev = before.chars().rev();
    let joined = |c: Option<char>| c.is_some_and(|c| c.is_alphabetic());
    let slash = before.ends_with('/') || after.starts_with('/');
    n.unchecked = joined(prev.next())
        // A name with a number: `Covid-19`, `F-16`, `MH-17`.
        || (before.ends_with('-') && joined(before.chars().rev().nth(1)))
        || (suffix.chars().count() >= 3 && !UNIT_SUFFIXES.contains(&suffix.as_str()))
        // Ordinals past twelve are spelled out in many languages (`الحادي والعشرين`), and
        // centuries written in Roman numerals (`XIXe siècle`).
        || (ordinal && n.readings.first().is_some_and(|r| r.parse::<u32>().is_ok_and(|v| v > 12)))
        // Decades: `the 1930s`, `in his 40s`: `ثلاثينيات`, `une quarantaine d'années`.
        || suffix == "s"
        || slash
        || converted_unit(after)
        // `6in x 6in`, `5ft`: a unit written against the number, converted as above.
        || JOINED_UNITS.contains(&suffix.as_str())
        // `04:00` = `4 Uhr`, `14:00 Uhr` = `2 PM`; `000` of a number torn apart (`25 .000`).
        || (groups.concat().bytes().all(|b| b == b'0') && groups.concat().len() >= 2)
        // An amount converted in brackets (`€100m ($110m)`), which translations drop.
        || CONVERSIONS.iter().any(|c| before.trim_end_matches(' ').ends_with(c))
        // `the 1960's`, `40-ish`: a decade or an age, said in words (`sechziger`, `cuarentón`).
        || (after.strip_prefix(['\'', '’']).is_some_and(|r| r.starts_with('s'))
            && groups.concat().ends_with('0'))
        || after.starts_with("-ish")
        // A height in feet and inches, `5'5"`, given in metres (`1,65 m`).
        || feet_and_inches(before, after)
        || idiom(before, groups, after)
        // A rank: `2nd Lieutenant` = `Leutnant`, `subteniente`.
        || (ordinal && rank(after))
        // `a 3rd party app` = `стороннее приложение`, `second-hand` = `подержанный`.
        || (ordinal && ordinal_compound(after))
        || list_marker(before, groups, seps, after);
    out.push(n);
}

/// Whether a number is the feet or the inches of a height, `5'5"`, which a translation gives
/// in metres (`1,65 m`).
fn feet_and_inches(before: &str, after: &str) -> bool {
    const FEET: [char; 3] = ['\'', '’', '′'];
    const INCHES: [char; 3] = ['"', '”', '″'];
    let feet = after.strip_prefix(FEET).is_some_and(|r| {
        let rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
        rest.len() < r.len() && rest.starts_with(INCHES)
    });
    let inches = after.starts_with(INCHES)
        && before
            .strip_suffix(FEET)
            .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
    feet || inches
}

/// Letters written against a number for units a translation converts (`6in`, `5ft`, `80F`).
const JOINED_UNITS: &[&str] = &["in", "ft", "lb", "lbs", "oz", "yd", "yds", "mi", "f"];

/// What opens an amount converted into another currency, in brackets after the first.
const CONVERSIONS: &[&str] = &["($", "(US$", "(£", "(€", "(~$", "(about $", "(roughly $"];

/// Numbers of set phrases translated by their sense: `Catch-22` (`замкнутый круг`), a `911`
/// call (`Notruf`), `24 hours a day` / `7 days a week` (`rund um die Uhr`).
fn idiom(before: &str, groups: &[String], after: &str) -> bool {
    let before = before.to_lowercase();
    let after = after.to_lowercase();
    let after = after.trim_start_matches([' ', '\u{a0}', '-']);
    let digits = groups.concat();
    before.ends_with("catch ")
        || before.ends_with("catch-")
        || (matches!(digits.as_str(), "911" | "999" | "112")
            && ["call", "dispatch", "operator", "emergenc"]
                .iter()
                .any(|w| after.starts_with(w)))
        || (digits == "24" && after.starts_with("hours a day"))
        // `not 100%`, `100 percent certain`: a degree, said `nicht immer`, `совершенно уверен`,
        // `absoluta certeza`.
        || (digits == "100" && certain(&before, after))
        || (digits == "7" && after.starts_with("days a week"))
}

/// After `100`: a per cent of certainty (`100% sure`, `100 percent certain`), or `not 100%`.
fn certain(before: &str, after: &str) -> bool {
    let Some(rest) = ["%", "percent", "per cent"]
        .iter()
        .find_map(|p| after.strip_prefix(p))
    else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '\u{a0}']);
    before.ends_with("not ")
        || ["sure", "certain", "confident", "convinced", "positive"]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// Whether an ordinal makes one word with the next (`3rd party`, `3rd-party`, `2nd-hand`,
/// `1st-rate`, `1st-class`): an idiom translated by its sense (`сторонний`, `Drittanbieter`,
/// `gebraucht`, `erstklassig`), where the number is no number of the text.
fn ordinal_compound(after: &str) -> bool {
    let rest = after.trim_start_matches(|c: char| c.is_alphabetic());
    let hyphen = rest.starts_with('-');
    let word: String = rest
        .trim_start_matches([' ', '\u{a0}', '-'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(word.as_str(), "party" | "parties" | "hand" | "rate")
        || (hyphen && matches!(word.as_str(), "class"))
}

/// Whether a number is the marker of a list item (`1.`, `1)`, `(1)` at the start of a segment
/// or line, `2)` after a sentence): the text's structure, which a translation may drop or
/// renumber. `1. Mai` at the start is a date, still checked.
fn list_marker(before: &str, groups: &[String], seps: &[char], after: &str) -> bool {
    if !seps.is_empty() || groups[0].len() > 2 {
        return false;
    }
    let line = before.rsplit('\n').next().unwrap_or(before);
    let open = line.trim_start().strip_suffix('(');
    let starts = line.trim().is_empty() || open.is_some_and(|o| o.trim().is_empty());
    let mut next = after.chars();
    let mark = next.next();
    let then = next.as_str();
    if then.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    match mark {
        Some(')') => {
            let sentence = before.ends_with([' ', '\u{a0}'])
                && before.trim_end().ends_with(['.', '!', '?', ':', ';']);
            starts || (sentence && !before.trim_end().ends_with('('))
        }
        Some('.') if starts && open.is_none() => {
            // The word after: a month makes it a date (`1. Mai`, `3. März`).
            let word: String = then
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            let lower = word.to_lowercase();
            !word.is_empty() && month(&word, &lower).is_none()
        }
        _ => false,
    }
}

/// Whether the words after an ordinal are a military rank (`2nd Lieutenant`, `1st Lt.`).
fn rank(after: &str) -> bool {
    let word: String = after
        .trim_start_matches(|c: char| c.is_alphabetic())
        .trim_start_matches([' ', '\u{a0}'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(word.as_str(), "lieutenant" | "lieutenants" | "lt")
}

/// `1950-53`, `2020-21`, `1986-88`: the second year of a range in two digits is the full year
/// too (`1953`, as translators write it).
fn short_year(groups: &[String], seps: &[char], before: &str, n: &mut Number) {
    if !seps.is_empty() || groups[0].len() != 2 {
        return;
    }
    let Some(rest) = before.strip_suffix(['-', '–', '/']) else {
        return;
    };
    // Exactly four digits before the dash.
    let mut last = rest.chars().rev();
    let year4: String = last
        .by_ref()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if year4.chars().count() != 4 || last.next().is_some_and(|c| c.is_ascii_digit()) {
        return;
    }
    let Ok(first) = year4.parse::<u32>() else {
        return;
    };
    if !(1000..=2999).contains(&first) {
        return;
    }
    let Ok(short) = groups[0].parse::<u32>() else {
        return;
    };
    let mut full = first / 100 * 100 + short;
    if full <= first {
        full += 100;
    }
    n.readings.push(full.to_string());
}

/// `0430`, `0500`: a time in military style, written `4:30`, `5 утра` (the minutes `00` may
/// go). Only with the leading zero: `1930` is a year, `100` a hundred.
fn military_time(groups: &[String], seps: &[char], n: &mut Number) {
    let g = &groups[0];
    if !seps.is_empty() || g.len() != 4 || !g.starts_with('0') || !n.parts.is_empty() {
        return;
    }
    let (h, m) = g.split_at(g.len() - 2);
    if m.parse::<u32>().is_ok_and(|m| m <= 59) {
        n.parts = vec![vec![canonical(h, "")]];
        if m != "00" {
            n.parts.push(vec![canonical(m, "")]);
        }
    }
}

/// A quantity that may be said in a larger or smaller unit: `6 decades` = `60 Jahre`, `14 days`
/// = `двухнедельный` (two weeks), `48 hours` = `two days`, `3 weeks` = `21 Tage`.
fn multiple(after: &str, n: &mut Number) {
    let word: String = after
        .trim_start_matches([' ', '\u{a0}', '-'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let Some(v) = n.readings.first().and_then(|r| r.parse::<u64>().ok()) else {
        return;
    };
    let other = match word.as_str() {
        "decade" | "decades" => Some(v * 10),
        "century" | "centuries" => Some(v * 100),
        "week" | "weeks" => Some(v * 7),
        "day" | "days" if v % 7 == 0 && v > 0 => Some(v / 7),
        // `18 months` = `полтора года`, `24 months` = `2 Jahre`.
        "month" | "months" if v % 12 == 0 && v > 0 => Some(v / 12),
        "month" | "months" if v % 6 == 0 && v > 0 => {
            n.readings.push(format!("{}.5", v / 12));
            None
        }
        "hour" | "hours" if v % 24 == 0 && v > 0 => Some(v / 24),
        _ => None,
    };
    n.readings.extend(other.map(|o| o.to_string()));
}

/// Letters that may follow a number without making it part of a name.
const UNIT_SUFFIXES: &[&str] = &["mln", "bln", "kph", "kmh", "ème", "eme", "mph"];

/// Whether the words after a number name a unit a translation converts (imperial units,
/// Fahrenheit degrees): `30 yards`, `6-foot-6`, `550 pound`, `80 degrees`, `85 mph`.
fn converted_unit(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\u{a0}', '-', '\u{202f}']);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '°')
        .flat_map(char::to_lowercase)
        .collect();
    const UNITS: &[&str] = &[
        "mile",
        "miles",
        "mph",
        "inch",
        "inches",
        "foot",
        "feet",
        "ft",
        "yard",
        "yards",
        "yd",
        "pound",
        "pounds",
        "lb",
        "lbs",
        "ounce",
        "ounces",
        "oz",
        "gallon",
        "gallons",
        "acre",
        "acres",
        "degree",
        "degrees",
        "°f",
        "°",
        "fahrenheit",
        "square",
        "nautical",
        "cubic",
        "mpg",
        "stone",
        "knots",
    ];
    if UNITS.contains(&word.as_str()) {
        return true;
    }
    // A range: `1 to 4 inches`, `2-3 feet`.
    let next = rest.trim_start_matches(|c: char| c.is_alphabetic() || c == '–' || c == '-');
    let joiner = &rest[..rest.len() - next.len()];
    if matches!(joiner, "to" | "-" | "–" | "and" | "or") || joiner.is_empty() && word.is_empty() {
        let next = next.trim_start_matches([' ', '\u{a0}', '-']);
        let digits = next.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        if digits.len() < next.len() && !joiner.is_empty() {
            return converted_unit(digits);
        }
    }
    false
}

/// The readings of digit groups joined by separators.
fn interpret(groups: &[String], seps: &[char]) -> Number {
    let mut n = Number::default();
    if seps.is_empty() {
        n.readings.push(canonical(&groups[0], ""));
        return n;
    }
    let first_ok = groups[0].len() <= 3;
    let all_three = |gs: &[String]| gs.iter().all(|g| g.len() == 3);
    // Every separator groups thousands: `1,000,000`, `1 000`, `1.000`.
    let same = seps
        .iter()
        .all(|&s| s == seps[0] || is_space(s) && is_space(seps[0]));
    if first_ok && all_three(&groups[1..]) && same {
        n.readings.push(canonical(&groups.concat(), ""));
    }
    // Indian grouping: `2,06,737`, `1,00,000` (kept by some translators as `2.06.737`, or
    // `2 06 737`).
    let len = groups.len();
    if len >= 3
        && (matches!(seps[0], ',' | '.') || is_space(seps[0]))
        && seps.iter().all(|&s| s == seps[0])
        && groups[len - 1].len() == 3
        && groups[1..len - 1].iter().all(|g| g.len() == 2)
        && groups[0].len() <= 2
    {
        n.readings.push(canonical(&groups.concat(), ""));
    }
    // The last separator is a decimal point, the others group thousands: `1,234.5`, `3,5`.
    let last = *seps.last().expect("a separator");
    let decimal = matches!(last, '.' | ',' | '\u{66b}');
    let grouping = &seps[..seps.len() - 1];
    let groups_ok = grouping.is_empty()
        || (first_ok
            && all_three(&groups[1..groups.len() - 1])
            && grouping.iter().all(|&s| s != last));
    if decimal && groups_ok {
        let int = groups[..groups.len() - 1].concat();
        n.readings.push(canonical(&int, &groups[groups.len() - 1]));
    }
    if seps.iter().any(|&s| is_space(s) || s == '\'') {
        // Grouped by spaces, or several numbers side by side (`5 100 people`).
        n.parts = groups.iter().map(|g| vec![canonical(g, "")]).collect();
    }
    if groups.len() == 2 && matches!(seps[0], '.' | ',') && groups[1].len() <= 2 {
        n.split = groups.iter().map(|g| canonical(g, "")).collect();
        // `21.30 Uhr`, `16.3.`, `18.01.`: a time or a day and month, written `21:30`, `9:30 PM`,
        // `March 16` in another locale (the minutes `00` may go: `18.00 Uhr` = `6 pm`).
        let (a, b) = (&groups[0], &groups[1]);
        let (x, y) = (
            a.parse::<u32>().unwrap_or(99),
            b.parse::<u32>().unwrap_or(99),
        );
        let time = b.len() == 2 && x <= 24 && y <= 59;
        let date = (1..=31).contains(&x) && (1..=12).contains(&y);
        if seps[0] == '.' && (time || date) && n.parts.is_empty() {
            n.parts.push(vec![canonical(a, "")]);
            if y != 0 {
                n.parts.push(vec![canonical(b, "")]);
            }
        }
    }
    n
}

/// A number as a canonical string: no leading zeros, no trailing decimal zeros.
fn canonical(int: &str, frac: &str) -> String {
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

/// `1990s`: the decade may be written `90-е`, `90er`, `années 90`.
fn decade(groups: &[String], seps: &[char], after: &str, n: &mut Number) {
    let g = &groups[0];
    if seps.is_empty() && g.len() == 4 && g.ends_with('0') && after.starts_with(['s', '\'']) {
        n.readings.push(canonical(&g[2..], ""));
    }
}

/// `1.5 billion`, `1,5 Mrd.`, `100 тысяч`: the value with its scale.
fn scaled(after: &str, n: &mut Number) {
    let word: String = after
        .trim_start_matches([' ', '\u{a0}', '\u{202f}', '-'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if word.is_empty() {
        return;
    }
    // The longest scale word that starts the word: `millionen` is not `mil` (thousand).
    let Some(&(_, scale)) = (SCALES.iter())
        .filter(|(w, _)| word.starts_with(w))
        .max_by_key(|(w, _)| w.len())
    else {
        return;
    };
    let extra: Vec<String> = (n.readings.iter())
        .filter_map(|r| times_ten(r, scale))
        .collect();
    n.readings.extend(extra);
}

/// A canonical decimal times 10^`exp`, in whole numbers only (`1.4` × 10^6 = `1400000`,
/// `41.78` × 10^5 = `4178000`), computed on the digits so that no rounding creeps in.
fn times_ten(reading: &str, exp: usize) -> Option<String> {
    let (int, frac) = reading.split_once('.').unwrap_or((reading, ""));
    if frac.len() > exp || int.len() + exp > 16 {
        return None;
    }
    let zeros = "0".repeat(exp - frac.len());
    Some(canonical(&format!("{int}{frac}{zeros}"), ""))
}

/// Scale words (prefixes of the word after a number) and their value.
const SCALES: &[(&str, usize)] = &[
    ("thousand", 3),
    ("тыс", 3),
    ("bin", 3),
    ("tausend", 3),
    ("mille", 3),
    ("mil", 3),
    ("ألف", 3),
    ("آلاف", 3),
    ("million", 6),
    ("mln", 6),
    ("mn", 6),
    ("mio", 6),
    ("millón", 6),
    ("millon", 6),
    ("milyon", 6),
    ("млн", 6),
    ("миллион", 6),
    ("مليون", 6),
    ("ملايين", 6),
    ("billion", 9),
    ("bn", 9),
    ("mrd", 9),
    ("milliard", 9),
    ("milyar", 9),
    ("млрд", 9),
    ("миллиард", 9),
    ("مليار", 9),
    ("lakh", 5),
    ("crore", 7),
    ("trillion", 12),
    ("трлн", 12),
    ("триллион", 12),
    ("trilyon", 12),
    ("billón", 12),
    ("billones", 12),
    ("تريليون", 12),
];

/// `3pm`, `3:30 p.m.`, `7.55am`: the hour in 24 hours too (`15:00`, `15 Uhr`, `7:55`).
fn twelve_hour(text: &str, groups: &[String], after: &str, n: &mut Number, out: &mut [Number]) {
    let a = after
        .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
        .to_lowercase();
    let pm = a.starts_with("pm") || a.starts_with("p.m");
    let am = a.starts_with("am") || a.starts_with("a.m");
    let skip = if a.starts_with("p.") || a.starts_with("a.") {
        3
    } else {
        2
    };
    if !(pm || am) || a.chars().nth(skip).is_some_and(char::is_alphabetic) {
        return;
    }
    let h24 = |h: &str| -> Option<String> {
        match (pm, h.parse::<u32>().ok()?) {
            (true, h @ 1..=11) => Some((h + 12).to_string()),
            (false, 12) => Some("0".into()),
            _ => None,
        }
    };
    if groups.len() == 2 {
        // `7.55am`: hour and minutes.
        let hour: Vec<String> = std::iter::once(canonical(&groups[0], ""))
            .chain(h24(&groups[0]))
            .collect();
        n.parts = vec![hour, vec![canonical(&groups[1], "")]];
        return;
    }
    // `3:30 pm`: the hour is the number before the colon.
    let colon = (out.last()).is_some_and(|h| text.get(h.range.end..n.range.start) == Some(":"));
    let (hour, earlier) = match out.split_last_mut() {
        Some((h, rest)) if colon => (h, rest),
        _ => (n, out),
    };
    if let Some(h) = hour.readings.first().cloned().and_then(|r| h24(&r)) {
        hour.readings.push(h);
    }
    // `6-8 p.m.`, `from 6 to 8pm`: the first hour of a range is in the afternoon too.
    let start = hour.range.start;
    if let Some(first) = earlier.last_mut() {
        let between = text.get(first.range.end..start).unwrap_or("");
        let joined = matches!(between.trim(), "-" | "–" | "to" | "and" | "till" | "until");
        if joined {
            if let Some(h) = first.readings.first().cloned().and_then(|r| h24(&r)) {
                first.readings.push(h);
            }
        }
    }
}

/// The values of the numbers spelled out in `text` (and Roman numerals), added to `pool`.
fn spelled_out(text: &str, pool: &mut Vec<String>) {
    // The values of the last word, for compounds: `сорока восьми` (40 + 8), `ثلاثة وعشرين`
    // (3 + 20), `ثلاثة عشر` (3 + 10).
    let mut last: Vec<u64> = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\u{640}') {
        if word.is_empty() {
            continue;
        }
        let upper = word.trim_end_matches(|c: char| c.is_lowercase());
        if let Some(v) = roman(upper) {
            pool.push(v.to_string());
            last.clear();
            continue;
        }
        // Arabic short vowels and tanween are not letters of the word: `الثانٍ`, `واحدًا`.
        let w: String = (word.to_lowercase().replace('ё', "е").chars())
            .filter(|c| !('\u{64b}'..='\u{652}').contains(c) && *c != '\u{670}')
            .collect();
        if let Some(m) = month(word, &w) {
            pool.push(m.to_string());
        }
        let values: Vec<u64> = (word_values(&w).into_iter())
            .filter_map(|v| v.parse().ok())
            .collect();
        for v in word_values(&w) {
            pool.push(v.to_string());
        }
        for &a in &last {
            for &b in &values {
                let sum = match (a, b) {
                    (20..=90, 1..=9) if a % 10 == 0 => a + b,
                    (1..=9, 20..=90) if b % 10 == 0 => a + b,
                    (1..=9, 10) => a + b,
                    _ => continue,
                };
                pool.push(sum.to_string());
            }
        }
        last = values;
        // Russian and German compounds: `двухнедельный`, `пятисотлетней`, `zehnjährige`,
        // `двусторонний` (2-way), `восемнадцатилетний`, `Drittanbieter` (3rd party).
        for &(prefix, v) in COMPOUND_PREFIXES {
            if w.starts_with(prefix) && w.chars().count() > prefix.chars().count() + 3 {
                pool.push(v.to_string());
            }
        }
        // Multiples: `zehnmal`, `dreifach`, `tenfold` (10 times).
        for suffix in ["mal", "fach", "fold"] {
            if let Some(stem) = w.strip_suffix(suffix) {
                pool.extend(word_values(stem).into_iter().map(String::from));
            }
        }
    }
}

/// `3 and a half years`, `a day and a half`, `два с половиной`, `dos y medio`: each whole
/// number of the pool may be that and a half (`3,5 Jahre`).
fn and_a_half(text: &str, pool: &mut Vec<String>) {
    let lower = text.to_lowercase();
    const HALF: &[&str] = &[
        "and a half",
        "and half",
        "с половиной",
        "y medio",
        "y media",
        "et demi",
        "buçuk",
        "einhalb",
    ];
    if !HALF.iter().any(|h| lower.contains(h)) {
        return;
    }
    let halves: Vec<String> = (pool.iter())
        .filter_map(|v| v.parse::<u32>().ok())
        .filter(|&v| v < 1000)
        .map(|v| format!("{v}.5"))
        .collect();
    pool.extend(halves);
}

/// `the next day`, `am nächsten Tag`, `на следующий день`: one day after, said without the
/// number (`1 day after purchase`); each adds `1` to the pool.
fn next_day(text: &str, pool: &mut Vec<String>) {
    let lower = text.to_lowercase().replace('ё', "е");
    const NEXT: &[&str] = &[
        "next day",
        "following day",
        "day after",
        "следующий день",
        "следующего дня",
        "следующий же день",
        "другой день",
        "через день",
        "через сутки",
        "nächsten tag",
        "folgenden tag",
        "tag darauf",
        "tags darauf",
        "día siguiente",
        "lendemain",
        "jour suivant",
        "ertesi gün",
        "ertesi günü",
        "اليوم التالي",
    ];
    if NEXT.iter().any(|p| lower.contains(p)) {
        pool.push("1".into());
    }
}

/// `6:03`, `04:30`: a time in the target is also its digits run together (`603 right now`,
/// `0430`), the way a source may write it.
fn clock_digits(text: &str, pool: &mut Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    for (k, &c) in chars.iter().enumerate() {
        if c != ':' || k == 0 {
            continue;
        }
        let hour: String = chars[..k]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let minutes: String = chars[k + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        if (1..=2).contains(&hour.len()) && minutes.len() == 2 {
            pool.push(canonical(&format!("{hour}{minutes}"), ""));
        }
    }
}

/// The number of the month a word names (`September` = 9, `декабря` = 12, `Mai` = 5), for
/// dates written with the month in digits in the source (`01.09.2004`, `16.3.`). The English
/// `May` and `March` and the French and German `mai` count only with a capital.
fn month(word: &str, w: &str) -> Option<u32> {
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    if matches!(w, "may" | "march" | "mai") && !capital {
        return None;
    }
    let exact = MONTHS.iter().find(|(form, _)| *form == w);
    let stem = MONTH_STEMS
        .iter()
        .find(|(stem, _)| w.strip_prefix(stem).is_some_and(|r| r.chars().count() <= 2));
    exact.or(stem).map(|&(_, m)| m)
}

/// Month names and their usual abbreviations, whole words.
#[rustfmt::skip]
const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("mai", 5), ("juni", 6),
    ("juli", 7), ("oktober", 10), ("dezember", 12),
    ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("juin", 6), ("juillet", 7),
    ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12),
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
    ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10),
    ("noviembre", 11), ("diciembre", 12),
    ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6),
    ("temmuz", 7), ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("مايو", 5),
    ("يونيو", 6), ("يوليو", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10),
    ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
];

/// Stems of Russian month names, with at most two more letters (`января`, `мае`, `августе`).
#[rustfmt::skip]
const MONTH_STEMS: &[(&str, u32)] = &[
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6), ("июл", 7),
    ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
];

/// The first part of compound words that start with a number (Russian, German).
#[rustfmt::skip]
const COMPOUND_PREFIXES: &[(&str, &str)] = &[
    ("одно", "1"), ("двух", "2"), ("трех", "3"), ("четырех", "4"), ("пяти", "5"), ("шести", "6"),
    ("семи", "7"), ("восьми", "8"), ("девяти", "9"), ("десяти", "10"), ("двадцати", "20"),
    ("тридцати", "30"), ("сорока", "40"), ("пятидесяти", "50"), ("шестидесяти", "60"),
    ("семидесяти", "70"), ("восьмидесяти", "80"), ("девяност", "90"), ("сто", "100"),
    ("двухсот", "200"), ("трехсот", "300"), ("пятисот", "500"), ("тысяче", "1000"),
    ("ein", "1"), ("zwei", "2"), ("drei", "3"), ("vier", "4"), ("fünf", "5"), ("sechs", "6"),
    ("sieben", "7"), ("acht", "8"), ("neun", "9"), ("zehn", "10"), ("zwölf", "12"),
    ("zwanzig", "20"), ("dreißig", "30"), ("vierzig", "40"), ("fünfzig", "50"),
    ("hundert", "100"), ("tausend", "1000"),
    ("дву", "2"), ("перво", "1"), ("одиннадцати", "11"), ("двенадцати", "12"),
    ("тринадцати", "13"), ("четырнадцати", "14"), ("пятнадцати", "15"), ("шестнадцати", "16"),
    ("семнадцати", "17"), ("восемнадцати", "18"), ("девятнадцати", "19"), ("dritt", "3"),
    ("dreizehn", "13"), ("vierzehn", "14"), ("fünfzehn", "15"), ("sechzehn", "16"),
    ("siebzehn", "17"), ("achtzehn", "18"), ("neunzehn", "19"),
];

/// The values a lower-case word may stand for.
fn word_values(w: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut add = |v: &'static str| {
        if !out.contains(&v) {
            out.push(v);
        }
    };
    for &(form, v) in WORDS {
        if w == form {
            add(v);
        }
    }
    // Inflected forms: a stem and a short ending (Russian, German, Turkish ordinals).
    for &(stem, v) in STEMS {
        if let Some(rest) = w.strip_prefix(stem) {
            if rest.chars().count() <= 4 {
                add(v);
            }
        }
    }
    // Arabic proclitics: و ف, then ب ل ك, then the article ال.
    if w.chars()
        .next()
        .is_some_and(|c| ('\u{600}'..='\u{6ff}').contains(&c))
    {
        let mut stems = vec![w];
        for p in ["و", "ف"] {
            if let Some(r) = w.strip_prefix(p) {
                stems.push(r);
            }
        }
        let mut more = Vec::new();
        for s in &stems {
            for p in ["ب", "ل", "ك"] {
                if let Some(r) = s.strip_prefix(p) {
                    more.push(r);
                }
            }
        }
        stems.extend(more);
        let mut more = Vec::new();
        for s in &stems {
            for p in ["ال", "ل"] {
                if let Some(r) = s.strip_prefix(p) {
                    more.push(r);
                }
            }
        }
        stems.extend(more);
        for s in stems {
            for &(form, v) in WORDS {
                if s == form {
                    add(v);
                }
            }
        }
    }
    out
}

/// A Roman numeral in capitals (`XXI`), from 1 to 3999.
fn roman(word: &str) -> Option<u32> {
    if word.len() < 2 || !word.chars().all(|c| "IVXLCDM".contains(c)) {
        return None;
    }
    let value = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        _ => 1000,
    };
    let vals: Vec<u32> = word.chars().map(value).collect();
    let mut total = 0;
    for (k, &v) in vals.iter().enumerate() {
        if vals.get(k + 1).is_some_and(|&n| n > v) {
            total -= v as i64;
        } else {
            total += v as i64;
        }
    }
    u32::try_from(total)
        .ok()
        .filter(|&t| (1..4000).contains(&t))
}

/// Numbers spelled out, whole words, in the seven languages of the shipped glossary.
#[rustfmt::skip]
const WORDS: &[(&str, &str)] = &[
    // English
    ("zero", "0"), ("one", "1"), ("a", "1"), ("an", "1"), ("single", "1"), ("once", "1"),
    ("first", "1"), ("two", "2"), ("second", "2"), ("twice", "2"), ("both", "2"), ("pair", "2"),
    ("couple", "2"), ("double", "2"), ("three", "3"), ("third", "3"), ("thrice", "3"),
    ("four", "4"), ("fourth", "4"), ("five", "5"), ("fifth", "5"), ("six", "6"), ("sixth", "6"),
    ("seven", "7"), ("seventh", "7"), ("eight", "8"), ("eighth", "8"), ("nine", "9"),
    ("ninth", "9"), ("ten", "10"), ("tenth", "10"), ("eleven", "11"), ("eleventh", "11"),
    ("twelve", "12"), ("twelfth", "12"), ("dozen", "12"), ("hundred", "100"),
    ("hundreds", "100"), ("thousand", "1000"), ("thousands", "1000"), ("million", "1000000"),
    ("twenty", "20"), ("thirty", "30"), ("forty", "40"), ("fifty", "50"), ("sixty", "60"),
    ("seventy", "70"), ("eighty", "80"), ("ninety", "90"), ("centennial", "100"), ("thirteen", "13"), ("fourteen", "14"),
    ("fifteen", "15"), ("sixteen", "16"), ("seventeen", "17"), ("eighteen", "18"),
    ("nineteen", "19"),
    ("centenary", "100"), ("octogenarian", "80"), ("nonagenarian", "90"), ("noon", "12"),
    ("midday", "12"), ("midnight", "0"), ("midnight", "24"), ("полдень", "12"),
    ("полдня", "12"), ("полночь", "0"), ("полночь", "24"), ("midi", "12"), ("minuit", "0"),
    ("minuit", "24"), ("mediodía", "12"), ("medianoche", "0"), ("medianoche", "24"),
    ("half", "0.5"), ("half", "50"), ("quarter", "0.25"), ("quarter", "25"),
    // Russian (stems below)
    ("ноль", "0"), ("нуль", "0"), ("ноля", "0"), ("нуля", "0"), ("один", "1"), ("одна", "1"),
    ("одно", "1"), ("одного", "1"), ("одной", "1"), ("одному", "1"), ("одним", "1"),
    ("одну", "1"), ("одном", "1"), ("одни", "1"), ("одних", "1"), ("два", "2"), ("две", "2"),
    ("двух", "2"), ("двум", "2"), ("двумя", "2"), ("двое", "2"), ("двоих", "2"),
    ("дважды", "2"), ("оба", "2"), ("обе", "2"), ("обоих", "2"), ("обеих", "2"),
    ("пара", "2"), ("пару", "2"), ("три", "3"), ("трех", "3"), ("трем", "3"), ("тремя", "3"),
    ("трое", "3"), ("троих", "3"), ("трижды", "3"), ("четыре", "4"), ("четырех", "4"),
    ("четырем", "4"), ("четырьмя", "4"), ("сто", "100"), ("ста", "100"), ("сотни", "100"),
    ("сотен", "100"), ("сорок", "40"), ("сорока", "40"), ("девяносто", "90"),
    ("девяноста", "90"), ("двести", "200"), ("двухсот", "200"), ("двумстам", "200"),
    ("триста", "300"), ("трехсот", "300"), ("четыреста", "400"), ("четырехсот", "400"),
    ("пятьсот", "500"), ("пятисот", "500"), ("шестьсот", "600"), ("шестисот", "600"),
    ("семьсот", "700"), ("семисот", "700"), ("восемьсот", "800"), ("восьмисот", "800"),
    ("девятьсот", "900"), ("девятисот", "900"), ("полтора", "1.5"), ("полторы", "1.5"), ("половина", "0.5"),
    ("половина", "50"), ("половину", "50"), ("половины", "50"), ("дюжина", "12"),
    ("час", "1"), ("часу", "1"), ("полгода", "0.5"), ("полугода", "0.5"), ("сутки", "1"), ("сутки", "24"),
    // Turkish (stems below)
    ("sıfır", "0"), ("bir", "1"), ("ilk", "1"), ("iki", "2"), ("üç", "3"), ("on", "10"),
    ("yirmi", "20"), ("otuz", "30"), ("kırk", "40"), ("elli", "50"), ("altmış", "60"),
    ("yetmiş", "70"), ("seksen", "80"), ("doksan", "90"), ("yüz", "100"), ("bin", "1000"), ("yarım", "0.5"), ("yarısı", "50"), ("çift", "2"),
    // German (stems below)
    ("null", "0"), ("ein", "1"), ("eine", "1"), ("einen", "1"), ("einem", "1"), ("einer", "1"),
    ("eines", "1"), ("eins", "1"), ("zwei", "2"), ("zweier", "2"), ("beide", "2"),
    ("beiden", "2"), ("beider", "2"), ("doppelt", "2"), ("drei", "3"), ("vier", "4"),
    ("fünf", "5"), ("sechs", "6"), ("sieben", "7"), ("acht", "8"), ("neun", "9"),
    ("zehn", "10"), ("zwanzig", "20"), ("dreißig", "30"), ("vierzig", "40"), ("fünfzig", "50"),
    ("sechzig", "60"), ("siebzig", "70"), ("achtzig", "80"), ("neunzig", "90"), ("elf", "11"), ("zwölf", "12"), ("dutzend", "12"), ("hundert", "100"),
    ("tausend", "1000"), ("einmal", "1"), ("zweimal", "2"), ("dreimal", "3"),
    ("mittag", "12"), ("mitternacht", "0"), ("mitternacht", "24"), ("hälfte", "50"), ("halb", "0.5"), ("halbe", "0.5"),
    // French
    ("zéro", "0"), ("un", "1"), ("une", "1"), ("premier", "1"), ("première", "1"),
    ("premiers", "1"), ("premières", "1"), ("deux", "2"), ("second", "2"), ("seconde", "2"),
    ("deuxième", "2"), ("double", "2"), ("trois", "3"), ("troisième", "3"), ("quatre", "4"),
    ("quatrième", "4"), ("cinq", "5"), ("cinquième", "5"), ("six", "6"), ("sixième", "6"),
    ("sept", "7"), ("septième", "7"), ("huit", "8"), ("huitième", "8"), ("neuf", "9"),
    ("neuvième", "9"), ("dix", "10"), ("dixième", "10"), ("dizaine", "10"), ("dizaines", "10"),
    ("onze", "11"), ("onzième", "11"), ("douze", "12"), ("douzième", "12"), ("douzaine", "12"),
    ("vingt", "20"), ("trente", "30"), ("quarante", "40"), ("cinquante", "50"),
    ("soixante", "60"), ("quarantaine", "40"), ("trentaine", "30"), ("vingtaine", "20"),
    ("cinquantaine", "50"), ("cent", "100"), ("cents", "100"), ("centaine", "100"), ("centaines", "100"),
    ("mille", "1000"), ("millier", "1000"), ("milliers", "1000"), ("moitié", "50"),
    ("moitié", "0.5"),
    // Spanish
    ("cero", "0"), ("uno", "1"), ("una", "1"), ("primer", "1"), ("primero", "1"),
    ("primera", "1"), ("dos", "2"), ("segundo", "2"), ("segunda", "2"), ("ambos", "2"),
    ("ambas", "2"), ("doble", "2"), ("tres", "3"), ("tercer", "3"), ("tercero", "3"),
    ("tercera", "3"), ("cuatro", "4"), ("cuarto", "4"), ("cuarta", "4"), ("cinco", "5"),
    ("quinto", "5"), ("quinta", "5"), ("seis", "6"), ("sexto", "6"), ("sexta", "6"),
    ("siete", "7"), ("séptimo", "7"), ("séptima", "7"), ("ocho", "8"), ("octavo", "8"),
    ("octava", "8"), ("nueve", "9"), ("noveno", "9"), ("novena", "9"), ("diez", "10"),
    ("décimo", "10"), ("décima", "10"), ("decena", "10"), ("decenas", "10"), ("once", "11"),
    ("doce", "12"), ("docena", "12"), ("cien", "100"), ("ciento", "100"), ("cientos", "100"),
    ("mil", "1000"), ("miles", "1000"), ("millón", "1000000"), ("veinte", "20"),
    ("treinta", "30"), ("cuarenta", "40"), ("cincuenta", "50"), ("sesenta", "60"),
    ("setenta", "70"), ("ochenta", "80"), ("noventa", "90"), ("quince", "15"),
    ("dieciséis", "16"), ("diecisiete", "17"), ("dieciocho", "18"), ("diecinueve", "19"),
    ("veintiuno", "21"), ("veintidós", "22"), ("veintitrés", "23"), ("veinticuatro", "24"),
    ("veinticinco", "25"), ("trece", "13"), ("catorce", "14"), ("cuarentón", "40"),
    ("cuarentona", "40"), ("cincuentón", "50"), ("cincuentona", "50"), ("sesentón", "60"),
    ("septuagenario", "70"), ("octogenario", "80"), ("octogenaria", "80"),
    ("nonagenario", "90"), ("quincuagenario", "50"), ("doscientos", "200"),
    ("trescientos", "300"), ("quinientos", "500"), ("mitad", "50"),
    ("mitad", "0.5"),
    // Arabic (after proclitics are taken off)
    ("صفر", "0"), ("واحد", "1"), ("واحدة", "1"), ("أول", "1"), ("أولى", "1"), ("اول", "1"),
    ("اولى", "1"), ("اثنان", "2"), ("اثنين", "2"), ("اثنتان", "2"), ("اثنتين", "2"),
    ("إثنين", "2"), ("ثاني", "2"), ("ثانية", "2"), ("كلا", "2"), ("كلتا", "2"),
    ("مرتين", "2"), ("ثلاث", "3"), ("ثلاثة", "3"), ("ثالث", "3"), ("ثالثة", "3"),
    ("أربع", "4"), ("أربعة", "4"), ("رابع", "4"), ("رابعة", "4"), ("خمس", "5"),
    ("خمسة", "5"), ("خامس", "5"), ("خامسة", "5"), ("ست", "6"), ("ستة", "6"), ("سادس", "6"),
    ("سادسة", "6"), ("سبع", "7"), ("سبعة", "7"), ("سابع", "7"), ("سابعة", "7"),
    ("ثمان", "8"), ("ثماني", "8"), ("ثمانية", "8"), ("ثامن", "8"), ("ثامنة", "8"),
    ("تسع", "9"), ("تسعة", "9"), ("تاسع", "9"), ("تاسعة", "9"), ("عشر", "10"),
    ("عشرة", "10"), ("عاشر", "10"), ("عاشرة", "10"), ("عشرات", "10"), ("أحد", "11"),
    ("إحدى", "11"), ("اثنا", "12"), ("اثنتا", "12"), ("مائة", "100"), ("مئة", "100"),
    ("مئات", "100"), ("ألف", "1000"), ("آلاف", "1000"), ("مليون", "1000000"),
    ("نصف", "50"), ("نصف", "0.5"), ("ربع", "25"), ("ثان", "2"), ("واحدا", "1"),
    ("عشرون", "20"), ("عشرين", "20"), ("ثلاثون", "30"), ("ثلاثين", "30"), ("أربعون", "40"),
    ("أربعين", "40"), ("اربعين", "40"), ("خمسون", "50"), ("خمسين", "50"), ("ستون", "60"),
    ("ستين", "60"), ("سبعون", "70"), ("سبعين", "70"), ("ثمانون", "80"), ("ثمانين", "80"),
    ("تسعون", "90"), ("تسعين", "90"),
    // Arabic duals: two hundred, two thousand, two million, two billion.
    ("مئتان", "200"), ("مئتين", "200"), ("مئتي", "200"), ("مائتان", "200"), ("مائتين", "200"),
    ("مائتي", "200"), ("ألفان", "2000"), ("ألفين", "2000"), ("ألفي", "2000"),
    ("مليونان", "2000000"), ("مليونين", "2000000"), ("مليوني", "2000000"),
    ("مليونا", "2000000"), ("ملياران", "2000000000"), ("مليارين", "2000000000"),
    ("ملياري", "2000000000"),
];

/// Stems of inflected number words: a word is the number when it is the stem and at most four
/// more letters (`пять`, `пятью`, `пятый`; `zweite`, `zweiten`; `beşinci`).
#[rustfmt::skip]
const STEMS: &[(&str, &str)] = &[
    // Russian
    ("перв", "1"), ("втор", "2"), ("трет", "3"), ("четыр", "4"), ("четвер", "4"),
    ("четверт", "4"), ("пят", "5"), ("шест", "6"), ("сем", "7"), ("седьм", "7"),
    ("восем", "8"), ("восьм", "8"), ("девят", "9"), ("десят", "10"), ("десяток", "10"),
    ("одиннадцат", "11"), ("двенадцат", "12"), ("тринадцат", "13"), ("четырнадцат", "14"),
    ("пятнадцат", "15"), ("шестнадцат", "16"), ("семнадцат", "17"), ("восемнадцат", "18"),
    ("девятнадцат", "19"), ("сот", "100"), ("тысяч", "1000"),
    ("миллион", "1000000"),
    // Turkish: cardinals with their suffixes, ordinals
    ("iki", "2"), ("üç", "3"), ("dört", "4"), ("dördü", "4"), ("beş", "5"),
    ("altı", "6"), ("yedi", "7"), ("sekiz", "8"), ("dokuz", "9"), ("onuncu", "10"),
    ("birinci", "1"), ("milyon", "1000000"),
    // German ordinals
    ("erst", "1"), ("zweit", "2"), ("dritt", "3"), ("viert", "4"), ("fünft", "5"),
    ("sechst", "6"), ("siebt", "7"), ("neunt", "9"), ("zehnt", "10"), ("zwölft", "12"),
    // German teens: `dreizehn`, `achtzehnten`.
    ("dreizehn", "13"), ("vierzehn", "14"), ("fünfzehn", "15"), ("sechzehn", "16"),
    ("siebzehn", "17"), ("achtzehn", "18"), ("neunzehn", "19"),
    // German decades and ages: `Vierzigern`, `sechziger`, `zwanzigsten`.
    ("zwanzig", "20"), ("dreißig", "30"), ("vierzig", "40"), ("fünfzig", "50"),
    ("sechzig", "60"), ("siebzig", "70"), ("achtzig", "80"), ("neunzig", "90"),
    // Russian tens with their endings: `двадцати`, `тридцатью`, `пятидесяти`.
    ("двадцат", "20"), ("тридцат", "30"), ("пятьдесят", "50"), ("пятидесят", "50"),
    ("шестьдесят", "60"), ("шестидесят", "60"), ("семьдесят", "70"), ("семидесят", "70"),
    ("восемьдесят", "80"), ("восьмидесят", "80"),
    ("million", "1000000"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<Vec<String>> {
        scan_numbers(text)
            .into_iter()
            .map(|n| {
                n.readings
                    .into_iter()
                    .chain(n.parts.into_iter().flatten())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn separators_of_every_locale_read_as_the_same_number() {
        for text in [
            "1,000",
            "1 000",
            "1\u{202f}000",
            "1.000",
            "1000",
            "١٬٠٠٠",
            "۱۰۰۰",
        ] {
            assert!(values(text)[0].contains(&"1000".to_string()), "{text}");
        }
        for text in ["3.5", "3,5", "٣٫٥"] {
            assert!(values(text)[0].contains(&"3.5".to_string()), "{text}");
        }
        assert_eq!(values("in 2019 10 people"), [["2019"], ["10"]]);
        assert_eq!(values("5 100")[0], ["5100", "5", "100"]);
        let unchecked = |t: &str| scan_numbers(t)[0].unchecked;
        assert!(unchecked("G7 summit") && unchecked("per 247sports") && unchecked("30 yards"));
        assert!(!unchecked("1st") && !unchecked("3pm") && !unchecked("5bn"));
        assert!(unchecked("the 1990s") && unchecked("21st") && unchecked("Covid-19"));
    }

    #[test]
    fn times_scales_and_decades() {
        assert!(values("at 3pm")[0].contains(&"15".to_string()));
        assert!(values("at 3:30 p.m.")[0].contains(&"15".to_string()));
        assert!(values("at 7.55am")[0].contains(&"55".to_string()));
        assert!(values("$1.5bn")[0].contains(&"1500000000".to_string()));
        assert!(values("the 1990s")[0].contains(&"90".to_string()));
    }

    #[test]
    fn spelled_out_words_and_roman_numerals() {
        let mut pool = Vec::new();
        spelled_out("двумя пятью XXI veinte اثنين والثالث", &mut pool);
        for v in ["2", "5", "21", "3"] {
            assert!(pool.contains(&v.to_string()), "{v} in {pool:?}");
        }
    }

    #[test]
    fn scales_in_digits_indian_grouping_and_split_pairs() {
        assert_eq!(times_ten("1.4", 6).as_deref(), Some("1400000"));
        assert_eq!(times_ten("41.78", 5).as_deref(), Some("4178000"));
        assert_eq!(times_ten("1.25", 1), None);
        assert!(values("1,4 Millionen")[0].contains(&"1400000".to_string()));
        assert!(values("14 lakh")[0].contains(&"1400000".to_string()));
        assert!(values("2.06.737")[0].contains(&"206737".to_string()));
        assert_eq!(scan_numbers("(3,5)")[0].split, ["3", "5"]);
        assert_eq!(scan_numbers("23.30 Uhr")[0].split, ["23", "30"]);
        assert!(scan_numbers("1,500")[0].split.is_empty());
    }
}

#[cfg(test)]
mod rule_tests {
    use super::ID;
    use crate::formats::Format;
    use crate::rules::testing::{check_aligned, check_file};

    fn missing(found: &str, number: &str) -> (String, String) {
        (
            found.to_string(),
            format!("finding-number-missing number={number}"),
        )
    }

    #[test]
    fn aligned_text_in_every_form_of_the_target_locale() {
        let source = "Turnout was 61.2% of 1,500,000 voters at 3pm.\n\
Two people and 2 dogs; 12 in all, in the 1990s.\n\
The 44-year-old was found at 7.55am, 30 yards away.\n\
Turnout was 61.2%.\n";
        let target = "Явка составила 61,2 % из 1 500 000 избирателей в 15:00.\n\
Два человека и две собаки; всего двенадцать, в 90-е.\n\
Тело 44-летней женщины нашли в 7:55 в 27 метрах.\n\
Явка составила 62,1%.\n";
        let got = check_aligned("en", source, "ru", target, ID);
        assert_eq!(got, [missing("Явка составила 62,1%.", "61.2")]);
        let ar = "بلغت نسبة المشاركة ٦١٫٢٪ من ١٬٥٠٠٬٠٠٠ ناخب في الساعة 15:00.\n\
شخصان واثنين من الكلاب؛ في التسعينيات.\n\
عثر على الجثة البالغة 44 عاما في الساعة 7:55.\n\
بلغت نسبة المشاركة 61.2%.\n";
        let got = check_aligned("en", source, "ar", ar, ID);
        assert_eq!(
            got,
            [missing("شخصان واثنين من الكلاب؛ في التسعينيات.", "12")]
        );
    }

    #[test]
    fn years_must_match_and_findings_are_on_the_target() {
        let got = check_aligned(
            "en",
            "In 2019, 1.5bn people.\n",
            "de",
            "Im Jahr 2018 1,5 Mrd. Menschen.\n",
            ID,
        );
        assert_eq!(got, [missing("Im Jahr 2018 1,5 Mrd. Menschen.", "2019")]);
    }

    #[test]
    fn xliff_po_and_tmx_numbers_outside_placeholders() {
        let xliff = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file source-language=\"en\" \
target-language=\"fr\" datatype=\"plaintext\" original=\"x\"><body>\n<trans-unit id=\"u1\">\
<source>Pay 1,000 euros by %1$s</source><target state=\"translated\">Payez 100 euros avant %1$s\
</target></trans-unit>\n</body></file></xliff>\n";
        let got = check_file(Format::Xliff, xliff, "fr", ID);
        assert_eq!(got, [missing("Payez 100 euros avant %1$s", "1,000")]);
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\n\
msgid \"1 file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d archivo\"\nmsgstr[1] \"%d archivos\"\n\n\
msgid \"Wait 10 minutes\"\nmsgstr \"Espere diez minutos\"\n\n\
msgid \"Wait 15 minutes\"\nmsgstr \"Espere 5 minutos\"\n";
        let got = check_file(Format::Po, po, "es", ID);
        assert_eq!(got, [missing("Espere 5 minutos", "15")]);
        let tmx = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\" \
datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" creationtool=\"t\" \
creationtoolversion=\"1\" o-tmf=\"t\"/><body>\n<tu><tuv xml:lang=\"en\"><seg>3 strikes in \
Idlib</seg></tuv><tuv xml:lang=\"tr\"><seg>İdlib'e üç saldırı</seg></tuv>\
<tuv xml:lang=\"de\"><seg>4 Angriffe auf Idlib</seg></tuv></tu>\n</body></tmx>\n";
        let got = check_file(Format::Tmx, tmx, "tr", ID);
        assert_eq!(got, [missing("4 Angriffe auf Idlib", "3")]);
    }

    /// Each line of `source` is translated by the same line of `target`; the findings expected
    /// are the last lines' (the catches the tolerances must keep).
    fn only(sl: &str, source: &str, tl: &str, target: &str, expected: &[(&str, &str)]) {
        let got = check_aligned(sl, source, tl, target, ID);
        let expected: Vec<(String, String)> = expected.iter().map(|(f, n)| missing(f, n)).collect();
        assert_eq!(got, expected, "{tl}");
    }

    #[test]
    fn german_times_and_dates_in_english() {
        only(
            "ru",
            "Умерли 13 пациентов.\n",
            "en",
            "Thirteen patients died.\n",
            &[],
        );
        only(
            "de",
            "Gegen 21.30 Uhr.\nAm 16.3. um 14:00 Uhr.\nAb 01.09.2004 gilt es.\n\
Zwischen 12 und 14 Uhr.\nKinder (3, 5).\nNach 3,5 Jahren.\nUm 18.00 Uhr.\nNach 2,5 Jahren.\n",
            "en",
            "Around 9:30 PM.\nOn March 16 at 2 PM.\nFrom September 1st, 2004.\n\
Between noon and 2 p.m.\nChildren (3,5).\nAfter 3 and a half years.\nAt 4 pm.\n\
After 3 and a half years.\n",
            &[("At 4 pm.", "18.00"), ("After 3 and a half years.", "2,5")],
        );
    }

    #[test]
    fn english_ranges_units_idioms_and_ranks_in_german() {
        only(
            "en",
            "A reception from 6-8 p.m.\nIn 1950-53 and 1986-88.\nAt 11:30 p.m.\n\
In the 1960's.\nOver 6 decades.\nA 6in x 6in canvas.\nIt costs €100m ($110m) a day.\n\
It's a Catch 22.\nA 911 caller.\nHelp 24 hours a day, 7 days a week.\nSaw 2nd Lieutenant Nemic.\n\
At 0430 sharp.\nNearly 14 lakh cases.\nNot 100% of course.\nCurfew at 00:00.\n\
At 10:30 p.m.\nIn 1950-53.\n",
            "de",
            "Ein Empfang von 18-20 Uhr.\n1950 bis 1953 und 1986-1988.\nGegen 23.30 Uhr.\n\
In den sechziger Jahren.\nÜber 60 Jahre.\nEine 15 x 15 cm Leinwand.\nEs kostet 100 Mio. Euro täglich.\n\
Ein Dilemma.\nEin Anrufer.\nHilfe rund um die Uhr.\nSah Leutnant Nemic.\nPünktlich um 4:30 Uhr.\n\
Fast 1,4 Millionen Fälle.\nNatürlich nicht immer.\nSperrstunde um Mitternacht.\n\
Gegen 23.30 Uhr.\nVon 1950 bis 1954.\n",
            &[("Gegen 23.30 Uhr.", "10"), ("Von 1950 bis 1954.", "53")],
        );
    }

    #[test]
    fn spelled_out_tens_hundreds_weeks_and_halves_in_russian() {
        only(
            "en",
            "Isolate for 14 days.\nBeing 40-ish.\n500 actually.\nFor 3 and a half years.\n\
Isolate for 14 days.\n",
            "ru",
            "Двухнедельный карантин.\nМне около сорока.\nВообще-то пятьсот.\nТри с половиной года.\n\
Карантин на три дня.\n",
            &[("Карантин на три дня.", "14")],
        );
    }

    #[test]
    fn arabic_vowel_marks_duals_and_tens() {
        only(
            "en",
            "The Nord Stream 2 pipeline.\nUnless she raised $2 million.\nWho is 20 years his senior.\n\
At about 04:00 BST.\nBecoming 1-of-4 players.\nUnless she raised $3 million.\n",
            "ar",
            "خط أنابيب نورد ستريم الثانٍ.\nما لم تجمع مليوني دولار.\nوهو أكبر منه بعشرين عامًا.\n\
في حوالي الساعة 4.\nليصبح واحدًا من أصل 4 لاعبين.\nفقط ما لم تجمع مليوني دولار.\n",
            &[("فقط ما لم تجمع مليوني دولار.", "3")],
        );
    }

    #[test]
    fn spanish_tens_and_ages() {
        only(
            "en",
            "We present 80 year old Kerensky.\nBeing 40-ish.\nFrom 1981-87.\nFor 30 years.\n",
            "es",
            "Les presentamos al octogenario Kerensky.\nAl ser un cuarentón.\nDe 1981 a 1987.\n\
Durante veinte años.\n",
            &[("Durante veinte años.", "30")],
        );
    }

    #[test]
    fn ordinal_compounds_are_idioms() {
        only(
            "en",
            "A 3rd party app.\nA 3rd-party app.\nBought 2nd hand.\nThe 3rd round.\nWon 15 games.\n",
            "de",
            "Eine Drittanbieter-App.\nEine App von Drittanbietern.\nGebraucht gekauft.\nDie 4. Runde.\n\
16 Spiele gewonnen.\n",
            &[("Die 4. Runde.", "3"), ("16 Spiele gewonnen.", "15")],
        );
        only(
            "en",
            "A 3rd party app.\nWon 15 games.\n",
            "ru",
            "Стороннее приложение.\nВыиграли 16 игр.\n",
            &[("Выиграли 16 игр.", "15")],
        );
    }

    #[test]
    fn compounds_that_start_with_the_number() {
        only(
            "en",
            "A 2-way zip.\nAn 18-year-old.\nAn energetic 18-year-old.\nA 15-year-old.\n",
            "ru",
            "Двусторонняя молния.\nВосемнадцатилетний парень.\nПарень восемнадцати лет.\n\
Шестнадцатилетний парень.\n",
            &[("Шестнадцатилетний парень.", "15")],
        );
        only(
            "en",
            "10 times as many.\nA 2-way zip.\n15 times as many.\n",
            "de",
            "Zehnmal so viele.\nEin zweiseitiger Reißverschluss.\nSechzehnmal so viele.\n",
            &[("Sechzehnmal so viele.", "15")],
        );
    }

    #[test]
    fn one_o_clock_the_next_day_and_a_day_of_24_hours() {
        only(
            "en",
            "Till past 1am.\nIt arrived 1 day after purchase.\nOver 24 hours.\nAt 3am.\n\
It arrived 2 days after purchase.\n",
            "ru",
            "До часу ночи.\nОна прибыла на следующий день после покупки.\nЗа сутки.\nВ час ночи.\n\
Она прибыла на следующий день после покупки.\n",
            &[
                ("В час ночи.", "3"),
                ("Она прибыла на следующий день после покупки.", "2"),
            ],
        );
        only(
            "en",
            "It arrived 1 day after purchase.\nNearly 18 months ago.\nI'm 5'5\" tall.\n\
Nearly 20 months ago.\n",
            "ru",
            "Он прибыл через день после покупки.\nПочти полтора года назад.\nМой рост 165 см.\n\
Почти полтора года назад.\n",
            &[("Почти полтора года назад.", "20")],
        );
        only(
            "en",
            "Delivered 1 day later.\n",
            "de",
            "Am nächsten Tag geliefert.\n",
            &[],
        );
    }

    #[test]
    fn list_markers_are_structure() {
        only(
            "en",
            "1.Build a community\n1) Small changes! 2) The reward.\n(3) A third point.\n\
1. Turnout was 15%.\n",
            "ru",
            "Создайте сообщество\nНебольшие изменения! 2) Награда.\nЕще один пункт.\nЯвка 16%.\n",
            &[("Явка 16%.", "15")],
        );
        // `1. Mai` is a date, not a list.
        only(
            "de",
            "1. Mai ist frei.\n",
            "en",
            "Labour Day is free.\n",
            &[("Labour Day is free.", "1")],
        );
    }

    #[test]
    fn indian_grouping_lakh_crore_and_times_run_together() {
        only(
            "en",
            "2,06,737 cases.\n41.78 lakh cases.\n1,00,000 people.\n2 crore.\n603 right now.\n\
4.67 lakh cases.\n604 right now.\n",
            "ru",
            "2 06 737 случаев.\n4 178 000 случаев.\n100 000 человек.\n20 000 000.\nСейчас 6:03.\n\
4 670 000 случаев.\nСейчас 6:03.\n",
            &[("4 670 000 случаев.", "4.67"), ("Сейчас 6:03.", "604")],
        );
    }

    #[test]
    fn a_hundred_percent_certain() {
        only(
            "en",
            "She's 100 percent certain.\nHe is 100% sure.\nA 100 percent rise.\n",
            "es",
            "Tiene la absoluta certeza.\nEstá totalmente seguro.\nUn aumento del 10 %.\n",
            &[("Un aumento del 10 %.", "100")],
        );
    }
}
