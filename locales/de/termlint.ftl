# termlint: user-facing text, German. Ids and arguments as in en/termlint.ftl.

## Findings

finding-forbidden = „{ $found }“ ist eine unzulässige Form; verwenden Sie „{ $suggestion }“
finding-forbidden-plain = „{ $found }“ ist eine unzulässige Form
finding-out-of-force = „{ $found }“ ist nicht der am { $date } gültige Name; verwenden Sie „{ $suggestion }“
finding-misspelling = „{ $found }“ scheint eine falsche Schreibung von „{ $suggestion }“ zu sein
finding-misspelling-mixed-latin-in-cyrillic = „{ $found }“ mischt Schriften: „{ $letters }“ ist lateinisch in einem kyrillischen Wort; richtig ist „{ $suggestion }“
finding-misspelling-mixed-latin-in-greek = „{ $found }“ mischt Schriften: „{ $letters }“ ist lateinisch in einem griechischen Wort; richtig ist „{ $suggestion }“
finding-misspelling-mixed-cyrillic-in-latin = „{ $found }“ mischt Schriften: „{ $letters }“ ist kyrillisch in einem lateinischen Wort; richtig ist „{ $suggestion }“
finding-misspelling-mixed-cyrillic-in-greek = „{ $found }“ mischt Schriften: „{ $letters }“ ist kyrillisch in einem griechischen Wort; richtig ist „{ $suggestion }“
finding-misspelling-mixed-greek-in-latin = „{ $found }“ mischt Schriften: „{ $letters }“ ist griechisch in einem lateinischen Wort; richtig ist „{ $suggestion }“
finding-misspelling-mixed-greek-in-cyrillic = „{ $found }“ mischt Schriften: „{ $letters }“ ist griechisch in einem kyrillischen Wort; richtig ist „{ $suggestion }“
finding-case = „{ $found }“ sollte „{ $suggestion }“ geschrieben werden
finding-inconsistent = „{ $found }“ und „{ $other }“ werden beide für denselben Begriff verwendet; „{ $other }“ kommt { $count ->
        [one] einmal
       *[other] { $count }-mal
    } vor
finding-inconsistent-run = „{ $found }“ und „{ $other }“ werden in den geprüften Dateien für denselben Begriff verwendet; „{ $other }“ steht in { $count ->
        [one] einer Datei
       *[other] { $count } Dateien
    }, etwa in { $place }

finding-missing-translation = „{ $source }“ fehlt in der Übersetzung; erwartet: „{ $expected }“ ({ $lang })
finding-wrong-translation-forbidden = „{ $found }“ ist eine unzulässige Übersetzung von „{ $source }“; verwenden Sie „{ $suggestion }“
finding-wrong-translation-other = „{ $found }“ übersetzt „{ $other }“, nicht „{ $source }“; verwenden Sie „{ $suggestion }“
finding-untranslated = „{ $found }“ ist unübersetzt geblieben; verwenden Sie „{ $suggestion }“
finding-untranslated-foreign = „{ $found }“ ist die Form einer anderen Sprache; verwenden Sie „{ $suggestion }“
finding-untranslated-unit = diese Einheit ist noch nicht übersetzt; ihr Ausgangstext enthält „{ $source }“ („{ $suggestion }“)
finding-placeholder-missing = der Platzhalter „{ $placeholder }“ des Ausgangstexts fehlt in der Übersetzung
finding-placeholder-added = „{ $found }“ ist kein Platzhalter des Ausgangstexts
finding-placeholder-type = „{ $found }“ ist Argument { $position }, das der Ausgangstext „{ $placeholder }“ schreibt
finding-number-missing = die Zahl „{ $number }“ des Ausgangstexts fehlt in der Übersetzung

## Severity words

severity-error = Fehler
severity-warning = Warnung

## Labels in the human report

label-related = hier wird die andere Form verwendet
label-related-source = der Begriff im Ausgangstext
label-source-text = Ausgangstext
label-target-text = Übersetzung
label-target-expected = Übersetzung, in der { $count ->
        [one] { $expected }
       *[other] eines von { $expected }
    } erwartet wird
note-unit = Einheit { $unit }
label-suggestion = Vorschlag
label-help = Hilfe
label-note = Hinweis
help-use = verwenden Sie „{ $suggestion }“
quote = „{ $text }“
help-use-one-of = verwenden Sie eine dieser Formen: { $suggestions }

## Summary line

summary-errors = { $count } Fehler
summary-warnings = { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    }
summary-line = { $counts } in { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }
summary-join = { $first }, { $second }
summary-no-findings = keine Befunde in { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }
summary-not-checked = { $summary }; { $files ->
        [one] { $files } Datei nicht geprüft
       *[other] { $files } Dateien nicht geprüft
    }

## Inputs that were not checked

skipped-note = { $path }: übersprungen: { $reason }
skipped-unreadable = { $path }: konnte nicht gelesen werden: { $reason }

## The language of a file

lang-line = { $path }: Sprache { $lang } (laut { $source })
lang-unknown = { $path }: nicht geprüft, Sprache unbekannt (mit --lang angeben)
lang-unknown-bilingual = { $path }: nicht geprüft, Sprachen unbekannt (mit --source-lang und --target-lang angeben)
lang-source-option = --lang
lang-source-config = Konfiguration
lang-source-file-name = Dateiname
lang-source-folder = Ordnername
lang-source-script = Schrift des Textes
lang-source-format = Dateiformat
lang-source-unknown = keiner Angabe

## The command line: warnings on standard error
nothing-checked = nichts wurde geprüft: keine Datei in einer bekannten Sprache gefunden
nothing-checked-plain = nichts wurde geprüft
lang-no-terms = { $option } '{ $lang }': das Glossar hat keine Begriffe in dieser Sprache (es hat { $known })
ui-lang-unknown = keine Meldungen in '{ $lang }'; die Meldungen sind auf Englisch (Sprachen: { $languages })

## Widersprüchliche Glossare

warning-status-conflict = '{ $form }' ({ $lang }) ist im Begriff '{ $approved }' ({ $approved_at }) zugelassen, im Begriff '{ $forbidden }' ({ $forbidden_at }) aber verboten; es wird unabhängig von der Reihenfolge der Glossare als verboten gemeldet
note-gave-way = '{ $form }' ({ $lang }) gilt nicht mehr als Begriff '{ $concept }': das Glossar in { $at } führt es für '{ $by }'

## termlint init

init-wrote = { $path } geschrieben

## termlint glossary lint

lint-forbidden-and-approved = „{ $form }“ ({ $lang }) ist hier zugelassen und im Begriff „{ $other }“ verboten: überall, wo es vorkommt, wird es als verboten gemeldet
lint-same-form-twice = „{ $form }“ steht zweimal für { $lang }
lint-periods-overlap = „{ $first }“ und „{ $second }“ ({ $lang }) sind an manchen Tagen beide bevorzugt: ihre Gültigkeitszeiträume überschneiden sich
lint-example-fails = das Beispiel „{ $text }“ sollte { $expected } ergeben und ergibt { $got }
lint-ordinary-word = „{ $form }“ ({ $lang }) passt auch kleingeschrieben, und „{ $word }“ ist ein gewöhnliches Wort: case = "sensitive" oder pos angeben
lint-missing-language = kein Eintrag für { $lang }, den die meisten Begriffe dieser Datei haben
lint-summary = { $counts } in { $concepts ->
        [one] { $concepts } Begriff
       *[other] { $concepts } Begriffen
    }
lint-clean = keine Probleme in { $concepts ->
        [one] { $concepts } Begriff
       *[other] { $concepts } Begriffen
    }

## termlint glossary stats

stats-concepts = { $count ->
        [one] { $count } Begriff
       *[other] { $count } Begriffe
    }
stats-kinds = Begriffe nach Art
stats-languages = Nach Sprache
stats-language = Sprache
stats-covered = Begriffe
stats-preferred = bevorzugt
stats-admitted = zugelassen
stats-forbidden = verboten
stats-related = verwandt

## termlint glossary convert und merge

lint-same-form-two-concepts = „{ $form }“ ({ $lang }) ist auch eine Form des Begriffs „{ $other }“ ({ $other_at }) aus einer anderen Datei: dasselbe unter zwei IDs?
convert-stdout-format = zum Schreiben auf die Standardausgabe (-o -) ist --to toml, tbx oder csv nötig
convert-format-unknown = aus „{ $path }“ geht das zu schreibende Format nicht hervor; Endung .toml, .tbx oder .csv verwenden oder --to toml, tbx oder csv angeben
convert-ids-renamed = { $count ->
        [one] { $count } Begriffs-ID ist in TOML ungültig und wurde umgeschrieben
       *[other] { $count } Begriffs-IDs sind in TOML ungültig und wurden umgeschrieben
    }: { $examples }
convert-csv-dropped = { $path }: das CSV-Layout hat dafür keine Spalte, weggelassen: { $what }
dropped-concept-notes = Begriffsanmerkungen
dropped-concept-sources = Begriffsquellen
dropped-examples = Beispiele
dropped-related = verwandte Stämme
dropped-concepts-without-terms = Begriffe ohne Benennungen
dropped-parts-of-speech = Wortarten
dropped-validity-dates = Gültigkeitsdaten
dropped-use-instead = Ersatzformen
dropped-near-misses = Einstellungen zu Tippfehlern
dropped-inflection = Flexionseinstellungen
dropped-forms = zusätzliche Formen
glossary-wrote = { $path } geschrieben: { $concepts ->
        [one] { $concepts } Begriff
       *[other] { $concepts } Begriffe
    }
merge-conflict-preferred = Begriff „{ $concept }“ ({ $lang }): bevorzugt { $first } in { $first_at }, aber { $second } in { $second_at }
merge-conflict-status = Begriff „{ $concept }“ ({ $lang }): „{ $form }“ ist { $first } in { $first_at }, aber { $second } in { $second_at }
merge-conflicts = { $count ->
        [one] { $count } Konflikt
       *[other] { $count } Konflikte
    } zwischen den Eingaben; nichts geschrieben (--prefer first oder --prefer last behält die Formen einer Eingabe)
## termlint extract

extract-summary = { $count ->
        [one] { $count } Kandidat
       *[other] { $count } Kandidaten
    } aus { $segments ->
        [one] { $segments } Segment
       *[other] { $segments } Segmenten
    } ({ $source } → { $target })
extract-no-input = nichts zu extrahieren: eine TMX-, XLIFF- oder PO-Datei angeben, oder --source und --target
extract-unknown-target-lang = die Zielsprache ist unbekannt: --target-lang angeben

## Fixes (--fix, --diff)

fix-applied = { $fixes ->
        [one] { $fixes } Problem
       *[other] { $fixes } Probleme
    } in { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    } behoben
fix-would-apply = würde { $fixes ->
        [one] { $fixes } Problem
       *[other] { $fixes } Probleme
    } in { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    } beheben
fix-none = nichts zu beheben
fix-not-utf8 = { $path }: nicht behoben: termlint schreibt nur Dateien in UTF-8 neu
## Baseline (check --baseline, --write-baseline)
baseline-applied = { $count ->
        [one] { $count } Befund
       *[other] { $count } Befunde
    } aus der Baseline { $path } nicht gemeldet
baseline-written = { $count ->
        [one] { $count } Befund
       *[other] { $count } Befunde
    } in die Baseline { $path } geschrieben
baseline-unreadable = die Baseline { $path } kann nicht gelesen werden: { $error }
baseline-invalid = { $path } ist keine termlint-Baseline: { $error }
baseline-not-written = die Baseline { $path } kann nicht geschrieben werden: { $error }

## Auswahl der Eingaben (check --files-from, --changed-since)
files-from-stdin-taken = --files-from - liest die Liste der Pfade von der Standardeingabe, daher kann die Standardeingabe nicht auch geprüft werden (- oder --stdin-filename)
files-from-unreadable = die Pfadliste { $path } kann nicht gelesen werden: { $error }
changed-since-no-git = --changed-since { $rev } braucht git, das sich nicht ausführen lässt: { $error }
changed-since-git-failed = --changed-since { $rev }: git ist fehlgeschlagen: { $error }
## termlint lookup

lookup-no-match = kein Begriff für „{ $query }“ gefunden
lookup-matched = Wertung { $score }: { $lang } „{ $form }“ ({ $status }), { $how }
lookup-how-exact = wie geschrieben
lookup-how-case = in anderer Groß-/Kleinschreibung
lookup-how-diacritics = mit anderen diakritischen Zeichen
lookup-how-inflected = flektiert („{ $form }“)
lookup-how-near = ähnlich wie „{ $form }“ ({ $distance ->
        [one] { $distance } Änderung
       *[other] { $distance } Änderungen
    })
lookup-how-part = einige seiner Wörter
lookup-status-preferred = bevorzugt
lookup-status-admitted = zugelassen
lookup-status-forbidden = verboten
lookup-kind-person = Person
lookup-kind-place = Ort
lookup-kind-organization = Organisation
lookup-kind-term = Fachbegriff
lookup-kind-event = Ereignis
lookup-kind-work = Werk
lookup-kind-product = Produkt
lookup-kind-other = Sonstiges
lookup-valid-from = ab { $from }
lookup-valid-until = bis { $until }
lookup-valid-between = { $from } bis { $until }
lookup-in-force = gültig am { $date }
lookup-not-in-force = nicht gültig am { $date }
lookup-note = Anmerkung
lookup-source = Quelle

pairing-unknown-id = { $path }:{ $line }:{ $column }: die Nachricht `{ $id }` fehlt in der Referenz { $reference }
pairing-missing-ids = { $path }: { $count ->
    [one] { $count } Nachricht der Referenz { $reference } fehlt hier
   *[other] { $count } Nachrichten der Referenz { $reference } fehlen hier
}: { $ids }

finding-unused-suppression = „{ $found }“ unterdrückt keinen Befund; entfernen Sie es
finding-suppression-unknown-rule = „{ $rule }“ ist keine Regel; die Regeln sind: { $rules }
