"""Benchmarks of the archive on a generated news corpus, side by side with SQLite FTS5 and naive Whoosh.

`python -m benchmarks.run --docs 10000` (or `make bench`) writes benchmarks/results/latest.{json,md}.
"""
