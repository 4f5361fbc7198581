"""Performance benchmarks for Coursesmith (run from the repository root: `python -m bench.X`).

See bench/README.md. Generated data goes to bench/corpus/ (git-ignored).
"""
