"""Checks and repairs of a translation: every check of a French sentence against its English, in one place.

- :mod:`summarizer.checks.output`: a runaway repetition, an implausible length;
- :mod:`summarizer.checks.repair`: the repairs of one translated part (guarded retry, n-best, numbers put back).
"""
