"""Reads an Isnad JSONL export the way a Python (spaCy, Flair) user does: line by line with the
standard json module, slicing each text by the label offsets. Python str indices are code points,
which is what spaCy's Doc.char_span(start, end) relies on. Prints JSON: [{id, spans: [[s, e, label,
text[s:e]]]}] (ASCII-escaped, so the console's encoding does not matter)."""
import json
import sys

out = []
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for number, line in enumerate(f, 1):
        if not line.endswith("\n"):
            sys.exit(f"line {number} has no line end")
        record = json.loads(line)
        text = record["text"]
        spans = []
        for start, end, label in record["label"]:
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
                sys.exit(f"line {number}: span [{start}, {end}) is outside the text")
            spans.append([start, end, label, text[start:end]])
        out.append({"id": record["id"], "spans": spans})
print(json.dumps(out))
