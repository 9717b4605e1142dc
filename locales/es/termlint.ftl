# termlint: user-facing text, Spanish. Ids and arguments as in en/termlint.ftl.

## Findings

finding-forbidden = «{ $found }» es una forma prohibida; use «{ $suggestion }»
finding-forbidden-plain = «{ $found }» es una forma prohibida
finding-out-of-force = «{ $found }» no es el nombre vigente a fecha de { $date }; use «{ $suggestion }»
finding-misspelling = «{ $found }» parece una errata de «{ $suggestion }»
finding-misspelling-mixed-latin-in-cyrillic = «{ $found }» mezcla alfabetos: «{ $letters }» es latino en una palabra en alfabeto cirílico; use «{ $suggestion }»
finding-misspelling-mixed-latin-in-greek = «{ $found }» mezcla alfabetos: «{ $letters }» es latino en una palabra en alfabeto griego; use «{ $suggestion }»
finding-misspelling-mixed-cyrillic-in-latin = «{ $found }» mezcla alfabetos: «{ $letters }» es cirílico en una palabra en alfabeto latino; use «{ $suggestion }»
finding-misspelling-mixed-cyrillic-in-greek = «{ $found }» mezcla alfabetos: «{ $letters }» es cirílico en una palabra en alfabeto griego; use «{ $suggestion }»
finding-misspelling-mixed-greek-in-latin = «{ $found }» mezcla alfabetos: «{ $letters }» es griego en una palabra en alfabeto latino; use «{ $suggestion }»
finding-misspelling-mixed-greek-in-cyrillic = «{ $found }» mezcla alfabetos: «{ $letters }» es griego en una palabra en alfabeto cirílico; use «{ $suggestion }»
finding-case = «{ $found }» debe escribirse «{ $suggestion }»
finding-inconsistent = «{ $found }» y «{ $other }» se usan para un mismo concepto; «{ $other }» se usa { $count ->
        [one] una vez
       *[other] { $count } veces
    }
finding-inconsistent-run = «{ $found }» y «{ $other }» se usan para un mismo concepto en los archivos revisados; «{ $other }» se usa en { $count ->
        [one] un archivo
       *[other] { $count } archivos
    }, por ejemplo en { $place }

finding-missing-translation = «{ $source }» no está traducido en el destino; se esperaba «{ $expected }» ({ $lang })
finding-wrong-translation-forbidden = «{ $found }» es una traducción prohibida de «{ $source }»; use «{ $suggestion }»
finding-wrong-translation-other = «{ $found }» traduce «{ $other }», no «{ $source }»; use «{ $suggestion }»
finding-untranslated = «{ $found }» quedó sin traducir; use «{ $suggestion }»
finding-untranslated-foreign = «{ $found }» es la forma de otro idioma; use «{ $suggestion }»
finding-untranslated-unit = esta unidad aún no está traducida; su origen contiene «{ $source }» («{ $suggestion }»)
finding-placeholder-missing = falta en la traducción el marcador «{ $placeholder }» del original
finding-placeholder-added = «{ $found }» no es un marcador del original
finding-placeholder-type = «{ $found }» es el argumento { $position }, que el original escribe «{ $placeholder }»
finding-number-missing = falta en la traducción el número «{ $number }» del original

## Severity words

severity-error = error
severity-warning = advertencia

## Labels in the human report

label-related = aquí se usa la otra forma
label-related-source = el término en el original
label-source-text = origen
label-target-text = traducción
label-target-expected = traducción, donde se espera { $count ->
        [one] { $expected }
       *[other] uno de { $expected }
    }
note-unit = unidad { $unit }
label-suggestion = sugerencia
label-help = ayuda
label-note = nota
help-use = use «{ $suggestion }»
quote = «{ $text }»
help-use-one-of = use una de estas formas: { $suggestions }

## Summary line

summary-errors = { $count ->
        [one] { $count } error
       *[other] { $count } errores
    }
summary-warnings = { $count ->
        [one] { $count } advertencia
       *[other] { $count } advertencias
    }
summary-line = { $counts } en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
summary-join = { $first }, { $second }
summary-no-findings = sin observaciones en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
summary-not-checked = { $summary }; { $files ->
        [one] { $files } archivo sin comprobar
       *[other] { $files } archivos sin comprobar
    }

## Inputs that were not checked

skipped-note = { $path }: omitido: { $reason }
skipped-unreadable = { $path }: no se pudo leer: { $reason }

## The language of a file

lang-line = { $path }: idioma { $lang } (según { $source })
lang-unknown = { $path }: no revisado, idioma desconocido (use --lang)
lang-unknown-bilingual = { $path }: no revisado, idiomas desconocidos (use --source-lang y --target-lang)
lang-source-option = --lang
lang-source-config = la configuración
lang-source-file-name = el nombre del archivo
lang-source-folder = el nombre de la carpeta
lang-source-script = la escritura del texto
lang-source-format = el formato del archivo
lang-source-unknown = ninguna indicación

## The command line: warnings on standard error
nothing-checked = no se ha comprobado nada: no se encontró ningún archivo en un idioma conocido
nothing-checked-plain = no se ha comprobado nada
lang-no-terms = { $option } '{ $lang }': el glosario no tiene términos en este idioma (tiene { $known })
ui-lang-unknown = no hay mensajes en '{ $lang }'; los mensajes están en inglés (idiomas: { $languages })

## Glosarios contradictorios

warning-status-conflict = '{ $form }' ({ $lang }) está aprobado en el concepto '{ $approved }' ({ $approved_at }) pero prohibido en el concepto '{ $forbidden }' ({ $forbidden_at }); se informa como prohibido, sea cual sea el orden de los glosarios
note-gave-way = '{ $form }' ({ $lang }) ya no cuenta como el concepto '{ $concept }': el glosario en { $at } lo da para '{ $by }'

## termlint init

init-wrote = { $path } escrito

## termlint glossary lint

lint-forbidden-and-approved = «{ $form }» ({ $lang }) está admitido aquí y prohibido en el concepto «{ $other }»: se señala como prohibido dondequiera que aparezca
lint-same-form-twice = «{ $form }» figura dos veces en { $lang }
lint-periods-overlap = «{ $first }» y «{ $second }» ({ $lang }) son ambos preferidos algunos días: sus periodos de validez se solapan
lint-example-fails = el ejemplo «{ $text }» debería dar { $expected } y da { $got }
lint-ordinary-word = «{ $form }» ({ $lang }) se reconoce también en minúsculas, y «{ $word }» es una palabra común: indique case = "sensitive" o pos
lint-missing-language = ningún término en { $lang }, idioma de la mayoría de los conceptos de este archivo
lint-summary = { $counts } en { $concepts ->
        [one] { $concepts } concepto
       *[other] { $concepts } conceptos
    }
lint-clean = ningún problema en { $concepts ->
        [one] { $concepts } concepto
       *[other] { $concepts } conceptos
    }

## termlint glossary stats

stats-concepts = { $count ->
        [one] { $count } concepto
       *[other] { $count } conceptos
    }
stats-kinds = Conceptos por tipo
stats-languages = Por idioma
stats-language = idioma
stats-covered = conceptos
stats-preferred = preferidos
stats-admitted = admitidos
stats-forbidden = prohibidos
stats-related = relacionados

## termlint glossary convert y merge

lint-same-form-two-concepts = «{ $form }» ({ $lang }) es también una forma del concepto «{ $other }» ({ $other_at }), de otro archivo: ¿una misma cosa con dos id?
convert-stdout-format = escribir en la salida estándar (-o -) requiere --to toml, tbx o csv
convert-format-unknown = no se sabe en qué formato escribir a partir de «{ $path }»; use la extensión .toml, .tbx o .csv, o --to toml, tbx o csv
convert-ids-renamed = { $count ->
        [one] { $count } id de concepto no es válido en TOML y se reescribió
       *[other] { $count } id de conceptos no son válidos en TOML y se reescribieron
    }: { $examples }
convert-csv-dropped = { $path }: el formato CSV no tiene columna para esto, omitido: { $what }
dropped-concept-notes = notas de concepto
dropped-concept-sources = fuentes de concepto
dropped-examples = ejemplos
dropped-related = raíces relacionadas
dropped-concepts-without-terms = conceptos sin términos
dropped-parts-of-speech = categorías gramaticales
dropped-validity-dates = fechas de vigencia
dropped-use-instead = formas de sustitución
dropped-near-misses = ajustes de errores ortográficos
dropped-inflection = ajustes de flexión
dropped-forms = formas adicionales
glossary-wrote = { $path } escrito: { $concepts ->
        [one] { $concepts } concepto
       *[other] { $concepts } conceptos
    }
merge-conflict-preferred = concepto «{ $concept }» ({ $lang }): preferido { $first } en { $first_at }, pero { $second } en { $second_at }
merge-conflict-status = concepto «{ $concept }» ({ $lang }): «{ $form }» es { $first } en { $first_at }, pero { $second } en { $second_at }
merge-conflicts = { $count ->
        [one] { $count } conflicto
       *[other] { $count } conflictos
    } entre las entradas; no se escribió nada (--prefer first o --prefer last conserva las formas de una entrada)
## termlint extract

extract-summary = { $count ->
        [one] { $count } candidato
       *[other] { $count } candidatos
    } de { $segments ->
        [one] { $segments } segmento
       *[other] { $segments } segmentos
    } ({ $source } → { $target })
extract-no-input = nada que extraer: indique un archivo TMX, XLIFF o PO, o --source y --target
extract-unknown-target-lang = el idioma de destino es desconocido: indique --target-lang

## Fixes (--fix, --diff)

fix-applied = { $fixes ->
        [one] { $fixes } problema corregido
       *[other] { $fixes } problemas corregidos
    } en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
fix-would-apply = se corregirían { $fixes ->
        [one] { $fixes } problema
       *[other] { $fixes } problemas
    } en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
fix-none = nada que corregir
fix-not-utf8 = { $path }: no corregido: termlint solo reescribe archivos en UTF-8
## Línea base (check --baseline, --write-baseline)
baseline-applied = { $count ->
        [one] { $count } hallazgo
       *[other] { $count } hallazgos
    } de la línea base { $path } no se muestran
baseline-written = { $count ->
        [one] { $count } hallazgo escrito
       *[other] { $count } hallazgos escritos
    } en la línea base { $path }
baseline-unreadable = no se puede leer la línea base { $path }: { $error }
baseline-invalid = { $path } no es una línea base de termlint: { $error }
baseline-not-written = no se puede escribir la línea base { $path }: { $error }

## Elección de las entradas (check --files-from, --changed-since)
files-from-stdin-taken = --files-from - lee la lista de rutas de la entrada estándar, así que la entrada estándar no puede revisarse también (- o --stdin-filename)
files-from-unreadable = no se puede leer la lista de rutas { $path }: { $error }
changed-since-no-git = --changed-since { $rev } necesita git, que no se puede ejecutar: { $error }
changed-since-git-failed = --changed-since { $rev }: git falló: { $error }
## termlint lookup

lookup-no-match = no se encontró ningún concepto para «{ $query }»
lookup-matched = puntuación { $score }: { $lang } «{ $form }» ({ $status }), { $how }
lookup-how-exact = tal cual
lookup-how-case = con otras mayúsculas
lookup-how-diacritics = con otros diacríticos
lookup-how-inflected = forma flexionada («{ $form }»)
lookup-how-near = parecido a «{ $form }» ({ $distance ->
        [one] { $distance } cambio
       *[other] { $distance } cambios
    })
lookup-how-part = parte de sus palabras
lookup-status-preferred = preferido
lookup-status-admitted = admitido
lookup-status-forbidden = prohibido
lookup-kind-person = persona
lookup-kind-place = lugar
lookup-kind-organization = organización
lookup-kind-term = término
lookup-kind-event = acontecimiento
lookup-kind-work = obra
lookup-kind-product = producto
lookup-kind-other = otro
lookup-valid-from = desde el { $from }
lookup-valid-until = hasta el { $until }
lookup-valid-between = del { $from } al { $until }
lookup-in-force = vigente el { $date }
lookup-not-in-force = no vigente el { $date }
lookup-note = nota
lookup-source = fuente

pairing-unknown-id = { $path }:{ $line }:{ $column }: el mensaje `{ $id }` no está en la referencia { $reference }
pairing-missing-ids = { $path }: { $count ->
    [one] falta aquí { $count } mensaje de la referencia { $reference }
   *[other] faltan aquí { $count } mensajes de la referencia { $reference }
}: { $ids }

finding-unused-suppression = «{ $found }» no suprime ningún hallazgo; elimínelo
finding-suppression-unknown-rule = «{ $rule }» no es una regla; las reglas son: { $rules }
