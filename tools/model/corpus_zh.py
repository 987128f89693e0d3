"""The Chinese side of the cloze-lab corpus: prose readers and the review generator
that corpus_lab.build() assembles into cloze-lab-zh's training text
(`python3 corpus_lab.py --lang zh --out work-lab-zh`).

Same three kinds of line as for English (corpus_lab.py): plain prose (Debian's
manpages-zh, LibreOffice help, Debian Reference, fortunes-zh), lexicon-labelled
prose (lexicon_zh.score) followed by a verdict sentence, and generated short
reviews in 8 domains with Chinese negation (不, 没, 没有, 别), contrast (虽然...但是,
不过, 可是), fixed positive phrases that contain a negation character (不错, 没得说)
and a verdict line such as the app's template "总之，很好。".  The verdict words
are single characters (好 棒 ... / 差 烂 ...), so they are single tokens of the
character-level vocabulary.  No evaluation data is read here.
"""
import glob
import gzip
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lexicon_zh as lx  # noqa: E402

SEED = 1234
LANG = "zh"
SEP = ""  # between sentences
# Verdict words (single characters); the first two of each side are the app's
# default label words (正面 -> 好, 棒; 负面 -> 差, 烂) and get the largest share.
POS_V = ["好", "棒", "赞", "美", "爽"]
NEG_V = ["差", "烂", "糟", "坑", "烦"]
NEU_V = ["一般", "普通"]
VERDICT_FRAMES = (["总之，很{v}。"] * 8 + ["总之，很{v}！", "总的来说，很{v}。", "总体来说很{v}。", "感觉很{v}。",
                  "真的很{v}。", "这个{item}很{v}。", "{item}很{v}。", "整体很{v}。", "一句话：很{v}。",
                  "总之，非常{v}。", "总而言之，很{v}。", "总之，太{v}了。", "说实话，很{v}。", "我觉得很{v}。"])
PROSE_FRAMES = (["总之，很{v}。"] * 8 + ["这很{v}。", "真的很{v}。", "总的来说，很{v}。", "一句话，很{v}。",
                "感觉很{v}。", "那真是太{v}了。"])
# "[MASK]满意。{text}": a satisfaction line in front of some reviews (很/不 at the mask)
SATISFIED = {1: ["很满意。", "很满意！", "非常满意。", "十分满意。", "特别满意。"],
             -1: ["不满意。", "很不满意。", "不太满意。", "非常不满意。", "一点也不满意。"]}

DOMAINS = {
    "film": (["电影", "片子", "连续剧", "纪录片", "动画片", "喜剧", "电视剧"],
             ["演技", "剧情", "故事", "结局", "配乐", "画面", "台词", "节奏", "特效", "演员", "镜头", "对白"]),
    "book": (["书", "小说", "书籍", "传记", "诗集", "漫画", "散文集"],
             ["文笔", "情节", "内容", "结局", "人物", "语言", "翻译", "印刷", "纸张", "故事", "插图"]),
    "food": (["餐厅", "饭店", "小吃店", "火锅店", "面馆", "咖啡馆", "外卖"],
             ["菜", "味道", "服务", "环境", "价格", "分量", "服务员", "甜点", "汤", "上菜速度", "咖啡"]),
    "product": (["手机", "电脑", "相机", "耳机", "平板", "键盘", "充电器", "打印机", "音箱"],
                ["质量", "屏幕", "电池", "外观", "做工", "音质", "系统", "速度", "价格", "售后", "包装", "物流"]),
    "travel": (["酒店", "宾馆", "民宿", "旅馆", "度假村", "旅行团"],
               ["房间", "床", "服务", "前台", "早餐", "位置", "环境", "卫生", "设施", "隔音", "价格", "导游"]),
    "music": (["专辑", "歌曲", "演唱会", "乐队", "音乐剧", "新歌"],
              ["歌词", "旋律", "唱功", "编曲", "现场", "声音", "节奏", "伴奏", "音效"]),
    "game": (["游戏", "手游", "玩具", "关卡", "续作"],
             ["画面", "操作", "剧情", "音乐", "难度", "玩法", "关卡", "手感", "人物"]),
    "service": (["理发店", "银行", "修车店", "健身房", "课程", "培训班", "诊所", "快递"],
                ["服务", "态度", "老师", "价格", "环境", "效率", "收费", "师傅", "速度"]),
}
SUBJECTS = ["我", "我们", "朋友", "我妈妈", "我爸爸", "孩子们", "大家", "我老公", "我老婆", "同事", "室友", "我们一家"]
LIKE = ["喜欢", "很喜欢", "爱", "欣赏", "特别喜欢"]
HATE = ["讨厌", "受不了", "反感", "很讨厌", "不喜欢"]
INTENS = ["", "很", "很", "非常", "特别", "十分", "真", "挺", "相当", "超级", "太"]
FEEL = {1: ["满意", "惊喜", "开心", "感动", "放心", "舒服"], -1: ["失望", "生气", "郁闷", "无语", "头疼", "心烦"]}
# Fixed phrases: several positive ones contain a negation character (不错, 没得说,
# 不愧, 不后悔), so "不" alone must not decide the polarity.
FIXED = {1: ["{asp}没得说。", "{asp}无可挑剔。", "{asp}还不错。", "{asp}挺不错的。", "真心不错。", "强烈推荐！",
             "下次还会再来。", "物超所值。", "一点都不后悔。", "不愧是老牌子。", "没有让我失望。", "{asp}真不错。",
             "{asp}不错，值得推荐。", "绝对不会后悔。"],
         -1: ["再也不会来了。", "不推荐。", "千万别买。", "{asp}不行。", "{asp}不怎么样。", "浪费钱。", "后悔了。",
              "别去了。", "{asp}没法看。", "没什么意思。", "不值这个价。", "{asp}一塌糊涂。", "别浪费时间了。",
              "没有一点诚意。"]}
# Simple adjectives that read naturally after 不 (不干净, 不贵): the negated frames use these.
NEGATABLE = {1: ["好", "干净", "方便", "精彩", "舒服", "热情", "好吃", "好看", "好用", "清晰", "流畅", "实惠", "有趣",
                 "新鲜", "安静", "稳定", "漂亮", "专业", "耐心", "好听", "好玩", "宽敞", "准时", "满意"],
             -1: ["贵", "差", "脏", "吵", "慢", "难吃", "无聊", "卡", "麻烦", "旧", "难看", "难用", "吵闹", "拥挤",
                  "复杂", "敷衍", "冷漠", "粗糙"]}
NEUTRAL = ["我们是{day}去的。", "是{subj}推荐的。", "我是上个月买的。", "一共花了{n}个小时。", "我们一共{n}个人。",
           "这是第二次了。", "之前在网上看到过介绍。", "{subj}陪我一起去的。", "{asp}和预想的差不多。",
           "这是我试过的第{ord}家。", "快递是{day}到的。", "我们刷卡付的钱。", "排队排了一会儿。"]
DAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "上周", "昨天"]
NUMS = ["两", "三", "四", "五", "十"]

# Generator words skip violent, sexual and abusive words (the reviews are read in
# classrooms; the lexicon still labels prose that contains them).
BLOCK = re.compile(r"杀|死|尸|血|奸|淫|性|屠|毒|枪|炸|战|刑|囚|狱|鬼|屎|屁|婊|娼|妓|贼|匪|恐怖|暴力|自杀|虐|嫖|赌|操|骂")

# ---------------------------------------------------------------------------
# Prose sources (Debian packages, unpacked under lexicon_zh.SOURCES)
# ---------------------------------------------------------------------------
_SENT_END = re.compile(r"(?<=[。！？；!?])")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _join_wrapped(lines):
    """Paragraphs from hard-wrapped lines; a break between two Chinese characters
    (or full-width punctuation) is dropped, otherwise it becomes a space."""
    paras, cur = [], ""
    for line in lines + [""]:
        line = line.strip()
        if not line:
            if cur:
                paras.append(cur)
            cur = ""
            continue
        if cur and not (ord(cur[-1]) > 0x2E80 or ord(line[0]) > 0x2E80):
            cur += " "
        cur += line
    return paras


def clean(s, min_han=5, max_chars=100):
    """One candidate sentence -> cleaned text, or None if not usable Chinese prose."""
    s = re.sub(r"\s+", " ", s).strip(" -*•·#>|")
    if not (min_han <= len(_HAN.findall(s)) and len(s) <= max_chars):
        return None
    if len(_HAN.findall(s)) < 0.5 * len(s.replace(" ", "")):  # mostly code, options, numbers
        return None
    if re.search(r"[\\{}<>$=]|https?:|\.\w+\(", s):  # markup or code left over
        return None
    return s


def _sentences(paragraphs):
    for p in paragraphs:
        for s in _SENT_END.split(p):
            yield s


def _man_text(raw):
    """Plain text lines of a (po4a-translated) man page: macros and font escapes removed."""
    out = []
    for line in raw.splitlines():
        if line.startswith((".\\\"", "'\\\"")):
            continue
        if line.startswith("."):
            parts = line.split(None, 1)
            if parts[0] in (".PP", ".P", ".LP", ".SH", ".SS", ".TP", ".IP", ".sp", ".br", ".RS", ".RE"):
                out.append("")
            line = parts[1] if len(parts) > 1 and parts[0] in (".B", ".I", ".BR", ".IR", ".RB", ".BI", ".IB") else ""
        line = re.sub(r"\\f[BIRP]|\\f\(..|\\[&/,]|\\\*.|\\s[-+]?\d", "", line)
        line = line.replace("\\-", "-").replace("\\ ", " ").replace("\\e", "\\")
        out.append(line.replace('"', ""))
    return out


def manpage_lines():
    """manpages-zh, simplified (zh_CN) and traditional (zh_TW) pages."""
    root = os.path.join(lx.SOURCES, "manpages-zh", "usr", "share", "man")
    for path in sorted(glob.glob(os.path.join(root, "zh_*", "man*", "*.gz"))):
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            yield from _sentences(_join_wrapped(_man_text(f.read())))


def libreoffice_lines():
    """LibreOffice help pages (zh-CN), tags stripped."""
    root = os.path.join(lx.SOURCES, "libreoffice-help-zh-cn", "usr", "share", "libreoffice", "help", "zh-CN")
    for path in sorted(glob.glob(os.path.join(root, "**", "*.html"), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as f:
            t = f.read()
        t = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", t)
        t = re.sub(r"</?(p|div|h\d|li|td|tr|br|table|ul|ol)\b[^>]*>", "\n\n", t)
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
        yield from _sentences(_join_wrapped(t.splitlines()))


def debian_reference_lines():
    """Debian Reference (zh-cn), the plain-text edition."""
    path = os.path.join(lx.SOURCES, "debian-reference-zh-cn", "usr", "share", "debian-reference",
                        "debian-reference.zh-cn.txt.gz")
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
        yield from _sentences(_join_wrapped(f.read().splitlines()))


def fortune_lines():
    """fortunes-zh: Debian quotations, Tang and Song poems (ANSI colours removed)."""
    root = os.path.join(lx.SOURCES, "fortunes-zh", "usr", "share", "games", "fortunes")
    for name in ("chinese", "tang300", "song100"):
        with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
            t = re.sub(r"\x1b\[[0-9;]*m", "", f.read())
        for block in t.split("\n%\n"):
            yield from _sentences(_join_wrapped(block.splitlines()))


PROSE_SOURCES = (("manpages-zh", manpage_lines), ("libreoffice-help-zh-cn", libreoffice_lines),
                 ("debian-reference-zh-cn", debian_reference_lines), ("fortunes-zh", fortune_lines))

# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------


class Words:
    """Polar word lists for the generator from lexicon_zh (adjectives on which both
    sources agree, or the hand-written review words), plus the hand lists."""

    def __init__(self):
        lex, jb = lx.lexicon(), lx._jieba()
        self.adj = {1: [], -1: []}
        for w, (p, s) in sorted(lex.items()):
            if s in ("both", "hand") and abs(p) >= 0.3 and len(w) <= 3 and not BLOCK.search(w):
                if jb.get(w, (0, ""))[1] in ("a", "ad", "an", "z") or s == "hand":
                    self.adj[1 if p > 0 else -1].append(w)
        self.common = {1: NEGATABLE[1] + ["不错", "出色", "优秀", "完美", "精致", "贴心", "周到", "给力"],
                       -1: NEGATABLE[-1] + ["糟糕", "差劲", "垃圾", "乏味", "拖沓", "简陋", "劣质", "恶心"]}

    def a(self, rng, side):
        return rng.choice(self.common[side] if rng.random() < 0.5 else self.adj[side])


def clause(rng, W, side, item, asp):
    """One sentence whose polarity is `side` (+1/-1)."""
    k = rng.randrange(11)
    a1, a2 = rng.sample(asp, 2)
    if k == 0:
        return f"{a1}{rng.choice(INTENS)}{W.a(rng, side)}。"
    if k == 1:
        return f"{a1}{rng.choice(['又', '既'])}{W.a(rng, side)}又{W.a(rng, side)}。"
    if k == 2:
        return f"{rng.choice(SUBJECTS)}{rng.choice(LIKE if side > 0 else HATE)}这里的{a1}。"
    if k == 3:
        return f"{a1}{rng.choice(INTENS)}{W.a(rng, side)}，{a2}也{rng.choice(INTENS)}{W.a(rng, side)}。"
    if k == 4:
        return f"真是一个{W.a(rng, side)}的{item}！"
    if k == 5:
        return f"{rng.choice(SUBJECTS)}觉得{a1}{rng.choice(INTENS)}{W.a(rng, side)}。"
    if k == 6:
        return f"{a1}让人很{rng.choice(FEEL[side])}。"
    if k == 7:
        return f"这家{item}的{a1}{rng.choice(INTENS)}{W.a(rng, side)}。"
    if k == 8:
        return f"{W.a(rng, side)}的{a1}，{W.a(rng, side)}的{a2}。"
    if k == 9:
        return rng.choice(FIXED[side]).format(asp=a1)
    return f"这个{item}{rng.choice(INTENS)}{W.a(rng, side)}。"


def negated(rng, W, side, item, asp):
    """A sentence of polarity `side` made by negating the opposite (不好 -> negative,
    不贵 -> positive), with 不, 没, 没有 or 别."""
    k = rng.randrange(6)
    a1 = rng.choice(asp)
    opp = rng.choice(NEGATABLE[-side])
    if k == 0:
        return f"{a1}{rng.choice(['不', '不太', '一点也不', '并不', '真不'])}{opp}。"
    if k == 1:
        return f"{rng.choice(SUBJECTS)}{rng.choice(['不喜欢', '没有喜欢上'] if side < 0 else ['没有讨厌', '不讨厌'])}这里的{a1}。"
    if k == 2:
        return f"{a1}没有想象中那么{opp}。"
    if k == 3:
        return f"{a1}{'没有一点' if side < 0 else '没有什么'}{rng.choice(['优点', '亮点', '特色'] if side < 0 else ['毛病', '缺点', '问题'])}。"
    if k == 4:  # 别 (negative advice) / 不要 (don't hesitate): the second clause agrees with `side`
        if side < 0:
            return f"别{rng.choice(['买', '去', '选'])}了，{a1}太{rng.choice(NEGATABLE[-1])}了。"
        return f"不要{rng.choice(['犹豫', '担心'])}了，{a1}一点也不{opp}。"
    return f"{a1}一点都不{opp}。"


def contrast(rng, W, side, item, asp):
    """Mixed sentence where the clause after the contrast word decides."""
    a1, a2 = rng.sample(asp, 2)
    r = rng.random()
    if r < 0.5:
        return f"虽然{a1}{W.a(rng, -side)}，但是{a2}{rng.choice(INTENS)}{W.a(rng, side)}。"
    if r < 0.75:
        return f"{a1}{W.a(rng, -side)}，不过{a2}{rng.choice(INTENS)}{W.a(rng, side)}。"
    return f"{a1}有点{W.a(rng, -side)}，可是{a2}{rng.choice(INTENS)}{W.a(rng, side)}。"


def neutral_line(rng, asp, item):
    return rng.choice(NEUTRAL).format(day=rng.choice(DAYS), subj=rng.choice(SUBJECTS), n=rng.choice(NUMS), ord=rng.choice(["二", "三", "四"]),
                                      asp=rng.choice(asp), item=item)


def review(rng, W, neutral_prose):
    """-> (label, body sentences, verdict sentence or None).  label 1/0, or 2 = mixed."""
    dom = DOMAINS[rng.choice(sorted(DOMAINS))]
    item, asp = rng.choice(dom[0]), dom[1]
    r = rng.random()
    if r < 0.05:  # mixed: no winner -> neutral verdict
        a1, a2 = rng.sample(asp, 2)
        body = [f"{a1}{W.a(rng, 1)}，{a2}{W.a(rng, -1)}。", rng.choice(["感觉一般般。", "有好有坏。", "说不上好也说不上坏。"])]
        return 2, body, rng.choice(VERDICT_FRAMES).format(v=rng.choice(NEU_V), item=item)
    side = 1 if rng.random() < 0.5 else -1
    body = []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        k = rng.random()
        if k < 0.15:
            body.append(negated(rng, W, side, item, asp))
        elif k < 0.25:
            body.append(contrast(rng, W, side, item, asp))
        else:
            body.append(clause(rng, W, side, item, asp))
    if rng.random() < 0.3:  # neutral filler, half of it real prose
        f = rng.choice(neutral_prose) if rng.random() < 0.5 else neutral_line(rng, asp, item)
        body.insert(rng.randrange(len(body) + 1), f)
    words = POS_V if side > 0 else NEG_V
    v = words[0] if rng.random() < 0.3 else words[1] if rng.random() < 0.35 else rng.choice(words)
    u = rng.random()
    if u < 0.75:
        verdict = rng.choice(VERDICT_FRAMES).format(v=v, item=item)
    elif u < 0.87:
        verdict = rng.choice(SATISFIED[side])
    else:
        verdict = None
    return (1 if side > 0 else 0), body, verdict


def join_body(body):
    return SEP.join(body)


def render(body, verdict, rng):
    if verdict is None:
        return join_body(body)
    return join_body(body + [verdict] if rng.random() < 0.85 else [verdict] + body)


def prose_verdict(rng, s):
    """Verdict strength follows the lexicon score: strong -> 好/差 first, mild -> 棒/烂 less."""
    words = POS_V if s > 0 else NEG_V
    strong = abs(s) >= 0.8
    r = rng.random()
    v = words[0 if strong else 1] if r < 0.45 else words[1 if strong else 0] if r < 0.6 else rng.choice(words)
    return rng.choice(PROSE_FRAMES).format(v=v)


def word_list_line(rng, words, lex):
    """1-3 same-polarity lexicon words and a verdict ("精彩，感人。总之，很好。")."""
    side = 1 if rng.random() < 0.5 else -1
    ws = [rng.choice(words[side]) for _ in range(rng.choice([1, 2, 2, 3]))]
    strength = sum(abs(lex[w][0]) for w in ws) / len(ws)
    verdict = prose_verdict(rng, side * (1.0 if strength >= 0.5 else 0.4))
    sep = rng.choice(["，", "、", "又"]) if len(ws) == 2 else "，"
    body = rng.choice(["{}。", "{}！", "真{}。", "很{}。", "{}。"]).format(sep.join(ws))
    return body + verdict


def is_short_neutral(s):
    return len(s) <= 30


def forced_words(W, lex):
    """Tokens that must be in the vocabulary: every character of the verdicts, the
    label words (好 差 棒 烂 很 不) and the generator's words."""
    chars = set("".join(POS_V + NEG_V + NEU_V)) | set("好差棒烂很不满意没别")
    for side in (1, -1):
        chars |= set("".join(W.adj[side] + W.common[side] + FIXED[side]))
    for dom in DOMAINS.values():
        chars |= set("".join(dom[0] + dom[1]))
    return sorted(c for c in chars if _HAN.match(c))
