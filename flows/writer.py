"""One DuckDB writer at a time: a Prefect global concurrency limit around every writing task."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

WRITER_LIMIT = "summitwatch-duckdb-writer"
# Longer than warehouse.db.connect's own 120 s lock wait: a writer queued here fails loudly, never hangs.
WAIT_SECONDS = 900.0
_ensured: set[str] = set()
log = logging.getLogger(__name__)


def ensure_writer_limit(limit: int = 1) -> None:
    """Create (or reset to `limit` slots) the global concurrency limit that serialises DuckDB writers."""
    from prefect import get_client
    from prefect.exceptions import ObjectAlreadyExists

    with get_client(sync_client=True) as client:
        try:
            client.upsert_global_concurrency_limit_by_name(WRITER_LIMIT, limit)
        except ObjectAlreadyExists:  # another process created it between read and create
            pass
    _ensured.add(WRITER_LIMIT)


@contextmanager
def writer_slot() -> Iterator[None]:
    """Hold the single DuckDB writer slot for the duration of the block."""
    from prefect.concurrency.sync import concurrency

    if WRITER_LIMIT not in _ensured:
        ensure_writer_limit()
    with concurrency(
        WRITER_LIMIT,
        occupy=1,
        timeout_seconds=WAIT_SECONDS,
        strict=True,
        raise_on_lease_renewal_failure=False,
    ):
        yield
