"""MLM pre-training of cloze-mini on CPU.

Deterministic: the batch order and the masking of step N depend only on
(SEED, N), so a run resumed from a checkpoint (--resume) continues exactly as an
uninterrupted run would.  Checkpoints go to work/ckpt.pt every --ckpt-min
minutes; held-out MLM loss and fill-mask examples are logged every --eval-every
steps.

Usage: python3 train.py --steps 6000 [--resume]
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

SEED = 1234
MAX_LEN = 128  # = max_position_embeddings, including [CLS]/[SEP]
PAD, UNK, CLS, SEP, MASK = range(5)
EXAMPLES = ["she [MASK] to the store .", "the movie was [MASK] .",
            "paris is the capital of [MASK] .", "he [MASK] a book yesterday .",
            "a moving , beautifully acted film . it was [MASK] .",
            "the plot was dull and the jokes fell flat . it was [MASK] ."]

_wp = None


def _enc(line):
    return _wp.encode(line, split_special=False)


def load_ids(work, name, wp):
    """Encode a text file once; cache as a flat int16 array + line offsets."""
    cache = os.path.join(work, name + ".ids.npz")
    src = os.path.join(work, name + ".txt")
    vocab = os.path.join(work, "vocab.txt")
    if os.path.exists(cache) and os.path.getmtime(cache) > max(os.path.getmtime(src), os.path.getmtime(vocab)):
        z = np.load(cache)
        return z["flat"], z["offsets"]
    global _wp
    _wp = wp
    with open(src, encoding="utf-8") as f:
        lines = [l.strip() for l in f if l.strip()]
    with multiprocessing.Pool(2) as pool:
        seqs = pool.map(_enc, lines, chunksize=2000)
    offsets = np.cumsum([0] + [len(s) for s in seqs]).astype(np.int64)
    flat = np.fromiter((i for s in seqs for i in s), dtype=np.int16, count=int(offsets[-1]))
    np.savez(cache, flat=flat, offsets=offsets)
    return flat, offsets


def make_batches(flat, offsets, epoch, batch_size, pack=0.5):
    """Examples for one epoch: shuffled lines, a share `pack` of them (about half by
    default) packed with the following lines up to a random length, so all 128
    positions get trained."""
    rng = random.Random(SEED * 1000 + epoch)
    order = list(range(len(offsets) - 1))
    rng.shuffle(order)
    examples, i = [], 0
    while i < len(order):
        target = rng.randint(24, MAX_LEN - 2) if rng.random() < pack else 0
        seq = list(flat[offsets[order[i]]:offsets[order[i] + 1]])
        i += 1
        while i < len(order) and len(seq) < target:
            nxt = flat[offsets[order[i]]:offsets[order[i] + 1]]
            if len(seq) + len(nxt) > MAX_LEN - 2:
                break
            seq.extend(nxt)
            i += 1
        examples.append(seq[:MAX_LEN - 2])
    # sort by length within large chunks so batches carry little padding
    batches, chunk = [], batch_size * 64
    for s in range(0, len(examples), chunk):
        part = sorted(examples[s:s + chunk], key=len)
        batches += [part[j:j + batch_size] for j in range(0, len(part), batch_size)]
    rng.shuffle(batches)
    return batches


def collate(seqs):
    L = max(len(s) for s in seqs) + 2
    ids = torch.zeros(len(seqs), L, dtype=torch.long)
    for r, s in enumerate(seqs):
        ids[r, :len(s) + 2] = torch.tensor([CLS] + [int(t) for t in s] + [SEP])
    return ids, (ids != PAD).long()


def mask_tokens(ids, gen, vocab_size, boost=None, boost_p=0.5):
    """BERT masking: 15% of real tokens; of those 80% [MASK], 10% random, 10% kept.
    `boost` (ids): these tokens are chosen with probability `boost_p` instead
    (cloze-mini's stage 2; cloze-lab-en's verdict words)."""
    special = ids < 5
    r0 = torch.rand(ids.shape, generator=gen)
    p = torch.full(ids.shape, 0.15)
    if boost is not None:
        p[torch.isin(ids, boost)] = boost_p
    chosen = (r0 < p) & ~special
    # make sure every row has at least one target
    first = (~special).float().argmax(dim=1)
    none = ~chosen.any(dim=1)
    chosen[none.nonzero().squeeze(1), first[none]] = True
    labels = ids[chosen].clone()
    r = torch.rand(ids.shape, generator=gen)
    inp = ids.clone()
    inp[chosen & (r < 0.8)] = MASK
    rand_pos = chosen & (r >= 0.8) & (r < 0.9)
    inp[rand_pos] = torch.randint(5, vocab_size, ids.shape, generator=gen)[rand_pos]
    return inp, chosen, labels


@torch.no_grad()
def evaluate(model, held, wp, examples=EXAMPLES):
    model.eval()
    gen = torch.Generator().manual_seed(SEED)  # same masks every time
    flat, offsets = held
    seqs = [list(flat[offsets[i]:offsets[i + 1]])[:MAX_LEN - 2] for i in range(len(offsets) - 1)]
    tot, n = 0.0, 0
    for j in range(0, len(seqs), 128):
        ids, att = collate(seqs[j:j + 128])
        inp, pos, labels = mask_tokens(ids, gen, len(wp.tokens))
        logits = model(inp, att, torch.zeros_like(inp), positions=pos)
        tot += F.cross_entropy(logits, labels, reduction="sum").item()
        n += labels.numel()
    lines = []
    for text in examples:
        ids = torch.tensor([[CLS] + wp.encode(text) + [SEP]])
        logits = model(ids, torch.ones_like(ids), torch.zeros_like(ids))
        m = (ids[0] == MASK).nonzero()[0, 0]
        p = logits[0, m].softmax(-1)
        top = p.topk(5)
        lines.append(f"  {text!r}: " + ", ".join(
            f"{wp.tokens[i]} {v:.3f}" for v, i in zip(top.values.tolist(), top.indices.tolist())))
    model.train()
    return tot / n, lines


def optimizer_step(model, opt, sched, loss):
    """One update: backward, gradient norm clipped to 1, optimiser and schedule step."""
    opt.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    sched.step()


def log_progress(step, steps, loss, sched, tokens, t_start):
    el = time.time() - t_start
    print(f"step {step}/{steps} loss {loss.item():.3f} lr {sched.get_last_lr()[0]:.2e} "
          f"{tokens / el:.0f} tok/s elapsed {el / 60:.1f} min", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--steps", type=int, required=True)
    ap.add_argument("--batch", type=int, default=96)
    ap.add_argument("--lr", type=float, default=1.5e-3)
    ap.add_argument("--warmup", type=float, default=0.04)
    ap.add_argument("--eval-every", type=int, default=400)
    ap.add_argument("--ckpt-min", type=float, default=3.0)
    ap.add_argument("--ckpt", default="ckpt.pt")
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--data", default="corpus", help="work/<data>.txt to train on")
    ap.add_argument("--boost-verdicts", action="store_true",
                    help="mask the generator's verdict words with p=0.5 (stage 2)")
    ap.add_argument("--init", default="", help="start from this checkpoint's weights (fresh optimizer)")
    ap.add_argument("--stop-at", type=int, default=0, help="save and exit at this step (tests --resume)")
    args = ap.parse_args()

    torch.manual_seed(SEED)
    random.seed(SEED)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(2)

    wp = WordPiece.load(os.path.join(args.work, "vocab.txt"))
    t0 = time.time()
    train = load_ids(args.work, args.data, wp)
    held = load_ids(args.work, "heldout", wp)
    print(f"data: {len(train[1]) - 1} lines, {len(train[0])} tokens "
          f"(encoded/loaded in {time.time() - t0:.0f}s)", flush=True)

    boost = None
    if args.boost_verdicts:
        from corpus import POS_VERDICT, NEG_VERDICT, NEUTRAL_VERDICT
        boost = torch.tensor([wp.vocab[w] for w in POS_VERDICT + NEG_VERDICT + NEUTRAL_VERDICT])
    config = dict(CONFIG, vocab_size=len(wp.tokens))
    model = BertForMaskedLM(config)
    decay = [p for n, p in model.named_parameters() if "LayerNorm" not in n and not n.endswith("bias")]
    no_decay = [p for n, p in model.named_parameters() if "LayerNorm" in n or n.endswith("bias")]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                             {"params": no_decay, "weight_decay": 0.0}], lr=args.lr, betas=(0.9, 0.98), eps=1e-6)
    warm = max(1, int(args.warmup * args.steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (args.steps - s) / max(1, args.steps - warm))))
    step, ckpt_path = 0, os.path.join(args.work, args.ckpt)
    if args.init:
        model.load_state_dict(torch.load(os.path.join(args.work, args.init))["model"])
        print(f"initialised from {args.init}", flush=True)
    if args.resume and os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        sched.load_state_dict(ck["sched"])
        step = ck["step"]
        print(f"resumed at step {step}", flush=True)

    def save(final=False):
        ck = {"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
              "step": step, "config": config, "done": final}
        torch.save(ck, ckpt_path + ".tmp")
        os.replace(ckpt_path + ".tmp", ckpt_path)  # never leave a half-written checkpoint

    model.train()
    # epoch e's batches are a pure function of e; find the one holding `step`
    epoch, start = 0, 0
    batches = make_batches(*train, epoch, args.batch)
    last_ckpt = t_start = time.time()
    tokens = 0
    while step < args.steps:
        while step >= start + len(batches):
            start += len(batches)
            epoch += 1
            batches = make_batches(*train, epoch, args.batch)
        if step == start:
            print(f"epoch {epoch}: {len(batches)} batches", flush=True)
        ids, att = collate(batches[step - start])
        gen = torch.Generator().manual_seed(SEED + 7919 * step)
        inp, pos, labels = mask_tokens(ids, gen, len(wp.tokens), boost)
        loss = F.cross_entropy(model(inp, att, torch.zeros_like(inp), positions=pos), labels)
        optimizer_step(model, opt, sched, loss)
        step += 1
        tokens += int(att.sum())
        if step % 100 == 0:
            log_progress(step, args.steps, loss, sched, tokens, t_start)
        if step % args.eval_every == 0 or step == args.steps:
            hl, lines = evaluate(model, held, wp)
            print(f"== step {step} held-out MLM loss {hl:.4f} (ppl {math.exp(hl):.1f})", flush=True)
            print("\n".join(lines), flush=True)
        if step == args.stop_at:
            save()
            print(f"stopped at step {step}", flush=True)
            return
        if time.time() - last_ckpt > args.ckpt_min * 60:
            save()
            last_ckpt = time.time()
    save(final=True)
    hl, _ = evaluate(model, held, wp)
    with open(os.path.join(args.work, args.ckpt + ".heldout"), "w") as f:
        f.write(f"{hl:.4f}\n")
    print(f"done: {step} steps in {(time.time() - t_start) / 60:.1f} min, held-out loss {hl:.4f}", flush=True)


if __name__ == "__main__":
    main()
