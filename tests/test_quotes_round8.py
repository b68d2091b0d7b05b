"""Quote finders and speakers, round 8 of issue 6 (speakers; tuned on half A of SpkAtt dev): a wie-clause
that ends the sentence, an opinion noun before a clause-final verb, an announcement with a zu-infinitive
without a comma, a speaker named after the statement in the next sentence, trimmed speaker phrases, and
narrower "als"/"nannte" judgements. Own example sentences."""

from __future__ import annotations

from test_quotes_rules import attributions


def test_a_wie_clause_at_the_end_of_the_sentence_reports_the_clause_before():
    found = attributions("Die Anlage war seit Tagen außer Betrieb, wie Karl Weber, Sprecher der Stadtwerke, "
                         "mitteilte.", parse=True)
    assert ("indirect", "wie mitteilte", "Karl Weber , Sprecher der Stadtwerke",
            "Die Anlage war seit Tagen außer Betrieb") in found


def test_a_final_wie_clause_after_a_marker_adds_no_second_attribution():
    found = attributions("Der Ausschuss kam laut Frankfurter Rundschau zu dem Schluss, dass die Akten fehlen, "
                         "wie die Zeitung schreibt.", parse=True)
    assert [a[1] for a in found] == ["laut"]


def test_an_opinion_noun_before_the_verb_at_the_end_of_the_clause():
    found = attributions("Die Ministerin hatte in einem Interview die Ansicht vertreten, die Reform komme zu spät.",
                         parse=True)
    assert ("indirect", "hatte die Ansicht vertreten", "Die Ministerin", "die Reform komme zu spät") in found


def test_an_announcement_with_a_zu_infinitive_without_a_comma():
    found = attributions("Der Konzern hat angekündigt die Preise im Herbst zu erhöhen.", parse=True)
    assert ("indirect", "hat angekündigt", "Der Konzern", "die Preise im Herbst zu erhöhen") in found


def test_a_speaker_named_after_the_statement_in_the_next_sentence():
    found = attributions("Es war ein schwarzer Tag an der Börse. Die Lage sei angespannt. „Wir rechnen mit weiteren "
                         "Verlusten“, sagte Klaus Berger am Abend.", parse=True)
    assert found[0][3].startswith("Die Lage") and found[0][2] == "Klaus Berger"


def test_a_speaker_phrase_ends_before_a_dangling_preposition_and_selbst():
    found = attributions("Die Kommission kam laut Süddeutscher Zeitung zu dem Ergebnis, dass Fehler gemacht wurden.",
                         parse=True)
    assert found[0][2] == "Süddeutscher Zeitung" and "zu dem Ergebnis" in found[0][3]
    found = attributions("Die Partei selbst warf dem Minister vor, gelogen zu haben.", parse=True)
    assert found[0][2] == "Die Partei"


def test_a_personal_pronoun_is_the_whole_speaker():
    found = attributions("Berger kommentierte dies, indem er seinem Ex-Arbeitgeber vorwarf, ihn loswerden zu wollen.",
                         parse=True)
    assert ("indirect", "vorwarf", "er", "ihn loswerden zu wollen") in found


def test_als_before_an_object_is_a_role_not_a_judgement():
    found = attributions("Berger hat als Vorsitzender den Beschluss kritisiert.", parse=True)
    assert not any(a[1].endswith("als kritisiert") for a in found)


def test_nannte_with_an_addressee_names_no_judgement():
    found = attributions("Der Minister nannte der Zeitung einen Termin.", parse=True)
    assert found == []


def test_aufrufen_without_zu_calls_something_up():
    assert attributions("Täglich haben etwa eine Million Nutzer die Seite aufgerufen.", parse=True) == []
    found = attributions("Die Gewerkschaft rief die Beschäftigten zu Warnstreiks auf.", parse=True)
    assert [a[2] for a in found] == ["Die Gewerkschaft"]


def test_berichten_von_names_what_was_reported_not_the_speaker():
    found = attributions("Andere Medien berichten von dreizehn Passagieren.", parse=True)
    assert ("indirect", "berichten von", "Andere Medien", "dreizehn Passagieren") in found
    found = attributions("Am Montag berichtete ein Sprecher von Siemens über die Zahlen.", parse=True)
    assert not any(a[1] == "berichtete von" for a in found)


def test_verurteilen_with_als_condemns_but_a_court_sentence_is_no_statement():
    found = attributions("Das Außenministerium verurteilte den Anschlag als feige Tat.", parse=True)
    assert ("indirect", "verurteilte als", "Das Außenministerium", "feige Tat") in found
    assert attributions("Das Landgericht verurteilte den Mann als Mittäter zu zehn Jahren Haft.", parse=True) == []


def test_a_speaker_with_apposition_and_relative_clause_before_the_verb_is_no_statement():
    found = attributions("Karl Berger, einer der Abgeordneten, die den Brief unterschrieben, verurteilte die "
                         "Haltung der Regierung.", parse=True)
    assert not any(a[3].startswith("Karl Berger") for a in found)


def test_a_quote_after_a_speech_verb_of_its_own_sentence_is_its_subjects():
    found = attributions("Die Menschenmenge skandierte vor dem Parlament Parolen wie „Nieder mit der Regierung!“",
                         parse=True)
    assert [(a[2], a[3]) for a in found] == [("Die Menschenmenge", "„ Nieder mit der Regierung ! “")]


def test_a_marker_in_a_coordinated_clause_reports_that_clause():
    found = attributions("Die Polizei nahm zwei Männer fest, und nach Angaben der Behörden wurden drei Beamte verletzt.",
                         parse=True)
    marker = next(a for a in found if a[1] == "nach")
    assert marker[3] == "wurden drei Beamte verletzt" and marker[2] == "Angaben der Behörden"


def test_a_body_that_opens_the_sentence_before_is_sie_even_with_a_person_as_its_object():
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline()(Article(text="Die Partei wirft der Regierung um Präsident Max Huber schmutzige Propaganda vor. "
                                  "Sie bezichtigt die Regierung zudem, die Krise provoziert zu haben."))
    names = {e.id: e.name for e in doc.entities}
    speakers = [names.get(s, s) for q in doc.quotes for s in q.speakers]
    assert "Max Huber" not in speakers
