"""Regenerate the sample corpus's one PDF: data/articles/2024-04-30_panel-of-experts-ends.pdf.

The text follows the .txt layout the readers module expects (date marker, title line, kind line,
blank line, body), so the PDF exercises the same parsing after pypdf extracts its text layer.
It is written in a core font with plain ASCII punctuation so that the extracted text is exactly
the words below. Run from the repository root:

    .venv/bin/python tests/labelled/corpus/make_sample_pdf.py
"""
from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]
OUTPUT = ROOT / "data" / "articles" / "2024-04-30_panel-of-experts-ends.pdf"

TITLE = "The UN sanctions panel on North Korea goes dark"
HEADER = ["date 2024-04-30", TITLE, "Analysis - Security Council Notes (sample)"]
BODY = [
    "The UN Panel of Experts that monitors sanctions on North Korea stops work today. Its mandate "
    "expires on 30 April 2024 because Russia vetoed its renewal in the Security Council on 28 March. "
    "Thirteen of the council's 15 members voted for the US-drafted resolution, and China abstained.",

    "The council created the panel in 2009, after North Korea's second nuclear test, and renewed it "
    "every year without a dissenting vote until this spring. Its eight experts reported to the "
    "council's sanctions committee twice a year. Their reports documented how North Korea imported "
    "oil through ship-to-ship transfers at sea, exported coal in spite of the ban, sent workers "
    "abroad and stole cryptocurrency to pay for its weapons programmes.",

    "The sanctions themselves do not lapse. The resolutions adopted between 2006 and 2017 have no "
    "expiry date, and the sanctions committee continues to exist. What disappears is the council's "
    "only independent investigator. Governments will still report on their own enforcement, but "
    "no one inside the UN system will have the job of checking those reports or tracing the ships, "
    "banks and front companies that North Korea uses.",

    "Russia argued that the sanctions had failed and that Western countries were using them to "
    "strangle North Korea. It had pressed for the sanctions to expire unless the council renewed "
    "them periodically, and the United States and its allies refused. Critics of the veto point to "
    "its timing. In March the panel said it was investigating reports of arms transfers from North "
    "Korea to Russia, and the White House says Russia has received more than 1,000 containers of "
    "North Korean munitions and has fired North Korean ballistic missiles at Ukraine. Moscow and "
    "Pyongyang deny the transfers.",

    "China's abstention was a signal of its own. Beijing did not join Russia's veto, as it had in "
    "May 2022 when the two countries blocked new sanctions together, but it did not vote to save "
    "the panel either. China has said more pressure on North Korea would be counterproductive.",

    "The United States and South Korea have said they are looking for other ways to keep "
    "monitoring the sanctions. One option would be a group of like-minded governments that pools "
    "its findings outside the council. Such a group could publish reports, but it would lack the "
    "authority of a body created by the Security Council, and Russia and China would be likely to "
    "dismiss its findings.",

    "Without the panel, the clearest public record of North Korea's dealings with Russia will come "
    "from national intelligence services. That record is likely to grow. Russian President Vladimir "
    "Putin has accepted an invitation from Kim Jong Un to visit Pyongyang, and the two governments "
    "have promised to deepen their cooperation.",
]


def build(path: Path = OUTPUT) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_title(TITLE)
    pdf.set_author("Security Council Notes (sample)")
    pdf.set_subject("Sample analysis for the Sitrep corpus")
    # A fixed creation date keeps the committed file byte-for-byte reproducible.
    pdf.set_creation_date(datetime.datetime(2024, 4, 30, 9, 0, tzinfo=datetime.timezone.utc))
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in HEADER:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for paragraph in BODY:
        pdf.multi_cell(0, 5.5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    return path


if __name__ == "__main__":
    print(build())
