#!/usr/bin/env python3
"""Development helper, not run by the tests: writes expected/<case>.json for every case of cases.json
with the numbers of the reference Python scorer, so that ExtractionScoreTest can check the Java port
without Python.

    python3 src/test/resources/score/regenerate_expected.py /work/shared/tools/score_extraction.py

For each case it builds the prediction (the gold with the case's JSON patch applied, or a prediction
file), runs the scorer's command line with --json, and also imports it to get the metrics at full
precision (--json rounds to 4 places, too coarse to check the port to 1e-9). The two must agree.
"""

import copy
import importlib.util
import json
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
RESOURCES = HERE.parent


def pointer(path):
    return [t.replace("~1", "/").replace("~0", "~") for t in path.split("/")[1:]] if path else []


def parent(doc, tokens):
    for t in tokens[:-1]:
        doc = doc[int(t)] if isinstance(doc, list) else doc[t]
    return doc


def add(doc, path, value):
    tokens = pointer(path)
    if not tokens:
        return value
    p, last = parent(doc, tokens), tokens[-1]
    if isinstance(p, list):
        p.append(value) if last == "-" else p.insert(int(last), value)
    else:
        p[last] = value
    return doc


def remove(doc, path):
    tokens = pointer(path)
    p, last = parent(doc, tokens), tokens[-1]
    return p.pop(int(last) if isinstance(p, list) else last)


def resolve(doc, path):
    for t in pointer(path):
        doc = doc[int(t)] if isinstance(doc, list) else doc[t]
    return doc


def apply_patch(doc, patch):
    """RFC 6902 add/remove/replace/move/copy, as JsonPatch.java does."""
    doc = copy.deepcopy(doc)
    for op in patch:
        kind, path = op["op"], op["path"]
        if kind == "add":
            doc = add(doc, path, copy.deepcopy(op["value"]))
        elif kind == "remove":
            remove(doc, path)
        elif kind == "replace":
            remove(doc, path)
            doc = add(doc, path, copy.deepcopy(op["value"]))
        elif kind == "move":
            doc = add(doc, path, remove(doc, op["from"]))
        elif kind == "copy":
            doc = add(doc, path, copy.deepcopy(resolve(doc, op["from"])))
        else:
            raise ValueError(op)
    return doc


def main(scorer_path):
    spec = importlib.util.spec_from_file_location("score_extraction", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    cases = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))
    (HERE / "expected").mkdir(exist_ok=True)
    for name, case in cases.items():
        gold_path = RESOURCES / case["gold"]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "patch" in case:
            pred = apply_patch(gold, json.loads((RESOURCES / case["patch"]).read_text(encoding="utf-8")))
        else:
            pred = json.loads((RESOURCES / case["pred"]).read_text(encoding="utf-8"))
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
            json.dump(pred, handle)
        run = subprocess.run([sys.executable, scorer_path, str(gold_path), handle.name, "--json"],
                             capture_output=True, text=True, check=True)
        pathlib.Path(handle.name).unlink()
        cli_metrics, cli_summary = json.loads(run.stdout.splitlines()[0]), run.stdout.splitlines()[-1]
        metrics = scorer.score(gold, pred).metrics
        assert list(metrics) == list(cli_metrics), name
        assert all((v is None and cli_metrics[k] is None) or round(v, 4) == cli_metrics[k]
                   for k, v in metrics.items()), name
        assert scorer.summary(metrics) == cli_summary, name
        expected = {"metrics": metrics, "summary": cli_summary}
        (HERE / "expected" / f"{name}.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {cli_summary}")


if __name__ == "__main__":
    main(sys.argv[1])
