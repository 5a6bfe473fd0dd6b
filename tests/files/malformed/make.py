#!/usr/bin/env python3
"""Writes the malformed annotation files next to this script from ../valid/small.whosaid.json,
one mutation each. The message each must produce is in expected.txt (checked by
tests/formats.rs); rerun this only to add cases."""
import copy, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
base = json.load(open(os.path.join(HERE, "..", "valid", "small.whosaid.json"), encoding="utf-8"))


def put(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(HERE, name), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)


def mutate(name, change):
    d = copy.deepcopy(base)
    change(d)
    put(name, json.dumps(d, ensure_ascii=False, indent=2))


def setter(path, value):
    def change(d):
        *head, last = path
        for k in head:
            d = d[k]
        d[last] = value
    return change


def deleter(path):
    def change(d):
        *head, last = path
        for k in head:
            d = d[k]
        del d[last]
    return change


put("empty.json", "")
put("blank.json", "   \n\n")
put("not-json.json", "Envoys meet in Riyadh\n")
put("truncated.json", json.dumps(base, indent=2)[:300])
put("trailing-comma.json", '{\n  "format": "whosaid",\n  "version": 1,\n}\n')
put("latin1.json", '{"format": "whosaid", "annotator": "Zoë"}'.encode("latin-1"))
put("array-of-numbers.json", "[1, 2, 3]")
put("plain-object.json", '{"name": "a shopping list"}')
put("text.json", '"whosaid"')
mutate("wrong-format.json", setter(["format"], "hypothesis"))
mutate("newer-version.json", lambda d: d.update(version=2, app_version="0.4.0"))
mutate("version-zero.json", setter(["version"], 0))
mutate("version-text.json", setter(["version"], "1"))
mutate("no-article.json", deleter(["article"]))
mutate("article-text-number.json", setter(["article", "text"], 42))
mutate("fingerprint-mismatch.json", setter(["article", "fingerprint"], "0" * 64))
mutate("blocks-count.json", setter(["article", "blocks"], ["title", "paragraph"]))
mutate("blocks-unknown.json", setter(["article", "blocks", 1], "caption"))
mutate("topics-not-list.json", setter(["topics"], {"id": "topic-1"}))
mutate("quote-not-object.json", setter(["quotes", 1], "quote-2"))
mutate("quote-missing-id.json", deleter(["quotes", 1, "id"]))
mutate("quote-missing-kind.json", deleter(["quotes", 1, "kind"]))
mutate("quote-kind-unknown.json", setter(["quotes", 1, "kind"], "indirect"))
mutate("quote-confidence-text.json", setter(["quotes", 0, "confidence"], "high"))
mutate("quote-confidence-range.json", setter(["quotes", 0, "confidence"], 1.5))
mutate("quote-speaker-dangling.json", setter(["quotes", 0, "speaker"], "actor-9"))
mutate("quote-start-after-end.json", setter(["quotes", 1, "anchor", "start_cp"], 151))
mutate("quote-past-end.json", lambda d: (d["quotes"][1]["anchor"].update(start_cp=400, end_cp=410)))
mutate("quote-negative-offset.json", setter(["quotes", 1, "anchor", "start_cp"], -3))
mutate("quote-exact-elsewhere-missing.json", setter(["quotes", 1, "anchor", "exact"], "a gift to Kyiv"))
mutate("mention-actor-dangling.json", setter(["mentions", 2, "actor"], "actor-ghost"))
mutate("duplicate-id.json", setter(["quotes", 1, "id"], "quote-1"))
mutate("duplicate-id-across.json", setter(["notes", 0, "id"], "actor-1"))
mutate("actor-kind-unknown.json", setter(["actors", 0, "kind"], "politician"))
mutate("actor-deleted-text.json", setter(["actors", 0, "deleted"], "no"))
mutate("stance-value-unknown.json", setter(["stances", 0, "value"], "strongly favor"))
mutate("stance-topic-dangling.json", setter(["stances", 0, "topic"], "topic-7"))
mutate("stance-target-type.json", setter(["stances", 0, "target", "type"], "note"))
mutate("stance-id-mismatch.json", setter(["stances", 0, "id"], "stance-1"))
mutate("provenance-missing.json", deleter(["notes", 0, "provenance"]))
mutate("provenance-origin-unknown.json", setter(["notes", 0, "provenance", "origin"], "imported"))
mutate("provenance-bad-time.json", setter(["notes", 0, "provenance", "created"], "yesterday at noon"))
mutate("exported-bad-time.json", setter(["exported"], "29/11/2026"))
mutate("note-text-missing.json", deleter(["notes", 0, "text"]))
mutate("text-not-normalised.json", lambda d: d["article"].update(text=d["article"]["text"] + "  "))
put("w3c-no-article.json", json.dumps({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
    "id": "http://example.org/anno1", "body": {"type": "TextualBody", "value": "Hm."},
    "target": {"source": "http://example.org/page1", "selector": {"type": "TextQuoteSelector", "exact": "Riyadh"}}}))
put("w3c-page-items-missing.json", json.dumps({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "id": "http://example.org/p1"}))
