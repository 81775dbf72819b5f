"""Which rows of the derived CAMEO layer (``data/triggers-cameo.tsv``) help or hurt on the
TRAIN split: a precision report for ``scripts/build_cameo_lexicon.py``'s ``DROP`` list.

    .venv/bin/python scripts/cameo_precision.py [--layer]

The train split (``tests/data/labelled/events-train.jsonl``, never the held-out split or
the dev set) is coded twice, without and with the derived layer (rules alone unless
``--layer``). Per sentence, the change in event-type true and false positives (and in
triple true positives) is charged to the derived rows whose events the sentence gained;
a row is listed with its totals. Rows with false positives and no true positive are
printed as ``DROP`` entries to paste (with their reason) into the build script.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TRAIN = ROOT / "tests/data/labelled/events-train.jsonl"
_ROW = re.compile(r"triggers-cameo\.tsv:(\d+)")


def code(gold, cameo: bool):  # type: ignore[no-untyped-def]
    from realpolitik.evaluate import predict
    from realpolitik.events import lexicon as lx
    from realpolitik.pipeline import Pipeline

    os.environ[lx.CAMEO_ENV] = "1" if cameo else "0"
    lx.default_lexicon.cache_clear()
    return predict(gold, Pipeline(lexicon=lx.default_lexicon()))


def counts(gold_events, pred_events) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    from realpolitik.evaluate import _triple_multiset, _type_multiset

    g, p = _type_multiset(gold_events), _type_multiset(pred_events)
    tp = sum((g & p).values())
    gt, pt = _triple_multiset(gold_events), _triple_multiset(pred_events)
    return tp, sum(p.values()) - tp, sum((gt & pt).values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--layer", action="store_true", help="with the trained trigger layer")
    ap.add_argument("--gold", type=Path, default=TRAIN)
    args = ap.parse_args()
    if not args.layer:
        os.environ["REALPOLITIK_STATLAYER"] = "0"
    from realpolitik.evaluate import load_gold

    gold = load_gold(args.gold)
    off, on = code(gold, False), code(gold, True)
    rows = (ROOT / "src/realpolitik/data/triggers-cameo.tsv").read_text("utf-8").splitlines()
    per_row: dict[int, Counter[str]] = defaultdict(Counter)
    unattributed = Counter[str]()
    for g in gold:
        a = counts(g.events, off.get(g.id, []))
        b = counts(g.events, on.get(g.id, []))
        delta = Counter(tp=b[0] - a[0], fp=b[1] - a[1], triple_tp=b[2] - a[2])
        if not any(delta.values()):
            continue
        used = sorted({int(m.group(1)) for e in on.get(g.id, [])
                       for m in _ROW.finditer(e.get("explain") or "")})
        if not used:
            unattributed.update(delta)
            unattributed["sentences"] += 1
            continue
        for line in used:
            per_row[line].update(delta)
            per_row[line]["sentences"] += 1
    print(f"{'line':>6} {'tp':>4} {'fp':>4} {'trip':>4}  row")
    for line, c in sorted(per_row.items(), key=lambda x: (x[1]["tp"] - x[1]["fp"], x[0])):
        print(f"{line:>6} {c['tp']:>4} {c['fp']:>4} {c['triple_tp']:>4}  {rows[line - 1]}")
    print(f"unattributed: {dict(unattributed)}")
    print("\n# DROP candidates (false positives, no true positive on train):")
    for line, c in sorted(per_row.items()):
        if c["fp"] > 0 and c["tp"] <= 0:
            cols = rows[line - 1].split("\t")
            print(f'    ("{cols[1]}", "{cols[2]}", "{cols[3]}"): '
                  f'"train: {c["fp"]} false positive(s), no true positive",')


if __name__ == "__main__":
    main()
