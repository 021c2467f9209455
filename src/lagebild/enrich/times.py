"""The ``times`` step: German temporal expressions, TIMEX3-style, resolved against ``published``.

One pass of one compiled regex (:mod:`timex_patterns`) finds the candidates; a
normaliser per rule family (:mod:`timex_rules`, :mod:`timex_relative`,
:mod:`timex_durations`) checks each and gives its type and value. Conventions:

- **Extent** follows TimeML: prepositions are left out, determiners and modifiers kept
  ("am Donnerstag" -> "Donnerstag", "in den kommenden Monaten" -> "den kommenden
  Monaten"); "vor" of "vor drei Jahren" is kept, as it makes the date.
- **Reference date** is the calendar day of ``Article.published``. Without one, dates that
  need it are underspecified ("XXXX-06-11", "XXXX-WXX-4") and deictic or shifted ones
  ("gestern", "vergangene Woche") get value None.
- **Tense** of the nearest cue in the sentence (future: "wird", "soll"...; past:
  Präteritum and Perfekt) picks the occurrence: past -> the last one, future -> the
  next one, present -> the nearest; a weekday equal to the publication day is that day.
- "in den kommenden Monaten" is DATE ``FUTURE_REF`` ("vergangenen Wochen" ``PAST_REF``),
  as in HeidelTime; with a number it is a DURATION ("den vergangenen fünf Jahren" P5Y).
- "in der Nacht zum Freitag" is TIME ``<Friday>TNI``; "gegen Mitternacht" ``<day>T24:00``.
- Winter is named by the year it begins in (January 2020 is in ``2019-WI``).
- Year pairs with a slash ("Saison 2019/20", "2008/09") are not marked.
- An optional ``mod`` key gives TIMEX3's mod (START, MID, END, APPROX, LESS_THAN, MORE_THAN...).
"""

from __future__ import annotations

import bisect
from typing import Any

from lagebild.article import Article
from lagebild.enrich import timex_calendar as cal
from lagebild.enrich import timex_durations as dur
from lagebild.enrich import timex_relative as rel
from lagebild.enrich import timex_rules as rules
from lagebild.enrich.numbers import head_windows
from lagebild.enrich.timex_patterns import SENTENCE_CANDIDATE, SENTENCE_FOLLOW, head_pattern, master_pattern, tense_pattern
from lagebild.pipeline import Step, step_config

#: Default configuration of the times step.
DEFAULT_CONFIG: dict[str, Any] = {
    "with_mod": True,  # add TIMEX3 "mod" (START, MID, END, APPROX...) where an expression has one
    "max_chars": 200_000,  # longer texts are cut: a news article never comes near it
}

#: Rule family -> normaliser.
NORMALISERS: dict[str, rules.Normaliser] = {
    "dmynum": rules.n_dmynum, "iso": rules.n_iso, "dmyword": rules.n_dmyword, "monthyear": rules.n_monthyear,
    "month": rules.n_month, "year": rules.n_year, "holiday": rules.n_holiday, "century": rules.n_century,
    "decade": rules.n_decade, "quarter": rules.n_quarter, "season": rules.n_season,
    "relative": rel.n_relative, "partof": rel.n_partof, "night": rel.n_night, "weekday": rel.n_weekday,
    "deictic": rel.n_deictic, "ref": rel.n_ref, "period": rel.n_period, "clock": rel.n_clock,
    "colon": rel.n_colon, "clockrange": rel.n_clockrange, "daypart": rel.n_daypart, "weekend": rel.n_weekend,
    "durnum": dur.n_durnum, "durone": dur.n_durone, "durvague": dur.n_durvague, "duradj": dur.n_duradj,
    "duradv": dur.n_duradv, "durbare": dur.n_durbare, "setadv": dur.n_setadv, "setday": dur.n_setday,
    "setq": dur.n_setq,
}


#: How far an expression reaches around its head (a digit, a month, a unit...): "weniger als 200 Tagen".
WORDS_BEFORE_HEAD, CHARS_AFTER_HEAD = 4, 40

#: Prepositions that point back in time whatever the verb: "seit Juni", "vom Januar".
PAST_PREPS = frozenset({"seit", "vom"})


class _Tense:
    """Tense cues of one text, looked up by position: the nearest cue in the same sentence wins.

    Cues are searched sentence by sentence, only in sentences that hold an expression.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentence_starts = sentence_starts(text)
        self.cues: dict[int, list[tuple[int, int, str]]] = {}

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def _cues(self, sentence: int) -> list[tuple[int, int, str]]:
        if sentence not in self.cues:
            low = self.sentence_starts[sentence]
            high = self.sentence_starts[sentence + 1] if sentence + 1 < len(self.sentence_starts) else len(self.text)
            self.cues[sentence] = [(m.start(), m.end(), cal.FUTURE if m.lastgroup == "fut" else cal.PAST)
                                   for m in tense_pattern().finditer(self.text, low, high)]
        return self.cues[sentence]

    def at(self, start: int, end: int) -> str:
        """The tense of the cue nearest to the span ``start:end`` within its sentence (present if none)."""
        best, best_distance = cal.PRESENT, 1 << 62
        for cue_start, cue_end, tense in self._cues(self.sentence_of(start)):
            if cue_end <= start or cue_start >= end:
                distance = start - cue_end if cue_end <= start else cue_start - end
                if distance < best_distance:
                    best, best_distance = tense, distance
        return best


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin: after . ! ? (not after a digit, as in "12. Juni") and line breaks."""
    starts = [0]
    for m in SENTENCE_CANDIDATE.finditer(text):
        pos = m.start()
        if text[pos] == "\n":
            starts.append(pos + 1)
        elif pos and not text[pos - 1].isdigit():
            follow = SENTENCE_FOLLOW.match(text, pos + 1)
            if follow:
                starts.append(follow.end())
    return starts


def find_times(text: str, published: str | None, *, with_mod: bool = True) -> list[dict[str, Any]]:
    """The temporal expressions of ``text`` as ``{start, end, text, type, value[, mod]}`` dicts."""
    ctx = rules.Context(text=text, dct=cal.parse_published(published))
    tense = _Tense(text)
    sentence = -1
    found: list[dict[str, Any]] = []
    pattern = master_pattern()
    matches = (m for start, end in head_windows(text, head_pattern(), WORDS_BEFORE_HEAD, CHARS_AFTER_HEAD)
               for m in pattern.finditer(text, start, end))
    for match in matches:
        rule = (match.lastgroup or "")[2:]
        start = match.start(match.lastgroup)
        current = tense.sentence_of(start)
        if current != sentence:
            sentence = current
            ctx.new_sentence()
        prep = (match.group("prep") or "").lower()
        ctx.tense = cal.PAST if prep in PAST_PREPS else tense.at(start, match.end())
        result = NORMALISERS[rule](match, ctx)
        for timex in [result] if isinstance(result, rules.Timex) else result or ():
            if timex.type == rules.DATE and timex.value and rules.DAY_VALUE.match(timex.value):
                ctx.anchor_day = timex.value
            found.append(_as_dict(text, timex, with_mod))
    return found


def _as_dict(text: str, timex: rules.Timex, with_mod: bool) -> dict[str, Any]:
    item: dict[str, Any] = {"start": timex.start, "end": timex.end, "text": text[timex.start:timex.end],
                            "type": timex.type, "value": timex.value}
    if with_mod and timex.mod:
        item["mod"] = timex.mod
    return item


def make_times_step(**config: Any) -> Step:
    """Make the ``times`` step; ``config`` overrides :data:`DEFAULT_CONFIG`."""
    cfg = step_config("times", DEFAULT_CONFIG, config)
    master_pattern(), tense_pattern(), head_pattern()  # compile once, when the step is made

    def times(article: Article) -> Article:
        text = article.text[: cfg["max_chars"]]
        article.times = find_times(text, article.published, with_mod=cfg["with_mod"])
        return article

    return Step("times", times, requires=("text", "published"), assigns=("times",), config=cfg)

