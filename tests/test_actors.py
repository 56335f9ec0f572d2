"""dashboard.actors: names, aliases, demonyms, metonyms, leaders by date, bodies, unknown names."""
from __future__ import annotations

from datetime import date

import pytest

from dashboard.actors import Mention, dictionary, slug
from dashboard.nlp import get_nlp


def mentions(text: str, on: date | None = date(2024, 6, 20)) -> list[tuple[str, str, str | None]]:
    nlp = get_nlp()
    doc = nlp(text)
    return [(doc[m.start:m.end].text, m.actor.id, m.actor.country) for m in dictionary(nlp).find(doc, on)]


def ids(text: str, on: date | None = date(2024, 6, 20)) -> list[str]:
    return [actor_id for _, actor_id, _ in mentions(text, on)]


@pytest.mark.parametrize(
    "text, code",
    [
        ("The DPRK fired a missile.", "PRK"),
        ("The U.S. imposed sanctions.", "USA"),
        ("The Russian Federation objected.", "RUS"),
        ("The Republic of Korea protested.", "KOR"),
        ("The United Kingdom agreed.", "GBR"),
        ("Officials in Ulaanbaatar said so.", "MNG"),
        ("Brazil abstained.", "BRA"),
    ],
)
def test_aliases_and_names(text: str, code: str) -> None:
    assert code in ids(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("A North Korean delegation arrived.", "PRK"),
        ("Chinese officials declined.", "CHN"),
        ("Ukrainian drones struck.", "UKR"),
    ],
)
def test_demonyms_resolve_to_the_state(text: str, code: str) -> None:
    found = mentions(text)
    assert found and all(country == code for _, _, country in found)


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Kremlin said the talks went well.", "RUS"),
        ("Pyongyang rejected the claim.", "PRK"),
        ("Beijing urged restraint.", "CHN"),
        ("Washington warned Moscow.", "USA"),
        ("The White House said nothing.", "USA"),
        ("Seoul summoned the envoy.", "KOR"),
        ("Kyiv welcomed the aid.", "UKR"),
        ("Tokyo lodged a protest.", "JPN"),
    ],
)
def test_metonyms_resolve_to_the_government(text: str, code: str) -> None:
    assert ids(text)[0] == code


@pytest.mark.parametrize(
    "text, on, person",
    [
        ("The South Korean president spoke.", date(2021, 3, 1), "moon-jae-in"),
        ("The South Korean president spoke.", date(2023, 3, 1), "yoon-suk-yeol"),
        ("South Korea's president spoke.", date(2025, 7, 1), "lee-jae-myung"),
        ("The US president spoke.", date(2020, 3, 1), "donald-trump"),
        ("The US president spoke.", date(2022, 3, 1), "joe-biden"),
        ("The US president spoke.", date(2025, 3, 1), "donald-trump"),
        ("The Japanese prime minister spoke.", date(2024, 9, 1), "fumio-kishida"),
        ("The Japanese prime minister spoke.", date(2024, 11, 1), "shigeru-ishiba"),
        ("The NATO secretary general spoke.", date(2024, 9, 1), "jens-stoltenberg"),
        ("The NATO secretary general spoke.", date(2024, 11, 1), "mark-rutte"),
        ("The Russian defence minister spoke.", date(2023, 1, 1), "sergei-shoigu"),
        ("The Russian defence minister spoke.", date(2024, 8, 1), "andrei-belousov"),
        ("The US secretary of state spoke.", date(2023, 1, 1), "antony-blinken"),
        ("The US secretary of state spoke.", date(2025, 3, 1), "marco-rubio"),
        ("The Chinese foreign minister spoke.", date(2024, 1, 1), "wang-yi"),
        ("North Korea's foreign minister spoke.", date(2024, 1, 1), "choe-son-hui"),
    ],
)
def test_titles_resolve_to_the_office_holder_on_the_date(text: str, on: date, person: str) -> None:
    assert person in ids(text, on)


def test_a_named_person_carries_the_role_held_on_the_date() -> None:
    nlp = get_nlp()
    doc = nlp("Sergei Shoigu arrived in Pyongyang.")
    before = dictionary(nlp).find(doc, date(2023, 7, 25))[0].actor
    after = dictionary(nlp).find(doc, date(2025, 6, 4))[0].actor
    assert before.id == after.id == "sergei-shoigu" and before.country == "RUS"
    assert before.role == "defence minister"
    assert after.role == "secretary of the Security Council"


def test_title_before_a_name_is_one_person() -> None:
    found = mentions("Russian President Vladimir Putin and North Korean leader Kim Jong Un met.")
    assert [(actor_id, country) for _, actor_id, country in found] == [("vladimir-putin", "RUS"), ("kim-jong-un", "PRK")]
    assert found[0][0] == "Russian President Vladimir Putin"


@pytest.mark.parametrize(
    "text, actor_id, country",
    [
        ("Russia's foreign ministry protested.", "rus-foreign-ministry", "RUS"),
        ("The South Korean military said so.", "kor-military", "KOR"),
        ("North Korean troops crossed.", "prk-military", "PRK"),
        ("North Korea's state media reported it.", "prk-state-media", "PRK"),
        ("KCNA reported the launch.", "kcna", "PRK"),
        ("South Korea's National Intelligence Service said so.", "nis", "KOR"),
        ("The State Department said so.", "state-department", "USA"),
    ],
)
def test_bodies_act_for_their_state(text: str, actor_id: str, country: str) -> None:
    assert (actor_id, country) in [(a, c) for _, a, c in mentions(text)]


def test_unknown_named_actors_are_kept_without_country() -> None:
    found = mentions("Analyst Johanna Virtanen of the Helsinki Policy Forum said the deal was likely.")
    unknown = [(text, country) for text, actor_id, country in found if country is None]
    assert ("Johanna Virtanen", None) in unknown
    assert any("Helsinki Policy Forum" in text for text, _ in unknown)


def test_lower_case_words_are_not_names() -> None:
    # case-sensitive written forms: "us" and "turkey" are not the United States and Türkiye
    assert ids("Let us roast a turkey.") == []
    assert ids("Turkey and the US talked.") == ["TUR", "USA"]


def test_mentions_do_not_overlap_and_prefer_the_longest() -> None:
    nlp = get_nlp()
    doc = nlp("The UN Security Council met as North Korea's foreign ministry watched.")
    found: list[Mention] = dictionary(nlp).find(doc, date(2024, 1, 1))
    covered = [i for m in found for i in range(m.start, m.end)]
    assert len(covered) == len(set(covered))
    assert [m.actor.id for m in found] == ["UN", "prk-foreign-ministry"]


def test_slug() -> None:
    assert slug("António Guterres") == "antonio-guterres"
    assert slug("Workers' Party of Korea") == "workers-party-of-korea"


def test_the_alliance_refers_back_to_nato_only_once_named_and_bare() -> None:
    assert ("the alliance", "NATO", "NATO") in mentions("NATO leaders met in Washington. Beijing urged the alliance to stop.")
    # not named yet: some alliance, no actor
    assert ("the alliance", "NATO", "NATO") not in mentions("Beijing urged the alliance to stop. NATO did not reply.")
    # with a clause of its own it is another alliance
    assert ids("NATO met. Moscow praised the alliance of Russia and Belarus.") == ["NATO", "RUS", "RUS", "BLR"]


def test_a_country_descriptor_refers_back_only_once_named_and_capitalised() -> None:
    from _extract_helpers import relations, run

    assert ("CHN", "PRK", "ALLY", False) in relations(run("North Korea held a parade. China, the North's main ally, sent a delegation."))
    # not before the country is named, and the lower-case compass word is no country
    assert not relations(run("China, the North's main ally, sent a delegation."))
    result = run("North Korea fired a missile. Floods hit the north on Monday.")
    assert [m for a in result["actors"] if a["id"] == "PRK" for m in a["mentions"]] == [[0, 11]]


def test_a_country_named_through_its_body_or_leader_is_named_for_its_descriptor() -> None:
    # "North Korea's military" is a mention of the North Korean military, but it names North Korea
    assert ("the North", "PRK", "PRK") in mentions("Seoul watched North Korea's military drills. Tokyo warned the North on Friday.")
    assert ("the North", "PRK", "PRK") not in mentions("Tokyo warned the North on Friday.")


def test_a_known_one_word_name_inside_a_longer_personal_name_is_someone_else() -> None:
    from _extract_helpers import run

    result = run("Vice Foreign Minister Kim Hong-kyun told the ambassador that Russia must stop.")
    assert "kim-jong-un" not in {a["id"] for a in result["actors"]}
    assert "kim-jong-un" in {a["id"] for a in run("Kim told the ambassador that Russia must stop.")["actors"]}


def test_a_capital_the_tagger_took_with_the_full_stop_as_an_org_is_still_the_state() -> None:
    # the small model tags "Kyiv." (with the stop) as an ORG here; the stop is no part of a name
    text = ("Zelenskiy met Joe Biden, who announced a new $375 million military aid package for Kyiv. "
            "Zelenskiy also held talks with Indian Prime Minister Narendra Modi.")
    nlp = get_nlp()
    assert any(e.label_ == "ORG" and e.text == "Kyiv." for e in nlp(text).ents)  # the case this guards
    assert ("Kyiv", "UKR", "UKR") in mentions(text)


def test_a_word_of_a_full_name_named_earlier_refers_back_to_that_person() -> None:
    assert ids("Wang Yi met Lavrov on Thursday. Wang flew home.")[-1] == "wang-yi"
    # before any full mention, or when two people named earlier share the word, it is no one known
    assert mentions("Wang flew home. Wang Yi met Lavrov on Thursday.")[0] == ("Wang", "wang", None)
    assert mentions("Wang Yi met Lavrov. Wang Wenbin spoke later. Wang flew home.")[-1] == ("Wang", "wang", None)


def test_an_unlisted_ministry_with_a_state_in_front_acts_for_that_state() -> None:
    # "commerce ministry" is in no list; the tagger finds it as an organisation
    found = mentions("China's commerce ministry said it opposed the sanctions.")
    assert ("China's commerce ministry", "chn-commerce-ministry", "CHN") in found
    # with no state in front it stays an organisation of no state
    assert all(country is None for _, _, country in mentions("The Commerce Ministry said it opposed the sanctions."))


def test_the_council_refers_back_to_the_security_council_once_named() -> None:
    text = "China and Russia blocked a Security Council resolution. South Korea said the council had failed to act."
    assert ("the council", "UN", "UN") in mentions(text)
    assert ("the council", "UN", "UN") not in mentions("South Korea said the council had failed to act.")


def _people(text: str, dateline: str | None = None) -> dict[str, tuple[str, str | None]]:
    nlp = get_nlp()
    doc = nlp(text)
    return {doc[m.start:m.end].text: (m.actor.id, m.actor.country)
            for m in dictionary(nlp).find(doc, date(2024, 6, 20), dateline) if m.actor.kind in ("person", "agency")}


def test_a_title_only_one_state_bears_names_that_state_for_an_unknown_official() -> None:
    found = _people("Chief Cabinet Secretary Taro Yamamoto said Tokyo would protest.")
    assert found["Chief Cabinet Secretary Taro Yamamoto"] == ("taro-yamamoto", "JPN")
    # a lower rank under the same title is its own official, not the secretary of state
    found = _people("Assistant Secretary of State Mary Holloway will visit Hanoi next week.")
    assert found["Assistant Secretary of State Mary Holloway"] == ("mary-holloway", "USA")


def test_an_unknown_official_under_a_bare_title_is_of_the_state_the_sentence_named_first() -> None:
    found = _people("Finland completed its accession on Tuesday, when Prime Minister Jukka Virtanen signed the papers.")
    assert found["Prime Minister Jukka Virtanen"] == ("jukka-virtanen", "FIN")
    # no state before the title: the dateline's state, else none
    text = "Deputy Foreign Minister Jukka Virtanen said talks with Sweden would resume."
    assert _people(text, dateline="HELSINKI")["Foreign Minister Jukka Virtanen"] == ("jukka-virtanen", "FIN")
    assert _people(text)["Jukka Virtanen"] == ("jukka-virtanen", None)


def test_an_official_set_off_after_a_states_title_is_of_that_state_and_so_is_his_surname_later() -> None:
    found = _people("Germany's ambassador, Klaus Brenner, said Berlin regretted the vote. Later Brenner met reporters.")
    assert found["Klaus Brenner"] == ("klaus-brenner", "DEU")
    assert found["Brenner"] == ("klaus-brenner", "DEU")


def test_a_bare_government_after_a_states_official_is_that_officials_government() -> None:
    found = _people("Finnish Foreign Minister Jukka Virtanen said the government condemned the test.")
    assert found["the government"] == ("fin-government", "FIN")
    # with no official before it, a bare government is no one's
    assert "the government" not in _people("The government condemned the test, Finland said.")


def test_a_bare_title_after_one_person_named_under_it_is_that_person() -> None:
    found = _people("Finland joined on Tuesday, when Prime Minister Jukka Virtanen signed the papers. "
                    "The prime minister praised Turkey.")
    assert found["The prime minister"] == ("jukka-virtanen", "FIN")
    found = _people("Russian envoy Vassily Nebenzia spoke first. The envoy accused Washington of lying.")
    assert found["The envoy"][1] == "RUS"
    # two named under the title: no one in particular
    found = _people("Putin met Prime Minister Jukka Virtanen and Prime Minister Kari Lehto. The prime minister praised Turkey.")
    assert "The prime minister" not in found


def test_state_and_organisation_ids_are_codes_and_no_other_id_is() -> None:
    # dashboard.scope.actor_codes_only tells a selection of states and organisations from one
    # naming people or bodies by how ids are written: an id of capitals, digits and underscores must be a state
    # or organisation acting for itself, and every other actor's id must contain a lower-case letter.
    from dashboard.scope import actor_codes_only

    actors = dictionary(get_nlp()).actors.values()
    assert len(actors) > 200
    for actor in actors:
        is_code = actor_codes_only([actor.id])
        assert is_code == (actor.kind in {"country", "organisation"}), actor
        if is_code:
            assert actor.country == actor.id, actor
    assert actor_codes_only(["RUS", "NATO", "G7"]) and actor_codes_only([])
    assert not actor_codes_only(["RUS", "vladimir-putin"]) and not actor_codes_only(["rus-foreign-ministry"])


def test_a_body_alias_ending_a_longer_unknown_name_is_not_that_body() -> None:
    # pass twenty: "Workers' Party" is a PRK alias; a longer party name ending in it is another party
    assert "workers-party-of-korea" not in ids("The rebel Kurdistan Workers' Party attacked a police post.")
    assert "workers-party-of-korea" in ids("North Korea's ruling Workers' Party met on Monday.")


def test_a_lower_case_office_word_after_a_state_body_places_an_unknown_name() -> None:
    # pass twenty: an unknown name after "<state body> spokesman" (lower case) is the body's state's
    found = {actor_id: country for _, actor_id, country in mentions(
        "Iran's foreign ministry spokesman Hamid Rezaei rejected the report.")}
    assert found.get("hamid-rezaei") == "IRN", found


def test_the_resolvers_word_lists_are_read_from_the_data_file(tmp_path) -> None:
    # office_words and stationed_bodies live in data/actors.yaml: a resolver built from a small
    # file with one more word reads a phrase differently, on sentences the real lists leave alone
    small = ("countries:\n  RUS: {name: Russia, demonyms: [Russian], capitals: [Moscow]}\n"
             "qualified_bodies:\n  foreign ministry: {kind: agency, role: foreign ministry}\n"
             "  government: {kind: agency, role: government, aliases: [officials]}\n")
    nlp = get_nlp()

    def found(extra: str, text: str) -> dict[str, str | None]:
        path = tmp_path / f"actors_{len(list(tmp_path.iterdir()))}.yaml"
        path.write_text(small + extra, encoding="utf-8")
        doc = nlp(text)
        return {m.actor.id: m.actor.country for m in dictionary(nlp, path).find(doc, date(2024, 6, 20))}

    negotiator = "Russia's foreign ministry negotiator Pavel Orlov rejected the proposal on Tuesday."
    assert found("office_words: [spokesman]\n", negotiator).get("pavel-orlov") is None
    assert found("office_words: [spokesman, negotiator]\n", negotiator).get("pavel-orlov") == "RUS"
    placed = "Officials in Moscow said the talks had failed."
    assert found("stationed_bodies: [embassy]\n", placed).get("rus-government") == "RUS"
    assert "rus-government" not in found("stationed_bodies: [embassy, officials]\n", placed)


# --- the widened dictionary (dict/actors): other states' ministers, state companies, dated offices


@pytest.mark.parametrize(
    "text, on, actor_id, country",
    [
        ("Polish Foreign Minister Radoslaw Sikorski met Wang Yi.", date(2024, 6, 20), "radoslaw-sikorski", "POL"),
        ("Fico said Slovakia would not send weapons.", date(2024, 6, 20), "robert-fico", "SVK"),
        ("He Lifeng met Scott Bessent in Geneva.", date(2025, 5, 10), "he-lifeng", "CHN"),
        ("He Lifeng met Scott Bessent in Geneva.", date(2025, 5, 10), "scott-bessent", "USA"),
        ("Abbas Araghchi flew to Moscow.", date(2025, 4, 17), "abbas-araghchi", "IRN"),
    ],
)
def test_officials_of_other_states_resolve_with_their_country(text: str, on: date, actor_id: str, country: str) -> None:
    assert (actor_id, country) in [(a, c) for _, a, c in mentions(text, on)]


@pytest.mark.parametrize(
    "text, actor_id, country",
    [
        ("Gazprom halted gas supplies.", "gazprom", "RUS"),
        ("The FSB said it had detained a suspect.", "fsb", "RUS"),
        ("The Japan Coast Guard said so.", "japan-coast-guard", "JPN"),
        ("Naftogaz said so.", "naftogaz", "UKR"),
        ("Kyodo reported it.", "kyodo", "JPN"),
    ],
)
def test_named_companies_services_and_media_act_for_their_state(text: str, actor_id: str, country: str) -> None:
    assert (actor_id, country) in [(a, c) for _, a, c in mentions(text)]


def test_a_state_company_sanctioned_is_its_state() -> None:
    from _extract_helpers import run, triples  # tests/ is on the path, as for test_extract.py

    found = triples(run("The United States imposed sanctions on Rosneft and Lukoil.", date(2025, 10, 23)))
    assert ("USA", "RUS", "SANCTION") in found, found


@pytest.mark.parametrize(
    "text, on, person",
    [
        ("The Polish prime minister spoke.", date(2021, 3, 1), "mateusz-morawiecki"),
        ("The Polish prime minister spoke.", date(2025, 3, 1), "donald-tusk"),
        ("The German foreign minister spoke.", date(2023, 3, 1), "annalena-baerbock"),
        ("The German foreign minister spoke.", date(2025, 7, 1), "johann-wadephul"),
        ("The Japanese prime minister spoke.", date(2021, 3, 1), "yoshihide-suga"),
        ("The Japanese prime minister spoke.", date(2025, 3, 1), "shigeru-ishiba"),
    ],
)
def test_an_office_that_ended_resolves_by_date(text: str, on: date, person: str) -> None:
    assert person in ids(text, on)


@pytest.mark.parametrize(
    "text, on, actor_id, country",
    [
        ("Gen. Mark Milley warned Moscow.", date(2022, 3, 1), "mark-milley", "USA"),
        ("Adm. Samuel Paparo said the drills were provocative.", date(2024, 9, 1), "samuel-paparo", "USA"),
        ("Ambassador Xing Haiming was summoned.", date(2023, 6, 9), "xing-haiming", "CHN"),
        ("Kim Kye Gwan issued a statement.", date(2018, 5, 16), "kim-kye-gwan", "PRK"),
        ("Mircea Geoana spoke in Brussels.", date(2023, 2, 1), "mircea-geoana", "NATO"),
        ("Rosemary DiCarlo briefed the council.", date(2023, 2, 1), "rosemary-dicarlo", "UN"),
        ("Oksana Markarova met senators.", date(2023, 2, 1), "oksana-markarova", "UKR"),
        ("Mukhtar Tileuberdi travelled to Moscow.", date(2021, 3, 1), "mukhtar-tileuberdi", "KAZ"),
    ],
)
def test_officials_of_the_second_widening_resolve_with_their_country(text: str, on: date, actor_id: str, country: str) -> None:
    assert (actor_id, country) in [(a, c) for _, a, c in mentions(text, on)]


@pytest.mark.parametrize(
    "text, on, person",
    [
        ("The Italian defence minister spoke.", date(2021, 3, 1), "lorenzo-guerini"),
        ("The Italian defence minister spoke.", date(2024, 3, 1), "guido-crosetto"),
        ("The Turkish defence minister spoke.", date(2020, 3, 1), "hulusi-akar"),
        ("The Canadian defence minister spoke.", date(2022, 3, 1), "anita-anand"),
        ("The Japanese defence minister spoke.", date(2019, 3, 1), "takeshi-iwaya"),
        ("The IAEA chief spoke.", date(2019, 9, 1), "cornel-feruta"),
    ],
)
def test_defence_ministers_of_other_states_resolve_by_date(text: str, on: date, person: str) -> None:
    assert person in ids(text, on)


@pytest.mark.parametrize(
    "text, actor_id, country",
    [
        ("Sputnik reported the launch.", "sputnik", "RUS"),
        ("The Northern Fleet held drills.", "northern-fleet", "RUS"),
        ("The Seventh Fleet said so.", "seventh-fleet", "USA"),
        ("Huawei denied it.", "huawei", "CHN"),
        ("The National People's Congress approved the law.", "national-peoples-congress", "CHN"),
        ("N. Korea fired a missile.", "PRK", "PRK"),
        ("S. Korea protested.", "KOR", "KOR"),
        ("The Republic of Moldova objected.", "MDA", "MDA"),
    ],
)
def test_bodies_and_aliases_of_the_second_widening(text: str, actor_id: str, country: str) -> None:
    assert (actor_id, country) in [(a, c) for _, a, c in mentions(text)]


def test_a_fleet_with_a_state_in_front_acts_for_that_state() -> None:
    assert ("rus-pacific-fleet", "RUS") in [(a, c) for _, a, c in mentions("Russia's Pacific Fleet held drills.")]


def test_the_separatist_republics_act_for_no_state_and_are_not_ukraine() -> None:
    found = mentions("Russia recognised the Donetsk People's Republic.")
    assert ("donetsk-peoples-republic", None) in [(a, c) for _, a, c in found]
    assert "UKR" not in [c for _, _, c in found]


def test_the_korean_peninsula_is_no_state() -> None:
    assert mentions("Tensions rose on the Korean Peninsula.") == []


def test_a_sanctioned_chinese_company_is_its_state() -> None:
    from _extract_helpers import run, triples

    found = triples(run("The United States imposed sanctions on Huawei.", date(2019, 5, 16)))
    assert ("USA", "CHN", "SANCTION") in found, found


@pytest.mark.parametrize(
    "text, on, actor_id, country",
    [
        ("Vyacheslav Gladkov said a drone hit a village.", date(2024, 3, 1), "vyacheslav-gladkov", "RUS"),
        ("Gen. Alexander Lapin was criticised.", date(2022, 10, 2), "alexander-lapin", "RUS"),
        ("Volodymyr Saldo announced an evacuation.", date(2022, 11, 1), "volodymyr-saldo", "RUS"),
        ("Vitali Klitschko urged residents to shelter.", date(2023, 1, 1), "vitali-klitschko", "UKR"),
        ("Yuriy Ihnat said the missiles were shot down.", date(2024, 5, 1), "yuriy-ihnat", "UKR"),
        ("Roger Wicker called for more ships.", date(2025, 3, 1), "roger-wicker", "USA"),
        ("Jennie Carignan visited Latvia.", date(2025, 3, 1), "jennie-carignan", "CAN"),
        ("Kirill Dmitriev met Steve Witkoff.", date(2025, 10, 25), "kirill-dmitriev", "RUS"),
    ],
)
def test_officials_of_the_third_widening_resolve_with_their_country(text: str, on: date, actor_id: str, country: str) -> None:
    assert (actor_id, country) in [(a, c) for _, a, c in mentions(text, on)]


@pytest.mark.parametrize(
    "text, actor_id, country",
    [
        ("The Southern Military District took command.", "southern-military-district", "RUS"),
        ("U.S. Army Pacific moved the battery.", "us-army-pacific", "USA"),
        ("The House Select Committee on the Chinese Communist Party wrote to the firm.", "house-select-committee-ccp", "USA"),
        ("The Storting approved the aid.", "storting", "NOR"),
        ("Suspilne reported explosions.", "suspilne", "UKR"),
        ("Kalashnikov Concern was sanctioned.", "kalashnikov-concern", "RUS"),
        ("The Democratic People’s Republic of Korea denied it.", "PRK", "PRK"),
    ],
)
def test_bodies_and_aliases_of_the_third_widening(text: str, actor_id: str, country: str) -> None:
    assert (actor_id, country) in [(a, c) for _, a, c in mentions(text)]


def test_the_russian_volunteer_corps_acts_for_no_state_and_is_not_russia() -> None:
    found = mentions("The Russian Volunteer Corps claimed the raid.")
    assert ("russian-volunteer-corps", None) in [(a, c) for _, a, c in found]
    assert "RUS" not in [c for _, _, c in found]


def test_the_kursk_governors_resolve_to_russia() -> None:
    assert ("alexei-smirnov-kursk", "RUS") in [(a, c) for _, a, c in mentions("Alexei Smirnov spoke.", date(2024, 8, 10))]
    assert ("alexander-khinshtein", "RUS") in [(a, c) for _, a, c in mentions("Alexander Khinshtein spoke.", date(2025, 1, 10))]


@pytest.mark.parametrize(
    "text, on, actor_id, country",
    [
        ("Richard Grenell flew to Caracas.", date(2025, 2, 1), "richard-grenell", "USA"),
        ("Herman Halushchenko said the grid held.", date(2023, 1, 1), "herman-halushchenko", "UKR"),
        ("Alexander Bastrykin ordered an inquiry.", date(2024, 3, 1), "alexander-bastrykin", "RUS"),
    ],
)
def test_more_officials_of_the_third_widening(text: str, on: date, actor_id: str, country: str) -> None:
    assert (actor_id, country) in [(a, c) for _, a, c in mentions(text, on)]
