"""Run an exported ONNX graph with a small numpy interpreter (onnxruntime is not
available in Python here) and compare its logits with the torch checkpoint.

Covers exactly the operators torch.onnx.export emits for bert.py at opset 14,
plus DequantizeLinear for quantize.py's output.  Used by the unit tests and by
build_lab.sh:  python3 onnx_check.py --onnx model.onnx --ckpt ckpt.pt --vocab vocab.txt
"""
import argparse
import os
import sys

import numpy as np
import onnx
import torch
from onnx import numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

DTYPES = {1: np.float32, 6: np.int32, 7: np.int64, 9: np.bool_, 11: np.float64}


def _attrs(node):
    return {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}


def run(model, feeds):
    env = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    env.update(feeds)
    for n in model.graph.node:
        x = [env[i] if i else None for i in n.input]
        a = _attrs(n)
        op = n.op_type
        if op == "Constant":
            y = numpy_helper.to_array(a["value"])
        elif op in ("Add", "Sub", "Mul", "Div", "Pow", "Equal"):
            f = {"Add": np.add, "Sub": np.subtract, "Mul": np.multiply, "Div": np.divide,
                 "Pow": np.power, "Equal": np.equal}[op]
            y = f(x[0], x[1])
            if op == "Div" and np.issubdtype(x[0].dtype, np.integer):
                y = np.floor_divide(x[0], x[1])
            y = y.astype(x[0].dtype) if op != "Equal" else y
        elif op == "MatMul":
            y = np.matmul(x[0], x[1])
        elif op == "Sqrt":
            y = np.sqrt(x[0])
        elif op == "Erf":
            y = torch.erf(torch.from_numpy(np.ascontiguousarray(x[0]))).numpy()
        elif op == "Cast":
            y = x[0].astype(DTYPES[a["to"]])
        elif op == "Shape":
            y = np.array(x[0].shape, dtype=np.int64)
        elif op == "Gather":
            y = np.take(x[0], x[1], axis=a.get("axis", 0))
        elif op == "Unsqueeze":
            y = x[0]
            for ax in sorted(int(v) % (x[0].ndim + len(x[1])) for v in x[1]):
                y = np.expand_dims(y, ax)
        elif op == "Squeeze":
            y = np.squeeze(x[0], axis=tuple(int(v) for v in x[1]))
        elif op == "Concat":
            y = np.concatenate([np.atleast_1d(v) for v in x], axis=a["axis"])
        elif op == "Reshape":
            shape = [x[0].shape[i] if s == 0 else s for i, s in enumerate(x[1].tolist())]
            y = x[0].reshape(shape)
        elif op == "Transpose":
            y = np.transpose(x[0], a.get("perm"))
        elif op == "Range":
            y = np.arange(x[0], x[1], x[2]).astype(x[0].dtype)
        elif op == "ReduceMean":
            y = np.mean(x[0], axis=tuple(a["axes"]), keepdims=bool(a.get("keepdims", 1))).astype(x[0].dtype)
        elif op == "Softmax":
            z = x[0] - x[0].max(axis=a.get("axis", -1), keepdims=True)
            e = np.exp(z)
            y = e / e.sum(axis=a.get("axis", -1), keepdims=True)
        elif op == "Where":
            y = np.where(x[0], x[1], x[2])
        elif op == "Expand":
            y = x[0] * np.ones(x[1], dtype=x[0].dtype)
        elif op == "ConstantOfShape":
            v = numpy_helper.to_array(a["value"]) if "value" in a else np.zeros(1, np.float32)
            y = np.full(x[0], v[0], dtype=v.dtype)
        elif op == "DequantizeLinear":
            ax = a.get("axis", 1)
            s = x[1] if x[1].ndim == 0 else np.expand_dims(x[1], tuple(i for i in range(x[0].ndim) if i != ax))
            zp = x[2] if x[2].ndim == 0 else np.expand_dims(x[2], tuple(i for i in range(x[0].ndim) if i != ax))
            y = ((x[0].astype(np.int32) - zp.astype(np.int32)) * s).astype(np.float32)
        else:
            raise NotImplementedError(op)
        env[n.output[0]] = np.asarray(y)
    return {o.name: env[o.name] for o in model.graph.output}


FIXED_TEXTS = {"en": ("a moving , beautifully acted film . it was [MASK] .", "she [MASK] to the store ."),
               "zh": ("房间很干净，服务也很热情。总之，很[MASK]。", "我今天[MASK]了一本书。")}


def fixed_inputs(wp, lang="en"):
    """Two padded rows (a template prompt and a short text) - exercises the mask."""
    a = [2] + wp.encode(FIXED_TEXTS[lang][0]) + [3]
    b = [2] + wp.encode(FIXED_TEXTS[lang][1]) + [3]
    L = max(len(a), len(b))
    ids = np.zeros((2, L), np.int64)
    ids[0, :len(a)], ids[1, :len(b)] = a, b
    return ids, (ids != 0).astype(np.int64)


def compare(onnx_path, model, ids, att):
    m = onnx.load(onnx_path)
    got = run(m, {"input_ids": ids, "attention_mask": att, "token_type_ids": np.zeros_like(ids)})["logits"]
    with torch.no_grad():
        ref = model(torch.from_numpy(ids), torch.from_numpy(att), torch.zeros_like(torch.from_numpy(ids))).numpy()
    return float(np.abs(got - ref).max())  # all positions, padded ones included


def main():
    from export import load_model
    from wordpiece import WordPiece
    ap = argparse.ArgumentParser()
    ap.add_argument("--onnx", required=True)
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--vocab", required=True)
    ap.add_argument("--tol", type=float, default=1e-4)
    ap.add_argument("--lang", default="en", choices=sorted(FIXED_TEXTS))
    ap.add_argument("--dequantized", action="store_true",
                    help="int8 graph: compare with torch running the dequantized weights")
    args = ap.parse_args()
    model, _ = load_model(args.ckpt)
    if args.dequantized:
        from quantize import dequantized_state
        sd = dequantized_state(args.onnx)
        model.load_state_dict({k: sd.get("model." + k, v) for k, v in model.state_dict().items()})
    ids, att = fixed_inputs(WordPiece.load(args.vocab), args.lang)
    d = compare(args.onnx, model, ids, att)
    print(f"{args.onnx}: max |onnx - torch| logits = {d:.2e} (tolerance {args.tol:g})")
    sys.exit(0 if d <= args.tol else 1)


if __name__ == "__main__":
    main()
