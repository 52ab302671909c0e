"""Time `kg build` on the seed for this tree and for an earlier revision, side by side, as ratios.

    python benchmarks/bench_compare.py --base REV [--repeat N] [--scale K]

The revision is checked out in a temporary git worktree; both trees run in the
same Python, alternately, each build in a fresh process (imports included), so
that the machine's noise falls on both alike. --scale K builds K copies of the
seed as one input, to see how each grows. Reported: median wall time of the
whole build, of the extraction stages (read → extract), of the graph stages
(graph, serialise) and of the network page, per tree, and their ratio (this
tree / base).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "yuncheng-gazette-2023.txt"

# run in a fresh process with a tree on sys.path: build, print the timings
PROBE = """
import json, sys, time
started = time.perf_counter()
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from kg.pipeline import build
result = build([Path(sys.argv[2])], Path(sys.argv[3]))
t = result.timings
print(json.dumps({"wall": time.perf_counter() - started,
                  "extract": sum(t[k] for k in ("read", "repair", "segment", "extract")),
                  "graph": t.get("graph", 0.0) + t.get("serialise", 0.0),
                  "html": t.get("html", 0.0)}))
"""


def run(tree: Path, seed: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(tree), str(seed), out], check=True, capture_output=True, text=True
        )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the revision to compare with (a commit, tag or branch)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--scale", type=int, default=1, help="build K copies of the seed as one input")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.base], check=True)
        try:
            seed = SEED
            if args.scale > 1:
                seed = Path(tmp) / "seed-x.txt"
                seed.write_text("\n".join([SEED.read_text(encoding="utf-8")] * args.scale), encoding="utf-8")
            runs: dict[str, list[dict[str, float]]] = {"base": [], "this": []}
            for _ in range(args.repeat):  # alternate, so that noise falls on both
                runs["base"].append(run(base, seed))
                runs["this"].append(run(ROOT, seed))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=True)
    print(f"kg build, seed ×{args.scale}, {args.repeat} alternating runs each, median seconds")
    print(f"{'measure':<10}{'base ' + args.base[:10]:>18}{'this tree':>12}{'this/base':>11}")
    for measure in ("wall", "extract", "graph", "html"):
        b = statistics.median(r[measure] for r in runs["base"])
        t = statistics.median(r[measure] for r in runs["this"])
        print(f"{measure:<10}{b:>18.3f}{t:>12.3f}{t / b:>10.2f}×")


if __name__ == "__main__":
    main()
