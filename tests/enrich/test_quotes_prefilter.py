"""The quotes step's sentence gate and the regex prefix guard never drop what the full rules find."""

from __future__ import annotations

import re

import pytest

from lagebild.enrich.numbers import lexicon, prefix_guard
from lagebild.enrich.quotes.extract import _subjunctive, _views
from lagebild.enrich.quotes.frames import find_frame
from lagebild.enrich.quotes.marks import pair_marks
from lagebild.enrich.quotes.prefilter import flagged_sentences
from lagebild.enrich.quotes.text import paragraphs

TEXT = (
    "Die Lage sei ernst, sagte Maas am Montag. Der Minister erklärte: „Wir handeln jetzt.“ "
    "Laut Polizei wurden drei Menschen verletzt. Seiner Meinung nach ist das falsch. "
    "Das teilte die Polizei mit. Die Regierung habe keine Wahl. Es regnet seit Tagen.\n\n"
    "Die Zahl steigt weiter, so der Sprecher. Das geht aus einem Bericht hervor. "
    "Wie die Agentur meldete, kam es zu Protesten. Demnach gibt es keine Hinweise. "
    "Der Zug fährt nach Berlin. Am Ende bleibt alles gleich. Ihm zufolge ist die Lage ruhig."
)


def _rules(text: str) -> tuple[set[int], set[int], int]:
    spans = paragraphs(text)
    views = _views(text, pair_marks(text, spans), spans)
    frames = {i for i, v in enumerate(views) if find_frame(v, views[i - 1] if i else None, text) is not None}
    subjunctive = {i for i, v in enumerate(views) if v.tokens and _subjunctive(v, text)}
    return frames, subjunctive, len(views)


@pytest.mark.parametrize("text", [TEXT, TEXT.upper(), TEXT.lower(), "", "Nur ein Satz ohne alles."])
def test_gate_keeps_every_sentence_the_rules_use(text: str) -> None:
    frames, subjunctive, count = _rules(text)
    spans = paragraphs(text)
    views = _views(text, pair_marks(text, spans), spans)
    may_frame, may_subjunctive = flagged_sentences(text, [(v.start, v.end) for v in views])
    assert frames <= may_frame
    assert subjunctive <= may_subjunctive
    assert len(views) == count


def test_gate_skips_sentences_without_trigger_words() -> None:
    text = "Es regnet seit Tagen. Der Zug fährt nach Berlin. Am Ende bleibt alles gleich."
    spans = paragraphs(text)
    views = _views(text, pair_marks(text, spans), spans)
    assert flagged_sentences(text, [(v.start, v.end) for v in views]) == (set(), set())


def test_gate_passes_every_sentence_when_lowercasing_shifts_offsets() -> None:
    text = "İstanbul liegt am Meer. Es regnet."
    frames, subjunctive = flagged_sentences(text, [(0, 23), (24, 34)])
    assert frames == subjunctive == {0, 1}


def test_prefix_guard_changes_no_match() -> None:
    words = ["anderthalb", "eineinhalb", "Zwei", "halb"]
    plain = re.compile(rf"(?i:{'|'.join(words)})")
    guarded = re.compile(prefix_guard(words) + plain.pattern)
    text = "Anderthalb Jahre, EINEINHALB Tage, zweimal, halbe Sachen, Halle, ein Ei"
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in guarded.finditer(text)]


def test_number_word_pattern_is_guarded() -> None:
    pattern = re.compile(lexicon().word_pattern)
    assert pattern.match("Zweihundertdreißig").group() == "Zweihundertdreißig"
    assert pattern.match("der") is None
