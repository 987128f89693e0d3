"""Export a checkpoint to public/models/cloze-mini/ in the transformers.js layout:
onnx/model.onnx, config.json, tokenizer.json, tokenizer_config.json (README.md
is written by model_card.py).

Usage: python3 export.py --ckpt work/ckpt.pt --out ../../public/models/cloze-mini
"""
import argparse
import json
import os
import sys

import onnx
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bert import BertForMaskedLM  # noqa: E402
from wordpiece import SPECIALS, WordPiece  # noqa: E402


class Logits(torch.nn.Module):
    """ONNX entry point: the three standard BERT inputs -> full logits."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.model(input_ids, attention_mask, token_type_ids)


def load_model(ckpt_path):
    ck = torch.load(ckpt_path)
    model = BertForMaskedLM(ck["config"])
    model.load_state_dict(ck["model"])
    model.eval()
    return model, ck


def config_json(c):
    return {"model_type": "bert", "architectures": ["BertForMaskedLM"],
            "vocab_size": c["vocab_size"], "hidden_size": c["hidden_size"],
            "num_hidden_layers": c["num_hidden_layers"], "num_attention_heads": c["num_attention_heads"],
            "intermediate_size": c["intermediate_size"], "hidden_act": "gelu",
            "max_position_embeddings": c["max_position_embeddings"], "type_vocab_size": c["type_vocab_size"],
            "layer_norm_eps": c["layer_norm_eps"], "pad_token_id": c["pad_token_id"],
            "hidden_dropout_prob": c["hidden_dropout_prob"],
            "attention_probs_dropout_prob": c["attention_probs_dropout_prob"],
            "initializer_range": c["initializer_range"]}


def tokenizer_json(tokens):
    vocab = {t: i for i, t in enumerate(tokens)}

    def special(t, type_id=0):
        return {"SpecialToken": {"id": t, "type_id": type_id}}

    def seq(name, type_id):
        return {"Sequence": {"id": name, "type_id": type_id}}

    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [{"id": vocab[t], "content": t, "single_word": False, "lstrip": False,
                          "rstrip": False, "normalized": False, "special": True} for t in SPECIALS],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [special("[CLS]"), seq("A", 0), special("[SEP]")],
            "pair": [special("[CLS]"), seq("A", 0), special("[SEP]"), seq("B", 1), special("[SEP]", 1)],
            "special_tokens": {t: {"id": t, "ids": [vocab[t]], "tokens": [t]} for t in ("[CLS]", "[SEP]")},
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": vocab},
    }


TOKENIZER_CONFIG = {"tokenizer_class": "BertTokenizer", "do_lower_case": True, "model_max_length": 128,
                    "cls_token": "[CLS]", "sep_token": "[SEP]", "mask_token": "[MASK]",
                    "pad_token": "[PAD]", "unk_token": "[UNK]", "clean_up_tokenization_spaces": True}


def write_json(path, obj, indent=2):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=indent, ensure_ascii=False)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "work", "ckpt.pt"))
    ap.add_argument("--vocab", default=os.path.join(HERE, "work", "vocab.txt"))
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "public", "models", "cloze-mini"))
    args = ap.parse_args()
    torch.manual_seed(0)

    model, ck = load_model(args.ckpt)
    wp = WordPiece.load(args.vocab)
    assert len(wp.tokens) == ck["config"]["vocab_size"]
    os.makedirs(os.path.join(args.out, "onnx"), exist_ok=True)

    # Dummy input with padding in the second row, so the traced graph is the
    # general (padded) one; shapes are dynamic anyway.
    a = [2] + wp.encode("the movie was [MASK] .") + [3]
    b = [2] + wp.encode("good") + [3]  # any vocabulary (cloze-lab-zh spells "good" in pieces)
    ids = torch.tensor([a + [0] * (len(b) - len(a)), b + [0] * (len(a) - len(b))])
    att = (ids != 0).long()
    path = os.path.join(args.out, "onnx", "model.onnx")
    torch.onnx.export(Logits(model), (ids, att, torch.zeros_like(ids)), path, opset_version=14,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                      dynamic_axes={n: {0: "batch", 1: "sequence"}
                                    for n in ("input_ids", "attention_mask", "token_type_ids", "logits")},
                      do_constant_folding=False)  # keep the tied decoder weight shared (folding would store a transposed copy)
    m = onnx.load(path)
    onnx.checker.check_model(m)
    assert not any(t.data_location == onnx.TensorProto.EXTERNAL for t in m.graph.initializer)
    print(f"onnx: {path} {os.path.getsize(path) / 1e6:.2f} MB, ops "
          f"{sorted({n.op_type for n in m.graph.node})}")

    write_json(os.path.join(args.out, "config.json"), config_json(ck["config"]))
    write_json(os.path.join(args.out, "tokenizer.json"), tokenizer_json(wp.tokens))
    write_json(os.path.join(args.out, "tokenizer_config.json"), TOKENIZER_CONFIG)
    print(f"wrote config.json, tokenizer.json, tokenizer_config.json to {args.out}")


if __name__ == "__main__":
    main()
