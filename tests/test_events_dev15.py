"""The dev15 lexicon round (whole articles of a regional daily): invitations, proposals, commitments, relief
operations, praise of merit, prizes, announced appeals, insults, funding an actor, feeling passed over, police
stopping a vehicle, plain words; and what stays no event (feeling attacked, warning of a mood, a council's own
session, a parliament's vote, a summons, a public invitation). Lexicon rows only; sentences written for these
tests."""

from __future__ import annotations

import pytest
from events_support import code, one


def types(events) -> list[str]:
    return sorted(e.type for e in events)


@pytest.mark.parametrize("text,names,type_,actors,targets", [
    # invitations are AGREE (PLOVER: invitations to visits)
    ("Auf Einladung von Bürgermeister Huber besuchten die Schüler das Rathaus.", {"Huber": "huber"},
     "AGREE", ["huber"], []),
    ("Präsident Macron lud Kanzler Scholz zu einem Abendessen nach Paris ein.",
     {"Macron": "macron", "Scholz": "scholz", "Paris": "PARIS"}, "AGREE", ["macron"], ["scholz"]),
    ("Ministerin Schulz war von Bundespräsident Steinmeier zum Empfang geladen worden.",
     {"Schulz": "schulz", "Steinmeier": "steinmeier"}, "AGREE", ["steinmeier"], ["schulz"]),
    # proposals
    ("Der Grünen-Politiker Wagner regt an, die Gebühren zu senken.", {"Wagner": "wagner"}, "DEMAND", ["wagner"], []),
    ("Die Afrikanische Union regte eine Konferenz zu der Krise an.", {"Afrikanische Union": "au"},
     "DEMAND", ["au"], []),
    # commitments
    ("Die Firma Siemens verpflichtet sich, die Anlage bis 2025 zu bauen.", {"Siemens": "siemens"},
     "AGREE", ["siemens"], []),
    # relief operations and funding an actor
    ("Das Rote Kreuz startete eine Hilfsaktion für die Erdbebenopfer.", {"Rote Kreuz": "red_cross"},
     "AID", ["red_cross"], []),
    ("Die Hilfsaktion der Caritas läuft seit Montag.", {"Caritas": "caritas"}, "AID", ["caritas"], []),
    ("Katar hat die Hamas jahrelang finanziert.", {"Katar": "QAT", "Hamas": "hamas"}, "AID", ["QAT"], ["hamas"]),
    # praise of merit, prizes
    ("Landeshauptmann Kompatscher hob die Verdienste des Vereins hervor.", {"Kompatscher": "kompatscher"},
     "SUPPORT", ["kompatscher"], []),
    ("Das Land Tirol verlieh dem Forscher Maier den Preis.", {"Tirol": "TIROL", "Maier": "maier"},
     "SUPPORT", ["TIROL"], ["maier"]),
    ("Die Stiftung Mercator vergibt den Preis an junge Journalisten.", {"Stiftung Mercator": "mercator"},
     "SUPPORT", ["mercator"], []),
    ("Kanzler Scholz fand lobende Worte für die Helfer.", {"Scholz": "scholz"}, "SUPPORT", ["scholz"], []),
    # criticism: appeals announced, insults, plain words, feeling passed over
    ("Die Staatsanwaltschaft kündigte Revision gegen das Urteil an.", {"Staatsanwaltschaft": "prosecutor"},
     "DISAPPROVE", ["prosecutor"], []),
    ("Der Anwalt Berger hat Berufung angekündigt.", {"Berger": "berger"}, "DISAPPROVE", ["berger"], []),
    ("Der Abgeordnete Müller teilte Beleidigungen gegen die Regierung aus.", {"Müller": "mueller"},
     "DISAPPROVE", ["mueller"], []),
    ("Die Beleidigungen durch den Abgeordneten Müller sorgten für Empörung.", {"Müller": "mueller"},
     "DISAPPROVE", ["mueller"], []),
    ("Papst Franziskus fand deutliche Worte gegen den Krieg.", {"Franziskus": "francis"},
     "DISAPPROVE", ["francis"], []),
    ("Die CSU fühlt sich von Kanzlerin Merkel düpiert.", {"CSU": "csu", "Merkel": "merkel"},
     "DISAPPROVE", ["csu"], ["merkel"]),
    ("Die Gewerkschaft Verdi fühlt sich von der Regierung übergangen.", {"Verdi": "verdi"},
     "DISAPPROVE", ["verdi"], []),
    # police stopping a vehicle
    ("Beamte der Polizei hielten am Grenzübergang einen Kleinbus an.", {"Polizei": "police"},
     "COERCE", ["police"], []),
])
def test_dev15_lexicon_rows(pipeline, text, names, type_, actors, targets):
    event = one(code(pipeline, text, names, parse=True), type_)
    assert event.actors == actors and event.targets == targets


@pytest.mark.parametrize("text,names", [
    # a public invitation names no invited party: an announcement
    ("Der Verein Kulturforum lädt am Freitag zu einem Vortrag in den Pfarrsaal ein.", {"Kulturforum": "kulturforum"}),
    # a court's summons and loading goods are no invitation
    ("Das Gericht hat den Zeugen Maier zur Verhandlung geladen.", {"Maier": "maier"}),
    ("Der Lkw der Firma Gruber hatte Holz geladen.", {"Gruber": "gruber"}),
    # stimulating is no proposal; a club hiring a player is no commitment; an obligation is none
    ("Der Film von Regisseur Haneke regt zum Nachdenken an.", {"Haneke": "haneke"}),
    ("Der FC Bayern hat den Stürmer Kane verpflichtet.", {"FC Bayern": "fcb", "Kane": "kane"}),
    ("Kanzler Scholz fühlt sich der Tradition verpflichtet.", {"Scholz": "scholz"}),
    ("Die Notenbank Fed will die Konjunktur anregen.", {"Fed": "fed"}),
    # the genitive or "von" of an insult is the insulted, not the insulter
    ("Der Journalist Yücel wurde wegen Beleidigung von Präsident Erdogan angeklagt.",
     {"Yücel": "yuecel", "Erdogan": "erdogan"}),
    # stressing an importance is no praise
    ("Kanzler Scholz hob die Bedeutung der Zusammenarbeit hervor.", {"Scholz": "scholz"}),
    # financing a purchase or oneself is business, no aid to an actor
    ("Die Firma Huber nahm Kredite auf, um den Kauf zu finanzieren.", {"Huber": "huber"}),
    ("Der Sender ORF finanziert sich aus Gebühren.", {"ORF": "orf"}),
    # feeling attacked or threatened is no assault or threat by the one who feels it
    ("Die Türkei fühlt sich in ihrer Ehre angegriffen.", {"Türkei": "TUR"}),
    ("Die Regierung Frankreichs fühlt sich durch die Äußerungen bedroht.", {"Frankreichs": "FRA"}),
    # warning of a mood or of expectations names no target
    ("Die Bundesbank warnte vor allzu großer Euphorie.", {"Bundesbank": "buba"}),
    ("Der IWF warnt vor zu hohen Erwartungen an die Konjunktur.", {"IWF": "imf"}),
    # a council's own session and a parliament's vote are procedure
    ("Der Stadtrat Meran trifft sich am Dienstag im Rathaus.", {"Stadtrat Meran": "sr_meran"}),
    ("Am Donnerstag stimmte der Bundestag dem neuen Mautsystem zu.", {"Bundestag": "bundestag"}),
    # plain words of a poet, a kept course, ongoing fighting
    ("Der Dichter Rilke fand schöne Worte für den Herbst.", {"Rilke": "rilke"}),
    ("Die Kämpfe in Aleppo halten an.", {"Aleppo": "ALEPPO"}),
])
def test_dev15_no_event(pipeline, text, names):
    assert types(code(pipeline, text, names, parse=True)) == []


def test_meeting_with_a_council_stays_a_meeting(pipeline):
    events = code(pipeline, "Bürgermeister Huber traf sich mit dem Gemeinderat Bozen.",
                  {"Huber": "huber", "Gemeinderat Bozen": "gr_bozen"}, parse=True)
    assert one(events, "CONSULT").targets == ["gr_bozen"]


def test_government_agreement_stays_an_agreement(pipeline):
    events = code(pipeline, "Russland stimmte dem Vorschlag der USA zu.", {"Russland": "RUS", "USA": "USA"}, parse=True)
    assert one(events, "AGREE").actors == ["RUS"]


@pytest.mark.parametrize("text", [
    "Der Anwalt Berger hat Berufung angekündigt.",  # announced in the past, the appeal still to come
    "Der Anwalt Berger kündigt Revision an.",
])
def test_an_announced_appeal_is_an_intention(pipeline, text):
    event = one(code(pipeline, text, {"Berger": "berger"}, parse=True), "DISAPPROVE")
    assert event.status == "intention"
