# termlint: user-facing text, Turkish. Ids and arguments as in en/termlint.ftl.

## Findings

finding-forbidden = “{ $found }” yasaklı bir biçim; “{ $suggestion }” kullanın
finding-forbidden-plain = “{ $found }” yasaklı bir biçim
finding-out-of-force = “{ $found }”, { $date } tarihinde geçerli olan ad değil; “{ $suggestion }” kullanın
finding-misspelling = “{ $found }” yanlış yazılmış olabilir; doğrusu “{ $suggestion }”
finding-misspelling-mixed-latin-in-cyrillic = “{ $found }” iki alfabeyi karıştırıyor: “{ $letters }” Latin harfi, sözcük ise Kiril alfabesiyle; doğrusu “{ $suggestion }”
finding-misspelling-mixed-latin-in-greek = “{ $found }” iki alfabeyi karıştırıyor: “{ $letters }” Latin harfi, sözcük ise Yunan alfabesiyle; doğrusu “{ $suggestion }”
finding-misspelling-mixed-cyrillic-in-latin = “{ $found }” iki alfabeyi karıştırıyor: “{ $letters }” Kiril harfi, sözcük ise Latin alfabesiyle; doğrusu “{ $suggestion }”
finding-misspelling-mixed-cyrillic-in-greek = “{ $found }” iki alfabeyi karıştırıyor: “{ $letters }” Kiril harfi, sözcük ise Yunan alfabesiyle; doğrusu “{ $suggestion }”
finding-misspelling-mixed-greek-in-latin = “{ $found }” iki alfabeyi karıştırıyor: “{ $letters }” Yunan harfi, sözcük ise Latin alfabesiyle; doğrusu “{ $suggestion }”
finding-misspelling-mixed-greek-in-cyrillic = “{ $found }” iki alfabeyi karıştırıyor: “{ $letters }” Yunan harfi, sözcük ise Kiril alfabesiyle; doğrusu “{ $suggestion }”
finding-case = “{ $found }”, “{ $suggestion }” olarak yazılmalı
finding-inconsistent = aynı kavram için hem “{ $found }” hem “{ $other }” kullanılıyor; “{ $other }” { $count ->
        [1] bir kez
       *[other] { $count } kez
    } kullanılıyor
finding-inconsistent-run = denetlenen dosyalarda aynı kavram için hem “{ $found }” hem “{ $other }” kullanılıyor; “{ $other }” { $count ->
        [1] bir dosyada
       *[other] { $count } dosyada
    } kullanılıyor, örneğin { $place }

finding-missing-translation = '{ $source }' çeviride yok; beklenen: '{ $expected }' ({ $lang })
finding-wrong-translation-forbidden = '{ $found }', '{ $source }' için yasaklı bir çeviri; '{ $suggestion }' kullanın
finding-wrong-translation-other = '{ $found }', '{ $source }' değil '{ $other }' çevirisi; '{ $suggestion }' kullanın
finding-untranslated = '{ $found }' çevrilmeden bırakılmış; '{ $suggestion }' kullanın
finding-untranslated-foreign = '{ $found }' başka bir dilin biçimi; '{ $suggestion }' kullanın
finding-untranslated-unit = bu birim henüz çevrilmedi; kaynakta '{ $source }' ('{ $suggestion }') var
finding-placeholder-missing = kaynaktaki '{ $placeholder }' yer tutucusu çeviride yok
finding-placeholder-added = '{ $found }' kaynakta olmayan bir yer tutucu
finding-placeholder-type = '{ $found }', kaynağın '{ $placeholder }' olarak yazdığı { $position }. argüman
finding-number-missing = kaynaktaki '{ $number }' sayısı çeviride yok

## Severity words

severity-error = hata
severity-warning = uyarı

## Labels in the human report

label-related = diğer biçim burada kullanılıyor
label-related-source = kaynaktaki terim
label-source-text = kaynak
label-target-text = çeviri
label-target-expected = çeviri; burada { $count ->
        [one] { $expected }
       *[other] şunlardan biri: { $expected }
    } bekleniyor
note-unit = birim { $unit }
label-suggestion = öneri
label-help = yardım
label-note = not
help-use = “{ $suggestion }” kullanın
quote = “{ $text }”
help-use-one-of = şunlardan birini kullanın: { $suggestions }

## Summary line

summary-errors = { $count } hata
summary-warnings = { $count } uyarı
summary-line = { $files } dosyada { $counts }
summary-join = { $first }, { $second }
summary-no-findings = { $files } dosyada bulgu yok
summary-not-checked = { $summary }; { $files } dosya denetlenmedi

## Inputs that were not checked

skipped-note = { $path }: atlandı: { $reason }
skipped-unreadable = { $path }: okunamadı: { $reason }

## The language of a file

lang-line = { $path }: dil { $lang } (kaynak: { $source })
lang-unknown = { $path }: denetlenmedi, dili bilinmiyor (--lang kullanın)
lang-unknown-bilingual = { $path }: denetlenmedi, dilleri bilinmiyor (--source-lang ve --target-lang kullanın)
lang-source-option = --lang
lang-source-config = yapılandırma
lang-source-file-name = dosya adı
lang-source-folder = klasör adı
lang-source-script = metnin yazı sistemi
lang-source-format = dosya biçimi
lang-source-unknown = yok

## The command line: warnings on standard error
nothing-checked = hiçbir şey denetlenmedi: dili bilinen bir dosya bulunamadı
nothing-checked-plain = hiçbir şey denetlenmedi
lang-no-terms = { $option } '{ $lang }': sözlükte bu dilde terim yok (olan diller: { $known })
ui-lang-unknown = '{ $lang }' dilinde ileti yok; iletiler İngilizce (diller: { $languages })

## Çelişen sözlükler

warning-status-conflict = '{ $form }' ({ $lang }) '{ $approved }' kavramında onaylı ({ $approved_at }), '{ $forbidden }' kavramında yasak ({ $forbidden_at }); sözlüklerin sırası ne olursa olsun yasak sayılır
note-gave-way = '{ $form }' ({ $lang }) artık '{ $concept }' kavramından sayılmıyor: { $at } konumundaki sözlük onu '{ $by }' için listeliyor

## termlint init

init-wrote = { $path } yazıldı

## termlint glossary lint

lint-forbidden-and-approved = '{ $form }' ({ $lang }) burada onaylı, '{ $other }' kavramında yasak: geçtiği her yerde yasak olarak bildirilir
lint-same-form-twice = '{ $form }', { $lang } için iki kez yazılmış
lint-periods-overlap = '{ $first }' ve '{ $second }' ({ $lang }) bazı günlerde ikisi de tercih edilen: geçerlilik dönemleri çakışıyor
lint-example-fails = '{ $text }' örneği { $expected } vermeli, { $got } veriyor
lint-ordinary-word = '{ $form }' ({ $lang }) küçük harfle de eşleşiyor ve '{ $word }' sıradan bir sözcük: case = "sensitive" ya da pos verin
lint-missing-language = { $lang } terimi yok; bu dosyadaki kavramların çoğunda var
lint-summary = { $concepts } kavramda { $counts }
lint-clean = { $concepts } kavramda sorun yok

## termlint glossary stats

stats-concepts = { $count } kavram
stats-kinds = Türe göre kavramlar
stats-languages = Dile göre
stats-language = dil
stats-covered = kavram
stats-preferred = tercih
stats-admitted = kabul
stats-forbidden = yasak
stats-related = ilişkili

## termlint glossary convert ve merge

lint-same-form-two-concepts = '{ $form }' ({ $lang }) başka bir dosyadaki '{ $other }' kavramının da biçimi ({ $other_at }): iki kimlik altında tek şey mi?
convert-stdout-format = standart çıktıya yazmak (-o -) için --to toml, tbx veya csv gerekir
convert-format-unknown = '{ $path }' adından yazılacak biçim anlaşılmıyor; .toml, .tbx veya .csv uzantısı verin ya da --to toml, tbx veya csv kullanın
convert-ids-renamed = TOML'da geçersiz { $count } kavram kimliği yeniden yazıldı: { $examples }
convert-csv-dropped = { $path }: CSV düzeninde bunlar için sütun yok, dışarıda bırakıldı: { $what }
dropped-concept-notes = kavram notları
dropped-concept-sources = kavram kaynakları
dropped-examples = örnekler
dropped-related = ilgili gövdeler
dropped-concepts-without-terms = terimsiz kavramlar
dropped-parts-of-speech = sözcük türleri
dropped-validity-dates = geçerlilik tarihleri
dropped-use-instead = yerine kullanılacak biçimler
dropped-near-misses = yazım hatası ayarları
dropped-inflection = çekim ayarları
dropped-forms = ek biçimler
glossary-wrote = { $path } yazıldı: { $concepts } kavram
merge-conflict-preferred = '{ $concept }' kavramı ({ $lang }): { $first_at } konumunda tercih edilen { $first }, ama { $second_at } konumunda { $second }
merge-conflict-status = '{ $concept }' kavramı ({ $lang }): '{ $form }' { $first_at } konumunda { $first }, ama { $second_at } konumunda { $second }
merge-conflicts = girdiler arasında { $count } çakışma; hiçbir şey yazılmadı (bir girdinin biçimlerini korumak için --prefer first veya --prefer last)
## termlint extract

extract-summary = { $segments } segmentten { $count } aday ({ $source } → { $target })
extract-no-input = çıkarılacak bir şey yok: bir TMX, XLIFF veya PO dosyası ya da --source ve --target verin
extract-unknown-target-lang = hedef dil bilinmiyor: --target-lang verin

## Fixes (--fix, --diff)

fix-applied = { $files } dosyada { $fixes } sorun düzeltildi
fix-would-apply = { $files } dosyada { $fixes } sorun düzeltilecek
fix-none = düzeltilecek bir şey yok
fix-not-utf8 = { $path }: düzeltilmedi: termlint yalnızca UTF-8 olarak saklanan dosyaları yeniden yazar
## Temel liste (check --baseline, --write-baseline)
baseline-applied = { $path } temel listesindeki { $count } bulgu gösterilmedi
baseline-written = { $path } temel listesine { $count } bulgu yazıldı
baseline-unreadable = { $path } temel listesi okunamadı: { $error }
baseline-invalid = { $path } bir termlint temel listesi değil: { $error }
baseline-not-written = { $path } temel listesi yazılamadı: { $error }

## Girdilerin seçimi (check --files-from, --changed-since)
files-from-stdin-taken = --files-from - yol listesini standart girdiden okur; bu yüzden standart girdi ayrıca denetlenemez (- veya --stdin-filename)
files-from-unreadable = yol listesi { $path } okunamadı: { $error }
changed-since-no-git = --changed-since { $rev } için git gerekir, ancak çalıştırılamadı: { $error }
changed-since-git-failed = --changed-since { $rev }: git başarısız oldu: { $error }
## termlint lookup

lookup-no-match = '{ $query }' için kavram bulunamadı
lookup-matched = puan { $score }: { $lang } '{ $form }' ({ $status }), { $how }
lookup-how-exact = yazıldığı gibi
lookup-how-case = başka büyük/küçük harfle
lookup-how-diacritics = başka aksanlarla
lookup-how-inflected = çekimli biçim ('{ $form }')
lookup-how-near = '{ $form }' biçimine yakın ({ $distance } düzeltme)
lookup-how-part = sözcüklerinin bir kısmı
lookup-status-preferred = tercih edilen
lookup-status-admitted = kabul edilen
lookup-status-forbidden = yasak
lookup-kind-person = kişi
lookup-kind-place = yer
lookup-kind-organization = kuruluş
lookup-kind-term = terim
lookup-kind-event = olay
lookup-kind-work = eser
lookup-kind-product = ürün
lookup-kind-other = diğer
lookup-valid-from = { $from } tarihinden itibaren
lookup-valid-until = { $until } tarihine kadar
lookup-valid-between = { $from } - { $until }
lookup-in-force = { $date } tarihinde geçerli
lookup-not-in-force = { $date } tarihinde geçerli değil
lookup-note = not
lookup-source = kaynak

pairing-unknown-id = { $path }:{ $line }:{ $column }: `{ $id }` iletisi { $reference } başvuru dosyasında yok
pairing-missing-ids = { $path }: { $reference } başvuru dosyasının { $count } iletisi burada eksik: { $ids }

finding-unused-suppression = “{ $found }” hiçbir bulguyu bastırmıyor; kaldırın
finding-suppression-unknown-rule = “{ $rule }” bir kural değil; kurallar: { $rules }
