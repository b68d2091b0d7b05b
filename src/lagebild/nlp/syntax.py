"""German syntax: the shipped tagger/morphologizer/lemmatizer/parser, its stage, and clause helpers.

The model (trained by `lagebild train syntax` on UD German, CC BY-SA) sets STTS tags
(`token.tag_`), UPOS and UD features (`token.pos_`, `token.morph`), lemmas and UD
dependencies. The stage runs it on the Doc the NER stage built, so names and syntax
live on one spaCy Doc in `Document.spacy_doc`.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from lagebild.config import Settings
from lagebild.errors import ModelError
from lagebild.model import Document
from lagebild.nlp.model import hanta_tagger

HANTA_LEMMAS = "lagebild_hanta_lemmas"
REQUIRED_PIPES = ("tagger", "morphologizer", "trainable_lemmatizer", "parser")
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj", "csubj:pass")
OBJECT_DEPS = ("obj", "iobj", "obl:arg")
# Dependents that head a clause of their own.
CLAUSE_DEPS = ("ROOT", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "csubj", "csubj:pass", "parataxis")
_AUX_DEPS = ("aux", "aux:pass", "cop")
# Word classes HanTa lemmatises, with the prefixes of its tags for them.
_NOUN_ENDINGS = ("", "e", "en", "n", "er", "ern", "s", "es", "nen", "ns", "ens")
_UMLAUT_FOLD = str.maketrans("äöü", "aou")
_HANTA_CLASSES = {"VERB": ("VV", "VA", "VM"), "AUX": ("VV", "VA", "VM"), "NOUN": ("NN",), "ADJ": ("ADJ",)}


def shipped_model_path() -> Path:
    return Path(str(resources.files("lagebild") / "models" / "syntax"))


@lru_cache(maxsize=2)
def load_syntax(model: str | None = None):
    """The syntax pipeline: the shipped one, or a pipeline directory. Cached; loads local files only."""
    from lagebild.nlp.model import load_pipeline

    name = model or str(shipped_model_path())
    nlp = load_pipeline(model, shipped_model_path(), "syntax", "give a pipeline directory trained by `lagebild train syntax`")
    missing = [pipe for pipe in REQUIRED_PIPES if pipe not in nlp.pipe_names]
    if missing:
        raise ModelError(f"syntax model {name!r} lacks {', '.join(missing)}; give a pipeline trained by `lagebild train syntax`")
    nlp.add_pipe(HANTA_LEMMAS, after="trainable_lemmatizer")
    return nlp


def _rebuild(nlp, source: Doc) -> Doc:
    """The same tokens, sentence starts, entities, span groups and user data on a Doc of the syntax vocab.

    spaCy components write string ids of their own vocab, so a Doc made by another
    pipeline (NER) is copied onto this one rather than annotated in place.
    """
    doc = Doc(
        nlp.vocab,
        words=[t.text for t in source],
        spaces=[bool(t.whitespace_) for t in source],
        sent_starts=[t.is_sent_start for t in source],
    )
    doc.ents = [Span(doc, e.start, e.end, label=e.label_, kb_id=e.kb_id_) for e in source.ents]
    for key, group in source.spans.items():
        doc.spans[key] = [Span(doc, s.start, s.end, label=s.label_, kb_id=s.kb_id_) for s in group]
    doc.user_data.update(source.user_data)
    return doc


def syntax_stage(doc: Document, settings: Settings, model: str | None = None) -> None:
    """Tag, lemmatise and parse the document; the result (with any NER entities) goes to doc.spacy_doc.

    `model` names another syntax pipeline directory (for evaluation); the default is the shipped one.
    """
    from lagebild.nlp.stage import build_spacy_doc

    nlp = load_syntax(model)
    existing = doc.spacy_doc
    if existing is None:
        spacy_doc = build_spacy_doc(nlp, doc)[0]
    elif existing.vocab is nlp.vocab:
        spacy_doc = existing
    else:
        spacy_doc = _rebuild(nlp, existing)
    doc.spacy_doc = nlp(spacy_doc)


def parse_of_tokens(doc: Document) -> list[Token | None] | None:
    """The parsed spaCy token of each document token (None where none starts there), or None
    without a parse. The parse is built over the segmenter's tokens, so they pair one to one."""
    parsed = doc.spacy_doc
    if parsed is None:
        return None
    tokens = list(parsed)
    if len(tokens) == len(doc.tokens):
        return tokens
    by_start = {t.idx: t for t in tokens}
    return [by_start.get(t.start) for t in doc.tokens]


def _hanta_tag(stts: str, upos: str) -> str:
    """STTS as HanTa writes it at tag level 1 (VVFIN → VV(FIN), ADJA → ADJ(A)); "EMPTY" (HanTa
    chooses) where the tagger and the morphologizer disagree about the word class."""
    if upos in ("VERB", "AUX") and stts[:2] in ("VV", "VA", "VM") and len(stts) > 2:
        return f"{stts[:2]}({stts[2:]})"
    if upos == "ADJ" and stts in ("ADJA", "ADJD"):
        return f"ADJ({stts[3]})"
    return stts if upos == "NOUN" and stts == "NN" else "EMPTY"


@lru_cache(maxsize=200_000)
def _hanta_analysis(word: str, tag: str = "EMPTY") -> tuple[str, str]:
    """HanTa's (lemma, tag) for a word; with `tag`, the lemma for that word class."""
    lemma, found = hanta_tagger().analyze(word, pos=tag, taglevel=1)
    return lemma, found


def _base_form_noun(token: Token) -> bool:
    """A singular noun the model leaves as it is: nothing for HanTa to add (and it saves time)."""
    return token.pos_ == "NOUN" and token.lemma_ == token.text and token.morph.get("Number") == ["Sing"]


def _plain_inflection(word: str, lemma: str) -> bool:
    """Whether the word is the lemma plus a regular noun ending (umlauts aside): "Verträge", "Staaten"."""
    word, lemma = word.lower().translate(_UMLAUT_FOLD), lemma.lower().translate(_UMLAUT_FOLD)
    return word.startswith(lemma) and word[len(lemma) :] in _NOUN_ENDINGS


def _hanta_lemma(token: Token) -> str | None:
    """HanTa's lemma for the model's tag, or None to keep the model's lemma.

    Doubtful results — a noun that is no plain inflection of its lemma ("Nordkorea" →
    "Nordkore"), a verb lemma not ending in -n (a wrong tag: "vorgeworf"), tagger and
    morphologizer disagreeing — are checked against HanTa's own reading of the word and
    only kept if it is of the same word class (not so for names: "Nordkorea" is NE).
    """
    tag = _hanta_tag(token.tag_, token.pos_)
    lemma = _hanta_analysis(token.text, tag)[0]
    doubtful = tag == "EMPTY" or (
        not _plain_inflection(token.text, lemma) if token.pos_ == "NOUN" else token.pos_ != "ADJ" and not lemma.endswith("n")
    )
    if doubtful:
        lemma, found = _hanta_analysis(token.text)
        if not found.startswith(_HANTA_CLASSES[token.pos_]):
            return None
    if token.pos_ in ("NOUN", "ADJ"):
        lemma = _with_case_of(token.text, lemma, keep_first=token.pos_ == "NOUN" or not token.is_sent_start)
    return lemma


def _with_case_of(word: str, lemma: str, keep_first: bool) -> str:
    """The lemma with the word's casing where the two agree ("US-amerikanisch", not "us-amerikanisch")."""
    chars = []
    for i, char in enumerate(lemma):
        if i >= len(word) or char.lower() != word[i].lower():
            return "".join(chars) + lemma[i:]
        chars.append(word[i] if (i or keep_first) else char)
    return "".join(chars)


@Language.component(HANTA_LEMMAS)
def refine_lemmas(spacy_doc: Doc) -> Doc:
    """Lemmas of verbs, nouns and adjectives from HanTa's lexicon, checked against the model's tags.

    The treebank is too small for the edit-tree lemmatizer to learn strong verbs and rarer
    plurals ("gewannen", "Darstellungen"); HanTa knows them. Proper nouns keep the model's
    lemma (HanTa writes "USA" as "Usa"). `load_syntax` adds this after the lemmatizer.
    """
    for token in spacy_doc:
        if token.pos_ in _HANTA_CLASSES and not _base_form_noun(token):
            token.lemma_ = _hanta_lemma(token) or token.lemma_
        elif token.pos_ == "PROPN" and token.lemma_.replace("ß", "ss") == token.text:
            token.lemma_ = token.text  # the treebank's old spelling: "Rußland" for "Russland"
    return spacy_doc


def _verb(token: Token) -> Token:
    """The content head for an auxiliary or copula ("hat" in "hat abgelehnt" → "abgelehnt")."""
    return token.head if token.dep_ in _AUX_DEPS and token.head.i != token.i else token


def verb_lemma(token: Token) -> str:
    """Lemma with a separated particle joined on: "stattete … ab" → "abstatten"."""
    particles = [c.lemma_.lower() for c in token.children if c.dep_ == "compound:prt"]
    return "".join(particles) + token.lemma_


def clause_of(token: Token) -> Token:
    """Head of the clause the token belongs to (the root or a ccomp/advcl/acl/... head).

    Conjoined verbs head clauses of their own ("kam und sah"); conjoined nouns do not.
    """
    current = token
    while current.dep_ not in CLAUSE_DEPS and current.head.i != current.i:
        if current.dep_ == "conj" and current.pos_ in ("VERB", "AUX") and current.head.pos_ in ("VERB", "AUX", "ADJ"):
            break
        current = current.head
    return current


def mark_of(clause_head: Token) -> Token | None:
    """The subordinating word of a clause ("dass", "ob", "weil"), if any."""
    return next((c for c in clause_head.children if c.dep_ == "mark"), None)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb (for passives the patient, `nsubj:pass`).

    Also found on the verb's auxiliary (where the parser hangs it there) and, for a
    conjoined verb without one, on the first conjunct ("Er kam und sah"). Use `.conjuncts`
    on the result for compound subjects ("Putin und Kim").
    """
    head = _verb(verb)
    candidates = [head, *(c for c in head.children if c.dep_ in _AUX_DEPS)]
    if head.dep_ == "conj":
        candidates.append(head.head)
    for candidate in candidates:
        subject = next((c for c in candidate.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return None


def objects_of(verb: Token) -> list[Token]:
    """Direct, indirect and prepositional argument objects of a verb, in text order."""
    head = _verb(verb)
    return [c for c in head.children if c.dep_ in OBJECT_DEPS]


def agent_of(verb: Token) -> Token | None:
    """The agent of a passive ("von der Regierung abgelehnt" → "Regierung").

    The treebanks mark few agents as `obl:agent`, so in a passive clause an oblique
    with "von" or "durch" counts as well.
    """
    head = _verb(verb)
    children = list(head.children)
    agent = next((c for c in children if c.dep_ == "obl:agent"), None)
    passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in children) or (
        any(c.dep_ == "aux" and c.lemma_ == "werden" for c in children) and head.tag_ == "VVPP"
    )
    if agent is None and passive:
        agent = next((c for c in children if c.dep_ == "obl" and _preposition(c) in ("von", "vom", "durch")), None)
    return agent


def _preposition(token: Token) -> str:
    return next((c.lower_ for c in token.children if c.dep_ == "case"), "")


_SEIN_K1 = ("sei", "seiest", "seist", "seien", "seiet")


def _subject_person(token: Token) -> tuple[str | None, bool]:
    """(person, plural) of the verb's subject; person None when there is no pronoun to say."""
    subject = subject_of(token)
    if subject is None:
        person = token.morph.get("Person")
        return (person[0] if person else None), token.morph.get("Number") == ["Plur"]
    plural = subject.morph.get("Number") == ["Plur"] or bool(subject.conjuncts)
    person = subject.morph.get("Person") if subject.pos_ == "PRON" else ["3"]
    return (person[0] if person else None), plural


def _finite_k1(token: Token) -> bool:
    mood, tense = token.morph.get("Mood"), token.morph.get("Tense")
    finite = bool(mood) or token.tag_.endswith("FIN") or token.morph.get("VerbForm") == ["Fin"]
    if not finite or (mood == ["Sub"] and tense == ["Past"]):
        return False  # Konjunktiv II ("wäre", "hätte") or no finite verb
    if token.lower_ in _SEIN_K1:
        return True
    person, plural = _subject_person(token)
    if person in ("1", "2"):
        return False  # "ich habe", "wir werden": the same forms as the indicative
    if mood == ["Sub"]:
        return True
    lemma = token.lemma_.lower()
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else ""
    return bool(stem) and token.lower_ == f"{stem}e" and not plural


def is_konjunktiv1(token: Token) -> bool:
    """Whether the verb (or its auxiliary / copula) is in Konjunktiv I, the mood of reported speech.

    Trusts Mood=Sub with present tense from the morphologizer (Mood=Sub with Tense=Past is
    Konjunktiv II: "wäre", "hätte"), except with a 1st/2nd person subject, whose forms equal the
    indicative. Where the model says indicative or nothing, falls back to the form: "sei"/"seien",
    or stem + "e" ("habe", "werde", "wolle", "liefere") with a singular 3rd-person subject,
    where the indicative would end in "-t" or change the stem.
    """
    head = _verb(token)
    auxiliaries = [c for c in head.children if c.dep_ in _AUX_DEPS]
    if not auxiliaries and head.tag_ in ("VVPP", "VVINF", "VAPP", "VMPP"):
        # "geliefert und … geleistet habe": conjoined participles share the last one's auxiliary
        auxiliaries = [c for conj in head.conjuncts for c in conj.children if c.dep_ in _AUX_DEPS]
    return any(_finite_k1(c) for c in [head, *auxiliaries])
