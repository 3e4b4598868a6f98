"""The one reader of the team's tab-separated evaluation sets (``evaluation/data/*.tsv``).

Every set is UTF-8, one item a line, tab-separated, with no quoting (a French quote is text); blank lines and
lines starting with ``#`` are comments. A set either opens with a header line naming its columns, or (``header``
false) holds exactly the columns it is read with.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def read_tsv(path: Path, columns: Sequence[str], *, header: bool = True) -> list[dict[str, str]]:
    """The rows of ``path`` as dictionaries of ``columns``, stripped, in file order.

    Args:
        path: the TSV file.
        columns: the columns every row must fill.
        header: whether the first non-comment line names the columns (in any order, others allowed).

    Returns:
        One dictionary per row, holding ``columns``.

    Raises:
        FileNotFoundError: The file is absent.
        ValueError: The header lacks a column, or a row has too few fields or an empty one (with its line number).
    """
    names: list[str] | None = None if header else list(columns)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if names is None:
            missing = [c for c in columns if c not in fields]
            if missing:
                raise ValueError(f"{path}:{number}: the header lacks {', '.join(missing)}")
            names = fields
            continue
        row = dict(zip(names, fields))
        empty = [c for c in columns if not row.get(c)]
        if empty:
            raise ValueError(f"{path}:{number}: empty or missing {', '.join(empty)}")
        rows.append({c: row[c] for c in columns})
    return rows
