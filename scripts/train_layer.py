"""Train the statistical trigger layer (``realpolitik.events.statistical``) from the train
split and the fresh set (never the held-out split), and write
``src/realpolitik/data/trigger_model.json``.

    pip install -e '.[train]'
    python scripts/train_layer.py            # cross-validate on the training data, then fit
    python scripts/train_layer.py --cv-only  # report, write nothing
    python scripts/train_layer.py --fresh-until fresh-s  # the fresh sets A–S only

Every labelled sentence of ``tests/data/labelled/events-train.jsonl`` and
``events-fresh.jsonl`` (``--data`` chooses other files) is parsed once (the
parse is cached under ``--cache``) and coded by the rule coder with a recording layer,
which gives each candidate token's features exactly as the coder sees them at run time.
A token's label is the event type of the gold event whose trigger it heads, else NONE.
Model selection (regularisation, class weights) and the decision thresholds are chosen
by 5-fold cross-validation over sentences of the training data: token-level for the model,
end to end (the coder's event-type and triple F1 on the held-out folds) for the
thresholds; between settings of ``drop_complete`` within ``CV_TIE`` of the best, the one
that drops fewer candidates with both parties named is kept. The held-out split and the dev
set are never read. The seed is fixed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from realpolitik.evaluate import load_gold, score  # noqa: E402
from realpolitik.events import statistical as st  # noqa: E402
from realpolitik.events.coder import EventCoder, mask_dateline  # noqa: E402
from realpolitik.ingest import clean_text  # noqa: E402
from realpolitik.model import EVENT_TYPES, Article  # noqa: E402

TRAIN = ROOT / "tests/data/labelled/events-train.jsonl"
# the later set written apart from the split (tests/data/labelled/build.py --fresh): scored
# once when it arrived, then training data like the train split
FRESH = ROOT / "tests/data/labelled/events-fresh.jsonl"
OUT = ROOT / "src/realpolitik/data/trigger_model.json"
SEED = 7
# Smaller weights are left out of the written model (4,470 fresh sentences: at 0.02 the file
# grew past the 2 MB that tests/test_statistical.py allows); with more data the cut rises in
# steps of 0.005 until the file fits (5,470 fresh sentences: 2.06 MB at 0.025).
MIN_WEIGHT = 0.025
MAX_BYTES = 2_000_000
FOLDS = 5
CLASSES = [st.NONE, *EVENT_TYPES]


class Recorder(st.TriggerLayer):
    """Records each candidate token's features; changes nothing."""

    def __init__(self, lexicon: Any) -> None:  # no model needed
        self.slots = st._default_slots(lexicon)
        self.doc = 0
        self.rows: list[tuple[int, int, list[str]]] = []
        self.vectors: list[np.ndarray] = []
        self.owner: dict[tuple[int, int], int] = {}
        """A token taken into a rule candidate ("held talks") → the candidate's token."""

    def revise(self, coder, sent, cands, consumed, ctx, note):  # type: ignore[no-untyped-def]
        rules = {c.token.i: c.trigger for c in cands}
        for c in cands:
            for i in c.used:
                self.owner.setdefault((self.doc, i), c.token.i)
        toks = [t for t in sent if st.is_candidate(t, rules)]
        for t in toks:
            self.rows.append((self.doc, t.i, st.features(t, rules, coder.lexicon)))
        vec = st.context_vectors(toks)
        if toks:
            assert vec is not None
            self.vectors.extend(vec)
        return cands


class Fixed(st.TriggerLayer):
    """A layer whose probabilities were computed beforehand (cross-validation)."""

    def __init__(self, classes: list[str], table: dict[tuple[int, int], np.ndarray],
                 thresholds: st.Thresholds, lexicon: Any,
                 doc_lemmas: list[frozenset[str]]) -> None:
        self.model = st.LinearModel(classes, {}, np.zeros((0, len(classes))),
                                    np.zeros(len(classes)))
        self.thresholds = thresholds
        self.slots = st._default_slots(lexicon)
        self.table = table
        self.doc = 0
        self.doc_lemmas = doc_lemmas
        """Per sentence, the trigger lemmas of the folds its model was trained on."""
        self.lemmas: frozenset[str] | None = None
        self._last = None
        self._lemma_ok: dict[str, bool] = {}

    def revise(self, coder, sent, cands, consumed, ctx, note):  # type: ignore[no-untyped-def]
        lemmas = self.doc_lemmas[self.doc]
        if lemmas is not self.lemmas:  # another fold's model: its lemmas' verdicts anew
            self.lemmas, self._last, self._lemma_ok = lemmas, None, {}
        return super().revise(coder, sent, cands, consumed, ctx, note)

    def probabilities(self, sent, toks, rows):  # type: ignore[no-untyped-def]
        return np.array([self.table[(self.doc, t.i)] for t in toks])


def with_tensors(docs: list[Any], tensors: list[np.ndarray]) -> list[Any]:
    for d, t in zip(docs, tensors, strict=True):
        d.tensor = t
    return docs


def parsed_docs(nlp: Any, texts: list[str], cache: Path) -> list[Any]:
    from spacy.tokens import DocBin

    # the pipeline's components are part of the key: a new one (realpolitik's lemma fixes)
    # changes what the cached parses hold
    key = hashlib.sha1("\n".join([*nlp.pipe_names, "", *texts]).encode()).hexdigest()[:12]
    path = cache / f"train-{key}.spacy"
    tpath = cache / f"train-{key}.tensors.npz"
    if path.exists() and tpath.exists():
        stored = np.load(tpath, allow_pickle=False)
        return with_tensors(list(DocBin().from_disk(path).get_docs(nlp.vocab)),
                            [stored[f"arr_{k}"] for k in range(len(stored.files))])
    docs = list(nlp.pipe(texts, batch_size=64))
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    cache.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    np.savez_compressed(tpath, *[d.tensor for d in docs])
    return docs


def gold_token(doc: Any, trigger: str) -> int | None:
    """The token that heads a gold trigger string in the parsed sentence."""
    start = doc.text.find(trigger)
    if start < 0:
        start = doc.text.lower().find(trigger.lower())
    if start < 0:
        return None
    span = doc.char_span(start, start + len(trigger), alignment_mode="expand")
    if span is None:
        return None
    for pos in ("VERB", "NOUN"):
        if span.root.pos_ == pos:
            return int(span.root.i)
        for t in span:
            if t.pos_ == pos:
                return int(t.i)
    return int(span.root.i)


def code_all(coder: EventCoder, layer: Any, articles: list[Article], docs: list[Any]
             ) -> dict[str, list[dict[str, Any]]]:
    coder.layer = layer
    out = {}
    for k, (a, d) in enumerate(zip(articles, docs, strict=True)):
        if layer is not None:
            layer.doc = k
        out[a.doc_id] = [e.to_dict() for e in coder.code(a, d)]
    return out


def fresh_records_until(last: str) -> int:
    """How many records of events-fresh.jsonl come from the source files up to and including
    ``last`` (build.py writes them in its parser's order: file by file, block by block)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", FRESH.parent / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    files = [r["_file"] for r in build.parse_sources(FRESH.parent / "sources-fresh")]
    if f"{last}.txt" not in files:
        raise SystemExit(f"--fresh-until: no sources-fresh/{last}.txt")
    return len(files) - files[::-1].index(f"{last}.txt")


def design(rows: list[list[str]], vocab: dict[str, int], dense: np.ndarray | None = None
           ) -> Any:
    from scipy.sparse import csr_matrix, hstack

    ind, ptr = [], [0]
    for feats in rows:
        ind.extend(sorted({vocab[f] for f in feats if f in vocab}))
        ptr.append(len(ind))
    x = csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(rows), len(vocab)))
    return x if dense is None else hstack([x, csr_matrix(dense)], format="csr")


def vocabulary(rows: list[list[str]], min_count: int) -> dict[str, int]:
    from collections import Counter

    counts = Counter(f for feats in rows for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= min_count or f == "b")
    return {f: i for i, f in enumerate(names)}


def fit(rows: list[list[str]], y: np.ndarray, c: float, balanced: bool, min_count: int,
        dense: np.ndarray | None = None, weight: np.ndarray | None = None
        ) -> tuple[Any, dict[str, int]]:
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(rows, min_count)
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced" if balanced else None,
                             random_state=SEED)
    clf.fit(design(rows, vocab, dense), y, sample_weight=weight)
    return clf, vocab


def full_proba(clf: Any, x: Any) -> np.ndarray:
    """Probabilities over all CLASSES (a class absent from a fold gets 0)."""
    p = np.zeros((x.shape[0], len(CLASSES)))
    p[:, clf.classes_] = clf.predict_proba(x)
    return p


def token_macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    f1s = []
    for k in range(1, len(CLASSES)):
        tp = int(((pred == k) & (y == k)).sum())
        fp = int(((pred == k) & (y != k)).sum())
        fn = int(((pred != k) & (y == k)).sum())
        if tp + fp + fn:
            f1s.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s))


CV_TIE = 0.005
"""Differences of cross-validated macro + triple F1 below this are within the folds' noise."""


def dump(model: dict[str, Any]) -> str:
    """JSON with one line per top-level key and per feature: readable, diffable."""
    def one(value: Any, sep: tuple[str, str] = (", ", ": ")) -> str:
        return json.dumps(value, ensure_ascii=False, separators=sep)

    lines = []
    for key, value in model.items():
        if key == "weights":  # ~16,000 rows: compact inside a row (the file stays < 2 MB)
            rows = [f"  {one(name)}: {one(w, (',', ':'))}" for name, w in value.items()]
            lines.append('  "weights": {\n' + ",\n".join(rows) + "\n  }")
        elif key == "dense":
            rows = [f"  {one(w)}" for w in value]
            lines.append('  "dense": [' + ("\n" + ",\n".join(rows) + "\n  " if rows else "")
                         + "]")
        else:
            lines.append(f"  {one(key)}: {one(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/realpolitik-train-cache"))
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--data", type=Path, nargs="+", default=[TRAIN, FRESH],
                    help="labelled files to train on (never the held-out split)")
    ap.add_argument("--fresh-until", metavar="SET", default=None,
                    help="of events-fresh.jsonl, only the sets up to and including SET (a "
                         "file of tests/data/labelled/sources-fresh/, e.g. fresh-s): the "
                         "records come in the files' order")
    ap.add_argument("--balance-files", action="store_true",
                    help="weigh each --data file the same in total (a file's tokens get weight "
                         "mean sentences per file / its sentences), not each sentence the same")
    args = ap.parse_args()
    if any(p.name == "events-heldout.jsonl" for p in args.data):
        ap.error("the held-out split is never trained on")
    t0 = time.time()

    from realpolitik.events.lexicon import default_lexicon
    from realpolitik.nlp import load_pipeline
    from realpolitik.resolve.actors import ActorResolver
    from realpolitik.resolve.kb import default_kb
    from realpolitik.resolve.places import default_gazetteer

    gold, file_of = [], []
    fresh_kept = None
    for n, path in enumerate(args.data):
        part = load_gold(path)
        if path.name == FRESH.name and args.fresh_until:
            part = part[:(fresh_kept := fresh_records_until(args.fresh_until))]
        gold.extend(part)
        file_of.extend([n] * len(part))
    nlp = load_pipeline()
    lexicon = default_lexicon()
    coder = EventCoder(lexicon, ActorResolver(default_kb()), default_gazetteer(), layer=False)
    articles = []
    for g in gold:
        cleaned = clean_text(g.text)
        articles.append(Article(doc_id=g.id, text=cleaned.text,
                                date=date.fromisoformat(g.date) if g.date else None))
    docs = parsed_docs(nlp, [mask_dateline(a.text) for a in articles], args.cache)
    print(f"{len(docs)} train sentences parsed/loaded ({time.time() - t0:.0f}s)")

    rec = Recorder(lexicon)
    base = code_all(coder, rec, articles, docs)
    rows = [r[2] for r in rec.rows]
    keys = [(r[0], r[1]) for r in rec.rows]
    index = {k: n for n, k in enumerate(keys)}
    y = np.zeros(len(rows), dtype=int)
    missed = 0
    for k, (g, d) in enumerate(zip(gold, docs, strict=True)):
        for ev in g.events:
            tok = gold_token(d, ev.get("trigger") or "")
            if tok is not None:
                tok = rec.owner.get((k, tok), tok)  # "held talks": the rule's token
            n = index.get((k, tok)) if tok is not None else None
            if n is None:
                missed += 1
            elif y[n] == 0:
                y[n] = CLASSES.index(ev["event_type"])
    print(f"{len(rows)} candidate tokens, {int((y > 0).sum())} trigger tokens; "
          f"{missed} gold events whose trigger is no candidate")

    sizes = np.bincount(file_of, minlength=len(args.data))
    doc_weight = (len(gold) / len(args.data) / sizes[file_of] if args.balance_files
                  else np.ones(len(gold)))
    weight = np.array([doc_weight[k[0]] for k in keys])
    if args.balance_files:
        print("file weights: " + ", ".join(f"{p.name} {len(gold) / len(args.data) / n:.2f}"
                                           for p, n in zip(args.data, sizes, strict=True)))

    rng = np.random.default_rng(SEED)
    fold_of_doc = rng.permutation(len(docs)) % FOLDS
    fold = np.array([fold_of_doc[k[0]] for k in keys])

    vectors = np.array(rec.vectors)
    dense_scale = float(1.0 / (vectors.std() or 1.0))
    scaled = vectors * dense_scale

    def trigger_lemmas(select: np.ndarray) -> frozenset[str]:
        return frozenset(rows[n][1][2:] for n in np.where(select & (y > 0))[0])

    fold_lemmas = [trigger_lemmas(fold != f) for f in range(FOLDS)]
    doc_lemmas = [fold_lemmas[f] for f in fold_of_doc]

    def cv_proba(c: float, balanced: bool, min_count: int, dense: bool) -> np.ndarray:
        p = np.zeros((len(rows), len(CLASSES)))
        for f in range(FOLDS):
            tr, te = np.where(fold != f)[0], np.where(fold == f)[0]
            clf, vocab = fit([rows[i] for i in tr], y[tr], c, balanced, min_count,
                             scaled[tr] if dense else None, weight[tr])
            p[te] = full_proba(clf, design([rows[i] for i in te], vocab,
                                           scaled[te] if dense else None))
        return p

    gold_scores = score(gold, base)
    print(f"rules alone (train): micro {gold_scores.micro.f1:.3f} macro "
          f"{gold_scores.macro_f1:.3f} triples {gold_scores.triples.f1:.3f}")
    best: tuple[float, Any, np.ndarray] | None = None
    for c in (0.3, 1.0, 2.0):  # context vectors (doc.tensor) were tried: token CV 0.637 vs 0.672
        for balanced in (False,):
            for dense in (False,):
                min_count = 2
                p = cv_proba(c, balanced, min_count, dense)
                m = token_macro_f1(y, p.argmax(axis=1))
                print(f"  token CV: C={c} balanced={balanced} min_count={min_count} "
                      f"context vectors={dense}: macro F1 {m:.3f} ({time.time() - t0:.0f}s)")
                if best is None or m > best[0]:
                    best = (m, (c, balanced, min_count, dense), p)
    assert best is not None
    _, (c, balanced, min_count, dense), p = best
    table = {k: p[n] for n, k in enumerate(keys)}
    grid = []
    for add in (0.3, 0.4, 0.5, 0.6, 1.01):
        for retype in (0.8, 1.01):
            for drop, complete in ((0.9, 0.9), (0.9, 0.97), (0.9, 1.01), (1.01, 1.01)):
                th = st.Thresholds(add=add, retype=retype, drop=drop, drop_complete=complete)
                layer = Fixed(CLASSES, table, th, lexicon, doc_lemmas)
                r = score(gold, code_all(coder, layer, articles, docs))
                grid.append((r.macro_f1, r.micro.f1, r.triples.f1, add, retype, drop, complete))
                print(f"  end-to-end CV add={add} retype={retype} drop={drop} "
                      f"drop_complete={complete}: micro {r.micro.f1:.3f} "
                      f"macro {r.macro_f1:.3f} triples {r.triples.f1:.3f}")
    grid.sort(key=lambda g: (g[0] + g[2], g[1]), reverse=True)
    # Between add thresholds within the folds' noise of the best, the highest: an event the
    # rules did not find is added only when the model is surer. The labelled sentences are
    # 88 % events; articles have many more sentences without one (the sample corpus read at
    # add 0.3: "Finland shares a border with Russia" became COOPERATE)
    best_add = max(g[3] for g in grid if g[0] + g[2] >= grid[0][0] + grid[0][2] - CV_TIE)
    first = next(g for g in grid if g[3] == best_add)
    # Candidates with both parties named are the rules' strongest evidence: the layer may
    # drop them more readily than others only where CV says it clearly helps, not on a
    # difference within the folds' noise (0.005 of macro + triple F1)
    macro, micro, triples, add, retype, drop, complete = max(
        (g for g in grid if g[3:6] == first[3:6]
         and g[0] + g[2] >= first[0] + first[2] - CV_TIE),
        key=lambda g: (g[6], g[0] + g[2]))
    print(f"chosen: C={c} balanced={balanced} min_count={min_count} dense={dense} add={add} "
          f"retype={retype} drop={drop} drop_complete={complete}: CV micro {micro:.3f} "
          f"macro {macro:.3f} "
          f"triples {triples:.3f} ({time.time() - t0:.0f}s)")
    if len(args.data) > 1:
        # the chosen setting's CV figures per file: whether what one file adds helps another
        th = st.Thresholds(add=add, retype=retype, drop=drop, drop_complete=complete)
        chosen = code_all(coder, Fixed(CLASSES, table, th, lexicon, doc_lemmas), articles, docs)
        for n, path in enumerate(args.data):
            part = [g for g, f in zip(gold, file_of, strict=True) if f == n]
            r, r0 = score(part, chosen), score(part, base)
            print(f"  CV on {path.name} ({len(part)} sentences): micro {r.micro.f1:.3f} macro "
                  f"{r.macro_f1:.3f} triples {r.triples.f1:.3f} (rules alone {r0.micro.f1:.3f} "
                  f"/ {r0.macro_f1:.3f} / {r0.triples.f1:.3f})")
    if args.cv_only:
        return
    clf, vocab = fit(rows, y, c, balanced, min_count, scaled if dense else None, weight)
    names = sorted(vocab, key=vocab.get)  # type: ignore[arg-type]
    labels = [CLASSES[k] for k in clf.classes_]

    def pruned(cut: float) -> dict[str, dict[str, float]]:
        """The weights of at least ``cut`` (after rounding), by feature."""
        weights: dict[str, dict[str, float]] = {}
        for i, name in enumerate(names):
            row = {labels[j]: w for j in range(len(labels))
                   if abs(w := round(float(clf.coef_[j, i]), 3)) >= cut}
            if row:
                weights[name] = row
        return weights

    cut = MIN_WEIGHT
    dense_rows = []
    if dense:
        for i in range(len(names), clf.coef_.shape[1]):
            dense_rows.append({labels[j]: round(float(clf.coef_[j, i]), 4)
                               for j in range(len(labels))})
    model = {
        "format": st.FORMAT,
        "enabled": True,
        "about": "Trigger layer of realpolitik (events/statistical.py): multinomial logistic "
                 "regression over named parse features, trained by scripts/train_layer.py "
                 "on the labelled train split and the fresh set (never the held-out split).",
        "trained_on": {"files": [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p)
                                 for p in args.data],
                       "sentences": len(docs), "tokens": len(rows), "seed": SEED,
                       "files_balanced": args.balance_files,
                       **({"fresh_until": args.fresh_until, "fresh_records": fresh_kept}
                          if fresh_kept is not None else {})},
        "hyperparameters": {"C": c, "class_weight": "balanced" if balanced else None,
                            "min_count": min_count, "context_vectors": dense},
        "cv": {"folds": FOLDS, "micro_f1": round(micro, 3), "macro_f1": round(macro, 3),
               "triple_f1": round(triples, 3),
               "rules_alone": {"micro_f1": round(gold_scores.micro.f1, 3),
                               "macro_f1": round(gold_scores.macro_f1, 3),
                               "triple_f1": round(gold_scores.triples.f1, 3)}},
        "thresholds": {"add": add, "retype": retype, "drop": drop, "drop_complete": complete},
        "trigger_lemmas": sorted(trigger_lemmas(np.ones(len(rows), dtype=bool))),
        "classes": labels,
        "bias": {labels[j]: round(float(clf.intercept_[j]), 3) for j in range(len(labels))},
        "min_weight": cut,
        "weights": pruned(cut),
        "dense_scale": round(dense_scale, 6),
        "dense": dense_rows,
    }
    while len(text := dump(model).encode("utf-8")) >= MAX_BYTES:
        cut = round(cut + 0.005, 3)
        model["min_weight"], model["weights"] = cut, pruned(cut)
    args.out.write_bytes(text)
    print(f"wrote {args.out} ({len(model['weights'])} features with weights of at least "
          f"{cut}, {len(text) // 1024} KiB)")


if __name__ == "__main__":
    main()
