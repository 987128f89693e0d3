"""Training helpers: verdict masking boost, lexicon-informed init, prompt rendering."""
import os
import sys
import unittest

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import train_lab as tl  # noqa: E402
from bert import CONFIG, BertForMaskedLM  # noqa: E402
from wordpiece import SPECIALS, WordPiece  # noqa: E402

TOKENS = SPECIALS + [".", ",", "it", "was", "great", "terrible", "good", "bad", "movie", "the", "wonderful", "awful"]


class TrainLabTest(unittest.TestCase):
    def setUp(self):
        self.wp = WordPiece(TOKENS)

    def test_verdict_words_masked_more(self):
        boost = torch.tensor([self.wp.vocab["great"]])
        ids = torch.full((400, 10), self.wp.vocab["movie"])
        ids[:, 5] = self.wp.vocab["great"]
        _, chosen, _ = tl.mask_tokens(ids, torch.Generator().manual_seed(0), len(TOKENS), boost, 0.8)
        self.assertGreater(chosen[:, 5].float().mean().item(), 0.7)
        self.assertLess(chosen[:, :5].float().mean().item(), 0.25)

    def test_polar_init_separates_label_words(self):
        torch.manual_seed(0)
        model = BertForMaskedLM(dict(CONFIG, vocab_size=len(TOKENS), hidden_size=16, num_hidden_layers=1,
                                     num_attention_heads=2, intermediate_size=32))
        emb = model.bert.embeddings.word_embeddings.weight
        before = emb.detach().clone()
        tl.polar_init(model, self.wp, 0.5)
        moved = (emb.detach() - before).norm(dim=1)
        v = self.wp.vocab
        self.assertEqual(float(moved[v["movie"]]), 0.0)  # not a lexicon word
        d_pos, d_neg = emb[v["great"]] - before[v["great"]], emb[v["terrible"]] - before[v["terrible"]]
        self.assertLess(float(torch.nn.functional.cosine_similarity(d_pos, d_neg, dim=0)), -0.99)
        self.assertTrue(torch.equal(model.cls.predictions.decoder.weight, emb))  # still tied

    def test_prompt_ids(self):
        ids = tl.prompt_ids(self.wp, "The movie was wonderful.")
        self.assertEqual(ids[0], 2)
        self.assertEqual(ids[-3:], [4, self.wp.vocab["."], 3])
        self.assertEqual(ids[-5:-3], [self.wp.vocab["it"], self.wp.vocab["was"]])
        self.assertLessEqual(len(tl.prompt_ids(self.wp, "good " * 300)), tl.MAX_LEN)


class TrainLabZhTest(unittest.TestCase):
    """The Chinese settings: template "{text}总之，很[MASK]。", character polarities."""

    def test_prompt_ids_zh(self):
        wp = WordPiece(SPECIALS + list("。，总之很好差房间干净"))
        ids = tl.prompt_ids(wp, "房间很干净。", lang="zh")
        v = wp.vocab
        self.assertEqual(ids[0], 2)
        self.assertEqual(ids[-7:], [v["总"], v["之"], v["，"], v["很"], 4, v["。"], 3])
        self.assertEqual(ids[1:7], [v[c] for c in "房间很干净。"])

    def test_zh_polar_characters(self):
        import lab_lang
        import lexicon_zh
        if not os.path.exists(lexicon_zh.JIEBA):
            self.skipTest("Chinese sources not unpacked (fetch_zh_sources.sh)")
        polar = lab_lang.spec("zh")["polar"]()
        self.assertGreater(polar["好"], 0)
        self.assertGreater(polar["棒"], 0)
        self.assertLess(polar["差"], 0)
        self.assertLess(polar["烂"], 0)
        for c in "不没别无":  # negation characters occur in 不错 as much as in 不好: no polarity
            self.assertNotIn(c, polar)
        self.assertTrue(all(len(w) == 1 for w in polar))


if __name__ == "__main__":
    unittest.main()
