"""Quote finders and speakers, round 7 of issue 6 (speakers; tuned on half A of SpkAtt dev): "mit den
Worten, …" after any verb, judgements with "als", a "demnach" inside a sentence, bodies named after a
person, and no speaker carried over a passive speech act of someone unnamed. Own example sentences."""

from __future__ import annotations

from test_quotes_round6 import _speaker_names
from test_quotes_rules import attributions


def test_mit_den_worten_makes_any_verb_a_speech_act_of_its_subject():
    found = attributions("Die Ministerin trat der Kritik der Opposition mit den Worten entgegen, das Gesetz sei "
                         "verfassungsgemäß.", parse=True)
    assert ("indirect", "trat mit den Worten", "Die Ministerin", "das Gesetz sei verfassungsgemäß") in found


def test_a_speech_verb_keeps_its_own_cue_before_mit_den_worten():
    found = attributions("Der Trainer wird von der Zeitung mit den Worten zitiert, die Mannschaft sei müde.",
                         parse=True)
    assert [a[2] for a in found] == ["Der Trainer"]


def test_criticism_with_als_names_what_is_judged():
    found = attributions("Die Gewerkschaft kritisierte den Beschluss als unsozial.", parse=True)
    assert ("indirect", "kritisierte als", "Die Gewerkschaft", "unsozial") in found


def test_als_before_a_verb_at_the_end_of_the_clause():
    found = attributions("Der Plan wurde vom Umweltverband als rückständig kritisiert.", parse=True)
    assert [(a[0], a[3]) for a in found] == [("indirect", "rückständig")]


def test_demnach_inside_a_sentence_refers_to_the_speaker_before():
    found = attributions("Nach Angaben der Polizei wurde der Täter gefasst. Er sei demnach bewaffnet gewesen.",
                         parse=True)
    assert found[-1][2] == "Angaben der Polizei"


def test_a_body_named_after_a_person_is_not_the_person():
    names = _speaker_names("Der frühere Minister Karl Berger steht vor Gericht. Die Verteidigung Bergers sagte, "
                           "das Verfahren sei unfair.")
    assert names[-1] == ["Die Verteidigung Bergers"]


def test_no_speaker_is_carried_over_a_passive_speech_act_of_someone_unnamed():
    found = attributions("Der Minister sagte, er habe nichts gewusst. In einem Brief wurde die Behörde auf ihre "
                         "Pflichten hingewiesen. Die Behörde habe den Brief ignoriert.", parse=True)
    assert found[-1][3].startswith("Die Behörde habe") and found[-1][2] == ""


def test_konjunktiv_ii_of_strong_verbs_and_koennte_after_a_speech_verb_report():
    found = attributions("Die Zeitung schreibt, Verstöße könnten mit hohen Strafen geahndet werden. Sie hat "
                         "behauptet, die neuen Stellen kämen nur durch Tricks zustande.", parse=True)
    assert [(a[1], a[2]) for a in found] == [("schreibt", "Die Zeitung"), ("hat behauptet", "Sie")]


def test_a_noun_is_no_subjunctive_form():
    found = attributions("Die Gruppe gab Einblicke in die Geschichte. Die Bürger tauschten sich an den Ständen aus.",
                         parse=True)
    assert found == []


def test_a_closing_mark_glued_to_a_hyphenated_compound_closes_the_quote():
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline, text_stages
    from lagebild.quotes.base import View
    from lagebild.quotes.marks import find_marks

    doc = Pipeline(stages=text_stages())(Article(text="Die Partei sagte, sie sei gegen die Reform."))
    view = View(doc)
    view.words[3:3] = ["„", "Tea", "Party“-Bewegung"]  # as another tokenizer leaves it
    view.lower = [w.lower() for w in view.words]
    assert [(s.open, s.close) for s in find_marks(view)] == [(3, 5)]


def test_denial_with_als_and_naming_without_als():
    found = attributions("Die Ministerin wies den Vorwurf als „Unverschämtheit“ zurück. Der Kommissar nannte den "
                         "Beschluss einen fairen Kompromiss.", parse=True)
    assert ("direct", "wies als zurück", "Die Ministerin", "„ Unverschämtheit “") in found
    assert ("indirect", "nannte", "Der Kommissar", "einen fairen Kompromiss") in found


def test_demnach_after_no_attribution_means_consequently():
    found = attributions("Der Zug hatte zwei Stunden Verspätung. Die Fahrgäste haben demnach ihren Anschluss verpasst.",
                         parse=True)
    assert found == []


def test_a_coordinated_main_clause_has_its_own_subject():
    found = attributions("Der Rat stufte das Gesetz als verfassungswidrig ein, und das Hilfswerk UNICEF rief Russland "
                         "auf, das Verbot nicht durchzusetzen.", parse=True)
    assert any(a[2] == "das Hilfswerk UNICEF" and a[3].startswith("und das Hilfswerk") for a in found)


def test_a_relative_pronoun_speaks_for_the_noun_before_it():
    names = _speaker_names("Die Laudatio hielt die Feministin Alice Schwarzer, die den Mut der Preisträgerin "
                           "hervorhob, der in ihrem Einsatz zum Ausdruck komme.")
    assert names == [["Alice Schwarzer"]]


def test_wonach_after_a_report_noun_further_back_and_as_after_which():
    found = attributions("Ein Polizeisprecher konnte erste Medienberichte nicht bestätigen, wonach Zeugen eine "
                         "Explosion gehört haben wollen. Der Minister erlaubte den Fang des Bären, wonach er später "
                         "freigelassen werden sollte.", parse=True)
    assert [(a[1], a[2]) for a in found if a[1] == "wonach"] == [("wonach", "erste Medienberichte")]


def test_a_finite_verb_ends_a_parsed_speaker_phrase():
    from lagebild.quotes.parsed import _before_verb_form
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline, text_stages
    from lagebild.quotes.base import View

    view = View(Pipeline(stages=text_stages())(Article(text="Die Ministerin Rice nannte Shultz einen Patrioten.")))
    assert [view.words[k] for k in _before_verb_form(view, [0, 1, 2, 3, 4])] == ["Die", "Ministerin", "Rice"]


def test_a_message_two_cues_introduce_is_one_quote():
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline()(Article(text="Der Journalist Max Huber kommentierte dies am Montag, indem er seinem früheren "
                                "Arbeitgeber vorwarf, ihn schon länger loswerden zu wollen."))
    spans = [(q.start, q.end) for q in doc.quotes]
    assert len(spans) == len(set(spans)) >= 1
