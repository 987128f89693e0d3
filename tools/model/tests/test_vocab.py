"""Vocabulary builder: special tokens, forced (label) words stay single tokens."""
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from wordpiece import COMMON, SPECIALS, WordPiece, _is_chinese, build_vocab  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
ZH_TEXT = """房间很干净，服务也很热情。总之，很好。
菜又贵又难吃，等了一个小时。总之，很差。
这部电影真棒，演员的演技也不错。
剧情太烂了，没有一点意思，别去看。
The ls command lists files.
""" * 20
ZH_LABEL_WORDS = ["好", "差", "棒", "烂", "很", "不"]  # the Chinese defaults' label words and 很/不

TEXT = """the movie was great and the acting was superb .
the plot was terrible , the jokes were bad .
she walked to the store and bought some bread .
unbelievably overwrought , the screenplay meanders .
""" * 20


class VocabTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        path = os.path.join(cls.tmp.name, "corpus.txt")
        with open(path, "w") as f:
            f.write(TEXT)
        cls.forced = sorted(set(COMMON) | {"great", "good", "terrible", "bad", "delightful", "dreadful"})
        cls.vocab = build_vocab(path, 400, cls.forced)
        cls.wp = WordPiece(cls.vocab)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_special_tokens_first(self):
        self.assertEqual(self.vocab[:5], SPECIALS)
        self.assertEqual(len(set(self.vocab)), len(self.vocab))
        self.assertLessEqual(len(self.vocab), 400)

    def test_label_words_single_tokens(self):
        for w in self.forced:
            self.assertEqual(len(self.wp.encode(w)), 1, w)
        for w in ("great", "good", "terrible", "bad"):  # the app's default label words
            self.assertEqual(self.wp.encode(w), [self.wp.vocab[w]])

    def test_template_rendering(self):
        ids = self.wp.encode("Great film. It was [MASK].")
        self.assertIn(4, ids)  # [MASK] found in the raw text
        self.assertEqual(self.wp.encode("It was"), self.wp.encode("it was"))  # lowercased
        self.assertEqual(self.wp.decode(self.wp.encode("unbelievably overwrought")), "unbelievably overwrought")

    def test_lab_vocab_if_built(self):
        path = os.path.join(os.path.dirname(HERE), "work-lab", "vocab.txt")
        if not os.path.exists(path):
            self.skipTest("work-lab/vocab.txt not built")
        wp = WordPiece.load(path)
        self.assertEqual(wp.tokens[:5], SPECIALS)
        for w in ("great", "good", "terrible", "bad"):
            self.assertEqual(len(wp.encode(w)), 1, w)


class ChineseVocabTest(unittest.TestCase):
    """Character-level vocabulary (bert-base-chinese style) for cloze-lab-zh."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        path = os.path.join(cls.tmp.name, "corpus.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(ZH_TEXT)
        # reference counts make a rare character outrank a frequent one of the corpus
        cls.vocab = build_vocab(path, 300, ZH_LABEL_WORDS, max_cjk=20, cjk_counts={"的": 10 ** 6, "了": 10 ** 6})
        cls.wp = WordPiece(cls.vocab)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_cjk_budget_and_no_continuations(self):
        cjk = [t for t in self.vocab if len(t) == 1 and _is_chinese(ord(t))]
        self.assertEqual(len(cjk), 20)
        self.assertIn("的", cjk)  # from the reference counts only
        self.assertFalse([t for t in self.vocab if t.startswith("##") and _is_chinese(ord(t[2]))])
        self.assertIn("ls", self.vocab)  # ASCII words still get whole-word tokens

    def test_label_words_single_tokens(self):
        for w in ZH_LABEL_WORDS:
            self.assertEqual(self.wp.encode(w), [self.wp.vocab[w]], w)

    def test_template_rendering(self):
        ids = self.wp.encode("房间很干净。总之，很[MASK]。")
        self.assertEqual(ids[-2:], [4, self.wp.vocab["。"]])
        self.assertEqual(ids[-3], self.wp.vocab["很"])

    def test_shipped_zh_tokenizer_if_present(self):
        """The tokenizer the app loads for cloze-lab-zh: label words are single tokens,
        the vocabulary is character level with about 6k CJK characters."""
        import json
        path = os.path.join(ROOT, "public", "models", "cloze-lab-zh", "tokenizer.json")
        if not os.path.exists(path):
            self.skipTest("public/models/cloze-lab-zh not exported yet")
        vocab = json.load(open(path, encoding="utf-8"))["model"]["vocab"]
        wp = WordPiece(sorted(vocab, key=vocab.get))
        self.assertEqual(wp.tokens[:5], SPECIALS)
        for w in ZH_LABEL_WORDS + ["满", "意", "总", "之", "，", "。"]:
            self.assertEqual(len(wp.encode(w)), 1, w)
        cjk = sum(1 for t in wp.tokens if len(t) == 1 and _is_chinese(ord(t)))
        self.assertGreater(cjk, 5000)
        self.assertLess(cjk, 7000)


if __name__ == "__main__":
    unittest.main()
