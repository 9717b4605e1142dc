# termlint: user-facing text, English (the reference: every other locale has every id here).
#
# Ids starting with `finding-` are built by the rules (src/rules); keep ids and arguments
# exactly. The rest is the reports' UI text (src/report).

## Findings

# $found (the text as written), $suggestion (the preferred form)
finding-forbidden = '{ $found }' is a forbidden form; use '{ $suggestion }'
# $found
finding-forbidden-plain = '{ $found }' is a forbidden form
# $found, $suggestion, $date (YYYY-MM-DD, the article's date)
finding-out-of-force = '{ $found }' is not the name in force on { $date }; use '{ $suggestion }'
# $found, $suggestion
finding-misspelling = '{ $found }' looks like a misspelling of '{ $suggestion }'
# $found, $letters (the letters of the other script), $suggestion: a word mixing two scripts
finding-misspelling-mixed-latin-in-cyrillic = '{ $found }' mixes scripts: '{ $letters }' is Latin in a Cyrillic word; use '{ $suggestion }'
finding-misspelling-mixed-latin-in-greek = '{ $found }' mixes scripts: '{ $letters }' is Latin in a Greek word; use '{ $suggestion }'
finding-misspelling-mixed-cyrillic-in-latin = '{ $found }' mixes scripts: '{ $letters }' is Cyrillic in a Latin word; use '{ $suggestion }'
finding-misspelling-mixed-cyrillic-in-greek = '{ $found }' mixes scripts: '{ $letters }' is Cyrillic in a Greek word; use '{ $suggestion }'
finding-misspelling-mixed-greek-in-latin = '{ $found }' mixes scripts: '{ $letters }' is Greek in a Latin word; use '{ $suggestion }'
finding-misspelling-mixed-greek-in-cyrillic = '{ $found }' mixes scripts: '{ $letters }' is Greek in a Cyrillic word; use '{ $suggestion }'
# $found, $suggestion
finding-case = '{ $found }' should be written '{ $suggestion }'
# $found, $other (the other form), $count (how often the other form is used)
finding-inconsistent = '{ $found }' and '{ $other }' are both used for one concept; '{ $other }' is used { $count ->
        [one] once
       *[other] { $count } times
    }
finding-inconsistent-run = '{ $found }' and '{ $other }' are both used for one concept in the files checked; '{ $other }' is used in { $count ->
        [one] one file
       *[other] { $count } files
    }, as at { $place }

# $source (the source term as written), $expected (the target form), $lang (the target language tag)
finding-missing-translation = '{ $source }' is not translated in the target; expected '{ $expected }' ({ $lang })
# $found (the target text), $source (the source term), $suggestion
finding-wrong-translation-forbidden = '{ $found }' is a forbidden translation of '{ $source }'; use '{ $suggestion }'
# $found, $other (the source-language term of the concept $found translates), $source, $suggestion
finding-wrong-translation-other = '{ $found }' translates '{ $other }', not '{ $source }'; use '{ $suggestion }'
# $found (the source form left in the target), $suggestion
finding-untranslated = '{ $found }' is left untranslated; use '{ $suggestion }'
finding-untranslated-foreign = '{ $found }' is another language's form; this language has its own: use '{ $suggestion }'
# $source, $suggestion
finding-untranslated-unit = this unit is not translated yet; its source has '{ $source }' ('{ $suggestion }')
# $placeholder (the placeholder as the source writes it)
finding-placeholder-missing = the placeholder '{ $placeholder }' of the source is missing from the target
# $found (the placeholder in the target)
finding-placeholder-added = '{ $found }' is not a placeholder of the source
# $found, $position (the printf argument number), $placeholder (the source's argument there)
finding-placeholder-type = '{ $found }' is argument { $position }, which the source writes '{ $placeholder }'
# $number (the number as the source writes it)
finding-number-missing = the number '{ $number }' of the source is not in the target

## Severity words, as in `error[misspelling]: ...`

severity-error = error
severity-warning = warning

## Labels in the human report

# Under the related location of an `inconsistent` finding.
label-related = the other form is used here
label-related-source = the term in the source
# the other side of a bilingual unit, under its text
label-source-text = source
label-target-text = target
# $expected (the target forms expected, quoted, joined by commas), $count (how many)
label-target-expected = target, where { $count ->
        [one] { $expected } is
       *[other] one of { $expected } is
    } expected
# $unit (the unit id, quoted)
note-unit = unit { $unit }
label-suggestion = suggestion
label-help = help
label-note = note
# $suggestion: one preferred form
help-use = use '{ $suggestion }'
# $text: one term, quoted as in this language's running text
quote = '{ $text }'
# $suggestions: several forms, each in `quote`, joined with ", "
help-use-one-of = use one of { $suggestions }

## Summary line

# $count
summary-errors = { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
# $count
summary-warnings = { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
# $counts (summary-errors and/or summary-warnings, joined), $files
summary-line = { $counts } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
# $first, $second: summary-errors and summary-warnings
summary-join = { $first }, { $second }
# $files
summary-no-findings = no findings in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
# $summary (summary-line or summary-no-findings), $files: files named or found but not checked
summary-not-checked = { $summary }; { $files ->
        [one] { $files } file not checked
       *[other] { $files } files not checked
    }

## Inputs that were not checked

# $path, $reason (a binary file, a symbolic link loop: the reason is not translated)
skipped-note = { $path }: skipped: { $reason }
# $path, $reason (the system's reason, not translated)
skipped-unreadable = { $path }: could not be read: { $reason }

## The language of a file

# $path, $lang, $source (one of the lang-source-* texts)
lang-line = { $path }: language { $lang } (from { $source })
# $path
lang-unknown = { $path }: not checked: its language is unknown (use --lang)
lang-unknown-bilingual = { $path }: not checked: its languages are unknown (use --source-lang and --target-lang)
lang-source-option = --lang
lang-source-config = the configuration
lang-source-file-name = the file name
lang-source-folder = the folder name
lang-source-script = the script of the text
lang-source-format = the file format
lang-source-unknown = nothing

## The command line: warnings on standard error
nothing-checked = nothing was checked: no file in a known language was found
nothing-checked-plain = nothing was checked
lang-no-terms = { $option } '{ $lang }': the glossary has no terms in this language (it has { $known })
ui-lang-unknown = no messages in '{ $lang }'; messages are in English (languages: { $languages })

## Glossaries that disagree

# $form (as the approving glossary writes it), $lang, $approved and $forbidden (concept ids),
# $approved_at and $forbidden_at (file:line:column of each term)
warning-status-conflict = '{ $form }' ({ $lang }) is approved in concept '{ $approved }' ({ $approved_at }) but forbidden in concept '{ $forbidden }' ({ $forbidden_at }); it is reported as forbidden, whatever the order of the glossaries
note-gave-way = '{ $form }' ({ $lang }) no longer counts as concept '{ $concept }': the glossary at { $at } lists it for '{ $by }'

## termlint init

init-wrote = wrote { $path }

## termlint glossary lint

lint-forbidden-and-approved = '{ $form }' ({ $lang }) is approved here and forbidden in concept '{ $other }': it is reported as forbidden wherever it is used
lint-same-form-twice = '{ $form }' is listed twice in { $lang }
lint-periods-overlap = '{ $first }' and '{ $second }' ({ $lang }) are both preferred on some days: their validity periods overlap
lint-example-fails = the example '{ $text }' should draw { $expected } and draws { $got }
lint-ordinary-word = '{ $form }' ({ $lang }) matches in lower case, where '{ $word }' is an ordinary word: give it case = "sensitive" or a pos
lint-missing-language = no term in { $lang }, which most concepts of this file have
# $counts (summary-errors and/or summary-warnings, joined), $concepts
lint-summary = { $counts } in { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    }
lint-clean = no problems in { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    }

## termlint glossary stats

stats-concepts = { $count ->
        [one] { $count } concept
       *[other] { $count } concepts
    }
stats-kinds = Concepts per kind
stats-languages = Per language
stats-language = language
stats-covered = concepts
stats-preferred = preferred
stats-admitted = admitted
stats-forbidden = forbidden
stats-related = related

## termlint glossary convert and merge

# $form, $lang, $other (concept id), $other_at (file:line:column of its term)
lint-same-form-two-concepts = '{ $form }' ({ $lang }) is also a form of concept '{ $other }' ({ $other_at }), from another file: one thing under two ids?
convert-stdout-format = writing to standard output (-o -) needs --to toml, tbx or csv
# $path
convert-format-unknown = cannot tell which format to write from '{ $path }'; name it .toml, .tbx or .csv, or use --to toml, tbx or csv
# $count, $examples ('old' → 'new', ...)
convert-ids-renamed = { $count ->
        [one] { $count } concept id is not valid in TOML and was rewritten
       *[other] { $count } concept ids are not valid in TOML and were rewritten
    }: { $examples }
# $path, $what (dropped-* texts with their counts, joined)
convert-csv-dropped = { $path }: the CSV layout has no column for these, left out: { $what }
dropped-concept-notes = concept notes
dropped-concept-sources = concept sources
dropped-examples = examples
dropped-related = related stems
dropped-concepts-without-terms = concepts without terms
dropped-parts-of-speech = parts of speech
dropped-validity-dates = validity dates
dropped-use-instead = use-instead forms
dropped-near-misses = near-miss settings
dropped-inflection = inflection settings
dropped-forms = extra forms
# $path, $concepts
glossary-wrote = wrote { $path }: { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    }
# $concept, $lang, $first and $second (preferred forms), $first_at and $second_at (file:line:column)
merge-conflict-preferred = concept '{ $concept }' ({ $lang }): preferred { $first } at { $first_at }, but { $second } at { $second_at }
# $concept, $lang, $form, $first and $second (statuses), $first_at and $second_at
merge-conflict-status = concept '{ $concept }' ({ $lang }): '{ $form }' is { $first } at { $first_at }, but { $second } at { $second_at }
# $count
merge-conflicts = { $count ->
        [one] { $count } conflict
       *[other] { $count } conflicts
    } between the inputs; nothing written (use --prefer first or --prefer last to keep one input's forms)
## termlint extract

# $count (candidates), $segments, $source and $target (language tags)
extract-summary = { $count ->
        [one] { $count } candidate
       *[other] { $count } candidates
    } from { $segments ->
        [one] { $segments } segment
       *[other] { $segments } segments
    } ({ $source } → { $target })
extract-no-input = nothing to extract from: give a TMX, XLIFF or PO file, or --source and --target
extract-unknown-target-lang = the target language is unknown: give --target-lang

## Fixes (--fix, --diff)

# $fixes, $files: how many fixes were applied, in how many files
fix-applied = fixed { $fixes ->
        [one] { $fixes } problem
       *[other] { $fixes } problems
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
# $fixes, $files: what --fix would do (--diff)
fix-would-apply = would fix { $fixes ->
        [one] { $fixes } problem
       *[other] { $fixes } problems
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
fix-none = nothing to fix
# $path
fix-not-utf8 = { $path }: not fixed: termlint rewrites only files stored as UTF-8
## Baselines (check --baseline, --write-baseline)
# $count: findings the baseline held, not reported; $path: the baseline file
baseline-applied = { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } in the baseline { $path } not reported
# $count: findings written; $path: the baseline file
baseline-written = wrote { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } to the baseline { $path }
baseline-unreadable = cannot read the baseline { $path }: { $error }
baseline-invalid = { $path } is not a termlint baseline: { $error }
baseline-not-written = cannot write the baseline { $path }: { $error }

## Choosing the inputs (check --files-from, --changed-since)
files-from-stdin-taken = --files-from - reads the list of paths from standard input, so standard input cannot also be checked (- or --stdin-filename)
# $path: the list given to --files-from; $error: why it cannot be read
files-from-unreadable = cannot read the list of paths { $path }: { $error }
# $rev: the revision given to --changed-since; $error: the system's reason
changed-since-no-git = --changed-since { $rev } needs git, which cannot be run: { $error }
# $error: what git said
changed-since-git-failed = --changed-since { $rev }: git failed: { $error }
## termlint lookup

# $query
lookup-no-match = no concept found for '{ $query }'
# $score (0 to 1), $lang, $form (the term matched), $status (lookup-status-*), $how (lookup-how-*)
lookup-matched = score { $score }: { $lang } '{ $form }' ({ $status }), { $how }
lookup-how-exact = as written
lookup-how-case = in another case
lookup-how-diacritics = with other diacritics
# $form (the inflected form)
lookup-how-inflected = inflected ('{ $form }')
# $form, $distance (edits)
lookup-how-near = a near miss of '{ $form }' ({ $distance ->
        [one] { $distance } edit
       *[other] { $distance } edits
    })
lookup-how-part = some of its words
lookup-status-preferred = preferred
lookup-status-admitted = admitted
lookup-status-forbidden = forbidden
lookup-kind-person = person
lookup-kind-place = place
lookup-kind-organization = organization
lookup-kind-term = term
lookup-kind-event = event
lookup-kind-work = work
lookup-kind-product = product
lookup-kind-other = other
# $from, $until (dates, YYYY-MM-DD)
lookup-valid-from = from { $from }
lookup-valid-until = until { $until }
lookup-valid-between = { $from } to { $until }
# $date
lookup-in-force = in force on { $date }
lookup-not-in-force = not in force on { $date }
lookup-note = note
lookup-source = source

pairing-unknown-id = { $path }:{ $line }:{ $column }: message `{ $id }` is not in the reference { $reference }
pairing-missing-ids = { $path }: { $count ->
    [one] { $count } message of the reference { $reference } is missing here
   *[other] { $count } messages of the reference { $reference } are missing here
}: { $ids }

finding-unused-suppression = '{ $found }' suppresses no finding; remove it
finding-suppression-unknown-rule = '{ $rule }' is not a rule; rule ids are: { $rules }
