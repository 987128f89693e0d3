#!/usr/bin/env bash
# Build cloze-lab-en (or, with --lang zh, cloze-lab-zh) end to end: corpus -> vocabulary ->
# MLM training -> ONNX export (fp32 + our int8) -> numeric checks -> reference values ->
# evaluation -> model card.  Run from anywhere:
#
#   bash tools/model/build_lab.sh                      # from scratch (~37 min on 2 CPU cores)
#   bash tools/model/build_lab.sh --resume             # skip finished steps, resume training from work-lab/ckpt.pt
#   bash tools/model/build_lab.sh --lang zh [--resume] # cloze-lab-zh (same as build_zh.sh), scratch work-lab-zh/
#
# Environment: PY (default /usr/bin/python3: Debian python3-torch 1.13, python3-onnx 1.12,
# python3-numpy), STEPS and the other training settings below, ZH_SOURCES (Chinese: where the
# Debian/npm source packages are fetched and unpacked; default work-lab-zh/sources).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PY="${PY:-/usr/bin/python3}"
RESUME=0
LAB_LANG=en
while [[ $# -gt 0 ]]; do
  case "$1" in
    --resume) RESUME=1 ;;
    --lang) LAB_LANG="$2"; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
# final recipe (see EXPERIMENTS.md); the Chinese build uses the same recipe
if [[ $LAB_LANG == zh ]]; then
  STEPS="${STEPS:-10000}"
  LAYERS=2
  # the corpus proportions closer to cloze-lab-en's, labelled prose balanced (EXPERIMENTS.md, candidates 2 and 3)
  CORPUS_ARGS="${CORPUS_ARGS:---reviews 150000 --labelled-copies 3 --balance-labelled}"
  VOCAB_ARGS="${VOCAB_ARGS:---lang zh --size 8000 --max-cjk 6000}"
  WORK="$HERE/work-lab-zh"
  NAME=cloze-lab-zh
  SUFFIX=_zh
else
  STEPS="${STEPS:-20000}"
  VOCAB_ARGS="${VOCAB_ARGS:---size ${VOCAB_SIZE:-10000}}"
  WORK="$HERE/work-lab"
  NAME=cloze-lab-en
  SUFFIX=""
  LAYERS=4
  CORPUS_ARGS="${CORPUS_ARGS:-}"
fi
TRAIN_ARGS="${TRAIN_ARGS:---batch 32 --lr 1.5e-3 --pack 0 --verdict-mask 0.8 --verdict-weight 3 --sentiment-first 0.25 --extra wordlists --polar-init 0.5 --eval-every 1000 --threads 1 --layers $LAYERS}"
OUT="$ROOT/public/models/$NAME"
export ZH_SOURCES="${ZH_SOURCES:-$WORK/sources}"
# jemalloc keeps the training process's memory flat (glibc malloc grew to GBs, see README.md)
for j in /usr/lib/x86_64-linux-gnu/libjemalloc.so.2; do [[ -f $j ]] && export LD_PRELOAD="$j"; done
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
mkdir -p "$WORK"
cd "$HERE"
if [[ $RESUME == 0 ]]; then
  : >"$WORK/timings.txt"
  : >"$WORK/train.log"
fi

timed() {  # run one step, append its wall time to work-lab/timings.txt
  local name="$1"; shift
  local t0=$SECONDS
  echo "== $name"
  "$@"
  echo "$name $((SECONDS - t0))s" | tee -a "$WORK/timings.txt"
}

if [[ $LAB_LANG == zh ]]; then
  if [[ -s "$ZH_SOURCES/.done" ]]; then
    echo "== sources: done, skipped"
  else
    timed sources bash "$HERE/fetch_zh_sources.sh" "$ZH_SOURCES"
  fi
fi

if [[ $RESUME == 1 && -s "$WORK/corpus.txt" && -s "$WORK/val_gen.tsv" && -s "$WORK/forced.txt" && -s "$WORK/wordlists.txt" ]]; then
  echo "== corpus: done, skipped"
else
  timed corpus bash -c "set -o pipefail; '$PY' corpus_lab.py --lang $LAB_LANG --out '$WORK' $CORPUS_ARGS | tee '$WORK/corpus.log'"
fi

if [[ $RESUME == 1 && -s "$WORK/vocab.txt" ]]; then
  echo "== vocab: done, skipped"
else
  timed vocab bash -c "set -o pipefail; '$PY' vocab_lab.py --work '$WORK' $VOCAB_ARGS | tee '$WORK/vocab.log'"
fi

train_done() {
  [[ -f "$WORK/ckpt.pt" ]] && "$PY" -c "import sys, torch; sys.exit(0 if torch.load('$WORK/ckpt.pt')['done'] else 1)"
}
if [[ $RESUME == 1 ]] && train_done; then
  echo "== train: done, skipped"
else
  flag=""
  [[ $RESUME == 1 ]] && flag="--resume"
  # shellcheck disable=SC2086
  timed train bash -c "set -o pipefail; '$PY' train_lab.py --lang $LAB_LANG --work '$WORK' --steps $STEPS $TRAIN_ARGS $flag 2>&1 | tee -a '$WORK/train.log'"
fi

# The remaining steps take seconds to a few minutes; always redo them.
timed export "$PY" export.py --ckpt "$WORK/ckpt.pt" --vocab "$WORK/vocab.txt" --out "$OUT"
timed quantize "$PY" quantize.py --in "$OUT/onnx/model.onnx" --out "$OUT/onnx/model_quantized.onnx"
timed check "$PY" onnx_check.py --onnx "$OUT/onnx/model.onnx" --ckpt "$WORK/ckpt.pt" --vocab "$WORK/vocab.txt" --lang $LAB_LANG
"$PY" onnx_check.py --onnx "$OUT/onnx/model_quantized.onnx" --ckpt "$WORK/ckpt.pt" --vocab "$WORK/vocab.txt" --dequantized --lang $LAB_LANG
timed reference "$PY" reference.py --ckpt "$WORK/ckpt.pt" --vocab "$WORK/vocab.txt" --out "$HERE/reference_lab$SUFFIX.json" --name $NAME --lang $LAB_LANG
timed evaluate bash -c "set -o pipefail; '$PY' evaluate.py --lang $LAB_LANG --ckpt '$WORK/ckpt.pt' --vocab '$WORK/vocab.txt' --out '$HERE/eval_lab$SUFFIX.json' --quantized '$OUT/onnx/model_quantized.onnx' | tee '$WORK/eval.log'"
timed model_card "$PY" model_card_lab.py --lang $LAB_LANG --out "$OUT" --work "$WORK" --eval "$HERE/eval_lab$SUFFIX.json"
ls -l "$OUT" "$OUT/onnx"
