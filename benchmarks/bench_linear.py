"""Extraction time on one long line of an ordinary shape, at N and 4N characters: linear rules give a ratio near 4.

    python benchmarks/bench_linear.py [--size N]

Each shape repeats a piece of government text with no sentence end (the worst
case for rules that read a sentence): lists, 由…负责, role segments, brackets,
labels, 会同, 为牵头单位, heads of appointments, chains. A ratio well above 4
(say 8 or more) means a rule rescans text per match.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.extract import extract  # noqa: E402
from kg.model import document_of  # noqa: E402

SHAPES = {
    "由…负责，": "由市局负责，",
    "role segments": "市工信局牵头，市财政局配合，",
    "brackets": "（市工信局牵头）",
    "list": "市财政局、",
    "labels": "牵头单位：市工信局；",
    "会同": "市发改委会同市财政局，",
    "为牵头单位": "市住建局为牵头单位，负责",
    "seat lines": "成员：",
    "set up": "成立工作领导小组",
    "appointments": "张三同志任市财政局局长，",
    "duty list": "市委宣传部：负责",
    "作为": "市工信局作为牵头单位，",
    "链主": "链主",
    "围绕": "围绕“A→B”",
    "roll call": "副主任张三、",
    "takes a seat": "副市长任学锋、宗国英任副组长，",
    "web head": "发布时间：2020-01-01 ",
    "post then name": "市统计局局长邓焕章、",
    "任免决定": "任免决定：张三同志任市委书记、",
    "不再担任": "李四同志不再担任市委书记，",
    "被任命为": "王五同志被任命为市长，",
    "成员单位包括": "成员单位包括市财政局、",
    "兼任办公室主任": "赵六兼任办公室主任，",
    "职责": "办公室职责：负责",
    "leader heading": "（一）王宏副市长牵头重点工作",
    "pinyin": "會(huì)",
    "places": "哈尔滨、",
    "plain": "加强组织领导推进工作",
    # a table read from a PDF, a page or a Word file: a header, then rows (and section rows) a line each
    "table rows": (
        "序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限\n",
        "1 | 推进某项工作 | 市财政局 | 市商务局、市税务局 | 年底\n",
    ),
    "short lines": ("", "张三\n"),  # each could be a column's name: a header is looked for at most 16 lines on
    "column lines": ("", "序号\n"),
    "cell | lines": ("序号 |\n重点工作 |\n牵头单位 |\n", "1 |\n推进某项工作 |\n市财政局 |\n||\n"),
    "numbering": ("", "1、推进某项工作\n"),  # items that all have one number: their keys are made unique
    "table sections": ("序号 | 重点工作 | 牵头单位 | 配合单位\n", "重点领域\n1 | 推进某项工作 | 市财政局 | 市商务局\n"),
}


def seconds(text: str, repeat: int) -> float:
    doc = document_of(text)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        extract(doc)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000, help="N, the shorter line's length in characters")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shapes", help="only these shapes, comma-separated")
    args = parser.parse_args()
    print(f"{'shape':<16}{'N chars':>10}{'4N chars':>10}{'ratio':>8}")
    worst = 0.0
    for name, shape in SHAPES.items():
        if args.shapes and name not in args.shapes.split(","):
            continue
        head, piece = shape if isinstance(shape, tuple) else ("", shape)
        short = seconds(head + piece * (args.size // len(piece)), args.repeat)
        long = seconds(head + piece * (4 * args.size // len(piece)), args.repeat)
        ratio = long / max(short, 1e-9)
        worst = max(worst, ratio)
        print(f"{name:<16}{short * 1000:>8.1f}ms{long * 1000:>8.1f}ms{ratio:>8.1f}")
    print(f"worst ratio {worst:.1f} (linear: 4)")


if __name__ == "__main__":
    main()
