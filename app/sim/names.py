"""Name pools for the demo company: a Belgian firm with French, Dutch, German and English staff.

Accents (é, ë, ü, ç, ß...), apostrophes, particles ("Van den Broeck") and an ampersand in a company
name are deliberate: every client view and every XML writer must cope with them.
"""

from __future__ import annotations


def _pool(names: str) -> tuple[str, ...]:
    return tuple(names.split("|"))


FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "fr": _pool(
        "Élodie|François|Hélène|Jérôme|Loïc|Gaëlle|Noël|Zoé|Benoît|Cédric|Aurélie|"
        "Amélie|Joël|Anaïs|Théo|Léa|Inès|Renée|Céline|André|Stéphane|Frédéric|Thérèse|"
        "Françoise|Maëlle|Julien|Sébastien|Mélanie|Raphaël|Chloé|Valérie|Grégoire|Marie|"
        "Nicolas"
    ),
    "nl": _pool(
        "Daan|Lotte|Sofie|Bram|Jens|Lien|Pieter|Anouk|Ruben|Eline|Jolien|Wout|Daniëlle|"
        "Ingrid|Maarten|Koen|Nele|Joris|Stijn|Femke|Noëlla|Thijs|Geert|Annelies|Zoë|"
        "Michiel|Liesbeth|Arne|Ellen|Wannes|Griet|Brecht"
    ),
    "de": _pool(
        "Jürgen|Björn|Günter|Sören|Jörg|Anja|Katrin|Lena|Maximilian|Uwe|Özlem|Käthe|"
        "Heike|Lukas|Hannah|Matthias|Gisela|Tobias"
    ),
    "en": _pool(
        "Oliver|Emily|Charlotte|Harry|Amelia|George|Siobhán|Seán|Grace|Thomas|Olivia|"
        "James|Ruby|William|Niamh|Jack"
    ),
}

LAST_NAMES: dict[str, tuple[str, ...]] = {
    "fr": _pool(
        "Dubois|Lambert|Dupont|Martin|Simon|Laurent|Lefèvre|Lemaire|Goffin|Renard|"
        "François|Leclercq|Collignon|Deprez|Gonçalves|Lançon|Mathieu|Delvaux|Hénin|"
        "Gérard|Piérard|Brûlé|Léonard|Noël|Rousseau|Jacquemin|Lejeune|Ménard"
    ),
    "nl": _pool(
        "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|"
        "Van den Broeck|Vermeulen|Van Damme|Dewaele|D'Hondt|Verstraeten|Declercq|"
        "Van de Velde|Coppens|Hermans|Michiels|Claeys|Van Looy|Geëns|Moreëls|De Backer|"
        "Vandenberghe|Lievens"
    ),
    "de": _pool(
        "Müller|Schröder|Weiß|Schäfer|Köhler|Krüger|Hoffmann|Schmitz|Bräuer|Kühn|"
        "Löffler|Kreusch|Heinen|Lentz|Größer|Jünger"
    ),
    "en": _pool(
        "Smith|O'Brien|Walker|Thompson|Hughes|Evans|Wright|Green|Murphy|O'Sullivan|Taylor|Clarke"
    ),
}

# Weight of each language in the staff, roughly Brussels-shaped.
LANGUAGE_WEIGHTS: tuple[tuple[str, int], ...] = (("fr", 40), ("nl", 38), ("de", 8), ("en", 14))

COMPANIES: tuple[tuple[str, int], ...] = (
    ("ACME Demo", 70),
    ("ACME Demo Logistics", 12),
    ("Dupont & Fils", 6),
    ("Brouwerij Van Houtte", 6),
    ("Müller Gebäudetechnik", 6),
)

SITES: tuple[str | None, ...] = ("Brussels", "Gent", "Liège", "Antwerpen", "Eupen", "Namur", None)

GROUPS: tuple[str, ...] = _pool("Sales|Support|Finance|R&D|Direction|Logistique|HR|Marketing")

# Outside callers for incoming calls and call history: (name, number).
EXTERNAL_CALLERS: tuple[tuple[str, str], ...] = (
    ("Brasserie Cantillon", "+3225214928"),
    ("Delhaize Ixelles", "+3226401530"),
    ("Stad Gent", "+3292102010"),
    ("Bäckerei Müller", "+4924156789"),
    ("SNCB/NMBS Info", "+3225282828"),
    ("Crédit Agricole", "+33144657890"),
    ("Hôtel Métropole", "+3222172300"),
    ("Café « Le Cirio »", "+3225123395"),
    ("", "+31205551234"),
    ("", "+32475987654"),
    ("", "+442079460000"),
    ("", "+3210456789"),
)

EMAIL_DOMAIN = "acme-demo.be"
