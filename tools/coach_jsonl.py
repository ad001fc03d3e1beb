"""How the tools ask the coach about many messages at once: `mend coach --jsonl`."""
import json
import subprocess


def coach_labels(binary, rows, *options):
    """The labels the coach gives each row ({"id", "text", "context"?}), by id. `options` go to
    `mend coach` as they are (for example `--model-weights FILE`)."""
    data = "".join(json.dumps({key: row[key] for key in ("id", "text", "context") if row.get(key) is not None}) + "\n"
                   for row in rows)
    out = subprocess.run([binary, "coach", "--jsonl", *options], input=data.encode(), capture_output=True, check=True)
    results = (json.loads(line) for line in out.stdout.decode().splitlines() if line.strip())
    return {result["id"]: set(result.get("labels", [])) for result in results}


def share(labels, group, wanted):
    """The fraction of the rows in `group` that the coach gave any of the `wanted` labels."""
    return sum(1 for row in group if labels[row["id"]] & wanted) / max(len(group), 1)
