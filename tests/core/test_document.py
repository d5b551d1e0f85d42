"""Document: the title a reader would give an article, and its paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.document import EMPTY_TITLE, TITLE_MAX, build, open_document

BODY = "市場人士指出，這項政策將在明年一月生效，預計影響數百家企業的日常運作與長期規劃。"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            f"央行宣布降息半個百分點\n{BODY}", "央行宣布降息半個百分點", id="short first line"
        ),
        pytest.param(
            f"颱風逼近，全台進入警戒。\n{BODY}",
            "颱風逼近，全台進入警戒",
            id="headline full stop dropped",
        ),
        pytest.param(
            f"編者按：本文轉載自某日報。\n圖源丨網絡\n港股今日大漲\n{BODY}",
            "港股今日大漲",
            id="after note and credit",
        ),
        pytest.param(
            f"來源：中央社\n作者：王小明\n立法院三讀通過預算案\n{BODY}",
            "立法院三讀通過預算案",
            id="after byline",
        ),
        pytest.param(
            f"▲總統在記者會上發言（圖源：路透社）\n美方宣布新一輪制裁\n{BODY}",
            "美方宣布新一輪制裁",
            id="after a caption",
        ),
        pytest.param(f"{BODY}\n第二段。", BODY[:-1], id="one-sentence paragraph"),
        pytest.param(
            "市場人士指出，這項政策將在明年一月生效，預計影響數百家中小企業的日常運作與長期投資規劃。"
            "業者紛紛表示憂慮。\n第二段。",
            "市場人士指出，這項政策將在明年一月生效…",
            id="long first paragraph, clause cut",
        ),
        pytest.param(
            "股市收高。成交量放大。\n" + BODY, "股市收高", id="two sentences are not a headline"
        ),
        pytest.param(
            "美國商務部宣布擴大出口管制範圍，涵蓋更多種類的先進晶片與製造設備\n" + BODY,
            "美國商務部宣布擴大出口管制範圍，涵蓋更多種類的先進晶片與製造設備",
            id="long headline without a full stop",
        ),
        pytest.param("", EMPTY_TITLE, id="empty"),
        pytest.param("  \n\n \n", EMPTY_TITLE, id="blank"),
        pytest.param("轉載請註明出處。\n", "轉載請註明出處", id="only furniture"),
    ],
)
def test_title(text: str, title: str) -> None:
    assert build(text).title == title


def test_long_sentence_is_trimmed() -> None:
    sentence = "這是一個沒有任何標點符號而且非常非常長的句子用來檢查標題會不會被截斷到合理的長度以內而不是把整個段落原封不動地顯示出來"
    title = build(sentence + "。\n").title
    assert title.endswith("…")
    assert len(title) <= TITLE_MAX + 1
    assert sentence.startswith(title[:-1])


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # Checked by eye: 000, 002 and 004 open with a headline (002 after an
        # editor's note and an image credit); 001 and 003 open with body text.
        pytest.param("000", "DeepSeek成美國科技界“鯰魚”，引發集體反思", id="000"),
        pytest.param("002", "一心要把DeepSeek變成TikTok", id="002"),
        pytest.param("004", "DeepSeek戳破美國AI霸權神話——彭博社", id="004"),
    ],
)
def test_seed_headlines(seed_texts: dict[str, str], name: str, title: str) -> None:
    assert build(seed_texts[name]).title == title


@pytest.mark.parametrize("name", ["001", "003"])
def test_seed_body_titles(seed_texts: dict[str, str], name: str) -> None:
    doc = build(seed_texts[name])
    first = doc.paragraphs[0].text
    assert doc.title.endswith("…")
    assert first.startswith(doc.title[:-1])
    assert len(doc.title) <= TITLE_MAX + 1


def test_paragraphs_and_furniture() -> None:
    text = "標題\n\n  編者按：本文經授權轉載。  \n正文第一段。\n\n正文第二段。\n轉載請聯繫作者。\n"
    doc = build(text)
    assert [p.text for p in doc.paragraphs] == [
        "標題",
        "編者按：本文經授權轉載。",
        "正文第一段。",
        "正文第二段。",
        "轉載請聯繫作者。",
    ]
    assert [p.furniture for p in doc.paragraphs] == [None, "editor_note", None, None, "footer"]
    for p in doc.paragraphs:
        assert doc.text[p.start : p.end] == p.text
        assert doc.paragraph_at(p.start) is p


def test_seed_furniture(seed_texts: dict[str, str]) -> None:
    marked = {
        name: [p for p in build(text).paragraphs if p.furniture]
        for name, text in seed_texts.items()
    }
    assert [p.furniture for p in marked["002"]] == ["editor_note", "image_credit", "footer"]
    assert {p.furniture for p in marked["004"]} == {"byline", "image_credit", "media"}
    assert all(p.furniture == "image_credit" for p in marked["000"])


def test_open_document(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("港股今日大漲\r\n恆生指數收高。\r\n".encode("big5"))
    doc = open_document(path)
    assert (doc.title, doc.encoding, doc.path) == ("港股今日大漲", "big5", str(path))
    assert doc.original == "港股今日大漲\n恆生指數收高。\n"
    assert doc.chars == len("港股今日大漲恆生指數收高。")
