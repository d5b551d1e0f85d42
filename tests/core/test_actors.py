"""Actors: one entry per real-world actor, every surface form merged, products left out."""

from __future__ import annotations

import re

import pytest

from reader.core import lexicon
from reader.core.actors import Actor, extract_actors
from reader.core.document import open_document
from reader.core.names import person_shaped_latin
from reader.core.segment import Token


def _actors(text: str) -> list[Actor]:
    return extract_actors(text)


def _org_names(text: str) -> list[str]:
    return [a.name for a in _actors(text) if a.type == "org"]


def _owner(actors: list[Actor], surface: str) -> Actor | None:
    """The actor one of whose mentions reads ``surface``."""
    hits = [a for a in actors if any(m.text == surface for m in a.mentions)]
    assert len(hits) <= 1, f"{surface} belongs to {[a.name for a in hits]}"
    return hits[0] if hits else None


# (text, groups of surfaces that must name one actor of the given type, surfaces that are no actor)
CASES = [
    pytest.param(
        "美国总统特朗普周三表示，将对中国商品加征关税。特朗普还说，谈判仍在继续。",
        [("person", ["特朗普"]), ("place", ["美国"]), ("place", ["中国"])],
        [],
        id="simplified-leader",
    ),
    pytest.param(
        "美國總統川普週三表示，將對輝達晶片加強管制。輝達股價應聲下跌。",
        [("person", ["川普"]), ("org", ["輝達"])],
        [],
        id="taiwan-regional-names",
    ),
    pytest.param(
        "特朗普政府的官員說，川普本人尚未決定。特朗普曾多次批評前任。",
        [("person", ["川普", "特朗普"])],
        ["特朗普政府"],
        id="regional-variants-merge-administration-is-the-leader",
    ),
    pytest.param(
        "微软宣布新的投资计划。分析师认为，微軟的股价还有上涨空间。",
        [("org", ["微软", "微軟"])],
        [],
        id="traditional-and-simplified-merge",
    ),
    pytest.param(
        "英国首相府发言人卡米拉·马歇尔（Camilla Marshall）对记者表示，政府将审查此事。"
        "马歇尔没有透露更多细节。",
        [("person", ["卡米拉·马歇尔", "Camilla Marshall", "马歇尔"])],
        [],
        id="person-gloss-and-surname",
    ),
    pytest.param(
        "寒武紀科技公司（Cambricon）週一宣布裁員。Cambricon 表示，公司仍將投資研發。",
        [("org", ["寒武紀科技公司", "Cambricon"])],
        [],
        id="org-gloss-traditional",
    ),
    pytest.param(
        "香港金融管理局（以下簡稱「金管局」）週五表示，金管局會密切留意市場。",
        [("org", ["香港金融管理局", "金管局"])],
        [],
        id="hong-kong-short-form",
    ),
    pytest.param(
        "Anthropic CEO Dario Amodei 发文呼吁加强出口管制。Dario 认为芯片仍是关键。",
        [("person", ["Dario Amodei", "Dario"]), ("org", ["Anthropic"])],
        ["CEO"],
        id="latin-first-name",
    ),
    pytest.param(
        "OpenAI 首席执行官 Sam Altman 在社交媒体上表示，公司将加快发布。",
        [("person", ["Sam Altman"]), ("org", ["OpenAI"])],
        ["Sam", "Altman"],
        id="latin-name-whole",
    ),
    pytest.param(
        "華中科技大學教授張建國表示，這項技術還不成熟。張建國認為需要更多投入。",
        [("person", ["張建國"])],
        [],
        id="native-name-after-title",
    ),
    pytest.param(
        "彭博社專欄作家凱瑟琳・索爾貝克認為，禁令難以奏效。凱瑟琳·索爾貝克寫道，"
        "索爾貝克也承認風險。",
        [("person", ["凱瑟琳・索爾貝克", "凱瑟琳·索爾貝克", "索爾貝克"]), ("org", ["彭博社"])],
        [],
        id="middle-dot-variants",
    ),
    pytest.param(
        "深度求索（DeepSeek）發佈了 R1 模型，性能接近 ChatGPT，訓練使用了 H20 芯片。",
        [("org", ["深度求索", "DeepSeek"])],
        ["R1", "ChatGPT", "H20"],
        id="products-are-not-actors",
    ),
    pytest.param(
        "此后，封锁于是进一步加剧，后果难以估量。",
        [],
        ["封锁", "后", "于"],
        id="no-names-from-tagger-noise",
    ),
    pytest.param(
        "蘋果公司行政總裁庫克（Tim Cook）在北京表示，蘋果會繼續投資中國。",
        [("person", ["庫克", "Tim Cook"]), ("org", ["蘋果公司", "蘋果"]), ("place", ["北京"])],
        [],
        id="hong-kong-ceo",
    ),
    pytest.param(
        "科技媒體TechCrunch報道，初創公司Vectara獲得新一輪融資，Vectara CEO 稱將擴大招聘。",
        [("org", ["TechCrunch"]), ("org", ["Vectara"])],
        [],
        id="unknown-company-from-context",
    ),
    pytest.param(
        "The content above is uploaded and posted by a user of NetEase Hao, which is a platform.",
        [],
        ["NetEase Hao", "The"],
        id="english-notice-is-not-names",
    ),
]


@pytest.mark.parametrize(("text", "groups", "absent"), CASES)
def test_actors_in_sentences(text: str, groups: list, absent: list[str]) -> None:
    actors = _actors(text)
    for type_, surfaces in groups:
        owners = {id(_owner(actors, s)) for s in surfaces}
        first = _owner(actors, surfaces[0])
        assert first is not None, f"{surfaces[0]} not found in {[a.name for a in actors]}"
        assert owners == {id(first)}, f"{surfaces} are not one actor"
        assert first.type == type_
    for surface in absent:
        assert _owner(actors, surface) is None, f"{surface} taken for an actor"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        pytest.param(
            "經濟部今日公布出口數據。",
            "經濟部",
            "Ministry of Economic Affairs (Taiwan)",
            id="listed",
        ),
        pytest.param(
            "教育部次長表示，考試不會再改。", "教育部", "教育部", id="shared-by-governments"
        ),
        pytest.param("財政部今日公布稅收。", "財政部", "財政部", id="shown-as-written"),
        pytest.param(
            "散熱模組廠雙鴻今年營收創新高。", "雙鴻", "Auras", id="taiwan-company-by-its-short-name"
        ),
        pytest.param(
            "欧洲议会周三表决通过该法案。", "欧洲议会", "European Parliament", id="eu-body"
        ),
        pytest.param(
            "英國劍橋大學研究員表示。",
            "劍橋大學",
            "University of Cambridge",
            id="country-in-one-word",
        ),
        pytest.param("空客今年交付量创新高。", "空客", "Airbus", id="a-short-company-name"),
        pytest.param(
            "永豐金控與玉山金控昨日公布獲利。", "永豐金控", "SinoPac Financial", id="a-holding"
        ),
        pytest.param(
            "網路書店博客來回應時表示，折扣是競爭結果。", "博客來", "Books.com.tw", id="a-bookshop"
        ),
        pytest.param("本報記者向台電查詢。", "台電", "Taipower", id="a-listed-name-after-to"),
        pytest.param(
            "香港司法機構發言人表示，傳譯員不足。",
            "香港司法機構",
            "Judiciary (Hong Kong)",
            id="a-judiciary",
        ),
        pytest.param(
            "工研院分析師表示，訂單回升。",
            "工研院",
            "Industrial Technology Research Institute",
            id="a-research-institute-s-short-name",
        ),
        pytest.param(
            "總理默茨領導的基民盟昨日召開黨團會議。", "基民盟", "CDU", id="a-german-party"
        ),
        pytest.param("記者向日本廣播協會查詢。", "日本廣播協會", "NHK", id="japan-s-broadcaster"),
        pytest.param(
            "民進黨團昨日召開記者會。", "民進黨團", "Democratic Progressive Party", id="a-caucus"
        ),
        pytest.param(
            "日本社民黨黨首福島瑞穗表示反對。",
            "日本社民黨",
            "Social Democratic Party (Japan)",
            id="japan-s-social-democrats",
        ),
        pytest.param(
            "經濟部能源署昨日公布綠電統計，能源署表示將加速審查。",
            "能源署",
            "Energy Administration (Taiwan)",
            id="a-taiwan-agency-by-its-short-name",
        ),
        pytest.param(
            "农田水利署表示，灌溉用水无虞。",
            "农田水利署",
            "Irrigation Agency",
            id="not-the-water-agency",
        ),
        pytest.param(
            "国家疾控局发布通知。",
            "国家疾控局",
            "National Disease Control and Prevention Administration",
            id="a-mainland-agency",
        ),
        pytest.param(
            "旅遊發展局昨日公布訪港旅客數字。",
            "旅遊發展局",
            "Hong Kong Tourism Board",
            id="a-board-not-the-bureau-its-name-ends-in",
        ),
        pytest.param(
            "香港《信報》一篇評論認為，樓市見底。",
            "信報",
            "Hong Kong Economic Journal",
            id="a-hong-kong-paper",
        ),
    ],
)
def test_listed_names(text: str, surface: str, name: str) -> None:
    owner = _owner(_actors(text), surface)
    assert owner is not None and owner.name == name


def test_a_listed_company_with_its_ending_is_the_company() -> None:
    actors = _actors("騰訊控股今日公布業績，騰訊股價上升。")
    assert _owner(actors, "騰訊控股") is _owner(actors, "騰訊") is not None


def test_a_country_before_a_listed_university_is_where_it_is() -> None:
    actors = _actors("美国卡内基梅隆大学教授指出，模型仍有缺陷。")
    owner = _owner(actors, "卡内基梅隆大学")
    assert owner is not None and owner.name == "Carnegie Mellon University"


def test_a_place_heads_a_listed_name() -> None:
    actors = _actors("台北市產業發展局表示，補助將延長。")
    assert _owner(actors, "台北市產業發展局") is not None
    assert _owner(actors, "發展局") is None


def test_mentions_are_offsets_into_the_text() -> None:
    text = "美國總統川普表示，輝達與微軟將合作。川普稱讚輝達。"
    for actor in _actors(text):
        assert actor.count == len(actor.mentions)
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text


# What a careful reader sees in the seeds: (seed, surfaces of one actor, type).
SEED_ACTORS = [
    pytest.param("001", ["Dario Amodei", "Dario"], "person", id="001-dario"),
    pytest.param("001", ["Sam Altman"], "person", id="001-altman"),
    pytest.param("001", ["特朗普"], "person", id="001-trump"),
    pytest.param("001", ["OpenAI"], "org", id="001-openai"),
    pytest.param("001", ["微軟"], "org", id="001-microsoft"),
    pytest.param("001", ["英偉達"], "org", id="001-nvidia"),
    pytest.param("001", ["Eric Schmidt", "Schmidt"], "person", id="001-schmidt"),
    pytest.param("001", ["深度求索", "DeepSeek"], "org", id="001-deepseek"),
    pytest.param("001", ["Lutnick", "Howard Lutnick"], "person", id="001-lutnick"),
    pytest.param("000", ["Lina M. Khan", "莉娜·M·可汗", "可汗"], "person", id="000-khan"),
    pytest.param("000", ["聯邦貿易委員會", "FTC"], "org", id="000-ftc"),
    pytest.param("000", ["彭博社"], "org", id="000-bloomberg"),
    pytest.param("003", ["梁文鋒"], "person", id="003-liang"),
    pytest.param("003", ["Thrive Capital"], "org", id="003-thrive"),
    pytest.param("003", ["Scale AI"], "org", id="003-scale"),
    pytest.param("004", ["李彥宏"], "person", id="004-robin-li"),
    pytest.param("004", ["深度求索", "DeepSeek"], "org", id="004-deepseek"),
]


@pytest.fixture(scope="module")
def seed_actors(seed_paths) -> dict[str, list[Actor]]:
    return {p.name[:3]: extract_actors(open_document(p).text) for p in seed_paths}


@pytest.mark.parametrize(("seed", "surfaces", "type_"), SEED_ACTORS)
def test_seed_actors(seed_actors, seed: str, surfaces: list[str], type_: str) -> None:
    actors = seed_actors[seed]
    first = _owner(actors, surfaces[0])
    assert first is not None and first.type == type_
    assert {id(_owner(actors, s)) for s in surfaces} == {id(first)}


@pytest.mark.parametrize(
    ("seed", "surface"),
    [
        pytest.param("001", "R1", id="001-r1"),
        pytest.param("001", "H20", id="001-h20"),
        pytest.param("001", "ChatGPT", id="001-chatgpt"),
        pytest.param("004", "Llama", id="004-llama"),
        pytest.param("001", "Entity List", id="001-entity-list"),
    ],
)
def test_seed_non_actors(seed_actors, seed: str, surface: str) -> None:
    assert _owner(seed_actors[seed], surface) is None


def test_seed_actors_are_not_split(seed_actors) -> None:
    """At most one entry per name: no two actors share a name or an alias."""
    for seed, actors in seed_actors.items():
        names = [lexicon.key(n) for a in actors for n in (a.name, *a.aliases)]
        assert len(names) == len(set(names)), seed


def test_user_alias_file_extends_the_list(tmp_path, monkeypatch) -> None:
    from reader import paths

    cfg = paths.config_dir()
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "aliases.tsv").write_text("Acme Robotics\torg\t艾克米|艾克米機器人\n", encoding="utf-8")
    actors = extract_actors("艾克米機器人週一宣布擴產，艾克米的股價上漲。")
    acme = _owner(actors, "艾克米機器人")
    assert acme is not None and acme.name == "Acme Robotics" and acme.count == 2


def test_bad_user_alias_file_is_a_clear_error() -> None:
    from reader import paths

    cfg = paths.config_dir()
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "aliases.tsv").write_text("just one column\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"aliases.tsv:1"):
        lexicon.load()


class _CharSegmenter:
    """A stand-in segmenter: one token per character, nothing known."""

    def tag(self, text: str) -> list[Token]:
        return [Token(ch, "x", i) for i, ch in enumerate(text)]

    def add_words(self, words) -> None:
        pass


def test_segmenter_can_be_replaced() -> None:
    actors = extract_actors(
        "OpenAI 首席执行官 Sam Altman 表示，微软是伙伴。", segmenter=_CharSegmenter()
    )
    assert {a.name for a in actors} >= {"Sam Altman", "OpenAI"}


# Chinese names without an alias entry, vouched for by their context:
# (text, names that must be found as persons, surfaces that must not be actors).
NAMES = [
    pytest.param(
        "招商银行首席经济学家丁建平指出，降息空间有限。", ["丁建平"], [], id="title-before"
    ),
    pytest.param("罗志明表示，明年将扩大招聘。", ["罗志明"], [], id="speech-verb-after"),
    pytest.param(
        "桃園市議員鄭雅文質詢時說，預算編列不足。", ["鄭雅文"], [], id="taiwan-councillor"
    ),
    pytest.param("消委會總幹事黎詠詩稱，投訴個案上升。", ["黎詠詩"], [], id="hong-kong-title"),
    pytest.param("歐陽建華先生昨日出席典禮。", ["歐陽建華"], [], id="compound-surname"),
    pytest.param("文／宋立凡\n這是一篇評論。", ["宋立凡"], [], id="byline"),
    pytest.param(
        "专家常说，方面的问题在于高度依赖进口。", [], ["常说", "方面", "高度"], id="common-words"
    ),
    pytest.param("官员和企业代表昨日会面。", [], ["和企业"], id="function-word-surname"),
    pytest.param("他向外媒表示，谈判仍在继续。", [], ["向外媒"], id="preposition-is-no-surname"),
    pytest.param("补贴要让农民把钱花在刀刃上。", [], ["钱花"], id="noun-and-verb-are-no-name"),
    pytest.param(
        "出口以蘭花、茶葉為主，蘭花產值最高。政府提出一份藍圖，藍圖明年實施。",
        [],
        ["蘭花", "藍圖"],
        id="dictionary-nr-common-words",
    ),
    pytest.param(
        "埃塞俄比亚马拉松运动员阿贝贝·比基拉表示，他会再跑马拉松。",
        ["阿贝贝·比基拉"],
        ["马拉松"],
        id="loanword-before-a-role",
    ),
    pytest.param(
        "導演區志恆表示，新片明年上映。區志恆又說，資金已經到位。",
        ["區志恆"],
        [],
        id="hong-kong-surname-au",
    ),
    pytest.param("傅文博昨日表示，工程如期完成。", ["傅文博"], [], id="surname-fu"),
    pytest.param(
        "街坊黃伯坦言，生意難做。李太則說，租金太貴。",
        ["黃伯", "李太"],
        [],
        id="surname-and-honorific",
    ),
    pytest.param(
        "市民陳小姐向記者表示，車費太貴。", ["陳小姐"], ["向記者"], id="honorific-starts-no-name"
    ),
    pytest.param("王太忙了，沒空回覆。", [], ["王太"], id="too-is-no-honorific"),
    pytest.param(
        "白宫新闻秘书卡罗琳·莱维特（Karoline Leavitt）称，谈判仍在进行。",
        ["卡罗琳·莱维特"],
        [],
        id="dotted-name-with-female-name-characters",
    ),
    pytest.param("主任医师阚志平说，病例仍在增加。", ["阚志平"], [], id="less-common-surname"),
    pytest.param(
        "里長鄞文雄表示，稻作全毀。理事長闕志明說，補助太慢。",
        ["鄞文雄", "闕志明"],
        [],
        id="surnames-of-the-hundred-families",
    ),
    pytest.param(
        "东京大学教授山本浩二表示，数据可信。执行长松冈健一说，明年量产。",
        ["山本浩二", "松冈健一"],
        [],
        id="japanese-names",
    ),
    pytest.param(
        "他說展期間人潮不斷，市府須再加派人手。",
        [],
        ["展期間", "須再"],
        id="surnames-that-are-words",
    ),
    pytest.param(
        "隊長文志華賽後表示，全隊表現出色。研究員甯思瑜指出，制度要改。",
        ["文志華", "甯思瑜"],
        [],
        id="role-then-a-time-word-ends-the-name",
    ),
    pytest.param(
        "市民須預先在網上登記，端午連假首日開放。", [], ["須預先", "連假"], id="words-after-a-role"
    ),
    pytest.param(
        "講者莉婭·哈特-瓊斯表示，珊瑚白化加劇。學者彼得·范德林登說，價格上漲。",
        ["莉婭·哈特-瓊斯", "彼得·范德林登"],
        [],
        id="hyphenated-and-peter",
    ),
    pytest.param(
        "被告万某辩称不知情。钟某某当庭认罪。邱姓男子表示，他只是司機。邱男稍後離開。",
        ["万某", "钟某某", "邱姓男子"],
        [],
        id="anonymised-people",
    ),
    pytest.param(
        "協會理事長亓永康說，明年擴大招生。", ["亓永康"], [], id="rare-surname-after-a-role"
    ),
    pytest.param(
        "研究员詹其瑞在总结会上介绍，冰川退缩。", ["詹其瑞"], [], id="qi-inside-a-given-name"
    ),
    pytest.param(
        "哈萨克斯坦专家叶尔兰·努尔兰说，合作很好。",
        ["叶尔兰·努尔兰"],
        [],
        id="ye-in-a-transliteration",
    ),
    pytest.param(
        "國民黨籍市議員粘淑華今日質詢時說，制服太貴。",
        ["粘淑華"],
        ["籍市"],
        id="party-membership-is-no-name",
    ),
    pytest.param("經總表示歡迎。", [], ["經總"], id="a-body-s-short-name-with-zong"),
    pytest.param("義工隊隊員麥家邦向記者憶述當晚情況。", ["麥家邦"], [], id="a-team-member"),
    pytest.param(
        "他曾公開表示反對，酒莊重新裝修。",
        [],
        ["曾公開", "莊重新"],
        id="a-surname-before-a-common-word",
    ),
    pytest.param("經營牧場多年的酪農溫志成說，飼料漲價。", ["溫志成"], [], id="a-dairy-farmer"),
    pytest.param(
        "裁判官鄺志文判刑。鄺官續說，長者需要保護。",
        ["鄺志文"],
        ["鄺官續"],
        id="a-role-honorific-then-a-verb",
    ),
    pytest.param(
        "創作歌手蕭以寧說，她的歌被冒用。",
        ["蕭以寧"],
        [],
        id="a-function-character-inside-a-given-name",
    ),
    pytest.param("局長丘應華晚上表示，已展開調查。", ["丘應華"], [], id="a-time-word-then-speech"),
    pytest.param("另一名船東禤國良則指，漁船太細。", ["禤國良"], [], id="a-hong-kong-surname"),
    pytest.param(
        "二十多年的貝志強告訴記者，電魚猖獗。",
        ["貝志強"],
        [],
        id="a-word-surname-after-de-before-speech",
    ),
    pytest.param("法院發布的通報中提醒長者小心。", [], ["通報中"], id="a-word-after-de-is-no-name"),
    pytest.param("球會被揭拖欠球員薪金。", [], ["揭拖欠"], id="a-verb-is-no-given-name"),
    pytest.param("街坊都叫他「根叔」。", [], ["都叫"], id="an-adverb-is-no-surname"),
    pytest.param("真正的關鍵仍在颱風季。", [], ["關鍵仍"], id="a-frequent-word-with-a-surname"),
    pytest.param(
        "华东师范大学教授司徒慧敏分析称，效果明显。",
        ["司徒慧敏"],
        [],
        id="compound-surname-in-the-dictionary",
    ),
    pytest.param("退休教师萧伯年则对判罚颇有微词。", ["萧伯年"], [], id="a-year-in-a-given-name"),
    pytest.param("研究员邝韵哲对本报记者表示。", ["邝韵哲"], [], id="to-after-a-name"),
    pytest.param(
        "技术总监马尔钦·诺瓦克表示，订单增加。", ["马尔钦·诺瓦克"], [], id="more-loan-characters"
    ),
    pytest.param(
        "女子組由消防員馮詠詩以九百分奪冠。", ["馮詠詩"], [], id="a-function-word-ends-the-name"
    ),
    pytest.param("死者鄺志明事發時在外牆工作。", ["鄺志明"], [], id="the-deceased"),
    pytest.param("被告公司辯稱不知情。", [], ["公司辯"], id="a-frequent-word-is-no-surname"),
    pytest.param(
        "投手羅德里格斯用剛學會的中文說謝謝。",
        [],
        ["羅德里格斯用剛學會"],
        id="learnt-is-no-society",
    ),
    pytest.param(
        "执行官欧阳靖在发布会上说，订单已排满。",
        ["欧阳靖"],
        [],
        id="compound-surname-tagged-a-place",
    ),
    pytest.param(
        "陈大江如今是一名社工，周末仍去学校。", ["陈大江"], [], id="time-word-after-a-name"
    ),
    pytest.param("刘志坚现年七十岁，仍每天晨跑。", ["刘志坚"], [], id="age-after-the-name"),
    pytest.param(
        "漁民彭志強如今是一名護漁員。", ["彭志強"], [], id="what-someone-does-before-the-name"
    ),
    pytest.param(
        "天文台提醒，「市民應留喺室內，唔好去海邊」。",
        [],
        ["應留喺", "市民應"],
        id="cantonese-particles-end-no-name",
    ),
    pytest.param("區內居民反映，區議會應該早點諮詢。", [], ["區內居"], id="district-is-no-surname"),
    pytest.param(
        "工会主席任向阳在会上说，工资须按时发放。",
        ["任向阳"],
        [],
        id="given-name-with-a-preposition",
    ),
    pytest.param(
        "本台分析師笪曉文指出，利率仍會上升。", ["笪曉文"], [], id="surname-missing-from-the-list"
    ),
    pytest.param(
        "（记者 葛晓帆 尉迟明）记者从市交通局获悉。",
        ["葛晓帆", "尉迟明"],
        [],
        id="names-listed-after-one-role",
    ),
    pytest.param(
        "在場的女兒阿珍說，父親一直很節儉。", ["阿珍"], [], id="a-name-after-a-kinship-word"
    ),
    pytest.param("32歲無業男子文志遠被控盜竊。", ["文志遠"], [], id="a-name-after-man"),
    pytest.param(
        "成绩被取消的选手中，包括原女子组第三名。", [], ["包括原"], id="women-s-group-ends-no-name"
    ),
    pytest.param(
        "老闆把錢用在刀口上，錢早就花光。", [], ["錢用", "錢早"], id="money-is-no-surname"
    ),
    pytest.param("劉姓球迷說很失望。劉姓球迷又說會再來。", [], ["劉姓"], id="surnamed-is-no-name"),
    pytest.param(
        "一名排隊的林姓女子說：「等了三個鐘。」隊伍仍然很長。",
        [],
        ["林姓女子"],
        id="someone-surnamed-met-once-is-no-actor",
    ),
    pytest.param(
        "涉案的邱姓男子被捕。警方指，邱男曾多次犯案。",
        ["邱姓男子"],
        [],
        id="someone-surnamed-named-again-is-one",
    ),
    pytest.param(
        "「一個護理師顧十幾床病人，誰敢再開病床？」", [], ["顧十幾"], id="a-count-is-no-given-name"
    ),
    pytest.param("當地農民管它叫「懶人稻」。", [], ["管它叫"], id="it-is-no-given-name"),
    pytest.param("温泉将至少关闭至本周末。", [], ["关闭至"], id="until-is-no-given-name"),
    pytest.param("员工都已安全离开。", [], ["都已"], id="already-is-no-given-name"),
    pytest.param("乘客付出更多。", [], ["付出更"], id="pay-is-no-name"),
    pytest.param(
        "分署長魏宏恩苦笑說：「牠記得路。」", ["魏宏恩"], ["魏宏恩苦"], id="then-a-wry-smile"
    ),
    pytest.param("頭目比令．達利說，熊很聰明。", ["比令．達利"], [], id="indigenous-dotted-name"),
    pytest.param(
        "火山学家古德伦·马格努斯多蒂尔说，喷发会持续。",
        ["古德伦·马格努斯多蒂尔"],
        [],
        id="a-long-last-part",
    ),
    pytest.param("租住劏房的司徒志強與妻子同住。", ["司徒志強"], [], id="of-then-and"),
    pytest.param(
        "來自英華書院的麥芷晴是今年的狀元之一。", ["麥芷晴"], [], id="of-a-school-then-is"
    ),
    pytest.param(
        "培正中學的歐陽子軒同樣考獲佳績。", ["歐陽子軒"], [], id="a-compound-surname-then-likewise"
    ),
    pytest.param(
        "在科技公司工作的程序员邝浩然是第一次献血。", ["邝浩然"], [], id="after-an-occupation"
    ),
    pytest.param("部分商戶未有按保單要求安裝水閘。", [], ["未有按保單"], id="not-yet-is-no-name"),
    pytest.param("記者戴上口罩採訪。", [], ["戴上"], id="put-on-is-no-name"),
    pytest.param(
        "住在屏東市的邰秀琴，去年捐出兒子的器官。",
        ["邰秀琴"],
        [],
        id="an-unknown-word-between-of-and-a-pause",
    ),
    pytest.param("新疆大學教授熱依拉·吐爾遜說，冰川在退縮。", ["熱依拉·吐爾遜"], [], id="uyghur"),
    pytest.param("「只要把水患顧好就好。」", [], ["顧好"], id="good-is-no-given-name"),
    pytest.param(
        "首席分析師拉斐爾·席爾瓦表示，價格會漲。",
        ["拉斐爾·席爾瓦"],
        ["席分析師"],
        id="a-surname-that-ends-a-role-word-names-no-one",
    ),
    pytest.param("專案組組長錢立文受訪時表示，進度順利。", ["錢立文"], [], id="group-leader"),
    pytest.param("超市下架了胡麻醬（500毫升裝）。", [], ["胡麻醬"], id="a-quantity-in-brackets"),
    pytest.param("據悉祁文山（68歲）今早離世。", ["祁文山"], [], id="an-age-in-brackets"),
    pytest.param(
        "在港邊等候的船員妻子吳陳月娥哭著說，丈夫很好。",
        ["吳陳月娥"],
        [],
        id="a-married-woman-s-two-surnames",
    ),
    pytest.param(
        "教授司徒峰長期研究海洋。司徒峰還提到，水溫上升。",
        ["司徒峰"],
        ["司徒峰還"],
        id="an-adverb-after-the-name",
    ),
    pytest.param("在貨運公司任職文員的區穎彤今年41歲。", ["區穎彤"], [], id="of-then-a-time-word"),
    pytest.param(
        "在京都經營茶屋的中村幸子則對新制表示歡迎。",
        ["中村幸子"],
        [],
        id="a-japanese-name-after-of",
    ),
    pytest.param(
        "退休职工卢秀兰拎着菜篮告诉记者，菜价涨了。", ["卢秀兰"], [], id="a-retired-worker"
    ),
    pytest.param("记者走访了龙溪镇。龙溪镇居民表示，水很脏。", [], ["龙溪镇"], id="a-town"),
    pytest.param("當時調解員師只問了一句話。", [], ["師只"], id="only-ends-no-name"),
    pytest.param("青少年的前額葉仍在發育。", [], ["葉仍"], id="still-ends-no-name"),
    pytest.param("他練兩小時，練完還會自己留下。", [], ["練完"], id="done-ends-no-name"),
    pytest.param("主任李文鎮說，會跟進。", ["李文鎮"], [], id="a-town-s-level-after-a-role"),
    pytest.param("保險公司陳小姐說，會理賠。", ["陳小姐"], [], id="a-person-after-a-kind-of-body"),
    pytest.param("據悉祁文山（1930－2020）曾任校長。", ["祁文山"], [], id="years-in-brackets"),
    pytest.param(
        "《中國氣候變化藍皮書（2024）》顯示，氣溫上升。", [], ["藍皮書"], id="a-year-in-brackets"
    ),
    pytest.param(
        "在影院工作了30年的放映師莫志文，見證戲院走到數碼年代。",
        ["莫志文"],
        [],
        id="a-projectionist",
    ),
    pytest.param("戲院由已故商人邱錦棠創辦。", ["邱錦棠"], [], id="a-merchant"),
    pytest.param(
        "飲食業商會會長何永年表示，不反對。", ["何永年"], [], id="a-given-name-ending-in-year"
    ),
    pytest.param(
        "副总经理王志刚在陈述中表示，项目延期。", ["王志刚"], ["陈述中"], id="in-his-statement"
    ),
    pytest.param(
        "市議會議長官志明表示，會跟進。", ["官志明"], [], id="a-speaker-read-as-an-officer"
    ),
    pytest.param("保育組長夏志文表示，黑熊出沒增加。", ["夏志文"], [], id="summer-is-a-surname"),
    pytest.param("退休人士李國華話，新戲院好靚。", ["李國華"], ["李國華話"], id="a-retiree-says"),
    pytest.param("記者周一鳴報道，市場回暖。", ["周一鳴"], [], id="a-day-after-a-role-is-a-name"),
    pytest.param("中心主任何平安表示，病床不足。", ["何平安"], [], id="a-role-then-any"),
    pytest.param("白雪梅表示，會跟進。", ["白雪梅"], [], id="a-word-tagged-a-name-then-one-more"),
    pytest.param("學徒阿明今年20歲，入行兩年。", ["阿明"], [], id="an-apprentice"),
    pytest.param("退休車衣女工陳秀英，每日都會來。", ["陳秀英"], [], id="a-woman-worker"),
    pytest.param(
        "对于在村里经营茶馆的何秀梅来说，游客少了。", ["何秀梅"], [], id="de-a-name-then-for"
    ),
    pytest.param(
        "女子組由台北市立大學的林芷瑩以7分58秒奪冠。", ["林芷瑩"], [], id="de-a-name-then-by"
    ),
    pytest.param("住在旺角的陳太每日都去街市。", ["陳太"], [], id="mrs-then-every"),
    pytest.param(
        "教育部次長林清華表示，課綱將修訂。", ["林清華"], [], id="a-listed-short-name-as-given"
    ),
    pytest.param(
        "該公司社長佐藤拓也（Takuya Sato）表示，會賠償。",
        ["佐藤拓也"],
        [],
        id="a-japanese-given-name-ending-in-ya",
    ),
    pytest.param(
        "牧民阿不都热合曼·吐尔逊家有羊。",
        ["阿不都热合曼·吐尔逊"],
        [],
        id="a-long-first-part-the-pattern-cuts",
    ),
    pytest.param(
        "果农买买提艾力·吐尔逊说，今年收成好。",
        ["买买提艾力·吐尔逊"],
        [],
        id="a-long-first-part-after-a-role",
    ),
    pytest.param(
        "經濟學系助理教授東方嘉怡認為，通脹會回落。",
        ["東方嘉怡"],
        [],
        id="a-compound-surname-that-is-a-word",
    ),
    pytest.param(
        "做了四十年的「大廚」師傅曾志強，今年退休。廟方另外委託彩繪師傅施作。",
        ["曾志強"],
        ["施作"],
        id="master-as-a-role",
    ),
    pytest.param(
        "這批木偶是廖金龍當年親手雕刻的。", ["廖金龍"], [], id="an-unknown-word-then-a-time"
    ),
    pytest.param(
        "在部落經營民宿的鄒族青年說，客人少了。", [], ["鄒族"], id="two-characters-then-a-time"
    ),
    pytest.param(
        "市議員陳林慧昨（3）日在議會質詢。", ["陳林慧"], ["陳林慧昨"], id="yesterday-ends-it"
    ),
    pytest.param(
        "球團發言人鈴木翔在記者會上表示，會再檢討。",
        ["鈴木翔"],
        [],
        id="a-japanese-one-character-given-name-then-at",
    ),
    pytest.param(
        "町觀光課課長中村健太對共同社表示，會加強巡查。",
        ["中村健太"],
        [],
        id="a-japanese-name-then-to",
    ),
    pytest.param("影評人林以安指出，國片票房回升。", ["林以安"], [], id="a-film-critic"),
    pytest.param("樂評人卓以安指出，新專輯值得一聽。", ["卓以安"], [], id="a-music-critic"),
    pytest.param("護林員卓瑪央宗說，山火已撲滅。", ["卓瑪央宗"], [], id="a-forest-ranger"),
    pytest.param("首席財務官衛嘉明說，盈利上升。", ["衛嘉明"], [], id="a-chief-financial-officer"),
    pytest.param("本地作家梁以君亦在網上轉發連結。", ["梁以君"], [], id="then-also"),
    pytest.param(
        "消防處助理處長（消防安全）區志明昨日表示，會加強巡查。",
        ["區志明"],
        [],
        id="a-role-and-its-field",
    ),
    pytest.param("飛安會調查官馬志遠表示，資料已取得。", ["馬志遠"], [], id="an-investigator"),
    pytest.param(
        "越南籍配偶阮氏青蘭今年28歲。王氏宗親昨日舉行春祭。",
        ["阮氏青蘭"],
        ["王氏宗親"],
        id="a-vietnamese-woman-s-name",
    ),
    pytest.param(
        "日本摔跤協會強化本部長坂口隆發表聲明，稱她是難得的選手。",
        ["坂口隆"],
        [],
        id="a-japanese-one-character-given-name-then-an-ending",
    ),
    pytest.param(
        "日本名將藤堂美咲（Misaki Todo）昨日召開記者會。",
        ["藤堂美咲"],
        [],
        id="a-japanese-family-name-of-the-list",
    ),
    pytest.param(
        "中国安能现场指挥长钟德彪介绍，道路被掩埋。",
        ["钟德彪"],
        ["长钟德彪"],
        id="a-long-name-starts-past-the-role",
    ),
    pytest.param("舊區重建，街坊都話唔捨得。", [], ["都話"], id="cantonese-say-is-no-given-name"),
    pytest.param("一名陳姓老翁說，祖墳都在這裡。", [], ["老翁"], id="an-old-man-surnamed"),
    pytest.param(
        "他說：「出咗事，連消防員都搵唔到入口。」", [], ["都搵"], id="find-is-no-given-name"
    ),
    pytest.param(
        "宏遠不動產顧問公司總經理表示，房價持平。", [], ["公司總"], id="a-role-inside-company"
    ),
    pytest.param("裝修師傅黃強指，材料漲價。", ["黃強"], [], id="a-master-s-two-character-name"),
    pytest.param("首相岸田今對記者說，會檢討。", [], ["岸田今"], id="a-japanese-family-then-today"),
    pytest.param("遼寧清原縣縣長表示歡迎。", [], ["清原縣縣長"], id="a-county-no-japanese-name"),
    pytest.param(
        "一名男子（50歲）蘇醒後送院。", [], ["蘇醒後"], id="an-age-in-brackets-is-no-field"
    ),
]


@pytest.mark.parametrize(("text", "persons", "absent"), NAMES)
def test_chinese_names_from_context(text: str, persons: list[str], absent: list[str]) -> None:
    actors = _actors(text)
    for name in persons:
        owner = _owner(actors, name)
        assert owner is not None and owner.type == "person", f"{name} in {actors}"
    for surface in absent:
        assert all(surface not in m.text for a in actors for m in a.mentions), surface


# Organisations named by a head and a known ending: (text, the whole name, not actors).
ORGS = [
    pytest.param("青峰汽车昨日发布财报。", "青峰汽车", [], id="brand-and-industry"),
    pytest.param(
        "深圳市交通运输局回应称，将加强监管。", "深圳市交通运输局", [], id="city-bureau-simplified"
    ),
    pytest.param(
        "新竹市環境保護局今日發布新聞稿。", "新竹市環境保護局", [], id="city-bureau-taiwan"
    ),
    pytest.param(
        "香港物流管理協會主席表示，運費將上調。", "香港物流管理協會", [], id="hong-kong-association"
    ),
    pytest.param(
        "法國巴斯德研究所的學者參與研究。", "巴斯德研究所", [], id="country-before-a-foreign-name"
    ),
    pytest.param(
        "交通部公路局局長表示，路段封閉。", "交通部公路局", ["公路局局"], id="bureau-and-its-chief"
    ),
    pytest.param(
        "多家美國公司和網絡安全公司受到影響。",
        None,
        ["美國公司", "網絡安全公司"],
        id="descriptions",
    ),
    pytest.param("当局表示，总部不会搬迁。", None, ["当局", "总部"], id="no-head"),
    pytest.param(
        "議員要求行政院長到立法院報告。",
        "立法院",
        ["行政院長到立法院"],
        id="role-before-a-known-body",
    ),
    pytest.param("江苏中南部将有暴雨。", None, ["江苏中南部", "中南部"], id="part-of-a-region"),
    pytest.param("乡镇卫生院人手不足。", None, ["卫生院"], id="kind-of-body"),
    pytest.param("各巴士公司將縮減班次。", None, ["巴士公司"], id="each-company-is-no-name"),
    pytest.param(
        "天水圍的恩慈會朗屏小學及恩慈會天瑞小學將停收小一。",
        "恩慈會天瑞小學",
        ["慈會朗屏小學及恩慈會天瑞小學"],
        id="two-schools-the-joiner-glued-to-the-second",
    ),
    pytest.param(
        "德國不來梅極地研究所的學者說。",
        "不來梅極地研究所",
        ["德國不來梅極地研究所"],
        id="a-country-before-an-institute-s-place-the-tagger-misreads",
    ),
    pytest.param("香港保安業聯會主席何志強說，工人好辛苦。", "香港保安業聯會", [], id="federation"),
    pytest.param("建造業訓練局表示，課程仍有學額。", "建造業訓練局", [], id="a-bureau-that-speaks"),
    pytest.param("新竹地檢署則表示，將研議上訴。", "新竹地檢署", [], id="district-prosecutors"),
    pytest.param("港明小輪自去年起接手航線。", "港明小輪", [], id="a-ferry-company"),
    pytest.param(
        "該公司去年被日本投資集團Sahel Ventures收購。",
        None,
        ["日本投資集團"],
        id="a-kind-of-body-before-its-latin-name",
    ),
    pytest.param(
        "仁愛綜合醫院（仁愛醫院）急診部主任何家明說，病床不足。",
        "仁愛綜合醫院",
        ["急診部"],
        id="a-department-after-a-body-and-its-short-form",
    ),
    pytest.param(
        "負責維修的「永和棚業工程有限公司」被調查。",
        "永和棚業工程有限公司",
        ["棚業工程有限公司"],
        id="a-company-named-by-a-proper-noun-the-dictionary-knows",
    ),
    pytest.param(
        "被告何某請求法院從輕處罚。", None, ["何某請求法院", "請求法院"], id="asked-of-a-court"
    ),
    pytest.param("院方尊重法院判決。", None, ["院方尊重法院", "尊重法院"], id="a-court-respected"),
    pytest.param(
        "另據深圳市民政局統計，全市有三百家。",
        "深圳市民政局",
        ["另據深圳市民政局"],
        id="according-to-a-bureau",
    ),
    pytest.param(
        "其中68歲女患者曾留醫廣華醫院，現時情況穩定。",
        "廣華醫院",
        ["曾留醫廣華醫院", "曾留醫", "曾留"],
        id="in-hospital-at",
    ),
    pytest.param(
        "環境及生態局局長謝展寰稱，計劃會延期。", "環境及生態局", [], id="bureau-before-its-chief"
    ),
    pytest.param("騙徒冒充勞工事務處職員行騙。", "勞工事務處", [], id="bureau-before-its-staff"),
    pytest.param("中央气象台发布预警。", "中央气象台", [], id="weather-service"),
    pytest.param("美國當局表示，調查仍在進行。", None, ["美國當局"], id="authorities-are-generic"),
    pytest.param("据法国《回声报》报道，谈判破裂。", "回声报", [], id="paper-cited-with-country"),
    pytest.param("据中国新闻网报道，航班取消。", "中国新闻网", [], id="news-site-cited"),
    pytest.param(
        "美聯物業首席分析師表示，樓價回穩。", "美聯物業", [], id="hong-kong-property-agency"
    ),
    pytest.param(
        "九龍城街坊福利會主席李國強稱，重建需時。",
        "九龍城街坊福利會",
        [],
        id="hui-before-its-chief",
    ),
    pytest.param("香港會繼續推動創科發展。", None, ["香港會"], id="hui-as-a-verb"),
    pytest.param("国家市场监督管理总局发布通告。", "国家市场监督管理总局", [], id="general-bureau"),
    pytest.param(
        "全國教師工會聯盟今日遞交請願信。", "全國教師工會聯盟", [], id="nationwide-alliance"
    ),
    pytest.param("浙江省博物馆今天重新开放。", "浙江省博物馆", [], id="museum"),
    pytest.param(
        "政府加大國防科技投入，亞洲科技業受惠，別再崇拜科技巨頭。",
        None,
        ["國防科技", "亞洲科技", "崇拜科技", "崇拜"],
        id="a-field-is-no-company",
    ),
    pytest.param(
        "西貢海灣污染關注組召集人表示，會繼續跟進。", "西貢海灣污染關注組", [], id="concern-group"
    ),
    pytest.param(
        "駐溫哥華台北經濟文化辦事處表示，已聯繫家屬。",
        "駐溫哥華台北經濟文化辦事處",
        ["台北經濟文化辦"],
        id="office-is-no-department-of-ban",
    ),
    pytest.param(
        "營運商觀塘海濱發展有限公司在聲明中指出，活動符合規定。",
        "觀塘海濱發展有限公司",
        [],
        id="limited-company",
    ),
    pytest.param(
        "被告深圳恒达贸易有限公司拒绝调解。",
        "深圳恒达贸易有限公司",
        ["被告深圳恒达贸易有限公司"],
        id="limited-company-from-its-place",
    ),
    pytest.param("詐騙集團成員在台中提款。", None, ["詐騙集團"], id="kind-of-group"),
    pytest.param(
        "他雖非集團高層，卻負責調度。", None, ["雖非集團"], id="function-word-is-no-brand"
    ),
    pytest.param(
        "广州市卫生健康委员会相关负责人表示，行动持续一个月。",
        "广州市卫生健康委员会",
        [],
        id="adjectives-in-the-head",
    ),
    pytest.param("政府資助非牟利圖書館。", None, ["牟利圖書館"], id="non-profit-is-no-name"),
    pytest.param(
        "北京协和医院与四川华西医院联合发布指南。",
        "北京协和医院",
        ["北京协和医院与四川华西医院"],
        id="two-bodies-joined",
    ),
    pytest.param(
        "發展及規劃局（發規局）副局長黃志明表示，方案會再諮詢。",
        "發展及規劃局",
        [],
        id="bureau-short-form-before-its-chief",
    ),
    pytest.param(
        "香港公共醫療護士協會發表聲明。", "香港公共醫療護士協會", [], id="adjective-in-the-head"
    ),
    pytest.param(
        "记者从应急管理部获悉。应急管理部副部长表示，险情可控。",
        "应急管理部",
        [],
        id="ministry-before-its-deputy",
    ),
    pytest.param("他在河北中南部工作多年。", None, ["中南部"], id="region-part-is-no-ministry"),
    pytest.param(
        "广州市自来水集团副总经理称，水质达标。",
        "广州市自来水集团",
        [],
        id="group-headed-by-a-city",
    ),
    pytest.param(
        "國務院台灣事務辦公室發言人表示，反對干涉。", None, ["國務院"], id="office-is-no-department"
    ),
    pytest.param(
        "江北農村商業銀行（以下簡稱江北農商行）併購了河西農村商業銀行。江北農商行董事長表示，整合順利。",
        "江北農村商業銀行",
        ["農商行", "農村商業銀行"],
        id="short-form-taught-in-brackets-is-no-name",
    ),
    pytest.param(
        "中國人民銀行宣布降息，中國銀行隨即下調房貸利率。",
        "中國銀行",
        [],
        id="words-dropped-from-the-middle-name-another-body",
    ),
    pytest.param(
        "交通部觀光署表示，來台旅客持續回升。", "交通部觀光署", [], id="agency-of-a-ministry"
    ),
    pytest.param("鹿谷鄉公所表示，災後清理已完成。", "鹿谷鄉公所", [], id="township-office"),
    pytest.param("新莊慈祐宮主委說，繞境照常舉行。", "新莊慈祐宮", [], id="temple"),
    pytest.param("屏東縣政府宣布，明年起補助營養午餐。", "屏東縣政府", [], id="county-government"),
    pytest.param("石破政府表示將檢討。", None, ["石破政府"], id="a-leader-s-government-is-no-body"),
    pytest.param(
        "昇輝建築工程有限責任公司表示會配合調查。",
        "昇輝建築工程有限責任公司",
        [],
        id="limited-liability",
    ),
    pytest.param("他讀中學時很調皮，她在溫州中學任教。", "溫州中學", ["他讀中學"], id="schools"),
    pytest.param("《流浪地球》報道了太空故事。", None, ["流浪地球"], id="a-film-is-no-medium"),
    pytest.param(
        "駐捷克台北經濟文化辦事處表示，活動順利。",
        "駐捷克台北經濟文化辦事處",
        [],
        id="a-mission-abroad",
    ),
    pytest.param(
        "北歐最大乳業合作社表示反對。",
        None,
        ["北歐最大乳業合作社"],
        id="a-superlative-is-a-description",
    ),
    pytest.param(
        "广州市越秀区人民法院审理此案。",
        "广州市越秀区人民法院",
        ["越秀区人民法院"],
        id="city-and-district-head-a-court",
    ),
    pytest.param(
        "浙江自然博物馆与丹麦环境部联合主办展览。",
        "丹麦环境部",
        ["浙江自然博物馆与丹麦环境部"],
        id="a-museum-and-a-ministry-joined-stay-two",
    ),
    pytest.param(
        "他向永信人壽投訴理賠太慢。", "永信人壽", ["向永信人壽"], id="to-is-no-part-of-a-brand"
    ),
    pytest.param(
        "苏州颐安悦居养老服务有限公司昨日被查。",
        "苏州颐安悦居养老服务有限公司",
        ["养老服务有限公司"],
        id="an-unknown-name-cut-by-the-tagger",
    ),
    pytest.param(
        "比赛在佛山南海体育中心举行，村民在山腳村活動中心避難。",
        None,
        ["佛山南海体育中心", "山腳村活動中心"],
        id="venues-are-no-bodies",
    ),
    pytest.param("村口有一座清真寺。", None, ["清真寺"], id="a-kind-of-temple-is-no-body"),
    pytest.param("水務署助理署長表示，會加強巡查。", None, ["水務署助理署"], id="a-deputy-s-role"),
    pytest.param(
        "由美国杜克大学牵头的团队表示。",
        "杜克大学",
        ["美国杜克大学"],
        id="country-before-a-foreign-body",
    ),
    pytest.param("南澳州政府發言人說，會再研究。", "南澳州政府", [], id="state-government"),
    pytest.param(
        "卡萨布兰卡投资中心主任表示欢迎。", "卡萨布兰卡投资中心", [], id="a-centre-that-is-a-body"
    ),
    pytest.param(
        "北京市中心人潮不断，上海要建成国际金融中心。",
        None,
        ["北京市中心", "国际金融中心"],
        id="city-centres-and-statuses-are-no-bodies",
    ),
    pytest.param("佢話而家政府唔理我哋。", None, ["而家政府"], id="cantonese-now-is-no-place"),
    pytest.param(
        "台北市衛生局與新北市衛生局合作。",
        "台北市衛生局",
        ["台北市衛生局與新北市衛生局"],
        id="two-bureaus-joined-stay-two",
    ),
    pytest.param(
        "該公司9日向赫爾辛基地方法院提出申請。",
        "赫爾辛基地方法院",
        ["日向赫爾辛基地方法院"],
        id="a-word-glued-to-a-date-is-no-head",
    ),
    pytest.param("家屬離開法院時情緒激動。", None, ["家屬離開法院"], id="a-clause-before-court"),
    pytest.param(
        "華晶光電董事會昨日通過決議。",
        "華晶光電",
        ["華晶光電董事會"],
        id="the-board-is-the-company",
    ),
    pytest.param(
        "據日媒《體育報知》報導，他將加盟。根據《年度報告》指出，收入下降。",
        "體育報知",
        ["年度報告"],
        id="what-reports-is-a-medium",
    ),
    pytest.param(
        "美國職棒西雅圖水手隊今日宣布簽約。",
        "西雅圖水手隊",
        ["美國職棒西雅圖水手隊"],
        id="team-after-its-league",
    ),
    pytest.param(
        "成功大學物流管理學系教授李明哲說，缺工嚴重。",
        None,
        ["成功大學物流"],
        id="a-university-field-is-no-company",
    ),
    pytest.param("湖州市政协昨日召开常委会议。", "湖州市政协", ["湖州市"], id="a-city-s-cppcc"),
    pytest.param("創作團隊城畫工作室表示，壁畫被覆蓋。", "城畫工作室", [], id="a-studio"),
    pytest.param("菲律宾火山观测站发布警报。", "菲律宾火山观测站", [], id="an-observatory"),
    pytest.param(
        "社區共耕協會今日表示，菜價上升。", "社區共耕協會", [], id="a-noun-opens-the-name"
    ),
    pytest.param(
        "大阪公立大學研究團隊昨日發表論文。", "大阪公立大學", [], id="a-kind-after-a-place"
    ),
    pytest.param(
        "江夏区社会福利院院长刘勇说，床位不足。", "江夏区社会福利院", [], id="a-welfare-home"
    ),
    pytest.param("东湖水库管理所所长说，水位正常。", "东湖水库管理所", [], id="a-reservoir-office"),
    pytest.param("白鹭合唱团团长说，比赛很难。", "白鹭合唱团", [], id="a-choir"),
    pytest.param(
        "製造商森川電子株式會社發表聲明，回收產品。",
        "森川電子株式會社",
        [],
        id="a-kabushiki-kaisha",
    ),
    pytest.param(
        "非盟執委會發言人表示，將派員調查。", "非盟執委會", [], id="an-executive-committee"
    ),
    pytest.param("鳳崗國中校長林志遠說，停課一天。", "鳳崗國中", [], id="a-junior-high"),
    pytest.param("乘客可在中山國中站轉乘公車。", None, ["中山國中", "中山國中站"], id="a-station"),
    pytest.param(
        "學校向業者順興通運租車。順興通運負責人表示會配合。", "順興通運", [], id="a-haulier"
    ),
    pytest.param("私立鹿港民俗文物館被竊，館方已報警。", "鹿港民俗文物館", [], id="a-folk-museum"),
    pytest.param(
        "截至6月末，将宏晟控股的债务展期。", "宏晟控股", ["将宏晟控股"], id="will-is-no-part-of-it"
    ),
    pytest.param("物流公司宏泰環球物流今年中撤資。", "宏泰環球物流", [], id="after-its-kind"),
    pytest.param(
        "充電運營商迅能超充創始人林可欣表示，會擴張。",
        "迅能超充",
        [],
        id="after-its-kind-before-a-role",
    ),
    pytest.param(
        "港超球會南區雄鷹主教練葛志麟說，會努力。", "南區雄鷹", [], id="a-club-after-its-kind"
    ),
    pytest.param(
        "伺服器代工廠「宏鼎智聯」的第三廠今日啟用。", "宏鼎智聯", [], id="quoted-after-a-contractor"
    ),
    pytest.param("廣東的客商五月份就來訂貨了。", None, ["五月份"], id="a-month-after-traders"),
    pytest.param(
        "它是國際人形機器人新創搶著下單的對象。", None, ["搶著下單"], id="a-verb-after-start-ups"
    ),
    pytest.param("球隊換帥也引起討論。", None, ["換帥"], id="two-characters-after-a-team"),
    pytest.param("這家公司南海天成今年虧損。", None, ["南海天成"], id="a-company-spoken-of"),
    pytest.param("校方通报：涉事学院副书记停职。", None, ["涉事学院"], id="the-college-involved"),
    pytest.param(
        "執行長接受《遠見》越洋專訪時表示，會擴產。", "遠見", [], id="a-publication-that-interviews"
    ),
    pytest.param(
        "根據財經媒體《商周》的調查，多數人支持。", "商周", [], id="a-publication-named-a-medium"
    ),
    pytest.param(
        "她接受《紅樓夢》的影響很深。", None, ["紅樓夢"], id="a-book-that-interviews-no-one"
    ),
    pytest.param(
        "智利駐港澳總領事館回覆查詢時表示，會協助。", "智利駐港澳總領事館", [], id="a-consulate"
    ),
    pytest.param("資產全數存放在持牌銀行。", None, ["持牌銀行"], id="licensed-banks"),
    pytest.param(
        "教育部已要求各縣市政府加強檢查。", None, ["縣市政府"], id="every-county-s-government"
    ),
    pytest.param("本溪市政府表示，會跟進。", "本溪市政府", [], id="a-city-starting-with-this"),
    pytest.param("穩定能源在未來很重要。", None, ["穩定能源"], id="a-description-then-in"),
    pytest.param("台灣醫學會站出來表示反對。", "台灣醫學會", [], id="stands-up-is-no-station"),
    pytest.param(
        "英國工程顧問公司奧雅納的專家表示，橋樑安全。", "奧雅納", [], id="a-transliterated-brand"
    ),
    pytest.param(
        "工具機出口商永恒精機董事長溫明表示，訂單回升。",
        "永恒精機",
        [],
        id="a-brand-read-as-a-word",
    ),
    pytest.param("發行商光合影業表示，該片延期。", "光合影業", [], id="a-brand-read-as-a-verb"),
    pytest.param(
        "負責工程的開發公司總經理表示，會跟進。", None, ["開發公司"], id="a-company-by-what-it-does"
    ),
    pytest.param(
        "江門市市場監督管理局與江門市公安局聯合執法。",
        "江門市公安局",
        ["江門市市場監督管理局與江門市公安局"],
        id="a-department-word-then-and",
    ),
    pytest.param(
        "雅晴幼稚園由雅晴教育基金會於2001年創辦。",
        "雅晴教育基金會",
        ["雅晴幼稚園由雅晴教育基金會"],
        id="a-kindergarten-then-by",
    ),
    pytest.param(
        "暨南大學新聞學院教授林志遠說，平台要負責。",
        "暨南大學新聞學院",
        ["南大學新聞學院"],
        id="ji-opens-a-word",
    ),
    pytest.param("港九茶樓業商會主席表示，租金太貴。", "港九茶樓業商會", [], id="a-numeral-opens"),
    pytest.param(
        "香港五和會館主席陳德明表示，會繼續演出。", "香港五和會館", [], id="a-numeral-then-and"
    ),
    pytest.param(
        "中華濕地保育聯盟秘書長林宜君表示，反對開發。",
        "中華濕地保育聯盟",
        [],
        id="a-state-word-inside",
    ),
    pytest.param(
        "香港仔街坊互助會主席表示，支持。", "香港仔街坊互助會", [], id="a-bound-morpheme-inside"
    ),
    pytest.param(
        "香港中醫同業聯會主席表示，支持新例。",
        "香港中醫同業聯會",
        [],
        id="a-category-word-before-the-ending",
    ),
    pytest.param(
        "记者从朝阳区有关部门了解到，项目将延期。", None, ["有关部"], id="concerned-units"
    ),
    pytest.param("專家指，城市動物園仍有保育角色。", None, ["城市動物園"], id="city-zoos"),
    pytest.param(
        "中國保護研究中心與德國柏林動物園簽約。",
        "柏林動物園",
        ["德國柏林動物園"],
        id="a-country-before-a-city-s-zoo",
    ),
    pytest.param("據寧波海關昨日公布的數據，出口下降。", "寧波海關", [], id="customs"),
    pytest.param("政府持有港鐵股份。", None, ["港鐵股份"], id="shares-are-no-company"),
    pytest.param("宏泰物流股價昨日急跌。", "宏泰物流", [], id="a-company-s-share-price"),
    pytest.param("市府已經取得宏泰物流同意。", "宏泰物流", [], id="obtained-is-no-modal"),
    pytest.param("外縣市消防局也派員支援。", None, ["外縣市消防局"], id="other-counties"),
    pytest.param("興華客運司機昨日罷工。", "興華客運", [], id="a-bus-company"),
    pytest.param("旅客只能改搭客運回家。", None, ["改搭客運"], id="a-verb-after-a-modal"),
    pytest.param(
        "北部病友關懷協會理事長陳大明也到場聲援。",
        "北部病友關懷協會",
        ["病友關懷協會"],
        id="a-region-opens-a-name",
    ),
    pytest.param("他坦言，南部醫院搶人激烈。", None, ["南部醫院"], id="a-region-s-hospitals"),
    pytest.param(
        "南部腎友關懷協會理事長陳大明也到場聲援。",
        "南部腎友關懷協會",
        ["腎友關懷協會"],
        id="a-region-the-tagger-reads-apart",
    ),
    pytest.param(
        "曾任國家隊教練的林大文指出，比賽很難。", None, ["曾任國家隊"], id="once-served-is-no-name"
    ),
    pytest.param(
        "上訴庭頒下判詞，指原審時法庭傳譯員錯誤翻譯。",
        None,
        ["指原審時法庭"],
        id="says-opens-no-name",
    ),
    pytest.param(
        "碼頭工人罷工。永昇港運服務有限公司表示遺憾。永昇港運昨晚發表聲明，稱會加薪。",
        "永昇港運",
        [],
        id="a-registered-name-named-again-without-service",
    ),
    pytest.param(
        "關注團體「街市商戶權益關注組」發言人陳小文批評，政策失效。",
        "街市商戶權益關注組",
        [],
        id="a-group-s-quoted-name",
    ),
    pytest.param(
        "衛福部近年推動「智慧醫院」計畫。", None, ["智慧醫院"], id="a-quoted-kind-of-hospital"
    ),
    pytest.param(
        "公司正與廣州巴士集團商討新路線。", "廣州巴士集團", ["巴士集團"], id="bus-is-no-place"
    ),
    pytest.param(
        "跨境巴士商會主席陳大明表示，司機不足。", "跨境巴士商會", ["巴士商會"], id="bus-is-no-name"
    ),
    pytest.param(
        "工會將串聯各縣市護理工會，持續抗議。",
        None,
        ["串聯各縣市護理工會", "各縣市"],
        id="every-county-is-no-place",
    ),
    pytest.param(
        "紅海航線持續繞行推高海運成本。", None, ["推高海運"], id="a-trade-describing-a-noun"
    ),
    pytest.param(
        "群益投顧協理鄭博仁也指出，市場回溫。", "群益投顧", [], id="a-trade-then-a-vice-president"
    ),
    pytest.param("嘉義市環保局昨日公布檢測結果。", "嘉義市環保局", [], id="a-bureau-s-short-word"),
    pytest.param("經雲林縣政府公告為古蹟。", "雲林縣政府", [], id="government-read-with-a-noun"),
    pytest.param("屯門區再有幼稚園宣布停辦。", None, ["再有幼稚園"], id="there-is-another"),
    pytest.param("佢話將文件交晒俾大學處理。", None, ["交晒俾大學"], id="cantonese-give-to"),
    pytest.param(
        "东营市海洋发展局昨日表示，赤潮已退。", "东营市海洋发展局", [], id="a-city-read-as-a-noun"
    ),
    pytest.param(
        "扶手電梯由港鐵承辦商宏達升降機工程有限公司負責保養。",
        "宏達升降機工程有限公司",
        ["商宏達升降機工程有限公司"],
        id="a-contractor-before-the-company",
    ),
    pytest.param("宜蘭監獄的超收比例逾兩成。", "宜蘭監獄", [], id="a-prison"),
    pytest.param("南山看守所一名在押人員死亡。", "南山看守所", [], id="a-detention-centre"),
    pytest.param(
        "湖南省政府成立由省应急管理厅牵头的调查组。",
        "省应急管理厅",
        ["由省应急管理厅"],
        id="by-the-province-s-own-department",
    ),
    pytest.param(
        "调查组成员包括省交通运输厅、省公安厅。",
        "省交通运输厅",
        [],
        id="the-province-s-own-department",
    ),
    pytest.param(
        "新竹馬偕紀念醫院院長表示，人力不足。",
        "新竹馬偕紀念醫院",
        [],
        id="a-hospital-with-its-city",
    ),
    pytest.param("台礦實業公司發布聲明。", "台礦實業公司", [], id="a-brand-then-industry-company"),
    pytest.param(
        "晶瀚國際開發公司董事長說，將興建飯店。",
        "晶瀚國際開發公司",
        [],
        id="a-brand-then-the-words-firms-use",
    ),
    pytest.param("美國六大科技公司市值大跌。", None, ["六大科技公司"], id="six-big-tech-firms"),
    pytest.param(
        "美國監獄人滿為患，美國醫院收費昂貴。",
        None,
        ["美國監獄", "美國醫院"],
        id="a-country-s-kind",
    ),
    pytest.param("公民觀察協會昨日表示，不滿。", "公民觀察協會", [], id="an-association-that-acts"),
    pytest.param("動物守護聯盟昨日表示。", "動物守護聯盟", [], id="an-alliance-that-acts"),
    pytest.param("新界工友進修社昨日宣布停辦。", "新界工友進修社", [], id="a-night-school"),
    pytest.param(
        "稅務上訴委員會昨日裁定上訴得直。",
        "稅務上訴委員會",
        [],
        id="a-committee-that-acts",
    ),
    pytest.param(
        "廣州海關所屬黃埔老港海關查獲一批走私凍肉。",
        "廣州海關",
        ["廣州海關所屬黃埔老港海關"],
        id="a-body-under-another",
    ),
]


@pytest.mark.parametrize(("text", "org", "absent"), ORGS)
def test_organisations_by_ending(text: str, org: str | None, absent: list[str]) -> None:
    actors = _actors(text)
    if org is not None:
        owner = _owner(actors, org)
        assert owner is not None and owner.type == "org", f"{org} in {[a.name for a in actors]}"
    for surface in absent:
        assert _owner(actors, surface) is None, surface


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        pytest.param(
            "深圳市交通运输局通报了事故。交通运输局称，已展开调查。",
            "深圳市交通运输局",
            "交通运输局",
            id="org-without-its-city",
        ),
        pytest.param(
            "執行長艾倫·林（Allen Lin）宣布擴產。林執行長補充，新廠明年投產。",
            "艾倫·林",
            "林執行長",
            id="surname-and-role",
        ),
        pytest.param(
            "國際體育仲裁法庭駁回上訴。國際體育仲裁法庭（CAS）表示，裁決是最終裁決。CAS稱……",
            "國際體育仲裁法庭",
            "CAS",
            id="gloss-on-a-later-mention",
        ),
        pytest.param(
            "肯尼亚选手约瑟芬·基普罗蒂奇（Josephine Kiprotich）夺冠。基普罗蒂奇赛后说，天气很好。",
            "约瑟芬·基普罗蒂奇",
            "基普罗蒂奇",
            id="name-part-before-a-word-starting-with-a-loan-character",
        ),
        pytest.param(
            "排灣族藝術家莎卡·嘉拉瓦安（Saka Djalavaan）開展。莎卡說，作品來自部落。",
            "莎卡·嘉拉瓦安",
            "莎卡",
            id="given-name-part",
        ),
        pytest.param(
            "華南大學公共衛生學院院長周立仁表示，疫苗有效。華南大學去年擴招。",
            "華南大學",
            "華南大學公共衛生學院",
            id="school-of-a-university",
        ),
        pytest.param(
            "華泰證券研究部主管指出，市場偏淡。華泰證券股價持平。",
            "華泰證券",
            "華泰證券研究部",
            id="department-of-a-company",
        ),
        pytest.param(
            "中研院發表報告。中研院海洋生態多樣性研究中心研究員林宏說，珊瑚白化。",
            "中研院",
            "中研院海洋生態多樣性研究中心",
            id="a-long-centre-of-a-body-the-article-names",
        ),
        pytest.param(
            "議會昨日開會。南洲議會財政事務委員會主席李明說，預算超支。南洲議會今日再議。",
            "南洲議會",
            "南洲議會財政事務委員會",
            id="a-committee-of-a-council",
        ),
        pytest.param(
            "江西省民政厅社会救助与儿童福利处处长王刚介绍，补贴已发放。江西省民政厅表示，将加强监督。",
            "江西省民政厅",
            "江西省民政厅社会救助与儿童福利处",
            id="a-long-department-of-a-government-body",
        ),
        pytest.param(
            "西南政法大学知识产权法研究所所长吴昊认为，条款模糊。西南政法大学今年扩招。",
            "西南政法大学",
            "西南政法大学知识产权法研究所",
            id="an-institute-with-a-long-name",
        ),
        pytest.param(
            "中央選舉委員會今日公告選舉日程。中選會表示，投票所將增加。",
            "中央選舉委員會",
            "中選會",
            id="abbreviation-of-a-commission",
        ),
        pytest.param(
            "這家代工廠是祥碩科技。祥碩在書面回覆中強調，加班都依法辦理。",
            "祥碩科技",
            "祥碩",
            id="company-by-its-brand-alone",
        ),
        pytest.param(
            "韓國電池製造商星光能源（Starlight Energy）宣布擴產。",
            "星光能源",
            "Starlight Energy",
            id="latin-company-name-ending-in-energy",
        ),
        pytest.param(
            "德國聯合汽車製造公司（United Motor Works，以下簡稱UMW）昨日公布財報。UMW表示，銷量回升。",
            "United Motor Works",
            "UMW",
            id="gloss-and-short-form-in-one-bracket",
        ),
        pytest.param(
            "高雄捷運產業工會發起罷工。高捷工會理事長說，人力不足。",
            "高雄捷運產業工會",
            "高捷工會",
            id="abbreviation-keeping-the-ending",
        ),
        pytest.param(
            "國立陽明交通大學今年擴招。陽明交大校長表示，宿舍已足夠。",
            "國立陽明交通大學",
            "陽明交大",
            id="status-word-left-out",
        ),
        pytest.param(
            "旅行代理商註冊處（註冊處）發言人表示會跟進。註冊處並提醒市民。",
            "旅行代理商註冊處",
            "註冊處",
            id="bracketed-tail",
        ),
        pytest.param(
            "城市規劃學會（規劃學會）表示反對。規劃學會又指方案倉促。",
            "城市規劃學會",
            "規劃學會",
            id="bracketed-found-on-its-own-too",
        ),
        pytest.param(
            "議員要求嘉義市政府水利處提出報告。水利處回應，已派員檢查。",
            "嘉義市政府水利處",
            "水利處",
            id="without-the-city-government",
        ),
        pytest.param(
            "貨品由進口商宏泰食品貿易有限公司入口。宏泰食品總經理表示，會全數回收。",
            "宏泰食品貿易有限公司",
            "宏泰食品",
            id="a-company-by-its-brand-and-trade",
        ),
        pytest.param(
            "台中市私立梧棲民俗文物館遭竊。台中梧棲民俗文物館館長說，很心痛。",
            "台中市私立梧棲民俗文物館",
            "台中梧棲民俗文物館",
            id="one-place-named-two-ways",
        ),
        pytest.param(
            "主任裁判官蘇文傑昨日判處被告入獄。蘇官判刑時指出，社會對此零容忍。",
            "蘇文傑",
            "蘇官",
            id="a-magistrate-s-surname-and-title-before-a-verb",
        ),
        pytest.param(
            "水務署助理署長莫家明表示，會盡快維修。莫助理署長補充，住戶可申請賠償。",
            "莫家明",
            "莫助理署長",
            id="an-assistant-s-surname-and-title",
        ),
        pytest.param(
            "在茶樓做了三十年的點心師傅黃美蓮，熟客都叫她黃姐。黃姐說，很捨不得。",
            "黃美蓮",
            "黃姐",
            id="a-surname-and-sister",
        ),
        pytest.param(
            "住在屋邨的何秀英今年八十歲，街坊都叫她何嫲。何嫲說，很開心。",
            "何秀英",
            "何嫲",
            id="a-surname-and-grandma",
        ),
        pytest.param(
            "岳阳县市场监督管理局昨日通报了抽检结果。县市场监管局表示，已立案调查。",
            "岳阳县市场监督管理局",
            "县市场监管局",
            id="a-county-s-bureau-shortened-from-its-level",
        ),
        pytest.param(
            "館主黃志強師傅今年78歲。黃師傅昨日坦言，很不捨。黃師傅的兒子黃家俊亦是教練。",
            "黃志強",
            "黃師傅",
            id="a-master-named-with-his-full-name-once",
        ),
        pytest.param(
            "英國少女伊莎貝拉·埃德蒙-拉佩魯斯（Isabella Edmond-Laperouse）因過敏死亡。",
            "伊莎貝拉·埃德蒙-拉佩魯斯",
            "Isabella Edmond-Laperouse",
            id="a-hyphenated-name-and-its-gloss",
        ),
    ],
)
def test_short_forms_link_to_the_full_name(text: str, full: str, short: str) -> None:
    actors = _actors(text)
    owner = _owner(actors, full)
    assert owner is not None and _owner(actors, short) is owner


def test_a_place_the_tagger_reads_as_a_name_heads_its_government_and_university() -> None:
    text = "宮崎縣政府已委託宮崎大學調查水質。宮崎縣政府發言人說，結果下月公布。"
    actors = _actors(text)
    assert not [a.name for a in actors if a.type == "person"]
    assert {a.name for a in actors if a.type == "org"} == {"宮崎縣政府", "宮崎大學"}


def test_japan_s_ministries_are_listed() -> None:
    text = "日本國土交通省公布地價。經濟產業省發言人表示，補助不變。"
    orgs = {a.name: a.aliases for a in _actors(text) if a.type == "org"}
    assert set(orgs) == {
        "Ministry of Land, Infrastructure, Transport and Tourism",
        "Ministry of Economy, Trade and Industry",
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("網購平台「快趣購」下月起停止營運。", "快趣購", id="after-its-kind"),
        pytest.param(
            "環保團體「海岸守望」召集人岑子健批評，清理太慢。", "海岸守望", id="before-its-people"
        ),
        pytest.param("一家名为“星火少年”的机构推出夏令营。", "星火少年", id="named"),
    ],
)
def test_a_quoted_name_after_its_kind_of_body_is_one(text: str, name: str) -> None:
    assert name in _org_names(text)


def test_a_quoted_name_and_its_gloss_are_one_body() -> None:
    text = "太空公司「星弧動力」（Starc Dynamics）研發火箭。Starc Dynamics表示，明年試射。"
    (org,) = [a for a in _actors(text) if a.type == "org"]
    assert {org.name, *org.aliases} == {"星弧動力", "Starc Dynamics"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("發言人回應稱，公司「強烈不同意」陪審團的裁定。", id="a-body-s-words"),
        pytest.param("有居民自發組織「夜行隊」，結伴同行。", id="organised-not-organisation"),
        pytest.param("客車企業「出海」從賣產品轉向建體系。", id="a-verb"),
        pytest.param("監管放寬或令類似平台「捲土重來」，投資者應警惕。", id="an-idiom"),
        pytest.param("他在社群平台「真實社群」發文。", id="a-social-platform"),
    ],
)
def test_a_quote_after_a_kind_of_body_that_names_none(text: str) -> None:
    quoted = re.search("[「“]([^」”]+)[」”]", text).group(1)
    assert quoted not in [a.name for a in _actors(text)]


def test_a_glossed_name_listed_after_a_glossed_body_is_one() -> None:
    text = (
        "新廠由晶成半導體公司（Jingcheng Semi）、北陸（Hokuriku）及遠東汽車（Fareast Motor）參股。"
    )
    orgs = {a.name: a.aliases for a in _actors(text) if a.type == "org"}
    assert orgs.get("Hokuriku") == ("北陸",)


def test_a_district_councillor_is_a_role_not_a_surname_and_a_role() -> None:
    text = "環保署助理署長區家明說，會再檢討。沙田區議員何國棟指，居民不滿。"
    people = {a.name: a.aliases for a in _actors(text) if a.type == "person"}
    assert people == {"區家明": (), "何國棟": ()}


def test_an_abbreviation_of_a_city_government_s_bureau_is_the_bureau() -> None:
    text = "新北市政府觀光旅遊局推出老街活動。觀旅局表示，將與片商合作。"
    (org,) = [a for a in _actors(text) if a.type == "org"]
    assert org.aliases == ("觀旅局",)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param(
            "恒泰資產管理發言人回應查詢時稱，租金合理。", ["恒泰資產管理"], id="a-company"
        ),
        pytest.param(
            "公司發言人說，租金合理。該署發言人說，會跟進。", [], id="a-kind-or-a-pronoun"
        ),
        pytest.param(
            "東嶺航空宣布加價。東嶺發言人說，成本上升。",
            ["東嶺航空"],
            id="a-known-body-s-short-form",
        ),
    ],
)
def test_what_has_a_spokesperson_is_a_body(text: str, orgs: list[str]) -> None:
    assert _org_names(text) == orgs


def test_an_office_right_after_a_body_and_its_short_form_is_no_body_of_its_own() -> None:
    text = "國際鶴類基金會（ICF）北京代表處在聲明中表示，發現證明保育有成效。"
    (org,) = [a for a in _actors(text) if a.type == "org"]
    assert org.aliases == ("ICF",) and "代表處" not in org.name


def test_a_dotted_name_after_a_role_and_its_gloss_are_one_person() -> None:
    text = "藥廠業務總裁凱文·布蘭登（Kevin Brandon）表示，銷量上升。布蘭登說，明年擴產。"
    (person,) = [a for a in _actors(text) if a.type == "person"]
    assert set(person.aliases) | {person.name} == {"Kevin Brandon", "凱文·布蘭登", "布蘭登"}


def test_one_character_before_a_company_s_first_proper_word_is_its_name() -> None:
    text = "涉案的「禾豐源食品有限公司」已被要求全面下架。"
    assert _org_names(text) == ["禾豐源食品有限公司"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("共有4家開發商取得總計3吉瓦（GW）的容量。", id="a-unit-and-its-acronym"),
        pytest.param("她表示，將邀請經濟部到委員會專案報告。", id="a-body-going-to-a-committee"),
        pytest.param("「時機點讓人不得不聯想」，並要求部會說明。", id="to-associate-is-no-company"),
        pytest.param("漁船持續向南航行約兩小時。", id="sailing-south-is-no-airline"),
        pytest.param("他訪問了記者和", id="a-preposition-like-surname-ends-the-text"),
        pytest.param("法官心如明鏡。", id="a-clear-mirror"),
    ],
)
def test_no_actor_is_made_of(text: str) -> None:
    names = [a.name for a in _actors(text) if a.type != "place"]
    assert all(n in ("Ministry of Economic Affairs (Taiwan)",) for n in names), names


def test_a_surname_and_role_two_people_share_is_the_one_named_in_that_role() -> None:
    text = "教育部長鄭英明宣布政策。立委鄭書豪質疑經費不足。鄭部長會後坦言，會再檢討。"
    people = {a.name: a.aliases for a in _actors(text) if a.type == "person"}
    assert people == {"鄭英明": ("鄭部長",), "鄭書豪": ()}


def test_a_gloss_on_a_scheme_names_no_actor() -> None:
    text = "她參加了環境局的小販培訓計劃（Hawker Training Scheme），學了半年。"
    assert "Hawker Training Scheme" not in [a.name for a in _actors(text)]


def test_a_government_department_is_shown_as_its_government() -> None:
    text = "花蓮縣政府觀光處長林怡廷表示，遊客回流。花蓮縣政府觀光處統計，住房率回升。"
    (org,) = [a for a in _actors(text) if a.type == "org"]
    assert (org.name, org.count) == ("花蓮縣政府", 2)


def test_a_listed_body_named_only_with_its_department_keeps_its_own_name_as_an_alias() -> None:
    text = "瑪麗醫院急症室主管陳家豪表示，求診人數上升。立法院財政委員會今日審查預算。"
    orgs = {a.name: a.aliases for a in _actors(text) if a.type == "org"}
    assert "立法院" in orgs["Legislative Yuan"]
    assert orgs["Queen Mary Hospital"] == ("瑪麗醫院",)


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        pytest.param("市長昨晚在臉書發文，呼籲民眾留意天氣。", "臉書", id="facebook-traditional"),
        pytest.param("他在微信上转发了这条消息。", "微信", id="wechat"),
    ],
)
def test_platforms_are_not_actors(text: str, platform: str) -> None:
    assert _owner(_actors(text), platform) is None


def test_a_body_named_again_without_its_place_is_one_actor() -> None:
    actors = _actors("嘉義縣民雄鄉慈惠宮今年擴大祭典。慈惠宮主委表示，人潮可期。")
    owner = _owner(actors, "慈惠宮")
    assert owner is not None and owner is _owner(actors, "嘉義縣民雄鄉慈惠宮")


def test_a_short_form_two_placed_bodies_share_stays_apart() -> None:
    actors = _actors("台北市衛生局與新北市衛生局合作。衛生局表示，會加強巡查。")
    taipei, new_taipei = _owner(actors, "台北市衛生局"), _owner(actors, "新北市衛生局")
    assert taipei is not None and new_taipei is not None and taipei is not new_taipei
    assert _owner(actors, "衛生局") not in (taipei, new_taipei)


def test_a_body_s_short_name_is_no_person() -> None:
    actors = _actors("勞動部勞動力發展署（勞發署）昨日公布數據，勞發署也將加強查核。")
    assert all(a.type != "person" for a in actors), actors


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        pytest.param(
            "裁判官梁志文判刑時表示案情嚴重。梁官又指出，被告已認罪。", "梁官", "梁志文", id="judge"
        ),
        pytest.param(
            "華晶光電董事長柯建明說訂單滿載。柯董強調不會漲價。", "柯董", "柯建明", id="chairman"
        ),
        pytest.param(
            "法官方慧玲判刑時指出案情嚴重。方官不接納求情。",
            "方官",
            "方慧玲",
            id="judge-with-a-word-surname",
        ),
        pytest.param("董事長巫志明說訂單滿載。巫總又說不會漲價。", "巫總", "巫志明", id="boss"),
        pytest.param(
            "副司長簡佩宜表示會檢討。簡副司長也提到平台要開放。", "簡副司長", "簡佩宜", id="deputy"
        ),
    ],
)
def test_surname_and_short_role_is_the_person(text: str, short: str, full: str) -> None:
    actors = _actors(text)
    owner = _owner(actors, short)
    assert owner is not None and owner is _owner(actors, full)


def test_a_word_of_surname_and_honorific_shape_is_no_person() -> None:
    actors = _actors("多名高官表示會再研究，古董商則說價格偏高。")
    assert _owner(actors, "高官") is None and _owner(actors, "古董") is None


def test_an_accented_latin_gloss_names_the_person() -> None:
    actors = _actors("發言人安娜·約根森（Anna Jørgensen）表示，價格會下調。約根森說，供應穩定。")
    owner = _owner(actors, "約根森")
    assert owner is not None and owner.name == "Anna Jørgensen"


@pytest.mark.parametrize(
    ("text", "surface", "latin"),
    [
        ("主席若昂·達席爾瓦（João da Silva）說，旱季很長。", "若昂·達席爾瓦", "João da Silva"),
        (
            "學者瑪格麗特·艾許頓（Margaret Ashdown-Kane）指出，代價很高。",
            "瑪格麗特·艾許頓",
            "Margaret Ashdown-Kane",
        ),
        ("副總經理司徒嘉恩（Karen Szeto）接受訪問。", "司徒嘉恩", "Karen Szeto"),
        ("現任球評人麥祖倫（Jordan McAllister）在社交平台發文。", "麥祖倫", "Jordan McAllister"),
    ],
    ids=["a-particle-inside", "a-hyphenated-family-name", "a-compound-surname", "cut-after-a-role"],
)
def test_a_latin_gloss_of_a_person_s_name_in_its_own_shape(
    text: str, surface: str, latin: str
) -> None:
    owner = _owner(_actors(text), surface)
    assert owner is not None and owner.name == latin


def test_an_honorific_of_two_characters_is_whole() -> None:
    actors = _actors("受害人為八十歲的梁婆婆。梁婆婆表示很傷心。")
    owner = _owner(actors, "梁婆婆")
    assert owner is not None and owner.count == 2


def test_a_short_form_may_drop_the_place_and_a_second_trade() -> None:
    actors = _actors("香港搭棚及裝修工友會批評判頭。搭棚工友會主席說，工友好辛苦。")
    owner = _owner(actors, "搭棚工友會")
    assert owner is not None and owner is _owner(actors, "香港搭棚及裝修工友會")


def test_an_agency_s_short_form_drops_its_ministry() -> None:
    actors = _actors("農業部農村發展署副署長說明政策。農發署表示將協助農民。")
    owner = _owner(actors, "農發署")
    assert owner is not None and owner is _owner(actors, "農業部農村發展署")


def test_a_transliteration_glossed_with_a_person_is_them() -> None:
    actors = _actors("佛州州長德桑蒂斯（Ron DeSantis）簽署法案。德桑蒂斯說，這是為了農民。")
    owner = _owner(actors, "德桑蒂斯")
    assert owner is not None and owner.type == "person" and owner.name == "Ron DeSantis"


def test_a_surname_and_honorific_before_cantonese_say() -> None:
    actors = _actors("在中環上班的地產代理符小姐話，成個下晝冇訊號。")
    owner = _owner(actors, "符小姐")
    assert owner is not None and owner.type == "person"


def test_a_person_is_named_by_name_not_by_surname_and_role() -> None:
    actors = _actors("執行長陳志明表示訂單增加。陳執行長說產能滿載。陳先生又說不會漲價。")
    owner = _owner(actors, "陳執行長")
    assert owner is not None and owner.name == "陳志明" and owner.count == 3


def test_a_camel_case_brand_is_no_person() -> None:
    assert not person_shaped_latin("DiDi Global")
    assert person_shaped_latin("Ron DeSantis") and person_shaped_latin("Anne Sørensen")


@pytest.mark.parametrize(
    "text",
    [
        "法國設計師讓-皮埃爾（Jean-Pierre Smith-）表示支持。",
        "研究員瑪麗（Mary Ann--Lee）說，樣本不夠。",
    ],
)
def test_a_hyphen_with_nothing_after_it_is_no_name_and_no_failure(text: str) -> None:
    assert not person_shaped_latin(text[text.index("（") + 1 : text.index("）")])
    assert all(a.name != "Mary Ann--Lee" for a in _actors(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("隊長司馬駿笑稱：「還可以更好。」", "司馬駿", id="compound-surname"),
        pytest.param("老闆陳浩笑言：「生意一般。」", "陳浩", id="one-character-given-name"),
        pytest.param("经理黄骏笑称：“我们会再来。”", "黄骏", id="simplified"),
        pytest.param("急診護理師小芳（化名）說，夜班津貼被砍。", "小芳", id="nurse"),
        pytest.param("律師師曉明說不會上訴。", "師曉明", id="lawyer-with-the-same-character"),
        pytest.param("獲得亞軍的廣東隊老將陸子謙以1分54秒觸壁。", "陸子謙", id="veteran"),
        pytest.param(
            "經營民宿的青年伊娃．優拿納說，訂房全數取消。", "伊娃．優拿納", id="full-width-stop"
        ),
        pytest.param("另一名排隊的尉先生則說，他唔係好信。", "尉先生", id="rare-surname"),
        pytest.param("酒庄销售总监扎西卓玛坦言，订单减少了。", "扎西卓玛", id="tibetan"),
        pytest.param("输血科主任其木格日乐介绍，医院近期评估。", "其木格日乐", id="mongolian"),
        pytest.param("東京大學教授高梨修平直言，這沒有意義。", "高梨修平", id="japanese"),
        pytest.param("晨星主席晏家明今早接受電台訪問。", "晏家明", id="then-this-morning"),
        pytest.param("裁判官練卓豪庭外表示，案件押後。", "練卓豪", id="then-outside-court"),
        pytest.param("隊長林家緯賽後說，球隊盡力了。", "林家緯", id="then-after-the-game"),
        pytest.param("審判長邰振邦宣判時指出，本案令人唏噓。", "邰振邦", id="presiding-judge"),
        pytest.param(
            "在觀塘經營車房的溫啟賢向本報訴苦，生意難做。", "溫啟賢", id="then-to-this-paper"
        ),
        pytest.param(
            "做了三十年鐵器的師傅馮國棟指，學徒越來越難請。",
            "馮國棟",
            id="craftsman-then-points-out",
        ),
        pytest.param("研究所所長森下拓海在會上表示，數據可靠。", "森下拓海", id="japanese-then-at"),
        pytest.param(
            "布農族青年比婉．伊斯瑪與族人成立工作室。",
            "比婉．伊斯瑪",
            id="dotted-after-a-role-then-and",
        ),
        pytest.param("開網店的趙卓然給記者算了一筆賬。", "趙卓然", id="then-to-the-reporter"),
        pytest.param("彝族農民吉克拉呷說，土豆賣得好。", "吉克拉呷", id="a-yi-family-name"),
        pytest.param("常去行山的鄧浩然對收費表示不滿。", "鄧浩然", id="after-de-before-dui"),
        pytest.param(
            "對此，平台华东区负责人阮嘉豪回应称，派单规则已调整。",
            "阮嘉豪",
            id="a-region-before-a-role-is-no-name",
        ),
        pytest.param(
            "賣菜二十年的攤商老陳說，連熟客的餐廳老闆都來問能否賒帳。",
            "老陳",
            id="called-by-lao-and-surname-not-an-adverb-and-a-verb",
        ),
        pytest.param(
            "经营车行的阿斯兰·卡里莫夫通过视频告诉记者，生意不错。",
            "阿斯兰·卡里莫夫",
            id="a-dotted-name-before-a-word-it-ran-into",
        ),
        pytest.param("名古屋大學教授平井徹指出，地下水下降。", "平井徹", id="japanese-one-given"),
        pytest.param(
            "百年老店的第四代當家坂井千尋受訪時坦言，生意難做。", "坂井千尋", id="japanese-heir"
        ),
        pytest.param(
            "關注團體項目統籌岑曉嵐指：「數字唔夠。」", "岑曉嵐", id="project-coordinator"
        ),
        pytest.param(
            "事主兒子黃先生庭外表示，好失望。",
            "黃先生",
            id="a-surname-and-honorific-in-the-dictionary",
        ),
        pytest.param(
            "協會主席若昂·佩雷拉·達席爾瓦說，旱情嚴重。",
            "若昂·佩雷拉·達席爾瓦",
            id="a-dotted-name-after-a-role-ending-in-a-transliteration-character",
        ),
        pytest.param(
            "英國學者瑪格麗特·艾許頓－凱恩指出，代價很高。",
            "瑪格麗特·艾許頓－凱恩",
            id="a-full-width-hyphen-in-a-dotted-name",
        ),
        pytest.param("新館由建築師坂口雄介設計，明年啟用。", "坂口雄介", id="before-a-verb"),
        pytest.param("兵庫縣知事齋藤誠一此前表示反對。", "齋藤誠一", id="governor"),
        pytest.param("静冈县知事川村明美昨日视察灾区。", "川村明美", id="before-a-time"),
        pytest.param("养殖户曾国梁的鸡场全被淹了。", "曾国梁", id="a-farming-household"),
        pytest.param("来自贵州的采茶工杨春兰说，今年人少。", "杨春兰", id="a-picker"),
        pytest.param("该公司法定代表人为黄志远。", "黄志远", id="the-role-is-his"),
        pytest.param("法院判處主嫌鍾文凱有期徒刑8年。", "鍾文凱", id="a-prime-suspect"),
        pytest.param("台鋼預告由左投蕭宇晨先發。", "蕭宇晨", id="a-left-handed-pitcher"),
        pytest.param(
            "联盟协调人差猜·汶萨（Chakkrit Wonsa）多年来记录水位。",
            "Chakkrit Wonsa",
            id="a-coordinator",
        ),
        pytest.param(
            "時代力量立委柴昱晴會中要求衛福部提出報告。", "柴昱晴", id="glued-to-the-next"
        ),
        pytest.param("將軍區養殖漁民莊來財站在魚塭邊說，損失慘重。", "莊來財", id="cut-across"),
        pytest.param("聖保祿學校的區凱琳則直言，溫習時會用人工智能。", "區凱琳", id="then-says"),
        pytest.param("嶺南中學的何思穎亦指，壓力太大。", "何思穎", id="also-points-out"),
        pytest.param(
            "神經科主任醫師歐陽敏參與了這項試驗。",
            "歐陽敏",
            id="a-compound-surname-before-the-word-its-last-character-opens",
        ),
        pytest.param(
            "联盟协调人差猜·汶萨常年在河边记录水位。",
            "差猜·汶萨",
            id="a-dotted-name-before-an-adverb-it-ran-into",
        ),
        pytest.param(
            "在高雄擔任護理師的簡文豪，有兩個孩子。他說：「夜班太長。」",
            "簡文豪",
            id="after-a-role-and-de-read-as-a-word",
        ),
        pytest.param("交通委員會召委林宏仁會後說明。", "林宏仁", id="a-committee-convener"),
        pytest.param("中興大學研發長范姜立群表示，經費會增加。", "范姜立群", id="a-dean"),
        pytest.param("17歲小提琴手區穎琳說，很開心。", "區穎琳", id="a-violinist"),
        pytest.param("浙江車隊的鄺嘉朗落後8秒排第二。", "鄺嘉朗", id="between-de-and-an-adjective"),
        pytest.param("工會代表何嘉琪投了反對票。", "何嘉琪", id="a-representative-then-a-verb"),
        pytest.param("本地作曲家黎卓謙特別為樂團創作新曲。", "黎卓謙", id="a-composer"),
        pytest.param("救援直升機飛行員邱志睿事後受訪表示，雲層很低。", "邱志睿", id="a-pilot"),
        pytest.param(
            "守在病房外的林妻吳美玲哽咽說，希望他早日康復。", "吳美玲", id="someone-s-wife"
        ),
        pytest.param("00後博主陳木生的賬號擁有百萬粉絲。", "陳木生", id="a-blogger"),
        pytest.param(
            "從事飲食業的區先生則不滿新安排。", "區先生", id="described-then-an-honorific"
        ),
        pytest.param(
            "在一間會計師行任職的黃子晴，每日過關上班。", "黃子晴", id="cut-between-de-and-a-pause"
        ),
        pytest.param(
            "应急管理局局长单立新在发布会上补充，企业已整改。", "单立新", id="a-rare-word-given"
        ),
        pytest.param("28歲文員鄺嘉雯與男友一同申請。", "鄺嘉雯", id="a-clerk"),
        pytest.param("已故彩繪匠師林秋田1962年繪製的門神被覆蓋。", "林秋田", id="a-master-painter"),
        pytest.param("中提琴手馮樂瑤，放學後亦有參與籌款。", "馮樂瑤", id="a-violist"),
        pytest.param(
            "音樂總監兼指揮高子謙接受本報訪問時坦言，很失望。", "高子謙", id="a-conductor"
        ),
        pytest.param(
            "社區發展協會理事長萬德福表示，會再爭取。", "萬德福", id="a-name-the-dictionary-knows"
        ),
    ],
)
def test_the_one_person_named(text: str, name: str) -> None:
    """Where a name ends: before a verb of saying, after a role word, before a time word;
    longer names (Tibetan, Mongolian, Japanese) kept whole."""
    assert [a.name for a in _actors(text) if a.type == "person"] == [name]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("賭場將全部停業或轉由承辦公司直接經營。", id="switched-to"),
        pytest.param("但他強調會先諮詢管理委員會。", id="will-first"),
        pytest.param("「後生仔買錶唔係為咗戴，係當投資。」", id="cantonese-is"),
        pytest.param("他形容補償「連買部二手耕田機都唔夠」。", id="even-buy"),
    ],
)
def test_a_function_word_glued_to_an_ending_names_no_body(text: str) -> None:
    assert _org_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "金管局發表聲明，指宏晟銀行的資本充足。", "宏晟銀行", id="glued-verb-of-saying"
        ),
        pytest.param(
            "新车的电堆由无锡锐能动力科技有限公司提供。",
            "无锡锐能动力科技有限公司",
            id="glued-preposition-before-a-company",
        ),
        pytest.param("局方並會與西貢管理局探討。", "西貢管理局", id="glued-joiner"),
    ],
)
def test_a_word_glued_before_an_organisation_is_not_its_name(text: str, name: str) -> None:
    orgs = _org_names(text)
    assert name in orgs and not any(o.endswith(name) and o != name for o in orgs)


def test_a_verb_of_saying_before_a_body_names_none() -> None:
    actors = _actors("行政總裁梁家明昨日召開記者會，表示銀行運作正常。")
    assert [a.name for a in actors if a.type == "org"] == []


def test_a_given_name_alone_is_the_person() -> None:
    actors = _actors(
        "港隊泳手司徒家晴奪得銀牌。家晴說：「我做到喇！」王建國說好。建國大學成立百年。"
    )
    owner = _owner(actors, "家晴")
    assert owner is not None and owner is _owner(actors, "司徒家晴")
    assert _owner(actors, "建國") is None  # a given name that is a common word


def test_a_familiar_name_is_the_one_person_with_that_surname() -> None:
    actors = _actors("司機潘志明開了十年巴士。「乘客說坐著不暈。」老潘笑著說。小林說好。")
    owner = _owner(actors, "老潘")
    assert owner is not None and owner.name == "潘志明"
    # Nobody else of the article is a 林: 小林 is someone of their own.
    assert [a.aliases for a in actors if a.name == "小林"] == [()]


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        pytest.param(
            "瑞典警方昨日表示正在調查。警方說不排除蓄意。", "瑞典警方", ("警方",), id="a-place-s"
        ),
        pytest.param(
            "香港警務處發言人表示，警方已拘捕兩人。",
            "Hong Kong Police Force",
            ("警方", "香港警務處"),
            id="the-force-named",
        ),
        pytest.param("警方表示，事件中無人受傷。", "警方", (), id="on-its-own"),
        pytest.param(
            "杭州市公安局昨日通報案情。杭州警方表示，已抓獲嫌疑人。",
            "杭州市公安局",
            ("杭州警方",),
            id="a-city-s-public-security-bureau-named-by-its-city",
        ),
        pytest.param(
            "寧波市公安局昨日通報案情，警方已刑拘5人。",
            "寧波市公安局",
            ("警方",),
            id="a-city-s-public-security-bureau",
        ),
    ],
)
def test_the_police(text: str, name: str, aliases: tuple[str, ...]) -> None:
    orgs = [(a.name, a.aliases) for a in _actors(text) if a.type == "org"]
    assert orgs == [(name, aliases)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("陳大文出席長者互助聯盟主席就職禮。", id="a-clause-before-a-body"),
        pytest.param("考察隊隊長、中國科學院研究員說，冰川後退。", id="a-kind-of-team"),
        pytest.param("協會在東京召開記者會表示，會再檢討。", id="a-press-conference"),
    ],
)
def test_no_body_is_made_of(text: str) -> None:
    orgs = _org_names(text)
    assert not any(name.endswith(("聯盟", "隊", "會")) and len(name) > 2 for name in orgs), orgs


def test_a_japanese_name_its_gloss_and_its_family_name_are_one_person() -> None:
    text = "經營旅館的老闆娘小池美智子（Michiko Koike）說，客人少了。小池說，冬天更差。"
    (person,) = [a for a in _actors(text) if a.type == "person"]
    assert set(person.aliases) | {person.name} == {"小池美智子", "Michiko Koike", "小池"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("六成受訪家長曾因孩子生病請假。", id="once-because"),
        pytest.param("學校未落實調升兼任教師鐘點費的承諾。", id="a-fee"),
        pytest.param("環境省發言人曾公開表示，核廢水安全。", id="once-openly"),
        pytest.param("她賽後接受本報記者越洋電訪時表示，很累。", id="when-interviewed"),
        pytest.param("工廠已委託律師向荷蘭進口商追討貨款。", id="towards-a-country"),
        pytest.param(
            "影片由吉隆坡和香港兩地合資。導演曾在吉隆坡拍廣告。", id="a-capital-tagged-as-a-name"
        ),
        pytest.param("對白交織粵語和馬來語。該片因馬來語對白不足而落選。", id="a-language"),
        pytest.param(
            "結果上載網站後，申請人亦會收到信件。房委會提醒申請人留意。", id="an-applicant"
        ),
        pytest.param("面馆老板则更关心非居民用水的价格。", id="a-frequent-word"),
        pytest.param("記者另加顧問費用約五萬元。", id="a-fee-then-about"),
        pytest.param("對很多老顧客來說，這家店是回憶。", id="a-word-also-a-name"),
        pytest.param("公司具有水利保护工程资质。", id="a-role-read-across-two-words"),
        pytest.param("一名銀行業主管私下透露，放款收緊。", id="a-manager-privately"),
        pytest.param("岛上居民车辆可免费通行。", id="residents-vehicles"),
        pytest.param("全省共有逾200宗山火正在燃燒。", id="a-measure-word-after-a-number"),
        pytest.param("衛生局周二晚發表聲明。", id="tuesday-evening"),
        pytest.param("不少大学生和刚入职的年轻人受骗。", id="and-just"),
        pytest.param("排名將從第15名升至前十。", id="from-the-fifteenth"),
        pytest.param("與日韓頂尖選手相比，我們仍有差距。", id="japan-and-korea"),
    ],
)
def test_no_name_after_a_role(text: str) -> None:
    assert [a.name for a in _actors(text) if a.type == "person"] == []


def test_a_name_between_de_and_a_verb() -> None:
    actors = _actors("女子200米蛙泳冠军被浙江队的刘思萱夺得，亚军由福建队的伍嘉乐获得。")
    assert {a.name for a in actors if a.type == "person"} == {"刘思萱", "伍嘉乐"}


def test_a_role_read_across_a_role_and_a_verb_names_no_one() -> None:
    assert _actors("法官認為，房東主張自用並無證據。") == []


def test_a_japanese_family_name_before_a_word_names_no_one() -> None:
    actors = _actors("本田汽車表示，銷量下降。施肥和田間管理都要跟上。")
    assert not [a for a in actors if a.type == "person"]


def test_a_kind_of_body_is_no_actor() -> None:
    text = "病人湧往公立醫院求診，部分医院已暂停服务，各大銀行亦受影響。台大醫院表示運作正常。"
    assert [a.name for a in _actors(text)] == ["National Taiwan University Hospital"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "英國蘇塞克斯大學的研究指出，蜂群正在減少。",
            "蘇塞克斯大學",
            id="country-place-university",
        ),
        pytest.param(
            "日本京都大学防灾研究所教授表示，这没有意义。",
            "Kyoto University",
            id="country-inside-one-word",
        ),
        pytest.param(
            "新加坡加密貨幣交易所表示將配合調查。",
            "新加坡加密貨幣交易所",
            id="not-before-other-bodies",
        ),
        pytest.param("繼電池製造商Voltra去年申請破產後，產業陷入低潮。", "Voltra", id="maker"),
        pytest.param("公司將聯合日本電信運營商NTTX推出服務。", "NTTX", id="operator"),
        pytest.param("意大利最大農民組織Agrimo更發起簽名運動。", "Agrimo", id="organisation"),
        pytest.param(
            "法院判令卖家义乌市欣达文具商行（下称欣达商行）赔偿。",
            "义乌市欣达文具商行",
            id="trading-firm-after-a-verb",
        ),
        pytest.param("江苏省昆剧院相关负责人表示，演出已售罄。", "江苏省昆剧院", id="opera-house"),
        pytest.param("静冈县茶业会议所表示，产量下降。", "静冈县茶业会议所", id="chamber"),
        pytest.param(
            "長者互助聯盟主席甘振華則認為，津貼太少。",
            "長者互助聯盟",
            id="common-words-then-a-chair",
        ),
        pytest.param(
            "的士司機關注組召集人卓文傑批評，加價太急。",
            "的士司機關注組",
            id="a-verb-inside-a-concern-group",
        ),
        pytest.param("蘇澳區漁會總幹事賴正雄指出，漁獲減半。", "蘇澳區漁會", id="fishermen"),
        pytest.param("他會在深水埗區議會會議上提出動議。", "深水埗區議會", id="district-council"),
        pytest.param("發行商青森影業總經理孔令萱表示，票房穩定。", "青森影業", id="film-company"),
        pytest.param("承攬的宏岳營造負責土建工程。", "宏岳營造", id="a-builder"),
        pytest.param(
            "活动由杭州启航文化传播有限公司组织。",
            "杭州启航文化传播有限公司",
            id="a-verb-after-a-company-s-place",
        ),
        pytest.param(
            "警方毒品罪案調查科高級督察李明表示，已拘三人。",
            "毒品罪案調查科",
            id="a-police-bureau-after-the-police",
        ),
        pytest.param(
            "金融及科技罪案調查科總督察陳偉文說，騙案上升。",
            "金融及科技罪案調查科",
            id="a-police-bureau-named-with-a-trade",
        ),
        pytest.param(
            "中山大学附属第五医院副院长李明说，床位紧张。",
            "中山大学附属第五医院",
            id="an-ordinal-inside-a-hospital",
        ),
        pytest.param("老字號德發餅家昨日宣布結業。", "德發餅家", id="a-bakery"),
        pytest.param(
            "漁牧署副署長林大明說，收購價不變。", "漁牧署", id="an-agency-the-tagger-lacks"
        ),
        pytest.param("南嶽博物院研究員李明說，文物完好。", "南嶽博物院", id="palace-museum"),
        pytest.param(
            "嶺東大學學生會會長何嘉琪表示，同學不滿。", "嶺東大學學生會", id="student-union"
        ),
        pytest.param("地方報紙花蓮週報記者報導，遊客減少。", "花蓮週報", id="weekly"),
        pytest.param("瑞銀分析師表示，需求放緩。", "UBS", id="a-bank-by-its-chinese-name"),
        pytest.param("九巴發言人說，班次會加密。", "Kowloon Motor Bus", id="a-bus-company"),
        pytest.param(
            "据欧睿国际数据，销量下跌。", "Euromonitor International", id="a-research-firm"
        ),
        pytest.param(
            "據博弈監管協調局資料，全澳仍有六間。", "博弈監管協調局", id="cited-for-its-figures"
        ),
        pytest.param(
            "涉事學校有屯門的秀英小學、嘉恩小學。秀英小學校長黎偉明說，已消毒。",
            "秀英小學",
            id="a-school-the-tagger-calls-a-name",
        ),
        pytest.param("縣府邀集新營市公所開會。", "新營市公所", id="a-town-office"),
        pytest.param(
            "多年協助獨居老人的胡爺爺基金會表示，捐款減少。",
            "胡爺爺基金會",
            id="described-by-a-clause-and-speaking",
        ),
        pytest.param(
            "柳州市人民政府昨日发布通告，禁渔期延长一个月。",
            "柳州市人民政府",
            id="a-city-s-people-s-government",
        ),
        pytest.param(
            "永嘉区人民政府新闻办公室通报，三名工人获救。",
            "永嘉区人民政府新闻办公室",
            id="a-district-cut-from-its-level",
        ),
    ],
)
def test_an_organisation_named(text: str, name: str) -> None:
    assert name in _org_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("公司將向愛爾蘭高等法院提起上訴。", "愛爾蘭高等法院", id="a-country"),
        pytest.param("新加坡高等法院去年委任清盤人。", "新加坡高等法院", id="a-tagged-country"),
        pytest.param("被告向臺灣高等法院上訴。", "臺灣高等法院", id="taiwan-s"),
    ],
)
def test_a_listed_body_of_one_place_after_another_place_is_that_place_s(
    text: str, name: str
) -> None:
    assert _org_names(text) == [name]


def test_another_country_s_minister_is_no_listed_ministry() -> None:
    actors = _actors("秘魯經濟部長表示，銅礦出口將增加。")
    assert "Ministry of Economic Affairs (Taiwan)" not in [a.name for a in actors]


def test_a_latin_gloss_ending_in_an_organisation_word_is_no_person() -> None:
    actors = _actors("坎迪利天文台（Kandilli Observatory）的地震學家表示。天文台今日發出警告。")
    owner = _owner(actors, "Kandilli Observatory")
    assert owner is not None and owner is _owner(actors, "坎迪利天文台") and owner.type == "org"


@pytest.mark.parametrize(
    ("text", "chinese", "latin"),
    [
        pytest.param(
            "國際鳥類保育聯盟（Alliance for the 2030 Bird Agenda）昨日在日內瓦成立，首批成員有四十個團體。",
            "國際鳥類保育聯盟",
            "Alliance for the 2030 Bird Agenda",
            id="a-number-inside-the-name",
        ),
        pytest.param(
            "國際度量衡局（Bureau International des Poids et Mesures，BIPM）昨日在巴黎總部發表聲明，確認新定義明年生效。",
            "國際度量衡局",
            "BIPM",
            id="with-its-acronym",
        ),
        pytest.param(
            "由丹麥公司北海離岸能源（North Sea Offshore Power，NSOP）承建。",
            "北海離岸能源",
            "North Sea Offshore Power",
            id="an-acronym-makes-a-body",
        ),
        pytest.param(
            "另一家的馬德里基礎建設基金（Madrid Infrastructure Partners, MIP）表示。",
            "馬德里基礎建設基金",
            "MIP",
            id="a-verbal-noun-inside-the-name",
        ),
        pytest.param(
            "全球第二大的生產商、澳洲博南稀土（Bonan Rare Earths）表示，將增產。",
            "博南稀土",
            "Bonan Rare Earths",
            id="a-body-s-latin-name-after-a-country",
        ),
        pytest.param(
            "強積金受託人恒信信託（Hang Shun Trustees）發言人表示，會密切留意。",
            "恒信信託",
            "Hang Shun Trustees",
            id="a-body-s-latin-name-after-common-nouns",
        ),
        pytest.param(
            "美國礦商NX材料（NX Materials）則稱，產能充足。",
            "NX材料",
            "NX Materials",
            id="a-body-s-latin-name-sharing-its-letters",
        ),
    ],
)
def test_a_long_latin_gloss_is_one_body_with_its_head(text: str, chinese: str, latin: str) -> None:
    actors = _actors(text)
    owner = _owner(actors, chinese)
    assert owner is not None and owner.type == "org" and owner is _owner(actors, latin)
    assert [a for a in actors if a.type == "org"] == [owner], "no body of the gloss's parts"


def test_words_the_tagger_calls_places_are_none() -> None:
    assert _actors("這座城市正在擴張，公司明年上市，外資加速入市。") == []


@pytest.mark.parametrize(
    ("text", "name", "brand"),
    [
        pytest.param(
            "山西省晉中市榆社縣鑫泰煤業有限公司井下透水。這並非鑫泰煤業首次被查。",
            "榆社縣鑫泰煤業有限公司",
            "鑫泰煤業",
            id="after-its-address",
        ),
        pytest.param(
            "工人受聘於外判商東昇物流服務有限公司。東昇物流昨晚發表聲明。",
            "東昇物流服務有限公司",
            "東昇物流",
            id="a-brand-the-tagger-calls-a-name",
        ),
    ],
)
def test_a_registered_company_and_its_brand(text: str, name: str, brand: str) -> None:
    (org,) = [a for a in _actors(text) if a.type == "org"]
    assert (org.name, org.aliases) == (name, (brand,))


def test_a_company_named_again_by_what_follows_its_place() -> None:
    text = "藥監局批准杭州恒遠生物醫藥有限公司的新藥。恒遠生物表示，將於明年投產。"
    actors = _actors(text)
    owner = _owner(actors, "恒遠生物")
    assert owner is not None and owner is _owner(actors, "杭州恒遠生物醫藥有限公司")


def test_a_body_s_commission_of_its_own_is_apart() -> None:
    actors = _actors("歐盟昨日表態。歐盟委員會發言人說，將展開調查。")
    assert _owner(actors, "歐盟委員會") is not _owner(actors, "歐盟")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "新航廈北登機廊廳下月啟用。店主在觀塘經營茶餐廳。賭場將關閉貴賓廳。", id="halls"
        ),
        pytest.param("水壩位於甲省與乙省交界處。他在河灣處養魚。", id="spots-ending-in-chu"),
        pytest.param("病人被轉往縣級醫院，一審法院判他敗訴。", id="a-level-or-an-instance"),
        pytest.param("多家三甲醫院加開門診。", id="a-hospital-grade"),
        pytest.param("政府與非政府機構合作推行計劃。", id="non-governmental"),
        pytest.param(
            "防疫需要醫院、學校和家長配合。離開法院前，他拒絕回應。", id="after-a-common-verb"
        ),
        pytest.param("村口的小卖部老板说：“今年生意差。”", id="one-common-word-ending-in-bu"),
        pytest.param("工會遊行到中環政府總部請願。", id="a-government-s-offices"),
        pytest.param("新碼頭由荷蘭公司承建，另一家挪威公司負責監理。", id="a-company-of-a-country"),
        pytest.param("其他國家頂尖大學擴張得更快。", id="top-universities"),
        pytest.param("中小型银行若找不到定位，只能被并购。", id="small-banks"),
        pytest.param("業界認為，不蓋光電就只能繼續燒煤。", id="not-building"),
        pytest.param("台湾金融业过度银行化的问题由来已久。", id="a-process"),
        pytest.param("排灣族青年拉夫琅．斯基與族人成立工作室。", id="set-up-by-someone"),
        pytest.param("她過去兩年每日經深圳灣口岸過關。", id="every-day-through"),
        pytest.param("井下已安裝4台大功率排水泵。", id="a-number-and-a-measure-word"),
    ],
)
def test_a_kind_of_place_or_body_is_no_body(text: str) -> None:
    assert _org_names(text) == []


@pytest.mark.parametrize(
    ("text", "second"),
    [
        pytest.param("公司將向寮國政府和湄公河委員會提交報告。", "湄公河委員會", id="a-government"),
        pytest.param(
            "嘉義縣消防局與內政部空中勤務總隊出動直升機。",
            "National Airborne Service Corps",
            id="a-bureau-then-a-listed-body",
        ),
    ],
)
def test_a_body_and_another_joined_are_two(text: str, second: str) -> None:
    names = {a.name for a in _actors(text) if a.type == "org"}
    assert second in names and not any(j in n for n in names for j in "和與")


def test_a_host_before_a_team_is_no_part_of_its_name() -> None:
    actors = _actors("女子佩剑决赛中，东道主江苏队以45比40取胜。")
    assert "江苏队" in [a.name for a in actors if a.type == "org"]


def test_a_body_named_again_by_the_end_of_its_name_is_one() -> None:
    text = "2030年世界園藝博覽會協會宣布閉幕。博覽會協會表示，展館將保留。另一協會未回應。"
    actors = _actors(text)
    owner = _owner(actors, "博覽會協會")
    assert owner is not None and owner is _owner(actors, "世界園藝博覽會協會")


def test_the_end_of_a_name_cut_inside_its_place_is_another_body() -> None:
    text = "新北市交通局表示，將增設站點。北市交通局則說，暫無計畫。"
    actors = _actors(text)
    assert _owner(actors, "北市交通局") is not _owner(actors, "新北市交通局")


def test_the_end_of_two_bodies_names_is_neither_s() -> None:
    text = "台北市交通局和新北市交通局都表示會改善。交通局也說，明年再檢討。"
    actors = _actors(text)
    assert _owner(actors, "台北市交通局") is not _owner(actors, "新北市交通局")
    assert _owner(actors, "交通局") not in (
        _owner(actors, "台北市交通局"),
        _owner(actors, "新北市交通局"),
    )


def test_a_latin_name_and_its_first_word_are_one_body() -> None:
    actors = _actors("人形機器人新創Kinetra募資。美國新創公司Kinetra Robotics今天宣布融資。")
    owner = _owner(actors, "Kinetra")
    assert owner is not None and owner is _owner(actors, "Kinetra Robotics")


def test_two_kinds_joined_before_an_ending_name_no_body() -> None:
    assert _actors("資助計劃支援新進演員及劇團。") == []


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        pytest.param(
            "比利时材料巨头优美科（Umicore）宣布推迟投资。", "Umicore", "优美科", id="giant"
        ),
        pytest.param(
            "日本茶飲料龍頭伊藤園（Ito En）發言人表示。", "Ito En", "伊藤園", id="leader-not-person"
        ),
    ],
)
def test_a_glossed_name_after_a_kind_of_body_is_one(text: str, name: str, alias: str) -> None:
    owner = _owner(_actors(text), alias)
    assert owner is not None and owner.name == name and owner.type == "org"


def test_a_surname_and_a_sex_is_the_one_person_of_that_surname() -> None:
    actors = _actors("房客林雅雯說，很無奈。判決書指出，31歲的林女於去年與房東簽約。")
    owner = _owner(actors, "林女")
    assert owner is not None and owner is _owner(actors, "林雅雯")


def test_someone_called_by_a_and_an_english_name() -> None:
    owner = _owner(_actors("外賣員阿Sam說，單價太低。阿Sam已做了三年。"), "阿Sam")
    assert owner is not None and owner.type == "person" and owner.count == 2


def test_a_master_named_by_surname() -> None:
    owner = _owner(_actors("阮師傅亦認同，指新嘢要有。"), "阮師傅")
    assert owner is not None and owner.type == "person"


def test_the_alias_pattern_finds_the_longest_listed_name_at_each_place() -> None:
    words = ["美国", "美国政府", "英伟达", "英伟", "ai", "scale ai", "a"]
    text = "美国政府和英伟达都提到scale ai与美国，英伟"
    flat = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    trie = re.compile(lexicon.trie_pattern(words))
    found = [m.group() for m in trie.finditer(text)]
    assert found == [m.group() for m in flat.finditer(text)]
    assert found == ["美国政府", "英伟达", "scale ai", "美国", "英伟"]


@pytest.mark.parametrize(
    ("text", "nick", "name"),
    [
        pytest.param(
            "外號「阿威」的游擊手陳家威4打數掛零，阿威賽後坦言很難打。",
            "阿威",
            "陳家威",
            id="before-the-name",
        ),
        pytest.param(
            "漁民互助會主席鄧福成，街坊都叫他「成叔」。成叔昨日說冇得撈。",
            "成叔",
            "鄧福成",
            id="after-the-name",
        ),
    ],
)
def test_a_nickname_is_its_person(text: str, nick: str, name: str) -> None:
    owner = _owner(_actors(text), nick)
    assert owner is not None and owner.name == name


def test_a_two_word_latin_name_after_a_kind_of_body_is_one() -> None:
    owner = _owner(_actors("讓關聯做市商Aurora Quant在平台上擁有無限透支權限。"), "Aurora Quant")
    assert owner is not None and owner.type == "org"


def test_a_department_named_once_before_its_agency_is_where_the_agency_sits() -> None:
    actors = _actors(
        "衞生署衞生防護中心發言人昨日表示，流感季節已開始。衞生防護中心呼籲市民接種疫苗。"
    )
    owner = _owner(actors, "衞生防護中心")
    assert owner is not None and owner is _owner(actors, "衞生署衞生防護中心")
    assert [a for a in actors if a.type == "org"] == [owner]


def test_a_department_named_in_a_chain_of_its_agencies() -> None:
    actors = _actors("食物及衞生局衞生署衞生防護中心表示，會跟進。")
    assert len([a for a in actors if a.type == "org"]) == 1


def test_a_county_and_a_city_of_one_name_are_two_places() -> None:
    actors = _actors("新竹縣衛生局與新竹市衛生局合作。衛生局表示，會處理。")
    assert _owner(actors, "新竹縣衛生局") is not _owner(actors, "新竹市衛生局")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "江苏省交通运输厅公路处负责人表示，收费合理。",
            "江苏省交通运输厅",
            id="an-ending-read-across-words-is-no-parent",
        ),
        pytest.param(
            "河南古建筑保护研究所所长表示，修缮完成。",
            "河南古建筑保护研究所",
            id="an-institute-after-a-trade-s-ending-is-its-own",
        ),
    ],
)
def test_the_body_a_department_belongs_to(text: str, name: str) -> None:
    assert _org_names(text) == [name]


def test_a_dotted_name_after_a_role_is_one_person_with_its_gloss() -> None:
    actors = _actors("议会发言人约翰娜·施密特（Johanna Schmidt）表示，法案通过。")
    (person,) = [a for a in actors if a.type == "person"]
    assert set(person.aliases) | {person.name} == {"约翰娜·施密特", "Johanna Schmidt"}


def test_a_sister_in_law_is_someone_else() -> None:
    """李嫂 is Li's wife, not the Li the article named."""
    actors = _actors("議員李志強表示會跟進。街坊李嫂表示很擔心，晚上都不敢出門。")
    owner = _owner(actors, "李志強")
    assert owner is not None and "李嫂" not in owner.aliases


@pytest.mark.parametrize(
    ("text", "org", "places"),
    [
        pytest.param(
            "记者从湖南省株洲市芦淞区人民法院获悉，案件已经审结。",
            "株洲市芦淞区人民法院",
            {"湖南省"},
            id="a-city-keeps-its-district",
        ),
        pytest.param(
            "四川省宜宾市屏山县教育局昨日通报，涉事教师已停职。",
            "屏山县教育局",
            {"四川省", "宜宾市"},
            id="a-county-under-a-prefecture",
        ),
        pytest.param(
            "山东省潍坊市公安局发布警情通报称，嫌疑人已落网。",
            "潍坊市公安局",
            {"山东省"},
            id="a-city-under-a-province",
        ),
        pytest.param(
            "湖南省人民医院专家表示，患者情况稳定。",
            "湖南省人民医院",
            set(),
            id="the-province-s-own",
        ),
    ],
)
def test_a_body_is_named_from_its_city_or_county(text: str, org: str, places: set[str]) -> None:
    actors = _actors(text)
    (body,) = [a for a in actors if a.type == "org"]
    assert max((body.name, *body.aliases), key=len) == org
    assert places <= {a.name for a in actors if a.type == "place"}


def test_a_county_body_and_its_short_form_are_one() -> None:
    actors = _actors(
        "四川省宜宾市屏山县卫生健康局昨日通报疫情。县卫健局局长何光明表示，已经完成消毒。"
    )
    owner = _owner(actors, "县卫健局")
    assert owner is not None and owner.name == "屏山县卫生健康局"


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param(
            "南宁市交通运输局会同南宁市市场监督管理局约谈了三家网约车平台。",
            {"南宁市交通运输局", "南宁市市场监督管理局"},
            id="together-with",
        ),
        pytest.param(
            "南宁市住建局、南宁市交通运输局及南宁轨道交通集团参与了调查。",
            {"南宁市交通运输局", "南宁轨道交通集团"},
            id="a-joiner-glued-to-the-ending",
        ),
    ],
)
def test_two_bureaus_side_by_side_are_two(text: str, orgs: set[str]) -> None:
    assert orgs <= {a.name for a in _actors(text) if a.type == "org"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("在写字楼上班的林女士点了一杯咖啡，觉得价格偏高。", "林女士", id="described"),
        pytest.param("王先生隨即報警，警員到場調查。", "王先生", id="then-an-adverb"),
        pytest.param("郭小姐搬來這裡已經三年。", "郭小姐", id="then-a-verb"),
    ],
)
def test_the_public_named_by_an_honorific(text: str, name: str) -> None:
    assert name in [a.name for a in _actors(text) if a.type == "person"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "近年在周天成、林俊易、陳宏麟等選手帶動下，羽球人口大增。",
            {"林俊易", "陳宏麟"},
            id="players",
        ),
        pytest.param("会议由张卫东、刘晓峰等人主持。", {"张卫东", "刘晓峰"}, id="people"),
    ],
)
def test_names_in_a_list_of_people(text: str, names: set[str]) -> None:
    assert names <= {a.name for a in _actors(text) if a.type == "person"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("黄金周、国庆节等人流高峰期要提前订票。", id="crowds"),
        pytest.param("林村、錦田等人口較少的鄉郊地區。", id="population"),
        pytest.param("王道、公義等人人關心的價值。", id="common-words"),
    ],
)
def test_words_in_a_list_before_a_word_of_people_are_no_people(text: str) -> None:
    assert not [a for a in _actors(text) if a.type == "person"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param("黃志明離開法院時向記者表示，會上訴。", set(), id="leaving"),
        pytest.param("董事會邀請何家俊出任協會副理事長。", set(), id="taking-a-post"),
        pytest.param("球場冠名權五年以三千萬批予網上銀行。", set(), id="granted-to"),
        pytest.param("她每星期二晚到醫院做復康治療。", set(), id="going-to"),
        pytest.param(
            "衛福部長到立法院社會福利及衛生環境委員會報告。",
            {"立法院"},
            id="going-to-a-named-body",
        ),
    ],
)
def test_a_body_someone_goes_to_is_no_name_with_the_verb(text: str, kept: set[str]) -> None:
    orgs = [a for a in _actors(text) if a.type == "org"]
    forms = {f for a in orgs for f in (a.name, *a.aliases)}
    assert kept <= forms
    assert not any(v in f for f in forms for v in ("離開", "出任", "批予", "晚到", "長到"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("一名古董商夥同他人偽造字畫，古董商昨日被判監。", id="a-trade"),
        pytest.param("兼任教師鐘點費將調高，鐘點費已多年未調。", id="a-fee"),
        pytest.param("学院7号学生宿舍楼发生火灾，宿舍楼已经封闭。", id="a-building"),
    ],
)
def test_a_dictionary_word_the_tagger_calls_a_name_is_none(text: str) -> None:
    assert not [a for a in _actors(text) if a.type == "person"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param("鲁丰化工集团目前日产尿素约四千吨。", "鲁丰化工集团", id="a-brand"),
        pytest.param("中国化工集团发言人表示，项目照常推进。", "中国化工集团", id="a-place"),
        pytest.param("这家化工集团表示，产能不受影响。", None, id="a-kind"),
    ],
)
def test_a_trade_and_its_ending_read_as_one_word(text: str, org: str | None) -> None:
    assert _org_names(text) == ([org] if org else [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("政府表示，單項協會可以自主運作。", id="single-sport"),
        pytest.param("部長表示，有關協會須依法治理。", id="concerned"),
    ],
)
def test_one_common_attribute_before_a_body_is_a_kind(text: str) -> None:
    assert not [a for a in _actors(text) if a.type == "org"]


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        pytest.param(
            "挪威船东北海星航运（North Star Shipping）表示不满。",
            {"北海星航运", "North Star Shipping"},
            id="a-shipowner",
        ),
        pytest.param(
            "深圳房企宏泰控股（Hongtai Holdings）发布公告称，债务展期获批。",
            {"宏泰控股", "Hongtai Holdings"},
            id="a-property-developer",
        ),
        pytest.param(
            "药企康诺生物（Kangnuo Bio）发布公告称，产品已召回。",
            {"康诺生物", "Kangnuo Bio"},
            id="a-drug-maker",
        ),
    ],
)
def test_a_glossed_body_after_its_kind(text: str, forms: set[str]) -> None:
    (body,) = [a for a in _actors(text) if a.type == "org"]
    assert forms <= {body.name, *body.aliases}
    assert not any(
        f.startswith(("挪威", "深圳", "船东", "药企", "房企", "企"))
        for f in (body.name, *body.aliases)
    )


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param(
            "北京大学代表队夺得冠军，浙江大学代表队屈居亚军。",
            {"Peking University", "浙江大学"},
            id="a-university-s-team",
        ),
        pytest.param(
            "鳳鳴藝術基金董事局主席陳大文表示，基金會研究。",
            {"鳳鳴藝術基金"},
            id="a-fund-s-board",
        ),
        pytest.param(
            "浙江大学代表队屈居亚军，香港代表队第三。",
            {"浙江大学", "香港代表队"},
            id="a-place-s-team",
        ),
        pytest.param("青少年代表隊昨日出發。", {"青少年代表隊"}, id="young-people-s-team"),
    ],
)
def test_a_body_s_team_or_board_is_the_body(text: str, orgs: set[str]) -> None:
    found = [a for a in _actors(text) if a.type == "org"]
    assert {a.name for a in found} == orgs
    # The place's team is named once, not again after the university's name.
    assert all(a.count == 1 for a in found)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param("環保團體綠野協會發表聲明。", "綠野協會", id="a-group"),
        pytest.param("苗企青禾种业有限公司负责人说。", "青禾种业有限公司", id="a-seedling-firm"),
    ],
)
def test_the_kind_before_a_body_is_no_part_of_its_name(text: str, org: str) -> None:
    assert _org_names(text) == [org]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param(
            "国家认证认可监督管理委员会相关负责人介绍，新规明年实施。",
            ["国家认证认可监督管理委员会"],
            id="with-its-official-in-charge",
        ),
        pytest.param("国家鼓励行业协会发挥作用。", [], id="a-clause-with-no-one-of-it"),
    ],
)
def test_a_state_body_named_with_verbs(text: str, orgs: list[str]) -> None:
    assert _org_names(text) == orgs


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param("環保署發言人今天下午受訪時表示，將加強稽查。", [], id="a-time-after-a-role"),
        pytest.param(
            "死者妻子何太今早到碼頭等候消息。", ["何太"], id="an-honorific-then-this-morning"
        ),
        pytest.param("街坊張今表示不滿。", ["張今"], id="a-given-name-of-今"),
    ],
)
def test_a_time_word_is_no_part_of_a_name(text: str, people: list[str]) -> None:
    assert [a.name for a in _actors(text) if a.type == "person"] == people


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("家屬要求縣府與鄉公所負責。", id="after-a-county-government"),
        pytest.param("台中市都發局與工務局昨日表示將會勘。", id="after-a-short-name"),
        pytest.param("宏達營造負責人及鄉公所人員到場。", id="after-a-role"),
    ],
)
def test_two_sides_joined_are_no_one_body(text: str) -> None:
    assert not [a for a in _actors(text) if a.type == "org" and any(j in a.name for j in "與及")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("教練說，選手申訴後不會遭到報復。", id="after-a-complaint"),
        pytest.param("居民多次向市府陳情後，工程暫停。", id="after-a-petition"),
    ],
)
def test_after_is_no_given_name(text: str) -> None:
    assert not [a for a in _actors(text) if a.type == "person"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param("週末不少家長帶著孩子參觀動物園。", [], id="a-verb-with-its-aspect-mark"),
        pytest.param("海洋館位於動物園南側。", [], id="located-at"),
        pytest.param("日本等國動物園也有企鵝。", [], id="a-list-s-end"),
    ],
)
def test_a_clause_before_an_ending_names_no_body(text: str, orgs: list[str]) -> None:
    assert _org_names(text) == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param("對於外界質疑，鼎盛建設18日晚間發出聲明，否認違規。", ["鼎盛建設"], id="when"),
        pytest.param("星川行銷則在臉書發表聲明回應。", ["星川行銷"], id="where"),
        pytest.param(
            "天行宇航在官方微博發布情況說明，稱已成立調查組。", ["天行宇航"], id="a-report"
        ),
        pytest.param("中国航天近年发展迅速。", [], id="a-field"),
    ],
)
def test_a_brand_that_issues_a_statement(text: str, orgs: list[str]) -> None:
    assert _org_names(text) == orgs


def test_a_body_abbreviated_after_its_place_is_one() -> None:
    text = "湖南省市场监督管理局近日通报案情。湖南省市场监管局表示，将从严查处。"
    assert [(a.name, a.aliases) for a in _actors(text) if a.type == "org"] == [
        ("湖南省市场监督管理局", ("湖南省市场监管局",))
    ]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        pytest.param(
            "全球市場由荷蘭恆思半導體（HS Semiconductor Industries，Hesi）等大廠主導。",
            [("HS Semiconductor Industries", "org", ("Hesi", "恆思半導體"))],
            id="a-name-and-its-short-name",
        ),
        pytest.param(
            "據丹麥《政治報》（Politiken）報道，工程延誤。",
            [("Politiken", "org", ("政治報",))],
            id="a-paper-s-title",
        ),
        pytest.param("他在《紅樓夢》（Dream of the Red Chamber）中讀到。", [], id="a-work-s-title"),
    ],
)
def test_a_gloss_after_a_short_name_or_a_title(text: str, actors: list[tuple]) -> None:
    found = [(a.name, a.type, a.aliases) for a in _actors(text) if a.type != "place"]
    assert found == actors


def test_cross_strait_offices_by_their_full_names() -> None:
    text = "國務院台灣事務辦公室發言人表示反對。大陸委員會則回應，陸委會強調兩岸應對話。"
    orgs = {a.name: set(a.aliases) for a in _actors(text) if a.type == "org"}
    assert orgs == {
        "Taiwan Affairs Office": {"國務院台灣事務辦公室"},
        "Mainland Affairs Council": {"大陸委員會", "陸委會"},
    }


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        pytest.param(
            "小米营销负责人表示，销量增长。", [("Xiaomi", "org")], id="a-brand-s-department"
        ),
        pytest.param(
            "四川省第四人民医院今日开业。四川省人民医院院长表示祝贺。",
            [("四川省第四人民医院", "org"), ("四川省人民医院", "org")],
            id="a-numbered-body-is-another",
        ),
        pytest.param(
            "香港教師及教育工作者協會主席表示不滿。",
            [("香港教師及教育工作者協會", "org")],
            id="a-union-of-two-trades",
        ),
        pytest.param(
            "亞運會代表隊今天出發，領隊表示有信心。", [("亞運會代表隊", "org")], id="a-games-team"
        ),
        pytest.param("国家鼓励行业协会负责人积极参与标准制定。", [], id="a-clause-with-its-staff"),
        pytest.param("这道紫菜虾皮汤做法简单，我国大力发展现代汽车产业。", [], id="common-words"),
        pytest.param(
            "臺中市警察局第一分局昨日破案。台中警方表示，已逮捕嫌犯。",
            [("臺中市警察局第一分局", "org"), ("台中警方", "org")],
            id="a-precinct-is-not-the-city-s-police",
        ),
        pytest.param("主持人陳古今", [("陳古今", "person")], id="a-name-at-the-text-s-end"),
        pytest.param(
            "記者春日俊彰表示，比賽精彩。", [("春日俊彰", "person")], id="spring-is-no-time"
        ),
        pytest.param(
            "馬斯克（Elon Musk，Tesla）今天表示，將擴產。",
            [("Elon Musk", "person"), ("Tesla", "org")],
            id="a-gloss-then-another-name",
        ),
        pytest.param("公司《2024年報》（Annual Report）顯示盈利。", [], id="a-report-s-title"),
    ],
)
def test_rules_that_must_not_fire_too_widely(text: str, actors: list[tuple[str, str]]) -> None:
    assert [(a.name, a.type) for a in _actors(text) if a.type != "place"] == actors


def test_rating_agencies_and_consultancies_are_known() -> None:
    text = "評級機構標普將該公司評級下調，穆迪亦發出警告。顧問公司麥肯錫指出，需求疲弱。"
    orgs = {a.name for a in _actors(text) if a.type == "org"}
    assert {"S&P Global", "Moody's", "McKinsey & Company"} <= orgs


def test_shipowners_of_a_place_are_a_body() -> None:
    assert _org_names("香港船東會主席表示，運費上升。") == ["香港船東會"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("十六歲的樂團首席梁曉晴是樂團最年輕的首席。", "梁曉晴", id="a-principal"),
        pytest.param("今年三十岁的运维员邵振阳原本是一家餐厅的厨师。", "邵振阳", id="originally"),
    ],
)
def test_a_name_after_a_principal_or_before_originally(text: str, name: str) -> None:
    assert name in [a.name for a in _actors(text) if a.type == "person"]


def test_a_japanese_given_name_ends_at_its_gloss() -> None:
    actors = _actors("日本隊總教練中村美和（Miwa Nakamura）則對台灣隊印象深刻。")
    (person,) = [a for a in actors if a.type == "person"]
    assert {person.name, *person.aliases} == {"中村美和", "Miwa Nakamura"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param(
            "屋苑管理公司宏基物業管理有限公司發言人稱，已安排職員探望住戶。",
            "宏基物業管理有限公司",
            id="a-kind-of-company-then-its-name",
        ),
        pytest.param(
            "代理商寵樂坊貿易有限公司昨日宣布回收涉事產品。",
            "寵樂坊貿易有限公司",
            id="a-verb-like-character-after-a-trade",
        ),
    ],
)
def test_a_registered_company_s_name(text: str, org: str) -> None:
    assert org in _org_names(text)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param(
            "屏山县疾病预防控制中心接报后立即开展流行病学调查。",
            ["屏山县疾病预防控制中心"],
            id="a-noun-a-verb-then-the-ending-s-word",
        ),
        pytest.param("健保署提高醫學中心的給付點數。", ["健保署"], id="a-body-and-what-it-does"),
    ],
)
def test_a_verb_inside_a_body_s_name(text: str, orgs: list[str]) -> None:
    found = [a for a in _actors(text) if a.type == "org"]
    assert sorted(f for a in found for f in (a.name, *a.aliases) if f in text) == orgs


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param("福記麵家門外昨日貼出結業告示。", "福記麵家", id="a-noodle-shop"),
        pytest.param("永泰大押東主表示，生意大不如前。", "永泰大押", id="a-pawnshop"),
        pytest.param("龍鳳茶樓經理說，早市客人減少。", "龍鳳茶樓", id="a-teahouse"),
        pytest.param("九龍管弦樂團下月赴歐巡演。", "九龍管弦樂團", id="an-orchestra"),
        pytest.param("鹿鳴劇坊團長游志明指，今年有新劇。", "鹿鳴劇坊", id="a-theatre-company"),
    ],
)
def test_shops_and_companies_named_by_their_trade(text: str, org: str) -> None:
    assert org in _org_names(text)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param("主场作战的青岛浪鲸队以31比27战胜对手。", ["青岛浪鲸队"], id="a-team"),
        pytest.param("前港隊隊長陳志強現任電視評述員。", [], id="the-former-team"),
    ],
)
def test_a_team_the_dictionary_does_not_know(text: str, orgs: list[str]) -> None:
    assert _org_names(text) == orgs


def test_a_described_name_the_segmenter_ran_into_is() -> None:
    actors = _actors("正就讀中五的梁卓謙是首批受影響的考生。")
    assert [a.name for a in actors if a.type == "person"] == ["梁卓謙"]


def test_the_teams_of_one_country_by_any_of_its_names_are_one() -> None:
    actors = _actors(
        "決賽中，台灣隊以28比25擊敗南韓隊。中華台北隊教練表示滿意。"
        "中國台北隊下一戰對日本隊，韓國隊則對伊朗隊。"
    )
    teams = sorted(sorted((a.name, *a.aliases)) for a in actors if a.type == "org")
    assert teams == [
        ["中國台北隊", "中華台北隊", "台灣隊"],
        ["伊朗隊"],
        ["南韓隊", "韓國隊"],
        ["日本隊"],
    ]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param("營業六十年的老茶樓「蓮興居」月底結業。", "蓮興居", id="a-teahouse"),
        pytest.param("厦门骑行俱乐部“白鹭飞骑”负责人林伟说，路线很危险。", "白鹭飞骑", id="a-club"),
        pytest.param("他是社區球隊「海濱少年」的教練。", "海濱少年", id="a-team"),
        pytest.param(
            "抗議團體「守護青龍溪河谷聯盟」發言人表示反對。",
            "守護青龍溪河谷聯盟",
            id="nine-characters",
        ),
        pytest.param(
            "局方已要求保險公司「以公平合理的方式」處理索償。", None, id="words-not-a-name"
        ),
    ],
)
def test_a_quoted_name_after_its_kind(text: str, org: str | None) -> None:
    orgs = _org_names(text)
    assert (org in orgs) if org else not any("方式" in o for o in orgs)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param(
            "今年以来，蓝鲸用车、云驰约车等多家网约车平台推出新模式。",
            {"蓝鲸用车", "云驰约车"},
            id="platforms",
        ),
        pytest.param(
            "销量连续下滑。越山酒业、稽山黄酒等头部企业纷纷推出新品。",
            {"越山酒业", "稽山黄酒"},
            id="leading-firms",
        ),
        pytest.param("价格上涨、需求下降等因素影响企业。", set(), id="events-are-no-names"),
        pytest.param("全市将引进电池、电驱等配套企业。", set(), id="trades-are-no-names"),
    ],
)
def test_names_in_a_list_of_bodies(text: str, orgs: set[str]) -> None:
    assert {a.name for a in _actors(text) if a.type == "org"} == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param("李佳蓉兼任負責人，負責協調各部門。", [], id="a-person-taking-a-post"),
        pytest.param("福州业主方面表示，将继续维权。", [], id="people-of-a-place-as-a-side"),
        pytest.param(
            "榕城建工方面18日回应称，公司将配合调查。", ["榕城建工"], id="a-company-as-a-side"
        ),
    ],
)
def test_what_speaks_as_a_side_or_through_its_official(text: str, orgs: list[str]) -> None:
    assert _org_names(text) == orgs


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("圖：日本首相岸田", id="a-japanese-family-name-ends-the-text"),
        pytest.param("新任駐日大使表示將拜會社長山口", id="after-a-role"),
    ],
)
def test_a_text_ending_in_a_family_name_does_not_fail(text: str) -> None:
    _actors(text)


def test_a_branch_after_its_company_is_one_body() -> None:
    actors = _actors("中國移動通信集團有限公司廣東分公司發言人表示，服務已恢復。")
    assert len([a for a in actors if a.type == "org"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("嫁給高官的官太太經常出入名店。", id="an-official-s-wife"),
        pytest.param("當地的富太太們喜歡打麻將。", id="rich-wives"),
        pytest.param("陳家原本經營一間茶餐廳。", id="a-family"),
    ],
)
def test_words_shaped_like_a_surname_and_honorific_are_no_people(text: str) -> None:
    assert not [a for a in _actors(text) if a.type == "person"]


def test_a_listed_team_with_its_ending_is_the_team() -> None:
    actors = _actors("傑志昨日宣布續約。主場作戰的傑志隊以二比一擊敗對手。")
    assert [(a.name, a.count) for a in actors if a.type == "org"] == [("Kitchee", 2)]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param("林志成是1990年代國家隊主力。", [], id="the-national-team"),
        pytest.param("日本國家隊昨日公布名單。", ["日本國家隊"], id="a-named-country-s"),
    ],
)
def test_the_national_team_named_by_no_country_is_no_actor(text: str, orgs: list[str]) -> None:
    assert _org_names(text) == orgs
