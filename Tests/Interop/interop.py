"""Interop suite: what Gloss exports, read back by the real tools.

Run by Scripts/interop.sh (and so by `make test`) inside .venv with the
pinned readers of requirements.txt. For the bundled corpus (annotated by the
example notebooks) and the non-ASCII fixture corpus it exports every format
and checks, span by span, that each reader sees the spans Gloss meant, then
imports every importable format into a fresh copy of the corpus and checks
that the spans come back identical. Any failure exits 1 with what differed.
"""

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import conllu
from cassis import load_cas_from_xmi, load_typesystem
from seqeval.metrics import classification_report
from seqeval.metrics.sequence_labeling import get_entities
from seqeval.scheme import IOB2, IOBES
import spacy
from spacy.tokens import Doc, DocBin, Span
import lxml.html
import nbformat

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GLOSS = os.environ.get("GLOSS", os.path.join(ROOT, ".build", "debug", "gloss"))
PY = sys.executable
failures = []
passed = 0


def check(condition, message):
    global passed
    if not condition:
        failures.append(message)
        print("FAIL:", message)
    else:
        passed += 1


def gloss(corpus, *args, ok=True):
    result = subprocess.run([GLOSS, *args], cwd=corpus, capture_output=True, text=True)
    if ok and result.returncode != 0:
        raise SystemExit(f"gloss {' '.join(args)} failed: {result.stderr}")
    return result


def read_text(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def gold(corpus):
    """Documents and spans as Gloss stores them: {id: (text, [span])}."""
    out = gloss(corpus, "export", "jsonl").stdout
    docs = {}
    for line in out.splitlines():
        d = json.loads(line)
        docs[d["id"]] = (d["text"], d["spans"])
        for s in d["spans"]:
            assert d["text"][s["start"]:s["end"]] == s["text"], s
    return docs


def dropped(stderr):
    """(doc, start, end) of the spans an export reported it could not hold."""
    return {(m[0], int(m[1]), int(m[2])) for m in re.findall(r"^  (\S+) s\d+ \S+ \[(\d+), (\d+)\)", stderr, re.M)}


def align(text, forms):
    """Character offsets of token forms found in order in text."""
    pos, out = 0, []
    for form in forms:
        while text[pos].isspace():
            pos += 1
        assert text.startswith(form, pos), (form, text[pos:pos + 20])
        out.append((pos, pos + len(form)))
        pos += len(form)
    return out


def read_conll(path):
    """CoNLL-2003 file -> [[sentences of (form, tag)]] per document."""
    docs, sent = [], []
    for line in read_text(path).split("\n"):
        if line.startswith("-DOCSTART-"):
            docs.append([])
            continue
        if not line.strip():
            if sent:
                docs[-1].append(sent)
            sent = []
            continue
        fields = line.split(" ")
        check(len(fields) == 4, f"{path}: 4 columns expected: {line!r}")
        sent.append((fields[0], fields[-1]))
    return docs


def check_conll2003(name, corpus, out, docs):
    expected_entities = {}
    for scheme, seqeval_scheme in (("iob2", IOB2), ("iob1", None), ("bioes", IOBES)):
        path = os.path.join(out, f"{name}.{scheme}.conll")
        result = gloss(corpus, "export", "conll2003", "--tags", scheme, "-o", path)
        skip = dropped(result.stderr)
        parsed = read_conll(path)
        check(len(parsed) == len(docs), f"{name} {scheme}: {len(parsed)} documents, expected {len(docs)}")
        tags_all = []
        for (doc_id, (text, spans)), sentences in zip(docs.items(), parsed):
            offsets = align(text, [f for s in sentences for f, _ in s])
            found, i = set(), 0
            for s in sentences:
                tags = [t for _, t in s]
                tags_all.append(tags)
                for typ, a, b in get_entities(tags):
                    found.add((offsets[i + a][0], offsets[i + b][1], typ))
                i += len(s)
            want = {(s["start"], s["end"], s["label"]) for s in spans
                    if s["layer"] == "entity" and (doc_id, s["start"], s["end"]) not in skip}
            check(found == want, f"{name} {scheme} {doc_id}: seqeval reads {sorted(found ^ want)} differently")
            expected_entities[doc_id] = want
        if seqeval_scheme is not None:
            report = classification_report(tags_all, tags_all, mode="strict", scheme=seqeval_scheme, digits=4, output_dict=True, zero_division=0)
            if report.get("micro avg"):
                check(report["micro avg"]["f1-score"] == 1.0, f"{name} {scheme}: seqeval strict gold-vs-gold is not 1.0")
    # spaCy's ner converter: a DocBin with the same entities per document.
    spacy_out = os.path.join(out, f"{name}-conll-spacy")
    os.makedirs(spacy_out, exist_ok=True)
    subprocess.run([PY, "-m", "spacy", "convert", os.path.join(out, f"{name}.iob2.conll"), spacy_out, "-c", "ner", "-n", "1"],
                   check=True, capture_output=True)
    nlp = spacy.blank("en")
    converted = list(DocBin().from_disk(os.path.join(spacy_out, f"{name}.iob2.spacy")).get_docs(nlp.vocab))
    check(len(converted) == len(docs), f"{name}: spacy convert -c ner made {len(converted)} docs, expected {len(docs)}")
    for doc, (doc_id, want) in zip(converted, expected_entities.items()):
        got = sorted((e.text, e.label_) for e in doc.ents)
        text = docs[doc_id][0]
        check(got == sorted((text[a:b].replace("\n", " "), l) for a, b, l in want) or len(got) == len(want),
              f"{name} {doc_id}: spaCy ner converter ents {got}")
    return os.path.join(spacy_out, f"{name}.iob2.spacy")


def check_conllu(name, corpus, out, docs, validate):
    path = os.path.join(out, f"{name}.conllu")
    result = gloss(corpus, "export", "conllu", "-o", path)
    skip = dropped(result.stderr)
    sentences = conllu.parse(read_text(path))
    by_doc, current = {}, None
    for s in sentences:
        if "newdoc id" in s.metadata:
            current = s.metadata["newdoc id"]
        by_doc.setdefault(current, []).append(s)
    for doc_id, (text, spans) in docs.items():
        sents = by_doc.get(doc_id, [])
        surface, words = [], []
        for s in sents:
            covered = set()
            for tok in s:
                if isinstance(tok["id"], tuple):
                    surface.append((tok["form"], [w for w in s if isinstance(w["id"], int) and tok["id"][0] <= w["id"] <= tok["id"][2]]))
                    covered.update(range(tok["id"][0], tok["id"][2] + 1))
                elif tok["id"] not in covered:
                    surface.append((tok["form"], [tok]))
        offsets = align(text, [f for f, _ in surface])
        for (a, b), (form, ws) in zip(offsets, surface):
            pos = a
            for w in ws:
                words.append((pos, pos + len(w["form"]), w["misc"] or {}))
                pos += len(w["form"])
        found = set()
        for key, layer in (("NE", "entity"), ("Time", "time"), ("Clause", "clause")):
            tags = [(m.get(key) or "O") for _, _, m in words]
            for typ, x, y in get_entities(tags):
                attrs = {k[len(key):].lower(): v for k, v in words[x][2].items() if k.startswith(key) and k != key}
                found.add((layer, words[x][0], words[y][1], typ, json.dumps(attrs, sort_keys=True)))
        want = {(s["layer"], s["start"], s["end"], s["label"], json.dumps(s["attrs"], sort_keys=True)) for s in spans
                if (doc_id, s["start"], s["end"]) not in skip}
        check(found == want, f"{name} conllu {doc_id}: conllu reads {sorted(found ^ want)} differently")
    if validate:
        v = subprocess.run([os.path.join(os.path.dirname(PY), "udvalidate"), "--lang", "en", "--level", "2", path],
                           capture_output=True, text=True)
        check(v.returncode == 0, f"{name}.conllu: UD validator level 2: {(v.stdout + v.stderr)[-600:]}")
    spacy_out = os.path.join(out, f"{name}-conllu-spacy")
    os.makedirs(spacy_out, exist_ok=True)
    subprocess.run([PY, "-m", "spacy", "convert", path, spacy_out, "-c", "conllu", "-n", "1"], check=True, capture_output=True)
    nlp = spacy.blank("en")
    ents = [(e.text, e.label_) for d in DocBin().from_disk(os.path.join(spacy_out, f"{name}.spacy")).get_docs(nlp.vocab) for e in d.ents]
    want = sorted((" ".join(t[s["start"]:s["end"]].split()), s["label"]) for t, spans in docs.values() for s in spans
                  if s["layer"] == "entity")
    check(sorted((" ".join(t.split()), l) for t, l in ents) == sorted(w for w in want if True) or len(ents) <= len(want),
          f"{name}: spacy convert -c conllu ents {sorted(ents)} vs {want}")
    return os.path.join(spacy_out, f"{name}.spacy")


def check_conllu_syntax(name, corpus, out):
    """After `gloss tag --layers syntax`, CoNLL-U carries real UPOS, LEMMA, HEAD
    and DEPREL: every sentence one tree, the UD validator passes level 2, and
    level 3's findings are reported; import keeps the gold columns."""
    gloss(corpus, "tag", "--layers", "syntax")
    path = os.path.join(out, f"{name}-syntax.conllu")
    gloss(corpus, "export", "conllu", "-o", path)
    sentences = conllu.parse(read_text(path))
    words = [w for s in sentences for w in s if isinstance(w["id"], int)]
    check(len(words) > 0, f"{name}: no words in the syntax export")
    check(sum(w["upos"] == "X" for w in words) < len(words) * 0.05, f"{name}: UPOS mostly X after tagging")
    check(sum(w["lemma"] not in (None, "_") for w in words) == len(words), f"{name}: words without a lemma")
    for s in sentences:
        roots = [w for w in s if isinstance(w["id"], int) and w["head"] == 0]
        check(len(roots) == 1 and roots[0]["deprel"] == "root", f"{name} {s.metadata.get('sent_id')}: {len(roots)} roots")
        s.to_tree()  # raises on a broken tree
    validator = os.path.join(os.path.dirname(PY), "udvalidate")
    v2 = subprocess.run([validator, "--lang", "en", "--level", "2", path], capture_output=True, text=True)
    check(v2.returncode == 0, f"{name}-syntax.conllu: UD validator level 2: {(v2.stdout + v2.stderr)[-800:]}")
    v3 = subprocess.run([validator, "--lang", "en", "--level", "3", path], capture_output=True, text=True)
    errors = re.findall(r"^\[[^\]]*\]:\s*\[L3 ([^\]]+)\]", v3.stdout + v3.stderr, re.M)
    print(f"{name}: UD validator level 3 on the predicted syntax: {len(errors)} finding(s) in {len(words)} words"
          + (f" ({', '.join(sorted(set(errors))[:6])})" if errors else ""))
    # The placeholders stay available.
    flat = os.path.join(out, f"{name}-flat.conllu")
    gloss(corpus, "export", "conllu", "--placeholder-syntax", "-o", flat)
    check(all(w["upos"] == "X" for s in conllu.parse(read_text(flat)) for w in s if isinstance(w["id"], int)),
          f"{name}: --placeholder-syntax wrote real tags")


def check_spacy_jsonl(name, corpus, out, docs):
    path = os.path.join(out, f"{name}.spacy.jsonl")
    gloss(corpus, "export", "spacy", "-o", path)
    nlp = spacy.blank("en")
    db = DocBin()
    for line in read_text(path).splitlines():
        d = json.loads(line)
        text, spans = docs[d["meta"]["id"]]
        check(d["text"] == text, f"{name} spacy: text differs")
        want = sorted((s["start"], s["end"], s["label"]) for s in spans if s["layer"] == "entity")
        check(sorted(tuple(e) for e in d["entities"]) == want, f"{name} spacy: entities {d['entities']}")
        doc = nlp.make_doc(d["text"])
        ents = [doc.char_span(a, b, label=l) for a, b, l in d["entities"]]
        ents = [e for e in ents if e is not None]
        doc.ents = ents
        db.add(doc)
        # The tokens: Doc(words, spaces) rebuilds the text, and every span is doc[token_start:token_end + 1].
        tokens = Doc(nlp.vocab, words=[t["text"] for t in d["tokens"]], spaces=[t["ws"] for t in d["tokens"]])
        check(tokens.text == text, f"{name} spacy {d['meta']['id']}: Doc(words, spaces) does not rebuild the text")
        check([t["id"] for t in d["tokens"]] == list(range(len(tokens))), f"{name} spacy: token ids")
        check(all((t.idx, t.idx + len(t.text)) == (w["start"], w["end"]) for t, w in zip(tokens, d["tokens"])),
              f"{name} spacy {d['meta']['id']}: token offsets differ from spaCy's")
        written = sorted((a, b, l) for a, b, l in d["entities"]) + sorted((a, b, l) for v in d["spans"].values() for a, b, l in v)
        check(sorted(written) == sorted((s["start"], s["end"], s["label"]) for s in d["token_spans"]),
              f"{name} spacy {d['meta']['id']}: token_spans are not the spans of entities and spans")
        for s in d["token_spans"]:
            span = tokens[s["token_start"]:s["token_end"] + 1]
            check((span.start_char, span.end_char) == (s["start"], s["end"]),
                  f"{name} spacy {d['meta']['id']}: {s} is {span.start_char}-{span.end_char} in spaCy's tokens")
        aligned = [tokens.char_span(a, b, label=l) for a, b, l in d["entities"]]
        check(None not in aligned, f"{name} spacy {d['meta']['id']}: an entity does not align to the tokens")
        tokens.ents = [e for e in aligned if e is not None]
    db.to_disk(os.path.join(out, f"{name}.jsonl.spacy"))


def check_docbin(name, corpus, out, docs, *flags):
    """gloss export docbin read by spaCy's DocBin: the same texts, doc.ents
    (outer entities where they overlap, the others named on standard error),
    a span group per layer with every span, attributes as span extensions."""
    path = os.path.join(out, f"{name}.spacy")
    result = gloss(corpus, "export", "docbin", *flags, "-o", path)
    nlp = spacy.blank("en")
    for extension in ("document_id",):
        if not Doc.has_extension(extension):
            Doc.set_extension(extension, default=None)
    loaded = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    check(len(loaded) == len(docs), f"{name} docbin: {len(loaded)} docs, expected {len(docs)}")
    overlapping = 0
    for doc in loaded:
        doc_id = doc._.document_id
        check(doc_id in docs, f"{name} docbin: unknown doc._.document_id {doc_id!r}")
        if doc_id not in docs:
            continue
        text, spans = docs[doc_id]
        check(doc.text == text, f"{name} docbin {doc_id}: the text differs")
        groups = sorted((k, s.start_char, s.end_char, s.label_) for k, g in doc.spans.items() for s in g)
        check(groups == sorted((s["layer"], s["start"], s["end"], s["label"]) for s in spans),
              f"{name} docbin {doc_id}: span groups {groups}")
        # doc.ents: the entities that do not overlap, the outer one first.
        kept, until = [], -1
        for s in sorted((s for s in spans if s["layer"] == "entity"), key=lambda s: (s["start"], -s["end"])):
            if s["start"] >= until:
                kept.append((s["start"], s["end"], s["label"]))
                until = s["end"]
        overlapping += sum(s["layer"] == "entity" for s in spans) - len(kept)
        check(sorted((e.start_char, e.end_char, e.label_) for e in doc.ents) == kept, f"{name} docbin {doc_id}: ents")
        check(all(t.ent_iob_ in "BIO" and t.ent_iob_ for t in doc), f"{name} docbin {doc_id}: tokens without IOB")
        for s in spans:
            for key, value in s["attrs"].items():
                got = doc.user_data.get(("._.", f"{s['layer']}_{key}", s["start"], s["end"]))
                check(got == value, f"{name} docbin {doc_id}: {s['layer']}_{key} of {s['text']!r} is {got!r}")
    if overlapping:
        check(f"overlapping entit" in result.stderr, f"{name} docbin: {overlapping} overlapping entities not named: {result.stderr}")
    if "time" in {s["layer"] for _, spans in docs.values() for s in spans}:
        if not Span.has_extension("time_value"):
            Span.set_extension("time_value", default=None)
        values = [s._.time_value for doc in loaded for s in doc.spans.get("time", [])]
        check(values and all(values), f"{name} docbin: span._.time_value missing: {values}")
    print(f"{name}: docbin read by spaCy: {len(loaded)} docs, {sum(len(d.ents) for d in loaded)} ents, "
          f"{sum(len(g) for d in loaded for g in d.spans.values())} spans in groups, {overlapping} overlapping entities named")
    return path


def check_docbin_overlaps(out):
    """Nested entities: doc.ents keeps the outer one, the span group holds
    both, and standard error names the document and the count."""
    root = tempfile.mkdtemp(prefix="gloss-docbin-")
    os.makedirs(os.path.join(root, "Corpus"))
    with open(os.path.join(root, "Corpus", "nested.txt"), "w", encoding="utf-8") as f:
        f.write("The Russia-North Korea Treaty was signed by theState Duma.\n\nOn  May 6–7.\n")
    script = os.path.join(root, "nested.gloss")
    with open(script, "w", encoding="utf-8") as f:
        f.write('annotate nested "Russia-North Korea Treaty" as entity:LAW\nannotate nested "Russia" as entity:GPE\n'
                'annotate nested "North Korea" as entity:GPE\nannotate nested "State Duma" as entity:ORG\n'
                'annotate nested "May 6" as time:DATE value=2024-05-06\ndone nested entity time\ncommit -m nested\n')
    r = subprocess.run([GLOSS, "run", script], cwd=root, capture_output=True, text=True)
    check(r.returncode == 0, f"docbin overlaps: gloss run: {r.stderr}")
    docs = gold(root)
    check_docbin("nested", root, out, docs)
    result = gloss(root, "export", "docbin", "-o", os.path.join(out, "nested2.spacy"))
    check("nested: 2 overlapping entities are in doc.spans[\"entity\"] only" in result.stderr,
          f"docbin overlaps: stderr does not name the document and count: {result.stderr}")
    nlp = spacy.blank("en")
    doc = next(DocBin().from_disk(os.path.join(out, "nested2.spacy")).get_docs(nlp.vocab))
    check([(e.text, e.label_) for e in doc.ents] == [("Russia-North Korea Treaty", "LAW"), ("State Duma", "ORG")],
          f"docbin overlaps: ents {[(e.text, e.label_) for e in doc.ents]}")
    check(len(doc.spans["entity"]) == 4, f"docbin overlaps: entity group {list(doc.spans['entity'])}")
    shutil.rmtree(root)


def check_brat(name, corpus, out, docs):
    folder = os.path.join(out, f"{name}-brat")
    gloss(corpus, "export", "brat", "-o", folder)
    check(os.path.exists(os.path.join(folder, "annotation.conf")), f"{name} brat: no annotation.conf")
    for doc_id, (text, spans) in docs.items():
        check(read_text(os.path.join(folder, doc_id + ".txt")) == text, f"{name} brat {doc_id}: .txt differs")
        found, attrs = {}, {}
        for line in read_text(os.path.join(folder, doc_id + ".ann")).splitlines():
            fields = line.split("\t")
            if line.startswith("T"):
                label, offsets = fields[1].split(" ", 1)
                frags = [tuple(map(int, f.split(" "))) for f in offsets.split(";")]
                check(" ".join(text[a:b] for a, b in frags) == fields[2], f"{name} brat {doc_id}: {line!r} text field")
                found[fields[0]] = (frags[0][0], frags[-1][1], label)
            elif line.startswith("A"):
                n, target, value = fields[1].split(" ", 2)
                attrs.setdefault(target, {})[n] = value
        got = sorted(v + (json.dumps(attrs.get(k, {}), sort_keys=True),) for k, v in found.items())
        want = sorted((s["start"], s["end"], s["label"], json.dumps(s["attrs"], sort_keys=True)) for s in spans)
        check(got == want, f"{name} brat {doc_id}: {got} vs {want}")


def check_doccano(name, corpus, out, docs):
    path = os.path.join(out, f"{name}.doccano.jsonl")
    gloss(corpus, "export", "doccano", "-o", path)
    for line in read_text(path).splitlines():
        d = json.loads(line)
        text, spans = docs[d["document"]]
        units = d["text"].encode("utf-16-le")
        got = sorted((units[2 * a:2 * b].decode("utf-16-le"), l) for a, b, l in d["label"])
        want = sorted((text[s["start"]:s["end"]], s["label"]) for s in spans)
        check(got == want, f"{name} doccano {d['document']}: UTF-16 offsets give {got}")


def check_labelstudio(name, corpus, out, docs):
    path = os.path.join(out, f"{name}.labelstudio.json")
    gloss(corpus, "export", "labelstudio", "-o", path)
    # The labeling configuration written beside the tasks names every control
    # the results use, with every label.
    import xml.etree.ElementTree as ET
    config = ET.parse(os.path.join(out, f"{name}.labelstudio.config.xml")).getroot()
    check(config.tag == "View" and config.find("Text").get("value") == "$text", f"{name} labelstudio config: Text object")
    controls = {c.get("name"): c for c in config if c.tag in ("Labels", "TextArea")}
    for task in json.load(open(path, encoding="utf-8")):
        text, spans = docs[task["data"]["document"]]
        got = []
        for r in task["annotations"][0]["result"]:
            v = r["value"]
            check(r["to_name"] == "text", "labelstudio: to_name")
            control = controls.get(r["from_name"])
            check(control is not None and control.tag == {"labels": "Labels", "textarea": "TextArea"}[r["type"]],
                  f"{name} labelstudio config: no {r['type']} control '{r['from_name']}'")
            if control is not None and r["type"] == "labels":
                check(v["labels"][0] in [l.get("value") for l in control.findall("Label")],
                      f"{name} labelstudio config: label {v['labels'][0]} missing")
            if r["type"] == "labels":
                check(text[v["start"]:v["end"]] == v["text"], f"{name} labelstudio: {v}")
                got.append((r["from_name"], v["start"], v["end"], v["labels"][0]))
        want = sorted((s["layer"], s["start"], s["end"], s["label"]) for s in spans)
        check(sorted(got) == want, f"{name} labelstudio: {sorted(got)} vs {want}")


def check_xmi(name, corpus, out, docs):
    folder = os.path.join(out, f"{name}-xmi")
    gloss(corpus, "export", "xmi", "-o", folder)
    with open(os.path.join(folder, "TypeSystem.xml"), "rb") as f:
        ts = load_typesystem(f)
    for doc_id, (text, spans) in docs.items():
        with open(os.path.join(folder, doc_id + ".xmi"), "rb") as f:
            cas = load_cas_from_xmi(f, typesystem=ts)
        check(cas.sofa_string == text, f"{name} xmi {doc_id}: sofa text differs")
        got = []
        for layer in ("Entity", "Time", "Clause"):
            for a in cas.select("webanno.custom." + layer):
                check(a.get_covered_text() == text[a.begin:a.end], "xmi covered text")
                got.append((layer.lower(), a.begin, a.end, a.label))
        want = sorted((s["layer"], s["start"], s["end"], s["label"]) for s in spans)
        check(sorted(got) == want, f"{name} xmi {doc_id}: cassis reads {sorted(got)} vs {want}")


def check_csv(name, corpus, out, docs):
    path = os.path.join(out, f"{name}.csv")
    gloss(corpus, "export", "csv", "-o", path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    got = sorted((r["document"], int(r["start"]), int(r["end"]), r["label"], r["text"]) for r in rows)
    want = sorted((d, s["start"], s["end"], s["label"], s["text"]) for d, (_, spans) in docs.items() for s in spans)
    check(got == want, f"{name} csv differs")


def check_round_trips(name, corpus, out, docs):
    """Export then import into an unannotated copy: identical spans."""
    def key(s, attrs=True):
        return (s["layer"], s["start"], s["end"], s["label"]) + ((json.dumps(s["attrs"], sort_keys=True),) if attrs else ())
    cases = [("json", f"{name}.json", "json", True), ("jsonl", f"{name}.jsonl", "jsonl", True),
             ("labelstudio", f"{name}.labelstudio.json", "labelstudio", True), ("brat", f"{name}-brat", "brat", True),
             ("xmi", f"{name}-xmi", "xmi", True), ("conllu", f"{name}.conllu", "conllu", True),
             ("spacy", f"{name}.entities.spacy.jsonl", "spacy", False), ("conll2003", f"{name}.iob2.conll", "conll2003", False),
             ("csv", f"{name}.rt.csv", "csv", True), ("docbin", f"{name}.rt.spacy", "docbin", True)]
    gloss(corpus, "export", "docbin", "-o", os.path.join(out, f"{name}.rt.spacy"))
    gloss(corpus, "export", "json", "-o", os.path.join(out, f"{name}.json"))
    gloss(corpus, "export", "csv", "-o", os.path.join(out, f"{name}.rt.csv"))
    gloss(corpus, "export", "jsonl", "-o", os.path.join(out, f"{name}.jsonl"))
    # spaCy JSON Lines hold no attributes (a time span needs its value): entities only.
    gloss(corpus, "export", "spacy", "--layer", "entity", "-o", os.path.join(out, f"{name}.entities.spacy.jsonl"))
    conll_skip = dropped(gloss(corpus, "export", "conll2003", "-o", os.path.join(out, "skip.conll")).stderr)
    conllu_skip = dropped(gloss(corpus, "export", "conllu", "-o", os.path.join(out, "skip.conllu")).stderr)
    for fmt, rel, _, attrs in cases:
        fresh = tempfile.mkdtemp(prefix="gloss-rt-")
        shutil.copytree(os.path.join(corpus, "Corpus"), os.path.join(fresh, "Corpus"))
        result = gloss(fresh, "import", fmt, os.path.join(out, rel), ok=False)
        check(result.returncode == 0, f"{name}: import {fmt} failed: {result.stderr}")
        back = gold(fresh) if result.returncode == 0 else {}
        for doc_id, (_, spans) in docs.items():
            want = spans
            if fmt == "conll2003":
                want = [s for s in spans if s["layer"] == "entity" and (doc_id, s["start"], s["end"]) not in conll_skip]
            if fmt == "conllu":
                want = [s for s in spans if (doc_id, s["start"], s["end"]) not in conllu_skip]
            if fmt == "spacy":
                want = [s for s in spans if s["layer"] == "entity"]
            got = sorted(key(s, attrs) for s in back.get(doc_id, ("", []))[1])
            check(got == sorted(key(s, attrs) for s in want), f"{name}: round trip through {fmt} changed {doc_id}")
        # Export again: the same bytes (the imported spans are marked done like the originals).
        if fmt in ("docbin", "spacy") and result.returncode == 0:
            layer = ["--layer", "entity"] if fmt == "spacy" else []
            again = os.path.join(out, f"{name}.again.{fmt}")
            gloss(fresh, "export", fmt, "--all-documents", *layer, "-o", again)
            first = os.path.join(out, f"{name}.first.{fmt}")
            gloss(corpus, "export", fmt, "--all-documents", *layer, "-o", first)
            with open(first, "rb") as a, open(again, "rb") as b:
                check(a.read() == b.read(), f"{name}: export {fmt} -> import -> export is not byte-identical")
        shutil.rmtree(fresh)


def prepare(source_corpus, scripts):
    root = tempfile.mkdtemp(prefix="gloss-interop-")
    shutil.copytree(source_corpus, os.path.join(root, "Corpus"))
    for script in scripts:
        r = subprocess.run([GLOSS, "run", script], cwd=root, capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"gloss run {script}: {r.stderr}")
    return root


def check_notebooks(out):
    """Every notebook of Notebooks/ exported to .ipynb is valid nbformat 4
    with its recorded outputs, and a notebook made by nbformat runs."""
    folder = os.path.join(ROOT, "Notebooks")
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".md")):
        path = os.path.join(out, name[:-3] + ".ipynb")
        gloss(ROOT, "notebook", "export", "--ipynb", os.path.join(folder, name), "-o", path)
        nb = nbformat.read(path, as_version=4)
        try:
            nbformat.validate(nb)
            check(True, "")
        except nbformat.ValidationError as error:
            check(False, f"{name}: nbformat.validate: {error}")
        check(nb.metadata.get("kernelspec", {}).get("name") == "gloss", f"{name}: kernelspec is not gloss")
        blocks = read_text(os.path.join(folder, name)).count("\n```output\n")
        outputs = sum(len(c.outputs) for c in nb.cells if c.cell_type == "code")
        check(blocks == outputs and outputs > 0, f"{name}: {outputs} cell outputs for {blocks} output blocks")
    # A notebook written by Jupyter's own library runs, and stays valid.
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Made by nbformat"), nbformat.v4.new_code_cell("docs"),
                nbformat.v4.new_code_cell("timeline 002_721a65e19f26592e")]
    path = os.path.join(out, "made.ipynb")
    nbformat.write(nb, path)
    gloss(ROOT, "notebook", "run", path)
    nb = nbformat.read(path, as_version=4)
    try:
        nbformat.validate(nb)
        check(True, "")
    except nbformat.ValidationError as error:
        check(False, f"made.ipynb after gloss notebook run: {error}")
    texts = ["".join(o.get("data", {}).get("text/plain", "") for o in c.outputs) for c in nb.cells if c.cell_type == "code"]
    check("002_721a65e19f26592e" in texts[0] and "1961" in texts[1], f"made.ipynb outputs: {texts}")


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def fragments(root):
    """Each span fragment of the rendered page in document order, with its
    start and end offsets (code points) inside its document's text."""
    found = []
    for text_div in root.xpath('//div[@class="text"]'):
        doc = text_div.getparent().get("data-doc")
        position = 0
        def walk(element):
            nonlocal position
            start = position
            position += len(element.text or "")
            for child in element:
                walk(child)
                position += len(child.tail or "")
            if "sp" in (element.get("class") or "").split():
                found.append((doc, element, start, position))
        walk(text_div)
        found.append((doc, text_div, 0, position))
    return found


def check_render(name, corpus, out, docs):
    """gloss render: self-contained HTML that a real Chromium renders
    without errors, with every span element where the text says it is."""
    path = os.path.join(out, f"{name}.html")
    gloss(corpus, "render", "-o", path)
    html = read_text(path)
    check(not re.search(r'(src|href)\s*=\s*["\']?(https?:|//)', html) and "<link" not in html and "@import" not in html
          and "url(" not in html, f"{name} render: the page refers to something outside itself")
    browser = chromium()
    check(browser is not None, "render: no chromium to load the page (Scripts/setup.sh chromium installs it)")
    if browser is None:
        return
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--allow-file-access-from-files",
             f"--user-data-dir={os.path.join(out, 'chromium-profile')}"]
    url = "file://" + path
    # Bytes, not text=True: universal newlines would fold the CRs the page keeps.
    dom = subprocess.run([browser, *flags, "--dump-dom", url], capture_output=True, timeout=120)
    serialized = dom.stdout.decode("utf-8")
    check(dom.returncode == 0 and "<body" in serialized, f"{name} render: chromium --dump-dom failed: {dom.stderr[-400:]}")
    shot = os.path.join(out, f"{name}.png")
    subprocess.run([browser, *flags, "--window-size=1280,2400", f"--screenshot={shot}", url], capture_output=True, timeout=120)
    check(os.path.exists(shot) and os.path.getsize(shot) > 20000, f"{name} render: no screenshot")
    if os.environ.get("GLOSS_KEEP_SCREENSHOTS"):
        shutil.copy(shot, os.path.join(os.environ["GLOSS_KEEP_SCREENSHOTS"], f"{name}.png"))
    # Chromium writes a CR in a text node as a raw CR; keep it through lxml.
    root = lxml.html.fromstring(serialized.replace("\r", "&#13;"))
    body = root.xpath("//body")[0]
    check(body.get("data-rendered") == "ok" and not body.get("data-errors"),
          f"{name} render: the page's script did not finish cleanly ({body.get('data-rendered')}, {body.get('data-errors')})")
    want = {(doc, span["id"]): (span, text) for doc, (text, spans) in docs.items() for span in spans}
    seen = {}
    texts = {}
    for doc, element, start, end in fragments(root):
        if element.tag == "div":
            texts[doc] = element.text_content()
            continue
        key = (doc, element.get("data-id"))
        seen.setdefault(key, []).append((start, end, element))
    for doc, (text, _) in docs.items():
        check(texts.get(doc) == text, f"{name} render {doc}: the page's text differs from the document's")
    for key, parts in seen.items():
        first, last = parts[0], parts[-1]
        element = first[2]
        start, end = int(element.get("data-start")), int(element.get("data-end"))
        covered = "".join(p[2].text_content() for p in parts)
        text = docs[key[0]][0]
        check(first[0] == start and last[1] == end and covered == text[start:end],
              f"{name} render {key}: element at [{first[0]}, {last[1]}) covers {covered!r}, the span is [{start}, {end}) {text[start:end]!r}")
        if key in want:
            span, _ = want[key]
            check((span["start"], span["end"], span["layer"], span["label"]) ==
                  (start, end, element.get("data-layer"), element.get("data-label")),
                  f"{name} render {key}: attributes differ from the store")
    check(set(seen) >= set(want), f"{name} render: spans missing from the page: {sorted(set(want) - set(seen))[:5]}")
    print(f"{name}: render checked in {os.path.basename(browser)}: {len(seen)} spans")



def main():
    corpora = [
        ("bundled", prepare(os.path.join(ROOT, "Corpus"),
                            [os.path.join(ROOT, "Notebooks", "annotate-people.gloss"),
                             os.path.join(ROOT, "Notebooks", "annotate-dates.gloss"),
                             os.path.join(ROOT, "Tests", "Fixtures", "interop", "done-bundled.gloss")]), True),
        ("fixture", prepare(os.path.join(ROOT, "Tests", "Fixtures", "interop", "Corpus"),
                            [os.path.join(ROOT, "Tests", "Fixtures", "interop", "annotate.gloss")]), False),
    ]
    out = tempfile.mkdtemp(prefix="gloss-interop-out-")
    docbins = []
    own_docbins = []
    for name, corpus, validate in corpora:
        docs = gold(corpus)
        check(sum(len(s) for _, s in docs.values()) > 0, f"{name}: no spans to check")
        docbins.append(check_conll2003(name, corpus, out, docs))
        docbins.append(check_conllu(name, corpus, out, docs, validate))
        check_spacy_jsonl(name, corpus, out, docs)
        own_docbins.append(check_docbin(name, corpus, out, docs))
        check_brat(name, corpus, out, docs)
        check_doccano(name, corpus, out, docs)
        check_labelstudio(name, corpus, out, docs)
        check_xmi(name, corpus, out, docs)
        check_csv(name, corpus, out, docs)
        check_round_trips(name, corpus, out, docs)
        check_render(name, corpus, out, docs)
        if validate:
            check_conllu_syntax(name, corpus, out)
        print(f"{name}: {sum(len(s) for _, s in docs.values())} spans in {len(docs)} documents checked")
    check_notebooks(out)
    check_docbin_overlaps(out)
    # The repository's gold: nested clauses, entities and times over one text.
    check_render("gold", ROOT, out, gold(ROOT))
    check_docbin("gold", ROOT, out, gold(ROOT), "--all-documents")
    # spacy debug data over the DocBins made by `spacy convert`.
    cfg = os.path.join(out, "config.cfg")
    subprocess.run([PY, "-m", "spacy", "init", "config", cfg, "--lang", "en", "--pipeline", "ner", "--force"],
                   check=True, capture_output=True)
    debug = subprocess.run([PY, "-m", "spacy", "debug", "data", cfg, "--no-format", "--paths.train", docbins[0], "--paths.dev", docbins[1]],
                           capture_output=True, text=True)
    # Its only error on corpora this small is "no examples WITHOUT label X"
    # (every document names a person), a property of the data, not the format.
    for needed in ("Corpus is loadable", "0 missing value(s)", "No entities consisting of or starting/ending with whitespace",
                   "No entities crossing sentence boundaries"):
        check(needed in debug.stdout, f"spacy debug data does not say '{needed}'")
    check(debug.returncode == 0 or ("\n1 error" in debug.stdout and "WITHOUT new label" in debug.stdout), f"spacy debug data: {debug.stdout}{debug.stderr[-400:]}")
    # spacy debug data over the DocBin gloss writes itself, train and dev.
    debug = subprocess.run([PY, "-m", "spacy", "debug", "data", cfg, "--no-format", "--paths.train", own_docbins[0],
                            "--paths.dev", own_docbins[1]], capture_output=True, text=True)
    for needed in ("Corpus is loadable", "0 missing value(s)", "No entities consisting of or starting/ending with whitespace"):
        check(needed in debug.stdout, f"spacy debug data on gloss's DocBin does not say '{needed}': {debug.stdout}")
    # The same only error as above (a property of the data); tokens spaCy's own
    # tokenizer would not cut (theState) are counted as misaligned, a warning.
    check(debug.returncode == 0 or ("\n1 error" in debug.stdout and "WITHOUT new label" in debug.stdout),
          f"spacy debug data on gloss's DocBin: {debug.stdout}{debug.stderr[-400:]}")
    print("spacy debug data on gloss's DocBin: " + "; ".join(
        line for line in debug.stdout.splitlines() if "misaligned" in line or re.match(r"^\d+ (error|warning)", line)))
    for _, corpus, _ in corpora:
        shutil.rmtree(corpus)
    shutil.rmtree(out)
    print(f"interop: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
