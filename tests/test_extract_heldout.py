"""Scorer figures on tests/labelled/heldout2: eight articles written and labelled before the
extractor ever ran on them (five used while fixing general patterns, three scored only once at the
end), so these figures estimate performance on unseen text rather than on text it was tuned to."""
from __future__ import annotations

import pytest

from _extract_helpers import ROOT, labelled_predictions, load_scorer, score

HELDOUT2 = ROOT / "tests" / "labelled" / "heldout2"


def test_heldout2_articles_score_above_a_floor() -> None:
    # Measured when the set was added: events F1 0.74, relationships F1 0.80, status 0.97; after the
    # fourth recall pass 0.79, 1.00, 0.98; after the fifth 0.905, 1.00, 0.98; after the sixth 0.915,
    # 1.00, 1.00. The floor sits a few points below, so a regression of one or two items fails it.
    scorer = load_scorer()
    if scorer is None:
        pytest.skip("../shared/gold/score.py absent")
    gold_files, predictions = labelled_predictions(HELDOUT2, HELDOUT2)
    assert len(gold_files) == 8
    figures = score(scorer, gold_files, predictions)
    assert figures["events_f1"] >= 0.89, figures
    assert figures["relationships_f1"] >= 0.95, figures
    assert figures["status"] >= 0.97, figures


HELDOUT3 = ROOT / "tests" / "labelled" / "heldout3"


def test_heldout3_articles_score_above_a_floor() -> None:
    # Five articles labelled before any run and scored once, at the end of the pass that added them:
    # events F1 0.51, relationships F1 0.40 (1 of 4 ties), status 0.93. Far below heldout2: they lean on
    # cues not yet covered (stage drills, intercept, welcome a summit, "told X it had concerns").
    # After the fourth recall pass (developed on this set, general fixes only): events F1 0.65,
    # relationships 0.86 (3 of 4), status 0.95. After the fifth: events 0.844, relationships 1.00,
    # status 0.97; at the end of that pass 0.955, 1.00, 0.97. After the sixth (a '*' inside a target
    # list, read by the scorer as a literal code, corrected to null in h3_01/h3_02/h3_05): 0.963,
    # 1.00, 1.00.
    scorer = load_scorer()
    if scorer is None:
        pytest.skip("../shared/gold/score.py absent")
    gold_files, predictions = labelled_predictions(HELDOUT3, HELDOUT3)
    assert len(gold_files) == 5
    figures = score(scorer, gold_files, predictions)
    assert figures["events_f1"] >= 0.93, figures
    assert figures["relationships_f1"] >= 0.95, figures
    assert figures["status"] >= 0.96, figures


HELDOUT4 = ROOT / "tests" / "labelled" / "heldout4"


def test_heldout4_articles_score_above_a_floor() -> None:
    # Eight wire-style articles (80 required events, 10 relationships) labelled blind, before any
    # run; first unseen score events F1 0.64 (P 0.81, R 0.53), relationships F1 0.33 (R 0.20),
    # status 0.98. Then developed on in pass six (general fixes only: datelines, paragraph breaks,
    # group subjects, appositions, new cues): events 0.902, relationships 0.947, status 0.99; unchanged
    # by pass seven (0.902, 0.947, 0.985).
    scorer = load_scorer()
    if scorer is None:
        pytest.skip("../shared/gold/score.py absent")
    gold_files, predictions = labelled_predictions(HELDOUT4, HELDOUT4)
    assert len(gold_files) == 8
    figures = score(scorer, gold_files, predictions)
    assert figures["events_f1"] >= 0.87, figures
    assert figures["relationships_f1"] >= 0.90, figures
    assert figures["status"] >= 0.96, figures


HELDOUT5 = ROOT / "tests" / "labelled" / "heldout5"


def test_heldout5_articles_score_above_a_floor() -> None:
    # Eight articles (75 required events, 5 relationships) labelled blind, before any run; first
    # unseen score events F1 0.67 (P 0.96, R 0.52), relationships F1 0.33 (R 0.20), status 0.95. Then
    # developed on in pass seven (general fixes only: reciprocal and putting-off light verbs, a
    # statement's maker, reactions to ties 'between' states, counted and speaker-owned ties, mutual
    # treaty clauses, statements' makers, described states, named declarations): events 0.853,
    # relationships 1.00, status 0.947. With five ties, losing two fails the relationship floor.
    scorer = load_scorer()
    if scorer is None:
        pytest.skip("../shared/gold/score.py absent")
    gold_files, predictions = labelled_predictions(HELDOUT5, HELDOUT5)
    assert len(gold_files) == 8
    figures = score(scorer, gold_files, predictions)
    assert figures["events_f1"] >= 0.82, figures
    assert figures["relationships_f1"] >= 0.85, figures
    assert figures["status"] >= 0.92, figures


HELDOUT6 = ROOT / "tests" / "labelled" / "heldout6"


def test_heldout6_articles_score_above_a_floor() -> None:
    # Eight articles (82 required events, 6 relationships) labelled blind, before any run, and scored
    # once at the end of the second session, after pass seven: events F1 0.63 (P 0.85, R 0.50),
    # relationships F1 0.73, status 0.90 - the honest unseen-text figure. Not yet developed on: the
    # floor only guards against regressions until the next pass uses the set.
    scorer = load_scorer()
    if scorer is None:
        pytest.skip("../shared/gold/score.py absent")
    gold_files, predictions = labelled_predictions(HELDOUT6, HELDOUT6)
    assert len(gold_files) == 8
    figures = score(scorer, gold_files, predictions)
    assert figures["events_f1"] >= 0.58, figures
    assert figures["relationships_f1"] >= 0.60, figures
    assert figures["status"] >= 0.85, figures
