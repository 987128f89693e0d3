"""Vocabulary builder: special tokens, forced (label) words stay single tokens."""
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from wordpiece import COMMON, SPECIALS, WordPiece, build_vocab  # noqa: E402

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


if __name__ == "__main__":
    unittest.main()
