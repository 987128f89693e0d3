"""BERT-style (uncased) WordPiece: vocabulary builder + encoder.

encode() reproduces what Hugging Face tokenizers does for a tokenizer.json with
BertNormalizer(clean_text, handle_chinese_chars, strip_accents=None, lowercase)
+ BertPreTokenizer + WordPiece(unk "[UNK]", "##", max 100 chars), including the
added special tokens being matched in the raw text first.  The browser uses that
tokenizer.json, so the ids must agree exactly.

Vocabulary builder (simple and deterministic, not the HF trainer):
  specials, single characters (+ "##" forms), forced whole words, the most
  frequent words, then frequent word-start and "##" pieces of the remaining
  words.  Ties are broken alphabetically.

Usage: python3 wordpiece.py --corpus work/corpus.txt --out work/vocab.txt
"""
import argparse
import collections
import unicodedata

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
MAX_CHARS = 100

# ---------------------------------------------------------------------------
# Normalizer + pre-tokenizer (BertNormalizer + BertPreTokenizer)
# ---------------------------------------------------------------------------


def _is_whitespace(c):
    return c in " \t\n\r" or unicodedata.category(c) == "Zs"


def _is_control(c):
    if c in "\t\n\r":
        return False
    return unicodedata.category(c) in ("Cc", "Cf")


def _is_punctuation(c):
    cp = ord(c)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(c).startswith("P")


def _is_chinese(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def normalize(text):
    out = []
    for c in text:  # clean_text
        if c == "\0" or c == "\ufffd" or _is_control(c):
            continue
        out.append(" " if _is_whitespace(c) else c)
    text = "".join(" " + c + " " if _is_chinese(ord(c)) else c for c in out)
    # strip_accents=None follows lowercase=True: NFD, drop combining marks
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return text.lower()


def pre_tokenize(text):
    """Split on whitespace, then isolate every punctuation character."""
    words = []
    for chunk in text.split():
        cur = ""
        for c in chunk:
            if _is_punctuation(c):
                if cur:
                    words.append(cur)
                    cur = ""
                words.append(c)
            else:
                cur += c
        if cur:
            words.append(cur)
    return words


# ---------------------------------------------------------------------------
# Encoder
# ---------------------------------------------------------------------------


class WordPiece:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.vocab = {t: i for i, t in enumerate(self.tokens)}
        self.unk = self.vocab["[UNK]"]

    @classmethod
    def load(cls, path):
        with open(path, encoding="utf-8") as f:
            return cls(l.rstrip("\n") for l in f if l.rstrip("\n"))

    def word_ids(self, word):
        """Greedy longest-match-first; any unmatched remainder makes the word [UNK]."""
        if len(word) > MAX_CHARS:
            return [self.unk]
        ids, start = [], 0
        while start < len(word):
            end, cur = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    cur = self.vocab[piece]
                    break
                end -= 1
            if cur is None:
                return [self.unk]
            ids.append(cur)
            start = end
        return ids

    def encode(self, text, split_special=True):
        """Token ids without [CLS]/[SEP] (the post-processor adds those)."""
        ids = []
        for part, special in self._split_special(text) if split_special else [(text, False)]:
            if special:
                ids.append(self.vocab[part])
            else:
                for w in pre_tokenize(normalize(part)):
                    ids.extend(self.word_ids(w))
        return ids

    def _split_special(self, text):
        # Added tokens ("normalized": false) are found in the raw text first.
        parts, i, last = [], 0, 0
        while i < len(text):
            for s in SPECIALS:
                if text.startswith(s, i):
                    parts.append((text[last:i], False))
                    parts.append((s, True))
                    i += len(s)
                    last = i
                    break
            else:
                i += 1
        parts.append((text[last:], False))
        return [p for p in parts if p[0]]

    def decode(self, ids):
        out = ""
        for i in ids:
            t = self.tokens[i]
            out += t[2:] if t.startswith("##") else (" " + t if out else t)
        return out


# ---------------------------------------------------------------------------
# Vocabulary builder
# ---------------------------------------------------------------------------

# Common words that the demo templates rely on being single tokens.
COMMON = ["the", "a", "an", "it", "was", "is", "this", "that", "movie", "film", "book",
          "i", "you", "he", "she", "we", "they", "not", "but", "and", "very", "really",
          "to", "of", "in", "store", "capital", "paris", "france", "review", "story",
          "food", "service", "product", "positive", "negative", "neutral"]


def build_vocab(corpus_path, size, forced, max_cjk=None, cjk_counts=None):
    """Vocabulary of `size` tokens.  Chinese (max_cjk set): at most `max_cjk` CJK
    characters, the most frequent in the corpus plus `cjk_counts` (a reference
    frequency list), forced characters first, as bert-base-chinese does; CJK
    characters never get "##" forms (the pre-tokenizer always isolates them)."""
    counts = collections.Counter()
    with open(corpus_path, encoding="utf-8") as f:
        for line in f:
            counts.update(pre_tokenize(normalize(line)))
    vocab, seen = [], set()

    def add(t):
        if t not in seen and len(vocab) < size:
            seen.add(t)
            vocab.append(t)

    for t in SPECIALS:
        add(t)
    chars = collections.Counter()
    for w, n in counts.items():
        for c in w:
            chars[c] += n
    if max_cjk is not None:
        cjk = collections.Counter({c: n for c, n in chars.items() if _is_chinese(ord(c))})
        total = sum(cjk.values()) or 1
        ref = collections.Counter({c: n for c, n in (cjk_counts or {}).items() if _is_chinese(ord(c))})
        ref_total = sum(ref.values()) or 1
        # equal weight to our corpus and to the reference list
        score = {c: cjk[c] / total + ref[c] / ref_total for c in set(cjk) | set(ref)}
        keep = {c for w in forced for c in w if _is_chinese(ord(c))}
        for c, _ in sorted(score.items(), key=lambda x: (-x[1], x[0])):
            if len(keep) >= max_cjk:
                break
            keep.add(c)
        chars = collections.Counter({c: n for c, n in chars.items() if not _is_chinese(ord(c))})
        chars.update({c: 5 for c in keep})
    for c in sorted(c for c, n in chars.items() if n >= 5):
        add(c)
    for c in sorted(c for c, n in chars.items() if n >= 5 and c.isalnum() and not _is_chinese(ord(c))):
        add("##" + c)
    for w in forced:
        add(w)
    by_freq = sorted(counts.items(), key=lambda x: (-x[1], x[0]))
    # ~78% of the remaining budget for whole words, the rest for sub-word pieces
    n_words = int((size - len(vocab)) * 0.78)
    for w, _ in by_freq:
        if n_words <= 0:
            break
        if max_cjk is not None and _is_chinese(ord(w[0])):
            continue  # Chinese characters: only the max_cjk chosen above
        if w not in seen:
            add(w)
            n_words -= 1
    # Pieces for the remaining words: word-start prefixes and "##" continuations
    # of length 2..6, scored by frequency x characters saved.
    pieces = collections.Counter()
    for w, n in counts.items():
        if w in seen or len(w) > MAX_CHARS or (max_cjk is not None and _is_chinese(ord(w[0]))):
            continue
        for k in range(2, min(6, len(w)) + 1):
            pieces[w[:k]] += n * (k - 1)
        for i in range(1, len(w) - 1):
            for k in range(2, min(6, len(w) - i) + 1):
                pieces["##" + w[i:i + k]] += n * (k - 1)
    for p, _ in sorted(pieces.items(), key=lambda x: (-x[1], x[0])):
        if len(vocab) >= size:
            break
        add(p)
    return vocab


def main():
    import os
    import sys
    sys.path.insert(0, os.path.dirname(__file__))
    from corpus import sentiment_words, NEG_NOT, POS_NOT

    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--size", type=int, default=8000)
    args = ap.parse_args()
    forced = sorted(set(sentiment_words()) | set(COMMON) | {w for p in NEG_NOT + POS_NOT for w in p.split()})
    vocab = build_vocab(args.corpus, args.size, forced)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    wp = WordPiece(vocab)
    bad = [w for w in forced if len(wp.encode(w)) != 1]
    assert not bad, f"forced words split: {bad}"
    # coverage statistic on the corpus
    n_tok = n_words = n_unk = 0
    with open(args.corpus, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 20000:
                break
            ids = wp.encode(line)
            n_tok += len(ids)
            n_words += len(pre_tokenize(normalize(line)))
            n_unk += ids.count(wp.unk)
    print(f"vocab {len(vocab)} tokens; {n_tok / n_words:.3f} tokens/word, unk rate {n_unk / n_tok:.4%}")


if __name__ == "__main__":
    main()
