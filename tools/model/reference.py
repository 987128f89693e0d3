"""Reference values from the torch model (eval mode) for the app's Node test,
which runs the exported ONNX model through onnxruntime-node and compares.

Template "{text} It was [MASK]." is rendered as
  [CLS] + encode(text) + encode("it was") + [MASK] + encode(".") + [SEP]
Class probability rule: class score = sum of its label words' vocabulary
probabilities at the mask; scores are then normalised to sum to 1.

Chinese (--lang zh): "{text}总之，很[MASK]。", label words 好/差 and 好,棒/差,烂,
texts from lab_lang.py.

Usage: python3 reference.py [--ckpt work/ckpt.pt] [--out reference.json]
"""
import argparse
import json
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from export import load_model  # noqa: E402
from wordpiece import WordPiece  # noqa: E402
import lab_lang  # noqa: E402

CLS, SEP, MASK = 2, 3, 4
TEXTS = ["A moving, beautifully acted film.",
         "The plot was dull and the jokes fell flat.",
         "I have mixed feelings about this one."]
VERBALIZERS = [{"positive": ["great"], "negative": ["terrible"]},
               {"positive": ["great", "good"], "negative": ["terrible", "bad"]}]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "work", "ckpt.pt"))
    ap.add_argument("--vocab", default=os.path.join(HERE, "work", "vocab.txt"))
    ap.add_argument("--out", default=os.path.join(HERE, "reference.json"))
    ap.add_argument("--name", default="cloze-mini", help="model name recorded in the JSON")
    ap.add_argument("--lang", default="en", choices=sorted(lab_lang.SPECS))
    args = ap.parse_args()
    sp = lab_lang.spec(args.lang)
    texts = TEXTS if args.lang == "en" else sp["reference_texts"]
    verbalizers = VERBALIZERS if args.lang == "en" else [
        {"positive": pos, "negative": neg} for pos, neg in sp["verbalizers"].values()]
    before = "it was" if args.lang == "en" else sp["before_mask"]
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(2)
    model, _ = load_model(args.ckpt)
    wp = WordPiece.load(args.vocab)

    cases = []
    for text in texts:
        ids = [CLS] + wp.encode(text) + wp.encode(before) + [MASK] + wp.encode(sp["after_mask"]) + [SEP]
        mask_index = ids.index(MASK)
        x = torch.tensor([ids])
        with torch.no_grad():
            logits = model(x, torch.ones_like(x), torch.zeros_like(x))
        probs = logits[0, mask_index].double().softmax(-1)
        top = probs.topk(5)
        verbs = []
        for classes in verbalizers:
            score = {}
            for name, words in classes.items():
                word_ids = [wp.encode(w) for w in words]
                assert all(len(w) == 1 for w in word_ids), f"label word not a single token: {words}"
                score[name] = sum(probs[w[0]].item() for w in word_ids)
            total = sum(score.values())
            verbs.append({"classes": classes, "probs": {k: v / total for k, v in score.items()}})
        cases.append({"text": text, "input_ids": ids, "mask_index": mask_index,
                      "top5": [[wp.tokens[i], round(v, 6)] for v, i in zip(top.values.tolist(), top.indices.tolist())],
                      "verbalizers": verbs})
        print(f"{text!r}: top5 {cases[-1]['top5']}")
        for v in verbs:
            print(f"   {v['classes']} -> " + ", ".join(f"{k} {p:.4f}" for k, p in v["probs"].items()))
    with open(args.out, "w") as f:
        template = sp["template"] if args.lang != "en" else "{text} It was [MASK]."
        json.dump({"model": args.name, "template": template, "cases": cases}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
