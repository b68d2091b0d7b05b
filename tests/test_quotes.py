"""Quotes stage: direct, indirect, partial quotes, attribution markers and speakers on real-style news German."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.config import Settings
from lagebild.model import Article, Document, Entity, Mention
from lagebild.pipeline import Pipeline, text_stages
from lagebild.quotes.spkatt import Annotation, Result, score_document, split_of
from lagebild.quotes.stage import quotes_stage

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed" / "article.txt"


def analyse(text: str, names: dict[str, str] | None = None, aliases: dict[str, str] | None = None) -> Document:
    """Text stages, then hand-made entities for each name (name -> type; alias -> name), then the quotes stage."""
    doc = Pipeline(stages=text_stages())(Article(text=text))
    entities = {name: Entity(id=name, name=name, type=type_) for name, type_ in (names or {}).items()}  # type: ignore[arg-type]
    for surface, name in [(n, n) for n in entities] + list((aliases or {}).items()):
        entity = entities[name]
        start = doc.text.find(surface)
        while start >= 0:
            entity.mentions.append(Mention(start, start + len(surface), surface, entity.type, doc.sentence_at(start), name))
            start = doc.text.find(surface, start + 1)
    doc.entities.extend(entities.values())
    quotes_stage(doc, Settings())
    return doc


def only(doc: Document, kind: str):
    found = [q for q in doc.quotes if q.kind == kind]
    assert len(found) == 1, [(q.kind, q.text) for q in doc.quotes]
    return found[0]


@pytest.mark.parametrize("text", [
    "„Wir werden die Gespräche fortsetzen“, sagte Scholz am Montag in Berlin.",
    "»Wir werden die Gespräche fortsetzen«, sagte Scholz am Montag in Berlin.",
    '"Wir werden die Gespräche fortsetzen", sagte Scholz am Montag in Berlin.',
    "Scholz sagte: „Wir werden die Gespräche fortsetzen.“",
])
def test_direct_quote_styles(text):
    q = only(analyse(text, {"Scholz": "PER"}), "direct")
    assert "Wir werden die Gespräche fortsetzen" in q.text
    assert q.speakers == ["Scholz"]
    assert q.cue is not None and text[q.cue.start:q.cue.end] == "sagte"


def test_multi_sentence_direct_quote():
    text = "„Die Lage ist ernst. Wir müssen jetzt handeln“, erklärte Baerbock nach dem Treffen."
    q = only(analyse(text, {"Baerbock": "PER"}), "direct")
    assert q.text.startswith("„Die Lage ist ernst.") and q.text.endswith("handeln“")
    assert q.speakers == ["Baerbock"]


def test_unmarked_direct_speech_then_sagte():
    doc = analyse("Die Lage sei unter Kontrolle, sagte ein Polizeisprecher am Abend.")
    q = only(doc, "indirect")
    assert q.text == "Die Lage sei unter Kontrolle"
    speaker = next(e for e in doc.entities if e.id in q.speakers)
    assert speaker.description == "ein Polizeisprecher" and speaker.type == "PER"


@pytest.mark.parametrize("text,content,cue", [
    ("Die Ministerin betonte, dass die Hilfen verlängert werden.", "dass die Hilfen verlängert werden", "betonte"),
    ("Der Konzern teilte am Dienstag mit, dass 2000 Stellen wegfallen.", "dass 2000 Stellen wegfallen", "teilte am Dienstag mit"),
    ("Die Gewerkschaft kündigte an, die Streiks auszuweiten.", "die Streiks auszuweiten", "kündigte an"),
    ("Der Bürgermeister räumte ein, die Kosten seien zu niedrig angesetzt worden.",
     "die Kosten seien zu niedrig angesetzt worden", "räumte ein"),
    ("Am Freitag warnte der Wetterdienst, es könne zu Überschwemmungen kommen.",
     "es könne zu Überschwemmungen kommen", "warnte"),
    ("Die Opposition warf der Regierung vor, das Parlament getäuscht zu haben.",
     "das Parlament getäuscht zu haben", "warf der Regierung vor"),
])
def test_indirect_speech(text, content, cue):
    q = only(analyse(text), "indirect")
    assert q.text == content
    assert q.cue is not None and text[q.cue.start:q.cue.end] == cue


def test_auxiliary_and_participle_cue():
    doc = analyse("Die Staatsanwaltschaft hatte am Vortag bestätigt, dass gegen den Manager ermittelt werde.")
    q = only(doc, "indirect")
    assert doc.text[q.cue.start:q.cue.end] == "hatte am Vortag bestätigt"
    assert next(e for e in doc.entities if e.id in q.speakers).type == "ORG"


@pytest.mark.parametrize("text,message,speaker", [
    ("Laut Polizei wurden drei Menschen verletzt.", "wurden drei Menschen verletzt", "Polizei"),
    ("Der Zeitung zufolge soll der Vertrag noch im März unterschrieben werden.",
     "soll der Vertrag noch im März unterschrieben werden", None),
    ("Nach Angaben des Roten Kreuzes sind mehr als 500 Menschen obdachlos.", "sind mehr als 500 Menschen obdachlos", None),
    ("Die Verhandlungen seien gescheitert, so ein Sprecher der Kommission.", "Die Verhandlungen seien gescheitert", None),
    ("Wie das Unternehmen mitteilte, wird das Werk im Sommer geschlossen.", "wird das Werk im Sommer geschlossen", None),
])
def test_attribution_markers(text, message, speaker):
    names = {"Polizei": "ORG"} if speaker else {}
    q = only(analyse(text, names), "indirect")
    assert q.text == message
    if speaker:
        assert q.speakers == [speaker]


def test_heisst_es_aus():
    doc = analyse("Eine Einigung sei nicht in Sicht, hieß es aus Verhandlungskreisen.")
    q = only(doc, "indirect")
    assert q.text == "Eine Einigung sei nicht in Sicht"


def test_pronoun_speaker_is_last_person():
    text = ("Außenministerin Annalena Baerbock traf am Montag ihren Amtskollegen. "
            "Sie sagte, die Gespräche seien konstruktiv gewesen.")
    q = only(analyse(text, {"Annalena Baerbock": "PER"}), "indirect")
    assert q.speakers == ["Annalena Baerbock"]


def test_partial_quote_inside_indirect_speech():
    text = "Der Minister sagte, die Lage sei „äußerst angespannt“ und erfordere schnelles Handeln."
    doc = analyse(text)
    partial = only(doc, "partial")
    indirect = only(doc, "indirect")
    assert partial.text == "„äußerst angespannt“"
    assert partial.speakers == indirect.speakers != []


def test_mediated_speech_speaker_and_channel():
    text = ("Der Verteidigungsminister Boris Pistorius besuchte die Truppe. "
            "„Wir stehen fest an der Seite unserer Partner“, zitierte ihn sein Ministerium.")
    q = only(analyse(text, {"Boris Pistorius": "PER"}), "direct")
    assert q.speakers == ["Boris Pistorius"]
    assert q.channel is not None and q.channel not in q.speakers


def test_konjunktiv_continuation_keeps_speaker():
    text = ("Ein Regierungssprecher sagte, die Gespräche würden fortgesetzt. "
            "Eine Entscheidung sei noch nicht gefallen. Man habe aber Fortschritte erzielt. "
            "Das Wetter war schlecht.")
    doc = analyse(text)
    quotes = [q for q in doc.quotes if q.kind == "indirect"]
    assert len(quotes) == 2
    assert quotes[1].text == "Eine Entscheidung sei noch nicht gefallen. Man habe aber Fortschritte erzielt."
    assert quotes[0].speakers == quotes[1].speakers != []


def test_no_quotes_in_plain_report_or_headings():
    doc = analyse("Bahnstreik legt Verkehr lahm\nDer Zug fuhr um acht Uhr ab. Die Fahrgäste warteten lange.")
    assert doc.quotes == []


def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    names = {"Beloussow": "PER", "No Kwang Chol": "PER", "Wladimir Putin": "PER",
             "Russland": "LOC", "Nordkorea": "LOC", "USA": "LOC", "Südkorea": "LOC"}
    doc = analyse(text, names, {"Belousov": "Beloussow", "No Kwang Cho": "No Kwang Chol"})

    def by_start(prefix: str):
        return next(q for q in doc.quotes if q.text.startswith(prefix))

    assert by_start("dass die militärische Unte").speakers == ["Beloussow"]
    assert by_start("dass ein Abkommen, das der").speakers == ["Beloussow"]  # "Er" → the last person before
    direct = by_start("„Heute werden die freundsc")
    assert direct.kind == "direct" and direct.speakers == ["Beloussow"] and direct.channel is not None
    assert by_start("„überzeugt“").kind == "partial"
    no = by_start("die nordkoreanische Armee")
    assert no.speakers == ["No Kwang Chol"]
    assert by_start("„zu stärken und auszubauen“").speakers == ["No Kwang Chol"]
    officials = next(e for e in doc.entities if e.id in by_start("dass Russland im Gegenzug").speakers)
    assert officials.description == "Südkoreanische Regierungsvertreter" and officials.type == "PER"
    assert sum(1 for q in doc.quotes if q.sentence == 2) == 0  # the repeated lead sentence is skipped


def test_scorer_proportional_overlap():
    gold = [Annotation({"Cue": frozenset({1}), "Source": frozenset({0}), "Message": frozenset({3, 4, 5, 6})})]
    system = [Annotation({"Cue": frozenset({1}), "Source": frozenset({0, 2}), "Message": frozenset({3, 4})})]
    result = Result("test")
    score_document(system, gold, result)
    assert result.roles["Source"].scores() == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert result.roles["Message"].scores() == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert split_of("a.json") == split_of("a.json")


def test_quote_takes_the_date_of_its_attribution_clause():
    from datetime import date

    from lagebild.time.stage import time_stage

    doc = Pipeline(stages=text_stages())(
        Article(text="„Wir geben nicht auf“, sagte die Ministerin am Dienstag in Berlin.", published=date(2024, 11, 30))
    )
    time_stage(doc, Settings())
    quotes_stage(doc, Settings())
    [quote] = doc.quotes
    assert quote.time == "2024-11-26"


def attributions(text: str) -> list[tuple[str, str, str]]:
    """(cue, source, message) words of every attribution the finders return for the text."""
    from lagebild.quotes.base import View
    from lagebild.quotes.detect import detect

    doc = Pipeline(stages=text_stages())(Article(text=text))
    view = View(doc)
    words = lambda ks: " ".join(view.words[k] for k in sorted(ks))  # noqa: E731
    return [(words(a.cue), words(a.source), words(a.message)) for a in detect(doc, view)]


@pytest.mark.parametrize("text,cue,source,message", [
    # a marker inside a sentence whose verb ("gefordert") is itself a speech verb
    ("Der Sturm hat nach Angaben der Feuerwehr zwei Todesopfer gefordert.", "nach", "Angaben der Feuerwehr",
     "Der Sturm hat zwei Todesopfer gefordert"),
    ("Nach Schätzungen des Verbands fehlen bundesweit 40.000 Lehrkräfte.", "Nach", "Schätzungen des Verbands",
     "fehlen bundesweit 40.000 Lehrkräfte"),
    ("Nach Müllers Meinung kommt die Reform zu spät.", "Nach", "Müllers Meinung", "kommt die Reform zu spät"),
    ("Der Konzern verweist auf Studien, nach denen das Mittel unbedenklich sei.", "nach", "Studien",
     "das Mittel unbedenklich sei"),
    ("Es gibt Berichte, wonach der Minister zurücktreten will.", "wonach", "Berichte", "der Minister zurücktreten will"),
    ("Laut tagesschau.de wurde die Abstimmung verschoben.", "Laut", "tagesschau.de", "wurde die Abstimmung verschoben"),
])
def test_more_markers(text, cue, source, message):
    assert (cue, source, message) in attributions(text)


def test_no_marker_for_plain_nach():
    assert not [a for a in attributions("Nach der Auszählung aller Stimmen lag die Partei vorn.") if a[0] == "Nach"]


@pytest.mark.parametrize("text,cue,source,message", [
    ("Die Gewerkschaft bezeichnete das Angebot als „Provokation“.", "bezeichnete als", "Die Gewerkschaft",
     "„ Provokation “"),
    ("Der Trainer nannte die Niederlage „bitter, aber verdient“.", "nannte", "Der Trainer", "„ bitter , aber verdient “"),
    ("Die Feuerwehr sprach von einem der größten Brände seit Jahren.", "sprach von", "Die Feuerwehr",
     "einem der größten Brände seit Jahren"),
    ("„Das Ergebnis ist enttäuschend“, äußerte sich die Parteichefin am Abend.", "äußerte sich", "die Parteichefin",
     "„ Das Ergebnis ist enttäuschend “"),
])
def test_naming_and_reflexive_cues(text, cue, source, message):
    assert (cue, source, message) in attributions(text)


@pytest.mark.parametrize("text", [
    "Diesen Vorgang nennt man eine Fusion.",
    "Die Ministerin sprach sich für eine Reform aus.",
])
def test_no_naming_cue_for_definitions_or_other_verbs(text):
    assert not [a for a in attributions(text) if a[0].split()[0] in ("nennt", "sprach")]


@pytest.mark.parametrize("text,cue,source,message", [
    ("Die Opposition ist der Meinung, dass der Haushalt verfassungswidrig sei.", "ist der Meinung", "Die Opposition",
     "dass der Haushalt verfassungswidrig sei"),
    ("Die Richter vertraten die gegenteilige Auffassung, das Gesetz sei gültig.", "vertraten die gegenteilige Auffassung",
     "Die Richter", "das Gesetz sei gültig"),
])
def test_opinion_phrase_cues(text, cue, source, message):
    assert (cue, source, message) in attributions(text)


def test_anaphoric_cue_takes_the_sentence_before():
    text = "Die Brücke bleibt bis Ende Mai gesperrt. Dies teilte die Stadtverwaltung am Freitag mit."
    assert ("teilte mit", "die Stadtverwaltung", "Die Brücke bleibt bis Ende Mai gesperrt . Dies") in attributions(text)


@pytest.mark.parametrize("text,cue,message", [
    ("Die Ministerin stellte klar, dass es keine Steuererhöhungen geben werde.", "stellte klar",
     "dass es keine Steuererhöhungen geben werde"),
    ("Der Ökonom bezweifelt, dass das Klimaziel noch erreicht wird.", "bezweifelt", "dass das Klimaziel noch erreicht wird"),
    ("Der Landrat verwies darauf, dass die Mittel bereits verplant seien.", "verwies",
     "dass die Mittel bereits verplant seien"),
])
def test_more_speech_verbs(text, cue, message):
    assert any(c == cue and m == message for c, _, m in attributions(text)), attributions(text)


def test_marker_right_after_a_speech_verb_is_its_channel_not_a_second_quote():
    doc = analyse("Die Sprecherin Jana Weller sagte der Zeitung zufolge, die Gespräche seien gescheitert.", {"Jana Weller": "PER"})
    assert [(q.kind, q.speakers, q.text) for q in doc.quotes] == [("indirect", ["Jana Weller"], "die Gespräche seien gescheitert")]


def test_a_possessive_does_not_make_the_channel_its_owner():
    doc = analyse("Der Minister Paul Ekberg reiste ab. „Wir bleiben im Gespräch“, zitierte ihn seine Partei.", {"Paul Ekberg": "PER"})
    [quote] = doc.quotes
    channel = next(e for e in doc.entities if e.id == quote.channel)
    assert quote.speakers == ["Paul Ekberg"] and channel.description == "seine Partei"


def test_definite_role_noun_refers_back_to_the_person_with_that_role():
    doc = Pipeline(stages=text_stages())(Article(text=(
        "Die Außenministerin Karin Holm traf ihren Kollegen Jan Berg. "
        "Die Ministerin kündigte an, im Mai erneut nach Oslo zu reisen. "
        "Eine Sprecherin des Ministeriums erklärte, die Reise sei geplant."
    )))
    holm = Entity(id="holm", name="Karin Holm", type="PER", roles=["foreign minister"])
    berg = Entity(id="berg", name="Jan Berg", type="PER")
    for entity in (holm, berg):
        start = doc.text.index(entity.name)
        entity.mentions.append(Mention(start, start + len(entity.name), entity.name, "PER", 0, entity.id))
    doc.entities = [holm, berg]
    doc.mentions = [m for e in doc.entities for m in e.mentions]
    quotes_stage(doc, Settings())
    speakers = [q.speakers[0] if q.speakers else None for q in doc.quotes]
    assert speakers[0] == "holm"
    assert next(e for e in doc.entities if e.id == speakers[1]).description == "Eine Sprecherin des Ministeriums"


def test_coordinated_speakers_are_each_resolved():
    doc = Pipeline()(Article(text="Frankreich und Italien erklärten am Montag, dass sie die Sanktionen verlängern wollten."))
    [quote] = doc.quotes
    names = {e.id: e.name for e in doc.entities}
    assert sorted(names[s] for s in quote.speakers) == ["Frankreich", "Italien"]


def test_a_speaker_of_two_organisations_stays_one_speaker():
    doc = Pipeline()(Article(text="Ein Sprecher von Siemens und BASF sagte, dass man die Vorwürfe prüfe."))
    [quote] = doc.quotes
    assert len(quote.speakers) == 1
