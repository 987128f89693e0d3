"""Corpus generator: no duplicate flood, polarity consistent, no evaluation data."""
import builtins
import collections
import os
import random
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus as base  # noqa: E402
import corpus_lab as cl  # noqa: E402
import lexicon as lx  # noqa: E402

NEUTRAL = ["the cat sat on the mat .", "we took the early train ."]


class CorpusLabTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.W = cl.Words()
        rng = random.Random(cl.SEED)
        cls.reviews = [cl.review(rng, cls.W, NEUTRAL) for _ in range(5000)]

    def test_no_duplicate_flood(self):
        texts = [cl.render(b, v, random.Random(i)) for i, (_, b, v) in enumerate(self.reviews)]
        counts = collections.Counter(texts)
        self.assertGreater(len(counts) / len(texts), 0.97)  # < 3% duplicates before dedup
        self.assertLessEqual(max(counts.values()), 3)

    def test_polarity_consistent(self):
        lex = lx.lexicon()
        agree = n = 0
        for lab, body, verdict in self.reviews:
            if verdict is not None:  # the verdict word always matches the label
                words = set(verdict.split())
                side = cl.POS_V if lab == 1 else cl.NEG_V if lab == 0 else cl.NEU_V
                self.assertTrue(words & set(side), (lab, verdict))
                others = (set(cl.POS_V) | set(cl.NEG_V) | set(cl.NEU_V)) - set(side)
                self.assertFalse(words & others, (lab, verdict))
            if lab < 2:  # the body reads the same way under the lexicon scorer
                s, _ = lx.score(" ".join(body), lex)
                agree += (s > 0) == (lab == 1)
                n += 1
        self.assertGreater(agree / n, 0.9)
        self.assertLess(abs(sum(lab == 1 for lab, _, _ in self.reviews) / n - 0.5), 0.05)

    def test_negation_and_contrast(self):
        """The clause after "but" / the main clause carries the label; a negated
        word has the opposite polarity of the label ("not good" -> negative)."""
        lex, rng, W = lx.lexicon(), random.Random(1), self.W
        for _ in range(300):
            side = rng.choice([1, -1])
            polar = [lex[t][0] for t in lx.words(cl.contrast(rng, W, side, "movie", ["acting", "plot", "music"]))
                     if t in lex]
            if polar:
                self.assertGreater(polar[-1] * side, 0)
            polar = [lex[t][0] for t in lx.words(cl.negated(rng, W, side, "movie", ["acting", "plot"])) if t in lex]
            if polar:
                self.assertLess(polar[-1] * side, 0)
            s, _ = lx.score(cl.negated(rng, W, side, "movie", ["acting", "plot"]))
            self.assertLessEqual(-s * side, 0.3)  # the scorer sees the flip too

    def test_generator_words_not_offensive(self):
        for lists in (self.W.adj, self.W.noun, self.W.adv):
            for side in (1, -1):
                self.assertFalse([w for w in lists[side] if cl.BLOCK.search(w)])

    def test_prose_verdict_follows_score(self):
        rng = random.Random(0)
        for s in (0.4, 1.2, -0.4, -1.5):
            for _ in range(50):
                v = cl.prose_verdict(rng, s).split()
                self.assertTrue(set(v) & set(cl.POS_V if s > 0 else cl.NEG_V))

    def test_sources_exclude_evaluation_data(self):
        # the prose sources are Debian files, the lexicons come from node_modules
        for p in (base.WORDNET, base.GCIDE, base.FORTUNES):
            self.assertTrue(p.startswith("/usr/share/"), p)
        for p in (lx.AFINN, lx.VADER):
            self.assertIn("node_modules", p)
        for mod in (cl, lx, base):
            src = open(mod.__file__).read()
            for bad in ("shared/data", "sst2", "cr-train", "subj-train", "trec-train"):
                self.assertNotIn(bad, src, mod.__file__)
        # and nothing under ../shared is opened while building the generator's word lists
        opened, real_open = [], builtins.open

        def spy(path, *a, **k):
            opened.append(str(path))
            return real_open(path, *a, **k)
        builtins.open = spy
        try:
            lx._CACHE.clear()
            cl.Words()
        finally:
            builtins.open = real_open
        self.assertTrue(opened)
        self.assertFalse([p for p in opened if "shared" in p], opened)

    def test_forced_words_cover_label_words(self):
        forced = set(cl.forced_words(self.W, lx.lexicon()))
        for w in ("great", "good", "terrible", "bad") + tuple(cl.POS_V) + tuple(cl.NEG_V):
            self.assertIn(w, forced)


if __name__ == "__main__":
    unittest.main()


class LabelledLinesTest(unittest.TestCase):
    """cl.labelled_lines: the labelled prose lines and their polarity balance."""

    polar = [("a", 0.9), ("b", 0.5), ("c", 0.4), ("d", -0.6)]

    def verdicts(self, lines):
        return [line.split("|")[1] for line in lines]

    def test_unbalanced_repeats_every_sentence(self):
        lines = cl.labelled_lines(self.polar, 2, False, lambda sc: "+" if sc > 0 else "-", "|")
        self.assertEqual(lines, ["a|+", "b|+", "c|+", "d|-"] * 2)

    def test_balanced_gives_both_polarities_the_same_number_of_lines(self):
        lines = cl.labelled_lines(self.polar, 3, True, lambda sc: "+" if sc > 0 else "-", "|")
        self.assertEqual(self.verdicts(lines).count("+"), 9)
        self.assertEqual(self.verdicts(lines).count("-"), 9)
        self.assertEqual([line for line in lines if line.startswith("d")], ["d|-"] * 9)
        self.assertEqual(sorted({line for line in lines if line.endswith("+")}), ["a|+", "b|+", "c|+"])

    def test_balanced_with_one_side_empty_keeps_the_other(self):
        lines = cl.labelled_lines([("a", 0.9)], 2, True, lambda sc: "+", "|")
        self.assertEqual(lines, ["a|+", "a|+"])
