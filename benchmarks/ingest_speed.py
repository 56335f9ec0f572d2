"""Ingest speed: documents per second with 1 and 2 extraction workers, and the speed-up.

The sample corpus data/articles/ is replicated until it holds at least --docs documents; every
copy gets a small text change so its content hash differs (PDFs, whose text cannot be edited in
place, go in once). Both runs ingest the same folder into a fresh database in this process, so
the ratio compares like with like. Also prints how long regrouping all incidents takes on the
result (it runs on every ingest).

    .venv/bin/python benchmarks/ingest_speed.py [--docs 500] [--workers 2] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard import config  # noqa: E402
from dashboard.db import open_build  # noqa: E402
from dashboard.incidents import recompute_incidents  # noqa: E402
from dashboard.ingest import expand_paths, ingest_paths  # noqa: E402
from dashboard.readers import read_documents  # noqa: E402


def _vary(path: Path, copy: int) -> str | None:
    """The file's content with a one-sentence change, or None when it cannot be varied."""
    suffix = path.suffix.lower()
    note = f"Archive copy {copy}."
    if suffix in (".txt", ".md", ".markdown"):
        return path.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{note}\n"
    if suffix in (".html", ".htm"):
        text = path.read_text(encoding="utf-8")
        for closing in ("</article>", "</main>", "</body>"):
            if closing in text:
                return text.replace(closing, f"<p>{note}</p>{closing}", 1)
        return text + f"<p>{note}</p>"
    if suffix == ".jsonl":
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                record["text"] = f"{record['text']} {note}"
                lines.append(json.dumps(record, ensure_ascii=False))
        return "\n".join(lines) + "\n"
    if suffix == ".json":
        value = json.loads(path.read_text(encoding="utf-8"))
        records = value if isinstance(value, list) else [value]
        for record in records:
            record["text"] = f"{record['text']} {note}"
        return json.dumps(value, ensure_ascii=False)
    return None


def replicate(source: Path, target: Path, at_least: int) -> int:
    """Copy `source` into `target` until it holds `at_least` documents; returns the count."""
    files, _ = expand_paths([source])
    per_copy = {Path(f): len(read_documents(f)[0]) for f in files}
    total, copy = 0, 0
    while total < at_least:
        folder = target / f"copy-{copy:03d}"
        folder.mkdir(parents=True)
        for path, n_docs in per_copy.items():
            rel = path.relative_to(source)
            content = _vary(path, copy) if copy else None
            out = folder / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            if copy == 0:
                shutil.copyfile(path, out)
            elif content is not None:
                out.write_text(content, encoding="utf-8")
            else:
                continue
            total += n_docs
        copy += 1
    return total


def _cpu_seconds() -> float:
    # This process and its finished children (the workers, reaped when the pool shuts down).
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_speedup(workers: int, n: int = 20_000_000) -> float:
    """The speed-up this machine gives right now to `workers` independent CPU-bound processes:
    the ceiling for ingest's, on a machine shared with other work."""
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing

    start = time.perf_counter()
    _spin(n * workers)
    alone = time.perf_counter() - start
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_spin, [1] * workers))  # start the processes first
        start = time.perf_counter()
        list(pool.map(_spin, [n] * workers))
        together = time.perf_counter() - start
    return alone / together


def timed_ingest(folder: Path, db_path: Path, workers: int) -> tuple[float, float, int]:
    start, cpu = time.perf_counter(), _cpu_seconds()
    report = ingest_paths([folder], db_path, workers=workers)
    elapsed, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    if report.failed:
        print(f"  warning: {report.failed} failed", file=sys.stderr)
    return elapsed, cpu, report.stored + report.flagged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="at least this many documents (default 500)")
    parser.add_argument("--workers", type=int, default=2, help="workers for the parallel run (default 2)")
    parser.add_argument("--source", type=Path, default=config.ARTICLES_DIR)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    n = replicate(args.source, corpus, args.docs)
    print(f"corpus: {n} documents in {len(expand_paths([corpus])[0])} files ({args.source} replicated)")

    # Warm the model and imports so neither run pays the first load.
    ingest_paths([next(p for p in sorted(args.source.iterdir()) if p.suffix == ".txt")], work / "warm.duckdb")

    load_before = " ".join(f"{x:.1f}" for x in os.getloadavg())
    results = {}
    for workers in (1, args.workers):
        db_path = work / f"w{workers}.duckdb"
        for leftover in work.glob(f"w{workers}.duckdb*"):
            leftover.unlink()
        elapsed, cpu, stored = timed_ingest(corpus, db_path, workers)
        results[workers] = (elapsed, stored)
        print(f"workers={workers}: {stored} documents in {elapsed:.1f} s = {stored / elapsed:.1f} documents/s "
              f"({cpu:.1f} CPU-s, {1000 * cpu / stored:.0f} ms CPU per document)")

    (t1, n1), (tn, nn) = results[1], results[args.workers]
    print(f"speed-up with {args.workers} workers: {(nn / tn) / (n1 / t1):.2f}x "
          f"(this machine's ceiling now, {args.workers} busy-loop processes: {machine_speedup(args.workers):.2f}x)")
    print(f"(machine: {os.cpu_count()} CPUs, load average before/after: {load_before} / "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}; a loaded machine caps the speed-up)")

    builder = open_build(work / "w1.duckdb", work / "regroup.duckdb")
    start = time.perf_counter()
    incidents = recompute_incidents(builder)
    events = builder.scalar("SELECT count(*) FROM events")
    print(f"regrouping {events} events into {incidents} incidents: {time.perf_counter() - start:.3f} s")
    builder.close()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
