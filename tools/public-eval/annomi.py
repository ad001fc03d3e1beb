#!/usr/bin/env python3
"""Score the coach on public counselling dialogue it was never tuned on.

AnnoMI (Wu et al., 2022) is a set of motivational-interviewing sessions transcribed from public
demonstration videos, each therapist utterance annotated by experts: whether it is a reflection,
whether it gives advice, and so on. Pass the dataset's CSV (AnnoMI-full.csv, or any part of it
with the same columns); the script does not download it.

Each therapist utterance is read with the client's previous utterance as context, as the coach
reads a partner's reply. A reflection should be recognised as listening (reflection, parroting,
check_understanding, validation or empathy); advice should be recognised as fixing; and nothing
a counsellor says should be called criticism, contempt, defensiveness, stonewalling,
invalidation or assumed intent.

    swift build -c release --product mend
    python3 tools/public-eval/annomi.py AnnoMI-full.csv [--mend .build/release/mend]
"""

import argparse
import csv
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import coach_jsonl  # noqa: E402  (tools/coach_jsonl.py)
from coach_jsonl import coach_labels  # noqa: E402

LISTENING = {"reflection", "parroting", "check_understanding", "validation", "empathy"}
HARSH = {"criticism", "contempt", "defensiveness", "stonewalling", "invalidation", "assumed_intent"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--mend", default=".build/release/mend")
    parser.add_argument("--model-weights", help="score weights written by train.py (JSON) instead of the shipped ones")
    args = parser.parse_args()

    with open(args.csv, newline="", encoding="utf-8") as handle:
        utterances = list(csv.DictReader(handle))
    # Several annotators label the same utterance: one row each. Read each utterance once and
    # take the majority's annotation.
    utterances_by_key = {}
    votes = {}
    for utterance in utterances:
        key = (utterance["transcript_id"], int(utterance["utterance_id"]))
        utterances_by_key.setdefault(key, utterance)
        reflection, advice, count = votes.get(key, (0, 0, 0))
        votes[key] = (reflection + (utterance["reflection_exists"] == "True"),
                      advice + (utterance["therapist_input_subtype"] == "advice"), count + 1)
    rows = []
    for key, utterance in utterances_by_key.items():
        if utterance["interlocutor"] != "therapist":
            continue
        reflection, advice, count = votes[key]
        before = utterances_by_key.get((key[0], key[1] - 1))
        row = {"id": f"{key[0]}-{key[1]}", "text": utterance["utterance_text"],
               "reflection": reflection * 2 > count, "advice": advice * 2 > count,
               "backchannel": len(utterance["utterance_text"].split()) <= 2}
        if before is not None and before["interlocutor"] == "client":
            row["context"] = before["utterance_text"]
        rows.append(row)

    options = ["--model-weights", args.model_weights] if args.model_weights else []
    labels = coach_labels(args.mend, rows, *options)

    def share(group, wanted):
        return coach_jsonl.share(labels, group, wanted)

    reflections = [r for r in rows if r["reflection"]]
    advice = [r for r in rows if r["advice"]]
    others = [r for r in rows if not r["reflection"]]
    print(f"AnnoMI therapist utterances: {len(rows)} ({len(reflections)} reflections, {len(advice)} advice)")
    print(f"reflections read as listening:              {share(reflections, LISTENING):.3f}")
    print(f"reflections given the reflection label:     {share(reflections, {'reflection'}):.3f}")
    print(f"other utterances read as listening:          {share(others, LISTENING):.3f}")
    print(f"advice given fixing:                         {share(advice, {'fixing'}):.3f}")
    print(f"non-advice given fixing:                     {share([r for r in rows if not r['advice']], {'fixing'}):.3f}")
    print(f"utterances given a harsh label:              {share(rows, HARSH):.3f}")
    longer = [r for r in rows if not r["backchannel"]]
    print(f"  of more than two words ({len(longer)}):            {share(longer, HARSH):.3f}")
    print(f"utterances given a safety risk:              {share(rows, {'safety_risk'}):.3f}")


if __name__ == "__main__":
    main()
