"""Benchmarks and quality evaluations of the summarizer package."""
