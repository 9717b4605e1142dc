# termlint: user-facing text, French. Ids and arguments as in en/termlint.ftl.
# French spacing: a no-break space (U+00A0) inside « » and before ; and :.

## Findings

finding-forbidden = « { $found } » est une forme proscrite ; utilisez « { $suggestion } »
finding-forbidden-plain = « { $found } » est une forme proscrite
finding-out-of-force = « { $found } » n’est pas le nom en vigueur le { $date } ; utilisez « { $suggestion } »
finding-misspelling = « { $found } » semble être une faute d’orthographe pour « { $suggestion } »
finding-misspelling-mixed-latin-in-cyrillic = « { $found } » mélange deux écritures : « { $letters } » est latin dans un mot cyrillique ; écrire « { $suggestion } »
finding-misspelling-mixed-latin-in-greek = « { $found } » mélange deux écritures : « { $letters } » est latin dans un mot grec ; écrire « { $suggestion } »
finding-misspelling-mixed-cyrillic-in-latin = « { $found } » mélange deux écritures : « { $letters } » est cyrillique dans un mot latin ; écrire « { $suggestion } »
finding-misspelling-mixed-cyrillic-in-greek = « { $found } » mélange deux écritures : « { $letters } » est cyrillique dans un mot grec ; écrire « { $suggestion } »
finding-misspelling-mixed-greek-in-latin = « { $found } » mélange deux écritures : « { $letters } » est grec dans un mot latin ; écrire « { $suggestion } »
finding-misspelling-mixed-greek-in-cyrillic = « { $found } » mélange deux écritures : « { $letters } » est grec dans un mot cyrillique ; écrire « { $suggestion } »
finding-case = « { $found } » doit s’écrire « { $suggestion } »
finding-inconsistent = « { $found } » et « { $other } » sont employés pour un même concept ; « { $other } » est employé { $count ->
        [1] une fois
       *[other] { $count } fois
    }
finding-inconsistent-run = « { $found } » et « { $other } » sont employés pour un même concept dans les fichiers vérifiés ; « { $other } » est employé dans { $count ->
        [1] un fichier
       *[other] { $count } fichiers
    }, par exemple dans { $place }

finding-missing-translation = « { $source } » n’est pas traduit dans la cible ; attendu : « { $expected } » ({ $lang })
finding-wrong-translation-forbidden = « { $found } » est une traduction proscrite de « { $source } » ; utilisez « { $suggestion } »
finding-wrong-translation-other = « { $found } » traduit « { $other } », pas « { $source } » ; utilisez « { $suggestion } »
finding-untranslated = « { $found } » est resté non traduit ; utilisez « { $suggestion } »
finding-untranslated-foreign = « { $found } » est la forme d’une autre langue ; utilisez « { $suggestion } »
finding-untranslated-unit = cette unité n’est pas encore traduite ; sa source contient « { $source } » (« { $suggestion } »)
finding-placeholder-missing = l’espace réservé « { $placeholder } » de la source manque dans la traduction
finding-placeholder-added = « { $found } » n’est pas un espace réservé de la source
finding-placeholder-type = « { $found } » est l’argument { $position }, que la source écrit « { $placeholder } »
finding-number-missing = le nombre « { $number } » de la source manque dans la traduction

## Severity words

severity-error = erreur
severity-warning = avertissement

## Labels in the human report

label-related = l’autre forme est employée ici
label-related-source = le terme dans la source
label-source-text = source
label-target-text = traduction
label-target-expected = traduction, où { $count ->
        [one] { $expected } est attendu
       *[other] l’un de { $expected } est attendu
    }
note-unit = unité { $unit }
label-suggestion = suggestion
label-help = aide
label-note = remarque
help-use = utilisez « { $suggestion } »
quote = « { $text } »
help-use-one-of = utilisez l’une de ces formes : { $suggestions }

## Summary line

summary-errors = { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }
summary-warnings = { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
summary-line = { $counts } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }
summary-join = { $first }, { $second }
summary-no-findings = rien à signaler dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }
summary-not-checked = { $summary } ; { $files ->
        [one] { $files } fichier non vérifié
       *[other] { $files } fichiers non vérifiés
    }

## Inputs that were not checked

skipped-note = { $path } : ignoré : { $reason }
skipped-unreadable = { $path } : lecture impossible : { $reason }

## The language of a file

lang-line = { $path } : langue { $lang } (d’après { $source })
lang-unknown = { $path } : non vérifié, langue inconnue (utilisez --lang)
lang-unknown-bilingual = { $path } : non vérifié, langues inconnues (utilisez --source-lang et --target-lang)
lang-source-option = --lang
lang-source-config = la configuration
lang-source-file-name = le nom du fichier
lang-source-folder = le nom du dossier
lang-source-script = l’écriture du texte
lang-source-format = le format du fichier
lang-source-unknown = aucune indication

## The command line: warnings on standard error
nothing-checked = rien n'a été vérifié : aucun fichier dans une langue connue
nothing-checked-plain = rien n'a été vérifié
lang-no-terms = { $option } '{ $lang }' : le glossaire n'a aucun terme dans cette langue (il a { $known })
ui-lang-unknown = pas de messages en '{ $lang }' ; les messages sont en anglais (langues : { $languages })

## Glossaires contradictoires

warning-status-conflict = '{ $form }' ({ $lang }) est admis dans le concept '{ $approved }' ({ $approved_at }) mais interdit dans le concept '{ $forbidden }' ({ $forbidden_at }) ; il est signalé comme interdit, quel que soit l'ordre des glossaires
note-gave-way = '{ $form }' ({ $lang }) ne compte plus pour le concept '{ $concept }' : le glossaire en { $at } le donne pour '{ $by }'

## termlint init

init-wrote = { $path } écrit

## termlint glossary lint

lint-forbidden-and-approved = « { $form } » ({ $lang }) est admis ici et interdit dans le concept « { $other } » : il est signalé comme interdit partout où il apparaît
lint-same-form-twice = « { $form } » figure deux fois en { $lang }
lint-periods-overlap = « { $first } » et « { $second } » ({ $lang }) sont tous deux préférés certains jours : leurs périodes de validité se chevauchent
lint-example-fails = l’exemple « { $text } » devrait donner { $expected } et donne { $got }
lint-ordinary-word = « { $form } » ({ $lang }) est reconnu aussi en minuscules, et « { $word } » est un mot courant : indiquez case = "sensitive" ou pos
lint-missing-language = aucun terme en { $lang }, langue de la plupart des concepts de ce fichier
lint-summary = { $counts } dans { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    }
lint-clean = aucun problème dans { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    }

## termlint glossary stats

stats-concepts = { $count ->
        [one] { $count } concept
       *[other] { $count } concepts
    }
stats-kinds = Concepts par type
stats-languages = Par langue
stats-language = langue
stats-covered = concepts
stats-preferred = préférés
stats-admitted = admis
stats-forbidden = interdits
stats-related = apparentés

## termlint glossary convert et merge

lint-same-form-two-concepts = « { $form } » ({ $lang }) est aussi une forme du concept « { $other } » ({ $other_at }), d’un autre fichier : une même chose sous deux id ?
convert-stdout-format = écrire sur la sortie standard (-o -) demande --to toml, tbx ou csv
convert-format-unknown = impossible de savoir quel format écrire d’après « { $path } » ; nommez-le .toml, .tbx ou .csv, ou utilisez --to toml, tbx ou csv
convert-ids-renamed = { $count ->
        [one] { $count } id de concept n’est pas valide en TOML et a été réécrit
       *[other] { $count } id de concepts ne sont pas valides en TOML et ont été réécrits
    } : { $examples }
convert-csv-dropped = { $path } : la disposition CSV n’a pas de colonne pour ceci, laissé de côté : { $what }
dropped-concept-notes = notes de concept
dropped-concept-sources = sources de concept
dropped-examples = exemples
dropped-related = radicaux apparentés
dropped-concepts-without-terms = concepts sans termes
dropped-parts-of-speech = parties du discours
dropped-validity-dates = dates de validité
dropped-use-instead = formes de remplacement
dropped-near-misses = réglages des fautes de frappe
dropped-inflection = réglages de flexion
dropped-forms = formes supplémentaires
glossary-wrote = { $path } écrit : { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    }
merge-conflict-preferred = concept « { $concept } » ({ $lang }) : préféré { $first } en { $first_at }, mais { $second } en { $second_at }
merge-conflict-status = concept « { $concept } » ({ $lang }) : « { $form } » est { $first } en { $first_at }, mais { $second } en { $second_at }
merge-conflicts = { $count ->
        [one] { $count } conflit
       *[other] { $count } conflits
    } entre les entrées ; rien n’a été écrit (--prefer first ou --prefer last garde les formes d’une entrée)
## termlint extract

extract-summary = { $count ->
        [one] { $count } candidat
       *[other] { $count } candidats
    } sur { $segments ->
        [one] { $segments } segment
       *[other] { $segments } segments
    } ({ $source } → { $target })
extract-no-input = rien à extraire : indiquez un fichier TMX, XLIFF ou PO, ou --source et --target
extract-unknown-target-lang = la langue cible est inconnue : indiquez --target-lang

## Fixes (--fix, --diff)

fix-applied = { $fixes ->
        [one] { $fixes } problème corrigé
       *[other] { $fixes } problèmes corrigés
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }
fix-would-apply = corrigerait { $fixes ->
        [one] { $fixes } problème
       *[other] { $fixes } problèmes
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }
fix-none = rien à corriger
fix-not-utf8 = { $path } : non corrigé : termlint ne réécrit que les fichiers en UTF-8
## Référence (check --baseline, --write-baseline)
baseline-applied = { $count ->
        [one] { $count } constat
       *[other] { $count } constats
    } de la référence { $path } non signalés
baseline-written = { $count ->
        [one] { $count } constat écrit
       *[other] { $count } constats écrits
    } dans la référence { $path }
baseline-unreadable = impossible de lire la référence { $path } : { $error }
baseline-invalid = { $path } n’est pas une référence termlint : { $error }
baseline-not-written = impossible d’écrire la référence { $path } : { $error }

## Choix des entrées (check --files-from, --changed-since)
files-from-stdin-taken = --files-from - lit la liste des chemins sur l'entrée standard : l'entrée standard ne peut donc pas être vérifiée aussi (- ou --stdin-filename)
files-from-unreadable = impossible de lire la liste de chemins { $path } : { $error }
changed-since-no-git = --changed-since { $rev } a besoin de git, qui ne peut pas être lancé : { $error }
changed-since-git-failed = --changed-since { $rev } : échec de git : { $error }
## termlint lookup

lookup-no-match = aucun concept trouvé pour « { $query } »
lookup-matched = score { $score } : { $lang } « { $form } » ({ $status }), { $how }
lookup-how-exact = tel quel
lookup-how-case = avec une autre casse
lookup-how-diacritics = avec d'autres diacritiques
lookup-how-inflected = forme fléchie (« { $form } »)
lookup-how-near = proche de « { $form } » ({ $distance ->
        [one] { $distance } modification
       *[other] { $distance } modifications
    })
lookup-how-part = une partie de ses mots
lookup-status-preferred = préféré
lookup-status-admitted = admis
lookup-status-forbidden = interdit
lookup-kind-person = personne
lookup-kind-place = lieu
lookup-kind-organization = organisation
lookup-kind-term = terme
lookup-kind-event = événement
lookup-kind-work = œuvre
lookup-kind-product = produit
lookup-kind-other = autre
lookup-valid-from = à partir du { $from }
lookup-valid-until = jusqu'au { $until }
lookup-valid-between = du { $from } au { $until }
lookup-in-force = en vigueur le { $date }
lookup-not-in-force = pas en vigueur le { $date }
lookup-note = note
lookup-source = source

pairing-unknown-id = { $path }:{ $line }:{ $column } : le message `{ $id }` n’est pas dans la référence { $reference }
pairing-missing-ids = { $path } : { $count ->
    [one] { $count } message de la référence { $reference } manque ici
   *[other] { $count } messages de la référence { $reference } manquent ici
} : { $ids }

finding-unused-suppression = « { $found } » ne masque aucun signalement ; supprimez-le
finding-suppression-unknown-rule = « { $rule } » n’est pas une règle ; les règles sont : { $rules }
