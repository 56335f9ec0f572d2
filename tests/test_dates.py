"""dashboard.dates: date expressions resolved against the publication date, never invented."""
from __future__ import annotations

from datetime import date

import pytest

from dashboard.dates import event_date, find_dates

PUBLISHED = date(2023, 11, 11)  # a Saturday


@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("they met on Tuesday", "2023-11-07", "day"),
        ("the summit in 2019", "2019", "year"),
        ("talks held last year", "2022", "year"),
        ("shells shipped since September", "2023-09", "month"),
        ("the treaty signed on 19 June", "2023-06-19", "day"),
        ("a visit in June 2024", "2024-06", "month"),
        ("launched earlier this month", "2023-11", "month"),
        ("signed on June 19, 2024", "2024-06-19", "day"),
        ("in force on 4 December 2024", "2024-12-04", "day"),
        ("fired yesterday", "2023-11-10", "day"),
        ("a launch last month", "2023-10", "month"),
        ("on 2024-06-19 in Pyongyang", "2024-06-19", "day"),
        ("in September", "2023-09", "month"),
        ("in December", "2022-12", "month"),  # a month after publication is last year's
        ("the 2019 summit", "2019", "year"),
    ],
)
def test_expressions_resolve_with_precision(text: str, value: str, precision: str) -> None:
    found = find_dates(text, PUBLISHED)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]
    assert text[found[0].start:found[0].end].strip()


@pytest.mark.parametrize("text", ["2,000 troops", "resolution 2397", "one of 1,500 soldiers", "Article 4"])
def test_numbers_are_not_dates(text: str) -> None:
    assert find_dates(text, PUBLISHED) == []


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("they met on Tuesday, last year", None) == []
    assert [d.value for d in find_dates("they met in 2019", None)] == ["2019"]


def test_offsets_are_shifted() -> None:
    (found,) = find_dates("in 2019", PUBLISHED, offset=100)
    assert (found.start, found.end) == (100, 107)


def test_event_date_falls_back_to_publication_then_unknown() -> None:
    (found,) = find_dates("in 2019", PUBLISHED)
    assert event_date(found, PUBLISHED) == ("2019", "year")
    assert event_date(None, PUBLISHED) == ("2023-11-11", "published")
    assert event_date(None, None) == (None, None)


def test_a_bare_weekday_after_the_verb_is_the_most_recent_one() -> None:
    # agency style: "said Thursday" with no "on"
    (mention,) = find_dates("North Korea said Tuesday it would respond.", date(2024, 6, 20))
    assert (mention.value, mention.precision) == ("2024-06-18", "day")


def test_that_same_month_is_the_month_last_named() -> None:
    text = "Washington raised the alarm on 12 March 2024. That same month, Russia vetoed the renewal. Later that year it said more."
    first, same_month, that_year = find_dates(text, date(2024, 11, 22))
    assert (same_month.value, same_month.precision) == ("2024-03", "month")
    assert (that_year.value, that_year.precision) == ("2024", "year")
    assert text[same_month.start:same_month.end] == "That same month"


def test_that_day_needs_an_earlier_day() -> None:
    assert find_dates("In 2019 the two met. That day they signed nothing.", date(2024, 11, 22))[1:] == []


def test_a_month_of_that_year_takes_the_year_last_named() -> None:
    text = "Russia vetoed the panel in March 2024, and in June of that year Putin signed a treaty."
    assert [m.value for m in find_dates(text, date(2025, 9, 5))] == ["2024-03", "2024-06"]


def test_a_count_of_days_earlier_or_later_counts_from_the_day_last_named() -> None:
    # pass 34
    text = "The envoys met on 3 May 2023. A day earlier the ministers spoke. Two days later they signed. Hours later it was ratified."
    assert [(m.value, m.precision) for m in find_dates(text, date(2023, 5, 9))] == [
        ("2023-05-03", "day"), ("2023-05-02", "day"), ("2023-05-04", "day"), ("2023-05-04", "day")]
    assert [m.value for m in find_dates("They met on Friday. The next day they left.", PUBLISHED)] == ["2023-11-10", "2023-11-11"]
    # nothing to count from (or only a year): unresolved, never invented
    assert find_dates("A day earlier the ministers spoke.", PUBLISHED) == []
    assert [m.value for m in find_dates("In 2019 they met. A day later they signed.", PUBLISHED)] == ["2019"]
    # "the day before the summit" is a preposition's phrase, not an anaphor
    assert [m.value for m in find_dates("They met on Friday. Talks began the day before the summit.", PUBLISHED)] == ["2023-11-10"]


# dates pass 1

def test_a_month_of_the_year_named_relative_to_publication() -> None:
    found = find_dates("The envoys first met in July last year and again in March this year.", PUBLISHED)
    assert [(m.value, m.precision) for m in found] == [("2022-07", "month"), ("2023-03", "month")]
    # a month and a separate "last year" stay two expressions
    assert [m.value for m in find_dates("In July, last year's talks resumed.", PUBLISHED)] == ["2023-07", "2022"]


def test_last_weekday_is_the_one_of_the_previous_week() -> None:
    friday = date(2024, 11, 8)
    assert [m.value for m in find_dates("Last Thursday the navy fired a missile.", friday)] == ["2024-10-31"]
    assert [m.value for m in find_dates("On Thursday the navy fired a missile.", friday)] == ["2024-11-07"]
    assert [m.value for m in find_dates("Last Wednesday the navy fired.", date(2025, 10, 27))] == ["2025-10-22"]


def test_a_part_of_the_same_day_and_within_hours_follow_the_day_last_named() -> None:
    text = "The jets crossed the line on Tuesday. That afternoon the envoys were summoned. Tokyo protested within hours."
    assert [m.value for m in find_dates(text, PUBLISHED)] == ["2023-11-07"] * 3
    # "within hours of the vote" names its own anchor
    assert [m.value for m in find_dates("They met on Tuesday. Rivals walked out within hours of the vote.", PUBLISHED)] == ["2023-11-07"]
    # nothing to refer to: unresolved
    assert find_dates("That afternoon the envoys were summoned.", PUBLISHED) == []


def test_a_since_date_is_not_the_occasion_an_anaphor_refers_to() -> None:
    text = "Ministers imposed curbs on Monday, the first since 1998. The same day, the envoy left. Rivals answered within hours."
    assert [m.value for m in find_dates(text, PUBLISHED)] == ["2023-11-06", "1998", "2023-11-06", "2023-11-06"]
    # a year named plainly is still what "that year" takes up
    assert [m.value for m in find_dates("In 2019 the two met. Later that year they signed.", PUBLISHED)] == ["2019", "2019"]


# dates pass 1: clauses dated by the clause they are set in (the rules and the learned tier share
# this stage: `_date_for` in dashboard/extraction/when.py)

def _dates(text: str, published: date = date(2023, 11, 27)) -> dict[tuple[str, str | None, str | None], str | None]:
    from _extract_helpers import run
    return {(e["type"], e["source_country"], e["target_country"]): e["date"] for e in run(text, published)["events"]}


def test_a_verbs_in_gerund_happens_when_the_verb_does() -> None:
    found = _dates("On Friday Canada joined Britain in sanctioning Iranian officials.")
    assert found[("SANCTION", "CAN", "IRN")] == "2023-11-24"
    # "after sanctioning" is another time: not taken from the verb
    found = _dates("On Friday Canada summoned Iran's envoy after sanctioning Iranian officials.")
    assert found[("SANCTION", "CAN", "IRN")] == "2023-11-27"


def test_a_relative_clause_of_in_which_takes_its_antecedents_date() -> None:
    found = _dates("The talks followed a phone call on Friday in which Lavrov accused Poland of provocations.")
    assert found[("ACCUSE", "RUS", "POL")] == "2023-11-24"
    # a plain relative clause on a dated noun keeps its own time
    found = _dates("The talks followed a phone call on Friday with Lavrov, who has accused Poland of provocations.")
    assert found[("ACCUSE", "RUS", "POL")] == "2023-11-27"


def test_a_clause_after_a_colon_elaborates_the_dated_clause_before_it() -> None:
    found = _dates("The alliance did on Friday what Madrid had asked for: its ministers agreed to open talks with Chile.")
    assert any(v == "2023-11-24" for (t, *_), v in found.items() if t == "AGREE")
    # a colon after an undated clause dates nothing
    found = _dates("The alliance did what Madrid had asked for: its ministers agreed to open talks with Chile.")
    assert all(v == "2023-11-27" for (t, *_), v in found.items() if t == "AGREE")


def test_a_participle_coordinated_with_a_dated_verb_shares_its_date() -> None:
    found = _dates("Chile and Peru held talks on Friday, exchanging warnings over fishing but agreeing that trade must grow.")
    assert found[("AGREE", "CHL", "PER")] == "2023-11-24"
    # a conjunct with an auxiliary of its own is another time
    found = _dates("Chile and Peru held talks on Friday and are agreeing on a trade pact.")
    assert found[("AGREE", "CHL", "PER")] == "2023-11-27"


def test_a_participle_after_the_nouns_complement_dates_the_noun() -> None:
    found = _dates("Chile urged Peru to lift its ban on Chilean fruit, imposed in August when a pest was found.")
    assert found[("SANCTION", "PER", "CHL")] == "2023-08"


def test_an_act_with_a_dated_when_clause_happens_then() -> None:
    found = _dates("Chile resumed imports of fruit, which Peru had banned when a pest spread in August 2022.")
    assert found[("SANCTION", "PER", None)] == "2022-08"
    # a when clause of its own with no date: nothing
    found = _dates("Chile resumed imports of fruit, which Peru had banned when a pest spread.")
    assert found[("SANCTION", "PER", None)] == "2023-11-27"


def test_any_dated_main_clause_sets_the_scene_a_pronoun_continues() -> None:
    # dates pass 1: a copular sentence dated by its subject sets the scene, as a dated saying does
    found = _dates("Fumio Kishida's speech in Lima on Friday was brief. He accused China of economic coercion.")
    assert found[("ACCUSE", "JPN", "CHN")] == "2023-11-24"
    # a year is no scene; another subject in another tense starts a new one (dates pass 2: in the
    # simple past, another subject goes on with the scene, below)
    found = _dates("Fumio Kishida's speech in Lima in 2019 was brief. He accused China of economic coercion.")
    assert found[("ACCUSE", "JPN", "CHN")] == "2023-11-27"
    found = _dates("Fumio Kishida's speech in Lima on Friday was brief. China has accused Japan of provocation.")
    assert found[("ACCUSE", "CHN", "JPN")] == "2023-11-27"


def test_the_learned_tier_reads_the_scene_of_the_sentence_it_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    # dates pass 1: the tier dates its additions after the rules have read the whole text, so the
    # scene is looked up per sentence, not left at the last sentence's
    from _extract_helpers import run
    from dashboard.extraction import document as module
    seen = {}

    def spy(analysis, actors):
        sents = list(analysis.doc.sents)
        seen["scenes"] = [getattr(analysis._scene_of(s.root), "value", None) for s in sents]
        return []

    monkeypatch.setattr(module, "learned_events", spy)
    run("Chile and Peru held talks on Friday. They signed a fisheries pact. "
        "Bolivia had protested in 2019. Brazil met Peru on Tuesday.", date(2023, 11, 27))
    assert seen["scenes"] == [None, "2023-11-24", "2023-11-24", "2023-11-24"]


def test_the_learned_tier_dates_a_pair_by_a_mentions_own_clause_when_their_common_verb_has_none(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # dates pass 1: the verb governing both mentions may be an undated first conjunct
    from _extract_helpers import run
    from dashboard.extraction import document as module
    seen = []

    def spy(analysis, actors):
        for sent in analysis.doc.sents:
            words = {t.lower_: t for t in sent}
            if "attended" in words:
                found = analysis._pair_date(words["attended"], words["lawmakers"], words["ambassador"])
                seen.append(getattr(found, "value", None))
        return []

    monkeypatch.setattr(module, "learned_events", spy)
    run("Boric was sworn in on Monday. Peruvian lawmakers attended the ceremony, and on the same day "
        "Chile's ambassador warned that Peru would regret its tariffs. Peruvian lawmakers attended the "
        "dinner, and Chile's ambassador warned that Peru would regret its tariffs.", date(2023, 11, 29))
    # the second conjunct's own day; with no date in either clause, none (the publication date)
    assert seen == ["2023-11-27", None]


def test_the_learned_tier_dates_a_statement_by_the_saying_that_reports_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # dates pass 1: as the rules' events do (emit.py), for the tier's spoken acts and plans
    from _extract_helpers import run
    from dashboard.extraction import document as module
    seen = []

    def spy(analysis, actors):
        words = {t.lower_: t for t in analysis.doc}
        args = (words["ignored"], words["lima"], words["chile"])
        seen.append([getattr(analysis._pair_date(*args, kind=k, status="asserted"), "value", None) for k in ("ACCUSE", "AID")])
        return []

    monkeypatch.setattr(module, "learned_events", spy)
    run("Lima has ignored every offer, and its president said in January that Chile remained its worst enemy.", date(2023, 11, 29))
    # a statement takes the saying's month; a material act reported in the past takes nothing
    assert seen == [["2023-01", None]]


def test_a_past_participle_aside_on_a_thing_dates_what_is_said_of_it() -> None:
    # dates pass 1
    found = _dates("Chile's new measures, announced on Friday, included sanctions on 32 Peruvian officials.", date(2023, 11, 29))
    assert found[("SANCTION", "CHL", "PER")] == "2023-11-24"
    # an actor's participle aside describes the actor, not the act
    found = _dates("Peru's foreign minister, appointed in 2021, accused Chile of dumping steel.", date(2023, 11, 29))
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-29"


def test_a_sequel_verbs_dated_subject_anchors_a_count_of_days() -> None:
    # dates pass 1: "X on Wednesday came two days after Y" -> Y on Monday
    text = "Chile and Peru held talks in Lima on Monday. The session of the council on Wednesday came two days after Chilean and Bolivian envoys held talks in La Paz."
    assert _dates(text, date(2023, 11, 29))[("CONSULT", "CHL", "BOL")] == "2023-11-27"
    # no date in the subject's phrase: nothing counted from it
    text = "Chile and Peru held talks in Lima on Monday. The session came two days after Chilean and Bolivian envoys held talks in La Paz."
    assert _dates(text, date(2023, 11, 29))[("CONSULT", "CHL", "BOL")] != "2023-11-27"


# dates pass 2 (session 12)

def test_a_past_tense_sentence_naming_no_time_goes_on_with_the_scene() -> None:
    # any subject, in the simple past, in a sentence that names no time (published Monday 27 Nov)
    found = _dates("Chile and Peru held talks in Lima on Tuesday. The Chilean foreign minister urged Peru to lift its ban on fruit imports.")
    assert found[("REQUEST", "CHL", "PER")] == "2023-11-21"
    # the scene goes on through sentences that take it up in turn
    found = _dates("Chile and Peru held talks in Lima on Tuesday. The ministers discussed fishing quotas. "
                   "The Chilean foreign minister urged Peru to lift its ban on fruit imports.")
    assert found[("REQUEST", "CHL", "PER")] == "2023-11-21"
    # a present-tense sentence takes nothing, nor does one naming a time of its own
    found = _dates("Chile and Peru held talks in Lima on Tuesday. Officials say the Chilean foreign minister urged Peru to lift its ban on fruit imports.")
    assert found[("REQUEST", "CHL", "PER")] == "2023-11-27"
    found = _dates("Chile and Peru held talks in Lima on Tuesday. The Chilean foreign minister urged Peru in May to lift its ban on fruit imports.")
    assert found[("REQUEST", "CHL", "PER")] == "2023-05"


def test_a_scene_is_set_by_a_main_verbs_date_not_a_nouns() -> None:
    # the noun "talks ... on Tuesday" dates the talks, not the sentence's act: no scene
    found = _dates("The reaction was a response to the talks Chile and Peru held on Tuesday. The Chilean foreign minister urged Peru to lift its ban on fruit imports.")
    assert found[("REQUEST", "CHL", "PER")] == "2023-11-27"


def test_a_sequel_verb_still_counts_from_the_lede() -> None:
    # "came" names the lede's act again: its count of days runs from the lede's day, not the scene's
    found = _dates("Chile fired flares at Peruvian boats on Thursday. The navy reported no damage on Friday. "
                   "The incident came two days after Peru seized a Chilean trawler.")
    assert found[("COERCE", "PER", "CHL")] == "2023-11-21"


def test_a_relative_clause_that_made_the_act_dates_its_noun() -> None:
    # the noun is the object of a relative clause with a subject of its own: that clause made it
    found = _dates("Peru said it would suspend the ban on Chilean fruit that it imposed in August.")
    assert found[("SANCTION", "PER", "CHL")] == "2023-08"
    # ... but the ban's date is not its suspension's, nor is a clause the noun is the subject of
    assert found[("YIELD", "PER", "CHL")] == "2023-11-27"
    found = _dates("Peru said it would suspend the ban on Chilean fruit, which took effect in August.")
    assert found[("SANCTION", "PER", "CHL")] == "2023-11-27"


def test_a_light_verbs_purpose_clause_and_a_gerund_complement_take_the_governing_date() -> None:
    # the climb to a governing act starts at a noun's light verb ("express his support")
    found = _dates("Peru's president telephoned Chile's president on Saturday to express his support.")
    assert found[("SUPPORT", "PER", "CHL")] == "2023-11-25"
    found = _dates("Peru's president telephoned Chile's president to express his support.")
    assert found[("SUPPORT", "PER", "CHL")] == "2023-11-27"
    # "began arriving on Thursday": a gerund complement happens when its governing verb does
    found = _dates("Peruvian troops began arriving in Chile on Thursday.")
    assert found[("CONSULT", "PER", "CHL")] == "2023-11-23"
    found = _dates("Peruvian troops began arriving in Chile.")
    assert found[("CONSULT", "PER", "CHL")] == "2023-11-27"


def test_a_coordinated_clause_whose_subject_refers_back_goes_on_with_the_act() -> None:
    # dates pass 3: "and the two leaders agreed" names the actors just reported again
    found = _dates("Chile and Peru held talks on Tuesday, and the two leaders agreed to cut tariffs.")
    assert found[("AGREE", "CHL", "PER")] == "2023-11-21"
    # ... a new actor of its own is another act, undated by the first
    found = _dates("Chile and Peru held talks on Tuesday, and Peru's president accused Chile of lying.")
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-27"


def test_a_saying_in_a_carried_statement_is_dated_by_its_carrying() -> None:
    # dates pass 3: "in a statement carried by state media on Tuesday, accused ..."
    found = _dates("Peru's foreign ministry, in a statement carried by state media on Tuesday, accused Chile of provocations.")
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-21"
    found = _dates("Peru's foreign ministry, in a statement carried by state media, accused Chile of provocations.")
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-27"


def test_a_meeting_they_acted_in_is_dated_by_the_act() -> None:
    # dates pass 3: "agreed on Wednesday to cut tariffs, in their first meeting" (hung on the infinitive)
    found = _dates("Chile's president and Peru's president agreed on Wednesday to cut tariffs, in their first meeting in a year.")
    assert found[("CONSULT", "CHL", "PER")] == "2023-11-22"
    found = _dates("Chile's president and Peru's president agreed to cut tariffs, in their first meeting in a year.")
    assert found[("CONSULT", "CHL", "PER")] == "2023-11-27"


def test_a_count_of_days_hung_on_the_sequel_verb_counts_from_it() -> None:
    # dates pass 3: the parser hangs "a day" on "came", not on the "after" clause
    found = _dates("Chile fired flares at Peruvian boats on Thursday. The incident came a day after Peru seized a Chilean trawler.")
    assert found[("COERCE", "PER", "CHL")] == "2023-11-22"
    # ... and a coordinated "a week after" clause counts from the same anchor
    found = _dates("Chile fired flares at Peruvian boats on Thursday. The incident came a day after Peru protested, "
                   "and a week after Peru seized a Chilean trawler.")
    assert found[("COERCE", "PER", "CHL")] == "2023-11-16"
    # with no count, nothing is counted
    found = _dates("Chile fired flares at Peruvian boats on Thursday. The incident came after Peru seized a Chilean trawler.")
    assert found[("COERCE", "PER", "CHL")] == "2023-11-27"


def test_a_texts_call_is_made_when_the_text_is() -> None:
    # dates pass 3: "as the Assembly adopted a resolution calling on ...": the call is the adoption's
    found = _dates("Bolivia abstained on Tuesday as Peru submitted a resolution calling on Chile to withdraw its troops.")
    assert found[("REQUEST", "PER", "CHL")] == "2023-11-21"
    # ... a "because" clause is not the same time
    found = _dates("Bolivia abstained on Tuesday because Peru submitted a resolution calling on Chile to withdraw its troops.")
    assert found[("REQUEST", "PER", "CHL")] == "2023-11-27"


def test_a_dated_relative_clause_on_the_subject_is_the_occasion_of_its_act() -> None:
    # dates pass 3: "Xi, who stopped in Kazakhstan on Wednesday, told ..."
    found = _dates("Peru's president, who arrived in Santiago on Tuesday, accused Chile of hostility.")
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-21"
    # ... not a year, and not the past perfect (background)
    found = _dates("Peru's president, who took office in 2019, accused Chile of hostility.")
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-27"
    found = _dates("Peru's president, who had arrived in Santiago on Tuesday, accused Chile of hostility.")
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-27"
    # ... and an act with a time of its own keeps it
    found = _dates("Peru's president, who arrived in Santiago on Tuesday, accused Chile of hostility on Wednesday.")
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-22"


def test_a_count_of_days_opening_a_sentence_counts_from_the_scene() -> None:
    # dates pass 3: "The day before" counts from the day the main verbs last set (Thursday), not
    # from the day a relative clause last named (Tuesday)
    found = _dates("Chile's president met Peru's president on Thursday. He welcomed the plans Bolivia announced on Tuesday. "
                   "The day before, Chile had accused Peru of spying.")
    assert found[("ACCUSE", "CHL", "PER")] == "2023-11-22"
    # ... with no scene set by a main verb, the count runs from the day last named
    found = _dates("Peru welcomed the plans Bolivia announced on Tuesday. The day before, Chile had accused Peru of spying.")
    assert found[("ACCUSE", "CHL", "PER")] == "2023-11-20"


def test_an_act_just_after_an_encounter_falls_on_its_day() -> None:
    # status and dates pass (session 13): "After a meeting of the council on 20 June, the adviser
    # condemned the treaty" -> the meeting's day for the condemnation
    found = _dates("After a meeting with Bolivian officials on Thursday, Peru's foreign minister condemned Chile's blockade.")
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-23"
    # ... and the other way: a meeting the dated act follows is dated by it
    found = _dates("Peru's president on Wednesday approved new aid for Bolivia after a telephone call with Bolivia's president.")
    assert found[("CONSULT", "PER", "BOL")] == "2023-11-22"
    # not counted days after it, nor a month (later in the month is not the same time), nor
    # an act that is no encounter ("after the invasion on Thursday")
    for text in ("Days after a meeting with Bolivian officials on Thursday, Peru's foreign minister condemned Chile's blockade.",
                 "After a meeting with Bolivian officials in October, Peru's foreign minister condemned Chile's blockade.",
                 "After Bolivia's invasion of Chile on Thursday, Peru condemned Bolivia."):
        found = _dates(text)
        assert found[("ACCUSE", "PER", "CHL" if "officials" in text else "BOL")] == "2023-11-27", text


# dates pass 4 (session 13): dates the rules left unattached in the event's own sentence. Published
# on a Wednesday, so "on Monday" is 2023-11-27 and the publication date 2023-11-29.

def _dates4(text: str) -> dict[tuple[str, str | None, str | None], str | None]:
    return _dates(text, date(2023, 11, 29))


def test_a_meeting_hung_on_the_acts_object_is_when_they_acted_in_it() -> None:
    # "agreed to the extension in their first telephone call, on Monday": the call is the agreeing's
    found = _dates4("Chile's president and Peru's president agreed to the extension in their first telephone call, on Monday.")
    assert found[("CONSULT", "CHL", "PER")] == "2023-11-27"
    # ... not through a participle's clause: the treaty was signed in the call, the date is the agreeing's
    found = _dates4("Chile's president and Peru's president agreed to the extension of the treaty signed in their "
                    "first telephone call, on Monday.")
    assert found[("CONSULT", "CHL", "PER")] == "2023-11-29"


def test_an_at_which_clause_is_dated_by_the_occasion_it_is_set_in() -> None:
    # the parser hangs "at which" on the verb whose object the meeting is: the hosting's day
    found = _dates4("Peru hosted a virtual meeting of Andean leaders later Monday, at which Bolivia announced new sanctions on Chile.")
    assert found[("SANCTION", "BOL", "CHL")] == "2023-11-27"
    # ... "after which" is another time
    found = _dates4("Peru hosted a virtual meeting of Andean leaders later Monday, after which Bolivia announced new sanctions on Chile.")
    assert found[("SANCTION", "BOL", "CHL")] == "2023-11-29"
    # an address undated in its own phrase is the occasion of the act it is the venue of, and a
    # coordinated verb of the "in which" clause shares it
    found = _dates4("Peru's president signed decrees on Monday, at the end of an address in which he praised Bolivia "
                    "and accused Chile of lying.")
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-27"
    # ... but not the act a summit is the object of: criticising it on Monday does not date it
    found = _dates4("Peru criticised on Monday the summit in which Chile accused Bolivia of lying.")
    assert found[("ACCUSE", "CHL", "BOL")] == "2023-11-29"


def test_a_subject_swallowing_the_first_verbs_objects_still_refers_back() -> None:
    # the parser makes "Chile's president and Bolivia's president, and the three leaders" one subject
    found = _dates4("Earlier on Monday, Peru's president met Chile's president and Bolivia's president, and the three "
                    "leaders strongly condemned Argentina's blockade.")
    assert found[("ACCUSE", "PER", "ARG")] == "2023-11-27"
    # ... a new actor of its own is another act
    found = _dates4("Earlier on Monday, Peru's president met Chile's president and Bolivia's president, and Ecuador's "
                    "president strongly condemned Argentina's blockade.")
    assert found[("ACCUSE", "ECU", "ARG")] == "2023-11-29"


def test_a_past_day_inside_an_asked_for_infinitive_is_the_askings() -> None:
    # "invited ... to join the bloc on Monday": the joining is still to come, the day is the invitation's,
    # and a verb the parser coordinates with the infinitive goes with "invited"
    found = _dates4("Peru formally invited Chile and Bolivia to join the trade bloc on Monday and named Argentina "
                    "the main threat to the region.")
    assert found[("REQUEST", "PER", "CHL")] == "2023-11-27"
    assert found[("ACCUSE", "PER", "ARG")] == "2023-11-27"
    # ... a time to come is the joining's, not the invitation's
    found = _dates4("Peru formally invited Chile and Bolivia to join the trade bloc next month.")
    assert found[("REQUEST", "PER", "CHL")] == "2023-11-29"
    # ... and a verb that asks nothing keeps the infinitive's day off its own act
    found = _dates4("Peru's president travelled to Chile to attend a summit on Monday.")
    assert found[("CONSULT", "PER", "CHL")] == "2023-11-29"


def test_an_encounter_ending_ends_on_the_day_its_subject_names() -> None:
    # "Peru's visit to Chile on Friday ended in a shouting match in which ...": the match is the visit's day
    found = _dates4("The freeze came three days after Peru's visit to Chile on Monday ended in a shouting match in which "
                    "Peru's president accused Chile of lying.")
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-27"
    # ... only an encounter: a blockade dated in its own phrase ends when it ends, which no text names
    found = _dates4("The freeze came three days after Peru's blockade of Chilean ports on Monday ended in a standoff in "
                    "which Peru's president accused Chile of lying.")
    assert found[("COERCE", "PER", "CHL")] == "2023-11-27"
    assert found[("ACCUSE", "PER", "CHL")] == "2023-11-29"


def test_he_after_a_single_actor_goes_on_with_the_first_conjuncts_act() -> None:
    found = _dates4("Peru's president said on Monday that Lima had no quarrel with Bolivia, but he warned that if Chile "
                    "deployed troops there, Peru would respond.")
    assert found[("THREATEN", "PER", "CHL")] == "2023-11-27"
    # ... not after two actors: "he" is then neither for certain
    found = _dates4("Peru's president and Bolivia's president met on Monday, and he warned that if Chile deployed troops "
                    "there, Peru would respond.")
    assert found[("THREATEN", "PER", "CHL")] == "2023-11-29"


def test_the_learned_tier_dates_an_act_by_its_own_nouns_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    # dates pass 4 (session 13): "voted for the sanctions of 2017": the verb's object, a noun of the
    # type the tier reads, dated in its own phrase, dates the act
    from _extract_helpers import run
    from dashboard.extraction import document as module
    seen = []

    def spy(analysis, actors):
        words = {t.lower_: t for t in analysis.doc}
        args = (words["voted"], words["chile"], words["bolivia"])
        seen.append([getattr(analysis._pair_date(*args, kind=k, status="asserted"), "value", None)
                     for k in ("SANCTION", "ACCUSE")])
        return []

    monkeypatch.setattr(module, "learned_events", spy)
    run("Chile voted for the sanctions of 2017 against Bolivia.", date(2023, 11, 29))
    # ... an act of another type than the noun's takes nothing from it
    assert seen == [["2017", None]]


def test_the_boundary_said_once_in_front_finds_what_the_patterns_alone_find() -> None:
    # Speed pass (session 14): the scan opens with "\b(?=[\w’])", which every pattern implies;
    # the matches must be those of the bare alternation, a "’s" year and a count of days included.
    import re

    from dashboard import dates

    bare = re.compile(dates._ALTERNATION)
    text = ("On 3 March 2022, two days later, Moscow’s 2014 seizure was recalled; talks in May last year "
            "and on Thursday, the day before the summit, followed. That same month Kyiv’s 1991 vote was cited.")
    found = [(m.start(), m.end(), m.lastgroup) for m in dates._REGEX.finditer(text)]
    assert found == [(m.start(), m.end(), m.lastgroup) for m in bare.finditer(text)]
    assert {"day_month_year", "shift", "year", "month_rel_year", "weekday", "anaphor"} <= {g for _, _, g in found}
    # negative: no date inside a word or a code ("A320neo", "x2019y"), with or without the prefix
    assert not list(dates._REGEX.finditer("the A320neo order x2019y")) and not list(bare.finditer("the A320neo order x2019y"))
