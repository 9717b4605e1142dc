### Comments are not checked: the USA, idlib, Erdoghan.

## Brands
-brand-name = News from the USA
    .gender = masculine

headline-idlib = Shelling in idlib
    .title = Read about the auto bomb in { $city }
# The message ids, variable names and term references are not text either.
usa-count = { $usa } reports from { -brand-name } and { NUMBER($USA) }
reports =
    { $n ->
        [one] One report from the USA
       *[other] { $n } reports from Erdoghan
    }
multiline =
    First line about Aleppo,
    then the USA again.
