"""Text shapes: single newlines, Windows line endings, credits at the end, comments, titles with colons."""

from __future__ import annotations

import pytest

from .structure_cases import Case, run_case

SINGLE_NEWLINES = """Klimaschutz
Stadt pflanzt tausend neue Bäume
12.06.2020, 04:15 Uhr | dpa
Die Stadt will bis zum Herbst tausend Bäume pflanzen. Das Programm kostet rund zwei Millionen Euro.
Die ersten Setzlinge kommen in die Innenstadt. Dort ist es im Sommer besonders heiß.
Wo gepflanzt wird
Die Standorte hat ein Gutachterbüro ausgewählt. Anwohner können weitere Orte vorschlagen.
"""

WINDOWS = SINGLE_NEWLINES.replace("\n", "\n\n").replace("\n", "\r\n")

TRAILING_DPA_LINE = """Zoo meldet Nachwuchs bei den Pinguinen

Im Zoo sind drei Pinguinküken geschlüpft. Die Tiere sind wohlauf.

Die Küken bleiben vorerst bei ihren Eltern. Besucher können sie ab Juli sehen.

(dpa)
"""

TRAILING_DPA_INLINE = """Zoo meldet Nachwuchs bei den Pinguinen

Im Zoo sind drei Pinguinküken geschlüpft. Die Tiere sind wohlauf.

Die Küken bleiben vorerst bei ihren Eltern. Besucher können sie ab Juli sehen. (dpa/mig)
"""

MATERIAL_LINE = """Unwetter

Hagel verwüstet Weinberge

Ein schweres Gewitter hat in der Pfalz große Schäden angerichtet. Die Winzer rechnen mit Ernteausfällen.

Betroffen sind vor allem Lagen an der Weinstraße.

mit Material von dpa und AFP
"""

COMMENT = """Meinung

Die Schuldenbremse ist kein Selbstzweck

Ein Kommentar von Erika Test

Die Debatte über die Schuldenbremse wird mit großem Ernst geführt. Dabei geht es um eine Frage der Prioritäten.

Wer heute nicht investiert, zahlt morgen mehr.
"""

COLON_KICKER = """Corona-Krise: Regierung beschließt neue Hilfen für Kulturbetriebe

12.06.2020, 04:15 Uhr | epd

Theater und Konzerthäuser sollen weitere Zuschüsse erhalten. Das Programm umfasst eine Milliarde Euro.

Anträge sind ab August möglich.
"""

QUOTE_HEADLINE = """Ministerin Muster: Wir schaffen das bis zum Herbst

12.06.2020, 04:15 Uhr

Die Ministerin zeigte sich zuversichtlich. Die Bauarbeiten lägen im Zeitplan.

Kritiker bezweifeln das.
"""

KICKER_WITH_COLON_LINE = """Corona-Pandemie:

Schulen öffnen wieder für alle Klassen

Ab Montag kehren alle Schülerinnen und Schüler in die Klassenzimmer zurück. Die Maskenpflicht bleibt.

Die Gewerkschaften warnen vor zu großen Klassen.
"""

MANY_BLANK_LINES = """Nahverkehr



Neue Tram-Linie eröffnet



12.06.2020, 04:15 Uhr | dpa



Seit Freitag fährt die neue Linie durch den Westen der Stadt. Zur Eröffnung kamen Hunderte Fahrgäste.





Die Strecke ist acht Kilometer lang.
"""

HARD_WRAPPED = """Neue Tram-Linie eröffnet

Seit Freitag fährt die neue Linie durch den Westen der Stadt, und zur
Eröffnung am Vormittag kamen nach Angaben der Verkehrsbetriebe mehrere
Hundert Fahrgäste zur Haltestelle am Markt.

Die Strecke ist acht Kilometer lang.
"""

WIRE_WITH_TITLE_AND_CREDIT = """Kampf um Wasser

Dürre bedroht Ernte in Südeuropa

Madrid (AFP) - In Spanien und Portugal ist die Ernte in Gefahr. Seit Monaten hat es kaum geregnet.

Die Regierungen haben Notprogramme aufgelegt.

AFP/jdo
"""

NO_HEADLINE = """Die Polizei hat in der Nacht zum Sonntag mehrere Autofahrer kontrolliert, die deutlich zu schnell unterwegs waren, und dabei auch zwei Fahrzeuge sichergestellt. Verletzt wurde niemand.

Die Kontrollen sollen fortgesetzt werden.
"""

CASES = [
    Case("single-newlines", SINGLE_NEWLINES, kicker="Klimaschutz", headline="Stadt pflanzt tausend neue Bäume",
         published="2020-06-12T04:15:00+02:00", agencies=["dpa"], lead_start="Die Stadt will",
         headings=[None, "Wo gepflanzt wird"], not_in_text=("Uhr",)),
    Case("windows-line-endings", WINDOWS, kicker="Klimaschutz", headline="Stadt pflanzt tausend neue Bäume",
         published="2020-06-12T04:15:00+02:00", agencies=["dpa"], headings=[None, "Wo gepflanzt wird"],
         not_in_text=("\r",)),
    Case("trailing-dpa-line", TRAILING_DPA_LINE, kicker=None, agencies=["dpa"], not_in_text=("(dpa)",)),
    Case("trailing-dpa-inline", TRAILING_DPA_INLINE, agencies=["dpa"], not_in_text=("(dpa", "mig"),
         in_text=("ab Juli sehen.",)),
    Case("mit-material", MATERIAL_LINE, kicker="Unwetter", agencies=["dpa", "AFP"], not_in_text=("Material",)),
    Case("comment", COMMENT, kicker="Meinung", headline="Die Schuldenbremse ist kein Selbstzweck",
         authors=["Erika Test"], lead_start="Die Debatte", not_in_text=("Ein Kommentar von",)),
    Case("colon-kicker", COLON_KICKER, kicker="Corona-Krise",
         headline="Regierung beschließt neue Hilfen für Kulturbetriebe", agencies=["epd"]),
    Case("quote-headline-not-split", QUOTE_HEADLINE, kicker=None,
         headline="Ministerin Muster: Wir schaffen das bis zum Herbst"),
    Case("kicker-line-with-colon", KICKER_WITH_COLON_LINE, kicker="Corona-Pandemie",
         headline="Schulen öffnen wieder für alle Klassen", lead_start="Ab Montag"),
    Case("many-blank-lines", MANY_BLANK_LINES, kicker="Nahverkehr", headline="Neue Tram-Linie eröffnet",
         agencies=["dpa"], headings=[None], lead_start="Seit Freitag"),
    Case("hard-wrapped", HARD_WRAPPED, headline="Neue Tram-Linie eröffnet", headings=[None],
         lead_start="Seit Freitag fährt die neue Linie durch den Westen der Stadt, und zur Eröffnung am Vormittag"),
    Case("wire-title-and-credit", WIRE_WITH_TITLE_AND_CREDIT, kicker="Kampf um Wasser", agencies=["AFP"],
         lead_start="In Spanien und Portugal", not_in_text=("Madrid (AFP)", "jdo")),
    Case("no-headline", NO_HEADLINE, kicker=None, headline=None, lead_start="Die Polizei hat"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_formats(case: Case) -> None:
    run_case(case)
