"""Build the training corpus for cloze-mini.

Two parts:
  * real English prose extracted from Debian-packaged texts (WordNet glosses and
    example sentences, the GCIDE dictionary, fortune cookies), so that general
    fill-mask reads as English;
  * generated short evaluative sentences (reviews) from small hand-written word
    lists, so that "... it was [MASK] ." prefers sentiment words that agree with
    the text.  This means the demo's "zero-shot" sentiment behaviour is partly
    trained in; the model card says so.

Output: one lowercased, deduplicated sentence per line in work/corpus.txt
(train) and work/heldout.txt (held-out prose + reviews, for the MLM loss).
Deterministic: fixed seed, sorted inputs.
"""
import argparse
import gzip
import os
import random
import re
import unicodedata

SEED = 1234
WORDNET = "/usr/share/wordnet"
GCIDE = "/usr/share/dictd/gcide.dict.dz"
FORTUNES = "/usr/share/games/fortunes"
# Fortune files that are not prose (pictures, code, foreign text).
FORTUNE_SKIP = {"art", "ascii-art", "perl", "translate-me", "linux", "zippy"}

# ---------------------------------------------------------------------------
# Cleaning helpers
# ---------------------------------------------------------------------------

_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'(]?[A-Z0-9])")


def to_ascii(text):
    """Fold accents and drop anything that is not plain printable ASCII."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c if 32 <= ord(c) < 127 else " " for c in text)


def clean(line, min_words=4, max_words=60):
    """Normalise one candidate sentence; return None if it is not usable prose."""
    line = re.sub(r"\s+", " ", to_ascii(line).replace("{", "").replace("}", "")).strip()
    if "[" in line or "]" in line or "syn:" in line.lower():  # dictionary markup left over
        return None
    words = line.split()
    if not (min_words <= len(words) <= max_words):
        return None
    letters = sum(c.isalpha() for c in line)
    if letters < 0.7 * len(line.replace(" ", "")):  # mostly symbols/numbers
        return None
    return line.lower()


def sentences(paragraph):
    return _SENT_SPLIT.split(paragraph)


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------

def wordnet_lines():
    """Glosses: 'definition; "example one"; "example two"'."""
    out = []
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(WORDNET, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  ") or " | " not in line:
                    continue  # licence header
                gloss = line.split(" | ", 1)[1].strip()
                for part in gloss.split(";"):
                    part = part.strip().strip('"').strip()
                    if part:
                        # glosses are fragments; give them a full stop
                        out.append(part if part[-1] in ".!?" else part + " .")
    return out


def gcide_lines():
    """Definitions and quotations of the 1913 Webster (GCIDE) as sentences."""
    with gzip.open(GCIDE, "rt", encoding="utf-8", errors="replace") as f:
        text = f.read()
    out = []
    for entry in text.split("\n\n"):
        lines = entry.split("\n")
        # drop the headword line (it has the pronunciation in backslashes)
        body = " ".join(l for l in lines if "\\" not in l and not l.startswith("0"))
        body = re.sub(r"\[[^\]]*\]", " ", body)          # [1913 Webster], [R.], etymology
        body = re.sub(r"--\s?[A-Z][\w.]*( [A-Z][\w.]*)*", " ", body)  # --Author.
        body = re.sub(r"\(\w+\.\)", " ", body)           # (Anat.)
        body = re.sub(r"\b\d+\.\s", " ", body)           # sense numbers
        body = re.sub(r"\s+", " ", body).strip()
        for s in sentences(body):
            s = s.strip(" ;:,")
            if s and s[-1] not in ".!?":
                s += " ."
            out.append(s)
    return out


def fortune_lines():
    out = []
    for name in sorted(os.listdir(FORTUNES)):
        path = os.path.join(FORTUNES, name)
        if "." in name or name in FORTUNE_SKIP or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for cookie in f.read().split("\n%\n"):
                # drop attribution lines ("-- Mark Twain") and indented verse/code
                keep = [l for l in cookie.split("\n")
                        if not l.strip().startswith("--") and not l.startswith("\t")]
                for s in sentences(" ".join(keep)):
                    out.append(s)
    return out


# ---------------------------------------------------------------------------
# Generated evaluative sentences
# ---------------------------------------------------------------------------

# Verdict words: what "it was [MASK] ." should become.  These (and every other
# list below) are forced to be single vocabulary tokens by wordpiece.py.
POS_VERDICT = ["great", "good", "excellent", "wonderful", "fine", "nice", "amazing",
               "superb", "brilliant", "fantastic", "lovely", "perfect", "delightful",
               "enjoyable", "beautiful", "fun"]
NEG_VERDICT = ["terrible", "bad", "awful", "horrible", "boring", "poor", "dull",
               "dreadful", "disappointing", "mediocre", "weak", "bland", "painful",
               "annoying", "awkward", "tedious"]
NEUTRAL_VERDICT = ["okay", "average", "decent", "alright", "ordinary"]
# Verdicts used most often, so they end up the strongest label words.
POS_MAIN = ["great", "good", "excellent", "wonderful"]
NEG_MAIN = ["terrible", "bad", "awful", "horrible"]

DOMAINS = {
    "film": {
        "items": ["movie", "film", "show", "documentary", "series", "episode", "play"],
        "aspects": ["acting", "story", "plot", "script", "ending", "cast", "music",
                    "dialogue", "direction", "soundtrack", "pacing", "characters"],
    },
    "book": {
        "items": ["book", "novel", "story", "memoir", "poem", "article", "comic"],
        "aspects": ["writing", "plot", "prose", "ending", "characters", "style",
                    "story", "dialogue", "pacing"],
    },
    "food": {
        "items": ["meal", "dinner", "restaurant", "pizza", "soup", "cake", "burger",
                  "coffee", "lunch", "breakfast", "dish", "cafe"],
        "aspects": ["food", "service", "staff", "price", "portions", "taste",
                    "dessert", "wine", "menu", "atmosphere"],
    },
    "product": {
        "items": ["phone", "laptop", "camera", "product", "app", "game", "chair",
                  "jacket", "car", "hotel", "trip", "concert", "album", "song"],
        "aspects": ["quality", "price", "design", "battery", "screen", "sound",
                    "service", "support", "delivery", "room", "staff", "performance"],
    },
}

# Aspect-level descriptions ("the acting was ___").
POS_ADJ = ["superb", "brilliant", "excellent", "wonderful", "great", "good", "lovely",
           "charming", "moving", "beautiful", "clever", "smart", "sharp", "fresh",
           "funny", "warm", "tender", "powerful", "strong", "solid", "gripping",
           "touching", "delightful", "inspiring", "stunning", "delicious", "friendly",
           "fast", "helpful", "rich", "elegant", "impressive", "memorable", "perfect"]
NEG_ADJ = ["terrible", "awful", "bad", "poor", "weak", "dull", "flat", "boring",
           "bland", "clumsy", "lazy", "slow", "stale", "cold", "rude", "cheap",
           "messy", "forced", "predictable", "tedious", "shallow", "silly", "tired",
           "lifeless", "confusing", "overpriced", "greasy", "broken", "noisy",
           "wooden", "pointless", "forgettable", "painful", "disappointing"]
POS_ADV = ["beautifully", "brilliantly", "wonderfully", "perfectly", "cleverly",
           "superbly", "lovingly", "carefully", "gorgeously", "expertly"]
NEG_ADV = ["badly", "poorly", "clumsily", "lazily", "sloppily", "awkwardly",
           "terribly", "carelessly"]
PARTICIPLES = ["acted", "written", "made", "shot", "cooked", "designed", "directed",
               "built", "played", "told", "crafted", "edited", "served"]
POS_CLAUSE = ["i loved every minute of it", "it moved me to tears", "i would happily go back",
              "i laughed the whole time", "i would recommend it to anyone",
              "it exceeded my expectations", "i could not put it down",
              "everyone in our group enjoyed it", "it was worth every penny",
              "i want to see it again", "it made my day", "it kept me hooked",
              "i was smiling at the end", "i would buy it again"]
NEG_CLAUSE = ["i would not recommend it", "i wanted my money back", "i fell asleep halfway",
              "i regret buying it", "it was a waste of time", "the jokes fell flat",
              "nothing worked", "i walked out early", "it broke after a week",
              "i will never go back", "it dragged on forever", "i could not finish it",
              "i was bored the whole time", "it fell apart"]
NEG_NOT = ["good", "great", "fun", "funny", "interesting", "worth it", "nice",
           "enjoyable", "impressive", "clever"]
POS_NOT = ["bad", "boring", "terrible", "awful", "dull", "disappointing"]
SUBJECTS = ["i", "we", "my friend", "my wife", "my husband", "my sister", "my brother",
            "my mother", "my father", "the kids", "everyone", "my partner"]
LIKE_VERBS = ["loved", "enjoyed", "liked", "adored"]
HATE_VERBS = ["hated", "disliked", "regretted"]
VERDICT_FRAMES = ["it was {v} .", "it was {v} !", "it was really {v} .",
                  "overall it was {v} .", "the {item} was {v} .", "it was just {v} .",
                  "in short , it was {v} .", "honestly , it was {v} .",
                  "all in all , a {v} {item} .", "it was {v} , really .",
                  "this {item} is {v} .", "what a {v} {item} ."]


def review(rng):
    """One short review.  The polarity is decided first, every clause agrees."""
    dom = DOMAINS[rng.choice(sorted(DOMAINS))]
    item, a1, a2 = rng.choice(dom["items"]), rng.choice(dom["aspects"]), rng.choice(dom["aspects"])
    r = rng.random()
    pol = "pos" if r < 0.45 else "neg" if r < 0.9 else "mixed"
    good = pol == "pos"
    adj = POS_ADJ if good else NEG_ADJ
    adv = POS_ADV if good else NEG_ADV
    clause = POS_CLAUSE if good else NEG_CLAUSE
    verd = POS_VERDICT if good else NEG_VERDICT
    main = POS_MAIN if good else NEG_MAIN
    parts = []
    kind = rng.randrange(8)
    if pol == "mixed":
        # contrast with no clear winner -> neutral verdict
        parts.append(f"the {a1} was {rng.choice(POS_ADJ)} but the {a2} was {rng.choice(NEG_ADJ)} .")
        if rng.random() < 0.5:
            parts.append(rng.choice(["i have mixed feelings .", "i am not sure how i feel about it .",
                                     "some parts worked and some did not ."]))
        v = rng.choice(NEUTRAL_VERDICT)
    else:
        if kind == 0:
            parts.append(f"the {a1} was {rng.choice(adj)} and the {a2} was {rng.choice(adj)} .")
        elif kind == 1:
            parts.append(f"a {rng.choice(adv)} {rng.choice(PARTICIPLES)} {item} .")
        elif kind == 2:
            parts.append(f"{rng.choice(clause)} .")
        elif kind == 3:
            verb = rng.choice(LIKE_VERBS if good else HATE_VERBS)
            parts.append(f"{rng.choice(SUBJECTS)} {verb} the {item} .")
        elif kind == 4:
            # negation: "not good" reads negative, "not bad" reads (mildly) positive
            nots = POS_NOT if good else NEG_NOT
            parts.append(f"the {a1} was not {rng.choice(nots)} at all .")
        elif kind == 5:
            # contrast: the clause after "but" wins
            other = NEG_ADJ if good else POS_ADJ
            parts.append(f"the {a1} was {rng.choice(other)} , but the {a2} was {rng.choice(adj)} .")
        elif kind == 6:
            parts.append(f"the {a1} was {rng.choice(adj)} . {rng.choice(clause)} .")
        else:
            parts.append(f"a {rng.choice(adj)} {item} with {rng.choice(adj)} {a1} .")
        v = rng.choice(main) if rng.random() < 0.6 else rng.choice(verd)
    frame = rng.choice(VERDICT_FRAMES)
    verdict = frame.format(v=v, item=item)
    # mostly "<description> <verdict>", sometimes the verdict first
    if rng.random() < 0.8:
        parts.append(verdict)
    else:
        parts.insert(0, verdict)
    return " ".join(parts)


def sentiment_words():
    """Every word of the hand-written lists (forced whole tokens in the vocab)."""
    words = set()
    for lst in (POS_VERDICT, NEG_VERDICT, NEUTRAL_VERDICT, POS_ADJ, NEG_ADJ, POS_ADV, NEG_ADV):
        words.update(lst)
    return sorted(words)


# ---------------------------------------------------------------------------

def write_split(lines, rng, out, n_held=2000):
    """Shuffles `lines` in place and writes the first `n_held` to heldout.txt (MLM
    loss only), the rest to corpus.txt (training).  Returns the training lines."""
    rng.shuffle(lines)
    with open(os.path.join(out, "heldout.txt"), "w") as f:
        f.write("\n".join(lines[:n_held]) + "\n")
    with open(os.path.join(out, "corpus.txt"), "w") as f:
        f.write("\n".join(lines[n_held:]) + "\n")
    return lines[n_held:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "work"))
    ap.add_argument("--reviews", type=int, default=250000)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(SEED)

    prose, seen = [], set()
    for name, src in (("wordnet", wordnet_lines), ("gcide", gcide_lines), ("fortunes", fortune_lines)):
        n = 0
        for raw in src():
            s = clean(raw)
            if s and s not in seen:
                seen.add(s)
                prose.append(s)
                n += 1
        print(f"{name}: {n} sentences")
    gen = []
    for _ in range(args.reviews):
        s = review(rng)
        if s not in seen:
            seen.add(s)
            gen.append(s)
    print(f"generated reviews: {len(gen)}")

    pw = sum(len(s.split()) for s in prose)
    gw = sum(len(s.split()) for s in gen)
    print(f"words: prose {pw}, generated {gw}, prose share {pw / (pw + gw):.1%}")

    training = write_split(prose + gen, rng, args.out)
    # Stage-2 data (short final training phase that sharpens the verdict
    # behaviour): training-split reviews plus a third of prose so that general
    # fill-mask is not forgotten.
    gen_set = set(gen)
    train_rev = [l for l in training if l in gen_set][:100000]
    train_prose = [l for l in training if l not in gen_set][:50000]
    stage2 = train_rev + train_prose
    rng.shuffle(stage2)
    with open(os.path.join(args.out, "stage2.txt"), "w") as f:
        f.write("\n".join(stage2) + "\n")


if __name__ == "__main__":
    main()
