"""Reading UD German CoNLL-U for `lagebild train syntax`: surface words, contractions, split."""

from __future__ import annotations

from pathlib import Path

from lagebild.nlp.train_syntax import UDSentence, read_conllu, splits, to_docbin

CONLLU = """# sent_id = t1
# text = Der Minister reiste zum Gipfel.
1\tDer\tder\tDET\tART\tCase=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art\t2\tdet\t_\t_
2\tMinister\tMinister\tNOUN\tNN\tCase=Nom|Gender=Masc|Number=Sing\t3\tnsubj\t_\t_
3\treiste\treisen\tVERB\tVVFIN\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
4-5\tzum\t_\t_\t_\t_\t_\t_\t_\t_
4\tzu\tzu\tADP\tAPPR\t_\t6\tcase\t_\t_
5\tdem\tder\tDET\tART\tCase=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art\t6\tdet\t_\t_
6\tGipfel\tGipfel\tNOUN\tNN\tCase=Dat|Gender=Masc|Number=Sing\t3\tobl\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t$.\t_\t3\tpunct\t_\t_

# sent_id = t2
# text = Sie sei bereit.
1\tSie\tsie\tPRON\tPRP\tCase=Nom|Number=Sing|Person=3|PronType=Prs\t3\tnsubj\t_\t_
2\tsei\tsein\tAUX\tVBC\tMood=Sub|Number=Sing|Person=3|Tense=Pres\t3\tcop\t_\t_
3\tbereit\tbereit\tADJ\tJJ\tDegree=Pos\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
"""


def read(tmp_path: Path, treebank: str) -> list[UDSentence]:
    path = tmp_path / "sample.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return list(read_conllu(path, treebank))


def test_contraction_is_one_word_with_preposition_role_and_article_case(tmp_path: Path) -> None:
    sentence = read(tmp_path, "gsd")[0]
    assert sentence.words == ["Der", "Minister", "reiste", "zum", "Gipfel", "."]
    zum = sentence.words.index("zum")
    assert (sentence.tags[zum], sentence.pos[zum], sentence.lemmas[zum]) == ("APPRART", "ADP", "zu")
    assert "Case=Dat" in sentence.morphs[zum]
    assert sentence.heads == [1, 2, 2, 4, 2, 2]
    assert sentence.deps[2] == "ROOT"
    text = "".join(w + (" " if space else "") for w, space in zip(sentence.words, sentence.spaces))
    assert text == sentence.text


def test_non_stts_treebank_has_no_tags_but_harmonised_features(tmp_path: Path) -> None:
    sentence = read(tmp_path, "pud")[1]
    assert sentence.tags == ["", "", "", ""]
    assert "VerbForm=Fin" in sentence.morphs[1]
    assert "Mood=Sub" in sentence.morphs[1]


def test_split_is_stable_and_pud_can_be_held_out(tmp_path: Path) -> None:
    sentences = read(tmp_path, "gsd") + read(tmp_path, "pud")
    first, second = splits(sentences), splits(sentences)
    assert [s.text for s in first["dev"]] == [s.text for s in second["dev"]]
    held = splits(sentences, holdout_pud=True)
    assert [s.treebank for s in held["pud"]] == ["pud", "pud"]
    assert all(s.treebank == "gsd" for part in ("train", "dev") for s in held[part])


def test_docbin_keeps_gold_annotation(tmp_path: Path) -> None:
    import spacy

    docs = list(to_docbin(read(tmp_path, "gsd")).get_docs(spacy.blank("de").vocab))
    assert docs[0].text == "Der Minister reiste zum Gipfel."
    assert [t.dep_ for t in docs[0]][2] == "ROOT"
    assert docs[0][3].tag_ == "APPRART"
    assert docs[0][4].morph.get("Case") == ["Dat"]


def test_commands_parse_as_typer_commands_and_fail_clearly(tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from lagebild.errors import UsageError
    from lagebild.nlp.train_syntax import evaluate_syntax_command, train_syntax_command

    app = typer.Typer()
    app.command("train")(train_syntax_command)
    app.command("evaluate")(evaluate_syntax_command)
    runner = CliRunner()
    assert "--holdout-pud" in runner.invoke(app, ["train", "--help"]).output
    result = runner.invoke(app, ["evaluate", "--data", str(tmp_path)])
    assert isinstance(result.exception, UsageError)
