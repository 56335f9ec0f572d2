"""SANCTION / AID / SUPPORT recall pass (session 14): constructions found missed on the development
sets, each on a sentence written for it, with a negative case. Real spaCy model."""
from __future__ import annotations

import pytest

from dashboard import config

from _extract_helpers import events_of, run, triples


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests pin the rules' readings; the learned tiers are tested in their own files."""
    monkeypatch.setattr(config, "LEARNED_EVENTS", False)
    monkeypatch.setattr(config, "LEARNED_RELATIONSHIPS", False)


def test_supporting_peace_efforts_stands_with_no_one_named() -> None:
    # backing work toward peace is support even when no peacemaker is named
    result = run("The foreign minister said Ottawa supported every effort toward peace.")
    assert ("CAN", None, "SUPPORT") in triples(result), triples(result)
    result = run("Ottawa would keep supporting the peace process in the region.")
    assert [e["target_country"] for e in events_of(result, "SUPPORT")] == [None], triples(result)
    # an effort owned by a state is support for that state, as before
    result = run("Ottawa supported Chile's efforts to end the dispute.")
    assert ("CAN", "CHL", "SUPPORT") in triples(result), triples(result)
    # negative: supporting a thing that is no peace effort, no one named, is no event
    assert not events_of(run("Ottawa supported the decision."), "SUPPORT")


def test_pausing_shipments_abroad_is_a_suspension() -> None:
    # a pause is a halt: goods or help bound for a state, paused, are a measure against it
    result = run("Ottawa paused weapons shipments to Lima last week.")
    assert ("CAN", "PER", "SANCTION") in triples(result), triples(result)
    result = run("Ottawa paused military aid to Lima.")
    assert ("CAN", "PER", "SANCTION") in triples(result), triples(result)
    # shipments are goods crossing a border, so restricting them is an export control
    result = run("Ottawa restricted shipments of advanced chips to Lima.")
    assert ("CAN", "PER", "SANCTION") in triples(result), triples(result)
    # negative: pausing with no object is nothing, and a measure paused stays a concession
    assert not run("The Canadian minister paused before answering the question about Lima.")["events"]
    result = run("Ottawa paused its tariffs on Peruvian goods.")
    assert ("CAN", "PER", "YIELD") in triples(result), triples(result)


def test_arms_to_either_side_of_a_war_go_to_both_its_sides() -> None:
    # once both sides of a war under way were named, arms given to "either side" are given to each
    result = run("Russia invaded Ukraine in 2022. Officials said Ottawa had never supplied lethal weapons to either side.")
    assert {(e["source_country"], e["target_country"], e["status"]) for e in events_of(result, "AID")} == {
        ("CAN", "RUS", "negated"), ("CAN", "UKR", "negated")}, triples(result)
    # the war's sides given arms are no standing customers of the giver
    result = run("Russia invaded Ukraine in 2022. Beijing insists that it supplies no weapons to either side.")
    assert not [r for r in result["relationships"] if r["type"] == "SUPPLIER"], result["relationships"]
    # negative: "either side" of anything else is no party
    result = run("Russia invaded Ukraine in 2022. Ottawa said it would station observers on either side of the river.")
    assert not [e for e in result["events"] if e["source_country"] == "CAN"], triples(result)


def test_a_transfer_of_no_goods_is_denied() -> None:
    # "no" on what is given makes the giving a denied one
    result = run("Ottawa supplies no weapons to Lima.")
    assert [e["status"] for e in events_of(result, "AID")] == ["negated"], triples(result)
    result = run("Ottawa sent no troops to Lima.")
    assert [e["status"] for e in events_of(result, "AID")] == ["negated"], triples(result)
    # negative: a transfer of goods named without "no" stays asserted
    result = run("Ottawa sent troops to Lima.")
    assert [e["status"] for e in events_of(result, "AID")] == ["asserted"], triples(result)


def test_a_transfer_of_a_states_goods_is_that_states() -> None:
    # the state of the goods a transfer noun moves is their giver when no other is named
    result = run("Lima condemned the transfer of Chilean missiles to Bolivia.")
    assert ("CHL", "BOL", "AID") in triples(result), triples(result)
    result = run("Lima condemned the delivery of Chilean shells to Bolivia.")
    assert ("CHL", "BOL", "AID") in triples(result), triples(result)
    # an agent named by "by" still gives, over the goods' make
    result = run("The delivery of Chilean tanks to Bolivia by Peru was delayed.")
    assert ("PER", "BOL", "AID") in triples(result) and ("CHL", "BOL", "AID") not in triples(result), triples(result)
    # negative: goods of no state name no giver
    assert not events_of(run("Lima condemned the transfer of missiles to Bolivia."), "AID")


def test_a_shipment_is_also_what_it_carries() -> None:
    # a shipment of aid sent is aid sent, though shipments on their own are goods bound abroad
    result = run("Lima sent a modest shipment of humanitarian aid to Quito through the Red Cross.")
    assert ("PER", "ECU", "AID") in triples(result), triples(result)
    result = run("Lima restricted shipments of advanced chips to Ecuador.")
    assert ("PER", "ECU", "SANCTION") in triples(result), triples(result)
    # negative: a shipment sent of nothing that is aid or arms is no transfer
    assert not run("Lima sent a shipment of toys to Quito.")["events"]


def test_a_tariff_on_an_amount_of_a_states_goods() -> None:
    # "on $200 billion of Chilean goods", the "on" hung on the verb: the goods' state is the target
    result = run("Lima raised tariffs on $200 billion of Chilean goods to 25 percent in May.")
    assert ("PER", "CHL", "SANCTION") in triples(result), triples(result)
    # a levy is a tariff
    result = run("Lima imposed a 20 percent levy on Chilean goods.")
    assert ("PER", "CHL", "SANCTION") in triples(result), triples(result)
    # negative: an amount of goods of no state, or a levy on no state's goods, names no target
    assert not events_of(run("Lima raised tariffs on $200 billion of goods."), "SANCTION")
    assert not events_of(run("The government imposed a levy on banks."), "SANCTION")


def test_export_controls_aimed_at_a_state_through_their_goods() -> None:
    # the participle of aim on the goods, or "to" hung on the verb, names whom the controls target
    result = run("Ottawa joined export controls on chip-making equipment aimed at Peru.")
    assert ("CAN", "PER", "SANCTION") in triples(result), triples(result)
    result = run("Ottawa imposed export controls on chips to Peru.")
    assert ("CAN", "PER", "SANCTION") in triples(result), triples(result)
    # negative: an aim that is no state, or no destination, leaves the controls standing alone
    result = run("Ottawa announced export controls on chips aimed at improving security.")
    assert [e["target_country"] for e in events_of(result, "SANCTION")] == [None], triples(result)


def test_cutting_communication_with_a_state_cuts_ties() -> None:
    # communication, or the lines that carry it, cut off with a state is a tie cut
    result = run("Lima cut off all official communication lines with Quito in June.")
    assert ("PER", "ECU", "SANCTION") in triples(result), triples(result)
    result = run("Lima cut off all communication with Quito.")
    assert ("PER", "ECU", "SANCTION") in triples(result), triples(result)
    # negative: lines cut by a storm, or a communications budget cut, are no measure against anyone
    assert not events_of(run("The storm cut off communication lines in northern Peru."), "SANCTION")
    assert not events_of(run("Lima cut its communications budget."), "SANCTION")
