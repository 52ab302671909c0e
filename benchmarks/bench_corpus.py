"""Build corpora of distinct copies of the seed, ×1, ×10, ×100 (×1000 with --scales), and see how each stage grows.

    python benchmarks/bench_corpus.py [--scales 1,10,100] [--jobs N] [--executor processes|dask] [--keep DIR]
    python benchmarks/bench_corpus.py --base REV [--scales 100,1000] [--jobs N]   # side by side with REV

(the peak RSS is the main process's: with --jobs > 1 the workers' own memory is not in it)

Each copy is the seed with another city's name and its own 文号 (the city's
first character and a year of its own), so that the copies are other
documents (a few 文号 of the seed have no city part: those stay one document
across copies, as one notice printed in two gazettes would). The copies are generated into a temporary folder, never committed.
Every build runs in a fresh process (`kg build DIR -o OUT`: the page, the store and
the build cache, as the command's defaults); the
table gives wall time, MB/s, peak RSS, triples, the time of each stage, and
the growth ratio per 10× of input (linear: 10). With a persistent store, it
also times a rebuild of the largest corpus with one file changed (the others
come from the cache), and a named question on the largest graph, from the store
and from the Turtle.

With --base REV, each corpus is built by REV (checked out in a temporary git
worktree) and by this tree, one after the other, and the table gives both and
their ratio: the machine's mood of the moment falls on both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "yuncheng-gazette-2023.txt"
FIRST = "安宝昌春丹德东丰福阜广海合和河华怀惠吉嘉建江金锦晋景靖康乐利临灵龙隆茂美明宁平"
SECOND = "源阳川州山原城林泉溪江兴远安宁丰德华昌盛康乐和平清新定南北东西中云海湖峰"
STAGE_SCRIPT = """
import json, resource, sys, time
from pathlib import Path
from kg.pipeline import build
t = time.perf_counter()
result = build([Path(sys.argv[1])], Path(sys.argv[2]), html=True, jobs=int(sys.argv[3]), store=True, cache=True, keep=False,
               executor=sys.argv[4])
wall = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"wall": wall, "rss": rss, "triples": result.merged.triples, "stages": result.timings,
                  "cached": result.cached}))
"""


def city(k: int) -> tuple[str, int]:
    """The k-th copy's city name and year: the pair (first character, year) is the copy's own."""
    return FIRST[k % len(FIRST)] + SECOND[(k // len(FIRST)) % len(SECOND)], 2023 + k // len(FIRST)


def make_corpus(folder: Path, copies: int) -> int:
    """Write ``copies`` distinct copies of the seed into folder; their total size in bytes."""
    seed = SEED.read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for k in range(copies):
        name, year = city(k)
        text = seed.replace("运城", name).replace("运政", name[0] + "政").replace("〔2023〕", f"〔{year}〕")
        path = folder / f"gazette-{k:04d}.txt"
        path.write_text(text, encoding="utf-8")
        size += path.stat().st_size
    return size


def run_build(corpus: Path, out: Path, jobs: int, executor: str = "processes", tree: Path = ROOT) -> dict:
    """One build in a fresh process, with govkg imported from ``tree``."""
    done = subprocess.run(
        [sys.executable, "-c", STAGE_SCRIPT, str(corpus), str(out), str(jobs), executor],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scales", default="1,10,100", help="copies of the seed per corpus, comma-separated")
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes that read files (kg build --jobs)")
    parser.add_argument(
        "--executor",
        choices=["processes", "dask"],
        default="processes",
        help="kg build --executor (dask: a local cluster)",
    )
    parser.add_argument("--base", metavar="REV", help="build each corpus with this git revision too, side by side")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    base = args.keep or Path(tempfile.mkdtemp(prefix="kg-corpus-"))
    try:
        if args.base:
            side_by_side(args.base, scales, base, args.jobs)
        else:
            measure(scales, base, args.jobs, args.executor)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)  # gigabytes at ×1000, whether the run finished or not


def measure(scales: list[int], base: Path, jobs: int, executor: str) -> None:
    """Each corpus built by this tree; a second build with one file changed; named questions on the largest."""
    rows = []
    for n in scales:
        size = make_corpus(base / f"x{n}", n)
        t = time.perf_counter()
        got = run_build(base / f"x{n}", base / f"out{n}", jobs, executor)
        got |= {"n": n, "mb": size / 1e6, "process": time.perf_counter() - t}
        rows.append(got)
        stages = " ".join(f"{k} {v:.2f}" for k, v in got["stages"].items())
        print(
            f"×{n:<5} {got['mb']:7.1f} MB  wall {got['wall']:7.2f} s  {got['mb'] / got['wall']:5.2f} MB/s"
            f"  RSS {got['rss']:7.0f} MB  triples {got['triples']:>9,}  | {stages}",
            flush=True,
        )
    largest = base / f"out{scales[-1]}"
    changed = sorted((base / f"x{scales[-1]}").iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8").replace("牵头", "负责", 3), encoding="utf-8")
    again = run_build(base / f"x{scales[-1]}", largest, jobs, executor)
    print(
        f"×{scales[-1]} again with one file changed: wall {again['wall']:.2f} s (first {rows[-1]['wall']:.2f} s),"
        f" {again['cached']} of {scales[-1]} files from the cache"
        f" | " + " ".join(f"{k} {v:.2f}" for k, v in again["stages"].items()),
        flush=True,
    )
    one = f"制定{city(scales[-1] // 2)[0]}市海绵城市建设绩效考核评价办法"  # a task of one copy: one answer
    print(f"named questions on ×{scales[-1]} ({rows[-1]['triples']:,} triples), each in a fresh process:")
    for how in ("store", "turtle"):
        if how == "turtle":
            (largest / "graph.ttl").touch()  # the store no longer matches: the Turtle is parsed
        for text, what in ((one, "one task"), ("海绵城市", f"a phrase of every copy, {scales[-1] * 25} answers")):
            t = time.perf_counter()
            question = [sys.executable, "-m", "kg", "who-leads", text, "--graph", str(largest / "graph.ttl")]
            subprocess.run(question, capture_output=True, check=True)
            print(f"  kg who-leads ({what}) from the {how}: {time.perf_counter() - t:.2f} s")
    for a, b in zip(rows, rows[1:]):
        ratio = (b["wall"] / a["wall"]) / (b["n"] / a["n"]) * 10
        graph = (b["stages"].get("graph", 0) / max(a["stages"].get("graph", 1e-9), 1e-9)) / (b["n"] / a["n"]) * 10
        print(f"×{a['n']} → ×{b['n']}: growth per 10× wall {ratio:.1f}, graph stage {graph:.1f} (linear: 10)")


def side_by_side(rev: str, scales: list[int], base: Path, jobs: int) -> None:
    """Each corpus built by revision rev, then by this tree, each in a fresh process; the ratios."""
    tree = base / "base-tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev], check=True)
    try:
        for n in scales:
            size = make_corpus(base / f"x{n}", n)
            got = {}
            for name, where in ((rev, tree), ("this tree", ROOT)):
                got[name] = run_build(base / f"x{n}", base / f"out{n}-{name.replace(' ', '-')}", jobs, tree=where)
                stages = " ".join(f"{k} {v:.1f}" for k, v in got[name]["stages"].items() if k not in STEPS)
                print(
                    f"×{n:<5} {size / 1e6:6.1f} MB  {name:>10}: wall {got[name]['wall']:7.2f} s"
                    f"  RSS {got[name]['rss']:6.0f} MB  triples {got[name]['triples']:>9,} | {stages}",
                    flush=True,
                )
            before, after = got[rev], got["this tree"]
            print(
                f"×{n:<5} this tree / {rev}: wall {after['wall'] / before['wall']:.2f}, RSS {after['rss'] / before['rss']:.2f}"
            )
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


STEPS = ("read", "repair", "segment", "extract")  # summed over the workers: the stages' wall times say more


if __name__ == "__main__":
    main()
