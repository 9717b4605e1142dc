# termlint: user-facing text, Arabic. Ids and arguments as in en/termlint.ftl.

## Findings

finding-forbidden = «{ $found }» صيغة محظورة؛ استخدم «{ $suggestion }»
finding-forbidden-plain = «{ $found }» صيغة محظورة
finding-out-of-force = «{ $found }» ليس الاسم المعتمد بتاريخ { $date }؛ استخدم «{ $suggestion }»
finding-misspelling = يبدو أن «{ $found }» خطأ إملائي في كتابة «{ $suggestion }»
finding-misspelling-mixed-latin-in-cyrillic = تخلط «{ $found }» بين أبجديتين: «{ $letters }» حرف لاتيني في كلمة سيريلية؛ الصواب «{ $suggestion }»
finding-misspelling-mixed-latin-in-greek = تخلط «{ $found }» بين أبجديتين: «{ $letters }» حرف لاتيني في كلمة يونانية؛ الصواب «{ $suggestion }»
finding-misspelling-mixed-cyrillic-in-latin = تخلط «{ $found }» بين أبجديتين: «{ $letters }» حرف سيريلي في كلمة لاتينية؛ الصواب «{ $suggestion }»
finding-misspelling-mixed-cyrillic-in-greek = تخلط «{ $found }» بين أبجديتين: «{ $letters }» حرف سيريلي في كلمة يونانية؛ الصواب «{ $suggestion }»
finding-misspelling-mixed-greek-in-latin = تخلط «{ $found }» بين أبجديتين: «{ $letters }» حرف يوناني في كلمة لاتينية؛ الصواب «{ $suggestion }»
finding-misspelling-mixed-greek-in-cyrillic = تخلط «{ $found }» بين أبجديتين: «{ $letters }» حرف يوناني في كلمة سيريلية؛ الصواب «{ $suggestion }»
finding-case = يجب أن تُكتب «{ $found }» بالشكل «{ $suggestion }»
finding-inconsistent = تُستخدم «{ $found }» و«{ $other }» معًا لمفهوم واحد؛ وردت «{ $other }» { $count ->
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
       *[other] { $count } مرة
    }
finding-inconsistent-run = تُستخدم «{ $found }» و«{ $other }» معًا لمفهوم واحد في الملفات المفحوصة؛ وردت «{ $other }» في { $count ->
        [one] ملف واحد
        [two] ملفين
        [few] { $count } ملفات
       *[other] { $count } ملفًا
    }، منها { $place }

finding-missing-translation = «{ $source }» غير مترجم في النص الهدف؛ المتوقع «{ $expected }» ({ $lang })
finding-wrong-translation-forbidden = «{ $found }» ترجمة محظورة لـ«{ $source }»؛ استخدم «{ $suggestion }»
finding-wrong-translation-other = «{ $found }» ترجمة لـ«{ $other }» وليس لـ«{ $source }»؛ استخدم «{ $suggestion }»
finding-untranslated = «{ $found }» تُرك دون ترجمة؛ استخدم «{ $suggestion }»
finding-untranslated-foreign = «{ $found }» صيغة لغة أخرى؛ استخدم «{ $suggestion }»
finding-untranslated-unit = هذه الوحدة لم تُترجم بعد؛ يحتوي مصدرها على «{ $source }» («{ $suggestion }»)
finding-placeholder-missing = العنصر النائب «{ $placeholder }» الموجود في النص المصدر غير موجود في الترجمة
finding-placeholder-added = «{ $found }» ليس عنصرًا نائبًا في النص المصدر
finding-placeholder-type = «{ $found }» هو الوسيط { $position } الذي يكتبه النص المصدر «{ $placeholder }»
finding-number-missing = الرقم «{ $number }» الموجود في النص المصدر غير موجود في الترجمة

## Severity words

severity-error = خطأ
severity-warning = تحذير

## Labels in the human report

label-related = الصيغة الأخرى مستخدمة هنا
label-related-source = المصطلح في النص المصدر
label-source-text = النص المصدر
label-target-text = الترجمة
label-target-expected = الترجمة، ويُنتظر فيها { $count ->
        [one] { $expected }
       *[other] واحد من { $expected }
    }
note-unit = الوحدة { $unit }
label-suggestion = اقتراح
label-help = مساعدة
label-note = ملاحظة
help-use = استخدم «{ $suggestion }»
quote = «{ $text }»
help-use-one-of = استخدم إحدى الصيغ التالية: { $suggestions }

## Summary line

summary-errors = { $count ->
        [one] خطأ واحد
        [two] خطآن
        [few] { $count } أخطاء
        [many] { $count } خطأً
       *[other] { $count } خطأ
    }
summary-warnings = { $count ->
        [one] تحذير واحد
        [two] تحذيران
        [few] { $count } تحذيرات
        [many] { $count } تحذيرًا
       *[other] { $count } تحذير
    }
summary-line = { $counts } في { $files ->
        [one] ملف واحد
        [two] ملفين
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }
summary-join = { $first }، { $second }
summary-no-findings = لا ملاحظات في { $files ->
        [one] ملف واحد
        [two] ملفين
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }
summary-not-checked = { $summary }؛ لم يُفحص { $files ->
        [one] ملف واحد
        [two] ملفان
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }

## Inputs that were not checked

skipped-note = { $path }: تم تخطيه: { $reason }
skipped-unreadable = { $path }: تعذّرت قراءته: { $reason }

## The language of a file

lang-line = { $path }: اللغة { $lang } (حسب { $source })
lang-unknown = { $path }: لم يُفحص، لغته غير معروفة (استخدم --lang)
lang-unknown-bilingual = { $path }: لم يُفحص، لغتاه غير معروفتين (استخدم --source-lang و--target-lang)
lang-source-option = --lang
lang-source-config = الإعدادات
lang-source-file-name = اسم الملف
lang-source-folder = اسم المجلد
lang-source-script = نظام كتابة النص
lang-source-format = صيغة الملف
lang-source-unknown = لا شيء

## The command line: warnings on standard error
nothing-checked = لم يُفحص شيء: لم يُعثر على أي ملف بلغة معروفة
nothing-checked-plain = لم يُفحص شيء
lang-no-terms = { $option } '{ $lang }': لا يحتوي المسرد على مصطلحات بهذه اللغة (لغاته: { $known })
ui-lang-unknown = لا توجد رسائل بلغة '{ $lang }'؛ الرسائل بالإنجليزية (اللغات: { $languages })

## مسارد متعارضة

warning-status-conflict = '{ $form }' ({ $lang }) معتمد في المفهوم '{ $approved }' ({ $approved_at }) لكنه محظور في المفهوم '{ $forbidden }' ({ $forbidden_at })؛ يُبلَّغ عنه محظورًا أيًّا كان ترتيب المسارد
note-gave-way = لم يعد '{ $form }' ({ $lang }) يُعدّ من المفهوم '{ $concept }': المسرد في { $at } يُدرجه للمفهوم '{ $by }'

## termlint init

init-wrote = كُتب { $path }

## termlint glossary lint

lint-forbidden-and-approved = «{ $form }» ({ $lang }) مقبول هنا وممنوع في المفهوم «{ $other }»: يُبلَّغ عنه ممنوعًا حيثما ورد
lint-same-form-twice = «{ $form }» مذكور مرتين في { $lang }
lint-periods-overlap = «{ $first }» و«{ $second }» ({ $lang }) مفضلان كلاهما في بعض الأيام: فترتا صلاحيتهما متداخلتان
lint-example-fails = المثال «{ $text }» يجب أن يعطي { $expected } لكنه يعطي { $got }
lint-ordinary-word = «{ $form }» ({ $lang }) يطابق بالأحرف الصغيرة أيضًا، و«{ $word }» كلمة عادية: حدّد case = "sensitive" أو pos
lint-missing-language = لا مصطلح بلغة { $lang }، وهي لغة معظم مفاهيم هذا الملف
lint-summary = { $counts } في { $concepts ->
        [one] مفهوم واحد
        [two] مفهومين
        [few] { $concepts } مفاهيم
        [many] { $concepts } مفهومًا
       *[other] { $concepts } مفهوم
    }
lint-clean = لا مشكلات في { $concepts ->
        [one] مفهوم واحد
        [two] مفهومين
        [few] { $concepts } مفاهيم
        [many] { $concepts } مفهومًا
       *[other] { $concepts } مفهوم
    }

## termlint glossary stats

stats-concepts = { $count ->
        [one] مفهوم واحد
        [two] مفهومان
        [few] { $count } مفاهيم
        [many] { $count } مفهومًا
       *[other] { $count } مفهوم
    }
stats-kinds = المفاهيم حسب النوع
stats-languages = حسب اللغة
stats-language = اللغة
stats-covered = المفاهيم
stats-preferred = مفضل
stats-admitted = مقبول
stats-forbidden = ممنوع
stats-related = مرتبط

## termlint glossary convert و merge

lint-same-form-two-concepts = «{ $form }» ({ $lang }) صيغة أيضًا للمفهوم «{ $other }» ({ $other_at }) من ملف آخر: شيء واحد بمعرّفين؟
convert-stdout-format = الكتابة إلى المخرج القياسي (-o -) تتطلب --to toml أو tbx أو csv
convert-format-unknown = لا يُعرف من «{ $path }» بأي صيغة يُكتب؛ استخدم الامتداد .toml أو .tbx أو .csv، أو --to toml أو tbx أو csv
convert-ids-renamed = معرّفات مفاهيم غير صالحة في TOML أُعيدت كتابتها ({ $count }): { $examples }
convert-csv-dropped = { $path }: لا عمود في تخطيط CSV لهذه، فحُذفت: { $what }
dropped-concept-notes = ملاحظات المفاهيم
dropped-concept-sources = مصادر المفاهيم
dropped-examples = الأمثلة
dropped-related = الجذوع المرتبطة
dropped-concepts-without-terms = مفاهيم بلا مصطلحات
dropped-parts-of-speech = أقسام الكلام
dropped-validity-dates = تواريخ السريان
dropped-use-instead = الصيغ البديلة
dropped-near-misses = إعدادات الأخطاء الإملائية القريبة
dropped-inflection = إعدادات التصريف
dropped-forms = صيغ إضافية
glossary-wrote = كُتب { $path }: عدد المفاهيم { $concepts }
merge-conflict-preferred = المفهوم «{ $concept }» ({ $lang }): المفضل { $first } في { $first_at }، لكن { $second } في { $second_at }
merge-conflict-status = المفهوم «{ $concept }» ({ $lang }): «{ $form }» { $first } في { $first_at }، لكن { $second } في { $second_at }
merge-conflicts = تعارضات بين المدخلات: { $count }؛ لم يُكتب شيء (--prefer first أو --prefer last يُبقي صيغ أحد المدخلات)
## termlint extract

extract-summary = عدد المرشحين: { $count }، من { $segments } مقطعًا ({ $source } → { $target })
extract-no-input = لا شيء للاستخراج منه: حدِّد ملف TMX أو XLIFF أو PO، أو ‎--source و‎--target
extract-unknown-target-lang = لغة الهدف غير معروفة: حدِّد ‎--target-lang

## Fixes (--fix, --diff)

fix-applied = صُحِّحت مشكلات: { $fixes }، في ملفات: { $files }
fix-would-apply = ستُصحَّح مشكلات: { $fixes }، في ملفات: { $files }
fix-none = لا شيء لتصحيحه
fix-not-utf8 = { $path }: لم يُصحَّح: لا يعيد termlint كتابة إلا الملفات المحفوظة بترميز UTF-8
## خط الأساس (check --baseline, --write-baseline)
baseline-applied = لم تُعرض ملاحظات خط الأساس { $path }: { $count }
baseline-written = كُتبت ملاحظات في خط الأساس { $path }: { $count }
baseline-unreadable = تعذّرت قراءة خط الأساس { $path }: { $error }
baseline-invalid = { $path } ليس خط أساس لـ termlint: { $error }
baseline-not-written = تعذّرت كتابة خط الأساس { $path }: { $error }

## اختيار المدخلات (check --files-from, --changed-since)
files-from-stdin-taken = الخيار ‎--files-from -‎ يقرأ قائمة المسارات من الإدخال القياسي، فلا يمكن فحص الإدخال القياسي أيضًا (- أو ‎--stdin-filename)
files-from-unreadable = تعذرت قراءة قائمة المسارات { $path }: { $error }
changed-since-no-git = يحتاج ‎--changed-since { $rev }‎ إلى git، ولا يمكن تشغيله: { $error }
changed-since-git-failed = ‏‎--changed-since { $rev }‎: فشل git: { $error }
## termlint lookup

lookup-no-match = لم يُعثر على مفهوم لـ«{ $query }»
lookup-matched = الدرجة { $score }: { $lang } «{ $form }» ({ $status })، { $how }
lookup-how-exact = كما هو مكتوب
lookup-how-case = بحالة أحرف أخرى
lookup-how-diacritics = بعلامات تشكيل أخرى
lookup-how-inflected = صيغة مصرّفة («{ $form }»)
lookup-how-near = قريب من «{ $form }» (عدد التعديلات: { $distance })
lookup-how-part = بعض كلماته
lookup-status-preferred = مفضل
lookup-status-admitted = مقبول
lookup-status-forbidden = ممنوع
lookup-kind-person = شخص
lookup-kind-place = مكان
lookup-kind-organization = منظمة
lookup-kind-term = مصطلح
lookup-kind-event = حدث
lookup-kind-work = عمل
lookup-kind-product = منتج
lookup-kind-other = آخر
lookup-valid-from = اعتبارًا من { $from }
lookup-valid-until = حتى { $until }
lookup-valid-between = من { $from } إلى { $until }
lookup-in-force = ساري في { $date }
lookup-not-in-force = غير ساري في { $date }
lookup-note = ملاحظة
lookup-source = المصدر

pairing-unknown-id = { $path }:{ $line }:{ $column }: الرسالة `{ $id }` غير موجودة في المرجع { $reference }
pairing-missing-ids = { $path }: عدد رسائل المرجع { $reference } الناقصة هنا: { $count }: { $ids }

finding-unused-suppression = «{ $found }» لا يُخفي أي ملاحظة؛ احذفه
finding-suppression-unknown-rule = «{ $rule }» ليست قاعدة؛ القواعد هي: { $rules }
