# summitwatch: serves its Prefect deployments (see docker-compose.yml); the DuckDB file lives on /data.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PREFECT_SERVER_ANALYTICS_ENABLED=false \
    SUMMITWATCH_DB=/data/summitwatch.duckdb

WORKDIR /app
COPY pyproject.toml README.md ./
COPY flows ./flows
COPY pipeline ./pipeline
COPY warehouse ./warehouse
COPY seeds ./seeds
RUN pip install --no-cache-dir . \
    && useradd --create-home --uid 10001 summitwatch \
    && mkdir -p /data \
    && chown summitwatch:summitwatch /data

USER 10001:10001
VOLUME ["/data"]
STOPSIGNAL SIGINT
CMD ["python", "-m", "flows.serve"]
