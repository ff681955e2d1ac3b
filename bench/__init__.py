"""Benchmarks: a synthetic news corpus, stage timings, baselines and scale curves (`python -m bench.run`)."""
