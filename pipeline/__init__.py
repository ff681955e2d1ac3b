"""Pure domain code for summitwatch: no Prefect, no DuckDB."""
