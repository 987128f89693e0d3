#!/usr/bin/env bash
# Build cloze-lab-en end to end: corpus -> vocabulary -> MLM training -> ONNX export
# (fp32 + our int8) -> numeric checks -> reference values -> evaluation -> model card.
# Run from anywhere:
#
#   bash tools/model/build_lab.sh            # from scratch (~37 min on 2 CPU cores)
#   bash tools/model/build_lab.sh --resume   # skip finished steps, resume training from work-lab/ckpt.pt
#
# Environment: PY (default /usr/bin/python3: Debian python3-torch 1.13, python3-onnx 1.12,
# python3-numpy), STEPS and the other training settings below.  Scratch: tools/model/work-lab/.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PY="${PY:-/usr/bin/python3}"
# final recipe (see EXPERIMENTS.md)
STEPS="${STEPS:-20000}"
TRAIN_ARGS="${TRAIN_ARGS:---batch 32 --lr 1.5e-3 --pack 0 --verdict-mask 0.8 --verdict-weight 3 --sentiment-first 0.25 --extra wordlists --polar-init 0.5 --eval-every 1000 --threads 1 --layers 4}"
VOCAB_SIZE="${VOCAB_SIZE:-10000}"
WORK="$HERE/work-lab"
OUT="$ROOT/public/models/cloze-lab-en"
RESUME=0
[[ "${1:-}" == "--resume" ]] && RESUME=1
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

if [[ $RESUME == 1 && -s "$WORK/corpus.txt" && -s "$WORK/val_gen.tsv" && -s "$WORK/forced.txt" && -s "$WORK/wordlists.txt" ]]; then
  echo "== corpus: done, skipped"
else
  timed corpus bash -c "set -o pipefail; '$PY' corpus_lab.py --out '$WORK' | tee '$WORK/corpus.log'"
fi

if [[ $RESUME == 1 && -s "$WORK/vocab.txt" ]]; then
  echo "== vocab: done, skipped"
else
  timed vocab bash -c "set -o pipefail; '$PY' vocab_lab.py --work '$WORK' --size $VOCAB_SIZE | tee '$WORK/vocab.log'"
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
  timed train bash -c "set -o pipefail; '$PY' train_lab.py --work '$WORK' --steps $STEPS $TRAIN_ARGS $flag 2>&1 | tee -a '$WORK/train.log'"
fi

# The remaining steps take seconds to a few minutes; always redo them.
timed export "$PY" export.py --ckpt "$WORK/ckpt.pt" --vocab "$WORK/vocab.txt" --out "$OUT"
timed quantize "$PY" quantize.py --in "$OUT/onnx/model.onnx" --out "$OUT/onnx/model_quantized.onnx"
timed check "$PY" onnx_check.py --onnx "$OUT/onnx/model.onnx" --ckpt "$WORK/ckpt.pt" --vocab "$WORK/vocab.txt"
"$PY" onnx_check.py --onnx "$OUT/onnx/model_quantized.onnx" --ckpt "$WORK/ckpt.pt" --vocab "$WORK/vocab.txt" --dequantized
timed reference "$PY" reference.py --ckpt "$WORK/ckpt.pt" --vocab "$WORK/vocab.txt" --out "$HERE/reference_lab.json" --name cloze-lab-en
timed evaluate bash -c "set -o pipefail; '$PY' evaluate.py --ckpt '$WORK/ckpt.pt' --vocab '$WORK/vocab.txt' --out '$HERE/eval_lab.json' --quantized '$OUT/onnx/model_quantized.onnx' | tee '$WORK/eval.log'"
timed model_card "$PY" model_card_lab.py --out "$OUT" --work "$WORK"
ls -l "$OUT" "$OUT/onnx"
