"""MLM pre-training for cloze-lab-en and cloze-lab-zh (--lang zh) (CPU, deterministic, resumable).

Same data pipeline and determinism as train.py (batch order and masks of step N
depend only on N), plus:
  * model shape options (hidden size, layers, heads, intermediate size);
  * verdict words (work-lab/verdicts.txt) are masked with probability
    --verdict-mask instead of 15%, so more of the signal goes into reading the
    verdict off the context;
  * every --eval-every steps: held-out MLM loss, fill-mask examples, and the
    polarity accuracy of "{text} it was [MASK] ." (great/terrible and
    great,good/terrible,bad) on the corpus's own held-out generated reviews
    (val_gen.tsv) and lexicon-labelled prose (val_prose.tsv).  Never on SST-2/CR
    or ChnSentiCorp.  Chinese: the template "{text}总之，很[MASK]。" and 好/差,
    好,棒/差,烂 instead (lab_lang.py).

Usage: python3 train_lab.py --work work-lab --steps 12000 [--resume]
"""
import argparse
import math
import multiprocessing
import os
import random
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bert import BertForMaskedLM, CONFIG  # noqa: E402
from wordpiece import WordPiece  # noqa: E402
import lab_lang  # noqa: E402

SEED = 1234
MAX_LEN = 128  # = max_position_embeddings, including [CLS]/[SEP]
PAD, UNK, CLS, SEP, MASK = range(5)

# Data helpers shared with cloze-mini's train.py: reading the encoded corpus, batching (with
# `pack` from the command line), padding a batch, masking (verdict words boosted to
# --verdict-mask), the update step, progress lines, held-out loss and fill-mask examples. The
# loss differs (verdict targets weigh more), so it lives here.
from train import (EXAMPLES, collate, evaluate, load_ids, log_progress, make_batches,  # noqa: E402,F401
                   mask_tokens, optimizer_step)


def polar_init(model, wp, alpha, polar=None):
    """Lexicon-informed initialisation: add alpha * polarity * u (u a fixed random
    unit vector) to the embedding of every single-token lexicon word, verdict
    words included (the decoder is tied, so "great" and "terrible" start apart
    along u too).  Without it the verdict slot first learns the marginal and sits
    on a long plateau where positive and negative verdicts look alike; this
    breaks that symmetry so the context -> verdict path gets gradient at once.
    `polar`: token -> polarity (lab_lang: the English lexicon by default; Chinese characters)."""
    polar = polar if polar is not None else lab_lang.spec("en")["polar"]()
    g = torch.Generator().manual_seed(SEED + 1)
    u = torch.randn(model.config["hidden_size"], generator=g)
    u = u / u.norm()
    n = 0
    with torch.no_grad():
        emb = model.bert.embeddings.word_embeddings.weight
        for w, p in sorted(polar.items()):
            if w in wp.vocab:
                emb[wp.vocab[w]] += alpha * p * u
                n += 1
    print(f"polar init: {n} lexicon words moved along a random direction (alpha {alpha})", flush=True)


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            lab, text = line.rstrip("\n").split("\t", 1)
            rows.append((int(lab), text))
    return rows


def prompt_ids(wp, text, max_len=MAX_LEN, lang="en"):
    """[CLS] text it was [MASK] . [SEP] (Chinese: [CLS] text 总 之 ， 很 [MASK] 。 [SEP]),
    pieces tokenized separately as in the app; the text is cut from the end if too long."""
    sp = lab_lang.spec(lang)
    tail = wp.encode(sp["before_mask"]) + [MASK] + wp.encode(sp["after_mask"]) + [SEP]
    body = wp.encode(text)[:max_len - 1 - len(tail)]
    return [CLS] + body + tail


@torch.no_grad()
def mask_logits(model, seqs, batch=128):
    """Vocabulary logits at the [MASK] position of each sequence."""
    out = []
    for j in range(0, len(seqs), batch):
        part = seqs[j:j + batch]
        L = max(len(s) for s in part)
        ids = torch.zeros(len(part), L, dtype=torch.long)
        for r, s in enumerate(part):
            ids[r, :len(s)] = torch.tensor(s)
        logits = model(ids, (ids != PAD).long(), torch.zeros_like(ids), positions=ids == MASK)
        out.append(logits)
    return torch.cat(out)


def polarity_acc(model, wp, rows, lang="en"):
    """Zero-shot accuracy with the language's two verbalizers (great/terrible and
    great,good/terrible,bad; 好/差 and 好,棒/差,烂)."""
    logits = mask_logits(model, [prompt_ids(wp, t, lang=lang) for _, t in rows])
    y = torch.tensor([l for l, _ in rows])
    p = logits.softmax(-1)
    res = []
    for pos, neg in lab_lang.spec(lang)["verbalizers"].values():
        sp = p[:, [wp.vocab[w] for w in pos]].sum(1)
        sn = p[:, [wp.vocab[w] for w in neg]].sum(1)
        res.append(((sp > sn).long() == y).float().mean().item())
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.path.join(HERE, "work-lab"))
    ap.add_argument("--lang", default="en", choices=sorted(lab_lang.SPECS))
    ap.add_argument("--steps", type=int, required=True)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=float, default=0.04)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--heads", type=int, default=2)
    ap.add_argument("--inter", type=int, default=0, help="intermediate size (default 4 x hidden)")
    ap.add_argument("--verdict-mask", type=float, default=0.5)
    ap.add_argument("--eval-every", type=int, default=500)
    ap.add_argument("--ckpt-min", type=float, default=3.0)
    ap.add_argument("--ckpt", default="ckpt.pt")
    ap.add_argument("--pack", type=float, default=0.5,
                    help="share of examples packed with following lines (0: one line per example)")
    ap.add_argument("--sentiment-first", type=float, default=0.0,
                    help="share of the steps trained on verdict-bearing lines only (curriculum)")
    ap.add_argument("--verdict-weight", type=float, default=1.0, help="loss weight of verdict-word targets")
    ap.add_argument("--polar-init", type=float, default=0.0, help="lexicon-informed embedding init (alpha)")
    ap.add_argument("--extra", nargs="*", default=[], help="more work-lab/<name>.txt files to train on")
    ap.add_argument("--threads", type=int, default=2, help="1 for two pilot runs side by side")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--stop-at", type=int, default=0, help="save and exit at this step")
    args = ap.parse_args()

    torch.manual_seed(SEED)
    random.seed(SEED)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(args.threads)

    wp = WordPiece.load(os.path.join(args.work, "vocab.txt"))
    t0 = time.time()
    train = load_ids(args.work, "corpus", wp)
    for name in args.extra:  # extra line files (e.g. wordlists) appended to the training lines
        flat, offsets = load_ids(args.work, name, wp)
        train = (np.concatenate([train[0], flat]), np.concatenate([train[1], train[1][-1] + offsets[1:]]))
    held = load_ids(args.work, "heldout", wp)
    print(f"data: {len(train[1]) - 1} lines, {len(train[0])} tokens "
          f"(encoded/loaded in {time.time() - t0:.0f}s)", flush=True)
    val = {n: read_tsv(os.path.join(args.work, f"val_{n}.tsv")) for n in ("gen", "prose")}
    verdicts = [l.strip() for l in open(os.path.join(args.work, "verdicts.txt")) if l.strip()]
    boost = torch.tensor(sorted(wp.vocab[w] for w in verdicts if w in wp.vocab))

    config = dict(CONFIG, vocab_size=len(wp.tokens), hidden_size=args.hidden, num_hidden_layers=args.layers,
                  num_attention_heads=args.heads, intermediate_size=args.inter or 4 * args.hidden)
    model = BertForMaskedLM(config)
    ckpt_path = os.path.join(args.work, args.ckpt)
    if args.polar_init and not (args.resume and os.path.exists(ckpt_path)):
        polar_init(model, wp, args.polar_init, lab_lang.spec(args.lang)["polar"]())  # fresh start only; a resumed run loads its weights
    decay = [p for n, p in model.named_parameters() if "LayerNorm" not in n and not n.endswith("bias")]
    no_decay = [p for n, p in model.named_parameters() if "LayerNorm" in n or n.endswith("bias")]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                             {"params": no_decay, "weight_decay": 0.0}], lr=args.lr, betas=(0.9, 0.98), eps=1e-6)
    warm = max(1, int(args.warmup * args.steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (args.steps - s) / max(1, args.steps - warm))))
    step, ckpt_path = 0, os.path.join(args.work, args.ckpt)
    if args.resume and os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        sched.load_state_dict(ck["sched"])
        step = ck["step"]
        print(f"resumed at step {step}", flush=True)
    print(f"config: {config}; params {sum(p.numel() for p in model.parameters()) / 1e6:.2f} M; "
          f"args {vars(args)}", flush=True)

    def save(final=False):
        ck = {"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
              "step": step, "config": config, "done": final, "args": vars(args)}
        torch.save(ck, ckpt_path + ".tmp")
        os.replace(ckpt_path + ".tmp", ckpt_path)  # never leave a half-written checkpoint

    def report():
        hl, lines = evaluate(model, held, wp, lab_lang.spec(args.lang)["examples"])
        model.eval()
        accs = {n: polarity_acc(model, wp, rows, args.lang) for n, rows in val.items()}
        model.train()
        print(f"== step {step} held-out MLM loss {hl:.4f} (ppl {math.exp(hl):.1f}); polarity acc "
              + ", ".join(f"{n} {a[0]:.3f}/{a[1]:.3f}" for n, a in accs.items()), flush=True)
        print("\n".join(lines), flush=True)
        return hl, accs

    model.train()
    # Curriculum: the first --sentiment-first steps draw only lines that contain
    # a verdict word (reviews, labelled prose, word lists); then all lines.
    # Each phase has its own epochs, so batches are still a function of the step.
    phase1 = int(args.sentiment_first * args.steps)
    if phase1:
        keep = [i for i in range(len(train[1]) - 1)
                if np.isin(train[0][train[1][i]:train[1][i + 1]], boost.numpy()).any()]
        lens = np.array([train[1][i + 1] - train[1][i] for i in keep])
        sub_off = np.concatenate([[0], np.cumsum(lens)])
        sub_flat = np.concatenate([train[0][train[1][i]:train[1][i + 1]] for i in keep])
        streams = [((sub_flat, sub_off), 0, phase1), (train, phase1, args.steps)]
        print(f"curriculum: steps 0-{phase1 - 1} on {len(keep)} verdict lines", flush=True)
    else:
        streams = [(train, 0, args.steps)]
    cache = {}

    def batch_at(step):
        data, s0, _ = next(st for st in streams if st[1] <= step < st[2])
        key = id(data)
        epoch, start, batches = cache.get(key, (0, 0, None))
        if batches is None or step - s0 < start:
            epoch, start, batches = 0, 0, make_batches(*data, 0, args.batch, args.pack)
        while step - s0 >= start + len(batches):
            start += len(batches)
            epoch += 1
            batches = make_batches(*data, epoch, args.batch, args.pack)
        cache[key] = (epoch, start, batches)
        if step - s0 == start:
            print(f"{'phase 1 ' if len(streams) > 1 and s0 == 0 else ''}epoch {epoch}: {len(batches)} batches", flush=True)
        return batches[step - s0 - start]

    last_ckpt = t_start = time.time()
    tokens = 0
    while step < args.steps:
        ids, att = collate(batch_at(step))
        gen = torch.Generator().manual_seed(SEED + 7919 * step)
        inp, pos, labels = mask_tokens(ids, gen, len(wp.tokens), boost, args.verdict_mask)
        ce = F.cross_entropy(model(inp, att, torch.zeros_like(inp), positions=pos), labels, reduction="none")
        # verdict targets weigh --verdict-weight times more (the signal we care about)
        w = 1.0 + (args.verdict_weight - 1.0) * torch.isin(labels, boost).float()
        loss = (w * ce).sum() / w.sum()
        optimizer_step(model, opt, sched, loss)
        step += 1
        tokens += int(att.sum())
        if step % 100 == 0:
            log_progress(step, args.steps, loss, sched, tokens, t_start)
        if step % args.eval_every == 0 and step < args.steps:
            report()
        if step == args.stop_at:
            save()
            print(f"stopped at step {step}", flush=True)
            return
        if time.time() - last_ckpt > args.ckpt_min * 60:
            save()
            last_ckpt = time.time()
    save(final=True)
    hl, accs = report()
    with open(ckpt_path + ".heldout", "w") as f:
        f.write(f"{hl:.4f}\n")
    print(f"done: {step} steps in {(time.time() - t_start) / 60:.1f} min, held-out loss {hl:.4f}", flush=True)


if __name__ == "__main__":
    main()
