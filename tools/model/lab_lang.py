"""What differs between cloze-lab-en and cloze-lab-zh in training, evaluation,
reference values and the model card: the prompt, the label words, fill-mask
examples, the lexicon behind the polarity initialisation, the evaluation sets.
Everything else (train_lab.py, evaluate.py, reference.py, export.py, quantize.py,
onnx_check.py, model_card_lab.py) is shared and takes `--lang`.
"""
import collections
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.abspath(os.path.join(HERE, "..", "..", "..", "shared", "data"))
NEGATION_CHARS = set("不没无别未非否莫")


def _en_polar():
    import lexicon
    return {w: p for w, (p, _) in lexicon.lexicon().items()}


def _zh_polar():
    """Token -> polarity for the character vocabulary: single-character lexicon words
    and the verdict characters as they are; other characters get half the mean
    polarity of the lexicon words they occur in, when they occur in at least three
    and those agree (|mean| >= 0.3).  Negation characters are left alone: 不 is in
    不错 as much as in 不好."""
    import corpus_zh
    import lexicon_zh
    lex = lexicon_zh.lexicon()
    out = {}
    per_char = collections.defaultdict(list)
    for w, (p, _) in lex.items():
        if len(w) == 1:
            out[w] = p
        else:
            for c in set(w):
                per_char[c].append(p)
    for c, ps in per_char.items():
        m = sum(ps) / len(ps)
        if c not in out and c not in NEGATION_CHARS and len(ps) >= 3 and abs(m) >= 0.3:
            out[c] = 0.5 * m
    for c in corpus_zh.POS_V:
        out[c] = 0.6
    for c in corpus_zh.NEG_V:
        out[c] = -0.6
    return out


SPECS = {
    "en": {
        "name": "cloze-lab-en",
        # the app's template "{text} It was [MASK]." (the normalizer lowercases)
        "template": "{text} It was [MASK].",
        "before_mask": "It was",
        "after_mask": ".",
        "verbalizers": {"great/terrible": (["great"], ["terrible"]),
                        "great,good/terrible,bad": (["great", "good"], ["terrible", "bad"])},
        "examples": ["she [MASK] to the store .", "the movie was [MASK] .",
                     "paris is the capital of [MASK] .", "he [MASK] a book yesterday .",
                     "a moving , beautifully acted film . it was [MASK] .",
                     "the plot was dull and the jokes fell flat . it was [MASK] ."],
        "reference_texts": ["A moving, beautifully acted film.", "The plot was dull and the jokes fell flat.",
                            "I have mixed feelings about this one."],
        "eval_sets": {"sst2": "sst2-train.tsv", "cr": "cr-train.tsv"},
        "polar": _en_polar,
    },
    "zh": {
        "name": "cloze-lab-zh",
        "template": "{text}总之，很[MASK]。",
        "before_mask": "总之，很",
        "after_mask": "。",
        "verbalizers": {"好/差": (["好"], ["差"]), "好,棒/差,烂": (["好", "棒"], ["差", "烂"])},
        "examples": ["我今天[MASK]了一本书。", "北京是中国的[MASK]都。", "这部电影很[MASK]。",
                     "他每天早上喝一杯[MASK]。", "房间很干净，服务也很热情。总之，很[MASK]。",
                     "菜又贵又难吃，服务员也很冷漠。总之，很[MASK]。", "[MASK]满意。房间很干净。",
                     "[MASK]满意。房间又小又脏。"],
        "reference_texts": ["房间很干净，服务也很热情。", "菜又贵又难吃，等了一个小时。", "有好有坏，说不上喜欢。"],
        "eval_sets": {"chnsenticorp": "chnsenticorp-dev.tsv"},
        "polar": _zh_polar,
    },
}


def spec(lang):
    """The language's settings (see SPECS)."""
    return SPECS[lang]
