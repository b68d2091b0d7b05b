"""Quote finders and speakers, round 9 of issue 6 (speakers; tuned on half A of SpkAtt dev): texts that
speak for their authors, "sich beschweren", passive accusations without an agent, colon quotes after a
clause that cannot speak, appositions before a relative clause, uncued quotes after a long report, the
speaker's own text after "aus". Own example sentences."""

from __future__ import annotations

from test_quotes_rules import attributions


def test_a_report_as_subject_speaks_for_the_subjunctive_sentence_after_it():
    found = attributions("Der Prüfbericht beschreibt die Abläufe am Unglückstag. Mitarbeiter hätten die Warnung "
                         "übersehen.", parse=True)
    assert any(a[3].startswith("Mitarbeiter hätten") and a[2] == "Der Prüfbericht" for a in found)


def test_sich_beschweren_is_a_complaint_with_content():
    found = attributions("Die Anwohner beschweren sich über den Lärm, die Baustelle sei auch nachts in Betrieb.",
                         parse=True)
    assert any(a[2] == "Die Anwohner" and a[3].startswith("die Baustelle sei") for a in found)


def test_a_passive_accusation_names_no_speaker():
    found = attributions("Ihm werden Betrug und Erpressung mehrerer Geschäftsleute vorgeworfen.", parse=True)
    assert found and all(a[2] == "" for a in found)  # not "Ihm", the accused


def test_a_colon_quote_after_a_clause_that_cannot_speak_keeps_the_speaker_before():
    found = attributions("Die Ministerin äußerte sich zuversichtlich: „Wir finden eine Lösung.“ Ihre Hoffnung "
                         "stützt sich auf frühere Verhandlungen: „Bisher haben wir uns immer geeinigt.“", parse=True)
    last = [a for a in found if a[3].startswith("„ Bisher")]
    assert last and last[0][2] == "Die Ministerin"


def test_an_apposition_before_a_relative_clause_belongs_to_the_speaker():
    found = attributions("Maria Keller, die Bürgermeisterin der Stadt, die seit 2019 im Amt ist, sagte, der Haushalt "
                         "sei ausgeglichen.", parse=True)
    assert any(a[2] == "Maria Keller , die Bürgermeisterin der Stadt" for a in found)


def test_the_speaker_s_own_text_after_aus_is_not_part_of_the_speaker():
    found = attributions("Die Regierung habe versagt, zitiert die Zeitung aus ihrer jüngsten Stellungnahme.",
                         parse=True)
    assert any(a[2] == "die Zeitung" for a in found)


def test_a_coordinated_main_clause_after_dies_is_no_pointer_to_the_sentence_before():
    found = attributions("Am Morgen blockierten Bauern die Zufahrt. Das war nicht der erste Protest und die Anwohner "
                         "befürchten, dass weitere folgen.", parse=True)
    assert [a[3] for a in found if a[1] == "befürchten"] == ["dass weitere folgen"]
