"""Graph files: load a graph (into Oxigraph or rdflib), write Turtle sorted, write any file atomically.

Every command that reads or writes a graph goes through here, so a missing or
broken file gives the same one-line error everywhere, and no file in exports/
is ever left half written.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyoxigraph as ox

if TYPE_CHECKING:
    import rdflib

from kg.errors import GraphError, KgError
from kg.prefixes import PREFIXES


def _format(path: Path) -> ox.RdfFormat:
    return ox.RdfFormat.N_TRIPLES if path.suffix == ".nt" else ox.RdfFormat.TURTLE


def _missing(path: Path) -> GraphError:
    return GraphError(f"{path}: no such graph file (run `kg build` first)")


def _invalid(path: Path, err: Exception) -> GraphError:
    first = str(err).splitlines()[0] if str(err) else type(err).__name__
    return GraphError(f"{path}: not a valid RDF file ({first})")


def load_store(path: Path) -> ox.Store:
    """A graph file's triples in an Oxigraph store: the on-disk store `kg build` wrote beside it when it
    still holds that very file, else the file parsed into memory."""
    return open_graph(path)[0]


def open_graph(path: Path) -> tuple[ox.Store, str]:
    """The store of a graph file, and where it came from: "store" (on disk, opened in milliseconds) or
    "turtle" (the file parsed)."""
    if not path.is_file():
        raise _missing(path)
    on_disk = _store_for(path)
    if on_disk is not None:
        return on_disk, "store"
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=_format(path))
    except (SyntaxError, ValueError, OSError) as err:
        raise _invalid(path, err) from None
    return store, "turtle"


STORE = "store"  # the folder beside graph.ttl that holds it as an Oxigraph store
_MARK = "GRAPH"  # in that folder: the size and time of the graph.ttl it holds
_HEADINGS = "HEADINGS"  # in that folder: every task's heading and IRI, a line each (heading<TAB>IRI)
_HEADINGS_QUERY = """SELECT ?task ?heading WHERE {
  ?task a <https://w3id.org/govkg/ontology#Task> ; <http://www.w3.org/2000/01/rdf-schema#label> ?heading }"""


def _stamp(path: Path, name: str | None = None) -> str:
    """A file's name, size and time (a rename keeps the size and time)."""
    stat = path.stat()
    return f"{name or path.name} {stat.st_size} {stat.st_mtime_ns}\n"


def _store_for(path: Path) -> ox.Store | None:
    folder = path.parent / STORE
    try:
        if (folder / _MARK).read_text(encoding="utf-8") != _stamp(path):
            return None  # the file changed since the store was written, or no store
        return ox.Store.read_only(str(folder))
    except OSError:
        return None


def write_store(path: Path, graph_file: Path | None = None, quads_file: Path | None = None) -> Path:
    """Write the on-disk store of a graph file beside it (whole or not at all), marked with the file's size
    and time so that a later change to the file is noticed. The N-Quads file beside it (the same triples in
    the named graphs of the input files), if any, is what the store holds; else the graph file itself."""
    folder = path.parent / STORE
    tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{STORE}.", suffix=".tmp"))
    try:
        store = ox.Store(str(tmp / "data"))
        graph_file = graph_file or path  # a build loads its files before it renames them into place
        quads = quads_file or path.with_suffix(".nq")
        if quads.is_file():  # each input file's facts in its own named graph; queries see their union
            # a build's own quads (every triple of them parsed, strictly, by its merge) are not checked again
            store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS, lenient=quads_file is not None)
        else:
            store.bulk_load(path=str(graph_file), format=_format(path))
        store.flush()
        _write_headings(store, tmp / "data" / _HEADINGS)
        del store
        (tmp / "data" / _MARK).write_text(_stamp(graph_file, path.name), encoding="utf-8")
        old = path.parent / f".{STORE}.old.{os.getpid()}"
        if folder.exists():
            os.replace(folder, old)
        os.replace(tmp / "data", folder)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as err:
        raise KgError(f"{folder}: cannot write the store ({err.strerror or err})") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder


def _write_headings(store: ox.Store, path: Path) -> None:
    """The heading index: Oxigraph has no text index, and a task is asked for by a part of its heading."""
    rows = sorted(
        (row["task"].value, row["heading"].value.replace("\t", " ").replace("\n", " "))
        for row in run_query(store, _HEADINGS_QUERY)
    )
    path.write_text("".join(f"{heading}\t{iri}\n" for iri, heading in rows), encoding="utf-8")


def tasks_headed(path: Path, text: str) -> list[str] | None:
    """The IRIs of the tasks whose heading contains text, from the heading index of the store beside a
    graph file; None when there is no store of that very file (then the graph is asked instead)."""
    folder = path.parent / STORE
    try:
        if (folder / _MARK).read_text(encoding="utf-8") != _stamp(path):
            return None
        index = (folder / _HEADINGS).read_text(encoding="utf-8")
    except OSError:
        return None
    found: list[str] = []
    start = 0
    while text and (at := index.find(text, start)) != -1:  # str.find: a linear scan in C, not a Python loop
        line_start = index.rfind("\n", 0, at) + 1
        line_end = index.find("\n", at)
        heading, _, iri = index[line_start:line_end].partition("\t")
        if text in heading:  # not a match inside the IRI
            found.append(iri)
        start = line_end + 1
    return found


def store_of(turtle: bytes) -> ox.Store:
    """A freshly serialised graph in an in-memory Oxigraph store."""
    store = ox.Store()
    store.load(turtle, format=ox.RdfFormat.TURTLE)
    return store


def load_rdflib(path: Path) -> rdflib.Graph:
    """A Turtle (or N-Triples) file as an rdflib graph, for pySHACL."""
    if not path.is_file():
        raise _missing(path)
    import rdflib  # here, not at the top: a named question loads no rdflib

    graph = rdflib.Graph()
    try:
        graph.parse(path, format="nt" if path.suffix == ".nt" else "turtle")
    except Exception as err:  # rdflib raises many parser exception types
        raise _invalid(path, err) from None
    return graph


def sort_triples(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """Triples in one canonical order, so the same graph is always written the same way."""
    # by the N-Triples line, which orders as (subject, predicate, object) did (an IRI ends at its ">", a literal
    # or blank node that is a prefix of another sorts first either way): one key string per triple, not four
    # objects, which at 6M triples is a gigabyte less at the peak of a build
    return sorted(triples, key=str)


def store_triples(store: ox.Store) -> list[ox.Triple]:
    """Every triple of a store, whatever graph holds it, sorted."""
    quads = store.quads_for_pattern(None, None, None)
    return sort_triples({ox.Triple(q.subject, q.predicate, q.object) for q in quads})


def run_query(store: ox.Store, query: str, **options: Any) -> Any:
    """Ask a store: its default graph is the union of all its graphs (a built store holds each input
    file's facts in a graph of its own; a parsed Turtle file is all in the default graph)."""
    return store.query(query, use_default_graph_as_union=True, **options)


def serialize(triples: Iterable[ox.Triple], fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
    """Triples, in the order given, with the project's prefixes (where the format has them)."""
    if fmt == ox.RdfFormat.N_TRIPLES:
        return ox.serialize(triples, format=fmt)
    return ox.serialize(triples, format=fmt, prefixes=PREFIXES)


def check_output(path: Path, given: bool = True) -> None:
    """Refuse, before any work, an output path that writing would clobber or that cannot be written: a
    device, FIFO, folder or symlink (replacing it would replace the link, or /dev/null itself), or, for a
    path the user gave, a folder that does not exist (a typo would otherwise create folders)."""
    if path.is_symlink():
        raise KgError(f"{path}: a symbolic link; give the file it points to, or a new path")
    if path.exists() and not path.is_file():
        raise KgError(f"{path}: not a regular file; give a file's path")
    if given and not path.parent.is_dir():
        raise KgError(f"{path.parent}: no such folder")


def write_atomic(path: Path, data: bytes | Callable[[BinaryIO], None]) -> None:
    """Write a file whole or not at all: a temporary file beside it, then rename. ``data`` is the bytes, or
    a function that writes them to a binary file (so that a large file is never whole in memory)."""
    publish([(stage(path, data), path)])


def stage(path: Path, data: bytes | Callable[[BinaryIO], None]) -> Path:
    """Write what is to become ``path`` into a temporary file beside it, and return that file: several
    files of one build are staged, then published together."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as err:
        raise KgError(f"{path}: cannot write ({err.strerror or err})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes files private; exports are not
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise KgError(f"{path}: cannot write ({err.strerror or err})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def publish(staged: list[tuple[Path, Path]]) -> None:
    """Rename staged files into place, one after the other with nothing in between; on failure the staged
    files are removed."""
    try:
        for tmp, path in staged:
            os.replace(tmp, path)
    except OSError as err:
        discard(staged)
        raise KgError(f"{path}: cannot write ({err.strerror or err})") from None


def discard(staged: list[tuple[Path, Path]]) -> None:
    for tmp, _ in staged:
        tmp.unlink(missing_ok=True)


def remove_leftovers(folder: Path) -> None:
    """Remove the temporary files and folders a build that was killed left in an output folder (call it
    holding the folder's lock: no other build is writing there)."""
    for entry in folder.glob(".*"):
        if entry.name.endswith(".tmp") or entry.name.startswith(f".{STORE}.old."):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)


@contextmanager
def exclusive(folder: Path, on_busy: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold an output folder for one build: it is made (or found) writable first, before any input is read;
    a second build into it waits for the first (on_busy is told), so that graph.ttl and graph.html are
    always of one build; leftovers of a killed build are removed. The lock is on the folder itself (no
    lock file); a folder made for a build that failed is removed again if it is empty."""
    made = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            raise PermissionError(13, "permission denied")
        fd = os.open(folder, os.O_RDONLY)
    except OSError as err:
        raise KgError(f"{folder}: cannot write there ({err.strerror or err})") from None
    done = False
    try:
        try:
            import fcntl
        except ImportError:  # no advisory locks (Windows): builds into one folder are not serialised
            fcntl = None
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if on_busy:
                    on_busy()
                fcntl.flock(fd, fcntl.LOCK_EX)
        remove_leftovers(folder)
        yield
        done = True
    finally:
        os.close(fd)
        if made and not done:
            with suppress(OSError):
                folder.rmdir()  # only if empty
