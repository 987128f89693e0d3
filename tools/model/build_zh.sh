#!/usr/bin/env bash
# Build cloze-lab-zh: the cloze-lab pipeline (build_lab.sh) with --lang zh.
#
#   bash tools/model/build_zh.sh            # from scratch, deterministic
#   bash tools/model/build_zh.sh --resume   # skip finished steps, resume training from work-lab-zh/ckpt.pt
exec bash "$(dirname "$0")/build_lab.sh" --lang zh "$@"
