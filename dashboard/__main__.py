"""Command line: `python -m dashboard extract FILE` and `python -m dashboard ingest PATH...`.

Exit codes (a contract scripts rely on): 0 success; 1 a file could not be read or stored (the
rest of the batch is still stored); 2 usage errors (argparse's own).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import config


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="print one document's actors, events and relationships as JSON")
    extract.add_argument("file", type=Path)

    ingest = commands.add_parser("ingest", help="store documents (files or folders) in the briefing database")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--db", type=Path, default=config.DB_PATH, help=f"database file (default {config.DB_PATH})")
    ingest.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    ingest.add_argument("--reextract", action="store_true", help="re-run extraction on stored documents")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .cues import CueFileError

    try:
        return _run(args)
    except CueFileError as exc:  # a broken knowledge file: one line naming it, not a traceback
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "extract":
        from .extract import cli_extract

        return cli_extract(args.file)
    if args.command == "ingest":
        if args.workers < 1:
            print("python -m dashboard ingest: --workers must be at least 1", file=sys.stderr)
            return 2
        from .ingest import cli_ingest

        return cli_ingest(args.paths, db_path=args.db, workers=args.workers, reextract=args.reextract)
    return 2


if __name__ == "__main__":
    sys.exit(main())
