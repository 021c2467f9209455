"""The one compiled regex of the times step: every rule family as a named branch.

Each branch is a named group ``r_<rule>``; inner groups carry the rule's prefix
(``dmy_d``, ``dmy_m``...). An optional preposition before any branch is captured
as ``prep`` and left out of the expression (TimeML extent: "am Donnerstag" ->
"Donnerstag"). Branches are tried in order at each position, so more specific
rules come first. Patterns are built from the lexicon once, on first use.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lagebild.enrich.numbers import alternation, lexicon as number_lexicon, literal_heads, prefix_guard
from lagebild.enrich.timex_lexicon import lexicon

#: Forms of the relative modifiers: kommenden, nächste, vergangenen, letzten, diesem...
MODIFIER_FORMS = r"(?:e[nmrs]?|)"
#: Determiners that belong to an expression ("den kommenden Monaten", "der Nacht zum Freitag").
DETERMINERS = r"(?:[Dd](?:e[nmrs]|ie|as))"
#: End of a word.
END = r"(?![\wäöüÄÖÜß])"


def _branches() -> list[tuple[str, str]]:
    lx = lexicon()
    raw = lx.raw
    month = lx.alt("months")
    month_any = f"{lx.alt('month_abbreviations')}|{month}"
    weekday = lx.alt("weekdays")
    unit = lx.alt("units")
    numword = number_lexicon().word_pattern
    halves = f"{prefix_guard(number_lexicon().halves)}(?i:{'|'.join(number_lexicon().halves)})"
    mods = "|".join(raw["relative_modifiers"])
    modifier = rf"(?:{mods}){MODIFIER_FORMS}"
    parts = lx.alt("part_of_period")
    daypart = lx.alt("day_parts")
    approx = lx.alt("duration_approx")
    adjective = lx.alt("duration_adjectives")
    year = r"(?:1\d{3}|20\d{2})"
    return [
        ("dmynum", rf"(?<![\d.])(?P<dmynum_d>\d{{1,2}})\.(?P<dmynum_m>\d{{1,2}})\.(?P<dmynum_y>\d{{4}}|\d{{2}})(?![\d]|\.\d)"),
        ("iso", rf"(?<![\d.])(?P<iso_y>\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})(?!\d)"),
        ("clockrange", rf"(?P<clockrange_h1>\d{{1,2}})(?:[:.](?P<clockrange_m1>\d{{2}}))?\s*(?:bis|-|–)\s*"
                       rf"(?P<clockrange_h2>\d{{1,2}})(?:[:.](?P<clockrange_m2>\d{{2}}))?\s*Uhr{END}"),
        ("clock", rf"(?<![\d.,])(?P<clock_h>\d{{1,2}})(?:[:.](?P<clock_m>\d{{2}}))?\s*Uhr(?:\s+(?P<clock_m2>\d{{2}})(?!\d))?"
                  rf"(?:\s+(?P<clock_part>morgens|früh|vormittags|nachmittags|abends|nachts))?{END}"),
        ("colon", rf"(?<![\d.,:])(?P<colon_h>\d{{1,2}}):(?P<colon_m>\d{{2}})(?![\d:])"),
        ("dmyword", rf"(?:(?P<dmyword_wd>{weekday}),?\s+(?:(?:den|dem)\s+)?)?(?P<dmyword_d>\d{{1,2}})\.\s?"
                    rf"(?P<dmyword_m>{month_any})(?:\s+(?P<dmyword_y>\d{{4}}))?(?!\w)"),
        ("holiday", rf"(?P<holiday_h>{alternation_of(raw['holidays_fixed'], raw['holidays_easter'])})"
                    rf"(?:\s+(?P<holiday_y>{year}))?{END}"),
        ("night", rf"(?:(?P<night_det>der)\s+)?Nacht\s+(?:zum|zu|auf\s+den|auf)\s+(?P<night_wd>{weekday}){END}"),
        ("relative", rf"(?:(?P<relative_det>{DETERMINERS})\s+)?(?P<relative_mod>{prefix_guard(raw['relative_modifiers'])}(?i:{modifier}))(?:\s+ganze[nrs]?)?\s+"
                     rf"(?:(?P<relative_num>\d+|{numword})\s+)?"
                     rf"(?P<relative_unit>{unit}|{weekday}|{month}|{lx.alt('seasons')}|Wochenende[ns]?){END}"),
        ("partof", rf"(?P<partof_part>{parts})\s+(?:"
                   rf"(?:des|der)\s+(?P<partof_cent>\d{{1,2}})\.\s+Jahrhunderts|"
                   rf"(?:(?:des|der)\s+)?(?:(?P<partof_mod>{modifier})\s+)?(?P<partof_unit>Jahres|Jahrs|Monats|Woche|Jahrzehnts|"
                   rf"Sommers|Winters|Herbstes|Frühjahrs|Frühlings)|"
                   rf"(?:der\s+)?(?P<partof_dec>\d{{2}}|\d{{4}})er(?:\s*-?\s*Jahre)?|"
                   rf"(?P<partof_month>{month})(?:\s+(?P<partof_y>{year}))?|"
                   rf"(?P<partof_y2>{year}))(?![\w/])"),
        ("century", rf"(?:(?:das|dem|des)\s+)?(?P<century_c>\d{{1,2}})\.\s+Jahrhunderts?{END}"),
        ("decade", rf"(?:(?:die|den|der)\s+)?(?:(?P<decade_y4>1\d{{3}}|20\d{{2}})er(?:\s*-?\s*Jahren?|\s*-?\s*Jahre)?|"
                   rf"(?P<decade_y2>\d0)er\s*-?\s*Jahren?|(?P<decade_y3>\d0)er-Jahre){END}"),
        ("quarter", rf"(?P<quarter_ord>ersten|zweiten|dritten|vierten|erste|zweite|dritte|vierte|[1-4]\.)\s+"
                    rf"(?P<quarter_unit>Quartals?|Halbjahr(?:e?s)?|Jahreshälfte)(?:\s+(?P<quarter_y>{year}))?{END}"),
        ("monthyear", rf"(?P<monthyear_m>{month})\s+(?P<monthyear_y>{year})(?![\d/])"),
        ("season", rf"(?:(?P<season_det>{DETERMINERS})\s+)?(?P<season_s>{lx.alt('seasons')})(?:s|es)?"
                   rf"(?:\s+(?P<season_y>{year}))?(?![\w/])"),
        ("weekday", rf"(?:(?P<weekday_det>einem|einen)\s+)?(?P<weekday_wd>{weekday})"
                    rf"(?:(?P<weekday_part>{lx.alt('day_part_compounds')})|\s+(?P<weekday_part2>{daypart}))?{END}"),
        ("deictic", rf"(?P<deictic_w>(?:[Vv]orgestern|[Gg]estern|[Hh]eute|[Üü]bermorgen|morgen))"
                    rf"(?:\s+(?P<deictic_part>{daypart}))?{END}"),
        ("ref", rf"(?P<ref_w>{prefix_guard(raw['present_ref'])}(?i:{lx.alt('present_ref')})|{lx.alt('future_ref')}|{lx.alt('past_ref')}){END}"),
        ("setadv", rf"(?P<setadv_w>{prefix_guard(raw['set_adverbs'])}(?i:{lx.alt('set_adverbs')}))(?:e[nmrs]?)?{END}"),
        ("setday", rf"(?P<setday_w>{lx.alt('weekday_adverbs')}){END}"),
        ("setq", rf"(?P<setq_q>{lx.alt('set_quantifiers')})\s+(?:(?P<setq_n>\d+|{numword})\s+)?"
                 rf"(?P<setq_unit>{unit}|{weekday}|Morgen|Abend|Nacht|Wochenende){END}"),
        ("period", rf"(?P<period_w>{lx.alt('period_compounds')}|{lx.alt('previous_period')}){END}"),
        ("daypart", rf"(?:(?P<daypart_det>der|dem|den)\s+)?(?P<daypart_p>{daypart}){END}"),
        ("durnum", rf"(?:(?P<durnum_apx>{approx})\s+)?"
                   rf"(?P<durnum_n>\d+(?:,\d+)?|{halves}|{numword})\s+(?:(?P<durnum_adj>{adjective})\s+)?"
                   rf"(?P<durnum_unit>{unit})(?:\s+(?P<durnum_alt>alte?[nmrs]?|alt)\b)?{END}"),
        ("durone", rf"(?:(?P<durone_apx>{approx})\s+)?(?P<durone_det>[Ee]ine[mnrs]?|[Ee]in)\s+"
                   rf"(?:(?P<durone_adj>{adjective})\s+)?(?P<durone_unit>Sekunde|Minute|Stunde|Tag|Tages|Woche|Monat|Monats|"
                   rf"Jahr|Jahres|Jahrzehnt|Jahrzehnts|Jahrhundert|Jahrhunderts|Quartal|Quartals){END}"),
        ("durvague", rf"(?P<durvague_q>{lx.alt('vague_quantifiers')})\s+(?P<durvague_unit>{unit}){END}"),
        ("duradj", rf"(?P<duradj_n>(?i:mehr|{numword})|\d+-)(?P<duradj_unit>{prefix_guard(raw['adjective_units'])}(?i:{lx.alt('adjective_units')}))"
                   rf"(?:e[nmrs]?)?{END}"),
        ("duradv", rf"(?P<duradv_w>{prefix_guard(raw['adverb_units'])}(?i:{lx.alt('adverb_units')})){END}"),
        ("durbare", rf"(?P<durbare_unit>Jahren|Monaten|Wochen|Tagen|Stunden|Minuten|Jahrzehnten){END}"),
        ("month", rf"(?P<month_m>{month}){END}"),
        ("weekend", rf"(?:(?P<weekend_det>das|dem)\s+)?Wochenende{END}"),
        ("year", rf"(?:(?:(?P<year_det>das|dem)\s+)?(?P<year_jahr>Jahre?s?)\s+)?(?<![\d.,/–-])(?P<year_y>{year})"
                 rf"(?![\d/]|[.,]\d|-\w|\w)"),
    ]


def alternation_of(*mappings: dict) -> str:
    """An alternation of the keys of several mappings, longest first."""
    return alternation([key for mapping in mappings for key in mapping])


#: Beginnings of the first word of an expression that the lexicon does not list on its own:
#: determiners, modifiers, number words, "Anfang", "jeden", "Jahr", ordinals of quarters...
FIRST_WORD_STEMS = ("der", "die", "das", "den", "dem", "des", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben",
                    "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig",
                    "siebzig", "achtzig", "neunzig", "hundert", "tausend", "halb", "anderthalb", "erste", "mehr",
                    "weniger", "Anfang", "Beginn", "Mitte", "Ende", "Ausgang", "Wochenende", "Nacht", "Jahr",
                    "Tag", "Woche", "Monat", "Stunde", "Minute", "Sekunde", "Quartal", "Halbjahr")


@lru_cache(maxsize=1)
def first_word_pattern() -> str:
    """A trie of every way an expression (with its preposition) can begin: a cheap gate before the rules."""
    raw = lexicon().raw
    words = [*raw["prepositions"], *raw["relative_modifiers"], *raw["months"], *raw["month_abbreviations"],
             *raw["weekdays"], *raw["weekday_adverbs"], *raw["seasons"], *raw["holidays_fixed"],
             *raw["holidays_easter"], *raw["deictic_days"], *raw["present_ref"], *raw["future_ref"], *raw["past_ref"],
             *raw["set_adverbs"], *raw["set_quantifiers"], *raw["period_compounds"], *raw["previous_period"],
             *raw["day_parts"], *raw["duration_approx"], *raw["vague_quantifiers"], *raw["adverb_units"],
             *raw["units"], *FIRST_WORD_STEMS]
    return literal_heads(words)


@lru_cache(maxsize=1)
def master_pattern() -> re.Pattern[str]:
    """The compiled regex of all rule families (built once)."""
    preps = literal_heads(lexicon().raw["prepositions"], digits=False)
    body = "|".join(f"(?P<r_{name}>{pattern})" for name, pattern in _branches())
    return re.compile(rf"(?<![\wäöüÄÖÜß-])(?={first_word_pattern()})(?:(?P<prep>{preps}){END}\s+)?(?:{body})")


#: Stems every temporal expression contains at least one of (besides a digit).
HEAD_STEMS = ("Tag", "Woche", "Monat", "Jahr", "Stunde", "Minute", "Sekunde", "Quartal", "Jahreshälfte", "Uhr",
              "Nacht", "Abend", "Morgen", "Mittag", "früh", "Zukunft", "Vergangenheit", "einst", "jährig", "monatig",
              "wöchig", "tägig", "stündig", "minütig")


@lru_cache(maxsize=1)
def head_pattern() -> re.Pattern[str]:
    """A fast scan for the heads of temporal expressions: digits and lexicon words, as plain literals."""
    raw = lexicon().raw
    words = [*raw["months"], *raw["month_abbreviations"], *raw["weekdays"], *raw["weekday_adverbs"], *raw["seasons"],
             *raw["holidays_fixed"], *raw["holidays_easter"], *raw["deictic_days"], *raw["present_ref"],
             *raw["future_ref"], *raw["past_ref"], *raw["set_adverbs"], *raw["period_compounds"],
             *raw["previous_period"], *raw["day_parts"], *HEAD_STEMS]
    return re.compile(literal_heads(words))


@lru_cache(maxsize=1)
def tense_pattern() -> re.Pattern[str]:
    """Cues of future and past tense: group ``fut`` or ``past``."""
    tense = lexicon().raw["tense"]
    future = "|".join(tense["future"])
    past = "|".join(tense["past"])
    return re.compile(rf"\b(?:(?P<fut>{future})|(?P<past>{past}|{tense['perfect_regex']}|{tense['past_suffix_regex']}))\b")


#: Where a sentence may end (checked by SENTENCE_FOLLOW): one character class, scanned fast.
SENTENCE_CANDIDATE = re.compile(r"[.!?\n]")
#: What must follow a sentence-final . ! ?: closing quotes, space, a capital or an opening quote.
SENTENCE_FOLLOW = re.compile(r"[.!?]*[\"“”»«']?\s+(?=[A-ZÄÖÜ„\"»«])")

#: A year that follows a range ("Mai bis Juli 2020", "11. Januar bis 1. September 2020").
FOLLOWING_YEAR = re.compile(r"\s*(?:bis(?:\s+zum)?|und|–|-)\s*[^.;:!?]{0,25}?(?<!\d)(1\d{3}|20\d{2})(?!\d)")
