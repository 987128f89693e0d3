#!/usr/bin/env bash
# Build the cloze-mini model end to end (corpus -> vocab -> train -> stage 2 -> export ->
# reference values -> model card).  Run from the repository root:
#
#   bash tools/model/build.sh            # everything from scratch (~35 min on 2 CPU cores)
#   bash tools/model/build.sh --resume   # skip finished steps, resume training from work/ckpt.pt
#
# Environment: STEPS / STEPS2 (training steps of stage 1 / 2, default 3600 / 250), PY (python, default /usr/bin/python3,
# Debian's python3-torch 1.13 + python3-onnx 1.12).  Scratch files go to tools/model/work/.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PY="${PY:-/usr/bin/python3}"
STEPS="${STEPS:-3600}"
STEPS2="${STEPS2:-250}"
WORK="$HERE/work"
OUT="$ROOT/public/models/cloze-mini"
RESUME=0
[[ "${1:-}" == "--resume" ]] && RESUME=1
mkdir -p "$WORK"
cd "$HERE"
# glibc malloc fragments badly with torch's variable-shape CPU tensors here
# (RSS grew to 8 GB and speed fell 3x in a 25-minute run); jemalloc avoids it
# (apt-get install libjemalloc2).  It changes no numbers.
JEMALLOC=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2
if [[ -f $JEMALLOC ]]; then export LD_PRELOAD="$JEMALLOC${LD_PRELOAD:+:$LD_PRELOAD}"; fi
if [[ $RESUME == 0 ]]; then
  : >"$WORK/timings.txt"
  : >"$WORK/train.log"
fi

# Run one step and append its wall time to work/timings.txt.
timed() {
  local name="$1"; shift
  local t0=$SECONDS
  echo "== $name"
  "$@"
  echo "$name $((SECONDS - t0))s" | tee -a "$WORK/timings.txt"
}

if [[ $RESUME == 1 && -s "$WORK/corpus.txt" && -s "$WORK/heldout.txt" && -s "$WORK/stage2.txt" && -s "$WORK/corpus.log" ]]; then
  echo "== corpus: done, skipped"
else
  timed corpus bash -c "set -o pipefail; '$PY' corpus.py --out '$WORK' | tee '$WORK/corpus.log'"
fi

if [[ $RESUME == 1 && -s "$WORK/vocab.txt" ]]; then
  echo "== vocab: done, skipped"
else
  timed vocab "$PY" wordpiece.py --corpus "$WORK/corpus.txt" --out "$WORK/vocab.txt"
fi

# Training is finished when the checkpoint says so.
train_done() {
  local ck="$WORK/${1:-ckpt.pt}"
  [[ -f "$ck" ]] && "$PY" -c "import sys, torch; sys.exit(0 if torch.load('$ck')['done'] else 1)"
}
if [[ $RESUME == 1 ]] && train_done ckpt.pt; then
  echo "== train: done, skipped"
else
  flag=""
  [[ $RESUME == 1 ]] && flag="--resume"
  timed train bash -c "set -o pipefail; '$PY' train.py --steps $STEPS $flag 2>&1 | tee -a '$WORK/train.log'"
fi

# Stage 2: a short phase on reviews + some prose, with the verdict words masked
# more often, starting from the stage-1 weights (fresh optimizer).
if [[ $RESUME == 1 ]] && train_done ckpt2.pt; then
  echo "== stage2: done, skipped"
else
  flag=""
  [[ $RESUME == 1 && -f "$WORK/ckpt2.pt" ]] && flag="--resume"
  timed stage2 bash -c "set -o pipefail; '$PY' train.py --data stage2 --init ckpt.pt --ckpt ckpt2.pt \
    --steps $STEPS2 --lr 5e-4 --boost-verdicts --eval-every 250 $flag 2>&1 | tee -a '$WORK/train.log'"
fi

# The last three steps take seconds; always redo them.
timed export "$PY" export.py --ckpt "$WORK/ckpt2.pt" --vocab "$WORK/vocab.txt" --out "$OUT"
timed reference "$PY" reference.py --ckpt "$WORK/ckpt2.pt" --vocab "$WORK/vocab.txt" --out "$HERE/reference.json"
timed model_card "$PY" model_card.py --out "$OUT" --work "$WORK"
ls -l "$OUT" "$OUT/onnx"
