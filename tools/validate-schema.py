#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema (draft 2020-12): validate-schema.py SCHEMA FILE...
Prints one line per invalid file and exits 1 if any is invalid. Needs the jsonschema package
(tools/setup.sh installs it into .tools/venv)."""
import json
import sys

from jsonschema import Draft202012Validator

schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8-sig") as fh:
        doc = json.load(fh)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        print("%s: %s: %s" % (path, "/".join(map(str, e.absolute_path)), e.message))
    bad += bool(errors)
print("%d files, %d invalid" % (len(sys.argv) - 2, bad))
sys.exit(1 if bad else 0)
