"""Export: ONNX logits match torch within 1e-4; the int8 variant stays close."""
import os
import sys
import tempfile
import unittest

import numpy as np
import onnx
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import export  # noqa: E402
import onnx_check  # noqa: E402
import quantize  # noqa: E402
from bert import CONFIG, BertForMaskedLM  # noqa: E402
from wordpiece import WordPiece, build_vocab  # noqa: E402

TEXT = "a moving , beautifully acted film . it was great .\nshe went to the store .\n" * 10


ZH_TEXT = "房间很干净，服务也很热情。总之，很好。\n我今天看了一本书。总之，很差。\n" * 10


class ExportTest(unittest.TestCase):
    LANG, TEXT, SIZE = "en", TEXT, 120
    FORCED = ["great", "terrible", "good", "it", "was", "the", "movie"]

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        d = cls.tmp.name
        with open(os.path.join(d, "corpus.txt"), "w", encoding="utf-8") as f:
            f.write(cls.TEXT)
        extra = dict(max_cjk=40) if cls.LANG == "zh" else {}
        vocab = build_vocab(os.path.join(d, "corpus.txt"), cls.SIZE, cls.FORCED, **extra)
        with open(os.path.join(d, "vocab.txt"), "w") as f:
            f.write("\n".join(vocab) + "\n")
        torch.manual_seed(0)
        config = dict(CONFIG, vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2,
                      num_attention_heads=2, intermediate_size=64)
        model = BertForMaskedLM(config)
        with torch.no_grad():  # non-trivial LayerNorm/bias values
            for p in model.parameters():
                p.add_(torch.randn_like(p) * 0.05)
        cls.ckpt = os.path.join(d, "ckpt.pt")
        torch.save({"model": model.state_dict(), "config": config, "step": 0, "done": True}, cls.ckpt)
        cls.out = os.path.join(d, "model")
        argv = sys.argv
        sys.argv = ["export.py", "--ckpt", cls.ckpt, "--vocab", os.path.join(d, "vocab.txt"), "--out", cls.out]
        try:
            export.main()
        finally:
            sys.argv = argv
        cls.model, _ = export.load_model(cls.ckpt)
        cls.wp = WordPiece(vocab)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_layout(self):
        for f in ("config.json", "tokenizer.json", "tokenizer_config.json", "onnx/model.onnx"):
            self.assertTrue(os.path.exists(os.path.join(self.out, f)), f)
        m = onnx.load(os.path.join(self.out, "onnx", "model.onnx"))
        self.assertEqual([i.name for i in m.graph.input], ["input_ids", "attention_mask", "token_type_ids"])
        self.assertEqual([o.name for o in m.graph.output], ["logits"])
        self.assertEqual(m.opset_import[0].version, 14)

    def test_onnx_matches_torch(self):
        ids, att = onnx_check.fixed_inputs(self.wp, self.LANG)
        self.assertTrue((att == 0).any())  # padded batch
        self.assertLess(float((ids == self.wp.unk).mean()), 0.2)  # real tokens, not a row of [UNK]
        d = onnx_check.compare(os.path.join(self.out, "onnx", "model.onnx"), self.model, ids, att)
        self.assertLess(d, 1e-4)

    def test_quantized(self):
        src = os.path.join(self.out, "onnx", "model.onnx")
        dst = os.path.join(self.out, "onnx", "model_quantized.onnx")
        m = onnx.load(src)
        n = quantize.quantize(m, min_size=1000)
        self.assertGreater(n, 0)
        onnx.checker.check_model(m)
        onnx.save(m, dst)
        self.assertIn("DequantizeLinear", {x.op_type for x in m.graph.node})
        # the graph computes exactly the dequantized weights ...
        qmodel, _ = export.load_model(self.ckpt)
        sd = quantize.dequantized_state(dst)
        qmodel.load_state_dict({k: sd.get("model." + k, v) for k, v in qmodel.state_dict().items()})
        ids, att = onnx_check.fixed_inputs(self.wp, self.LANG)
        self.assertLess(onnx_check.compare(dst, qmodel, ids, att), 1e-4)
        # ... which stay close to the fp32 weights (per-row int8)
        w = self.model.bert.embeddings.word_embeddings.weight.detach()
        wq = sd["model.bert.embeddings.word_embeddings.weight"]
        self.assertLessEqual(float((w - wq).abs().max()), float(w.abs().max()) / 127 + 1e-6)


class ChineseExportTest(ExportTest):
    """The same checks for a character-level Chinese vocabulary and Chinese inputs
    ("房间很干净，服务也很热情。总之，很[MASK]。")."""
    LANG, TEXT, SIZE = "zh", ZH_TEXT, 120
    FORCED = ["好", "差", "棒", "烂", "很", "不"]


if __name__ == "__main__":
    unittest.main()
