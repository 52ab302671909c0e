"""The `kg` command, through click's CliRunner: results, one-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

from .conftest import GOLD, ROOT, SEED


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    return lines[0]


def test_build_writes_the_graph_and_a_summary(tmp_path: Path) -> None:
    code, out, _ = run("build", str(SEED), "-o", str(tmp_path))
    assert code == 0
    assert (tmp_path / "graph.ttl").is_file()
    assert "documents 15" in out and "tasks" in out and " s" in out


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin.txt", bytes(range(128, 256)) * 3, "cannot decode"),
    ],
)
def test_bad_input_is_a_one_line_error_and_nothing_is_written(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    out_dir = tmp_path / "out"
    code, _, err = run("build", str(path), "-o", str(out_dir))
    assert code == 1
    line = one_line_error(err)
    assert message in line and name in line
    assert not out_dir.exists() or not any(out_dir.iterdir())


def test_folder_without_text_files(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("不是文本文件", encoding="utf-8")
    code, _, err = run("build", str(tmp_path), "-o", str(tmp_path / "out"))
    assert code == 1
    assert "folder has no .txt, .pdf, .html or .docx files" in one_line_error(err)


def test_missing_input(tmp_path: Path) -> None:
    code, _, err = run("build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out"))
    assert code == 1
    assert "no such file" in one_line_error(err)


def test_gb18030_copy_of_the_seed_gives_the_same_graph(tmp_path: Path) -> None:
    utf8_dir, gb_dir = tmp_path / "utf8", tmp_path / "gb"
    gb_dir.mkdir()
    (gb_dir / SEED.name).write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    assert run("build", str(SEED), "-o", str(utf8_dir))[0] == 0
    assert run("build", str(gb_dir), "-o", str(tmp_path / "gb-out"))[0] == 0
    gb, utf8 = ((d / "graph.ttl").read_text(encoding="utf-8") for d in (tmp_path / "gb-out", utf8_dir))
    file_lines = ("gov:byteSize", "gov:sha256")  # the input file's own description: other bytes, other digest
    assert [line for line in gb.splitlines() if not line.strip().startswith(file_lines)] == [
        line for line in utf8.splitlines() if not line.strip().startswith(file_lines)
    ]
    assert gb != utf8


TRADITIONAL = """臺東市人民政府辦公室
關於印發《臺東市數字經濟發展實施方案》的通知
各鄉鎮人民政府，市直各單位：
現印發給你們，請認真貫徹執行。
臺東市人民政府辦公室
2023年5月6日
一、重點任務
（一）加強組織領導
（二）推進產業轉型
"""


def test_traditional_script_is_read_and_written_back_in_its_own_script(tmp_path: Path) -> None:
    path = tmp_path / "trad.txt"
    path.write_text(TRADITIONAL, encoding="utf-8")
    code, _, _ = run("build", str(path), "-o", str(tmp_path / "out"))
    assert code == 0
    import rdflib

    graph = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl")
    labels = {str(o) for o in graph.objects(None, rdflib.RDFS.label)}
    aliases = {str(o) for o in graph.objects(None, rdflib.SKOS.altLabel)}
    # the rules read it in Simplified; its facts are written as the text writes them
    assert "臺東市數字經濟發展實施方案" in labels
    assert "加強組織領導" in labels and "推進產業轉型" in labels
    # a body is one node whatever the script, and is found by its Simplified name too
    assert "臺東市人民政府辦公室" in labels and "台东市人民政府办公室" in aliases


def test_several_files_are_read_in_parallel_to_the_same_graph_and_quietly_in_a_pipe(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TRADITIONAL, encoding="utf-8")
    (folder / "b.txt").write_text(TRADITIONAL.replace("臺東", "臺西"), encoding="utf-8")
    graphs = []
    for jobs in ("1", "2"):
        code, _, err = run("build", str(folder), "-o", str(tmp_path / jobs), "--jobs", jobs)
        assert code == 0 and err == ""  # no progress line in a pipe
        graphs.append((tmp_path / jobs / "graph.ttl").read_bytes())
    assert graphs[0] == graphs[1] and "臺西" in graphs[0].decode()


def test_on_a_terminal_a_progress_line_shows_files_speed_and_time_left(tmp_path: Path) -> None:
    import io

    from kg.cli.make import ProgressLine

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    files = [tmp_path / f"{n}.txt" for n in range(3)]
    for f in files:
        f.write_text("x" * 1000, encoding="utf-8")
    stream = Terminal()
    progress = ProgressLine(stream)
    for n, f in enumerate(files, 1):
        progress(n, 3, f)
    progress.done()
    shown = stream.getvalue()
    assert shown.count("\r") == 3 and "[3/3] 0.0 MB" in shown and "MB/s" in shown and "s left" in shown
    assert shown.endswith("\n")


def test_eval_on_the_seed_meets_the_foundation_targets(seed_graph: Path) -> None:
    code, out, _ = run("eval", str(GOLD), "--graph", str(seed_graph), "--format", "json")
    assert code == 0
    scores = json.loads(out)
    assert scores["documents"]["precision"] == scores["documents"]["recall"] == 1.0
    assert scores["documents"]["titles exact"] == "15/15"
    assert scores["documents"]["dates exact"] == "15/15"
    assert scores["tasks"]["recall"] >= 0.95


def test_eval_lists_misses(seed_graph: Path) -> None:
    code, out, _ = run("eval", str(GOLD), "--graph", str(seed_graph), "--misses", "2")
    assert code == 0
    assert "category" in out and ("missed " in out or "extra " in out)


@pytest.mark.parametrize(
    "args, message",
    [
        (("eval", "nope.json"), "no such gold file"),
        (("eval", str(GOLD), "--graph", "nope.ttl"), "no such graph file"),
        (("validate", "--graph", "nope.ttl"), "no such graph file"),
    ],
)
def test_missing_files_are_one_line_errors(args: tuple[str, ...], message: str) -> None:
    code, _, err = run(*args)
    assert code == 1 and message in one_line_error(err)


def test_validate_passes_on_the_seed(seed_graph: Path) -> None:
    code, out, _ = run("validate", "--graph", str(seed_graph))
    assert code == 0 and "conforms" in out


def test_validate_fails_readably(tmp_path: Path) -> None:
    from .test_graph import ASSIGNMENT_WITHOUT_ACTOR

    path = tmp_path / "bad.ttl"
    path.write_text(ASSIGNMENT_WITHOUT_ACTOR, encoding="utf-8")
    code, _, err = run("validate", "--graph", str(path))
    assert code == 1
    assert "exactly one gov:actor" in err and "1 shape violation" in err


def test_usage_errors_exit_2() -> None:
    assert run("build", "--no-such-option")[0] == 2
    assert run("eval")[0] == 2


def test_an_output_that_cannot_be_written_is_a_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "exports"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    code, _, err = run("build", str(SEED), "-o", str(blocker / "sub"))
    assert code == 1 and "cannot write" in one_line_error(err)


@pytest.mark.parametrize(
    "content, message",
    [
        ("[]", "none of the categories"),
        ('{"documents": [1, 2]}', "must be a JSON object"),
        ("{not json", "not a JSON gold file"),
    ],
)
def test_a_malformed_gold_file_is_a_one_line_error(
    tmp_path: Path, seed_graph: Path, content: str, message: str
) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(content, encoding="utf-8")
    code, _, err = run("eval", str(gold), "--graph", str(seed_graph))
    assert code == 1 and message in one_line_error(err)


def test_a_folder_that_holds_the_output_does_not_read_its_own_page(tmp_path: Path) -> None:
    (tmp_path / "notice.txt").write_text(
        "云岭市人民政府办公室\n\n关于做好某项工作的通知\n\n市财政局负责落实。\n", encoding="utf-8"
    )
    for _ in range(2):  # the second build finds exports/graph.html in the folder: govkg's own, not an input
        code, out, _ = run("build", str(tmp_path), "-o", str(tmp_path / "exports"))
        assert code == 0 and out.startswith("read 1 file(s) (utf-8")


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("scanned.pdf", "no text layer"),
        ("encrypted.pdf", "encrypted"),
        ("broken.docx", "not a readable .docx"),
        ("old-format.docx", "Word 97"),
    ],
)
def test_a_file_no_format_can_read_is_a_one_line_error_and_nothing_is_written(
    tmp_path: Path, name: str, says: str
) -> None:
    out = tmp_path / "out"
    code, _, err = run("build", str(ROOT / "tests" / "fixtures" / name), "-o", str(out))
    assert code == 1 and says in one_line_error(err)
    assert not out.exists() or not any(out.iterdir())


def test_build_writes_a_store_that_commands_use_while_the_graph_is_unchanged(tmp_path: Path) -> None:
    import os

    from kg.files import open_graph, run_query

    code, _, _ = run("build", str(SEED), "-o", str(tmp_path), "--no-html")
    graph = tmp_path / "graph.ttl"
    assert code == 0 and (tmp_path / "store").is_dir()
    store, kind = open_graph(graph)
    assert kind == "store"
    question = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    from_store = next(iter(run_query(store, question)))["n"].value
    os.utime(graph, ns=(graph.stat().st_atime_ns, graph.stat().st_mtime_ns + 1))  # the file changed since
    parsed, kind = open_graph(graph)
    assert kind == "turtle" and next(iter(run_query(parsed, question)))["n"].value == from_store != "0"
    code, out, _ = run("who-leads", "海绵城市", "--graph", str(graph))
    assert code == 0 and "市城市管理局" in out


def test_no_store_writes_none(tmp_path: Path) -> None:
    code, _, _ = run("build", str(SEED), "-o", str(tmp_path), "--no-html", "--no-store")
    assert code == 0 and not (tmp_path / "store").exists()
    assert not list(tmp_path.glob(".store*"))


def test_a_network_too_large_to_draw_gets_no_page_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "graph.html").write_text("an older build's page", encoding="utf-8")
    monkeypatch.setattr("kg.explorer.PAGE_NODES", 100)  # the seed draws 330 nodes
    code, out, _ = run("build", str(SEED), "-o", str(tmp_path))
    assert code == 0 and "no graph.html:" in out and "kg viz --focus" in out
    assert (tmp_path / "graph.ttl").is_file() and not (tmp_path / "graph.html").exists()
    monkeypatch.setattr("kg.explorer.PAGE_NODES", 50_000)
    code, out, _ = run("build", str(SEED), "-o", str(tmp_path))
    assert code == 0 and "graph.html" in out and (tmp_path / "graph.html").is_file()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["duties", "\udcff"], "ORG: not valid UTF-8: '\\xff'"),
        (["who-leads", "海\udcfe"], "TEXT: not valid UTF-8: '海\\xfe'"),
        (["query", 'SELECT * { ?s ?p "\udcff" }'], "QUERY: not valid UTF-8"),
        (["query", "slogan_tasks", "--bind", "text=\udcfe"], "--bind: not valid UTF-8: 'text=\\xfe'"),
        (["viz", "--focus", "\udcff", "-o", "x.html"], "--focus: not valid UTF-8"),
        (["why", "\udcff"], "SUBJECT: not valid UTF-8"),
    ],
)
def test_an_argument_that_is_not_utf8_is_a_one_line_error(seed_graph: Path, args: list[str], says: str) -> None:
    code, _, err = run(*args, "--graph", str(seed_graph))
    assert code == 1 and says in one_line_error(err)


def test_echoed_input_is_cut_to_80_characters_on_one_line(seed_graph: Path) -> None:
    code, _, err = run("duties", "局" * 100_000, "--graph", str(seed_graph))
    line = one_line_error(err)
    assert code == 1 and "局" * 79 + "…'" in line and len(line) < 200
    code, _, err = run("duties", "市发\n改委", "--graph", str(seed_graph))
    assert code == 1 and "'市发\\n改委'" in one_line_error(err)


@pytest.mark.parametrize("command", [["export", "--format", "nt"], ["viz"]])
def test_an_output_that_is_not_a_regular_file_or_a_new_path_is_refused(
    seed_graph: Path, tmp_path: Path, command: list[str]
) -> None:
    import os

    target = tmp_path / "kept.txt"
    target.write_text("the user's own file", encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(target)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path, says in (
        (link, "a symbolic link"),
        (fifo, "not a regular file"),
        (Path("/dev/null"), "not a regular file"),
        (tmp_path / "no" / "such" / "x.out", "no such folder"),
    ):
        code, _, err = run(*command, "--graph", str(seed_graph), "-o", str(path))
        assert code == 1 and says in one_line_error(err), path
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "the user's own file"
    assert not (tmp_path / "no").exists() and Path("/dev/null").is_char_device()


def test_a_killed_builds_leftovers_are_removed_by_the_next_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / ".graph.ttl.k1ll3d.tmp").write_text("half a graph", encoding="utf-8")
    (out / ".store.abc.tmp").mkdir()
    (out / ".store.abc.tmp" / "data").write_text("half a store", encoding="utf-8")
    code, _, _ = run("build", str(SEED), "-o", str(out), "--no-html")
    assert code == 0 and not list(out.glob(".*.tmp")) and (out / "graph.ttl").is_file()


def test_an_output_folder_that_cannot_be_written_is_found_before_any_input_is_read(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    code, _, err = run("build", str(tmp_path / "no-such-input"), "-o", str(tmp_path / "a-file" / "out"))
    assert code == 1 and "cannot write there" in one_line_error(err) and "no-such-input" not in err


def test_a_build_that_fails_late_leaves_the_last_builds_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("build", str(SEED), "-o", str(tmp_path))[0] == 0
    before = {name: (tmp_path / name).read_bytes() for name in ("graph.ttl", "graph.nq", "graph.html")}
    (tmp_path / "other.txt").write_text(
        "云岭市人民政府办公室\n\n关于做好某项工作的通知\n\n市财政局负责落实。\n", encoding="utf-8"
    )

    def broken(turtle: bytes) -> bytes:
        raise KgError("the page could not be drawn")

    from kg.errors import KgError

    monkeypatch.setattr("kg.pipeline.network_page", broken)
    code, _, err = run("build", str(tmp_path / "other.txt"), "-o", str(tmp_path))
    assert code == 1 and "could not be drawn" in err
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_two_builds_into_one_folder_never_mix_their_files(tmp_path: Path) -> None:
    import subprocess
    import sys

    for city in ("东岭市", "西岭市"):
        folder = tmp_path / city
        folder.mkdir()
        text = f"{city}人民政府办公室\n\n关于做好某项工作的通知\n\n{city}财政局负责落实。\n"
        (folder / "notice.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    for _ in range(3):
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "kg", "build", str(tmp_path / city), "-o", str(out), "--no-store"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for city in ("东岭市", "西岭市")
        ]
        codes = [r.wait(timeout=120) for r in runs]
        assert codes == [0, 0], [r.stderr.read().decode("utf-8", "replace") for r in runs if r.stderr]
        graph = (out / "graph.ttl").read_text(encoding="utf-8")
        page = (out / "graph.html").read_text(encoding="utf-8")
        city = "东岭市" if "东岭市" in graph else "西岭市"
        other = "西岭市" if city == "东岭市" else "东岭市"
        assert city in page and other not in page and other not in graph
