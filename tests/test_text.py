"""The text layer on real and realistic German news text."""

from __future__ import annotations

from lagebild.model import Article
from lagebild.text.normalize import clean_unicode, normalize_text
from lagebild.text.segment import is_heading


def sentences_of(pipeline, text: str) -> list[str]:
    doc = pipeline(Article(text=text))
    return [doc.text[s.start : s.end] for s in doc.sentences]


def test_seed_headings_and_duplicate_lead(seed_doc):
    kinds = {seed_doc.sentence_text(i): s.kind for i, s in enumerate(seed_doc.sentences)}
    assert kinds["Nordkorea will Kooperation ausbauen"] == "heading"
    assert kinds["Kritik aus den USA und Südkorea"] == "heading"
    assert sum(1 for s in seed_doc.sentences if s.kind == "heading") == 2
    duplicates = [(i, s.duplicate_of) for i, s in enumerate(seed_doc.sentences) if s.duplicate_of is not None]
    assert len(duplicates) == 1
    later, earlier = duplicates[0]
    assert "Belousov" in seed_doc.sentence_text(later) and "Beloussow" in seed_doc.sentence_text(earlier)


def test_seed_body_sentences(seed_doc):
    texts = [seed_doc.sentence_text(i) for i in range(len(seed_doc.sentences))]
    assert len(texts) == 15
    assert texts[4].endswith("zitierte ihn sein Ministerium.")
    assert texts[5].startswith("Beloussow zeigte sich „überzeugt“")
    assert texts[13].startswith("Die USA und Südkorea haben Nordkorea vorgeworfen")


def test_abbreviations_and_ordinal_dates_do_not_split(pipeline):
    text = (
        "Der Gipfel begann am 19. Juni in Berlin. Dr. Müller, Prof. Schmidt u. a. nahmen teil, "
        "z. B. auch Vertreter der Länder. Am 3. Oktober 2024 feierte Deutschland den Tag der Einheit."
    )
    assert sentences_of(pipeline, text) == [
        "Der Gipfel begann am 19. Juni in Berlin.",
        "Dr. Müller, Prof. Schmidt u. a. nahmen teil, z. B. auch Vertreter der Länder.",
        "Am 3. Oktober 2024 feierte Deutschland den Tag der Einheit.",
    ]


def test_quotes_in_all_styles_stay_in_their_sentence(pipeline):
    text = (
        "„Wir werden nicht nachgeben. Niemals“, sagte die Ministerin. "
        "»Das ist ein guter Tag«, erklärte der Sprecher. "
        '"Es reicht", rief ein Demonstrant.'
    )
    assert sentences_of(pipeline, text)[-2:] == [
        "»Das ist ein guter Tag«, erklärte der Sprecher.",
        '"Es reicht", rief ein Demonstrant.',
    ]


def test_heading_rules():
    assert is_heading("Kritik aus Moskau", is_last=False)
    assert is_heading("Evakuierungen in Schwaben", is_last=False)
    assert not is_heading("Die Regierung trat zurück.", is_last=False)
    assert not is_heading("Wie geht es weiter?", is_last=False)
    assert not is_heading("Kritik aus Moskau", is_last=True)
    assert not is_heading("und dann kam alles anders", is_last=False)


def test_no_duplicates_among_distinct_sentences(pipeline):
    doc = pipeline(Article(text=(
        "Die Regierung hat am Montag ein neues Gesetz zur Migration vorgestellt. "
        "Die Opposition hat am Montag ein neues Papier zur Migration vorgestellt. "
        "Das Gesetz soll im Frühjahr in Kraft treten."
    )))
    assert all(s.duplicate_of is None for s in doc.sentences)


def test_invisible_and_bidi_characters_are_removed():
    hostile = "Die\u200b Regierung\u202e hat\u2066 beschlossen\u200f.\ufeff"
    assert clean_unicode(hostile) == "Die Regierung hat beschlossen."


def test_mojibake_is_repaired_and_nfc():
    assert clean_unicode("MÃ¼nchen und KÃ¶ln") == "München und Köln"
    assert clean_unicode("Mu\u0308nchen") == "München"


def test_typographic_quotes_are_kept():
    assert clean_unicode("„Heute“ und »morgen«") == "„Heute“ und »morgen«"


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = (
        "Die Bundesregierung will die Ausgaben für die Verteidigung in den kommenden\n"
        "Jahren deutlich erhöhen. Das kündigte der Finanzminister am Mittwoch in Berlin\n"
        "an. Die Opposition sprach von einem Haushalt ohne klare Prioritäten und for-\n"
        "derte Nachbesserungen.\n\nZweiter Absatz."
    )
    text, paragraphs = normalize_text(wrapped)
    assert len(paragraphs) == 2
    assert "kommenden Jahren" in text and "forderte" in text


def test_offsets_point_into_normalised_text(pipeline):
    doc = pipeline(Article(text="  Die\u00a0Regierung  tagt.\r\n\r\nMorgen\u200b mehr. "))
    assert doc.text == "Die Regierung tagt.\nMorgen mehr."
    for token in doc.tokens:
        assert doc.text[token.start : token.end] == token.text
    for paragraph in doc.paragraphs:
        assert doc.text[paragraph.start : paragraph.end].strip()


def test_language_identification(pipeline):
    english = "The government announced on Monday that it would raise defence spending over the next five years."
    assert pipeline(Article(text=english)).language == "en"
    assert pipeline(Article(text="Die Regierung kündigte am Montag an, die Verteidigungsausgaben zu erhöhen.")).language == "de"


def test_sentence_final_word_that_looks_like_an_abbreviation(pipeline):
    assert sentences_of(pipeline, "Die USA verhängten neue Sanktionen gegen den Iran. Teheran protestierte scharf.") == [
        "Die USA verhängten neue Sanktionen gegen den Iran.",
        "Teheran protestierte scharf.",
    ]
    assert sentences_of(pipeline, "Es sprach Prof. Müller über die Lage.") == ["Es sprach Prof. Müller über die Lage."]


def test_run_in_headings_of_flattened_articles(pipeline):
    """Where line breaks were lost, a sub-heading runs into the next sentence; a capitalised
    article or preposition that can only start a sentence shows where it ends."""
    text = (
        "Die Regierung verschob die Reform auf den Herbst. Kritik aus Brüssel Die EU-Kommission "
        "reagierte am Montag verärgert auf die Verschiebung. Kaufen Sie jetzt nicht, riet der Analyst. "
        "Allen Warnungen zum Trotz blieb der Minister bei seinem Plan."
    )
    doc = pipeline(Article(text=text))
    kinds = [(doc.text[s.start : s.end], s.kind) for s in doc.sentences]
    assert kinds[1] == ("Kritik aus Brüssel", "heading")
    assert kinds[2] == ("Die EU-Kommission reagierte am Montag verärgert auf die Verschiebung.", "body")
    assert [kind for _, kind in kinds[3:]] == ["body", "body"]
