"""Build tests/data/dedup/copies.jsonl: rewritten copies of ten bundled sample articles.

Each copy gets a new title and id, reordered paragraphs, reworded phrases (a fixed
paraphrase table), and boilerplate lines ("Share this", "Leave A Reply", ...), the
way syndicated and machine-spun copies look. Deterministic; rerun after changing
the sample corpus.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "src/realpolitik/data/sample/articles.jsonl"
OUT = REPO / "tests/data/dedup/copies.jsonl"
PICK = 10
PARAPHRASE = [
    (r"\bsaid\b", "stated"), (r"\bon Tuesday\b", "this Tuesday"), (r"\bpresident\b", "leader"),
    (r"\bgovernment\b", "administration"), (r"\bofficials\b", "authorities"),
    (r"\bannounced\b", "declared"), (r"\bforces\b", "troops"), (r"\bagreement\b", "accord"),
    (r"\bhowever\b", "though"), (r"\babout\b", "around"), (r"\bcountries\b", "nations"),
    (r"\bmeeting\b", "talks"), (r"\bwarned\b", "cautioned"), (r"\bmore than\b", "over"),
]
BOILERPLATE = ["Share this:", "Click to share on Twitter", "Leave A Reply",
               "Your email address will not be published."]


def rewrite(record: dict, n: int) -> dict:
    paragraphs = [p for p in record["text"].split("\n\n") if p.strip()]
    # keep the lead, rotate the rest (reordered paragraphs)
    body = paragraphs[:1] + paragraphs[2:] + paragraphs[1:2] if len(paragraphs) > 2 else paragraphs
    text = "\n\n".join(body)
    for pattern, repl in PARAPHRASE:
        text = re.sub(pattern, repl, text)
    text = "Share this:\n\n" + text + "\n\n" + "\n\n".join(BOILERPLATE)
    return {"id": f"copy-{n:02d}-{record['id']}", "date": record["date"],
            "title": "REPORT: " + record["title"].split(",")[0] + " — latest",
            "source": "spun copy (realpolitik dedup test set)", "copy_of": record["id"],
            "text": text}


def main() -> None:
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    chosen = records[::max(1, len(records) // PICK)][:PICK]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for n, rec in enumerate(chosen, 1):
            fh.write(json.dumps(rewrite(rec, n), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
