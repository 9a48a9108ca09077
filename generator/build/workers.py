"""Run the pure per-source extraction over many files: a process pool with a progress bar.

`pipeline.extract_bytes(file, data)` depends only on its arguments, so the same map could run
on Dask or Ray for archive-size corpora; here a local process pool is enough.
"""
from __future__ import annotations

import contextlib
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Below this many items a pool costs more (process start-up, imports) than it saves.
POOL_THRESHOLD = 24


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _progress(total: int, label: str):
    """A tqdm bar on a terminal with enough items to be worth it; silent otherwise."""
    if total < 50 or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover
        return None
    return tqdm(total=total, desc=label, unit="src", leave=False, file=sys.stderr)


class SourcePool:
    """Maps for one build on one process pool, started on first need: the workers start and import
    the generator once for every map (extract, then write) instead of once per map."""

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = default_jobs() if jobs is None else max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None

    def map(self, func: Callable[[T], R], items: Iterable[T], label: str = "extracting") -> list[R]:
        """`[func(x) for x in items]` in order, on the pool when there are enough items."""
        items = list(items)
        if self.jobs == 1 or len(items) < POOL_THRESHOLD:
            mapped: Iterable[R] = map(func, items)
        else:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=self.jobs)
            # Small enough that the workers finish together (the last chunk is the idle tail).
            chunk = max(1, min(32, len(items) // (self.jobs * 32)))
            mapped = self._pool.map(func, items, chunksize=chunk)
        bar = _progress(len(items), label)
        try:
            results = []
            for result in mapped:
                results.append(result)
                if bar:
                    bar.update(1)
            return results
        finally:
            if bar:
                bar.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> "SourcePool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def background(func: Callable[[T], R], item: T, worth_it: bool = True) -> Iterator[Callable[[], R]]:
    """`func(item)` in a second process while the caller works on; the yielded callable returns the
    result (computing it here when a pool is not worth it, or there is one core, or the pool fails)."""
    if not worth_it or default_jobs() < 2:
        yield lambda: func(item)
        return
    pool = ProcessPoolExecutor(max_workers=1)
    try:
        future = pool.submit(func, item)

        def result() -> R:
            try:
                return future.result()
            except Exception:            # a broken pool (killed worker, unpicklable value): do it here
                return func(item)
        yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
