"""dashboard.readers: every format read to the exact fields, every bad input refused in one line.

Fixture files are written into tmp_path at test time (PDFs with fpdf2/pypdf), so the repository
holds no binary fixtures.
"""
from __future__ import annotations

import io
import os
import pickle
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dashboard.readers import SUPPORTED_SUFFIXES, Document, ReadError, read_document, read_documents

TODAY = date(2025, 6, 1)
REPO = Path(__file__).resolve().parents[1]
SEED_DIR = REPO.parent / "shared" / "seed"


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def refused(path: str | Path, **kw) -> ReadError:
    """The ReadError for a file that must be refused as a whole, checked for its one-line form."""
    with pytest.raises(ReadError) as info:
        read_documents(path, today=TODAY, **kw)
    error = info.value
    assert error.path == str(path)
    assert str(error) == f"{path}: {error.reason}"
    assert "\n" not in str(error)
    return error


def text_pdf(lines: list[str], *, title: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    if title:
        pdf.set_title(title)
    for line in lines:
        if line:
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(8)
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A page holding only a picture of text, as a scanner makes."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (400, 120), "white")
    ImageDraw.Draw(picture).text((10, 50), "Ministers met in Vienna on Tuesday.", fill="black")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=180)
    return bytes(pdf.output())


def encrypted_pdf(password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(["Confidential minutes of the meeting."]))))
    writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- good files, one per format --------------------------------------------------------------


def test_txt_with_date_marker_title_and_kind_line(tmp_path):
    path = write(
        tmp_path / "vienna.txt",
        "date 2024-03-05\n"
        "Ministers meet in Vienna\n"
        "Official Statement · Foreign Ministry\n"
        "\n"
        "The ministers met on Tuesday. They agreed to talk again.\n"
        "\n"
        "Second paragraph.\n",
    )
    doc = read_document(path, today=TODAY)
    assert doc == Document(
        path=str(path),
        text="The ministers met on Tuesday. They agreed to talk again.\n\nSecond paragraph.",
        title="Ministers meet in Vienna",
        published=date(2024, 3, 5),
        date_precision="day",
        source="Foreign Ministry",
        url=None,
        kind="official statement",
        flags=[],
        notes=[],
    )


def test_txt_title_line_then_blank_line_and_kind_line_without_title(tmp_path):
    titled = write(tmp_path / "titled.txt", "Talks stall in Geneva\n\nDelegates left early on Friday.\n")
    doc = read_document(titled, today=TODAY)
    assert (doc.title, doc.kind, doc.source) == ("Talks stall in Geneva", None, None)
    assert doc.text == "Delegates left early on Friday."

    kind_only = write(tmp_path / "wire.txt", "Wire report - Reuters\n\nDelegates left early on Friday.\n")
    doc = read_document(kind_only, today=TODAY)
    assert (doc.kind, doc.source, doc.title) == ("wire report", "Reuters", "Delegates left early on Friday.")
    assert doc.text == "Delegates left early on Friday."


def test_txt_short_lead_sentence_is_kept_as_text_not_taken_as_title(tmp_path):
    path = write(tmp_path / "lead.txt", "Russia fired missiles at Kyiv on Monday.\n\nOfficials counted the damage.\n")
    doc = read_document(path, today=TODAY)
    assert doc.text == "Russia fired missiles at Kyiv on Monday.\n\nOfficials counted the damage."
    assert doc.title == "Russia fired missiles at Kyiv on Monday."


def test_txt_without_date_gets_derived_title_cut_at_a_word_and_date_missing(tmp_path):
    sentence = (
        "U.S. officials said on Monday that the envoy would travel to Seoul and Tokyo for talks about "
        "the missile programme and sanctions enforcement"
    )
    path = write(tmp_path / "nodate.txt", f"  {sentence}. More follows.\n")
    doc = read_document(path, today=TODAY)
    assert doc.text == f"{sentence}. More follows."
    assert doc.title == (
        "U.S. officials said on Monday that the envoy would travel to Seoul and Tokyo for talks about the missile "
        "programme and…"
    )
    assert len(doc.title) <= 120
    assert (doc.published, doc.date_precision) == (None, None)
    assert doc.flags == ["date_missing"]
    assert doc.notes == ["no publication date found"]


def test_txt_bom_and_crlf_give_the_same_text_and_offsets_as_lf(tmp_path):
    lf = "date 2024-01-02\nHeadline here\n\nFirst line.\nSecond line.\n"
    plain = read_document(write(tmp_path / "lf.txt", lf), today=TODAY)
    windows = read_document(
        write(tmp_path / "crlf.txt", b"\xef\xbb\xbf" + lf.replace("\n", "\r\n").encode()), today=TODAY
    )
    assert windows.text == plain.text == "First line.\nSecond line."
    assert "\r" not in windows.text and "\ufeff" not in windows.text
    assert windows.text.index("Second") == 12
    assert (windows.title, windows.published) == ("Headline here", date(2024, 1, 2))


def test_future_date_is_unknown_with_a_note_naming_it(tmp_path):
    path = write(tmp_path / "future.txt", "date 2031-05-01\nTalks are planned.\n")
    doc = read_document(path, today=TODAY)
    assert (doc.published, doc.date_precision) == (None, None)
    assert doc.flags == ["date_future"]
    assert doc.notes == ["date 2031-05-01 is in the future; treated as unknown"]
    # The same date is accepted once it has come.
    assert read_document(path, today=date(2031, 5, 1)).published == date(2031, 5, 1)


def test_markdown_front_matter_and_light_markup_removed(tmp_path):
    path = write(
        tmp_path / "brief.md",
        "---\n"
        "title: Sanctions tighten\n"
        "date: 2024-02-29\n"
        "source: Chatham House\n"
        "url: https://example.org/brief\n"
        "kind: Analysis\n"
        "---\n"
        "# Background\n"
        "\n"
        "The **EU** adopted a *new* package, see [the decision](https://example.org/d).\n"
        "\n"
        "- Banks are listed\n"
        "- Ships are listed in `annex_2`\n",
    )
    doc = read_document(path, today=TODAY)
    assert doc == Document(
        path=str(path),
        text="Background\n\nThe EU adopted a new package, see the decision.\n\nBanks are listed\nShips are listed in annex_2",
        title="Sanctions tighten",
        published=date(2024, 2, 29),
        date_precision="day",
        source="Chatham House",
        url="https://example.org/brief",
        kind="analysis",
        flags=[],
        notes=[],
    )


@pytest.mark.parametrize(
    ("front_date", "published", "precision"),
    [("2023-11", date(2023, 11, 1), "month"), ("2023", date(2023, 1, 1), "year"), ("'2023-11-11'", date(2023, 11, 11), "day")],
)
def test_markdown_dates_of_month_and_year_precision(tmp_path, front_date, published, precision):
    path = write(tmp_path / "dated.markdown", f"---\ndate: {front_date}\n---\nThe talks resumed.\n")
    doc = read_document(path, today=TODAY)
    assert (doc.published, doc.date_precision, doc.flags) == (published, precision, [])


def test_markdown_without_front_matter_titles_from_first_heading(tmp_path):
    doc = read_document(write(tmp_path / "plain.md", "## Port *closed*\n\nThe port closed at noon.\n"), today=TODAY)
    assert (doc.title, doc.text, doc.flags) == ("Port closed", "Port closed\n\nThe port closed at noon.", ["date_missing"])


def test_html_metadata_and_paragraphs_from_article(tmp_path):
    path = write(
        tmp_path / "page.html",
        """<!doctype html><html><head>
        <title>Ignored | Outlet</title>
        <meta property="og:title" content="Envoys meet in Doha">
        <meta property="article:published_time" content="2024-04-09T08:15:00Z">
        <meta property="og:site_name" content="Gulf Times">
        <meta name="kind" content="Wire Report">
        <link rel="canonical" href="https://example.com/doha">
        <script>var tracking = "ignore me";</script>
        </head><body>
        <nav>Home | World</nav>
        <article>
          <header><h1>Envoys meet in Doha</h1></header>
          <p>Envoys from the two sides met
             in <b>Doha</b> on Tuesday.</p>
          <div>Qatar hosted the talks.<br>A second round is expected.</div>
          <aside>Related: other stories</aside>
          <!-- a comment -->
          <ul><li>Ceasefire</li><li>Hostages</li></ul>
          <footer>Copyright</footer>
        </article>
        <p>Outside the article.</p>
        </body></html>""",
    )
    doc = read_document(path, today=TODAY)
    assert doc == Document(
        path=str(path),
        text="Envoys from the two sides met in Doha on Tuesday.\n\n"
        "Qatar hosted the talks.\nA second round is expected.\n\nCeasefire\n\nHostages",
        title="Envoys meet in Doha",
        published=date(2024, 4, 9),
        date_precision="day",
        source="Gulf Times",
        url="https://example.com/doha",
        kind="wire report",
        flags=[],
        notes=[],
    )


def test_html_fallbacks_title_time_author_og_url_and_main(tmp_path):
    path = write(
        tmp_path / "page.htm",
        """<html><head><title>Border  incident</title>
        <meta name="author" content="Ministry of Defence">
        <meta property="og:url" content="https://example.com/border">
        </head><body><main><h2>Update</h2><p>Shots were fired at the border.</p>
        <time datetime="2024-05">May 2024</time></main></body></html>""",
    )
    doc = read_document(path, today=TODAY)
    assert (doc.title, doc.source, doc.url, doc.kind) == (
        "Border incident",
        "Ministry of Defence",
        "https://example.com/border",
        None,
    )
    assert (doc.published, doc.date_precision) == (date(2024, 5, 1), "month")
    assert doc.text == "Update\n\nShots were fired at the border.\n\nMay 2024"

    no_title = write(tmp_path / "bare.html", "<body><h1>Flood  warning</h1><p>Rivers rose.</p></body>")
    doc = read_document(no_title, today=TODAY)
    assert (doc.title, doc.text, doc.flags) == ("Flood warning", "Flood warning\n\nRivers rose.", ["date_missing"])


def test_html_fragment_without_body_keeps_head_out_of_the_text(tmp_path):
    path = write(tmp_path / "fragment.html", "<head><title>Curfew</title><style>p {}</style></head><p>A curfew began.</p>")
    doc = read_document(path, today=TODAY)
    assert (doc.title, doc.text) == ("Curfew", "A curfew began.")


def test_html_unreadable_page_date_is_treated_as_unknown_and_named(tmp_path):
    path = write(tmp_path / "odd.html", '<meta name="date" content="yesterday"><p>Markets fell.</p>')
    doc = read_document(path, today=TODAY)
    assert (doc.published, doc.flags) == (None, ["date_missing"])
    assert doc.notes == ["no publication date found (the page's date 'yesterday' is not a date)"]


def test_pdf_text_layer_read_like_txt(tmp_path):
    path = write(
        tmp_path / "statement.pdf",
        text_pdf(
            [
                "date 2024-03-05",
                "Ministers meet in Vienna",
                "Official statement - Foreign Ministry",
                "",
                "The ministers met on Tuesday. They agreed to talk again.",
            ],
            title="Metadata title",
        ),
    )
    doc = read_document(path, today=TODAY)
    assert doc == Document(
        path=str(path),
        text="The ministers met on Tuesday. They agreed to talk again.",
        title="Ministers meet in Vienna",
        published=date(2024, 3, 5),
        date_precision="day",
        source="Foreign Ministry",
        url=None,
        kind="official statement",
        flags=[],
        notes=[],
    )


def test_pdf_metadata_title_when_the_text_has_none(tmp_path):
    path = write(tmp_path / "untitled.pdf", text_pdf(["The ministers met on Tuesday.", "They agreed."], title="Vienna talks"))
    doc = read_document(path, today=TODAY)
    assert (doc.title, doc.text, doc.flags) == ("Vienna talks", "The ministers met on Tuesday.\nThey agreed.", ["date_missing"])


def test_pdf_metadata_title_that_is_a_file_name_is_ignored(tmp_path):
    path = write(
        tmp_path / "word.pdf", text_pdf(["The ministers met on Tuesday."], title="Microsoft Word - draft3.docx")
    )
    assert read_document(path, today=TODAY).title == "The ministers met on Tuesday."


def test_json_object_and_list_of_objects(tmp_path):
    single = write(
        tmp_path / "one.json",
        '{"text": "  Troops withdrew.\\r\\nThe town is calm.  ", "title": "Withdrawal", "date": "2022-10-01",'
        ' "source": "AP", "url": "https://example.com/w", "kind": "Wire report"}',
    )
    documents, errors = read_documents(single, today=TODAY)
    assert errors == []
    assert documents == [
        Document(
            path=f"{single}#1",
            text="Troops withdrew.\nThe town is calm.",
            title="Withdrawal",
            published=date(2022, 10, 1),
            date_precision="day",
            source="AP",
            url="https://example.com/w",
            kind="wire report",
            flags=[],
            notes=[],
        )
    ]

    several = write(
        tmp_path / "many.json",
        '[{"text": "First report."}, {"title": "no text"}, {"text": "Third report.", "date": 2021}, "oops"]',
    )
    documents, errors = read_documents(several, today=TODAY)
    assert [(d.path, d.text, d.title, d.published, d.date_precision) for d in documents] == [
        (f"{several}#1", "First report.", "First report.", None, None),
        (f"{several}#3", "Third report.", "Third report.", date(2021, 1, 1), "year"),
    ]
    assert [str(e) for e in errors] == [
        f"{several}#2: record has no 'text'",
        f"{several}#4: record must be a JSON object, not a string",
    ]


def test_jsonl_good_lines_read_bad_lines_reported_by_line_number(tmp_path):
    path = write(
        tmp_path / "feed.jsonl",
        '{"text": "Line one report.", "date": "2024-01-01"}\n'
        "\n"
        '{"text": "Line three report.", "source": "TASS"\n'
        '{"title": "missing text"}\n'
        '{"text": "Line five report.", "date": "not a date"}\n'
        '{"text": "Line six report.", "kind": "Speech"}\n',
    )
    documents, errors = read_documents(path, today=TODAY)
    assert [(d.path, d.text, d.published, d.kind) for d in documents] == [
        (f"{path}#1", "Line one report.", date(2024, 1, 1), None),
        (f"{path}#6", "Line six report.", None, "speech"),
    ]
    assert [e.path for e in errors] == [f"{path}#3", f"{path}#4", f"{path}#5"]
    assert str(errors[0]).startswith(f"{path}#3: not valid JSON (column ")
    assert str(errors[1]) == f"{path}#4: record has no 'text'"
    assert str(errors[2]) == f"{path}#5: date 'not a date' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)"
    assert read_document(path, today=TODAY).path == f"{path}#1"


def test_read_document_raises_the_first_record_error_when_no_record_is_good(tmp_path):
    path = write(tmp_path / "bad.jsonl", '{"title": "x"}\n')
    with pytest.raises(ReadError, match=r"bad\.jsonl#1: record has no 'text'$"):
        read_document(path, today=TODAY)


def test_read_error_survives_pickling_for_worker_processes():
    error = pickle.loads(pickle.dumps(ReadError("a.txt", "file is empty")))
    assert (error.path, error.reason, str(error)) == ("a.txt", "file is empty", "a.txt: file is empty")


def test_seed_article():
    seeds = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not seeds:
        pytest.skip("../shared/seed is not present")
    doc = read_document(seeds[0], today=TODAY)
    assert doc.published == date(2023, 11, 11)
    assert (doc.date_precision, doc.flags, doc.notes) == ("day", [], [])
    assert doc.text.startswith("China is playing a crucial role")
    assert "date 2023-11-11" not in doc.text
    assert doc.text == doc.text.strip()
    assert doc.title.startswith("China is playing") and len(doc.title) <= 120


# --- bad inputs, one per kind ----------------------------------------------------------------


def test_missing_file(tmp_path):
    assert refused(tmp_path / "nowhere.txt").reason == "file does not exist"


def test_symlink_loop(tmp_path):
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    assert "symlink loop" in refused(loop).reason


def test_broken_symlink(tmp_path):
    link = tmp_path / "gone.txt"
    os.symlink(tmp_path / "deleted.txt", link)
    assert refused(link).reason == "broken symlink (its target does not exist)"


def test_directory(tmp_path):
    folder = tmp_path / "reports.txt"
    folder.mkdir()
    assert refused(folder).reason == "is a directory, not a file"


def test_fifo_is_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert refused(fifo).reason == "not a regular file"


def test_unsupported_extension_names_the_supported_ones(tmp_path):
    reason = refused(write(tmp_path / "memo.docx", "text")).reason
    assert reason.startswith("unsupported file type '.docx'; supported: ")
    assert all(suffix in reason for suffix in SUPPORTED_SUFFIXES)
    assert refused(write(tmp_path / "README", "text")).reason.startswith("no file extension; supported: .txt")


def test_uppercase_extension_is_accepted(tmp_path):
    assert read_document(write(tmp_path / "NOTE.TXT", "Talks resumed."), today=TODAY).text == "Talks resumed."


def test_over_the_size_cap_names_size_and_cap(tmp_path):
    path = write(tmp_path / "big.txt", "x" * 150)
    assert refused(path, max_bytes=100).reason == "file is 150 bytes, over the size limit of 100 bytes (SITREP_MAX_FILE_BYTES)"
    big = write(tmp_path / "bigger.txt", "x" * 3000)
    assert refused(big, max_bytes=2048).reason == (
        "file is 2.9 KB (3,000 bytes), over the size limit of 2.0 KB (2,048 bytes) (SITREP_MAX_FILE_BYTES)"
    )


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("zero.txt", "", "file is empty (0 bytes)"),
        ("blank.md", " \n\t\r\n", "file is empty (only whitespace)"),
        ("marker.txt", "  date 2024-01-01 \n\n", "file is empty (only a date marker, no text)"),
        ("front.md", "---\ntitle: Only metadata\n---\n\n", "file is empty (no text after the front matter)"),
        ("markup.html", "<html><body><script>x()</script><p> </p></body></html>", "file is empty (the page has no readable text)"),
        ("empty.json", "[]", "file is empty (a JSON list with no records)"),
        ("blank.jsonl", "\n\n", "file is empty (only whitespace)"),
    ],
)
def test_empty(tmp_path, name, content, reason):
    assert refused(write(tmp_path / name, content)).reason == reason


def test_binary_file_with_nul_bytes(tmp_path):
    path = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert refused(path).reason == "binary file (NUL bytes in the first 8 KB), not text"


def test_utf16_file_is_named_as_such(tmp_path):
    path = write(tmp_path / "wide.txt", "Talks resumed.".encode("utf-16"))
    assert refused(path).reason == "text is UTF-16 encoded; save it as UTF-8"


def test_undecodable_bytes_name_the_offset(tmp_path):
    path = write(tmp_path / "latin1.txt", "Line one.\nCaf\xe9 talks.".encode("latin-1"))
    assert refused(path).reason == (
        "not valid UTF-8: byte 0xE9 at byte offset 13 (line 2) cannot be decoded; save the file as UTF-8"
    )
    with_bom = write(tmp_path / "bom.txt", b"\xef\xbb\xbfCaf\xe9")
    assert "byte 0xE9 at byte offset 6 (line 1)" in refused(with_bom).reason


def test_malformed_date_marker_names_the_value(tmp_path):
    path = write(tmp_path / "typo.txt", "date 2023-02-30 Talks resumed.")
    assert refused(path).reason == "date marker '2023-02-30' is not a date (expected date YYYY-MM-DD)"
    assert "'11/11/2023'" in refused(write(tmp_path / "us.txt", "date 11/11/2023\nTalks.")).reason


def test_front_matter_unterminated(tmp_path):
    path = write(tmp_path / "open.md", "---\ntitle: Never closed\n\nBody text.\n")
    assert refused(path).reason == "front matter starts with '---' but has no closing '---' line"


def test_front_matter_invalid_yaml_names_the_line(tmp_path):
    path = write(tmp_path / "yaml.md", "---\ntitle: ok\nsource: Agency: Reuters\n---\nBody.\n")
    assert refused(path).reason == "front matter is not valid YAML at line 3: mapping values are not allowed here"
    unclosed = write(tmp_path / "list.md", "---\ntitle: ok\nsource: [unclosed\n---\nBody.\n")
    assert refused(unclosed).reason == (
        "front matter is not valid YAML at line 4: expected ',' or ']', but got the end of the front matter "
        "(while parsing a flow sequence at line 3)"
    )


def test_front_matter_not_a_mapping(tmp_path):
    path = write(tmp_path / "list.md", "---\n- title\n- date\n---\nBody.\n")
    assert refused(path).reason == (
        "front matter must be 'key: value' lines (title, date, source, url, kind), not a list"
    )


@pytest.mark.parametrize("value", ["2023-02-30", "last Tuesday", "2023-13"])
def test_front_matter_date_that_is_not_a_date(tmp_path, value):
    path = write(tmp_path / "date.md", f"---\ndate: {value}\n---\nBody.\n")
    assert refused(path).reason == (
        f"front matter date '{value}' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)"
    )


def test_json_that_does_not_parse_names_line_and_column(tmp_path):
    path = write(tmp_path / "broken.json", '[\n  {"text": "ok"},\n  {"text": }\n]')
    assert refused(path).reason == "not valid JSON (line 3, column 12: Expecting value)"


def test_json_nested_too_deeply_is_refused_not_a_traceback(tmp_path):
    path = write(tmp_path / "deep.json", "[" * 10_000 + "]" * 10_000)
    assert refused(path).reason == "not valid JSON for Sitrep (nested too deeply)"
    deep_yaml = write(tmp_path / "deep.md", "---\nx: " + "[" * 1_000 + "]" * 1_000 + "\n---\nBody.\n")
    assert refused(deep_yaml).reason == "front matter is nested too deeply to be 'key: value' lines"


def test_json_that_is_not_an_object_or_list(tmp_path):
    assert refused(write(tmp_path / "scalar.json", '"just text"')).reason == (
        "JSON must be an object or a list of objects, not a string"
    )


def test_jsonl_malformed_lines_only(tmp_path):
    path = write(tmp_path / "junk.jsonl", "not json\n[1, 2]\n")
    documents, errors = read_documents(path, today=TODAY)
    assert documents == []
    assert [str(e) for e in errors] == [
        f"{path}#1: not valid JSON (column 1: Expecting value)",
        f"{path}#2: record must be a JSON object, not a list",
    ]


def test_pdf_encrypted(tmp_path):
    path = write(tmp_path / "locked.pdf", encrypted_pdf())
    assert refused(path).reason == "PDF is encrypted (password-protected); save an unprotected copy"


def test_pdf_encrypted_with_empty_user_password_still_opens(tmp_path):
    # Owner-only protection (printing/copying rules) does not stop anyone reading the text.
    doc = read_document(write(tmp_path / "restricted.pdf", encrypted_pdf(password="")), today=TODAY)
    assert doc.text == "Confidential minutes of the meeting."


def test_pdf_without_text_layer(tmp_path):
    path = write(tmp_path / "scan.pdf", image_only_pdf())
    assert refused(path).reason == "PDF has no text layer (a scanned image?); run OCR on it first"


def test_damaged_pdf_without_text_names_the_damage(tmp_path):
    scan = image_only_pdf()
    pointer = re.search(rb"startxref\s+(\d+)", scan)
    damaged = scan[: pointer.start(1)] + b"9" * len(pointer[1]) + scan[pointer.end(1) :]
    reason = refused(write(tmp_path / "damaged.pdf", damaged)).reason
    assert reason.startswith("PDF has no readable text; it looks damaged (incorrect startxref pointer")
    assert reason.endswith(") or is a scanned image without OCR")


def test_pdf_corrupt(tmp_path):
    good = text_pdf(["The ministers met on Tuesday."])
    truncated = write(tmp_path / "truncated.pdf", good[: len(good) // 3])
    assert refused(truncated).reason.startswith("PDF is corrupt or unreadable (")
    # In a plain process (pytest captures logging itself), pypdf's repair warnings stay off the
    # terminal: the one-line error is all an analyst sees.
    script = (
        "import sys\nfrom dashboard.readers import ReadError, read_documents\n"
        "try:\n    read_documents(sys.argv[1])\nexcept ReadError as e:\n    print(e, file=sys.stderr)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(truncated)], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert run.stderr.splitlines() == [f"{truncated}: {refused(truncated).reason}"]
    renamed = write(tmp_path / "renamed.pdf", "This is a text file with a .pdf name.")
    assert refused(renamed).reason == "not a PDF (no %PDF header); the file is corrupt or misnamed"
