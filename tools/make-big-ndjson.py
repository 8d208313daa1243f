#!/usr/bin/env python3
"""Writes a large NDJSON batch for whole-process measurements (docs/benchmarks.md); not committed.

Usage: python3 tools/make-big-ndjson.py OUT.ndjson [LINES]   (default 100000; the valid samples repeated, ids made unique)
"""
import json, os, sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples", "cases.ndjson")
cases = [json.loads(l) for l in open(root, encoding="utf-8") if l.strip() and '"bad-line-demo"' not in l]
with open(out, "w", encoding="utf-8") as f:
    for n in range(count):
        case = dict(cases[n % len(cases)])
        case["id"] = f'{case["id"]}-{n}'
        f.write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")
print(f"{count} lines → {out}")
