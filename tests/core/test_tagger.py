"""The learnt name tagger: its features, the names it finds, and what the extractor takes.

The sentences are our own. The tagger's mistakes are made up here (a span it might
propose, at full confidence) to show the extractor's checks turn them away.
"""

from __future__ import annotations

import threading

import pytest

from reader.core import actors as actors_mod
from reader.core import tagger as tagger_mod
from reader.core.actors import extract_actors
from reader.core.entities import Context
from reader.core.segment import shared, tag_text
from reader.core.tagger import SURE, Tagged, features, read_offsets, tagged_names


def _names(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.type) for a in extract_actors(text)}


def test_one_row_of_features_a_character_read_the_same_in_both_scripts() -> None:
    simplified = "当晚值班的保安员晏春生发现火情后立即报警。"
    traditional = "當晚值班的保安員晏春生發現火情後立即報警。"
    tokens = tag_text(simplified)
    offsets = read_offsets(tokens)
    assert len(features(tokens, offsets)) == len(offsets)
    assert features(tokens, offsets) == features(tag_text(traditional), offsets)


def test_the_tagger_reads_around_particles_adverbs_numbers_and_punctuation() -> None:
    text = "当晚值班的保安员晏春生发现火情后立即报警，ZQ电讯损失约三万元。"
    read = set(read_offsets(tag_text(text)))
    for word in ("晏春生", "保安员", "值班", "电讯"):
        assert set(range(text.index(word), text.index(word) + len(word))) <= read
    for word in ("的", "立即", "三万元", "，", "。", "ZQ"):
        assert not set(range(text.index(word), text.index(word) + len(word))) & read


@pytest.mark.parametrize(
    "text",
    [
        "警方拘捕了一名男子，涉案的宏發貨運公司司機黎志豪已被落案起訴。",
        "记者从安宁区应急管理局获悉，事故造成两人受伤，涉事的恒远化工已被责令停产。",
        "台南市養貓協會理事長吳宜蓁說，結紮補助名額今年又被砍了三成。",
    ],
)
def test_a_name_holds_only_characters_the_tagger_read(text: str) -> None:
    tokens = tag_text(text)
    read = set(read_offsets(tokens))
    found = tagged_names(tokens)
    assert found
    assert all(set(range(t.start, t.end)) <= read for t in found)


def test_no_text_no_names() -> None:
    assert tagged_names([]) == []


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("当晚值班的保安员晏春生发现火情后立即报警。", "晏春生", "person"),
        ("昨日出庭的辯方證人蒲子健供稱，他當晚並不在場。", "蒲子健", "person"),
        ("村民委托律师起诉，律师团成员包括邹海林和柏雯雯两人。", "邹海林", "person"),
        ("宏晟精工周四公布，上半年订单减少两成，宏晟精工股价随即下挫。", "宏晟精工", "org"),
        ("翠峰茶業今年春茶產量大跌，翠峰茶業董事長直言損失慘重。", "翠峰茶業", "org"),
        ("昇泰石化周一發布新聞稿，昇泰石化將於明年關閉高雄廠區。", "昇泰石化", "org"),
    ],
)  # fmt: skip
def test_the_tagger_finds_names_no_rule_vouches_for(
    text: str, name: str, type_: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = {text[t.start : t.end]: t for t in tagged_names(tag_text(text))}
    assert found[name].type == type_ and found[name].confidence >= SURE
    assert (name, type_) in _names(text)
    monkeypatch.setattr(actors_mod, "tagged_names", lambda tokens: [])
    assert (name, type_) not in _names(text)  # the rules alone miss it


def _proposing(monkeypatch: pytest.MonkeyPatch, text: str, span: str, type_: str, sure=1.0):
    start = text.index(span)
    tagged = Tagged(start, start + len(span), type_, sure)
    monkeypatch.setattr(actors_mod, "tagged_names", lambda tokens: [tagged])


@pytest.mark.parametrize(
    ("text", "span", "type_"),
    [
        ("黃金價格昨日再創新高。", "黃金", "person"),  # a word, no name
        ("他隨後向海晴借了三萬元。", "向海晴", "person"),  # 向: "to"
        ("記者致電負責的陸主任，對方未有回覆。", "陸主任", "person"),  # a surname and a role
        ("事發後一名男子鄭某被捕。", "男子鄭某", "person"),  # no name's shape
        ("陳爸與林媽帶著孩子到場聲援。", "陳爸", "person"),  # kin
        ("當地漁民自發成立漁業協會。", "漁民自發成立漁業協會", "org"),  # a clause
        ("翠嶺牧場今日起開放參觀。", "翠嶺牧", "org"),  # cuts a word
        ("国家队昨日抵达杭州集训。", "国家队", "org"),  # a common word
        ("省农业农村厅随后发出通知。", "省农业农村厅", "org"),  # short for a body named in full
        ("市民可到公共圖書館借書。", "公共圖書館", "org"),  # a common word and a kind
        ("梧州地处三江交汇，水运发达。", "梧州地处", "org"),  # ends in a verb
        ("政府加大投入，亞洲科技業受惠。", "亞洲科技", "org"),  # a place's trade
        ("石破政府表示將檢討。", "石破政府", "org"),  # a leader's government
    ],
)  # fmt: skip
def test_the_extractor_turns_away_what_is_no_name(
    text: str, span: str, type_: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _names(text)
    _proposing(monkeypatch, text, span, type_)
    assert _names(text) == before


def test_a_person_s_name_is_whole_words() -> None:
    text = "昨天下午，李坤城和記者一起到台北車站。"  # 李坤城, one word
    ctx = Context(text, tag_text(text), shared().lookup)
    start = text.index("李坤城")
    assert actors_mod._tagged_person(ctx, start, start + 3)
    assert not actors_mod._tagged_person(ctx, start, start + 2)


def test_a_person_s_name_leaves_no_number_like_character_out() -> None:
    text = "他的母親陳素月昨日表示反對。"  # 陳素|月, and 月 read as a number
    ctx = Context(text, tag_text(text), shared().lookup)
    start = text.index("陳素")
    assert not actors_mod._tagged_person(ctx, start, start + 2)


def test_a_name_the_tagger_is_unsure_of_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "当晚值班的保安员晏春生发现火情后立即报警。"
    _proposing(monkeypatch, text, "晏春生", "person", sure=SURE - 0.05)
    assert ("晏春生", "person") not in _names(text)
    _proposing(monkeypatch, text, "晏春生", "person", sure=SURE)
    assert ("晏春生", "person") in _names(text)


def test_a_huge_text_is_tagged_in_parts_with_the_same_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "昇泰石化周一發布新聞稿，昇泰石化將於明年關閉高雄廠區。"
        "當晚值班的保安員晏春生發現火情後立即報警。"
        "昨日出庭的辯方證人蒲子健供稱，他當晚並不在場。"
    ) * 6
    tokens = tag_text(text)
    whole = tagged_names(tokens)
    parts: list[int] = []
    rows = tagger_mod._rows
    monkeypatch.setattr(
        tagger_mod, "_rows", lambda cols, offs: parts.append(len(offs)) or rows(cols, offs)
    )
    monkeypatch.setattr(tagger_mod, "CHUNK", 30)
    assert [(t.start, t.end, t.type) for t in tagged_names(tokens)] == [
        (t.start, t.end, t.type) for t in whole
    ]
    assert len(parts) > 1 and max(parts) <= 2 * 30


def test_a_tagger_that_failed_to_open_opens_next_time(monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = tag_text("昨日出庭的辯方證人蒲子健供稱，他當晚並不在場。")
    results: list[object] = []

    def tag_twice() -> None:  # a thread of its own: a fresh tagger
        with monkeypatch.context() as m:
            m.setattr(tagger_mod, "MODEL", "no-such-model.crfsuite")
            try:
                tagged_names(tokens)
            except Exception as exc:
                results.append(type(exc))
        results.append(tagged_names(tokens))

    thread = threading.Thread(target=tag_twice)
    thread.start()
    thread.join()
    assert isinstance(results[0], type) and issubclass(results[0], (OSError, ValueError))
    assert results[1] == tagged_names(tokens)


def test_threads_tag_apart() -> None:
    """crfsuite's tagger holds the sequence it tags: each thread has its own."""
    texts = [
        "当晚值班的保安员晏春生发现火情后立即报警。" * 20,
        "昇泰石化周一發布新聞稿，昇泰石化將於明年關閉高雄廠區。" * 20,
    ] * 3
    tokens = [tag_text(t) for t in texts]
    alone = [tagged_names(t) for t in tokens]
    together: list[list[Tagged]] = [[] for _ in texts]

    def tag(i: int) -> None:
        for _ in range(5):
            together[i] = tagged_names(tokens[i])

    threads = [threading.Thread(target=tag, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert together == alone
