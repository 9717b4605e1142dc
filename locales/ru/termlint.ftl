# termlint: user-facing text, Russian. Ids and arguments as in en/termlint.ftl.

## Findings

finding-forbidden = «{ $found }» — запрещённая форма; используйте «{ $suggestion }»
finding-forbidden-plain = «{ $found }» — запрещённая форма
finding-out-of-force = «{ $found }» не является действующим названием на { $date }; используйте «{ $suggestion }»
finding-misspelling = «{ $found }», похоже, написано с ошибкой; правильно: «{ $suggestion }»
finding-misspelling-mixed-latin-in-cyrillic = в «{ $found }» смешаны алфавиты: «{ $letters }» латиницей в слове на кириллице; правильно: «{ $suggestion }»
finding-misspelling-mixed-latin-in-greek = в «{ $found }» смешаны алфавиты: «{ $letters }» латиницей в слове на греческом; правильно: «{ $suggestion }»
finding-misspelling-mixed-cyrillic-in-latin = в «{ $found }» смешаны алфавиты: «{ $letters }» кириллицей в слове на латинице; правильно: «{ $suggestion }»
finding-misspelling-mixed-cyrillic-in-greek = в «{ $found }» смешаны алфавиты: «{ $letters }» кириллицей в слове на греческом; правильно: «{ $suggestion }»
finding-misspelling-mixed-greek-in-latin = в «{ $found }» смешаны алфавиты: «{ $letters }» греческим письмом в слове на латинице; правильно: «{ $suggestion }»
finding-misspelling-mixed-greek-in-cyrillic = в «{ $found }» смешаны алфавиты: «{ $letters }» греческим письмом в слове на кириллице; правильно: «{ $suggestion }»
finding-case = «{ $found }» следует писать как «{ $suggestion }»
finding-inconsistent = для одного понятия используются и «{ $found }», и «{ $other }»; «{ $other }» встречается { $count ->
        [1] один раз
        [one] { $count } раз
        [few] { $count } раза
        [many] { $count } раз
       *[other] { $count } раза
    }
finding-inconsistent-run = в проверенных файлах для одного понятия используются и «{ $found }», и «{ $other }»; «{ $other }» встречается в { $count ->
        [1] одном файле
        [one] { $count } файле
       *[other] { $count } файлах
    }, например в { $place }

finding-missing-translation = «{ $source }» не переведено в переводе; ожидается «{ $expected }» ({ $lang })
finding-wrong-translation-forbidden = «{ $found }» — запрещённый перевод «{ $source }»; используйте «{ $suggestion }»
finding-wrong-translation-other = «{ $found }» переводит «{ $other }», а не «{ $source }»; используйте «{ $suggestion }»
finding-untranslated = «{ $found }» оставлено без перевода; используйте «{ $suggestion }»
finding-untranslated-foreign = «{ $found }» — форма другого языка; используйте «{ $suggestion }»
finding-untranslated-unit = этот сегмент ещё не переведён; в исходном тексте есть «{ $source }» («{ $suggestion }»)
finding-placeholder-missing = в переводе нет заполнителя «{ $placeholder }» из оригинала
finding-placeholder-added = «{ $found }» — заполнитель, которого нет в оригинале
finding-placeholder-type = «{ $found }» — аргумент { $position }, который в оригинале записан как «{ $placeholder }»
finding-number-missing = в переводе нет числа «{ $number }» из оригинала

## Severity words

severity-error = ошибка
severity-warning = предупреждение

## Labels in the human report

label-related = здесь используется другая форма
label-related-source = термин в оригинале
label-source-text = оригинал
label-target-text = перевод
label-target-expected = перевод, где ожидается { $count ->
        [one] { $expected }
       *[other] одно из: { $expected }
    }
note-unit = сегмент { $unit }
label-suggestion = замена
label-help = подсказка
label-note = примечание
help-use = используйте «{ $suggestion }»
quote = «{ $text }»
help-use-one-of = используйте одну из форм: { $suggestions }

## Summary line

summary-errors = { $count ->
        [one] { $count } ошибка
        [few] { $count } ошибки
        [many] { $count } ошибок
       *[other] { $count } ошибки
    }
summary-warnings = { $count ->
        [one] { $count } предупреждение
        [few] { $count } предупреждения
        [many] { $count } предупреждений
       *[other] { $count } предупреждения
    }
summary-line = { $counts } в { $files ->
        [one] { $files } файле
       *[other] { $files } файлах
    }
summary-join = { $first }, { $second }
summary-no-findings = нет замечаний в { $files ->
        [one] { $files } файле
       *[other] { $files } файлах
    }
summary-not-checked = { $summary }; не проверено: { $files ->
        [one] { $files } файл
        [few] { $files } файла
       *[other] { $files } файлов
    }

## Inputs that were not checked

skipped-note = { $path }: пропущен: { $reason }
skipped-unreadable = { $path }: не удалось прочитать: { $reason }

## The language of a file

lang-line = { $path }: язык { $lang } (определён по: { $source })
lang-unknown = { $path }: не проверен, язык неизвестен (укажите --lang)
lang-unknown-bilingual = { $path }: не проверен, языки неизвестны (укажите --source-lang и --target-lang)
lang-source-option = параметр --lang
lang-source-config = конфигурация
lang-source-file-name = имя файла
lang-source-folder = имя папки
lang-source-script = письменность текста
lang-source-format = формат файла
lang-source-unknown = нет данных

## The command line: warnings on standard error
nothing-checked = ничего не проверено: не найдено ни одного файла на известном языке
nothing-checked-plain = ничего не проверено
lang-no-terms = { $option } «{ $lang }»: в глоссарии нет терминов на этом языке (есть: { $known })
ui-lang-unknown = нет сообщений на языке «{ $lang }»; сообщения на английском (языки: { $languages })

## Противоречащие глоссарии

warning-status-conflict = '{ $form }' ({ $lang }) разрешено в понятии '{ $approved }' ({ $approved_at }), но запрещено в понятии '{ $forbidden }' ({ $forbidden_at }); оно считается запрещённым при любом порядке глоссариев
note-gave-way = '{ $form }' ({ $lang }) больше не считается формой понятия '{ $concept }': глоссарий в { $at } относит её к '{ $by }'

## termlint init

init-wrote = записан { $path }

## termlint glossary lint

lint-forbidden-and-approved = «{ $form }» ({ $lang }) здесь допустим, а в понятии «{ $other }» запрещён: везде, где он встречается, он будет отмечен как запрещённый
lint-same-form-twice = «{ $form }» указан дважды для { $lang }
lint-periods-overlap = «{ $first }» и «{ $second }» ({ $lang }) в некоторые дни оба предпочтительны: их сроки действия пересекаются
lint-example-fails = пример «{ $text }» должен давать { $expected }, а даёт { $got }
lint-ordinary-word = «{ $form }» ({ $lang }) находится и в нижнем регистре, а «{ $word }» — обычное слово: укажите case = "sensitive" или pos
lint-missing-language = нет термина на { $lang }, хотя он есть у большинства понятий этого файла
lint-summary = { $counts } в { $concepts ->
        [one] { $concepts } понятии
       *[other] { $concepts } понятиях
    }
lint-clean = нет проблем в { $concepts ->
        [one] { $concepts } понятии
       *[other] { $concepts } понятиях
    }

## termlint glossary stats

stats-concepts = { $count ->
        [one] { $count } понятие
        [few] { $count } понятия
       *[other] { $count } понятий
    }
stats-kinds = Понятия по видам
stats-languages = По языкам
stats-language = язык
stats-covered = понятия
stats-preferred = предпочт.
stats-admitted = допуст.
stats-forbidden = запрещ.
stats-related = связанные

## termlint glossary convert и merge

lint-same-form-two-concepts = «{ $form }» ({ $lang }) — также форма понятия «{ $other }» ({ $other_at }) из другого файла: одно и то же под двумя id?
convert-stdout-format = для вывода в стандартный поток (-o -) нужен --to toml, tbx или csv
convert-format-unknown = по имени «{ $path }» не понять, в каком формате писать; дайте расширение .toml, .tbx или .csv или укажите --to toml, tbx или csv
convert-ids-renamed = id понятий, недопустимые в TOML, переписаны ({ $count }): { $examples }
convert-csv-dropped = { $path }: в CSV нет столбца для этого, опущено: { $what }
dropped-concept-notes = примечания к понятиям
dropped-concept-sources = источники понятий
dropped-examples = примеры
dropped-related = связанные основы
dropped-concepts-without-terms = понятия без терминов
dropped-parts-of-speech = части речи
dropped-validity-dates = сроки действия
dropped-use-instead = замены (use)
dropped-near-misses = настройки поиска опечаток
dropped-inflection = настройки словоизменения
dropped-forms = дополнительные формы
glossary-wrote = записан { $path }, понятий: { $concepts }
merge-conflict-preferred = понятие «{ $concept }» ({ $lang }): предпочтительно { $first } в { $first_at }, но { $second } в { $second_at }
merge-conflict-status = понятие «{ $concept }» ({ $lang }): «{ $form }» — { $first } в { $first_at }, но { $second } в { $second_at }
merge-conflicts = конфликтов между входными файлами: { $count }; ничего не записано (--prefer first или --prefer last оставит формы одного из файлов)
## termlint extract

extract-summary = кандидатов: { $count }, сегментов: { $segments } ({ $source } → { $target })
extract-no-input = не из чего извлекать: укажите файл TMX, XLIFF или PO либо --source и --target
extract-unknown-target-lang = язык перевода неизвестен: укажите --target-lang

## Fixes (--fix, --diff)

fix-applied = исправлено замечаний: { $fixes }, файлов: { $files }
fix-would-apply = будет исправлено замечаний: { $fixes }, файлов: { $files }
fix-none = исправлять нечего
fix-not-utf8 = { $path }: не исправлен: termlint перезаписывает только файлы в UTF-8
## Базовый список (check --baseline, --write-baseline)
baseline-applied = замечаний из базового списка { $path } не показано: { $count }
baseline-written = в базовый список { $path } записано замечаний: { $count }
baseline-unreadable = не удалось прочитать базовый список { $path }: { $error }
baseline-invalid = { $path } не является базовым списком termlint: { $error }
baseline-not-written = не удалось записать базовый список { $path }: { $error }

## Выбор входных файлов (check --files-from, --changed-since)
files-from-stdin-taken = --files-from - читает список путей со стандартного ввода, поэтому проверять стандартный ввод (- или --stdin-filename) нельзя
files-from-unreadable = не удалось прочитать список путей { $path }: { $error }
changed-since-no-git = для --changed-since { $rev } нужен git, но его не удалось запустить: { $error }
changed-since-git-failed = --changed-since { $rev }: ошибка git: { $error }
## termlint lookup

lookup-no-match = понятие для «{ $query }» не найдено
lookup-matched = оценка { $score }: { $lang } «{ $form }» ({ $status }), { $how }
lookup-how-exact = как написано
lookup-how-case = в другом регистре
lookup-how-diacritics = с другими диакритическими знаками
lookup-how-inflected = словоформа («{ $form }»)
lookup-how-near = похоже на «{ $form }» ({ $distance ->
        [one] { $distance } правка
        [few] { $distance } правки
       *[other] { $distance } правок
    })
lookup-how-part = часть слов термина
lookup-status-preferred = предпочтительный
lookup-status-admitted = допустимый
lookup-status-forbidden = запрещённый
lookup-kind-person = человек
lookup-kind-place = место
lookup-kind-organization = организация
lookup-kind-term = термин
lookup-kind-event = событие
lookup-kind-work = произведение
lookup-kind-product = продукт
lookup-kind-other = другое
lookup-valid-from = с { $from }
lookup-valid-until = до { $until }
lookup-valid-between = с { $from } по { $until }
lookup-in-force = действует на { $date }
lookup-not-in-force = не действует на { $date }
lookup-note = примечание
lookup-source = источник

pairing-unknown-id = { $path }:{ $line }:{ $column }: сообщения `{ $id }` нет в эталоне { $reference }
pairing-missing-ids = { $path }: { $count ->
    [one] здесь нет { $count } сообщения эталона { $reference }
    [few] здесь нет { $count } сообщений эталона { $reference }
   *[other] здесь нет { $count } сообщений эталона { $reference }
}: { $ids }

finding-unused-suppression = «{ $found }» ничего не подавляет; удалите эту пометку
finding-suppression-unknown-rule = «{ $rule }» — не правило; есть правила: { $rules }
