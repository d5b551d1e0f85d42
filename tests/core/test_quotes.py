"""Quotes: every quotation found, speech told from terms, speakers only where the text says."""

from __future__ import annotations

import pytest

from reader.core.analysis import analyse
from reader.core.document import build, open_document
from reader.core.quotes import Quote, find_spans


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        pytest.param("他说：“我们会坚持。”然后离开。", ["我们会坚持。"], id="mainland-curly"),
        pytest.param("她說：「政府會全力支持。」", ["政府會全力支持。"], id="taiwan-corner"),
        pytest.param(
            "他表示：“所谓‘脱钩’并不现实。”", ["所谓‘脱钩’并不现实。"], id="nested-single-in-double"
        ),
        pytest.param(
            "她說：「他告訴我『不要放棄』。」", ["他告訴我『不要放棄』。"], id="nested-corner"
        ),
        pytest.param('他說："這是錯誤的。"', ["這是錯誤的。"], id="straight-quotes"),
        pytest.param("他說：＂這是錯誤的。＂", ["這是錯誤的。"], id="full-width-straight"),
        pytest.param("他說：〝這是錯誤的。〞", ["這是錯誤的。"], id="double-prime"),
        pytest.param("他写了《停止崇拜美国巨头》一文。", [], id="book-title-is-no-quote"),
        pytest.param("他说：“这是一个错误", ["这是一个错误"], id="lost-closing-mark"),
        pytest.param(
            "他表示：“開源會加速普及。“目前百度計劃開源。",
            ["開源會加速普及。"],
            id="wrong-direction-closing-mark",
        ),
        pytest.param(
            "“我們曾使用Llama，”他說，“現在不用了。”",
            ["我們曾使用Llama，", "現在不用了。"],
            id="split-quote",
        ),
        pytest.param("“蒸馏”不等于“窃取”", ["蒸馏", "窃取"], id="two-terms"),
    ],
)
def test_find_spans(text: str, inner: list[str]) -> None:
    spans = find_spans(text)
    got = [text[s + 1 : c if c is not None else e] for s, e, c in spans]
    assert got == inner
    for s, e, _ in spans:
        assert text[s] in '“「"＂〝'
        assert e <= len(text)


def _quotes(text: str) -> list[Quote]:
    return list(analyse(build(text)).quotes)


def _speech(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in _quotes(text) if q.kind == "speech"]


# (text, [(quote text, kind, speaker)])
ATTRIBUTION = [
    pytest.param(
        "環保週明日開幕\n活動主題：推廣「綠色生活」，市民可免費參加。",
        [("綠色生活", "term", None)],
        id="a-label-and-colon-is-no-speaker",
    ),
    pytest.param(
        "外交部發言人毛寧表示：“中方堅決反對。”",
        [("中方堅決反對。", "speech", "Mao Ning")],
        id="speaker-verb-colon",
    ),
    pytest.param(
        "“我们不会离开中国市场，”黄仁勋说，“中国是非常重要的市场。”",
        [
            ("我们不会离开中国市场，", "speech", "Jensen Huang"),
            ("中国是非常重要的市场。", "speech", "Jensen Huang"),
        ],
        id="split-quote-speaker-between",
    ),
    pytest.param(
        "“这只是开始。”特斯拉首席执行官马斯克在X上写道。",
        [("这只是开始。", "speech", "Elon Musk")],
        id="speaker-after",
    ),
    pytest.param(
        "行政長官李家超在記者會上說：「香港會繼續保持開放。」",
        [("香港會繼續保持開放。", "speech", "John Lee")],
        id="hong-kong-press-conference",
    ),
    pytest.param(
        "華中科技大學教授張建國週一發表演講。他說：「這項技術還不成熟，需要時間。」",
        [("這項技術還不成熟，需要時間。", "speech", "張建國")],
        id="pronoun-he",
    ),
    pytest.param(
        "欧盟委员会主席冯德莱恩周二在布鲁塞尔发表讲话。“这只是开始，不是结束。”她补充说。",
        [("这只是开始，不是结束。", "speech", "Ursula von der Leyen")],
        id="pronoun-she-after",
    ),
    pytest.param(
        "据英伟达介绍，“新芯片的功耗降低了一半以上”。",
        [("新芯片的功耗降低了一半以上", "speech", "NVIDIA")],
        id="according-to",
    ),
    pytest.param(
        "《纽约时报》的专栏文章认为，美国应当“停止崇拜科技巨头，重新拥抱竞争”。",
        [("停止崇拜科技巨头，重新拥抱竞争", "speech", "The New York Times")],
        id="column-attributed-to-its-paper",
    ),
    pytest.param(
        "川普週三在白宮受訪時表示，「關稅是最美的字眼」，並喊話國會支持。",
        [("關稅是最美的字眼", "speech", "Donald Trump")],
        id="taiwan-interview",
    ),
    pytest.param(
        "有分析人士指出：“芯片管制的效果非常有限。”",
        [("芯片管制的效果非常有限。", "speech", None)],
        id="unnamed-source-stays-unattributed",
    ),
    pytest.param(
        "美國總統週二稱這是“很積極的技術成果”。",
        [("很積極的技術成果", "speech", None)],
        id="title-without-name-is-not-guessed",
    ),
    pytest.param(
        "这种做法被称为“蒸馏”，在业内很常见。",
        [("蒸馏", "term", None)],
        id="term-called",
    ),
    pytest.param(
        "所謂的「霸權」，其實是一種焦慮。",
        [("霸權", "term", None)],
        id="term-so-called",
    ),
    pytest.param(
        "OpenAI 在聲明中稱，中國公司一直試圖“蒸餾”美國模型。",
        [("蒸餾", "term", None)],
        id="term-inside-reported-speech",
    ),
    pytest.param(
        "Sam Altman 發文稱 DeepSeek 的模型“令人印象深刻”。",
        [("令人印象深刻", "speech", "Sam Altman")],
        id="fragment-after-verb-is-speech",
    ),
    pytest.param(
        "英伟达股价一度“股灾”式下跌。",
        [("股灾", "term", None)],
        id="term-as-modifier",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTION)
def test_attribution(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = [(q.text, q.kind, q.speaker) for q in _quotes(text)]
    assert got == expected


def test_quote_only_paragraph_continues_the_speaker() -> None:
    text = "国务院总理李强在会上表示：\n“中国经济长期向好的基本面没有改变。”\n"
    assert _speech(text) == [("中国经济长期向好的基本面没有改变。", "Li Qiang")]


def test_quote_only_paragraph_after_one_person_spoken_of_is_theirs() -> None:
    text = "茶農林大華正在和設計公司商量新包裝。他打算明年試水自有品牌。\n「做了三十年茶，總不能一直替人做嫁衣。」\n"
    assert _speech(text) == [("做了三十年茶，總不能一直替人做嫁衣。", "林大華")]


def test_quote_only_paragraph_after_two_people_spoken_of_is_nobody_s() -> None:
    text = "茶農林大華和陳小明正在商量新包裝。兩人打算明年試水自有品牌。\n「做了三十年茶，總不能一直替人做嫁衣。」\n"
    assert _speech(text) == [("做了三十年茶，總不能一直替人做嫁衣。", None)]


def test_quote_only_paragraph_after_reported_speech_with_a_term() -> None:
    doc = build(
        "研究員林嘉明表示，這類事件是典型的「灰色地帶」手段。林嘉明說，海纜已成為最脆弱的一環。\n"
        "「切斷一條海纜的成本很低，但造成的心理效果遠大於實際損失。」\n"
    )
    quotes = analyse(doc).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("term", None), ("speech", "林嘉明")]


def test_a_headline_quote_after_a_role_is_said_by_its_body_speaker() -> None:
    said = build(
        "漁護署研延長休漁期 漁民：「再停多個月真係冇得撈」\n"
        "漁民互助會主席鄧福成說：「休漁期冇收入，再停多個月真係冇得撈。」\n"
    )
    assert [q.speaker for q in analyse(said).quotes] == ["鄧福成", "鄧福成"]
    # Only after a role and a colon: 科學家呼籲「…」 names nobody in particular.
    called = build(
        "天山冰川退縮 科學家呼籲「與時間賽跑」\n研究員陳立明說：「我們是在與時間賽跑。」\n"
    )
    assert [q.speaker for q in analyse(called).quotes] == [None, "陳立明"]


def test_a_headline_quote_shortened_from_the_body_is_said_by_its_body_speaker() -> None:
    said = build(
        "新型火箭首飛失利 研發團隊：「要一幀一幀地還原」\n"
        "秦立峰在發布會上說：「這種波動我們從來沒見過，現在要把數據一幀一幀地還原。」\n"
    )
    assert [q.speaker for q in analyse(said).quotes] == ["秦立峰", "秦立峰"]
    # Words the body shares only a phrase of are not the body speaker's.
    other = build(
        "新型火箭首飛失利 專家：「商業航天仍要交學費」\n"
        "秦立峰在發布會上說：「我們會把數據一幀一幀地還原，查清原因。」\n"
    )
    assert [q.speaker for q in analyse(other).quotes] == [None, "秦立峰"]


def test_a_headline_quote_closest_to_unnamed_words_is_nobody_s() -> None:
    doc = build(
        "大廈漏水 街坊：「政府要盡快處理漏水問題」\n"
        "一名街坊說：「政府要盡快處理漏水問題，我們等了三個月。」\n"
        "區議員陳大文表示：「政府要盡快交代事件。」\n"
    )
    assert [q.speaker for q in analyse(doc).quotes] == [None, None, "陳大文"]


def test_a_headline_role_is_whoever_says_the_words_not_the_one_given_the_role() -> None:
    said = build(
        "地鐵試行靜音車廂 乘客：「希望不只是貼個標識」\n"
        "上班族譚小玲說：「希望不只是貼個標識。」\n"
        "另一位乘客劉志遠則認為，要求有些理想化。\n"
    )
    assert [q.speaker for q in analyse(said).quotes][:2] == ["譚小玲", "譚小玲"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "新界北收地 菜農嘆「冇地可耕」\n在古洞務農的菜農鄧志強說，政府收地後「冇地可耕」。",
            ("冇地可耕", "speech", "鄧志強"),
            id="a-role-s-sigh-is-said-by-whoever-says-it-in-the-body",
        ),
        pytest.param(
            "本港再錄輸入個案 衞生署籲市民外遊「做足防蚊」\n衞生署表示，市民外遊要小心。",
            ("做足防蚊", "speech", "Department of Health (Hong Kong)"),
            id="a-named-body-s-appeal",
        ),
        pytest.param(
            "捐贈登記下跌 病人組織促研「預設同意」機制\n病人組織昨日表示，要研究預設同意。",
            ("預設同意", "term", None),
            id="the-name-of-what-another-verb-acts-on",
        ),
        pytest.param(
            "前經紀騙長者 判囚六年 官斥「冷血無情」\n裁判官何慧玲判刑時斥被告「冷血無情」。",
            ("冷血無情", "speech", "何慧玲"),
            id="one-character-role-then-verb",
        ),
        pytest.param(
            "議員選舉 何志明、鄧美玲互批「抹黑」\n何志明說，對手「抹黑」。",
            ("抹黑", "speech", None),
            id="each-says-it-of-the-other",
        ),
    ],
)
def test_a_headline_s_one_character_verb_of_saying(text: str, expected: tuple) -> None:
    head = [(q.text, q.kind, q.speaker) for q in _quotes(text) if q.paragraph == 0]
    assert head == [expected]


def test_quote_never_swallows_the_next_paragraph() -> None:
    text = "马斯克在X上发文称：“这是一个错误\n第二段没有引号，也没有说话的人。\n"
    quotes = _quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == "这是一个错误" and q.speaker == "Elon Musk" and q.paragraph == 0
    assert text[q.start : q.end] == "“这是一个错误"


def test_offsets_cover_the_marks() -> None:
    text = "標題\n他說：「我們會堅持。」\n"
    doc = build(text)
    (q,) = analyse(doc).quotes
    assert doc.text[q.start : q.end] == "「我們會堅持。」"
    assert q.paragraph == 1


# Quotes a careful reader attributes in the seeds: (seed, start of the quote, speaker).
SEED_QUOTES = [
    pytest.param("001", "這意味著它們", "Ritwik Gupta", id="001-gupta-after"),
    pytest.param("001", "開源和閉源競爭", "Eric Schmidt", id="001-schmidt-he-said"),
    pytest.param("001", "令人印象深刻", "Sam Altman", id="001-altman"),
    pytest.param("001", "很積極的技術成果", None, id="001-president-unnamed"),
    pytest.param("000", "與開源和自由相比", "Marc Andreessen", id="000-andreessen"),
    pytest.param("003", "將美國客戶數據帶回中國", "Joshua Kushner", id="003-kushner"),
    pytest.param("004", "開源會激發大眾", "Robin Li", id="004-robin-li-pronoun"),
    pytest.param("004", "當前中國最優模型", "阿姆爾·阿瓦達拉", id="004-split-second-part"),
]


@pytest.fixture(scope="module")
def seed_quotes(seed_paths) -> dict[str, list[Quote]]:
    return {p.name[:3]: list(analyse(open_document(p)).quotes) for p in seed_paths}


@pytest.mark.parametrize(("seed", "opening", "speaker"), SEED_QUOTES)
def test_seed_quotes(seed_quotes, seed: str, opening: str, speaker: str | None) -> None:
    (q,) = [q for q in seed_quotes[seed] if q.text.startswith(opening)]
    assert q.kind == "speech"
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("seed", "term"),
    [pytest.param("001", "蒸餾", id="001-distil"), pytest.param("001", "霸權", id="001-hegemony")],
)
def test_seed_terms(seed_quotes, seed: str, term: str) -> None:
    hits = [q for q in seed_quotes[seed] if q.text == term]
    assert hits and all(q.kind == "term" and q.speaker is None for q in hits)


def test_seed_quotes_stay_in_their_paragraph(seed_paths) -> None:
    for p in seed_paths:
        doc = open_document(p)
        for q in analyse(doc).quotes:
            para = doc.paragraphs[q.paragraph]
            assert para.start <= q.start < q.end <= para.end
            assert q.text in doc.text[q.start : q.end]


# Rules added for unseen news: (text, [(quote, kind, speaker)]).
MORE = [
    pytest.param(
        "證監會：「市場運作暢順。」",
        [("市場運作暢順。", "speech", "Securities and Futures Commission")],
        id="headline-actor-colon",
    ),
    pytest.param(
        "科大讯飞副总裁：“明年推出新产品”\n科大讯飞副总裁江文涛表示，研发投入将继续增加。",
        [("明年推出新产品", "speech", "江文涛")],
        id="headline-role-resolved-later",
    ),
    pytest.param(
        "海关总署相关负责人表示，今年前五个月进出口总体平稳，外贸企业订单有所回升，"
        "“全年目标有信心完成”。",
        [("全年目标有信心完成", "speech", "General Administration of Customs")],
        id="long-indirect-speech-then-quote",
    ),
    pytest.param(
        "教授許志明認為，這項政策「相當務實」，但他也指出，配套「還要再加強」。",
        [("相當務實", "speech", "許志明"), ("還要再加強", "speech", "許志明")],
        id="partial-quotes-keep-their-speaker",
    ),
    pytest.param(
        "議員梁國雄指出，租金持續上升。「基層市民根本負擔不起，政府要盡快處理。」",
        [("基層市民根本負擔不起，政府要盡快處理。", "speech", "梁國雄")],
        id="quoted-sentence-continues-indirect-speech",
    ),
    pytest.param(
        "局長黃偉倫又指，計劃會分階段推行，「唔會一次過落實」。",
        [("唔會一次過落實", "speech", "黃偉倫")],
        id="hong-kong-you-zhi",
    ),
    pytest.param(
        "文／宋立凡\n我在專欄裡寫過：“市場永遠比政策跑得快。”",
        [("市場永遠比政策跑得快。", "speech", "宋立凡")],
        id="column-author-is-i",
    ),
    pytest.param(
        "一位工程师跟我说：“这个方案太贵了。”",
        [("这个方案太贵了。", "speech", None)],
        id="i-as-addressee-is-no-speaker",
    ),
    pytest.param(
        "營運長陳怡安說：「客戶常跟我們說『交貨太慢了，怎麼辦』，所以我們擴廠。」",
        [
            ("客戶常跟我們說『交貨太慢了，怎麼辦』，所以我們擴廠。", "speech", "陳怡安"),
            ("交貨太慢了，怎麼辦", "speech", None),
        ],
        id="nested-saying",
    ),
    pytest.param(
        "主任周明德说：“大家常讲‘稳中求进’，关键在落实。”",
        [
            ("大家常讲‘稳中求进’，关键在落实。", "speech", "周明德"),
            ("稳中求进", "term", None),
        ],
        id="nested-slogan-is-a-term",
    ),
    pytest.param(
        "研究員王志強認為，「數位落差」的問題依然突出。",
        [("數位落差", "term", None)],
        id="sentence-runs-on-from-the-quote-term",
    ),
    pytest.param(
        "教授李文華指出，“共同富裕”能否实现，取决于分配制度。",
        [("共同富裕", "term", None)],
        id="quote-as-subject-is-a-term",
    ),
    pytest.param(
        "市长陈建仁昨日出席活动。“高雄会更好”他说。",
        [("高雄会更好", "speech", "陈建仁")],
        id="speaker-right-after-a-quote-stays-speech",
    ),
    pytest.param(
        "隊長林志明說：「教練一直跟我說『相信自己』，我們做到了。」",
        [
            ("教練一直跟我說『相信自己』，我們做到了。", "speech", "林志明"),
            ("相信自己", "speech", None),
        ],
        id="nested-words-told-are-speech",
    ),
    pytest.param(
        "所长钟文说：“大家最后都要为‘产能外移’买单。”",
        [("大家最后都要为‘产能外移’买单。", "speech", "钟文"), ("产能外移", "term", None)],
        id="nested-run-on-is-a-term",
    ),
    pytest.param(
        "教授周明說：「大家常說『數據為王』，但數據也會騙人。」",
        [("大家常說『數據為王』，但數據也會騙人。", "speech", "周明"), ("數據為王", "term", None)],
        id="nested-catchphrase-is-a-term",
    ),
    pytest.param(
        "教授韓立冬認為，改革仍需時間。他稱，醫保要「把錢花在預防上」。",
        [("把錢花在預防上", "speech", "韓立冬")],
        id="pronoun-glued-to-its-verb",
    ),
    pytest.param(
        "鼎泰建設昨晚發出聲明。該公司稱，工期延誤「受原物料上漲影響」。",
        [("受原物料上漲影響", "speech", "鼎泰建設")],
        id="the-company-in-two-words",
    ),
    pytest.param(
        "球員林志明的經紀人表示：「他需要休息。」",
        [("他需要休息。", "speech", None)],
        id="someone-of-a-person-is-not-that-person",
    ),
    pytest.param(
        "部長王美華指出，政府已撥款補助台電，並呼籲在野黨「不要讓電價問題政治化」。",
        [("不要讓電價問題政治化", "speech", "王美華")],
        id="joined-verb-keeps-the-first-subject",
    ),
    pytest.param(
        "三名男子冒充稅務局職員，在電話中恐嚇事主「你的帳戶涉及洗錢」。",
        [("你的帳戶涉及洗錢", "speech", None)],
        id="object-of-a-verb-is-not-the-speaker",
    ),
    pytest.param(
        "總統府賀電：「全民與你們同在」\n總統府昨晚發出賀電。",
        [("全民與你們同在", "speech", "Presidential Office (Taiwan)")],
        id="headline-actor-and-saying-noun",
    ),
    pytest.param(
        "法官：「手法卑劣」\n區域法院法官陳美玲判刑時稱，案件性質嚴重。",
        [("手法卑劣", "speech", "陳美玲")],
        id="headline-role-named-in-the-article",
    ),
    pytest.param(
        "業界：「生意難做」\n零售業界人士表示，租金仍高。",
        [("生意難做", "speech", None)],
        id="headline-unnamed-speaker-stays-null",
    ),
    pytest.param(
        "美聯：「樓價見底」\n美聯物業首席分析師表示，成交回升。",
        [("樓價見底", "speech", "美聯物業")],
        id="headline-short-form-of-an-organisation",
    ),
    pytest.param(
        "《經濟學人》的社論認為，補貼難以持久。各國財政都很緊張，「這種競賽最後沒有贏家」。",
        [("這種競賽最後沒有贏家", "speech", "The Economist")],
        id="quote-closing-a-later-sentence-of-the-view",
    ),
    pytest.param(
        "會場外人潮不斷。有人排隊三小時，「這種熱度真的很少見，大家都很興奮」。",
        [("這種熱度真的很少見，大家都很興奮", "speech", None)],
        id="no-view-reported-no-speaker",
    ),
    pytest.param(
        "區議員黃德明出席居民大會時說，計劃是「一個冇諗清楚嘅方案」，要求署方交代。",
        [("一個冇諗清楚嘅方案", "speech", "黃德明")],
        id="verb-glued-to-shi-in-segmentation",
    ),
    pytest.param(
        "市議員吳秀蘭質詢時喊話局長許志平：「請你給市民一個交代。」",
        [("請你給市民一個交代。", "speech", "吳秀蘭")],
        id="the-one-spoken-to-before-the-colon-is-no-speaker",
    ),
    pytest.param(
        "新片首映 男主角：「拍完瘦咗十磅」\n"
        "飾演警察的男主角余浩然接受訪問時表示，角色需要大量體能訓練。",
        [("拍完瘦咗十磅", "speech", "余浩然")],
        id="headline-phrase-the-article-names-someone-after",
    ),
    pytest.param(
        "新館開幕 首任館長：「希望成為市民的客廳」\n"
        "圖書館昨日啟用，館長馮嘉欣表示，館內設有自修室和兒童閱讀區。",
        [("希望成為市民的客廳", "speech", "馮嘉欣")],
        id="headline-phrase-ending-in-a-role-the-article-names",
    ),
    pytest.param(
        "美國總統拜登在社交媒體上祝賀，形容這次發射「非常成功，令人振奮」。",
        [("非常成功，令人振奮", "speech", "Joe Biden")],
        id="describing-as-speech",
    ),
    pytest.param(
        "肯尼亚选手约瑟芬·基普罗蒂奇（Josephine Kiprotich）夺冠。\n"
        "基普罗蒂奇赛后说：“最后两公里非常艰难。”\n“我明年还会再来。”",
        [
            ("最后两公里非常艰难。", "speech", "Josephine Kiprotich"),
            ("我明年还会再来。", "speech", "Josephine Kiprotich"),
        ],
        id="verb-before-the-colon-is-no-headline",
    ),
    pytest.param(
        "衞生署發言人回應時說，衞生署「絕不容許」無牌診所營業。",
        [("絕不容許", "speech", "Department of Health (Hong Kong)")],
        id="quoted-words-an-actor-says-it-does",
    ),
    pytest.param(
        "分析指，華為「鴻蒙」系統的份額持續上升。",
        [("鴻蒙", "term", None)],
        id="quoted-name-after-an-actor-is-a-term",
    ),
    pytest.param(
        "路政署發言人回覆查詢時表示，署方「會盡快完成維修」。",
        [("會盡快完成維修", "speech", "Highways Department")],
        id="the-body-s-side-speaks-for-it",
    ),
    pytest.param(
        "華星銀行與大通證券均公布業績。該行表示：「淨息差收窄。」",
        [("淨息差收窄。", "speech", "華星銀行")],
        id="this-bank-is-the-last-bank-named",
    ),
    pytest.param(
        "立法會議員林國強接受《星島日報》訪問時稱：「方案要再諮詢。」",
        [("方案要再諮詢。", "speech", "林國強")],
        id="the-paper-that-interviews-is-no-speaker",
    ),
    pytest.param(
        "衞生署署長林文健向路透社表示，「疫情已經受控」。",
        [("疫情已經受控", "speech", "林文健")],
        id="the-agency-spoken-to-is-no-speaker",
    ),
    pytest.param(
        "府發言人陳怡君轉述市長黃偉哲的話說，「防汛工作不能鬆懈」。",
        [("防汛工作不能鬆懈", "speech", "黃偉哲")],
        id="words-passed-on-are-their-author-s",
    ),
    pytest.param(
        "住在深水埗的何女士（化名）向本報表示：「加租加到頂唔順。」",
        [("加租加到頂唔順。", "speech", "何女士")],
        id="surname-and-honorific-speaks",
    ),
    pytest.param(
        "局長梁振華表示，政府會「盡快研究」延長計劃。",
        [("盡快研究", "speech", "梁振華")],
        id="quoted-words-after-a-modal-are-what-is-said",
    ),
    pytest.param(
        "警政署科長易文德提醒，「來路不明的連結不要點」；該署也呼籲，「有疑問先打165」。",
        [
            ("來路不明的連結不要點", "speech", "易文德"),
            ("有疑問先打165", "speech", "National Police Agency (Taiwan)"),
        ],
        id="a-second-verb-with-its-own-subject",
    ),
    pytest.param(
        "導演艾莉森·格林（Alison Green）致詞時說：「阿丁的劇本改變了我。」她表示，「明年再合作」。",
        [
            ("阿丁的劇本改變了我。", "speech", "Alison Green"),
            ("明年再合作", "speech", "Alison Green"),
        ],
        id="a-pronoun-never-stands-for-a-name-inside-a-quote",
    ),
    pytest.param(
        "外交部发言人在例行记者会上就欧盟委员会的决定答记者问时表示，“我们坚决反对”。",
        [("我们坚决反对", "speech", "外交部")],
        id="the-topic-after-jiu-is-no-speaker",
    ),
    pytest.param(
        "宏達電子股份有限公司（下稱「宏達電子」）今日公告，董事長林國棟表示，「訂單穩定」。",
        [("宏達電子", "term", None), ("訂單穩定", "speech", "林國棟")],
        id="short-form-named-in-quotes-is-a-term",
    ),
    pytest.param(
        "有觀塘居民向本報反映，工程噪音令他們「日日都瞓唔著」。",
        [("日日都瞓唔著", "speech", None)],
        id="cantonese-words-were-said",
    ),
    pytest.param(
        "總統在社群平台「真實社群」（Truth Social）發文，批評央行「動作太慢」。",
        [("真實社群", "term", None), ("動作太慢", "speech", None)],
        id="a-quoted-name-with-its-latin-gloss-is-a-term",
    ),
    pytest.param(
        "衞生署署長林文健表示，市民應每週一次「翻盆倒罐」，並組織了20支「滅蚊隊」。",
        [("翻盆倒罐", "term", None), ("滅蚊隊", "term", None)],
        id="things-counted-are-terms",
    ),
    pytest.param(
        "議員黃美琪質疑，當局事前「完全沒有準備」這次颱風。",
        [("完全沒有準備", "speech", "黃美琪")],
        id="quoted-words-opening-with-an-adverb-are-said",
    ),
    pytest.param(
        "公司不排除採取「先易後難、分段推進」的模式。",
        [("先易後難、分段推進", "term", None)],
        id="words-that-qualify-a-noun-are-a-term",
    ),
    pytest.param(
        "醫院發言人說，院方已啟動「寒冬應變方案」，暫停部分手術。",
        [("寒冬應變方案", "term", None)],
        id="the-name-of-what-is-launched-is-a-term",
    ),
    pytest.param(
        "82歲的何振邦到庭聽判。何伯在庭外說：「我等咗三年。」他的兒子則稱，「爸爸成日瞓唔著」。",
        [("我等咗三年。", "speech", "何振邦"), ("爸爸成日瞓唔著", "speech", None)],
        id="honorific-of-the-one-with-that-surname-and-their-son",
    ),
    pytest.param(
        "石灣街道辦事處一名工作人員告訴記者，「明天會派人清理」。",
        [("明天會派人清理", "speech", None)],
        id="one-unnamed-person-of-a-body",
    ),
    pytest.param(
        "消防處處長黃國強表示，火勢已受控，調查仍在進行。\n「我們會全力找出起火原因。」",
        [("我們會全力找出起火原因。", "speech", "黃國強")],
        id="quote-only-paragraph-after-reported-speech",
    ),
    pytest.param(
        "單親媽媽阿玲（化名）說：「租金已經食咗我一半人工。」",
        [("租金已經食咗我一半人工。", "speech", "阿玲")],
        id="pseudonym",
    ),
    pytest.param(
        "歐盟峰會落幕 馮德萊恩：關稅「不會讓步」",
        [("不會讓步", "speech", "Ursula von der Leyen")],
        id="name-and-colon-earlier-in-the-headline",
    ),
    pytest.param(
        "研究員安娜·霍爾（Anna Hall）接受英國廣播公司（BBC）採訪時說：「結果令人鼓舞。」",
        [("結果令人鼓舞。", "speech", "Anna Hall")],
        id="the-broadcaster-and-its-gloss-are-spoken-to",
    ),
    pytest.param(
        "教授彼得·詹森（Peter Jensen）對丹麥《政治報》（Politiken）表示：「這不是奇蹟。」",
        [("這不是奇蹟。", "speech", "Peter Jensen")],
        id="the-paper-spoken-to-after-its-country",
    ),
    pytest.param(
        "一名排隊的旅客對共同社表示：「等了兩個小時，還是值得。」",
        [("等了兩個小時，還是值得。", "speech", None)],
        id="the-agency-spoken-to-before-said-and-colon",
    ),
    pytest.param(
        "消防處發言人回應HK01查詢時表示，會「全力搜救」。",
        [("全力搜救", "speech", "Fire Services Department")],
        id="the-medium-whose-enquiry-is-answered-is-no-speaker",
    ),
    pytest.param(
        "市教育局相关负责人表示，将加强监管。“家长不要轻信。”该负责人说。",
        [("家长不要轻信。", "speech", "教育局")],
        id="the-official-in-charge-speaks-for-the-body",
    ),
    pytest.param(
        "記者到店查詢，職員稱老闆「已經走咗」。",
        [("已經走咗", "speech", None)],
        id="unnamed-staff-speak-for-themselves",
    ),
    pytest.param(
        "法官方慧玲判刑時直斥被告「專挑長者落手」。",
        [("專挑長者落手", "speech", "方慧玲")],
        id="rebuking-is-saying",
    ),
    pytest.param(
        "臺灣新竹地方法院昨日宣判。合議庭認為，被告「應比一般人更重視公正」。",
        [("應比一般人更重視公正", "speech", "臺灣新竹地方法院")],
        id="the-bench-speaks-for-the-court",
    ),
    pytest.param(
        "“电池没到我们手里。”湖南一家企业——湘南循环科技有限公司（下称“湘南循环”）总经理覃志钊对记者说。",
        [("电池没到我们手里。", "speech", "覃志钊"), ("湘南循环", "term", None)],
        id="a-name-given-in-brackets-says-nothing",
    ),
    pytest.param(
        "法官馮惠儀判刑時指案情嚴重。她斥被告「貪得無厭」，又說：「法庭必須重判。」",
        [("貪得無厭", "speech", "馮惠儀"), ("法庭必須重判。", "speech", "馮惠儀")],
        id="and-also-said-after-a-quote",
    ),
    pytest.param(
        "“这个溢价能维持多久，没有人知道。”新加坡资产管理公司Harbor Crest Capital合伙人林志远（Samuel Lim）说。",
        [("这个溢价能维持多久，没有人知道。", "speech", "Samuel Lim")],
        id="a-long-speaker-phrase-after-the-quote",
    ),
    pytest.param(
        "法官石惠儀判刑時指，被告「手法卑劣」。",
        [("手法卑劣", "speech", "石惠儀")],
        id="said-glued-to-when",
    ),
    pytest.param(
        "運輸署昨日宣布加價。署方指，「加幅屬合理」。",
        [("加幅屬合理", "speech", "Transport Department (Hong Kong)")],
        id="the-body-s-side-glued-to-said",
    ),
    pytest.param(
        "議員林美華暗批對手「只懂空談」。對手則在臉書反擊，指她「以抹黑代替政見」。",
        [("只懂空談", "speech", "林美華"), ("以抹黑代替政見", "speech", None)],
        id="the-one-criticised-is-no-speaker",
    ),
    pytest.param(
        "水務署（水署）發言人表示，已加強巡查。發言人又提醒，「切勿飲用未煮沸的水」。",
        [("切勿飲用未煮沸的水", "speech", "Water Supplies Department")],
        id="the-spokesperson-again-speaks-for-the-body",
    ),
    pytest.param(
        "「她總是最早看到問題。」Kinetra技術長Marcus Lee在領英（LinkedIn）發文寫道。",
        [("她總是最早看到問題。", "speech", "Marcus Lee")],
        id="a-platform-and-its-gloss-are-no-speaker",
    ),
    pytest.param(
        "投手林志豪賽後表示，「主場氣氛好好」。賽後不少網友留言「這個洋投太可愛」。",
        [("主場氣氛好好", "speech", "林志豪"), ("這個洋投太可愛", "speech", None)],
        id="unnamed-people-speak-after-a-name",
    ),
    pytest.param(
        "檢方起訴首腦周國雄。一名曾任車手的17歲少年也遭起訴。他說，「進去之後證件都被收走」。",
        [("進去之後證件都被收走", "speech", None)],
        id="he-is-the-unnamed-one-just-introduced",
    ),
    pytest.param(
        "北區收地 農戶憂「無地可耕」 地政總署稱會安置",
        [("無地可耕", "speech", None)],
        id="a-headline-clause-after-a-space-has-its-own-speaker",
    ),
    pytest.param(
        "關注組發言人李嘉欣表示，市府早已承諾推出「社區公園計劃」，但至今只完成一半，"
        "「公園都未起好，就先封路，完全本末倒置」。",
        [
            ("社區公園計劃", "term", None),
            ("公園都未起好，就先封路，完全本末倒置", "speech", "李嘉欣"),
        ],
        id="a-promise-to-act-says-no-words",
    ),
    pytest.param(
        "縣長張文彬今天視察災區，他承諾「救災物資一定不會斷」。",
        [("救災物資一定不會斷", "speech", "張文彬")],
        id="a-promise-of-words",
    ),
    pytest.param(
        "張志強表示很開心。賽後接受採訪時，他仍難掩激動：「最後50米其實已經很累了。」",
        [("最後50米其實已經很累了。", "speech", "張志強")],
        id="a-colon-after-a-clause-without-a-verb-of-saying",
    ),
    pytest.param(
        "总经理刘建华给记者算了一笔账：目前每公斤35元，“光燃料成本就高出一倍多，没有补贴撑不住”。",
        [("光燃料成本就高出一倍多，没有补贴撑不住", "speech", "刘建华")],
        id="a-colon-earlier-in-the-sentence",
    ),
    pytest.param(
        "選手王小明奪冠。這位已經28歲的選手在混合區說：「年輕人衝得很猛。」",
        [("年輕人衝得很猛。", "speech", "王小明")],
        id="this-person-is-the-one-just-named",
    ),
    pytest.param(
        "警方拘捕了陳大文。一位住在附近的老人告訴記者，她很害怕。「我晚上都唔敢出街。」這位老人說。",
        [("我晚上都唔敢出街。", "speech", None)],
        id="this-person-is-the-unnamed-one-introduced-since",
    ),
    pytest.param(
        "教師李美玲表示會堅持。她續說：「學生需要我們。」",
        [("學生需要我們。", "speech", "李美玲")],
        id="a-pronoun-glued-to-continue",
    ),
    pytest.param(
        "香港泳手歐陽家晴奪得銀牌。有「蝶泳小飛魚」之稱的家晴賽後難掩興奮：「我做到喇！」"
        "她坦言最後15米「手腳都冇晒力」。",
        [
            ("蝶泳小飛魚", "term", None),
            ("我做到喇！", "speech", "歐陽家晴"),
            ("手腳都冇晒力", "speech", "歐陽家晴"),
        ],
        id="a-nickname-and-a-length-say-nothing",
    ),
    pytest.param(
        "拓展署發言人在聲明中指出，斜坡「仍有移動跡象」，已建議業主盡快維修，並會安排人員「全日監察」。",
        [("仍有移動跡象", "speech", "拓展署"), ("全日監察", "speech", "拓展署")],
        id="the-same-subject-goes-on-after-an-adverb",
    ),
    pytest.param(
        "立委林美華在臉書發文，直言「老師不是鐵人」，要求教育部針對學校「不要只是勸說」。",
        [("老師不是鐵人", "speech", "林美華"), ("不要只是勸說", "speech", "林美華")],
        id="the-same-subject-goes-on-after-a-comma",
    ),
    pytest.param(
        "该校食堂由深圳市禾丰餐饮管理有限公司（下称“禾丰餐饮”）承包。禾丰餐饮一名负责人回应称，公司“愿意配合调查，接受处罚”。",
        [
            ("禾丰餐饮", "term", None),
            ("愿意配合调查，接受处罚", "speech", "深圳市禾丰餐饮管理有限公司"),
        ],
        id="one-who-answers-for-a-body-speaks-for-it",
    ),
    pytest.param(
        "在旺角上班的文員何小姐話，成日冇訊號，「客打唔到嚟，今日成單生意冇咗」。",
        [("客打唔到嚟，今日成單生意冇咗", "speech", "何小姐")],
        id="cantonese-says",
    ),
    pytest.param(
        "球會主席樊國豪承認球會「現金流出現短暫困難」，原因是贊助商終止合約，又指磋商「已進入最後階段」。",
        [("現金流出現短暫困難", "speech", "樊國豪"), ("已進入最後階段", "speech", "樊國豪")],
        id="and-he-points-out",
    ),
    pytest.param(
        "後衛梁子健（Ryan）表示，球隊會上訴。Ryan補充：「我哋唔會放棄。」",
        [("我哋唔會放棄。", "speech", "梁子健")],
        id="an-english-name-in-brackets-after-the-chinese-one",
    ),
    pytest.param(
        "業務主管Vincent（杭志遠）表示，訂單增加。「我們明年還要擴廠。」",
        [("我們明年還要擴廠。", "speech", "杭志遠")],
        id="a-chinese-name-in-brackets-after-the-english-one",
    ),
    pytest.param(
        "前員工何詠琪昨日在LinkedIn發文：「十年心血，一夜歸零。」",
        [("十年心血，一夜歸零。", "speech", "何詠琪")],
        id="the-platform-written-on-is-no-speaker",
    ),
    pytest.param(
        "“价格还会再跌。”挪威海运咨询公司北极星航运（Polaris Shipping Analytics）首席分析师"
        "奥拉夫·林德（Olaf Linde）在接受路透社采访时说。",
        [("价格还会再跌。", "speech", "Olaf Linde")],
        id="glosses-do-not-count-towards-the-verb-s-reach",
    ),
    pytest.param(
        "校長莫志明感謝副校長蘇俊傑，並宣布明年擴班。他也透露，「新校舍明年落成」。",
        [("新校舍明年落成", "speech", "莫志明")],
        id="he-is-the-subject-of-the-sentence-before-not-its-last-name",
    ),
    pytest.param(
        "泳手鄧樂兒的母親何太在觀眾席觀戰。她笑言：「佢細個好怕水。」",
        [("佢細個好怕水。", "speech", "何太")],
        id="she-is-the-one-of-theirs-not-the-possessor",
    ),
    pytest.param(
        "前議員譚美儀以些微票數落敗。議員何俊文晚上謝票，他感謝譚美儀「打了一場硬仗」，並說：「我會做好監察。」",
        [("打了一場硬仗", "speech", "何俊文"), ("我會做好監察。", "speech", "何俊文")],
        id="the-subject-of-a-verb-joined-after-a-quote-says-both",
    ),
    pytest.param(
        "有攤販抱怨，生意少了一半，「唔准燒炮仗，邊有氣氛？」對此，主委房麗卿回應，並未禁止。",
        [("唔准燒炮仗，邊有氣氛？", "speech", None)],
        id="a-quote-that-ends-its-sentence-is-not-said-by-the-next-one-s-subject",
    ),
    pytest.param(
        "部長陳建仁表示，將推出「智慧農業轉型方案」，並強調「已經有具體方案」。",
        [("智慧農業轉型方案", "term", None), ("已經有具體方案", "speech", "陳建仁")],
        id="the-name-of-a-scheme-is-a-term-words-about-one-are-said",
    ),
    pytest.param(
        "環保署助理署長林志明表示，環保署將要求業界提交報告，「如果不夠具體，會再審視」。",
        [("如果不夠具體，會再審視", "speech", "林志明")],
        id="a-body-s-verb-inside-what-a-person-reports",
    ),
    pytest.param(
        "消防處處長何偉文提醒市民留意；該處也呼籲，「切勿堵塞走火通道」。",
        [("切勿堵塞走火通道", "speech", "Fire Services Department")],
        id="a-body-that-speaks-for-itself-after-its-chief",
    ),
    pytest.param(
        "市卫健委医政医管处处长蔺家明在发布会上说：“献血是文明的体现。”",
        [("献血是文明的体现。", "speech", "蔺家明")],
        id="a-role-the-segmenter-glued-into-a-verb",
    ),
    pytest.param(
        "截至发稿，被告陶某的账号已隐藏视频，最新动态写道：“虚心接受判决。”",
        [("虚心接受判决。", "speech", "陶某")],
        id="someone-s-account-writes-for-them",
    ),
    pytest.param(
        "會長鄧家明又以新加坡金融管理局為例，指對方早已立法，「香港唔可以再拖」。",
        [("香港唔可以再拖", "speech", "鄧家明")],
        id="a-body-taken-as-an-example-is-no-speaker",
    ),
    pytest.param(
        "“今年收成不错，两季加起来超过一千斤。”站在田边，农业局副局长蒲志明一边剥开玉米，"
        "一边向本报记者算账。",
        [("今年收成不错，两季加起来超过一千斤。", "speech", "蒲志明")],
        id="what-one-does-to-a-reporter-one-says",
    ),
    pytest.param(
        "卸任的主教練邵家明，他在社交平台發文感謝球員及球迷：「多謝大家，呢度永遠係我屋企。」",
        [("多謝大家，呢度永遠係我屋企。", "speech", "邵家明")],
        id="unnamed-people-thanked-are-no-speakers",
    ),
    pytest.param(
        "泸溪县农业农村局6月3日发布情况通报称，已成立调查组。通报同时表示，将“依法依规、公平公正”处理此事。",
        [("依法依规、公平公正", "speech", "泸溪县农业农村局")],
        id="a-notice-speaks-for-the-body-that-issued-it",
    ),
    pytest.param(
        "挪威渔业部发言人在一份书面声明中称，已投入资金。声明说：“峡湾仍然充满活力。”",
        [("峡湾仍然充满活力。", "speech", "挪威渔业部")],
        id="a-statement-speaks-for-the-body-that-issued-it",
    ),
    pytest.param(
        "院長林國棟今晚再度發布聲明，感謝同事連夜搶修。聲明中寫道：「這次事件讓我們學到很多。」",
        [("這次事件讓我們學到很多。", "speech", "林國棟")],
        id="a-statement-speaks-for-the-person-who-issued-it",
    ),
    pytest.param(
        "永昇港運服務有限公司昨晚發表聲明，稱會加薪。聲明又表示：「公司保留追究權利。」",
        [("公司保留追究權利。", "speech", "永昇港運服務有限公司")],
        id="a-statement-then-also-says",
    ),
    pytest.param(
        "商務部官員珍妮·沃德表示會調查，一位不願具名的企業海外業務負責人對記者坦言：「第一件事是算風險。」",
        [("第一件事是算風險。", "speech", None)],
        id="someone-unnamed-after-a-named-one",
    ),
    pytest.param(
        "動物園園長表示歡迎。葡萄牙通訊社報道，一名受訪母親說：「女兒天天問熊貓。」",
        [("女兒天天問熊貓。", "speech", None)],
        id="someone-unnamed-after-a-reporting-agency",
    ),
    pytest.param(
        "教育部基礎教育司一位負責人表示：「研學不是旅遊。」",
        [("研學不是旅遊。", "speech", "教育部")],
        id="a-body-s-unnamed-official",
    ),
    pytest.param(
        "港隊泳手林詩敏奪得第一名後表示：「很開心。」",
        [("很開心。", "speech", "林詩敏")],
        id="first-place-is-no-one-unnamed",
    ),
    pytest.param(
        "議員陳大文批評政府聲明。聲明指出：「措施有效。」",
        [("措施有效。", "speech", None)],
        id="a-statement-criticised-is-not-the-critic-s",
    ),
    pytest.param(
        "聯匯支付有限公司昨午發表聲明，指事故源於設備異常，「公司深表歉意」。",
        [("公司深表歉意", "speech", "聯匯支付有限公司")],
        id="a-registered-name-with-a-verb-in-its-brand",
    ),
    pytest.param(
        "住在沙田逾二十年的李秀珊話，臭味多數喺夜晚出現，「窗都唔敢開」。",
        [("窗都唔敢開", "speech", "李秀珊")],
        id="a-name-then-cantonese-says",
    ),
    pytest.param(
        "臺北地方法院昨日宣判。被告律師表示會上訴，法院未採納其說法。"
        "判決書指出，被告多次轉帳，「犯後態度不佳，難以從輕量刑」。",
        [("犯後態度不佳，難以從輕量刑", "speech", "臺北地方法院")],
        id="a-judgment-speaks-for-the-court-before",
    ),
    pytest.param(
        "桃園地檢署昨日起訴陳姓男子。被告律師稱會全力辯護。"
        "起訴書形容，該集團「以泡水車充作精品，視消費者為提款機」。",
        [("以泡水車充作精品，視消費者為提款機", "speech", "桃園地檢署")],
        id="an-indictment-speaks-for-the-prosecutor-before",
    ),
    pytest.param(
        "常年往返兩地的工程師邵文軒覺得，票價漲得不算離譜，但「週五晚上的票比週二貴了三十多塊」。",
        [("週五晚上的票比週二貴了三十多塊", "speech", "邵文軒")],
        id="what-someone-feels",
    ),
    pytest.param(
        "「散熱是最大難題。」沛流科技執行長邰子謙說。這位在矽谷待了十年的工程師，同事都叫他Leo。"
        "Leo說，團隊花了兩年，「客戶都問我們是不是台灣的小公司」。",
        [
            ("散熱是最大難題。", "speech", "邰子謙"),
            ("客戶都問我們是不是台灣的小公司", "speech", "邰子謙"),
        ],
        id="an-english-nickname-colleagues-use",
    ),
    pytest.param(
        "議員鄧志明也坦言，特朗普的政策變化快，業者要小心。\n「市場窗口只有三年。」他說，「把握住了就是機會。」",
        [("市場窗口只有三年。", "speech", "鄧志明"), ("把握住了就是機會。", "speech", "鄧志明")],
        id="he-after-a-quote-is-the-subject-of-the-narration-before",
    ),
    pytest.param(
        "挪威电池制造商北极光能源（Aurora Cell）申请破产重组。公司在声明中表示，由于“融资渠道几乎全部关闭”，无法维持运营。",
        [("融资渠道几乎全部关闭", "speech", "Aurora Cell")],
        id="the-company-opening-a-sentence-is-the-one-just-named",
    ),
    pytest.param(
        "深水埗區議員何俊文指，區內劏房戶最多，不少租戶外出工作，擔心失去資格，「政府唔可以淨係計數」。",
        [("政府唔可以淨係計數", "speech", "何俊文")],
        id="points-out-right-after-a-name",
    ),
    pytest.param(
        "北岭矿业公司首席执行官马丁·霍尔（Martin Hall）随即发表声明，回应议员李德明的批评。"
        "他说，公司已与当地团体签署协议，“我们愿意接受任何审计”。",
        [("我们愿意接受任何审计", "speech", "Martin Hall")],
        id="he-is-the-person-of-the-body-that-opens-the-sentence-before",
    ),
    pytest.param(
        "海洋大學教授歐陽嘉敏分析，鯖魚每年北上產卵。「這幾年海水明顯偏暖。」她指出，"
        "資源回升與漁獲不佳並不矛盾。",
        [("這幾年海水明顯偏暖。", "speech", "歐陽嘉敏")],
        id="she-points-out-after-the-quote",
    ),
    pytest.param(
        "病人組織主席陸志恒則認為，加保安只能治標。他指，部分醫院輪候動輒八小時，「病人等十個鐘，點會唔嬲？」",
        [("病人等十個鐘，點會唔嬲？", "speech", "陸志恒")],
        id="he-points-out-then-a-quote-closing-the-sentence",
    ),
    pytest.param(
        "車手阿強說，補助太少。另一名全職車手表示會轉行，但他指「邊個平台都唔夠單」。",
        [("邊個平台都唔夠單", "speech", None)],
        id="he-is-the-unnamed-one-who-opens-his-sentence",
    ),
    pytest.param(
        "召集人龐志明批評，平台一直將車手定性為「自僱人士」，令他們無法獲得遣散費。",
        [("自僱人士", "term", None)],
        id="a-label-put-on-someone",
    ),
    pytest.param(
        "做了十年速遞員的阿明（化名）接受訪問，他坦言收到裁員通知時「成個人呆咗」。",
        [("成個人呆咗", "speech", "阿明")],
        id="admits-then-a-clause-is-no-promised-action",
    ),
    pytest.param(
        "英特爾发言人表示，公司“乐见竞争”，但认为衡量芯片的标准应当是“能否解决实际问题”。",
        [("乐见竞争", "speech", "Intel"), ("能否解决实际问题", "speech", "Intel")],
        id="but-joins-the-second-verb-to-the-same-subject",
    ),
    pytest.param(
        "屋宇署向業主發出清拆令，指招牌結構老化、伸出行人路，「對途人構成危險」。",
        [("對途人構成危險", "speech", "Buildings Department")],
        id="points-out-before-a-word-the-tagger-calls-a-verb",
    ),
    pytest.param(
        "十九歲的何志遠擊敗老將祁文軒。祁文軒賽後表示，何志遠「打得非常成熟」。"
        "「年輕球員進步太快，」他說，「我們必須適應。」",
        [
            ("打得非常成熟", "speech", "祁文軒"),
            ("年輕球員進步太快，", "speech", "祁文軒"),
            ("我們必須適應。", "speech", "祁文軒"),
        ],
        id="he-is-the-one-who-spoke-not-the-one-spoken-of",
    ),
    pytest.param(
        "据《南方日报》报道，部分学校要求学生课间留在教室。去年，教育部在通知中明确要求“不得拖堂”。",
        [("不得拖堂", "speech", "教育部")],
        id="a-manner-read-with-the-verb-as-one-word",
    ),
    pytest.param(
        "主任醫師孟兆基介紹，手術很順利。第一例受試者是一名五十歲的男性，四肢無法活動。"
        "「我哭了。」這名患者在影片中說。",
        [("我哭了。", "speech", None)],
        id="this-patient-is-the-man-introduced-since",
    ),
    pytest.param(
        "研究員歐陽慧同時提醒，效果不應只看一個指標。她的團隊正在跟蹤數據，"
        "「初步看，打瞌睡的學生少了，但樣本還不夠大。」\n下一段。",
        [("初步看，打瞌睡的學生少了，但樣本還不夠大。", "speech", "歐陽慧")],
        id="a-quote-closing-a-paragraph-of-someone-s-view",
    ),
    pytest.param(
        "康文署近日在球場張貼告示，列明「場內嚴禁踢波」，違者可被檢控。",
        [("場內嚴禁踢波", "speech", "Leisure and Cultural Services Department")],
        id="a-notice-states-in-writing",
    ),
    pytest.param(
        "居民麥志明說，好嘈。住在球場對面的一名退休男士向記者透露，皮球經常射中窗戶，"
        "「最驚打爛玻璃。」他表示已多次投訴。",
        [("最驚打爛玻璃。", "speech", None)],
        id="someone-unnamed-described-first",
    ),
    pytest.param(
        "物理學家莎拉·懷特（Sarah White）在《自然》雜誌發表的評論文章中寫道，這是“最難測量的粒子”。",
        [("最難測量的粒子", "speech", "Sarah White")],
        id="the-journal-she-wrote-in-is-not-the-writer",
    ),
    pytest.param(
        "住在附近的姚美玲有兩名兒子。她話，以前仔仔最鍾意踢波，「而家佢哋唔敢踢」。",
        [("而家佢哋唔敢踢", "speech", "姚美玲")],
        id="she-says-in-cantonese-after-someone-introduced-before-having",
    ),
    pytest.param(
        "《聯合報》在報道中寫道：「市場處長邱文斌坦言：『年輕人不是不願意做。』」",
        [
            ("市場處長邱文斌坦言：『年輕人不是不願意做。』", "speech", "United Daily News"),
            ("年輕人不是不願意做。", "speech", "邱文斌"),
        ],
        id="a-quotation-inside-a-quotation-has-its-own-speaker",
    ),
    pytest.param(
        "民進黨立委林宥真在質詢時指出，應先建立監測機制，「不要等到開不出菜單才追加預算。」"
        "國民黨立委鄭書豪則表示，地方財政吃緊。",
        [("不要等到開不出菜單才追加預算。", "speech", "林宥真")],
        id="words-ending-her-sentence-are-hers-not-the-next-speaker-s",
    ),
    pytest.param(
        "主席譚偉文說，業主不願夾錢。「點解要我畀錢？」譚偉文透露，大會兩度流會。",
        [("點解要我畀錢？", "speech", "譚偉文")],
        id="named-right-after-the-words",
    ),
    pytest.param(
        "澳洲網路安全專員辦公室昨日公布首月執法數據。辦公室在聲明中表示，「這只是開始」。",
        [("這只是開始", "speech", "澳洲網路安全專員辦公室")],
        id="the-office-opening-a-sentence-is-the-one-just-named",
    ),
    pytest.param(
        "銀牌得主馮夢琪賽後表示，對手發揮出色，「她的反擊時機把握得太好了」。",
        [("她的反擊時機把握得太好了", "speech", "馮夢琪")],
        id="a-winner-is-a-role-not-a-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_attribution_rules(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = [(q.text, q.kind, q.speaker) for q in _quotes(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "街坊何秀蓮上週買了兩盒蛋糕券，準備送給孫女，「我而家仲可以點用？」",
            "我而家仲可以點用？",
            "何秀蓮",
            id="the-one-person-of-the-sentence",
        ),
        pytest.param(
            "租客林雅雯說，搬走很無奈。後來她在網上看到舊居的照片，「連我留下的燈都還在」，租金卻貴了一倍。",
            "連我留下的燈都還在",
            "林雅雯",
            id="through-a-pronoun",
        ),
        pytest.param(
            "警方昨日拘捕了男子陳大文，「我們會嚴肅跟進」。",
            "我們會嚴肅跟進",
            None,
            id="not-when-two-are-named",
        ),
        pytest.param(
            "這是車手李文傑第三次參賽。去年他在決賽前受傷。“那段時間我幾乎不敢看比賽。”",
            "那段時間我幾乎不敢看比賽。",
            "李文傑",
            id="a-sentence-of-its-own-after-one-person",
        ),
        pytest.param(
            "目前車手王俊落後32秒。對於追趕，領隊陳浩則顯得很平靜。\n“差距不小，但我們會等待機會。”",
            "差距不小，但我們會等待機會。",
            "陳浩",
            id="a-paragraph-of-its-own-after-one-person",
        ),
        pytest.param(
            "這是車手李文傑第三次參賽。“我的存款會不會變？”一位退休教師問記者。",
            "我的存款會不會變？",
            None,
            id="not-when-someone-unnamed-asks",
        ),
        pytest.param(
            "創辦人黎國雄昨日發表聲明，向顧客「致以萬二分歉意」，稱「我們已盡了全力」。",
            "我們已盡了全力",
            "黎國雄",
            id="a-verb-after-an-unattributed-quote-has-the-sentence-s-subject",
        ),
        pytest.param(
            "海濱事務局發言人回覆查詢時表示，局方一直透過環保協進會協助巡查。"
            "發言人指，「供水安全始終是首要考慮」，並會加強監察。",
            "供水安全始終是首要考慮",
            "海濱事務局",
            id="a-spokesperson-opening-a-sentence-speaks-for-the-body-whose-spokesperson-spoke",
        ),
        pytest.param(
            "乘客陳美玲說，效果不錯。另一位乘客吳志遠則認為，要求有些理想化。"
            "「早高峰人挤人，分不分區都一樣。」他說。",
            "早高峰人挤人，分不分區都一樣。",
            "吳志遠",
            id="a-role-before-a-name-is-no-one-unnamed",
        ),
        pytest.param(
            "市長陳偉明去年承諾要親自下河游泳，但至今未兌現。"
            "有本地網友在社群平台上調侃：「市民游了，市長還在等什麼？」",
            "市民游了，市長還在等什麼？",
            None,
            id="unnamed-people-opening-a-sentence-speak-in-it",
        ),
        pytest.param(
            "「我根本沒想過會贏。」鄧子軒賽後在混合區受訪時仍難掩興奮。",
            "我根本沒想過會贏。",
            "鄧子軒",
            id="interviewed-after-the-words",
        ),
        pytest.param(
            "車主劉浩然告訴記者，他已排隊兩小時。「出發前看還有空位，到了才知道前面有十幾輛。」"
            "一名工作人員告訴記者：「從早上開始就沒斷過車。」",
            "出發前看還有空位，到了才知道前面有十幾輛。",
            "劉浩然",
            id="before-someone-unnamed-who-opens-the-next-words",
        ),
        pytest.param(
            "車主劉浩然告訴記者，他已排隊兩小時。「出發前看還有空位，到了才知道前面有十幾輛。」"
            "一名工作人員告訴記者：「從早上開始就沒斷過車。」",
            "從早上開始就沒斷過車。",
            None,
            id="the-unnamed-one-s-own-words",
        ),
        pytest.param(
            "工會理事長莫振邦說，學校仍找不到人。「一個剛入職的年輕老師，第一年就燒壞了，」他說，"
            "「這是制度問題。」",
            "這是制度問題。",
            "莫振邦",
            id="someone-unnamed-inside-the-words-is-not-the-speaker",
        ),
        pytest.param(
            "從事物流工作的郭先生則不滿配額安排。「比例應該再諗過，」他話，「我哋最蝕底。」",
            "我哋最蝕底。",
            "郭先生",
            id="he-says-in-cantonese-read-as-one-word",
        ),
        pytest.param(
            "泰國稻米出口商協會會長頌猜·汶納（Somchai Boonna）日前接受《曼谷郵報》（Bangkok Post）"
            "訪問時坦言，出口商正面對「越南和柬埔寨的價格競爭」。",
            "越南和柬埔寨的價格競爭",
            "Somchai Boonna",
            id="the-gloss-of-the-paper-he-spoke-to-is-not-him",
        ),
        pytest.param(
            "香港運動員許嘉欣奪得世界冠軍，她說很開心。\n"
            "教育局晚間發出新聞稿祝賀，稱許嘉欣「為香港學界爭光」，並表示會安排她分享經驗。",
            "為香港學界爭光",
            "教育局",
            id="whom-a-statement-speaks-of-after-its-verb",
        ),
        pytest.param(
            "申訴專員公署昨日公布針對公共泳池維修問題的主動調查報告指出，多個泳池設施老化。\n"
            "泳池人手不足同樣是報告關注的重點。報告指出，救生員流失率高。"
            "報告形容前線救生員的處境是「一個人要睇成個池，連去廁所都要搵人頂更」。",
            "一個人要睇成個池，連去廁所都要搵人頂更",
            "Ombudsman (Hong Kong)",
            id="a-report-is-its-publisher-s-however-often-named",
        ),
        pytest.param(
            "“这座桥早就该修了，没有人真正去管。”参与技术分析的武汉大学土木工程学院教授何志明说。",
            "这座桥早就该修了，没有人真正去管。",
            "何志明",
            id="a-verb-describing-the-speaker-is-not-his-verb",
        ),
        pytest.param(
            "“这是开通以来最复杂的一次抢修。”杭州地铁集团新闻发言人陈美华在当天的通气会上说。",
            "这是开通以来最复杂的一次抢修。",
            "陈美华",
            id="a-spokesperson-named-after-the-body",
        ),
        pytest.param(
            "房委會發言人指，今期定價已考慮市民負擔能力，「逾七成單位的按揭供款佔入息比率低於四成」。",
            "逾七成單位的按揭供款佔入息比率低於四成",
            "Hong Kong Housing Authority",
            id="a-body-s-spokesperson-points-out",
        ),
        pytest.param(
            "偏鄉牙醫荒 立委：鄉親不該「看牙要看運氣」\n"
            "民進黨立委王美惠昨日質詢時表示，偏鄉牙醫嚴重不足，鄉親看牙不能靠運氣。",
            "看牙要看運氣",
            "王美惠",
            id="a-headline-role-and-colon-earlier-in-the-clause",
        ),
        pytest.param(
            "大學博士生李美華本身是聽障人士，她在記者會上以手語發言。"
            "她希望新系統日後能令聾人在看醫生、辦理政府手續時「唔使再靠估」。",
            "唔使再靠估",
            "李美華",
            id="said-words-in-a-sentence-about-one-person",
        ),
        pytest.param(
            "監察院今日公布調查報告指出，宜蘭監獄、花蓮監獄的超收比例更逾兩成。報告直言，監所擁擠。\n"
            "報告形容，部分監所「收容人睡在走廊已是常態」。",
            "收容人睡在走廊已是常態",
            "Control Yuan",
            id="a-report-is-not-of-a-body-in-the-sentence-before",
        ),
        pytest.param(
            "事发后，广东省应急管理厅已派出工作组赶赴现场指导调查，并要求各地开展专项检查。"
            "佛山市副市长黄国强当天赶到现场督导，要求相关部门“举一反三，坚决遏制同类事故”。",
            "举一反三，坚决遏制同类事故",
            "黄国强",
            id="demanding-of-the-departments-concerned",
        ),
        pytest.param(
            "牌照事務處在信中指，處方審批續牌時須考慮警方意見，「經考慮所有因素後，認為申請人不再是適當人選」。",
            "經考慮所有因素後，認為申請人不再是適當人選",
            "Office of the Licensing Authority (Hong Kong)",
            id="points-out-in-a-letter",
        ),
        pytest.param(
            "陳大文說人人都有責任，「大家要一齊努力」。",
            "大家要一齊努力",
            "陳大文",
            id="a-verb-before-people-is-still-a-verb",
        ),
        pytest.param(
            "「我會堅持到底。」陳大文說的時候眼泛淚光。",
            "我會堅持到底。",
            "陳大文",
            id="saying-while",
        ),
        pytest.param(
            "生态环境部近日印发通知，部署冬季大气污染防治工作。通知强调，要“确保重点区域空气质量持续改善”。",
            "确保重点区域空气质量持续改善",
            "Ministry of Ecology and Environment",
            id="a-notice-speaks-for-who-sent-it",
        ),
        pytest.param(
            "屋宇署昨日書面回覆本報查詢。回覆又指，署方會「繼續密切監察」。",
            "繼續密切監察",
            "Buildings Department",
            id="a-reply-speaks-for-who-sent-it",
        ),
        pytest.param(
            "考評局昨日公布中學文憑試改革諮詢文件。文件指，新安排「可減輕考生壓力」。",
            "可減輕考生壓力",
            "HKEAA",
            id="a-paper-points-out",
        ),
        pytest.param(
            "对此，驰风出行相关负责人回应称，“司机可以随时关闭该功能”。",
            "司机可以随时关闭该功能",
            "驰风出行",
            id="a-brand-s-official-in-charge",
        ),
        pytest.param(
            "华建三局方面18日回应称，公司“将全力配合调查”。",
            "将全力配合调查",
            "华建三局",
            id="a-company-as-a-side",
        ),
        pytest.param(
            "途迅出行华东区负责人表示，“将尽快整改”。",
            "将尽快整改",
            None,
            id="the-head-of-a-region-is-no-body",
        ),
        pytest.param(
            "家长们把孩子送进珠海海星足球学院已有两年。学院在家长群内发布通知称，“即日起暂停一切训练”。",
            "即日起暂停一切训练",
            "珠海海星足球学院",
            id="the-academy-opening-a-sentence",
        ),
        pytest.param(
            "香港城市愛樂與康文署昨日宣布總監離任。樂團在聲明中形容他「把樂團帶到新高度」。",
            "把樂團帶到新高度",
            None,
            id="an-orchestra-not-named-so-is-not-guessed",
        ),
        pytest.param(
            "歌手林美玲在臉書發文致謝：「謝謝大家一路支持。」唱片公司也在官網發文表示祝福。",
            "謝謝大家一路支持。",
            "林美玲",
            id="words-a-colon-brings-in-are-not-the-next-sentence-s",
        ),
        pytest.param(
            "卫生院院长张明表示会整改。一名不愿具名的卫生院职工告诉记者：“三天里手机一直在响。”",
            "三天里手机一直在响。",
            None,
            id="someone-unnamed-of-a-body",
        ),
        pytest.param(
            "觀光署今年補助上限為3000萬元。一名觀光署官員私下坦言，「大家搶的其實是同一批人」。",
            "大家搶的其實是同一批人",
            None,
            id="an-unnamed-official-of-a-body",
        ),
        pytest.param(
            "曾有選手在社群平台抱怨協會「只會發新聞稿」。",
            "只會發新聞稿",
            None,
            id="there-once-was-is-no-name",
        ),
        pytest.param(
            "據康文署資料，該段海濱長廊成為釣魚熱點。署方發言人稱，「決定實施禁釣」。",
            "決定實施禁釣",
            "Leisure and Cultural Services Department",
            id="the-department-s-side-is-no-body-of-its-own",
        ),
        pytest.param(
            "被問及是否參選：「暫時未有決定。」陳大文昨日表示。",
            "暫時未有決定。",
            "陳大文",
            id="a-colon-s-words-then-their-named-speaker",
        ),
        pytest.param(
            "路透社取得的內部文件指，該公司「早已知道產品有缺陷」。",
            "早已知道產品有缺陷",
            None,
            id="a-paper-someone-got-hold-of",
        ),
        pytest.param(
            "立委李大明指出，中央補助占六成，「工程一延再延，補助會不會被收回？」交通部回應，經費已展延。",
            "工程一延再延，補助會不會被收回？",
            "李大明",
            id="a-body-that-answers-after-the-words-opens-its-own-statement",
        ),
        pytest.param(
            "消基會今天發表聲明，要求台電公開五年來的預算執行率，聲明中說，「電是民生必需品」。",
            "電是民生必需品",
            "Consumers' Foundation (Taiwan)",
            id="a-statement-speaks-for-who-issued-it-not-whom-it-asks",
        ),
        pytest.param(
            "長榮航空昨日發表聲明，對旅客不便「深表歉意」。",
            "深表歉意",
            "EVA Air",
            id="a-statement-read-as-one-word",
        ),
        pytest.param(
            "傑志昨日宣布與主帥續約。球會發言人表示「雙方合作愉快」。",
            "雙方合作愉快",
            "Kitchee",
            id="a-club-s-spokesperson",
        ),
        pytest.param(
            "關於騰訊的報道，該公司發言人回應稱，「報道失實」。",
            "報道失實",
            "Tencent",
            id="about-a-company-is-no-place",
        ),
        pytest.param(
            "騰訊昨日發布新手機。該公司發言人稱「銷情理想」。發布會的舉行地點位於",
            "銷情理想",
            "Tencent",
            id="a-company-at-the-text-s-start-is-no-place",
        ),
        pytest.param(
            "教育局表示「學校須加強防疫措施」，見",
            "學校須加強防疫措施",
            "教育局",
            id="a-body-at-the-text-s-start-is-no-object",
        ),
        pytest.param(
            "陳小姐昨日收到一條短訊，內容是「你的包裹已到達，請點擊連結領取」。",
            "你的包裹已到達，請點擊連結領取",
            None,
            id="what-a-message-reads-is-no-one-s-words",
        ),
        pytest.param(
            "消費者委員會上月公布報告，指網購投訴上升。另外，一份國際研究報告指出，詐騙個案增加。"
            "報告指出「亞洲地區最嚴重」。",
            "亞洲地區最嚴重",
            None,
            id="another-report-is-not-the-one-before",
        ),
        pytest.param(
            "德昌集團的玩具主要銷往沃爾瑪，集團發言人昨日回覆查詢時稱，遷廠是「因應客戶要求而作出的商業決定」。",
            "因應客戶要求而作出的商業決定",
            "德昌集團",
            id="the-group-s-spokesperson-mid-sentence",
        ),
        pytest.param(
            "屋宇署發言人表示，當局過去一年與建造業議會、勞工處及業界代表進行多輪諮詢，"
            "認為金屬棚架在防火方面「明顯較優勝」。",
            "明顯較優勝",
            "Buildings Department",
            id="a-body-listed-after-a-preposition-is-spoken-with",
        ),
        pytest.param(
            "母公司德昌玩具國際有限公司在香港交易所上市。"
            "集團發言人昨日回覆本報查詢時稱，遷廠是「因應客戶要求而作出的商業決定」。",
            "因應客戶要求而作出的商業決定",
            "德昌玩具國際有限公司",
            id="the-group-s-spokesperson-not-the-exchange-it-is-listed-on",
        ),
        pytest.param(
            "七十歲的譚志明自1970年代起已在村內居住。他坦言捨不得：「住咗五十幾年，一紙通知就要走。」\n"
            "他獲派將軍澳一個公屋單位，但子女和老街坊都住在觀塘。"
            "「搬過去連飲茶都搵唔到人傾偈，同坐監有咩分別？」",
            "搬過去連飲茶都搵唔到人傾偈，同坐監有咩分別？",
            "譚志明",
            id="a-cantonese-sentence-of-its-own-after-one-person",
        ),
    ],
)
def test_the_speaker_of_quoted_words(text: str, words: str, speaker: str | None) -> None:
    """First-person words, verbs after a quote, spokespeople, the unnamed."""
    said = {q.text: q.speaker for q in _quotes(text)}
    assert said[words] == speaker


def test_someone_unnamed_stays_unnamed_through_his_pronouns() -> None:
    text = (
        "工會主席黃志強稱，車長工時太長。\n"
        "一名入職十年、要求匿名的巴士車長向本報透露，他每月要做十多日長更。他坦言：「有時收工都唔記得點揸返去。」\n"
        "「我哋唔係唔想做。」他說，同事都有腰痛。"
    )
    said = {q.text: q.speaker for q in _quotes(text)}
    assert said["有時收工都唔記得點揸返去。"] is None
    assert said["我哋唔係唔想做。"] is None
