"""Weight-only int8 quantization of an exported ONNX model, with the `onnx`
package only (no onnxruntime tools).

Every float initializer with at least --min-size elements (word/position
embeddings, all Linear weights) is replaced by
    int8 tensor  +  per-row float32 scale  +  zero point 0
and a DequantizeLinear node (opset >= 13, axis 0) that recreates the original
tensor name, so the rest of the graph is untouched.  Symmetric per-row scales
(max |w| / 127) keep rare words' embeddings accurate.  The tied decoder shares
the word-embedding initializer, so it is stored once, in int8.  Activations stay
fp32 (dynamic/activation quantization would cost accuracy for little gain at
this size).

Usage: python3 quantize.py --in onnx/model.onnx --out onnx/model_quantized.onnx
"""
import argparse
import os

import numpy as np
import onnx
from onnx import helper, numpy_helper


def quantize(model, min_size=4096):
    g = model.graph
    keep, nodes, n_q = [], [], 0
    for init in g.initializer:
        w = numpy_helper.to_array(init)
        if w.dtype != np.float32 or w.size < min_size or w.ndim != 2:
            keep.append(init)
            continue
        scale = np.abs(w).max(axis=1) / 127.0
        scale = np.where(scale == 0, 1.0, scale).astype(np.float32)
        q = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)
        keep += [numpy_helper.from_array(q, init.name + "_int8"),
                 numpy_helper.from_array(scale, init.name + "_scale"),
                 numpy_helper.from_array(np.zeros(len(scale), np.int8), init.name + "_zero")]
        nodes.append(helper.make_node("DequantizeLinear", [init.name + "_int8", init.name + "_scale", init.name + "_zero"],
                                      [init.name], name=init.name + "_dequant", axis=0))
        n_q += 1
    del g.initializer[:]
    g.initializer.extend(keep)
    old = list(g.node)
    del g.node[:]
    g.node.extend(nodes + old)  # dequantize first: keeps the graph topologically sorted
    return n_q


def dequantized_state(path):
    """{initializer name: float32 torch tensor} as the quantized graph computes them."""
    import torch
    m = onnx.load(path)
    arrs = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    out = {}
    for name, a in arrs.items():
        if name.endswith("_int8"):
            base = name[:-5]
            out[base] = torch.from_numpy(a.astype(np.float32) * arrs[base + "_scale"][:, None])
        elif not name.endswith(("_scale", "_zero")):
            out[name] = torch.from_numpy(np.array(a))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--in", dest="inp", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-size", type=int, default=4096)
    args = ap.parse_args()
    m = onnx.load(args.inp)
    n = quantize(m, args.min_size)
    onnx.checker.check_model(m)
    onnx.save(m, args.out)
    print(f"quantized {n} weight matrices: {args.out} {os.path.getsize(args.out) / 1e6:.2f} MB "
          f"(fp32 {os.path.getsize(args.inp) / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
