"""WordPiece vocabulary for cloze-lab-en / cloze-lab-zh: wordpiece.build_vocab with
the lab corpus's forced words (verdicts, agreeing lexicon words, generator words)
plus wordpiece.COMMON.  Checks that every forced word is a single token.
Chinese (--lang zh): character level like bert-base-chinese, at most --max-cjk
characters ranked by our corpus and jieba's dictionary frequencies, plus ASCII.

Usage: python3 vocab_lab.py --work work-lab --size 10000
       python3 vocab_lab.py --lang zh --work work-lab-zh --size 8000 --max-cjk 6000
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from wordpiece import COMMON, WordPiece, build_vocab, normalize, pre_tokenize  # noqa: E402


def jieba_char_counts():
    """Character frequencies of jieba's dictionary (word frequency summed per character)."""
    import collections
    import lexicon_zh
    counts = collections.Counter()
    for w, (n, _) in lexicon_zh._jieba().items():
        for c in w:
            counts[c] += n
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.path.join(HERE, "work-lab"))
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--lang", default="en", choices=["en", "zh"])
    ap.add_argument("--max-cjk", type=int, default=6000, help="Chinese: number of CJK characters")
    args = ap.parse_args()
    forced = [l.strip() for l in open(os.path.join(args.work, "forced.txt")) if l.strip()]
    forced = sorted(set(forced) | set(COMMON))
    extra = {}
    if args.lang == "zh":
        extra = dict(max_cjk=args.max_cjk, cjk_counts=jieba_char_counts())
    vocab = build_vocab(os.path.join(args.work, "corpus.txt"), args.size, forced, **extra)
    with open(os.path.join(args.work, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    wp = WordPiece(vocab)
    bad = [w for w in forced if len(wp.encode(w)) != 1]
    assert not bad, f"forced words split: {bad[:20]}"
    n_tok = n_words = 0
    with open(os.path.join(args.work, "heldout.txt"), encoding="utf-8") as f:
        for line in f:
            n_tok += len(wp.encode(line))
            n_words += len(pre_tokenize(normalize(line)))
    print(f"vocab {len(vocab)} tokens ({len(forced)} forced); {n_tok / n_words:.3f} tokens/word on heldout")


if __name__ == "__main__":
    main()
