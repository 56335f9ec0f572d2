"""Reading analysts' report files into `Document`s: formats, metadata, and clear refusals.

Every file goes through the same gate (exists, regular file, supported extension, size cap,
not empty, not binary, UTF-8) before its format reader runs, so each bad input is refused with
one `ReadError` line naming the file and the reason instead of a traceback. Character offsets
used downstream refer to `Document.text`, so no step may touch `text` after it is built.
The layouts are described for analysts in docs/formats.md.
"""
from __future__ import annotations

import errno
import io
import json
import logging
import os
import re
import stat
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from . import config

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".json", ".jsonl")

#: Kinds a .txt/.pdf kind line may name; part of the file layout (docs/formats.md), not NLP knowledge.
KIND_LINE_KINDS = ("wire report", "official statement", "analysis", "press release", "speech", "report")

TITLE_LINE_MAX = 150
DERIVED_TITLE_MAX = 120
BINARY_SNIFF_BYTES = 8192
DATE_FORMATS_HINT = "expected YYYY-MM-DD, YYYY-MM or YYYY"


@dataclass
class Document:
    path: str  # as given; a JSON/JSONL record is "FILE#N" (N = 1-based record/line number)
    text: str  # the body as Sitrep stores it; all character offsets refer to this string
    title: str | None = None
    published: date | None = None  # None when unknown (never invented) or in the future
    date_precision: str | None = None  # "day" | "month" | "year" | None
    source: str | None = None
    url: str | None = None
    kind: str | None = None  # lower case, e.g. "wire report"
    flags: list[str] = field(default_factory=list)  # "date_missing", "date_future"
    notes: list[str] = field(default_factory=list)  # one human-readable line per flag


class ReadError(ValueError):
    """A file (or one record of it) that cannot be read; str(e) is one line: "PATH: reason"."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        # One line, whatever a library's message contained.
        self.reason = " ".join(str(reason).split())
        super().__init__(f"{self.path}: {self.reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        # Ingest workers send errors across processes; the default pickling would call
        # ReadError(message) and lose `reason`.
        return (type(self), (self.path, self.reason))


def read_documents(
    path: str | Path, *, max_bytes: int = config.MAX_FILE_BYTES, today: date | None = None
) -> tuple[list[Document], list[ReadError]]:
    """All records in one file. Raises ReadError when the file as a whole cannot be read
    (missing, symlink loop, directory, unsupported extension, over max_bytes, empty, binary (NUL bytes),
    undecodable as UTF-8, malformed front matter, PDF encrypted or without a text layer, JSON that does not parse).
    Per-record problems in a multi-record file (a malformed JSONL line, a record without text) are returned
    in the second list and the good records are still returned."""
    name = str(path)
    today = today or date.today()
    suffix, data = _read_bytes(name, Path(path), max_bytes)
    if suffix == ".pdf":
        return [_read_pdf(name, data, today)], []
    text = _decode(name, data)
    if suffix == ".txt":
        return [_read_txt(name, text, today)], []
    if suffix in (".md", ".markdown"):
        return [_read_markdown(name, text, today)], []
    if suffix in (".html", ".htm"):
        return [_read_html(name, text, today)], []
    if suffix == ".json":
        return _read_json(name, text, today)
    return _read_jsonl(name, text, today)


def read_document(path: str | Path, **kw: Any) -> Document:
    """The first record of a file (convenience for single-document formats); raises ReadError.

    For a multi-record file this is the first record that could be read; when none could,
    the first record's error is raised."""
    documents, errors = read_documents(path, **kw)
    if documents:
        return documents[0]
    raise errors[0]


# --- the gate every file passes -------------------------------------------------------------


def _read_bytes(name: str, path: Path, max_bytes: int) -> tuple[str, bytes]:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise ReadError(name, "broken symlink (its target does not exist)") from None
        raise ReadError(name, "file does not exist") from None
    except NotADirectoryError:
        raise ReadError(name, "file does not exist (a parent in the path is not a folder)") from None
    except PermissionError:
        raise ReadError(name, "permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError(name, "symlink loop (the link points back to itself)") from None
        raise ReadError(name, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadError(name, "is a directory, not a file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        what = f"unsupported file type '{path.suffix}'" if path.suffix else "no file extension"
        raise ReadError(name, f"{what}; supported: {', '.join(SUPPORTED_SUFFIXES)}")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end.
        raise ReadError(name, "not a regular file")
    if info.st_size > max_bytes:
        raise ReadError(name, _size_reason(info.st_size, max_bytes))
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since stat
    except PermissionError:
        raise ReadError(name, "permission denied") from None
    except OSError as exc:
        raise ReadError(name, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise ReadError(name, _size_reason(len(data), max_bytes))
    if not data:
        raise ReadError(name, "file is empty (0 bytes)")
    return suffix, data


def _size_reason(size: int, cap: int) -> str:
    return f"file is {_human_size(size)}, over the size limit of {_human_size(cap)} (SITREP_MAX_FILE_BYTES)"


def _human_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    unit, scaled = ("KB", n / 1024) if n < 1024 * 1024 else ("MB", n / (1024 * 1024))
    return f"{scaled:.1f} {unit} ({n:,} bytes)"


def _decode(name: str, data: bytes) -> str:
    """UTF-8 (an optional BOM stripped) with LF newlines, or a ReadError naming the problem."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(name, "text is UTF-16 encoded; save it as UTF-8")
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise ReadError(name, "binary file (NUL bytes in the first 8 KB), not text")
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = bom + exc.start
        line = data.count(b"\n", 0, offset) + 1
        raise ReadError(
            name,
            f"not valid UTF-8: byte 0x{data[offset]:02X} at byte offset {offset} (line {line}) "
            "cannot be decoded; save the file as UTF-8",
        ) from None
    # Normalised before anything else so offsets do not depend on the author's platform.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(name, "file is empty (only whitespace)")
    return text


# --- dates and the finished Document ---------------------------------------------------------

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z ]*)?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_ISO_YEAR = re.compile(r"(\d{4})")


def _parse_date(raw: str) -> tuple[date, str] | None:
    """(first day of the period, precision) for YYYY-MM-DD (time of day ignored), YYYY-MM, YYYY."""
    raw = raw.strip()
    try:
        if m := _ISO_DAY.fullmatch(raw):
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        if m := _ISO_MONTH.fullmatch(raw):
            return date(int(m[1]), int(m[2]), 1), "month"
        if m := _ISO_YEAR.fullmatch(raw):
            return date(int(m[1]), 1, 1), "year"
    except ValueError:  # month 13, day 30 of February, year 0
        return None
    return None


def _bad_date(raw: object) -> str:
    return f"date '{raw}' is not a date ({DATE_FORMATS_HINT})"


def _document(
    path: str,
    text: str,
    *,
    today: date,
    title: str | None,
    raw_date: str | None,
    source: str | None = None,
    url: str | None = None,
    kind: str | None = None,
    missing_note: str = "no publication date found",
) -> Document:
    """The Document, with the date checked; `raw_date` must already be known to parse."""
    doc = Document(
        path=path,
        text=text,
        title=title or _title_from_text(text),
        source=source,
        url=url,
        kind=kind.lower() if kind else None,
    )
    parsed = _parse_date(raw_date) if raw_date else None
    if parsed is None:
        doc.flags.append("date_missing")
        doc.notes.append(missing_note)
    elif parsed[0] > today:
        # Usually a typo or a scheduled-publication stamp; never guess what was meant.
        doc.flags.append("date_future")
        doc.notes.append(f"date {raw_date.strip()} is in the future; treated as unknown")
    else:
        doc.published, doc.date_precision = parsed
    return doc


# Initials ("U.S.") and short titles ("Mr.", "Gen.") do not end a sentence.
_SENTENCE_END = re.compile(r"(?:(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.|[!?])(?=\s|$)")


def _title_from_text(text: str) -> str | None:
    """The first sentence of the first line, at most DERIVED_TITLE_MAX characters, cut at a word."""
    first_line = text.strip().split("\n", 1)[0].strip()
    if not first_line:
        return None
    m = _SENTENCE_END.search(first_line)
    sentence = first_line[: m.end()] if m else first_line
    if len(sentence) <= DERIVED_TITLE_MAX:
        return sentence
    cut = sentence[: DERIVED_TITLE_MAX - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


def _clean(value: object) -> str | None:
    """A metadata value as one trimmed line, or None when blank."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


# --- .txt (and the text layer of .pdf) -------------------------------------------------------

# The marker may share the first line with the body (as in the seed). Anything date-like after
# "date" is taken as a marker so a mistyped one is reported rather than kept in the body.
_DATE_MARKER = re.compile(r"\A\s*date[ \t]+(\d[\d\-/.]*\d)(?=\s|\Z)", re.IGNORECASE)
_KIND_LINE = re.compile(
    r"(?P<kind>" + "|".join(re.escape(k) for k in KIND_LINE_KINDS) + r")"
    r"(?:[ \t]+[·\-–—][ \t]+(?P<source>\S.{0,150}))?",
    re.IGNORECASE,
)


def _read_txt(name: str, text: str, today: date, *, fallback_title: str | None = None) -> Document:
    raw_date = None
    if m := _DATE_MARKER.match(text):
        raw_date = m[1]
        if _parse_date(raw_date) is None or not _ISO_DAY.fullmatch(raw_date):
            raise ReadError(name, f"date marker '{raw_date}' is not a date (expected date YYYY-MM-DD)")
        text = text[m.end() :]
        if not text.strip():
            raise ReadError(name, "file is empty (only a date marker, no text)")
    title, kind, source, body = _split_header(text)
    if not body:
        raise ReadError(name, "file is empty (a title or kind line but no text)")
    return _document(
        name, body, today=today, title=title or fallback_title, raw_date=raw_date, source=source, kind=kind
    )


def _split_header(text: str) -> tuple[str | None, str | None, str | None, str]:
    """(title, kind, source, body) from an optional title line and kind line."""
    lines = text.lstrip().split("\n")
    title = kind = source = None
    at = 0
    if _KIND_LINE.fullmatch(lines[0].strip()) is None and _is_title_line(lines[0].strip(), lines[1:]):
        title, at = lines[0].strip(), 1
    if at < len(lines) and (m := _KIND_LINE.fullmatch(lines[at].strip())):
        kind, source = m["kind"].lower(), _clean(m["source"])
        at += 1
    body = "\n".join(lines[at:]).strip()
    if not body and kind is None:
        # A lone short line is the text itself, not a title over nothing.
        return None, None, None, text.strip()
    return title, kind, source, body


def _is_title_line(first: str, rest: list[str]) -> bool:
    if not first or len(first) > TITLE_LINE_MAX or not rest:
        return False
    # A one-sentence lead paragraph ends in a full stop; a headline does not. Taking the lead
    # as a title would drop its sentence from the text that extraction sees.
    if first.endswith(".") and not first.endswith("..."):
        return False
    following = rest[0].strip()
    return not following or _KIND_LINE.fullmatch(following) is not None


# --- .md / .markdown -------------------------------------------------------------------------


class _StringDateLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: dates stay text, so an impossible one ("2023-02-30")
    is reported by name instead of failing inside the YAML library."""


_StringDateLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FRONT_OPEN = re.compile(r"\A---[ \t]*\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def _read_markdown(name: str, text: str, today: date) -> Document:
    meta: dict[str, Any] = {}
    body = text
    if opening := _FRONT_OPEN.match(text):
        closing = _FRONT_CLOSE.search(text, opening.end())
        if closing is None:
            raise ReadError(name, "front matter starts with '---' but has no closing '---' line")
        meta = _front_matter(name, text[opening.end() : closing.start()])
        body = text[closing.end() :]
    raw_date = meta.get("date")
    if raw_date is not None:
        raw_date = str(raw_date).strip()
        if _parse_date(raw_date) is None:
            raise ReadError(name, "front matter " + _bad_date(raw_date))
    plain = _strip_markdown(body)
    if not plain:
        raise ReadError(name, "file is empty (no text after the front matter)")
    title = _clean(meta.get("title"))
    if title is None and (heading := re.match(r"#{1,6}[ \t]+(.+?)[ \t#]*$", body.lstrip(), re.MULTILINE)):
        title = _strip_markdown(heading[1]) or None
    return _document(
        name,
        plain,
        today=today,
        title=title,
        raw_date=raw_date or None,
        source=_clean(meta.get("source")),
        url=_clean(meta.get("url")),
        kind=_clean(meta.get("kind")),
    )


def _front_matter(name: str, block: str) -> dict[str, Any]:
    try:
        meta = yaml.load(block, Loader=_StringDateLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise ReadError(name, f"front matter is not valid YAML{_yaml_problem(exc)}") from None
    except RecursionError:
        raise ReadError(name, "front matter is nested too deeply to be 'key: value' lines") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise ReadError(
            name, f"front matter must be 'key: value' lines (title, date, source, url, kind), not a {_json_type(meta)}"
        )
    return {str(k).strip().lower(): v for k, v in meta.items()}


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """' at line N: problem (context at line M)' with file line numbers (the block starts on line 2)."""
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + 2}" if mark is not None else ""
    problem = getattr(exc, "problem", None) or "cannot be parsed"
    for library_words in ("'<stream end>'", "<stream end>", "unexpected end of stream", "end of stream"):
        problem = problem.replace(library_words, "the end of the front matter")
    context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and context_mark is not None:
        problem += f" ({context} at line {context_mark.line + 2})"
    return f"{where}: {problem}"


_MD_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^[ \t]*(```|~~~).*$\n?", re.MULTILINE), ""),  # code fence lines
    (re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE), ""),  # horizontal rules
    (re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$\n?", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE), r"\1"),  # headings
    (re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^([ \t]*)[*+-][ \t]+", re.MULTILINE), r"\1"),  # bullets
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])"), r"\1"),  # links -> link text
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis *x*
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # emphasis _x_ (not snake_case)
]


def _strip_markdown(markdown: str) -> str:
    for pattern, replacement in _MD_RULES:
        markdown = pattern.sub(replacement, markdown)
    return re.sub(r"\n{3,}", "\n\n", markdown).strip()


# --- .html / .htm ----------------------------------------------------------------------------

_DROPPED_TAGS = ("head", "title", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "svg", "form", "button")
_BLOCK_TAGS = frozenset(
    "address article blockquote caption dd details dialog div dl dt fieldset figcaption figure "
    "h1 h2 h3 h4 h5 h6 hr li main ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_DATE_META = ("article:published_time", "date", "datepublished", "og:published_time", "pubdate", "dc.date")


def _read_html(name: str, text: str, today: date) -> Document:
    from bs4 import BeautifulSoup  # imported here: only HTML files need it

    soup = BeautifulSoup(text, "html.parser")
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if key and content and content.strip():
            meta.setdefault(str(key).strip().lower(), content.strip())

    title = _clean(meta.get("og:title"))
    if title is None and soup.title is not None:
        title = _clean(soup.title.get_text())
    if title is None and (h1 := soup.find("h1")) is not None:
        title = _clean(h1.get_text(" "))

    raw_dates = [meta[k] for k in _DATE_META if k in meta]
    raw_dates += [str(t["datetime"]) for t in soup.find_all("time", attrs={"datetime": True})]
    raw_date = next((d for d in raw_dates if _parse_date(d)), None)
    missing_note = "no publication date found"
    if raw_date is None and raw_dates:
        # Scraped pages carry whatever their CMS wrote; an unreadable stamp is not the analyst's error.
        missing_note += f" (the page's date '{raw_dates[0]}' is not a date)"

    link = soup.find("link", rel="canonical", href=True)
    url = _clean(link["href"]) if link is not None else None
    url = url or _clean(meta.get("og:url"))

    container = soup.find("article") or soup.find("main") or soup.find("body") or soup
    for tag in container.find_all(list(_DROPPED_TAGS)):
        tag.decompose()
    body = "\n\n".join(_html_paragraphs(container))
    if not body:
        raise ReadError(name, "file is empty (the page has no readable text)")
    return _document(
        name,
        body,
        today=today,
        title=title,
        raw_date=raw_date,
        source=_clean(meta.get("og:site_name") or meta.get("author")),
        url=url,
        kind=_clean(meta.get("kind")),
        missing_note=missing_note,
    )


def _html_paragraphs(container: Any) -> list[str]:
    """One paragraph per block element; whitespace collapsed, <br> kept as a line break.
    Walked with an explicit stack because scraped pages can nest deeper than Python recurses."""
    from bs4 import NavigableString, Tag

    paragraphs: list[str] = []
    pieces: list[str] = []

    def flush() -> None:
        lines = (" ".join(line.split()) for line in "".join(pieces).split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
        pieces.clear()

    stack: list[tuple[Any, bool]] = [(container, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            flush()
            continue
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:  # not a comment, doctype or CDATA
                pieces.append(str(node).replace("\n", " "))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name == "br":
            pieces.append("\n")
            continue
        block = node.name in _BLOCK_TAGS
        if block:
            flush()
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    flush()
    return paragraphs


# --- .pdf ------------------------------------------------------------------------------------


class _PdfWarnings(logging.Handler):
    """Collects pypdf's repair warnings for the PDF being read in this thread.

    Attached once to the "pypdf" logger: it keeps those warnings off the terminal (Python's
    last-resort handler would print them under our one-line errors) while an application that
    configures logging still receives them, and it lets a damaged file's error say what was wrong."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        collected = getattr(self.local, "messages", None)
        if collected is not None:
            collected.append(record.getMessage())


_PDF_WARNINGS = _PdfWarnings()
logging.getLogger("pypdf").addHandler(_PDF_WARNINGS)

# Word processors put the file name in /Title ("Microsoft Word - draft3.docx"); that is no headline.
_FILE_NAME_TITLE = re.compile(r"^microsoft \w+ - |\.(?:docx?|odt|rtf|pdf|txt|pptx?|xlsx?|indd)$", re.IGNORECASE)


def _read_pdf(name: str, data: bytes, today: date) -> Document:
    from pypdf import PdfReader  # imported here: only PDF files need it

    if b"%PDF-" not in data[:1024]:
        raise ReadError(name, "not a PDF (no %PDF header); the file is corrupt or misnamed")
    _PDF_WARNINGS.local.messages = warnings = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # owner-only protection still opens without a password
            except Exception:  # noqa: BLE001 - e.g. AES without a crypto library installed
                opened = 0
            if not opened:
                raise ReadError(name, "PDF is encrypted (password-protected); save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta_title = _clean((reader.metadata or {}).get("/Title"))
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types for damaged files
        raise ReadError(name, f"PDF is corrupt or unreadable ({type(exc).__name__}: {exc})") from None
    finally:
        _PDF_WARNINGS.local.messages = None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        if warnings:
            raise ReadError(
                name, f"PDF has no readable text; it looks damaged ({warnings[0]}) or is a scanned image without OCR"
            )
        raise ReadError(name, "PDF has no text layer (a scanned image?); run OCR on it first")
    if meta_title and _FILE_NAME_TITLE.search(meta_title):
        meta_title = None
    return _read_txt(name, text, today, fallback_title=meta_title)


# --- .json / .jsonl --------------------------------------------------------------------------

_RECORD_KEYS = ("title", "source", "url", "kind")


def _read_json(name: str, text: str, today: date) -> tuple[list[Document], list[ReadError]]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(name, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise ReadError(name, "not valid JSON for Sitrep (nested too deeply)") from None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise ReadError(name, f"JSON must be an object or a list of objects, not a {_json_type(value)}")
    if not value:
        raise ReadError(name, "file is empty (a JSON list with no records)")
    return _records(name, enumerate(value, start=1), today)


def _read_jsonl(name: str, text: str, today: date) -> tuple[list[Document], list[ReadError]]:
    parsed: list[tuple[int, Any]] = []
    errors: list[ReadError] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            parsed.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(ReadError(f"{name}#{number}", f"not valid JSON (column {exc.colno}: {exc.msg})"))
        except RecursionError:
            errors.append(ReadError(f"{name}#{number}", "not valid JSON for Sitrep (nested too deeply)"))
    documents, record_errors = _records(name, parsed, today)
    errors = sorted(errors + record_errors, key=lambda e: int(e.path.rsplit("#", 1)[1]))
    return documents, errors


def _records(name: str, numbered: Any, today: date) -> tuple[list[Document], list[ReadError]]:
    documents: list[Document] = []
    errors: list[ReadError] = []
    for number, record in numbered:
        path = f"{name}#{number}"
        try:
            documents.append(_record(path, record, today))
        except ReadError as exc:
            errors.append(exc)
    return documents, errors


def _record(path: str, record: Any, today: date) -> Document:
    if not isinstance(record, dict):
        raise ReadError(path, f"record must be a JSON object, not a {_json_type(record)}")
    text = record.get("text")
    if text is None:
        raise ReadError(path, "record has no 'text'")
    if not isinstance(text, str):
        raise ReadError(path, f"'text' must be a string, not a {_json_type(text)}")
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise ReadError(path, "record's 'text' is empty")
    fields: dict[str, str | None] = {}
    for key in _RECORD_KEYS:
        value = record.get(key)
        if isinstance(value, (dict, list, bool)):
            raise ReadError(path, f"'{key}' must be text, not a {_json_type(value)}")
        fields[key] = _clean(value)
    raw_date = record.get("date")
    if raw_date is not None:
        if isinstance(raw_date, bool) or not isinstance(raw_date, (str, int)) or _parse_date(str(raw_date)) is None:
            raise ReadError(path, _bad_date(raw_date))
        raw_date = str(raw_date).strip()
    return _document(path, text, today=today, raw_date=raw_date or None, **fields)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false value"
    return {dict: "mapping/object", list: "list", str: "string", int: "number", float: "number"}.get(
        type(value), "null" if value is None else type(value).__name__
    )
