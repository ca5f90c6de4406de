#!/usr/bin/env python3
"""Self-test of score.py: a hand-made report against a hand-made topic, and
validation of every topic in tests/generalization/. Standard library only:
    python3 bench/accuracy/test_score.py
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

FACTS = """# fact\troles\ttype\tcompare\tscope\tsymmetric
border_length\ta:country b:country\tlength\twithin 3%\t\tyes
trade_volume\ta:country b:country\tmoney\twithin 2%\tyear\tyes
rank\tpartner:country of:country\tordinal\texact\t\tno
opened\t\tyear\texact\t\tno
"""

EXPECTED = """# document\tline\tfact\troles\tvalue\tscope\tevidence
a.md\t4\tborder_length\ta=China b=Russia\t4209000 m\t\t4,209 km
b.md\t5\tborder_length\ta=China b=Russia\t~4600000 m\t\t4,600 km
a.md\t5\ttrade_volume\ta=China b=Russia\t>240e9 USD\t2023\tover $240 billion
a.md\t7\trank\tpartner=China of=Russia\t1\t\tlargest
b.md\t7\topened\t\t2019\t\tDecember 2019
"""

VERDICTS = """# key\tscope\tverdict
border_length(China, Russia)\t\tconflicting
trade_volume(China, Russia)\t2023\tsingle-source
rank(China, Russia)\t\tsingle-source
opened()\t\tsingle-source
"""

DOC_A = "---\ndate: 2024-01-01\n---\nThe 4,209 km border.\nTrade was over $240 billion.\n\nChina is the largest.\n"
DOC_B = "---\ndate: 2024-01-02\n---\n\nA border of some 4,600 km.\n\nOpened in December 2019.\n"


def stmt(doc, line, lo, hi=None, unit="", scope=""):
    s = {"document": f"/x/docs/{doc}", "line": line, "column": 1, "text": "", "value_text": "", "sentence": ""}
    if scope:
        s["scope"] = scope
    return {"value": str(lo), "normalized": {"lo": lo, "hi": lo if hi is None else hi, "unit": unit},
            "statements": [s]}


def report():
    # factlint's key order for the symmetric border is sorted; the trade key is
    # written reversed on purpose, as a writer's rules might produce it.
    return {"schema": "factlint/v1", "errors": [], "findings": [
        {"fact": "border_length", "key": "border_length(China, Russia)", "verdict": "conflicting",
         "values": [stmt("a.md", 4, 4209000.0, unit="m"), stmt("b.md", 6, 4600000.0, unit="m")]},
        {"fact": "trade_volume", "key": "trade_volume(Russia, China)", "verdict": "single-source", "scope": "2023",
         "values": [stmt("a.md", 5, 240e9, None, unit="USD", scope="2023")]},
        # Wrong direction: China is the partner, not Russia.
        {"fact": "rank", "key": "rank(Russia, China)", "verdict": "single-source",
         "values": [stmt("a.md", 7, 1, unit="")]},
        {"fact": "opened", "key": "opened", "verdict": "conflicting",
         "values": [stmt("b.md", 7, "2019-12-01", "2019-12-31"), stmt("b.md", 2, "2020-01-01", "2020-12-31")]},
        {"fact": "not_in_brief", "key": "not_in_brief(China)", "verdict": "conflicting", "values": []},
    ]}


class Topic:
    def __init__(self):
        self.dir = tempfile.TemporaryDirectory()
        root = self.dir.name
        os.makedirs(os.path.join(root, "docs"))
        for name, text in (("facts.tsv", FACTS), ("expected.tsv", EXPECTED), ("verdicts.tsv", VERDICTS),
                           ("docs/a.md", DOC_A), ("docs/b.md", DOC_B)):
            with open(os.path.join(root, name), "w", encoding="utf-8") as fh:
                fh.write(text)
        self.facts = score.load_facts(root)
        self.expected = score.load_expected(root, self.facts)
        self.verdicts = score.load_verdicts(root)


class ScoreTest(unittest.TestCase):
    def setUp(self):
        self.topic = Topic()
        self.r = score.score(self.topic.expected, self.topic.verdicts, report(), self.topic.facts)

    def tearDown(self):
        self.topic.dir.cleanup()

    def test_statements_match_with_line_slack_hedges_and_symmetric_keys(self):
        s = self.r["statements"]
        # border a.md:4, border b.md:6 (expected 5, slack 1), trade (reversed symmetric key,
        # open interval), opened 2019; not the reversed rank nor the 2020 reading.
        self.assertEqual(s["matched"], 4)
        self.assertEqual(s["found"], 6)
        self.assertAlmostEqual(s["recall"], 4 / 5)
        self.assertAlmostEqual(s["precision"], 4 / 6)
        self.assertEqual([e["fact"] for e in self.r["missed"]], ["rank"])

    def test_verdicts_count_a_missing_key_as_wrong(self):
        v = self.r["verdicts"]
        # border right, trade right, rank not found (reported under the reversed key), opened wrong.
        self.assertEqual(v["right"], 2)
        self.assertEqual(v["not_found"], 1)
        self.assertAlmostEqual(v["accuracy"], 2 / 4)
        self.assertAlmostEqual(v["accuracy_lenient"], 3 / 4)
        self.assertEqual(v["extra_keys"], ["rank(Russia, China)"])

    def test_conflicting_precision(self):
        c = self.r["conflicting"]
        self.assertEqual((c["reported"], c["true"], c["expected"]), (2, 1, 1))
        self.assertAlmostEqual(c["precision"], 0.5)
        self.assertEqual(self.r["unknown_facts"], ["not_in_brief"])

    def test_misses_are_sorted_by_cause(self):
        # The reversed rank on the expected line is a misreading, not a miss.
        r = score.score(self.topic.expected, self.topic.verdicts, report(), self.topic.facts, audit={})
        self.assertEqual(r["miss_causes"], {"misread: other entity": 1})
        self.assertIsNone(self.r["miss_causes"])
        audit = score.parse_audit(
            "opened: 2 sentences with its words gave no statement\n"
            "  /t/docs/c.md:4:1  cue 'opened' and the year value '1937' are vetoed by 'plan'\n"
            "    \"It was planned to open in 1937.\"\n"
            "  /t/docs/c.md:9:5  a cue matched with a value, but its roles (x (y)) were not all named\n"
            "\n2 near misses in 1 fact\n")
        self.assertEqual(audit, {("c.md", 4): [("opened", "veto word")], ("c.md", 9): [("opened", "roles not named")]})
        row = {"document": "c.md", "line": 3, "fact": "opened", "key": "opened"}
        self.assertEqual(score.miss_cause(row, [], audit), "near miss: veto word")
        self.assertEqual(score.miss_cause(dict(row, line=6), [], audit), "no cue or pattern in reach")
        self.assertEqual(score.miss_cause(dict(row, fact="rank"), [], audit), "no cue or pattern in reach")
        # A sentence that stated the fact once and left a second figure unread has a cause of its own.
        audit = score.parse_audit(
            "cover: 1 sentence with its words gave no statement or left a figure unread\n"
            "  /t/docs/c.md:5:40  the sentence gave a statement ('41%'), but left a second percent value, '29%', "
            "unread (a list of figures or the other end of a change)\n"
            "    \"Cover was 41% in the north and 29% in the south.\"\n"
            "\n1 near miss in 1 fact\n")
        self.assertEqual(audit, {("c.md", 5): [("cover", "second figure unread")]})

    def test_values(self):
        self.assertTrue(score.value_match("2019", "year", {"lo": "2019-12-02", "hi": "2019-12-02"}))
        self.assertFalse(score.value_match("2022-02-04", "date", {"lo": "2022-02-01", "hi": "2022-02-28"}))
        self.assertTrue(score.value_match("~4184294.4 m", "length", {"lo": 4184294.4, "hi": 4184294.4, "unit": "m"}))
        self.assertFalse(score.value_match("4209000 m", "length", {"lo": 4600000, "hi": 4600000, "unit": "m"}))
        self.assertFalse(score.value_match("365 EUR", "money", {"lo": 365, "hi": 365, "unit": "USD"}))
        # A fact of money per year or per vehicle reads "USD/yr"; expected.tsv writes "USD".
        self.assertTrue(score.value_match("76607 USD", "money", {"lo": 76607, "hi": 76607, "unit": "USD/yr"}))
        self.assertFalse(score.value_match("76607 EUR", "money", {"lo": 76607, "hi": 76607, "unit": "USD/yr"}))
        self.assertTrue(score.value_match("<40", "count", {"lo": None, "hi": 40, "unit": ""}))
        # Versions are dotted numbers, not figures: '17.2' is factlint's '17.2.0', not 17.20.
        self.assertTrue(score.value_match("17.2", "version", {"lo": "17.2.0", "hi": "17.2.0", "unit": ""}))
        self.assertFalse(score.value_match("17.2", "version", {"lo": "17.20.0", "hi": "17.20.0", "unit": ""}))
        self.assertFalse(score.value_match("9.6", "version", {"lo": "9.6.24", "hi": "9.6.24", "unit": ""}))

    def test_reference_tolerance_holds_for_negative_figures(self):
        # -223 °C agrees with itself and with "below -223.15"; -233 does not agree with -223.3.
        self.assertTrue(score.within(score.expected_interval("-223"), score.expected_interval("-223"), 0.03))
        self.assertTrue(score.within(score.expected_interval("<-223.15"), score.expected_interval("~-223.3"), 0.03))
        self.assertFalse(score.within(score.expected_interval("-233"), score.expected_interval("-223.3"), 0.03))
        self.assertTrue(score.within(score.expected_interval("4209000"), score.expected_interval("4184294.4"), 0.03))
        self.assertFalse(score.within(score.expected_interval("<40"), score.expected_interval("45"), 0.03))

    def test_each_statement_is_scored_by_its_own_value_text(self):
        # Agreeing statements share one group value in the report; the reader must
        # score "4,600 km" by what it says, not by its group's 4,209 km.
        class Reader(score.StatementReader):
            def read(self, vtype, text, date, fallback):
                return {"lo": 4600000.0, "hi": 4600000.0, "unit": "m"} if text == "4,600 km" else fallback
        rep = report()
        border = rep["findings"][0]
        border["values"] = [stmt("a.md", 4, 4209000.0, unit="m"), stmt("b.md", 6, 4209000.0, unit="m")]
        border["values"][1]["statements"][0]["value_text"] = "4,600 km"
        plain = score.score(self.topic.expected, self.topic.verdicts, rep, self.topic.facts)
        reread = score.score(self.topic.expected, self.topic.verdicts, rep, self.topic.facts, Reader(None))
        self.assertEqual(plain["statements"]["matched"], 3)
        self.assertEqual(reread["statements"]["matched"], 4)

    def test_a_date_is_scored_by_the_statement_s_own_reading(self):
        # "in December" under a timeline's "**2019.**": read again against the
        # publication date it would be December 2023, but factlint read it in 2019.
        class Reader(score.StatementReader):
            def read(self, vtype, text, date, fallback):
                return {"lo": "2023-12-01", "hi": "2023-12-31"} if text == "December" else fallback
        rep = report()
        opened = rep["findings"][3]
        opened["values"] = [stmt("b.md", 7, "2020-01-01", "2020-12-31")]
        s = opened["values"][0]["statements"][0]
        s["value_text"] = "December"
        s["normalized"] = {"lo": "2019-12-01", "hi": "2019-12-31"}
        own = score.score(self.topic.expected, self.topic.verdicts, rep, self.topic.facts, Reader(None))
        self.assertEqual(own["statements"]["matched"], 4)
        del s["normalized"]
        reread = score.score(self.topic.expected, self.topic.verdicts, rep, self.topic.facts, Reader(None))
        self.assertEqual(reread["statements"]["matched"], 3)

    def test_validation_finds_a_wrong_line_and_a_wrong_verdict(self):
        t = self.topic
        self.assertEqual(score.validate(t.dir.name, t.facts, t.expected, t.verdicts), [])
        t.expected[0]["line"] = 5
        t.verdicts[("border_length(China, Russia)", "")] = "consistent"
        problems = score.validate(t.dir.name, t.facts, t.expected, t.verdicts)
        self.assertEqual(len(problems), 2, problems)


class TopicsTest(unittest.TestCase):
    def test_every_topic_validates(self):
        root = os.path.join(REPO, "tests", "generalization")
        topics = [os.path.join(root, d) for d in sorted(os.listdir(root))
                  if os.path.exists(os.path.join(root, d, "facts.tsv"))]
        self.assertTrue(topics)
        for topic in topics:
            facts = score.load_facts(topic)
            expected = score.load_expected(topic, facts)
            verdicts = score.load_verdicts(topic)
            self.assertEqual(score.validate(topic, facts, expected, verdicts), [], topic)


    @unittest.skipUnless(os.environ.get("FACTLINT"), "set FACTLINT to the factlint binary")
    def test_every_topic_loads_without_diagnostics(self):
        root = os.path.join(REPO, "tests", "generalization")
        with tempfile.TemporaryDirectory() as tmp:
            rules = os.path.join(tmp, "any.facts")
            with open(rules, "w", encoding="utf-8") as fh:
                fh.write('entity Vienna\nfact f(c: entity) -> y: year {\n  pattern {c} ... in {y}\n'
                         '  example "Vienna in 1900" => c=Vienna y=1900\n}\n')
            for topic in sorted(os.listdir(root)):
                docs = os.path.join(root, topic, "docs")
                if not os.path.isdir(docs):
                    continue
                proc = subprocess.run([os.environ["FACTLINT"], "check", "--no-db", "--format", "json",
                                       "--rules", rules, docs], cwd=tmp, capture_output=True, text=True)
                self.assertIn(proc.returncode, (0, 1), proc.stderr)
                report = json.loads(proc.stdout)
                self.assertEqual(report["errors"], [], topic)
                self.assertEqual(proc.stderr.strip(), "", topic)
                self.assertEqual(report["summary"]["documents"], len(os.listdir(docs)), topic)


if __name__ == "__main__":
    unittest.main()
