"""Accuracy, balanced accuracy and predicted-positive share of a cloze-lab checkpoint on held-out
sets of our own corpus (val_gen.tsv / val_prose.tsv), never on an evaluation dataset.

Used to compare training candidates under a rule written down before the candidate finished
(EXPERIMENTS.md):  python3 heldout_report.py --ckpt work-lab-zh/ckpt.pt --work work-lab-zh --lang zh
"""
import argparse
import os

import torch

from bert import BertForMaskedLM
from wordpiece import WordPiece
import lab_lang
from train_lab import mask_logits, prompt_ids, read_tsv


def report(model, wp, rows, lang):
    """{verbalizer name: (accuracy, balanced accuracy, predicted positive share)}."""
    p = mask_logits(model, [prompt_ids(wp, t, lang=lang) for _, t in rows]).softmax(-1)
    y = torch.tensor([l for l, _ in rows])
    out = {}
    for name, (pos, neg) in lab_lang.spec(lang)["verbalizers"].items():
        pred = (p[:, [wp.vocab[w] for w in pos]].sum(1) > p[:, [wp.vocab[w] for w in neg]].sum(1)).long()
        recalls = [((pred == c) & (y == c)).sum().item() / max(1, (y == c).sum().item()) for c in (0, 1)]
        out[name] = ((pred == y).float().mean().item(), sum(recalls) / 2, pred.float().mean().item())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--work", required=True, help="folder with vocab.txt of the checkpoint's vocabulary")
    ap.add_argument("--val", default="", help="folder with val_gen.tsv / val_prose.tsv (default: --work)")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    ck = torch.load(args.ckpt)
    model = BertForMaskedLM(ck["config"])
    model.load_state_dict(ck["model"])
    model.eval()
    wp = WordPiece.load(os.path.join(args.work, "vocab.txt"))
    with torch.no_grad():
        for n in ("gen", "prose"):
            rows = read_tsv(os.path.join(args.val or args.work, f"val_{n}.tsv"))
            gold = sum(l for l, _ in rows) / len(rows)
            for v, (acc, bal, pos) in report(model, wp, rows, args.lang).items():
                print(f"{n} ({len(rows)} rows, {gold:.1%} positive) {v}: accuracy {acc:.3f}, "
                      f"balanced {bal:.3f}, predicted positive {pos:.1%}")


if __name__ == "__main__":
    main()
