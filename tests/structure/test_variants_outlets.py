"""Articles in the layouts of German outlets, as published (plain text)."""

from __future__ import annotations

import pytest

from .structure_cases import Case, run_case

T_ONLINE = """Streit um Windkraft

Länder wollen Abstandsregeln lockern

14.07.2021, 06:40 Uhr | AFP, dpa

Mehrere Bundesländer wollen den Bau von Windrädern erleichtern. Die Umweltverbände begrüßen den Vorstoß. Kritik kommt von Anwohnerinitiativen.

Die Länder wollen die Abstandsregeln "noch in diesem Jahr" ändern. Das geht aus einem Beschlusspapier hervor, das am Dienstag bekannt wurde.



Demnach soll der Mindestabstand zu Wohnhäusern auf 800 Meter sinken.

Gespräche mit den Kommunen

Die Länder haben Gespräche mit den Gemeinden begonnen. Dort ist der Widerstand gegen neue Anlagen am größten.

Bürgerbeteiligung soll steigen

Anwohner sollen künftig an den Erträgen beteiligt werden. Ein Gesetzentwurf liegt bereits vor.
"""

SPIEGEL = """Verkehrswende in den Städten

Warum Lastenräder plötzlich knapp werden

Händler melden Lieferzeiten von mehreren Monaten. Die Förderprogramme der Kommunen sind überzeichnet. Was steckt dahinter?

Von Anna Muster, Max Beispiel und Erika Test

14.07.2021, 16.05 Uhr

Wer derzeit ein Lastenrad kaufen will, braucht Geduld. In vielen Geschäften sind die Ausstellungsflächen leer.

Die Hersteller verweisen auf fehlende Bauteile aus Asien. Einige Betriebe haben Kurzarbeit angemeldet.

Was die Förderung bewirkt

Mehr als 40 Städte bezuschussen den Kauf eines Lastenrads. In manchen Programmen war das Geld nach wenigen Stunden verteilt.
"""

ZEIT = """Hochwasser

Pegel an der Elbe steigen weiter

In Sachsen gilt die höchste Warnstufe. Helfer befüllen seit dem Morgen Sandsäcke.

Aktualisiert am 14. Juli 2021, 18:30 Uhr
Quelle: ZEIT ONLINE, dpa, AFP, Reuters

Der Wasserstand der Elbe in Dresden ist in der Nacht um fast einen Meter gestiegen. Die Stadt hat mehrere Uferstraßen gesperrt.

Die Behörden rechnen damit, dass der Scheitel erst am Wochenende erreicht wird.
"""

SZ = """Landtag

Opposition scheitert mit Misstrauensantrag

14. Juli 2021, 11:52 Uhr

Die Regierung bleibt im Amt. Der Antrag verfehlte die nötige Mehrheit deutlich.

Von Erika Test, München

Im Landtag stimmten 72 Abgeordnete für den Antrag, 103 dagegen. Die Fraktionsvorsitzende sprach von einem klaren Signal.

Die Opposition kündigte an, den Streit im Herbst fortzusetzen.
"""

FAZ = """Bahnstreik

Lokführer legen den Güterverkehr lahm

Die Gewerkschaft ruft zum zweiten Ausstand binnen einer Woche auf. Pendler müssen sich auf Ausfälle einstellen.

Von Max Beispiel, Frankfurt

-Aktualisiert am 14.07.2021-17:26

Der Streik im Güterverkehr soll am Mittwochabend beginnen. Im Personenverkehr folgt er in der Nacht.

Die Bahn nannte den Ausstand unverhältnismäßig. Sie will einen Notfahrplan anbieten.
"""

TAGESSCHAU = """Impfkampagne stockt in den Ländern

Stand: 14.07.2021 04:15 Uhr

Die Zahl der täglichen Impfungen ist deutlich gesunken. Gesundheitsminister beraten über neue Angebote.

In vielen Impfzentren bleiben Termine frei. Mehrere Länder wollen mobile Teams in Einkaufszentren schicken.

Neue Angebote für Jüngere

Auch an Hochschulen sollen Impfungen ohne Termin möglich werden.

Quelle: tagesschau.de
"""

DPA_WIRE = """Regierung plant Entlastung für Pendler

Berlin (dpa) - Die Bundesregierung will Pendler bei steigenden Spritpreisen entlasten. Die Pauschale soll ab Januar steigen.

Das Finanzministerium rechnet mit Kosten von rund zwei Milliarden Euro. Die Opposition hält das für zu wenig.
"""

REUTERS_WIRE = """Börse Frankfurt schließt im Plus

FRANKFURT (dpa-AFX) – Der Dax hat am Mittwoch zugelegt. Gefragt waren vor allem Autowerte.

Der Leitindex schloss 0,8 Prozent höher.
"""

NTV = """Freitag, 12. Juni 2020

Nach Sturmschäden

Bahn nimmt Strecke nach Hamburg wieder auf

Nach drei Tagen rollen die Züge zwischen Berlin und Hamburg wieder. Reisende müssen aber mit Verspätungen rechnen.

Die Reparatur der Oberleitung dauerte länger als geplant.

Quelle: ntv.de, mit Material von dpa und AFP
"""

WELT = """Schulen

Länder streiten über Lüftungsgeräte

Veröffentlicht am 14.07.2021 | Lesedauer: 3 Minuten

Von Anna Muster

Die Kultusminister können sich nicht auf eine gemeinsame Linie einigen. Mehrere Länder wollen eigene Programme auflegen.

Die Geräte sollen vor allem in Grundschulen aufgestellt werden.
"""

CASES = [
    Case(
        "t-online",
        T_ONLINE,
        kicker="Streit um Windkraft",
        headline="Länder wollen Abstandsregeln lockern",
        published="2021-07-14T06:40:00+02:00",
        agencies=["AFP", "dpa"],
        authors=[],
        lead_start="Mehrere Bundesländer wollen",
        headings=[None, "Gespräche mit den Kommunen", "Bürgerbeteiligung soll steigen"],
        not_in_text=("14.07.2021", "| AFP, dpa"),
    ),
    Case(
        "spiegel",
        SPIEGEL,
        kicker="Verkehrswende in den Städten",
        headline="Warum Lastenräder plötzlich knapp werden",
        published="2021-07-14T16:05:00+02:00",
        agencies=[],
        authors=["Anna Muster", "Max Beispiel", "Erika Test"],
        lead_start="Händler melden Lieferzeiten",
        headings=[None, "Was die Förderung bewirkt"],
        not_in_text=("Von Anna Muster", "16.05 Uhr"),
    ),
    Case(
        "zeit",
        ZEIT,
        kicker="Hochwasser",
        headline="Pegel an der Elbe steigen weiter",
        published="2021-07-14T18:30:00+02:00",
        agencies=["dpa", "AFP", "Reuters"],
        lead_start="In Sachsen gilt",
        headings=[None],
        not_in_text=("Aktualisiert", "Quelle", "ZEIT ONLINE"),
    ),
    Case(
        "sz",
        SZ,
        kicker="Landtag",
        headline="Opposition scheitert mit Misstrauensantrag",
        published="2021-07-14T11:52:00+02:00",
        authors=["Erika Test"],
        lead_start="Die Regierung bleibt im Amt.",
        headings=[None],
        not_in_text=("Von Erika Test", "11:52"),
    ),
    Case(
        "faz",
        FAZ,
        kicker="Bahnstreik",
        headline="Lokführer legen den Güterverkehr lahm",
        published="2021-07-14T17:26:00+02:00",
        authors=["Max Beispiel"],
        lead_start="Die Gewerkschaft ruft",
        not_in_text=("Aktualisiert", "Von Max Beispiel"),
    ),
    Case(
        "tagesschau",
        TAGESSCHAU,
        kicker=None,
        headline="Impfkampagne stockt in den Ländern",
        published="2021-07-14T04:15:00+02:00",
        agencies=[],
        lead_start="Die Zahl der täglichen Impfungen",
        headings=[None, "Neue Angebote für Jüngere"],
        not_in_text=("Stand:", "Quelle: tagesschau.de"),
    ),
    Case(
        "dpa-wire",
        DPA_WIRE,
        kicker=None,
        headline="Regierung plant Entlastung für Pendler",
        published=None,
        agencies=["dpa"],
        lead_start="Die Bundesregierung will Pendler",
        not_in_text=("(dpa)", "Berlin (dpa) -"),
    ),
    Case(
        "dpa-afx-wire",
        REUTERS_WIRE,
        headline="Börse Frankfurt schließt im Plus",
        agencies=["dpa-AFX"],
        lead_start="Der Dax hat am Mittwoch",
        not_in_text=("FRANKFURT",),
    ),
    Case(
        "ntv-date-first",
        NTV,
        kicker="Nach Sturmschäden",
        headline="Bahn nimmt Strecke nach Hamburg wieder auf",
        published="2020-06-12T00:00:00+02:00",
        agencies=["dpa", "AFP"],
        lead_start="Nach drei Tagen",
        not_in_text=("Freitag, 12. Juni", "Quelle", "Material"),
    ),
    Case(
        "welt",
        WELT,
        kicker="Schulen",
        headline="Länder streiten über Lüftungsgeräte",
        published="2021-07-14T00:00:00+02:00",
        authors=["Anna Muster"],
        lead_start="Die Kultusminister",
        not_in_text=("Lesedauer", "Veröffentlicht", "Von Anna Muster"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_outlet_layouts(case: Case) -> None:
    run_case(case)
