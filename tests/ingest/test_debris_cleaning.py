"""clean(): debris lines masked by spaces, offsets unchanged, real sentences kept."""

from __future__ import annotations

import pytest
from ingest_support import GEOWEBNEWS_DEV, SEED_ARTICLE, needs_corpus

from eventwire.ingest import CleanText, clean
from eventwire.ingest.clean import MAX_DEBRIS_LINE


def assert_offsets_preserved(result: CleanText) -> None:
    assert len(result.text) == len(result.original)
    masked = {index for start, end, _ in result.removed for index in range(start, end)}
    for index, (kept, original) in enumerate(zip(result.text, result.original, strict=True)):
        if index in masked:
            assert kept == " " and original not in "\n\r"
        else:
            assert kept == original


def masked_texts(result: CleanText) -> list[str]:
    return [result.original[start:end] for start, end, _ in result.removed]


def line_of(text: str, start: int) -> str:
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin : end if end >= 0 else len(text)]


@needs_corpus
def test_seed_article_captions_and_promos_are_masked() -> None:
    result = clean(SEED_ARTICLE.read_text("utf-8"))
    assert_offsets_preserved(result)
    masked = masked_texts(result)
    assert (
        "A man holds shrapnel from a missile launched by Iran on U.S.-led coalition forces on the outskirts "
        "of Duhok, Iraq, on Jan 8, 2020. PHOTO: REUTERS"
    ) in masked
    for line in (
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Remote video URL",
        "SPH Brightcove Video",
    ):
        assert line in masked
    assert "PHOTOS: AP, BABAK TAGHVAEE/TWITTER" in masked
    assert (
        "The attack on the Ain al-Asad airbase came after pro-Teheran factions in Iraq had vowed to join "
        "forces to “respond” to an American drone strike."
    ) in result.text
    assert "Iran launched a missile attack on US-led forces in Iraq" in result.text
    assert "At least wo military bases hosting US-led coalition personnel were targeted." in result.text


@needs_corpus
def test_no_prose_is_masked_in_geowebnews_dev() -> None:
    masked_lines: list[tuple[str, str, str]] = []
    for path in sorted(GEOWEBNEWS_DEV.glob("*.txt")):
        result = clean(path.read_text("utf-8"))
        assert_offsets_preserved(result)
        for start, end, rule in result.removed:
            line = line_of(result.original, start)
            fragment = result.original[start:end]
            if fragment == line.strip():
                # A whole line went: it must be short, debris-like, and named by a rule.
                assert len(line) < MAX_DEBRIS_LINE, (path.name, rule, line)
            else:
                # Part of a paragraph went: only a short credit or link, never the prose around it.
                assert len(fragment) <= 160, (path.name, rule, fragment)
                assert len(line.strip()) - len(fragment) > 40, (path.name, rule, line)
            masked_lines.append((path.name, rule, fragment))
    rules = {rule for _, rule, _ in masked_lines}
    # The corpus has wire copyright tails, inline photo credits, share prompts and captions.
    assert {
        "copyright_trailing",
        "inline_photo_credit",
        "follow_us",
        "caption_credit_end",
        "buy_photo",
    } <= rules
    assert len(masked_lines) < 60


@needs_corpus
@pytest.mark.parametrize(
    ("name", "debris"),
    [
        ("gwn-002.txt", "Buy Photo :"),
        ("gwn-006.txt", "Follow Mitch Stacy at"),
        ("gwn-054.txt", "Image copyright Suffolk County Times Image caption "),
        ("gwn-060.txt", "(Photo: Wavepiston)"),
        (
            "gwn-090.txt",
            "Markets have been volatile but there are few signs that a major sell off is in sight (Source: Getty)",
        ),
        ("gwn-100.txt", "(PHOTO: V. Clarke)"),
        ("gwn-106.txt", "(Reporting by Nate Raymond in Boston; Editing by Tom Brown and Bernadette Baum)"),
        ("gwn-112.txt", "Like us on Facebook; Follow us on Twitter; Daily Newsletter."),
        ("gwn-116.txt", "(Copyright ©2018 by The Associated Press. All Rights Reserved.)"),
    ],
)
def test_corpus_debris_is_masked(name: str, debris: str) -> None:
    assert debris in masked_texts(clean((GEOWEBNEWS_DEV / name).read_text("utf-8")))


@pytest.mark.parametrize(
    "line",
    [
        "Protesters gather outside the embassy in Baghdad on Jan 1, 2020. PHOTO: AFP",
        "Smoke rises over the city after the strike. (AP Photo/Hussein Malla)",
        "Rescue workers search the rubble, Sunday. REUTERS/Ammar Awad",
        "Police officers stand guard in Paris (Getty Images)",
        "PHOTO: Supporters wave flags at the rally.",
        "Image copyright Getty Images",
        "Buy Photo",
        "Read more",
        "READ MORE: Iran vows revenge for general's death",
        "Related: Markets tumble as tensions rise",
        "Sign up for our daily newsletter",
        "Subscribe now for unlimited access",
        "Join our WhatsApp channel for breaking news",
        "Follow us on Twitter and Instagram",
        "Share this article",
        "Share on Facebook | Tweet | Email",
        "By John Smith",
        "By JILL COLVIN and GILLIAN WONG, Associated Press",
        "Reporting by Parisa Hafezi; Editing by Alex Richardson",
        "© 2020 Reuters",
        "Copyright 2019 The Associated Press. All rights reserved.",
        "Advertisement",
        "Remote video URL",
        "SPH Brightcove Video",
        "Click here to read the full report",
        "Home > World > Middle East",
        "All rights reserved.",
    ],
)
def test_debris_line_is_masked_whole(line: str) -> None:
    text = f"Iran fired missiles at two bases, officials said.\n{line}\nNo casualties were reported.\n"
    result = clean(text)
    assert_offsets_preserved(result)
    assert masked_texts(result) == [line]
    assert result.text.splitlines()[1] == " " * len(line)


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        ("Five soldiers were killed in the attack, officials said. PHOTOS: AP, EPA", "PHOTOS: AP, EPA"),
        (
            "The strike hit a convoy near the airport. (Reporting by Ahmed Rasheed; Editing by Tom Brown)",
            "(Reporting by Ahmed Rasheed; Editing by Tom Brown)",
        ),
        (
            "Officials declined to comment. Copyright 2018 The Associated Press. All rights reserved.",
            "Copyright 2018 The Associated Press. All rights reserved.",
        ),
    ],
)
def test_trailing_debris_keeps_the_sentence(line: str, tail: str) -> None:
    result = clean(line)
    assert masked_texts(result) == [tail]
    assert result.text.rstrip() == line[: -len(tail)].rstrip()


@pytest.mark.parametrize(
    "line",
    [
        "The photo was taken by a Reuters photographer on Monday, the agency said.",
        "Subscribers to the service complained that the prices had risen.",
        "By the end of the day, at least 40 people had been killed, officials said.",
        "By Tuesday, the protesters had left the square.",
        "Home owners in the district were told to leave before the storm.",
        "Copyright holders have sued the company over the pirated films.",
        "He urged people to read more about the plan before the vote.",
        "Sharing the intelligence with allies was essential, Esper said.",
        "The image: a crowd of thousands filling the square, chanting slogans.",
        "Related talks between the two governments broke down in May.",
        "Contacts between the two sides resumed after the ceasefire.",
        "Join the army, he told the young men at the rally in Kerman.",
        "Follow-up strikes hit the same area on Thursday, the military said.",
        "Iran's foreign minister said the country would respond to any attack on its territory.",
    ],
)
def test_prose_lines_are_not_masked(line: str) -> None:
    assert clean(line + "\n").removed == []


def test_long_paragraph_ending_in_a_photo_credit_keeps_its_prose() -> None:
    paragraph = "Officials said the attack had been expected for days and that troops were ready. " * 6
    line = paragraph + "PHOTO: REUTERS"
    assert len(line) > 400
    result = clean(line)
    assert masked_texts(result) == ["PHOTO: REUTERS"]


def test_windows_line_endings_are_kept() -> None:
    text = "Iran fired missiles.\r\nAdvertisement\r\nNo casualties.\r\n"
    result = clean(text)
    assert result.text == "Iran fired missiles.\r\n             \r\nNo casualties.\r\n"
    assert result.removed == [(22, 35, "advertisement")]


def test_indented_debris_is_masked_but_indentation_kept() -> None:
    result = clean("  Advertisement  \n")
    assert result.removed == [(2, 15, "advertisement")]
    assert result.text == " " * 17 + "\n"


def test_empty_text_cleans_to_empty() -> None:
    assert clean("") == CleanText(original="", text="", removed=[])
