"""Prose sources and hand-written review word lists for cloze-lab-en.

A frozen copy of the readers and lists of corpus.py (cloze-mini's corpus, which
its own pipeline keeps changing), so that the cloze-lab-en corpus stays
reproducible on its own: WordNet glosses/examples, the GCIDE dictionary and
fortune files, cleaned to ASCII, 4-60 words, lowercased.
"""
import gzip
import os
import re
import unicodedata

WORDNET = "/usr/share/wordnet"


GCIDE = "/usr/share/dictd/gcide.dict.dz"


FORTUNES = "/usr/share/games/fortunes"


FORTUNE_SKIP = {"art", "ascii-art", "perl", "translate-me", "linux", "zippy"}


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


POS_VERDICT = ["great", "good", "excellent", "wonderful", "fine", "nice", "amazing",
               "superb", "brilliant", "fantastic", "lovely", "perfect", "delightful",
               "enjoyable", "beautiful", "fun"]


NEG_VERDICT = ["terrible", "bad", "awful", "horrible", "boring", "poor", "dull",
               "dreadful", "disappointing", "mediocre", "weak", "bland", "painful",
               "annoying", "awkward", "tedious"]


NEUTRAL_VERDICT = ["okay", "average", "decent", "alright", "ordinary"]


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


def sentiment_words():
    """Every word of the hand-written lists (forced whole tokens in the vocab)."""
    words = set()
    for lst in (POS_VERDICT, NEG_VERDICT, NEUTRAL_VERDICT, POS_ADJ, NEG_ADJ, POS_ADV, NEG_ADV):
        words.update(lst)
    return sorted(words)
