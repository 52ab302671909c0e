"""Reading files on a Dask cluster: the same per-file function, results merged in the order of the files.

Dask (distributed) rather than Ray: it is pure Python wheels (a few MB, no
object store daemon), a `dask scheduler` / `dask worker` pair is the whole of a
real cluster, LocalCluster runs the same code on one machine for the tests,
and futures hand back any picklable result. A worker needs govkg installed,
nothing else: each file's bytes travel with its task (no shared file system),
and the worker reads them with kg.per_file.read_file, as a local build does.
The client keeps a bounded number of files in flight and takes results in the
order of the files, so the graph has the same bytes as with --jobs 1.
"""

from __future__ import annotations

import logging
import tempfile
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.per_file import FileResult, read_file

IN_FLIGHT = 4  # files per worker submitted ahead of the one being waited for
CONNECT_TIMEOUT = "10s"


def read_sent(name: str, data: bytes, where: str, encoding: str | None = None) -> FileResult:
    """On a worker: read one file from its bytes, as read_file reads it from disk (under its own name, which
    reaches the graph); errors name the file as the user gave it."""
    with tempfile.TemporaryDirectory(prefix="govkg-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            return read_file(path, encoding)
        except KgError as err:
            raise type(err)(str(err).replace(str(path), where)) from None


def read_on_dask(
    paths: list[Path], scheduler: str | None, workers: int, encoding: str | None = None
) -> Iterator[FileResult]:
    """Each file's result, in the order of the files, read on the Dask cluster at scheduler (or on a local
    cluster of that many worker processes)."""
    client, cluster = _connect(scheduler, workers)
    try:
        window = IN_FLIGHT * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque[tuple[Path, Any]] = deque()
        queue = iter(paths)
        for path in queue:
            pending.append((path, _submit(client, path, encoding)))
            if len(pending) >= window:
                break
        while pending:
            path, future = pending.popleft()
            result = future.result()
            future.release()
            following = next(queue, None)
            if following is not None:
                pending.append((following, _submit(client, following, encoding)))
            yield replace(result, source=replace(result.source, path=path))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _submit(client: Any, path: Path, encoding: str | None) -> Any:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise KgError(f"{path}: cannot read ({err.strerror or err})") from None
    return client.submit(read_sent, path.name, data, str(path), encoding, pure=False)


def _connect(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    """A client of the scheduler at that address, or of a new local cluster; and that cluster, to close."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise KgError("--executor dask needs Dask: pip install 'govkg[dask]'") from None
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT), None
        except (OSError, TimeoutError, ValueError) as err:
            raise KgError(f"{scheduler}: cannot reach the Dask scheduler ({_first_line(err)})") from None
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    )
    return Client(cluster), cluster


def _first_line(err: Exception) -> str:
    text = str(err).strip()
    return text.splitlines()[0][:120] if text else type(err).__name__
