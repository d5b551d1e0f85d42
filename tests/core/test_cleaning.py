"""Cleaning: each repair on text written for the test, and the view's invariants on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.cleaning import Cleaned, clean
from tests.conftest import ROOT


def _kinds(c: Cleaned) -> set[str]:
    return {e.kind for e in c.edits}


# --- pinyin -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "創(chuàng)業(yè)邦經(jīng)授權(quán)轉(zhuǎn)載",
            "創業邦經授權轉載",
            id="run of glosses",
        ),
        pytest.param("這是一個詞（cí）語", "這是一個詞語", id="full-width brackets"),
        pytest.param("女(nǚ)士", "女士", id="u with diaeresis"),
        pytest.param("綠(lǜ)色和平(píng)", "綠色和平", id="two syllables"),
        pytest.param("我們(men)的朋(péng)友", "我們的朋友", id="toneless next to toned"),
    ],
)
def test_pinyin_removed(text: str, expected: str) -> None:
    c = clean(text)
    assert c.text == expected
    assert _kinds(c) == {"pinyin"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("分析師(Catherine Thorbecke)認為", id="latin name"),
        pytest.param("來源丨硅星人Pro(ID:Si-Planet)", id="account id"),
        pytest.param("聯邦貿易委員會(FTC)和應用程序接口(API)", id="acronyms"),
        pytest.param("深度求索(DeepSeek)發布", id="company"),
        pytest.param("霸權神話(音頻)", id="chinese in brackets"),
        pytest.param("型號為(de)的產品", id="toneless syllable alone"),
        pytest.param("他說(hello)再見", id="english word"),
        pytest.param("參數(xyz)設定", id="not a syllable"),
    ],
)
def test_brackets_that_stay(text: str) -> None:
    assert "pinyin" not in _kinds(clean(text))


# --- mojibake -----------------------------------------------------------------


def damage(text: str, at: int) -> str:
    """What the web did: ``。`` at ``at`` became ``?`` and the next GBK lead byte lost its high bit.

    The bytes after it are read again from the shifted position, pair by pair.
    """
    assert text[at] == "。"
    data = text[at + 1 :].encode("gbk")
    shifted = bytes([data[0] & 0x7F]) + data[1:]
    return text[:at] + "?" + shifted.decode("gbk")


# Traditional text: its characters in GBK's extension rows have trail bytes
# below 0x80, so the shifted reading realigns within a few characters.
SENTENCES = [
    "這家公司的創新是實實在在的。現在許多企業都在學習它，並且加快了腳步。",
    "她的專欄圍繞這一話題展開。回顧歷史，政府應該鼓勵競爭而不是壟斷。",
    "文章發表以後引發熱議。讀者的反響很大，評論區熱鬧非凡。",
    "政府應該保持警惕。這類問題過去曾經發生過很多次。",
    "他說這並不意外。歷史總是驚人地相似，只是細節不同。",
]


@pytest.mark.parametrize("text", SENTENCES, ids=[f"sentence {i}" for i in range(len(SENTENCES))])
def test_mojibake_restored(text: str) -> None:
    damaged = damage(text, text.index("。"))
    assert damaged != text
    c = clean(damaged)
    assert c.text == text
    assert _kinds(c) == {"mojibake"}


def test_lost_closing_quote() -> None:
    c = clean("他說：“你沒有發布的成果，還來恭喜別人?真高貴?!?/p>\n下一段。")
    assert c.text == "他說：“你沒有發布的成果，還來恭喜別人？真高貴。”\n下一段。"
    assert {"mojibake", "html"} <= _kinds(c)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("真的嗎?!他竟然這麼說。", id="half-width ?! before text"),
        pytest.param("真的嗎?!?", id="?!? without an open quote"),
        pytest.param("什麼?OK,我知道了。", id="? before Latin"),
    ],
)
def test_not_mojibake(text: str) -> None:
    assert "mojibake" not in _kinds(clean(text))


# --- html, separator ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("第一句。</p>", "第一句。", id="closing tag"),
        pytest.param("第一句。/p>", "第一句。", id="tag without its <"),
        pytest.param("上半句<br>下半句<br/>", "上半句下半句", id="line breaks"),
        pytest.param('<p class="x">正文</p>', "正文", id="tag with attributes"),
        pytest.param("美國&nbsp;政府", "美國 政府", id="nbsp"),
        pytest.param("AT&amp;T 公司", "AT&T 公司", id="amp"),
        pytest.param("&#20013;文", "中文", id="numeric entity"),
    ],
)
def test_html(text: str, expected: str) -> None:
    c = clean(text)
    assert c.text == expected
    assert "html" in _kinds(c)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("AT&T 和 IBM", id="ampersand in a name"),
        pytest.param("如果 a<b 且 c>d", id="comparison"),
        pytest.param("《霸權》一書", id="book title brackets"),
    ],
)
def test_not_html(text: str) -> None:
    assert clean(text).text == text


def test_separator() -> None:
    c = clean("顧問大衛ⷨ饅斯(David Sacks)表示")
    assert "ⷨ" not in c.text
    assert "大衛·" in c.text
    assert "(David Sacks)" in c.text
    assert _kinds(c) == {"separator"}


# --- script -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "這家專注于模型研發的公司對外一向低調，今后會怎么做並不清楚，但業界對它寄予厚望。",
            "這家專注於模型研發的公司對外一向低調，今後會怎麼做並不清楚，但業界對它寄予厚望。",
            id="simplified left in",
        ),
        pytest.param(
            "美國商務部將這家公司列入出口管製清單，市場正麵臨壓力，隻能觀望。",
            "美國商務部將這家公司列入出口管制清單，市場正面臨壓力，只能觀望。",
            id="over-converted",
        ),
        pytest.param(
            "矽穀的科技公司和穀歌都隻是在觀望這個係統的發展。",
            "矽谷的科技公司和谷歌都只是在觀望這個系統的發展。",
            id="over-converted, several",
        ),
        pytest.param(
            "溫哥華市政府昨日表示，由於山火濃煙南下，大溫哥华发布空氣質量警報，呼吁居民減少外出。",
            "溫哥華市政府昨日表示，由於山火濃煙南下，大溫哥華發布空氣質量警報，呼籲居民減少外出。",
            id="a-word-read-across-two-words-is-outvoted",
        ),
        pytest.param(
            "香港電影業界昨日舉行記者會。這間片廠有六十年历史，创辦人表示会繼續經营，業界人士認為政府應該考慮保育。",
            "香港電影業界昨日舉行記者會。這間片廠有六十年歷史，創辦人表示會繼續經營，業界人士認為政府應該考慮保育。",
            id="the-more-frequent-word-decides",
        ),
        pytest.param(
            "香港電影業界昨日舉行記者會，余振邦昨日出席。创辦人表示会繼續經营，業界人士認為政府應該考慮保育。",
            "香港電影業界昨日舉行記者會，余振邦昨日出席。創辦人表示會繼續經營，業界人士認為政府應該考慮保育。",
            id="a-surname-also-traditional-in-no-word-stays",
        ),
        pytest.param(
            "香港電影業界昨日舉行記者會。「片廠不能再拖了，」游國強说，创辦人表示会繼續經营。",
            "香港電影業界昨日舉行記者會。「片廠不能再拖了，」游國強說，創辦人表示會繼續經營。",
            id="the-surname-游-stays",
        ),
        pytest.param(
            "亞洲青年手球錦標賽昨日在台北閉幕，本屆賽事由技術代表阿卜杜拉·法蒂里（Abdullah Fatiri）"
            "主持，他说十年里选手水平提高很多，協會會繼續推廣這項運動。",
            "亞洲青年手球錦標賽昨日在台北閉幕，本屆賽事由技術代表阿卜杜拉·法蒂里（Abdullah Fatiri）"
            "主持，他說十年裡選手水平提高很多，協會會繼續推廣這項運動。",
            id="里-in-a-foreign-name-is-a-sound",
        ),
        pytest.param(
            "香港電影業界昨日舉行記者會。他说公司里（company）很多人都会繼續經营，業界人士認為政府應該考慮保育。",
            "香港電影業界昨日舉行記者會。他說公司裡（company）很多人都會繼續經營，業界人士認為政府應該考慮保育。",
            id="里-before-a-word-s-gloss-is-inside",
        ),
        pytest.param(
            "台北市立國中選手昨日參加全國賽女子單打并奪得冠军，教練表示会繼續訓練。",
            "台北市立國中選手昨日參加全國賽女子單打並奪得冠軍，教練表示會繼續訓練。",
            id="no-dictionary-word-no-vote",
        ),
        pytest.param(
            "照服員用束帶綑住長者雙手，还拿毛巾搧老人耳光，这些都说明問題，球隊則要拚到最後。",
            "照服員用束帶綑住長者雙手，還拿毛巾搧老人耳光，這些都說明問題，球隊則要拚到最後。",
            id="Taiwan 綑, 搧 and 拚 stay where simplified damage is mended",
        ),
    ],
)
def test_script_repaired(text: str, expected: str) -> None:
    c = clean(text)
    assert c.text == expected
    assert _kinds(c) == {"script"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("他堅持一個中國的原則，這是美國歷史上的大事。", id="phrases across words"),
        pytest.param("這羣人來説，裏面的衝突很多。關税問題也值得注意。", id="Hong Kong variants"),
        pytest.param("台灣的科技平台發展很快，業者對這個市場的信心很強。", id="Taiwan usage"),
        pytest.param(
            "臺灣臺中地方檢察署昨日複訊後聲請羈押。歹徒持鐵鎚敲破展示櫃，警方表示會繼續追查。",
            id="Taiwan 臺, 複訊 and 鐵鎚",
        ),
        pytest.param("这家专注于模型研发的公司，今后会怎么做并不清楚。", id="simplified text"),
        pytest.param("氣象署晚間發布陸上颱風警報，颱風外圍環流影響北部。", id="颱 in 陸上颱風"),
        pytest.param("佢話消費券只係打支強心針，唔係長遠辦法。", id="Cantonese 係"),
        pytest.param("恒生指數收市升百分之一，修咸頓球會亦有進賬。", id="Hong Kong 恒 and 咸"),
        pytest.param("這項技術佔有率高，台灣業者占了三成。", id="one variant alone is usage"),
        pytest.param(
            "九巴車長陳生話：「而家係咁㗎啦，等車要等半粒鐘。」佢話好多乘客都話永恒唔變嘅係收費。",
            id="Cantonese 係, 鐘 and 恒 together",
        ),
        pytest.param(
            "總教練吳政宏讚他「撿到寶」，情蒐資料顯示他很穩定。協會秘書長岳欣儀指出，雇主要守法。",
            id="Taiwan 讚, 情蒐, 雇主 and the surname 岳",
        ),
        pytest.param(
            "〔記者邱郁婷／苗栗報導〕媽祖遶境今起登場，董事長涂志明說，信徒逾萬人。",
            id="遶境 and names after a role",
        ),
        pytest.param(
            "這部電影上映第二週票房破億，觀眾說是今年最療癒的作品，國片市占率回升。",
            id="Taiwan 週, 療癒 and 市占",
        ),
        pytest.param(
            "安養院照服員被拍到用束帶綑住長者雙手，還拿毛巾搧老人耳光，餵飯時動作粗暴，球隊則拚世界盃。",
            id="Taiwan 綑, 搧 and 拚",
        ),
    ],
)
def test_script_leaves_correct_text(text: str) -> None:
    assert "script" not in _kinds(clean(text))


def test_a_repost_s_simplified_headline_keeps_the_surname_涂() -> None:
    body = (
        "高雄市政府昨日召開記者會，說明登革熱防治進度。衛生局表示，今年本土病例已經超過三百例，"
        "主要集中在前鎮區與小港區。市府將加強孳生源清除，並請民眾配合噴藥。\n"
        "議員陳美玲在議會質詢時指出，市府的防疫措施落後，社區民眾普遍感到不安。"
        "她要求衛生局提出具體改善計畫，並檢討過去幾年的防疫成效。\n"
    )
    headline = clean("登革热病例激增 涂副局长称防疫涂料已送达各区\n" + body).text.split("\n")[0]
    # The surname stays; the word 塗料 (paint) is mended like the rest.
    assert headline == "登革熱病例激增 涂副局長稱防疫塗料已送達各區"


# --- punctuation --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2月6日消息,近日", "2月6日消息，近日", id="comma"),
        pytest.param(
            "他說:這是真的嗎?是的!", "他說：這是真的嗎？是的！", id="colon, question, bang"
        ),
        pytest.param("芯片(算力)受限", "芯片（算力）受限", id="brackets around Chinese"),
        pytest.param("發布了R1,引發震動", "發布了R1，引發震動", id="after Latin, before Chinese"),
        pytest.param("“很好”,他說", "“很好”，他說", id="after a closing quote"),
        pytest.param(
            "請聯繫editor@cyzone.cn,謝謝", "請聯繫editor@cyzone.cn，謝謝", id="after an email"
        ),
    ],
)
def test_punctuation(text: str, expected: str) -> None:
    c = clean(text)
    assert c.text == expected
    assert _kinds(c) == {"punctuation"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("市值 1,000 億美元", id="thousands"),
        pytest.param("時長9:21的音頻", id="time"),
        pytest.param("寫信到a,b@example.com詢問", id="email"),
        pytest.param("網址是https://example.com/a,b?x=1中文", id="url"),
        pytest.param("他說 Hello, world! 然後離開", id="latin sentence"),
        pytest.param("分析師(Catherine Thorbecke)認為", id="latin in brackets"),
    ],
)
def test_punctuation_left_alone(text: str) -> None:
    assert clean(text).text == text


# --- furniture ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        pytest.param("編者按:本文來自微信公眾號,經授權轉載。", "editor_note", id="editor note"),
        pytest.param("编者按：本文转载自某某日报。", "editor_note", id="editor note simplified"),
        pytest.param("圖源丨視覺中國", "image_credit", id="image source"),
        pytest.param("▲總統在白宮講話(圖源:路透社)", "image_credit", id="caption with triangle"),
        pytest.param("攝影師:王小明", "image_credit", id="photographer"),
        pytest.param("插圖:某某為本報繪製", "image_credit", id="illustration"),
        pytest.param("工廠的生產線 | 來源 新華社", "image_credit", id="caption with source"),
        pytest.param("來源:中央社", "byline", id="source"),
        pytest.param("作者丨李四", "byline", id="author"),
        pytest.param("责任编辑：张三", "byline", id="responsible editor"),
        pytest.param("Jane Smith", "byline", id="latin author name"),
        pytest.param("本文為專欄作者授權本站發表,版權歸原作者所有。", "footer", id="authorised"),
        pytest.param("轉載請聯繫原作者。", "footer", id="reprint"),
        pytest.param("特別聲明:以上內容為用戶上傳。", "footer", id="disclaimer"),
        pytest.param("Notice: The content above is uploaded by a user.", "footer", id="notice"),
        pytest.param("文章僅做學術探討使用,不構成任何投資建議。", "footer", id="for study only"),
        pytest.param("未經授權,不得轉載。", "footer", id="no reprint"),
        pytest.param("9:21", "media", id="duration"),
        pytest.param("深度求索改變了行業(音頻)", "media", id="audio title"),
    ],
)
def test_furniture(line: str, kind: str) -> None:
    text = f"標題\n{line}\n正文第一段，內容很長很長。\n"
    c = clean(text)
    lines = c.text.split("\n")
    assert [(f.kind, c.text[f.start : f.end]) for f in c.furniture] == [(kind, lines[1])]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("微軟發現有人未經授權“竊取”了數據，並展開調查。", id="unauthorised in body"),
        pytest.param("記者會上，發言人表示將繼續談判。", id="press conference"),
        pytest.param("01.DeepSeek被禁是時間問題", id="numbered heading"),
        pytest.param("作者認為這並不意外。", id="author as subject"),
    ],
)
def test_not_furniture(line: str) -> None:
    assert clean(f"標題\n{line}\n").furniture == ()


# --- the view ------------------------------------------------------------------


def _check_view(c: Cleaned) -> None:
    # Edits are ordered, never overlap, and rebuild the cleaned text from the original.
    parts, pos = [], 0
    for e in c.edits:
        assert e.start >= pos
        assert c.original[e.start : e.end] == e.before
        assert c.text[e.cstart : e.cend] == e.after
        parts += [c.original[pos : e.start], e.after]
        pos = e.end
    assert "".join([*parts, c.original[pos:]]) == c.text
    # Every offset maps, monotonically, inside the other text.
    forward = [c.map.to_dst(i) for i in range(len(c.original) + 1)]
    assert forward == sorted(forward)
    assert forward[0] == 0 and forward[-1] == len(c.text)
    back = [c.to_original(i) for i in range(len(c.text) + 1)]
    assert back == sorted(back) and back[-1] == len(c.original)
    # Untouched characters map onto themselves.
    for i in range(len(c.text)):
        j = c.to_original(i)
        if not any(e.cstart <= i < e.cend for e in c.edits):
            assert c.original[j] == c.text[i]
    # Furniture covers whole lines and paragraph structure is kept.
    for f in c.furniture:
        assert c.text[f.start : f.end].strip() == c.text[f.start : f.end]
        assert f.start == 0 or c.text[f.start - 1] == "\n"
    assert c.text.count("\n") == c.original.count("\n")


def test_seeds_view(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        c = clean(text)
        assert c.original == text
        _check_view(c)
        assert clean(c.text).edits == (), "cleaning the cleaned text changes nothing"


def test_seed_damage_is_gone(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        cleaned = clean(text).text
        for mark in ("(chuàng)", "?,F", "?;", "?!?", "/p>", "ⷨ", "管製", "穀歌", "呼吁"):
            assert mark not in cleaned, (name, mark)
    assert clean(seed_texts["002"]).counts()["pinyin"] >= 180


def test_clean_text_is_untouched() -> None:
    text = "政府表示，將在明年推出新政策。\n市場反應平穩。\n"
    c = clean(text)
    assert c.text == text and c.edits == () and c.map.identity


def test_empty() -> None:
    c = clean("")
    assert c.text == "" and c.edits == () and c.furniture == ()


# Reposts mixing the two scripts inside sentences: the 16_mixed articles of blind2 …
# blind12, one to three each of blind14's … blind44's. blind13's switches script by
# whole paragraphs, which needs no mending.
MIXED_REPOSTS = [
    *(ROOT / "tests" / "data" / f"blind{n}" / "16_mixed.txt" for n in range(2, 13)),
    *(ROOT / "tests" / "data" / "blind14" / f"{n}_mixed.txt" for n in (13, 16)),
    *(ROOT / "tests" / "data" / "blind15" / f"{n}_mixed.txt" for n in (13, 15)),
    *(ROOT / "tests" / "data" / "blind16" / f"{n}_mixed.txt" for n in (14, 15)),
    *(ROOT / "tests" / "data" / "blind17" / f"{n}_mixed.txt" for n in (13, 15)),
    *(
        ROOT / "tests" / "data" / f"blind{s}" / f"{n}_mixed.txt"
        for s in (18, 19, 20, 21)
        for n in (13, 15)
    ),
    ROOT / "tests" / "data" / "blind22" / "15_mixed.txt",
    *(ROOT / "tests" / "data" / "blind23" / f"{n}_mixed.txt" for n in (13, 14, 15)),
    *(ROOT / "tests" / "data" / "blind24" / f"{n}_mixed.txt" for n in (13, 15)),
    ROOT / "tests" / "data" / "blind25" / "13_mixed.txt",
    ROOT / "tests" / "data" / "blind26" / "16_mixed.txt",
    *(ROOT / "tests" / "data" / "blind27" / f"{n}_mixed.txt" for n in (13, 16)),
    *(ROOT / "tests" / "data" / "blind28" / f"{n}_mixed.txt" for n in (14, 16)),
    ROOT / "tests" / "data" / "blind29" / "15_mixed.txt",
    *(ROOT / "tests" / "data" / "blind30" / f"{n}_mixed.txt" for n in (14, 15)),
    *(ROOT / "tests" / "data" / "blind31" / f"{n}_mixed.txt" for n in (13, 15)),
    ROOT / "tests" / "data" / "blind32" / "13_mixed.txt",
    *(ROOT / "tests" / "data" / "blind34" / f"{n}_mixed.txt" for n in (14, 15, 16)),
    ROOT / "tests" / "data" / "blind35" / "15_mixed.txt",
    *(ROOT / "tests" / "data" / "blind36" / f"{n}_mixed.txt" for n in (13, 15)),
    *(ROOT / "tests" / "data" / "blind37" / f"{n}_mixed.txt" for n in (13, 16)),
    *(ROOT / "tests" / "data" / "blind38" / f"{n}_mixed.txt" for n in (14, 15)),
    *(ROOT / "tests" / "data" / "blind39" / f"{n}_mixed.txt" for n in (13, 15)),
    *(ROOT / "tests" / "data" / "blind40" / f"{n}_mixed.txt" for n in (13, 15, 16)),
    *(ROOT / "tests" / "data" / "blind41" / f"{n}_mixed.txt" for n in (13, 16)),
    *(ROOT / "tests" / "data" / "blind42" / f"{n}_mixed.txt" for n in (13, 15)),
    *(ROOT / "tests" / "data" / "blind43" / f"{n}_mixed.txt" for n in (14, 15)),
    *(ROOT / "tests" / "data" / "blind44" / f"{n}_mixed.txt" for n in (13, 16)),
    *(
        ROOT / "tests" / "data" / f"blind{s}" / f"{n}_mixed.txt"
        for s in (45, 46, 47, 48)
        for n in (13, 15)
    ),
]
UNSEEN = sorted(
    p
    for folder in ("unseen", "heldout", "blind", *(f"blind{n}" for n in range(2, 49)))
    for p in (ROOT / "tests" / "data" / folder).glob("*.txt")
    if p not in MIXED_REPOSTS
)


@pytest.mark.parametrize("path", MIXED_REPOSTS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_script_repair_mends_a_mixed_repost(path: Path) -> None:
    """A repost that mixes simplified into traditional text gets the simplified characters mended."""
    text = path.read_text(encoding="utf-8")
    repaired = [e for e in clean(text).edits if e.kind == "script"]
    assert len(repaired) >= 8
    assert all(e.after != e.before for e in repaired)


@pytest.mark.parametrize("path", UNSEEN, ids=[f"{p.parent.name}-{p.stem}" for p in UNSEEN])
def test_script_repair_leaves_correct_articles_alone(path: Path) -> None:
    """Articles written correctly, in any script and region, get no script repair."""
    assert "script" not in _kinds(clean(path.read_text(encoding="utf-8")))


def test_a_cantonese_repost_keeps_its_cantonese() -> None:
    text = (
        "佢話啲錢都冇晒，追討无門。警方表示，投資者應該小心，客戶资金已經凍結，声明指會繼續調查。"
    )
    c = clean(text)
    assert "冇晒" in c.text and "無門" in c.text and "資金" in c.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "瑞士錶業協會昨日公布數據，香港鐘錶零售商普遍叫苦。有店員話：「以前遊客眼都唔眨吓就買，"
            "而家會先喺網上格價。」協會指出，香港钟表零售商今年銷售額下跌兩成，多間店舖已經結業，"
            "业主減租亦無補於事，资金周轉越來越難，声明指會繼續觀察。",
            # 鐘 of 鐘錶, not 鍾 (a surname); Cantonese 吓 ("a little") is not 嚇 ("scare").
            ["香港鐘表零售商", "眨吓", "資金"],
            id="the-form-of-the-word-it-is-in",
        ),
        pytest.param(
            "巴黎塞納河上的三處公共游泳區今天正式開放，這是該河自一百年前禁止下水以來首次對公眾開放。"
            "市長在記者會上表示，經過多年整治，河水的水質已经達標，声明指市府會持續监测。",
            # 游 is also the simplified form of 遊, but 游泳 is written with 游 in both scripts.
            ["公共游泳區", "已經", "監測"],
            id="a-character-of-both-scripts-in-a-word-that-keeps-it",
        ),
    ],
)
def test_a_mended_repost_reads_as_its_words_are_written(text: str, kept: list[str]) -> None:
    cleaned = clean(text).text
    assert all(word in cleaned for word in kept), cleaned


def test_a_paragraph_about_copying_is_no_footer() -> None:
    body = (
        "當地時間周三，法院認定該公司未經許可使用數十萬首受版權保護的錄音訓練模型，不構成合理使用，"
        "這是美國法院首次在生成式AI音樂案件中就這一問題表態，業界預計原告將乘勝追擊，被告則表示會上訴。"
    )
    c = clean(f"法院裁定AI訓練侵權\n{body}\n未經授權，不得轉載。")
    assert [c.text[f.start : f.end] for f in c.furniture] == ["未經授權，不得轉載。"]
