"""Corpus for cloze-lab-en: real prose + lexicon-labelled prose + generated reviews.

Three kinds of line (all lowercased, deduplicated, fixed seed):

  1. plain prose   - WordNet glosses/examples, GCIDE, fortunes (corpus.py,
                     cloze-mini's readers), so that fill-mask stays English;
  2. labelled prose - a prose sentence whose lexicon score (lexicon.score:
                     AFINN-165 + VADER + WordNet synonyms, negation, "but") is
                     clearly positive or negative, followed by a verdict
                     sentence ("it was great ." / "it was terrible ."), so the
                     verdict has to be read off the context words;
  3. reviews       - generated short reviews in 8 domains from lexicon
                     adjectives/nouns with negation, "but" contrast, neutral
                     filler and (mostly) a closing verdict line.

Because the verdict frames include the app's template ("it was [MASK] .") and
its label words, the model's "zero-shot" sentiment is trained in; the model card
says so.  No evaluation data is read here.

Outputs in --out: corpus.txt (train), heldout.txt (MLM loss), val_gen.tsv and
val_prose.tsv (label<TAB>text, verdict removed; for held-out polarity accuracy
while training and for comparing recipes), verdicts.txt (verdict words, masked
more often in training), forced.txt (words forced into the vocabulary).
"""
import argparse
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus as base  # noqa: E402  (cloze-mini's prose sources, cleaning, hand-written word lists)
import lexicon as lx  # noqa: E402

SEED = 1234
# Verdict words; the first two of each side are the app's default label words
# and get the largest share.
POS_V = ["great", "good", "excellent", "wonderful", "fantastic", "amazing", "superb", "brilliant",
         "nice", "lovely", "perfect", "enjoyable", "delightful", "beautiful", "fun"]
NEG_V = ["terrible", "bad", "awful", "horrible", "poor", "boring", "dreadful", "disappointing",
         "dull", "mediocre", "weak", "lousy", "pathetic", "tedious", "painful"]
NEU_V = ["okay", "average", "alright", "ordinary", "uneven"]
VERDICT_FRAMES = (["it was {v} ."] * 8 + ["it was {v} !", "it is {v} .", "it was really {v} .",
                  "overall , it was {v} .", "all in all , it was {v} .", "in short , {v} .",
                  "honestly , it was {v} .", "i thought it was {v} .", "this was {v} .",
                  "that was {v} .", "the {item} was {v} .", "a {v} {item} .", "verdict : {v} .",
                  "simply {v} .", "it was just {v} ."])
PROSE_FRAMES = (["it was {v} ."] * 8 + ["it is {v} .", "that was {v} .", "this is {v} .",
                "all in all , {v} .", "in a word , {v} .", "it was really {v} .", "how {v} ."])

DOMAINS = {
    "film": (["movie", "film", "show", "documentary", "series", "episode", "thriller", "comedy", "drama"],
             ["acting", "story", "plot", "script", "ending", "cast", "music", "dialogue", "direction",
              "soundtrack", "pacing", "characters", "performances", "humor", "visuals", "jokes"]),
    "book": (["book", "novel", "story", "memoir", "poem", "biography", "comic", "essay"],
             ["writing", "plot", "prose", "ending", "characters", "style", "story", "dialogue", "pacing",
              "author", "chapters", "narrator"]),
    "food": (["meal", "dinner", "restaurant", "pizza", "soup", "cake", "burger", "lunch", "dish", "cafe"],
             ["food", "service", "staff", "price", "portions", "taste", "dessert", "wine", "menu",
              "atmosphere", "waiter", "coffee"]),
    "product": (["phone", "laptop", "camera", "product", "printer", "tablet", "router", "player",
                 "headphones", "charger"],
                ["quality", "price", "design", "battery", "screen", "sound", "software", "support",
                 "delivery", "buttons", "interface", "manual", "performance", "picture"]),
    "travel": (["hotel", "trip", "tour", "flight", "resort", "room", "cruise", "stay"],
               ["room", "staff", "view", "beds", "location", "breakfast", "pool", "service", "guide",
                "price", "food", "crew"]),
    "music": (["album", "song", "concert", "band", "record", "show", "musical", "opera"],
              ["vocals", "lyrics", "melody", "sound", "band", "production", "singer", "songs",
               "guitar", "drums", "encore"]),
    "game": (["game", "app", "puzzle", "toy", "sequel", "level"],
             ["graphics", "controls", "story", "gameplay", "music", "difficulty", "levels", "design",
              "price", "characters"]),
    "service": (["shop", "store", "bank", "garage", "salon", "clinic", "course", "class", "teacher"],
                ["staff", "service", "price", "manager", "advice", "teacher", "lessons", "wait",
                 "location", "support"]),
}
SUBJECTS = ["i", "we", "my friend", "my wife", "my husband", "my sister", "my brother", "my mother",
            "my father", "the kids", "everyone", "my partner", "my son", "my daughter", "our group"]
LIKE = ["loved", "enjoyed", "liked", "adored", "admired", "appreciated"]
HATE = ["hated", "disliked", "regretted", "despised", "loathed"]
INTENS = ["", "", "", "very ", "really ", "quite ", "so ", "truly ", "rather ", "incredibly ", "pretty "]
NEUTRAL = ["we went on a {day} .", "i saw it with {subj} .", "we got there at {hour} .",
           "it took about {n} hours .", "i bought it last {day} .", "{subj} picked it .",
           "the {aspect} was about what you would expect .", "it is the {ord} one i have tried .",
           "we had heard about it from friends .", "i had no idea what to expect .",
           "the {item} is {n} years old .", "there were {n} of us .", "it came out last year .",
           "i went back a second time .", "we paid by card ."]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"]
PARTICIPLES = ["acted", "written", "made", "shot", "cooked", "designed", "directed", "built",
               "played", "told", "crafted", "edited", "served", "produced", "sung", "paced"]


# Generator word lists skip violent, sexual and abusive words: the reviews are
# read in classrooms (the lexicons still label real prose that contains them).
BLOCK = re.compile(r"rape|kill|murder|nigg|fag|retard|slut|whore|bitch|cunt|fuck|shit|dick|cock|"
                   r"puss|bastard|nazi|terror|suicid|tortur|abus|molest|racis|porn|sex|drunk|"
                   r"crim|assault|gun|bomb|victim|slave|dead|die|pervert|hell|damn|ass\b|"
                   r"totalitarian|genocid|war|weapon|prison|jail|ban|attack|violen|hostage")


class Words:
    """Polar word lists for the generator, all from the lexicon (both sources agree)."""

    def __init__(self):
        lex, pos = lx.lexicon(), lx.wordnet_pos()
        clear = {w: p for w, (p, s) in lex.items() if s == "both" and abs(p) >= 0.3}
        self.adj = {1: [], -1: []}
        self.noun = {1: [], -1: []}
        self.adv = {1: [], -1: []}
        for w, p in sorted(clear.items()):
            if BLOCK.search(w):
                continue
            side = 1 if p > 0 else -1
            tags = pos.get(w, ())
            # adjectives that are not also plain verbs ("obliterate"), participles are fine
            if "a" in tags and ("v" not in tags or w.endswith(("ed", "ing"))):
                self.adj[side].append(w)
            elif w.endswith("ly") and "r" in tags:
                self.adv[side].append(w)
            elif "n" in tags and "v" not in tags and not w.endswith("s"):
                self.noun[side].append(w)
        # the hand-written, domain-typical lists of corpus.py get extra weight
        self.common = {1: base.POS_ADJ + POS_V, -1: base.NEG_ADJ + NEG_V}
        self.common_adv = {1: base.POS_ADV, -1: base.NEG_ADV}

    def a(self, rng, side):
        return rng.choice(self.common[side] if rng.random() < 0.4 else self.adj[side])

    def n(self, rng, side):
        return rng.choice(self.noun[side])

    def r(self, rng, side):
        return rng.choice(self.common_adv[side] if rng.random() < 0.5 else self.adv[side] or self.common_adv[side])


def neg_aux(rng):
    return rng.choice(["was not", "was n't", "wasn't", "is not", "is n't", "was never", "was hardly"])


def clause(rng, W, side, item, asp):
    """One sentence whose polarity is `side` (+1/-1)."""
    k = rng.randrange(12)
    a2 = rng.choice(asp)
    if k == 0:
        return f"the {a2} was {rng.choice(INTENS)}{W.a(rng, side)} ."
    if k == 1:
        return f"the {a2} was {W.a(rng, side)} and {W.a(rng, side)} ."
    if k == 2:
        return f"a {W.r(rng, side)} {rng.choice(PARTICIPLES)} {item} ."
    if k == 3:
        return f"{rng.choice(SUBJECTS)} {rng.choice(LIKE if side > 0 else HATE)} the {a2} ."
    if k == 4:
        return f"the {item} was a {W.n(rng, side)} ."
    if k == 5:
        return f"{W.a(rng, side)} {a2} , {W.a(rng, side)} {rng.choice(asp)} ."
    if k == 6:
        return f"what a {W.a(rng, side)} {item} !"
    if k == 7:
        return f"{rng.choice(SUBJECTS)} found the {a2} {rng.choice(INTENS)}{W.a(rng, side)} ."
    if k == 8:
        return f"it has {W.a(rng, side)} {a2} and a {W.a(rng, side)} {rng.choice(asp)} ."
    if k == 9:
        return f"the {a2} felt {W.a(rng, side)} ."
    if k == 10:
        return f"full of {W.n(rng, side)} and {W.n(rng, side)} ."
    return f"this {item} is {rng.choice(INTENS)}{W.a(rng, side)} ."


def negated(rng, W, side, item, asp):
    """A sentence of polarity `side` made by negating the opposite ("not good" -> negative)."""
    k = rng.randrange(4)
    if k == 0:
        return f"the {rng.choice(asp)} {neg_aux(rng)} {W.a(rng, -side)} ."
    if k == 1:
        verb = rng.choice(LIKE if side < 0 else HATE)[:-1].rstrip("e")
        verb = {"lov": "love", "enjoy": "enjoy", "lik": "like", "ador": "adore", "admir": "admire",
                "appreciat": "appreciate", "hat": "hate", "dislik": "dislike", "regrett": "regret",
                "despis": "despise", "loath": "loathe"}.get(verb, verb)
        return f"{rng.choice(SUBJECTS)} did not {verb} the {rng.choice(asp)} ."
    if k == 2:
        return f"it is not a {W.n(rng, -side)} ."
    return f"not {W.a(rng, -side)} at all ."


def contrast(rng, W, side, item, asp):
    """Mixed sentence where the clause after "but" decides."""
    a1, a2 = rng.sample(asp, 2)
    if rng.random() < 0.7:
        return f"the {a1} was {W.a(rng, -side)} , but the {a2} was {W.a(rng, side)} ."
    return f"although the {a1} was {W.a(rng, -side)} , the {a2} was {rng.choice(INTENS)}{W.a(rng, side)} ."


def review(rng, W, neutral_prose):
    """-> (label, body sentences, verdict sentence or None).  label 1/0, or 2 = mixed."""
    dom = DOMAINS[rng.choice(sorted(DOMAINS))]
    item, asp = rng.choice(dom[0]), dom[1]
    r = rng.random()
    if r < 0.05:  # mixed: a contrast without a winner -> neutral verdict
        a1, a2 = rng.sample(asp, 2)
        body = [f"the {a1} was {W.a(rng, 1)} and the {a2} was {W.a(rng, -1)} .",
                rng.choice(["i have mixed feelings .", "some parts worked and some did not .",
                            "it had its ups and downs ."])]
        return 2, body, rng.choice(VERDICT_FRAMES).format(v=rng.choice(NEU_V), item=item)
    side = 1 if rng.random() < 0.5 else -1
    body = []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        k = rng.random()
        if k < 0.12:
            body.append(negated(rng, W, side, item, asp))
        elif k < 0.22:
            body.append(contrast(rng, W, side, item, asp))
        else:
            body.append(clause(rng, W, side, item, asp))
    if rng.random() < 0.3:  # neutral filler, half of it real prose
        if rng.random() < 0.5:
            f = rng.choice(neutral_prose)
        else:
            f = rng.choice(NEUTRAL).format(day=rng.choice(DAYS), subj=rng.choice(SUBJECTS),
                                           hour=rng.choice(["noon", "six", "eight", "nine"]),
                                           n=rng.choice(["two", "three", "four", "ten"]),
                                           aspect=rng.choice(asp), item=item,
                                           ord=rng.choice(["first", "second", "third"]))
        body.insert(rng.randrange(len(body) + 1), f)
    words = POS_V if side > 0 else NEG_V
    v = words[0] if rng.random() < 0.3 else words[1] if rng.random() < 0.35 else rng.choice(words)
    verdict = rng.choice(VERDICT_FRAMES).format(v=v, item=item) if rng.random() < 0.85 else None
    return (1 if side > 0 else 0), body, verdict


def fix_articles(t):
    return re.sub(r"\ba ([aeiou])", r"an \1", t)


def render(body, verdict, rng):
    if verdict is None:
        return fix_articles(" ".join(body))
    return fix_articles(" ".join(body + [verdict] if rng.random() < 0.85 else [verdict] + body))


def prose_verdict(rng, s):
    """Verdict strength follows the lexicon score: strong -> great/terrible first."""
    words = POS_V if s > 0 else NEG_V
    strong = abs(s) >= 0.8
    r = rng.random()
    v = words[0 if strong else 1] if r < 0.45 else words[1 if strong else 0] if r < 0.6 else rng.choice(words)
    return rng.choice(PROSE_FRAMES).format(v=v)


def forced_words(W, lex):
    """Words that must be single vocabulary tokens: verdicts (label words), the
    agreeing lexicon words, every generator word and domain noun."""
    forced = set(POS_V + NEG_V + NEU_V) | set(base.sentiment_words())
    forced |= {w for w, (p, s) in lex.items() if s == "both"}
    for side in (1, -1):
        forced |= set(W.adj[side]) | set(W.noun[side]) | set(W.adv[side])
    for dom in DOMAINS.values():
        forced |= set(dom[0]) | set(dom[1])
    return sorted(w for w in forced if "-" not in w)


def word_list_line(rng, words, lex):
    """1-3 same-polarity lexicon words and a verdict ("touching , gorgeous . it was
    great ."): short lines from which each word's polarity is easy to learn, so the
    verdict slot starts tracking polarity early in training."""
    side = 1 if rng.random() < 0.5 else -1
    ws = [rng.choice(words[side]) for _ in range(rng.choice([1, 2, 2, 3]))]
    strength = sum(abs(lex[w][0]) for w in ws) / len(ws)
    verdict = prose_verdict(rng, side * (1.0 if strength >= 0.5 else 0.4))
    sep = rng.choice([" , ", " and ", " , "]) if len(ws) == 2 else " , "
    body = rng.choice(["{} .", "{} !", "so {} .", "really {} .", "{} ."]).format(sep.join(ws))
    return body + " " + verdict


LANG = "en"
SEP = " "  # between sentences
PROSE_SOURCES = (("wordnet", base.wordnet_lines), ("gcide", base.gcide_lines), ("fortunes", base.fortune_lines))
clean = base.clean


def join_body(body):
    return fix_articles(" ".join(body))


def is_short_neutral(s):
    return len(s.split()) <= 16


def language(lang):
    """The module that supplies a language's prose sources, lexicon (`lx`) and
    generator: this one for English, corpus_zh for Chinese.  build() is shared."""
    if lang == "en":
        return sys.modules[__name__]
    if lang == "zh":
        import corpus_zh
        return corpus_zh
    raise ValueError(f"unknown language {lang!r}")


def labelled_lines(polar, copies, balance, verdict, sep):
    """Labelled prose: each (sentence, score) of `polar` with a verdict line `verdict(score)` after it.

    Unbalanced: every sentence `copies` times.  Balanced: both polarities get as many lines as the
    larger side has (times `copies`), the smaller side cycled in its order: an uneven lexicon labelling
    (zh: 67% positive) otherwise teaches that the verdict after ordinary, mixed prose is usually positive.
    """
    lines = []
    if balance:
        sides = [[(s, sc) for s, sc in polar if sc > 0], [(s, sc) for s, sc in polar if sc < 0]]
        n = max(len(side) for side in sides) * copies
        for side in sides:
            for i in range(n if side else 0):
                s, sc = side[i % len(side)]
                lines.append(s + sep + verdict(sc))
    else:
        for _ in range(copies):
            for s, sc in polar:
                lines.append(s + sep + verdict(sc))
    return lines


def build(L, out, reviews=300000, threshold=0.35, word_lists=120000, labelled_copies=1, balance_labelled=False):
    """Write the corpus files of language module L (see the module docstring) to `out`."""
    os.makedirs(out, exist_ok=True)
    rng = random.Random(SEED)
    lex = L.lx.lexicon()

    prose, seen = [], set()
    for name, src in L.PROSE_SOURCES:
        n = 0
        for raw in src():
            s = L.clean(raw)
            if s and s not in seen:
                seen.add(s)
                prose.append(s)
                n += 1
        print(f"{name}: {n} sentences")
    rng.shuffle(prose)
    scored = [(s, *L.lx.score(s, lex)) for s in prose]
    polar = [(s, sc) for s, sc, n in scored if abs(sc) >= threshold]
    neutral = [s for s, sc, n in scored if n == 0 and L.is_short_neutral(s)]
    print(f"prose: {len(prose)} sentences, {len(polar)} labelled (|score| >= {threshold}, "
          f"{sum(sc > 0 for _, sc in polar)} positive), {len(neutral)} short neutral")

    # held-out labelled prose, never trained on (neither plain nor labelled)
    val_prose = [(s, sc) for s, sc in polar if abs(sc) >= 0.5][:1000]
    held_set = {s for s, _ in val_prose}
    prose = [s for s in prose if s not in held_set]
    polar = [(s, sc) for s, sc in polar if s not in held_set]

    labelled = labelled_lines(polar, labelled_copies, balance_labelled, lambda sc: L.prose_verdict(rng, sc), L.SEP)
    print(f"labelled prose lines: {len(labelled)}")

    W = L.Words()
    print("generator words: " + ", ".join(f"{k} +{len(getattr(W, k)[1])}/-{len(getattr(W, k)[-1])}"
                                          for k in ("adj", "noun", "adv") if hasattr(W, k)))
    val_gen, gen, gseen = [], [], set()
    while len(val_gen) < 1000:  # held-out reviews: text without the verdict
        lab, body, _ = L.review(rng, W, neutral)
        t = L.join_body(body)
        if lab < 2 and t not in gseen:
            gseen.add(t)
            val_gen.append((lab, t))
    dup = 0
    for _ in range(reviews):
        lab, body, verdict = L.review(rng, W, neutral)
        if L.SEP.join(body) in gseen:  # (English: the text before fix_articles, as it always was)
            dup += 1
            continue
        t = L.render(body, verdict, rng)
        if t in seen:
            dup += 1
            continue
        seen.add(t)
        gen.append(t)
    print(f"generated reviews: {len(gen)} ({dup} duplicates dropped)")

    def size(s):  # words for English, characters for Chinese
        return len(s.split()) if L.LANG == "en" else len(s)

    counts = {k: sum(size(s) for s in v) for k, v in (("prose", prose), ("labelled", labelled), ("reviews", gen))}
    tot = sum(counts.values())
    unit = "words" if L.LANG == "en" else "characters"
    print(f"{unit}: " + ", ".join(f"{k} {v} ({v / tot:.1%})" for k, v in counts.items()))

    base.write_split(prose + labelled + gen, rng, out)
    with open(os.path.join(out, "val_gen.tsv"), "w") as f:
        f.write("label\ttext\n" + "".join(f"{l}\t{t}\n" for l, t in val_gen))
    with open(os.path.join(out, "val_prose.tsv"), "w") as f:
        f.write("label\ttext\n" + "".join(f"{int(sc > 0)}\t{s}\n" for s, sc in val_prose))
    # word-list lines go to their own file: train_lab.py --extra wordlists adds
    # them to the training data (the vocabulary is built from corpus.txt only)
    wl_words = {1: [], -1: []}
    for w, (p, src) in sorted(lex.items()):
        if abs(p) >= 0.25 and not L.BLOCK.search(w):
            wl_words[1 if p > 0 else -1].append(w)
    wl = sorted({L.word_list_line(rng, wl_words, lex) for _ in range(word_lists)})
    rng.shuffle(wl)
    with open(os.path.join(out, "wordlists.txt"), "w") as f:
        f.write("\n".join(wl) + "\n")
    print(f"word-list lines: {len(wl)} from {len(wl_words[1])} positive / {len(wl_words[-1])} negative words, "
          f"{sum(size(x) for x in wl)} {unit}")
    with open(os.path.join(out, "verdicts.txt"), "w") as f:
        f.write("\n".join(L.POS_V + L.NEG_V + L.NEU_V) + "\n")
    forced = L.forced_words(W, lex)
    with open(os.path.join(out, "forced.txt"), "w") as f:
        f.write("\n".join(forced) + "\n")
    print(f"forced vocabulary words: {len(forced)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en", choices=["en", "zh"])
    ap.add_argument("--out", default=os.path.join(HERE, "work-lab"))
    ap.add_argument("--reviews", type=int, default=300000)
    ap.add_argument("--threshold", type=float, default=0.35, help="|lexicon score| to label a prose line")
    ap.add_argument("--word-lists", type=int, default=120000, help="lines of word_list_line (wordlists.txt)")
    ap.add_argument("--labelled-copies", type=int, default=1, help="times each labelled prose line appears")
    ap.add_argument("--balance-labelled", action="store_true",
                    help="as many positive as negative labelled prose lines (the smaller side repeated)")
    args = ap.parse_args()
    build(language(args.lang), args.out, args.reviews, args.threshold, args.word_lists, args.labelled_copies,
          args.balance_labelled)


if __name__ == "__main__":
    main()
