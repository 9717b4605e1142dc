#!/bin/sh
# Precision and recall of the monolingual rules on the hand-labelled drafts in tests/eval/.
exec cargo test --release --test precision_recall -- --nocapture
