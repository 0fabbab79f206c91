"""find_entities: spans, kinds, canonical names and affiliations from plain text."""

from __future__ import annotations

import pytest

from briefing.language.entities import find_entities


def _by_text(text: str) -> dict[str, tuple[str, str, str]]:
    return {m.text: (m.kind, m.canonical, m.affiliation) for m in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "surface", "kind", "canonical", "affiliation"),
    [
        ("U.S. Secretary of State Antony Blinken arrived.", "Antony Blinken", "person", "Antony Blinken",
         "United States"),
        ("Iranian Foreign Ministry spokesman Nasser Kanani denied it.", "Nasser Kanani", "person", "Nasser Kanani",
         "Iran"),
        ("Iranian Foreign Ministry spokesman Nasser Kanani denied it.", "Iranian Foreign Ministry", "organization",
         "Iranian Foreign Ministry", "Iran"),
        ("The deal was denied by Kremlin spokesman Dmitry Peskov on Monday.", "Dmitry Peskov", "person",
         "Dmitry Peskov", "Russia"),
        ("He met British Foreign Secretary David Lammy in London.", "David Lammy", "person", "David Lammy",
         "United Kingdom"),
        ("He met Russian Defense Minister Sergei Shoigu in Tehran.", "Sergei Shoigu", "person", "Sergei Shoigu",
         "Russia"),
        ("Talks were held with Iran's foreign minister Abbas Araghchi in Oman.", "Abbas Araghchi", "person",
         "Abbas Araghchi", "Iran"),
        ("The offer came from Maria Kovalenko, the Ukrainian deputy foreign minister, on Friday.", "Maria Kovalenko",
         "person", "Maria Kovalenko", "Ukraine"),
        ("Analysts met in Kiev on Tuesday.", "Kiev", "place", "Kyiv", "Ukraine"),
        ("Sanctions were agreed by the Group of Seven.", "Group of Seven", "organization", "G7", ""),
        ("The G-7 leaders said so.", "G-7", "organization", "G7", ""),
        ("It shows the Ministry of Foreign Affairs was told.", "Ministry of Foreign Affairs", "organization",
         "Ministry of Foreign Affairs", ""),
        ("The U.S. and the EU agreed.", "U.S.", "place", "United States", ""),
        ("The US and the EU agreed.", "EU", "organization", "European Union", ""),
        ("Officials in Washington were alarmed.", "Washington", "place", "Washington", "United States"),
        ("It pulls Tehran deeper into the war.", "Tehran", "place", "Tehran", "Iran"),
        ("The Kremlin said no.", "Kremlin", "organization", "Kremlin", "Russia"),
        ("Downing Street declined to comment.", "Downing Street", "organization", "Downing Street", "United Kingdom"),
        ("The Biden administration has raised alarms.", "Biden administration", "organization",
         "Biden administration", "United States"),
        ("They flew on Iran Air last week.", "Iran Air", "organization", "Iran Air", "Iran"),
        ("WASHINGTON — The talks ended.", "WASHINGTON", "place", "Washington", "United States"),
        ("The Russian Federation objected.", "Russian Federation", "place", "Russia", ""),
        ("Leaders of Bosnia and Herzegovina met.", "Bosnia and Herzegovina", "place", "Bosnia and Herzegovina", ""),
        ("Secretary of Homeland Security Alejandro N. Mayorkas will attend.", "Alejandro N. Mayorkas", "person",
         "Alejandro Mayorkas", ""),
        ("He will travel to Panama April 19-20 to co-host talks.", "Panama", "place", "Panama", ""),
        ("They met at the Ministerial Conference in Lima.", "Ministerial Conference", "other",
         "Ministerial Conference", ""),
    ],
)
def test_mention_table(text: str, surface: str, kind: str, canonical: str, affiliation: str) -> None:
    assert _by_text(text)[surface] == (kind, canonical, affiliation)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The talks ended. Meanwhile the war went on.", "Meanwhile"),
        ("The talks ended. Meanwhile the war went on.", "The"),
        ("On Friday, Iran said no.", "Friday"),
        ("“We’ve warned Tehran,” he said.", "We’ve"),
        ("Iranian-designed drones hit Kyiv.", "Iranian-designed"),
        ("Russia and Ukraine talked.", "Russia and Ukraine"),
        ("Reading the statement, he paused.", "Reading"),
        ("He won as president. Faced with sanctions, he spoke.", "Faced"),
        ("President of Russia Vladimir Putin spoke.", "President of Russia Vladimir Putin"),
    ],
)
def test_not_a_mention(text: str, absent: str) -> None:
    assert absent not in _by_text(text)


@pytest.mark.parametrize(
    ("text", "surfaces", "canonical"),
    [
        ("Antony J. Blinken visited Kyiv. Blinken said the aid would continue.", ["Antony J. Blinken", "Blinken"],
         "Antony Blinken"),
        ("President Volodymyr Zelenskyy spoke. Later Zelenskiy added more. Zelensky left.",
         ["Volodymyr Zelenskyy", "Zelenskiy", "Zelensky"], "Volodymyr Zelensky"),
        ("Kiev was shelled. Officials in Kyiv said so.", ["Kiev", "Kyiv"], "Kyiv"),
        ("The G-7 met. The G7 agreed. The Group of Seven signed.", ["G-7", "G7", "Group of Seven"], "G7"),
        ("The U.S. agreed. The US signed. The United States paid.", ["U.S.", "US", "United States"],
         "United States"),
        ("Britain, the UK and the United Kingdom.", ["Britain", "UK", "United Kingdom"], "United Kingdom"),
        ("Ned Price spoke. MR PRICE: Next question.", ["Ned Price", "PRICE"], "Ned Price"),
        ("SECRETARY ANTONY BLINKEN: Thank you. Then Blinken left.", ["ANTONY BLINKEN", "Blinken"], "Antony Blinken"),
    ],
)
def test_variants_share_a_canonical(text: str, surfaces: list[str], canonical: str) -> None:
    found = {m.text: m.canonical for m in find_entities(text)}
    assert [found.get(s) for s in surfaces] == [canonical] * len(surfaces)


def test_surname_takes_full_name_and_affiliation() -> None:
    text = ("Kremlin spokesman Dmitry Peskov said the talks were over. "
            "Peskov added that Moscow would respond.")
    later = [m for m in find_entities(text) if m.text == "Peskov"]
    assert [(m.kind, m.canonical, m.affiliation) for m in later] == [("person", "Dmitry Peskov", "Russia")]


def test_spans_point_into_text() -> None:
    text = "In Tehran, Nasser Kanani, the Iranian foreign ministry spokesman, spoke to the U.N. Security Council."
    for m in find_entities(text):
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # Known cities and US regions are places; a lone small city needs "in"/"from" or ", <Region>".
        ("Protests spread across Los Angeles last night.", "Los Angeles", "place"),
        ("Saratoga Springs voted to expand the museum.", "Saratoga Springs", "place"),
        ("Rain fell on Chapel Hill and Durham.", "Chapel Hill", "place"),
        ("The plant near Temple, Texas closed.", "Temple", "place"),
        ("The plant near Temple, Texas closed.", "Texas", "place"),
        ("Cook County issued a warning.", "Cook County", "place"),
        ("New Zealand closed its borders.", "New Zealand", "place"),
        ("He flew to New York and New Mexico.", "New Mexico", "place"),
        # A city name that is a given name here.
        ("Victoria Nuland met the delegation.", "Victoria Nuland", "person"),
        ("Sydney Smith arrived late.", "Sydney Smith", "person"),
        ("We thanked Marion for the tea.", "Marion", "other"),
        ("Officials said Reading was calm.", "Reading", "place"),
        ("The leaflets were printed in English and in Kherson.", "English", "other"),
        ("The leaflets were printed in English and in Kherson.", "Kherson", "place"),
        # Not a person: "the" before, a known country inside a hyphenated word, a head word.
        ("A reporter for the Stamford Advocate asked.", "Stamford Advocate", "organization"),
        ("Agence France-Presse reported the strike.", "Agence France-Presse", "organization"),
        ("The story ran in the Sydney Morning Herald.", "Sydney Morning Herald", "organization"),
        ("Planes left Wright-Patterson Air Force Base at dawn.", "Wright-Patterson Air Force Base", "place"),
        ("Loans from Bank of America rose.", "Bank of America", "organization"),
        ("Crowds gathered outside Fisht Stadium on Sunday.", "Fisht Stadium", "place"),
        # Hyphenated given names stay whole; a participle after a hyphen ends the name.
        ("Kim Jong-un inspected the site.", "Kim Jong-un", "person"),
        ("Lawmaker Cheng Chung-tai objected.", "Cheng Chung-tai", "person"),
        ("US-led forces advanced.", "US", "place"),
        ("They sailed Roll-on ferries.", "Roll", "other"),
        # Possessives inside known names; an all-capitals name after a title is a person.
        ("They condemned the Democratic People’s Republic of Korea.", "Democratic People’s Republic of Korea",
         "place"),
        ("MINISTER JAISHANKAR: Thank you.", "JAISHANKAR", "person"),
        ("The IAEA inspected the site.", "IAEA", "organization"),
        ("He toured the Museum of the Pacific War.", "Museum of the Pacific War", "place"),
        ("The Universal Declaration of Human Rights says so.", "Universal Declaration of Human Rights", "other"),
        ("The Artemis Accords grew.", "Artemis Accords", "other"),
        ("He edits Foreign Affairs now.", "Foreign Affairs", "other"),
        ("A Soviet-era tank rolled by.", "Soviet", "other"),
        # The common noun around a name says what it is: "the city of", or an apposition headed by a person noun.
        ("One leader from the city of Nasiriyah, Sheikh Haider al-Dubaisi, spoke.", "Nasiriyah", "place"),
        ("Nura, a mother of four, begged them to stop.", "Nura", "person"),
        ("Then Natalia, an 88-year-old woman, spoke.", "Natalia", "person"),
        ("Then Oksana, a young woman from Kharkiv, spoke.", "Oksana", "person"),
        ("Tuvalu, a country of islands, spoke.", "Tuvalu", "place"),
    ],
)
def test_kinds_of_unknown_names(text: str, surface: str, kind: str) -> None:
    assert _by_text(text)[surface][0] == kind


@pytest.mark.parametrize(
    ("text", "person", "absent"),
    [
        ("The delegation included Assistant Secretary for Population, Refugees, and Migration Julieta Noyes.",
         "Julieta Noyes", "Migration Julieta Noyes"),
        ("Minister of Health and Social Affairs Anna Berg spoke.", "Anna Berg", "Social Affairs Anna Berg"),
        ("Secretary of Homeland Security Alejandro Mayorkas, Attorney General Merrick Garland and others met.",
         "Merrick Garland", "Homeland Security Alejandro Mayorkas"),
        ("Secretary of Homeland Security Alejandro Mayorkas, Attorney General Merrick Garland and others met.",
         "Alejandro Mayorkas", "Attorney General Merrick Garland"),
        ("The G7 Foreign Ministers of Canada and Japan met Anna Berg.", "Anna Berg", "Foreign Ministers"),
        ("He met Special Representative for Korean Peninsula Peace and Security Affairs Noh Kyu-duk.",
         "Noh Kyu-duk", "Security Affairs Noh Kyu-duk"),
        ("Under Secretary for Economic Growth, Energy, and the Environment Jose W. Fernandez spoke.",
         "Jose W. Fernandez", "Environment Jose W. Fernandez"),
    ],
)
def test_portfolio_lists_end_before_the_name(text: str, person: str, absent: str) -> None:
    found = _by_text(text)
    assert found[person][0] == "person"
    assert absent not in found
    assert all(kind != "person" for surface, (kind, _c, _a) in found.items() if surface != person
               and surface not in ("Alejandro Mayorkas", "Merrick Garland"))


def test_the_name_of_a_person_elsewhere_is_that_person() -> None:
    text = "Tom Cruise appeared in a video. The Tom Cruise video spread online."
    kinds = [m.kind for m in find_entities(text) if m.text == "Tom Cruise"]
    assert kinds == ["person", "person"]


@pytest.mark.parametrize(
    ("text", "acronym", "canonical"),
    [
        ("Staff at the Johnson Space Center (JSC) cheered. Later JSC closed.", "JSC", "Johnson Space Center"),
        ("The Organization of Islamic Cooperation (OIC) met. The OIC agreed.", "OIC",
         "Organization of Islamic Cooperation"),
        ("The Johnson Space Center (NASA) cheered. NASA closed.", "NASA", "NASA"),  # initials differ
    ],
)
def test_bracketed_acronym_takes_the_name(text: str, acronym: str, canonical: str) -> None:
    found = [m.canonical for m in find_entities(text) if m.text == acronym]
    assert found == [canonical, canonical]


@pytest.mark.parametrize(
    ("text", "surface", "absent"),
    [
        ("Chinese ships patrolled the South China Sea on Monday.", "South China Sea", "South"),
        ("A destroyer sailed through the Taiwan Strait overnight.", "Taiwan Strait", "Taiwan"),
        ("Talks on the Korean Peninsula stalled again.", "Korean Peninsula", "Korean"),
        ("Barges moved down the Mississippi River after the storm.", "Mississippi River", "Mississippi"),
    ],
)
def test_a_natural_feature_is_one_place_that_stands_for_no_country(text: str, surface: str, absent: str) -> None:
    found = _by_text(text)
    assert found[surface] == ("place", surface, "")
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "surface", "affiliation"),
    [
        ("Police in Mexico City said the march was peaceful.", "Mexico City", "Mexico"),
        ("Iran Air flights to Europe resumed on Friday.", "Iran Air", "Iran"),
    ],
)
def test_places_and_bodies_inside_a_country_keep_it(text: str, surface: str, affiliation: str) -> None:
    assert _by_text(text)[surface][2] == affiliation


@pytest.mark.parametrize(
    ("text", "person", "affiliation"),
    [
        ("Coach Tom Berg said the team played well.", "Tom Berg", ""),
        ("Panama coach Hernan Dario Gomez said the defeat hurt.", "Hernan Dario Gomez", "Panama"),
        ("Rabbi David Cohen led the prayers on Friday.", "David Cohen", ""),
        ("Officer Darren Wilson said he had feared for his life.", "Darren Wilson", ""),
        ("EU Vice-President Josep Borrell said the talks would resume.", "Josep Borrell", "European Union"),
        ("Co-founder Jack Dorsey said he would step down.", "Jack Dorsey", ""),
        # honorifics of address
        ("A letter to the Honorable Maria Lopez, Mayor of Tucson.", "Maria Lopez", ""),
        ("His Excellency Ahmed Karimi arrived in Geneva.", "Ahmed Karimi", ""),
        ("The Right Honourable Helen Marsh met the press.", "Helen Marsh", ""),
    ],
)
def test_roles_before_a_name_are_titles_not_part_of_it(text: str, person: str, affiliation: str) -> None:
    found = _by_text(text)
    assert found[person] == ("person", person, affiliation)


@pytest.mark.parametrize(
    ("text", "surname", "canonical"),
    [
        # titles that share no word: two people
        ("First Lady Jill Biden visited the school. President Biden stayed in Washington.", "Biden", "Biden"),
        ("Mrs. Jane Smith opened the shop. Mr. Smith was away.", "Smith", "Smith"),
        # titles that agree, or no title on one of them: one person
        ("Secretary of State Antony J. Blinken met the minister. Secretary Blinken then left.", "Blinken",
         "Antony Blinken"),
        ("Minister Jane Smith opened the shop. Smith said it would stay open.", "Smith", "Jane Smith"),
        ("Jane Smith opened the shop. Mayor Smith said it would stay open.", "Smith", "Jane Smith"),
    ],
)
def test_a_titled_surname_takes_the_full_name_unless_the_titles_disagree(text: str, surname: str,
                                                                        canonical: str) -> None:
    mentions = [m for m in find_entities(text) if m.text == surname]
    assert [m.canonical for m in mentions] == [canonical]


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("The Moderna COVID-19 vaccine arrived in May.", "COVID-19", "COVID-19"),
        ("Covid cases rose again in Lagos.", "Covid", "COVID-19"),
        ("Funding for HIV programmes fell.", "HIV", "HIV/AIDS"),
        ("Ebola returned to Guinea in 2021.", "Ebola", "Ebola"),
    ],
)
def test_diseases_are_named_but_are_not_actors(text: str, surface: str, canonical: str) -> None:
    found = {m.text: m for m in find_entities(text)}
    assert (found[surface].kind, found[surface].canonical) == ("other", canonical)
    assert all(surface not in m.text or m.text == surface for m in found.values())  # not glued to "Moderna"


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.canonical) for m in find_entities(text)]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("MODERATOR:  Next, please.\n\nOPERATOR:  Your line is open.", "MODERATOR", ""),
        ("PARTICIPANT:  Yes.\n\nSECRETARY BLINKEN:  Now, where are you headed?", "PARTICIPANT", "BLINKEN"),
        ("SENIOR ADMINISTRATION OFFICIAL ONE:  Okay. The administration has one answer.", "ADMINISTRATION", ""),
        ("SENIOR ADMINISTRATION OFFICIAL ONE:  Okay. The administration has one answer.", "ONE", ""),
        ("DEPUTY SECRETARY WENDY R. SHERMAN\n\nThe deputy will travel.", "DEPUTY", "WENDY R. SHERMAN"),
        ("QUESTION:  Thank you. Is NATO ready?", "QUESTION", "NATO"),
        ("A question for the WHO: will the US act?", "", "WHO"),
    ],
)
def test_capitals_that_label_or_shout_are_not_names(text: str, absent: str, present: str) -> None:
    surfaces = {m[0] for m in _mentions(text)}
    assert (absent in surfaces, present in surfaces or not present) == (False, True)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "canonical"),
    [
        ("The Department said the visit was postponed.", "Department", "other", "Department"),
        ("Officials at the Embassy and the Ministry were told.", "Embassy", "other", "Embassy"),
        ("Governments must act, the Alliance said.", "Alliance", "other", "Alliance"),
        ("The State Department said so. The Department added a note.", "Department", "organization",
         "State Department"),
        ("The Supreme Court ruled. The Court found no error.", "Court", "organization", "Supreme Court"),
        ("The Court of Appeal and the Supreme Court differ; the Court will decide.", "Court", "other", "Court"),
        ("Hamas rejected the offer.", "Hamas", "organization", "Hamas"),
        ("The Senate voted on the bill.", "Senate", "organization", "Senate"),
    ],
)
def test_a_lone_head_word_is_the_one_body_named_with_it_or_no_actor(text: str, surface: str, kind: str,
                                                                    canonical: str) -> None:
    found = [m for m in _mentions(text) if m[0] == surface]
    assert found[-1][1:] == (kind, canonical)


@pytest.mark.parametrize(
    ("text", "surface", "absent"),
    [
        ("They met in Washington, D.C. on Monday.", "Washington, D.C.", "D.C."),
        ("She grew up in Austin, Tex., and moved.", "Austin, Tex.", "Tex"),
        ("The plant is in Dover, DE, near the coast.", "Dover, DE", "DE"),
        ("Talks in Paris, France, ended.", "Paris", "Paris, France"),
    ],
)
def test_a_state_abbreviation_after_a_city_is_part_of_that_place(text: str, surface: str, absent: str) -> None:
    by_text = {m[0]: m[1] for m in _mentions(text)}
    assert (by_text.get(surface), absent in by_text) == ("place", False)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Designated pursuant to E.O. 13224, as amended, by OFAC.", "E.O.", "OFAC"),
        ("The act (22 U.S.C. 2751) and 31 CFR part 587 apply.", "U.S.C.", ""),
        ("The act (22 U.S.C. 2751) and 31 CFR part 587 apply.", "CFR", ""),
        ("The budget for FY 2022 rose, as did GDP, the IMF said.", "FY", "IMF"),
        ("The budget for FY 2022 rose, as did GDP, the IMF said.", "GDP", "IMF"),
        ("We will speed up SIV processing, USAID said.", "SIV", "USAID"),
        ("At the 2018 FIFA World Cup, 15 IQ points were lost.", "", "FIFA World Cup"),
    ],
)
def test_abbreviations_of_measures_and_references_are_not_names(text: str, absent: str, present: str) -> None:
    surfaces = {m[0] for m in _mentions(text)}
    assert (absent in surfaces, present in surfaces or not present) == (False, True)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Thank you, Mr. Secretary. Dear Tony, I know how much this means.", "Tony", "person"),
        ("Hello Maria, and welcome to the program.", "Maria", "person"),
        ("Thanks Rob, that was helpful.", "Rob", "person"),
        ("Dear Colleagues, the meeting moved.", "Dear Colleagues", ""),
        ("Hello, everyone. Russia is here.", "Russia", "place"),
    ],
)
def test_a_salutation_is_no_part_of_a_name(text: str, surface: str, kind: str) -> None:
    by_text = {m[0]: m[1] for m in _mentions(text)}
    openers = {s.split()[0] for s in by_text}
    assert (by_text.get(surface, ""), openers & {"Dear", "Hello", "Thanks"}) == (kind, set())


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I saw Danny (ph) in the comments.", "Danny"),
        ("KOVALENKO (ph):  We agree.", "KOVALENKO"),
        ("Minister Oyelaran (ph) said the talks went well.", "Oyelaran"),
    ],
)
def test_a_name_marked_as_heard_is_a_person(text: str, surface: str) -> None:
    assert {m[0]: m[1] for m in _mentions(text)}.get(surface) == "person"


def test_an_address_does_not_make_capitals_ordinary_words() -> None:
    text = "The NZ vote costs NZ$ 26 million; see www.flag.govt.nz for more."
    assert ("NZ", "organization") in {(m[0], m[1]) for m in _mentions(text)}


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("Ned Price briefed.\n\nMR PRICE:  The price of oil is high.", "PRICE", "Ned Price"),
        ("Paul Wood arrived.\n\nAMBASSADOR WOOD:  We need wood and steel.", "WOOD", "Paul Wood"),
        ("Susan Rice spoke.\n\nMS. RICE:  Rice exports fell.", "RICE", "Susan Rice"),
    ],
)
def test_a_name_in_capitals_after_a_title_is_kept_even_when_it_is_a_word(text: str, surface: str,
                                                                         canonical: str) -> None:
    assert {m[0]: m[2] for m in _mentions(text)}.get(surface) == canonical


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("They met in Washington, D.C.  Secretary Blinken spoke.", "Washington, D.C.", "Washington"),
        ("They met in Washington, D.C.  Secretary Blinken spoke.", "Blinken", "Blinken"),
        ("He returned to D.C. last week.", "D.C.", "Washington"),
        ("The DC office moved to Ohio.", "Ohio", "Ohio"),
    ],
)
def test_the_district_of_columbia_is_washington(text: str, surface: str, canonical: str) -> None:
    assert {m[0]: m[2] for m in _mentions(text)}.get(surface) == canonical


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # Two capitalised words with no person cue: ordinary words seen in lower case, a number after, a title after.
        ("We celebrate your National Day, a day of national pride.", "National Day", "other"),
        ("The budget for Fiscal Year 2023 is the largest; the fiscal year ends in September.", "Fiscal Year", "other"),
        ("He asked about Nord Stream 2. Nord Stream is finished.", "Nord Stream", "other"),
        ("Experts on Business and Human Rights called for respect for human rights in business.", "Human Rights",
         "other"),
        ("In Riyadh, Special Presidential Envoy Kerry met the minister.", "Special Presidential", "other"),
        # A holiday or a period by its head word, even with no word of it in lower case.
        ("Best wishes to Sweden as you celebrate your National Day.", "National Day", "other"),
        ("We congratulate Georgia on its Independence Day.", "Independence Day", "other"),
        # A person needs no cue when the words are not ordinary ones, and keeps one that speaks or is titled.
        ("Angela Merkel met the press in Berlin.", "Angela Merkel", "person"),
        ("Angela Merkel said the talks went well.", "Angela Merkel", "person"),
        ("Yesterday Grace Hope said the grace period ends; hope remains.", "Grace Hope", "person"),
        ("Yesterday Mark Green visited Kenya to mark a green transition. Mr. Green left on Friday.", "Mark Green",
         "person"),
    ],
)
def test_a_person_by_shape_needs_words_that_are_not_ordinary_ones(text: str, surface: str, kind: str) -> None:
    assert _by_text(text)[surface][0] == kind


@pytest.mark.parametrize(
    ("text", "surface", "kind", "canonical"),
    [
        # A body's name and a word that says the body or its members acting together: the body itself.
        ("NATO Allies agreed to send more air defence.", "NATO Allies", "organization", "NATO"),
        ("Finland joined the NATO Alliance in April. The Alliance grew.", "NATO Alliance", "organization", "NATO"),
        ("Finland joined the NATO Alliance in April. The Alliance grew.", "Alliance", "organization", "NATO"),
        ("EU Member States adopted the package.", "EU Member States", "organization", "European Union"),
        # Not members: an event of the body, or its partners outside it.
        ("Leaders met at the NATO Summit in Madrid.", "NATO Summit", "other", "NATO Summit"),
        ("NATO Partners such as Japan attended.", "NATO Partners", "organization", "NATO Partners"),
    ],
)
def test_a_body_and_its_members_are_the_body(text: str, surface: str, kind: str, canonical: str) -> None:
    assert _by_text(text)[surface][:2] == (kind, canonical)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Call them Senior State Department Official One and Senior State Department Official Two.", "One",
         "State Department"),
        ("Call them Senior State Department Official One and Senior State Department Official Two.", "Two",
         "State Department"),
        ("Senior Official Number Two, you mentioned Burma.", "Number Two", "Burma"),
        ("Thanks to Senior Official A for joining us in Paris.", "A", "Paris"),
        # A numeral word in a real name stays.
        ("Deputy Chief Mary Two Bears met Secretary Blinken.", "", "Mary Two Bears"),
    ],
)
def test_a_numbered_label_after_a_title_is_nobody(text: str, absent: str, present: str) -> None:
    surfaces = _by_text(text)
    assert absent not in surfaces
    assert present in surfaces


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("She spoke at the Council on Foreign Relations in New York.", "Council on Foreign Relations", "organization"),
        ("The Senate Committee on Foreign Relations held a hearing.", "Senate Committee on Foreign Relations",
         "organization"),
        ("Parties to the Treaty on the Non-Proliferation of Nuclear Weapons met.",
         "Treaty on the Non-Proliferation of Nuclear Weapons", "other"),
        # Not across "on" after a known name, nor into a day.
        ("The Security Council on Ukraine met again.", "Ukraine", "place"),
        ("The Committee on Monday voted to adjourn.", "Committee", "other"),
    ],
)
def test_a_name_goes_on_after_on_from_a_head_that_takes_it(text: str, surface: str, kind: str) -> None:
    assert _by_text(text)[surface][0] == kind
