"""The briefing as a policymaker first sees it: key points, each with its evidence, and every
citation opening the document it quotes at the quoted sentence."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

import sitrep_ui as ui
from sitrep_ui import AppServer

pytestmark = pytest.mark.browser

#: Words the app puts before a sentence that is not a plain fact ("planned: ", "possible: ", ...).
STATUS_PREFIX = re.compile(r"^(planned|possible|denied / did not happen): ")


def normalise(text: str) -> str:
    return " ".join(text.split())


def highlighted_sentence(page: Page) -> str:
    """The text the document view highlights (split into pieces by the actor marks; inner text,
    so a line break in the document counts as the space it stands for)."""
    pieces = page.locator(".sitrep-doc .sentence")
    expect(pieces.first).to_be_visible()
    return normalise("".join(pieces.all_inner_texts()))


def test_key_points_show_their_citations_and_a_citation_opens_its_source(app: AppServer, page: Page) -> None:
    ui.open_app(page, app.url)
    main = page.locator('[data-testid="stMain"]')
    expect(main.locator("h1")).to_have_text("Briefing")
    expect(main.locator("h3", has_text="Bottom line")).to_be_visible()

    points = main.locator('[data-testid="stMarkdownContainer"] > p').filter(has_text=re.compile(r"^\d+\. \S"))
    evidence = main.locator('[data-testid="stExpander"]').filter(
        has=page.locator("summary", has_text=re.compile(r"Evidence: \d+ source sentences?"))
    )
    n_points = points.count()
    assert n_points >= 1, "the briefing shows no key points on the sample corpus"
    assert evidence.count() == n_points, "every key point has its evidence"
    assert [int(t.split(". ", 1)[0]) for t in points.all_inner_texts()] == list(range(1, n_points + 1))

    cited: list[tuple[str, str]] = []  # (sentence as quoted, link) of the first key point
    for number in range(n_points):
        box = evidence.nth(number)
        promised = int(re.search(r"Evidence: (\d+)", box.locator("summary").inner_text()).group(1))
        box.locator("summary").click()
        quotes = box.locator("blockquote")
        expect(quotes.first).to_be_visible()
        links = box.get_by_role("link", name="Open the document at this sentence")
        assert quotes.count() == promised, f"key point {number + 1}: {quotes.count()} quotes, label says {promised}"
        assert links.count() == promised, f"key point {number + 1}: a citation without a link to its document"
        for link in links.all():
            assert "doc=" in (link.get_attribute("href") or "")
        if number == 0:
            cited = list(zip(quotes.all_inner_texts(), [link.get_attribute("href") or "" for link in links.all()]))
    ui.screenshot(page, "briefing-evidence")

    # Open the first citation: the document, with the quoted sentence highlighted.
    sentence, href = cited[0]
    first_link = evidence.first.get_by_role("link", name="Open the document at this sentence").first
    ui.rerun_after(page, first_link.click)
    ui.assert_no_exception(page)
    expect(page.locator("h1").first).to_have_text("Sources")
    params = ui.query_params(page)
    assert params.get("doc") and f"doc={params['doc'][0]}" in href, (params, href)
    assert highlighted_sentence(page) == normalise(STATUS_PREFIX.sub("", sentence))
    ui.screenshot(page, "sources-from-citation")
