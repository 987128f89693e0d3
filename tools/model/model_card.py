"""Write public/models/cloze-mini/README.md (the model card) from the build's
own numbers: config, held-out loss, training time, file sizes, reference.json.

Usage: python3 model_card.py [--out ../../public/models/cloze-mini]
"""
import argparse
import json
import os
import re
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bert import BertForMaskedLM  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "public", "models", "cloze-mini"))
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    args = ap.parse_args()
    c = json.load(open(os.path.join(args.out, "config.json")))
    ref = json.load(open(os.path.join(HERE, "reference.json")))
    heldout1 = open(os.path.join(args.work, "ckpt.pt.heldout")).read().strip()
    heldout = open(os.path.join(args.work, "ckpt2.pt.heldout")).read().strip()
    # wall times recorded by build.sh (stage names -> seconds)
    times = {}
    if os.path.exists(os.path.join(args.work, "timings.txt")):
        for line in open(os.path.join(args.work, "timings.txt")):
            name, sec = line.split()
            times[name] = int(sec.rstrip("s"))
    minutes = f"{(times.get('train', 0) + times.get('stage2', 0)) / 60:.0f}" if "train" in times else "?"
    stats = re.findall(r"words: prose (\d+), generated (\d+), prose share ([\d.]+%)",
                       open(os.path.join(args.work, "corpus.log")).read())
    prose, gen, share = stats[-1] if stats else ("?", "?", "?")
    size = os.path.getsize(os.path.join(args.out, "onnx", "model.onnx")) / 1e6
    # unique parameters (the tied decoder weight counted once)
    ck = torch.load(os.path.join(args.work, "ckpt2.pt"))
    model = BertForMaskedLM(ck["config"])
    params = sum(p.numel() for p in model.parameters())
    rows = []
    for case in ref["cases"]:
        v = case["verbalizers"][0]["probs"]
        top = ", ".join(f"{w} ({p:.2f})" for w, p in case["top5"][:3])
        rows.append(f"| {case['text']} | {v['positive']:.3f} | {v['negative']:.3f} | {top} |")
    card = f"""# cloze-mini

A tiny BERT-style masked language model (uncased WordPiece) made for the Cloze Lab
playground, so that the app has a model that loads instantly in the browser.  It is
a toy: it knows little about the world and its English is rough.  Do not use it for
anything that matters.

## Shape

- BertForMaskedLM, {c['num_hidden_layers']} layers, hidden {c['hidden_size']}, {c['num_attention_heads']} heads,
  intermediate {c['intermediate_size']}, max {c['max_position_embeddings']} positions, vocabulary {c['vocab_size']}
  (decoder tied to the word embeddings), about {params / 1e6:.2f} M parameters
- `onnx/model.onnx`: fp32, opset 14, {size:.1f} MB; inputs `input_ids`, `attention_mask`,
  `token_type_ids` (int64 [batch, sequence]); output `logits` [batch, sequence, vocab]
- `tokenizer.json`: BertNormalizer (lowercase, strip accents) + BertPreTokenizer + WordPiece

## Training data

All text is lowercased and deduplicated.  {prose} words of real English ({share} of the words):

- **WordNet 3.0** glosses and example sentences (`wordnet-base`, WordNet 3.0 licence, Princeton University).
- **GCIDE**, the GNU Collaborative International Dictionary of English (`dict-gcide`),
  definitions and quotations; **GPL-2-or-later**.  Whether weights trained on GPL text are
  a derivative work is unsettled; to be safe, treat this model as GPL-2-or-later.
- **fortune cookies** (`fortunes`, `fortunes-min`; BSD fortune(6) collection, quotations of mixed origin;
  the offensive set was not used).

Plus {gen} words of **generated evaluative sentences**: short reviews of films, books, food
and products built from hand-written positive and negative word lists and frames
("the acting was superb and the story moved me . it was great ."), with negation
("not good" -> negative verdict) and contrast ("but").

**Caveat:** the sentiment behaviour that the playground shows as "zero-shot" prompting
("... It was [MASK].") was partly trained in by those generated frames; several of the
demo phrases (e.g. "moving", "beautifully acted", "dull", "the jokes fell flat") occur in
them.  Read its sentiment results as a demonstration of the mechanics, not of what
masked language models learn on their own.

## Training

MLM pre-training from scratch on 2 CPU cores, about {minutes} minutes of wall time in all.
Stage 1: 3600 steps on the whole corpus, 15% masking (80/10/10), AdamW (lr 1.5e-3),
linear warmup/decay, batches of 96 sequences of up to 128 tokens; held-out MLM loss {heldout1}.
Stage 2: 250 steps on reviews plus a third of prose, verdict words masked with
probability 0.5 (lr 5e-4), meant to sharpen the "it was [MASK]" behaviour.  In this short run
(the build machine was busy) the effect is small: **the sentiment separation is weak**; the
verbalizer great/terrible does not separate the demo texts below (all lean slightly negative),
great+good / terrible+bad leans slightly the right way on the first text only.
Held-out MLM loss of the final model (15% masking, 2,000 held-out lines): **{heldout}**.

Template "{{text}} It was [MASK]." with verbalizer great / terrible:

| text | positive | negative | top predictions |
| --- | --- | --- | --- |
{chr(10).join(rows)}

## Rebuild

From the repository root: `bash tools/model/build.sh` (deterministic; see `tools/model/README.md`).
"""
    with open(os.path.join(args.out, "README.md"), "w") as f:
        f.write(card)
    print(f"wrote {os.path.join(args.out, 'README.md')}")


if __name__ == "__main__":
    main()
