#!/usr/bin/env python3
"""Helpers around Qt Linguist .ts files that lupdate and lrelease do not offer.

  tstool.py export TS OUT.json     unfinished messages, for translating outside Linguist
  tstool.py import TS IN.json...   translations from JSON files into TS (marks them finished)
  tstool.py check TS...            fails on unfinished messages or placeholders that differ
  tstool.py lint TS IN.json...     the same checks on JSON translations before importing them
  tstool.py pseudo TEMPLATE OUT    a pseudo-localisation: accented, 40 % longer, bracketed
  tstool.py same A.ts B.ts         fails unless both hold the same messages and translations

A JSON message is {"context", "source", "comment", "translation"}; "translation" is a list
of plural forms when the source uses %n (two for German, Spanish, French and English).
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d+|%n|<[^>]+>|&[a-z]+;")


def load(path):
    return ET.parse(path)


def save(tree, path):
    root = tree.getroot()
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def key(context, msg):
    return (context, msg.findtext("source") or "", msg.findtext("comment") or "")


def is_numerus(msg):
    return msg.get("numerus") == "yes"


def unfinished(msg):
    tr = msg.find("translation")
    return tr is None or tr.get("type") == "unfinished"


def obsolete(msg):
    tr = msg.find("translation")
    return tr is not None and tr.get("type") in ("obsolete", "vanished")


def cmd_export(ts, out):
    items = []
    for context, msg in messages(load(ts)):
        if obsolete(msg) or not unfinished(msg):
            continue
        item = {"context": context, "source": msg.findtext("source"), "comment": msg.findtext("comment") or ""}
        if msg.findtext("extracomment"):
            item["note"] = msg.findtext("extracomment")
        loc = msg.find("location")
        if loc is not None:
            item["where"] = "%s:%s" % (loc.get("filename"), loc.get("line"))
        item["translation"] = ["", ""] if is_numerus(msg) else ""
        items.append(item)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
    print("%d unfinished messages written to %s" % (len(items), out))


def cmd_import(ts, inputs):
    tree = load(ts)
    index = {key(c, m): m for c, m in messages(tree)}
    done = missing = 0
    for path in inputs:
        with open(path, encoding="utf-8") as f:
            for item in json.load(f):
                k = (item["context"], item["source"], item.get("comment", ""))
                msg = index.get(k)
                text = item.get("translation")
                if msg is None:
                    missing += 1
                    continue
                if not text or (isinstance(text, list) and not all(text)):
                    continue
                tr = msg.find("translation")
                if tr is None:
                    tr = ET.SubElement(msg, "translation")
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                if is_numerus(msg):
                    forms = text if isinstance(text, list) else [text, text]
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = form
                else:
                    tr.text = text if isinstance(text, str) else text[0]
                tr.attrib.pop("type", None)
                done += 1
    save(tree, ts)
    print("%s: %d translations imported, %d not found in the file" % (ts, done, missing))


def texts(msg):
    tr = msg.find("translation")
    if tr is None:
        return []
    if is_numerus(msg):
        return [f.text or "" for f in tr.findall("numerusform")]
    return [tr.text or ""]


def cmd_check(paths):
    bad = 0
    for ts in paths:
        problems = []
        count = 0
        for context, msg in messages(load(ts)):
            if obsolete(msg):
                continue
            count += 1
            source = msg.findtext("source") or ""
            where = "%s: %r" % (context, source[:60])
            if unfinished(msg):
                problems.append("unfinished " + where)
                continue
            want = sorted(p for p in PLACEHOLDER.findall(source) if p != "%n")
            for form in texts(msg):
                if not form.strip():
                    problems.append("empty " + where)
                elif sorted(p for p in PLACEHOLDER.findall(form) if p != "%n") != want:
                    problems.append("placeholders differ " + where + " -> %r" % form[:60])
                elif source.endswith("\n") != form.endswith("\n"):
                    problems.append("trailing newline differs " + where)
        for p in problems:
            print("%s: %s" % (ts, p))
        print("%s: %d messages, %d problems" % (ts, count, len(problems)))
        bad += len(problems)
    return 1 if bad else 0


def cmd_lint(ts, inputs):
    index = {key(c, m): m for c, m in messages(load(ts))}
    problems = 0
    total = 0
    for path in inputs:
        with open(path, encoding="utf-8") as f:
            items = json.load(f)
        for item in items:
            total += 1
            k = (item.get("context"), item.get("source"), item.get("comment", ""))
            where = "%s: %s: %r" % (path, k[0], (k[1] or "")[:60])
            msg = index.get(k)
            text = item.get("translation")
            if msg is None:
                print("not in %s (context/source/comment changed?) %s" % (ts, where))
                problems += 1
                continue
            forms = text if isinstance(text, list) else [text]
            if is_numerus(msg) and (not isinstance(text, list) or len(text) != 2):
                print("needs two plural forms " + where)
                problems += 1
                continue
            want = sorted(p for p in PLACEHOLDER.findall(k[1]) if p != "%n")
            for form in forms:
                if not isinstance(form, str) or not form.strip():
                    print("empty " + where)
                    problems += 1
                elif sorted(p for p in PLACEHOLDER.findall(form) if p != "%n") != want:
                    print("placeholders differ %s -> %r" % (where, form[:60]))
                    problems += 1
                elif is_numerus(msg) and "%n" in k[1] and "%n" not in form and form is forms[-1]:
                    print("plural form without %%n %s -> %r" % (where, form[:60]))
                    problems += 1
    print("%d messages checked, %d problems" % (total, problems))
    return 1 if problems else 0


ACCENTS = str.maketrans("aceinousyACEINOUSY", "àçéîñöûšýÀÇÉÎÑÖÛŠÝ")


def pseudo_text(source):
    out = []
    pos = 0
    for m in PLACEHOLDER.finditer(source):
        out.append(source[pos:m.start()].translate(ACCENTS))
        out.append(m.group(0))
        pos = m.end()
    out.append(source[pos:].translate(ACCENTS))
    text = "".join(out)
    # German and French run up to 40 % longer than English: pad to show where text clips.
    pad = max(1, len(source) * 2 // 5)
    padding = ("·" * pad)
    if text.endswith("\n"):
        return "⟦" + text[:-1] + padding + "⟧\n"
    return "⟦" + text + padding + "⟧"


def cmd_pseudo(template, out):
    tree = load(template)
    tree.getroot().set("language", "en_XA")
    for _, msg in messages(tree):
        if obsolete(msg):
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        for child in list(tr):
            tr.remove(child)
        text = pseudo_text(msg.findtext("source") or "")
        if is_numerus(msg):
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = text
        else:
            tr.text = text
        tr.attrib.pop("type", None)
    save(tree, out)


def cmd_same(a, b):
    def content(path):
        return {key(c, m): tuple(texts(m)) for c, m in messages(load(path)) if not obsolete(m)}
    left, right = content(a), content(b)
    if left == right:
        return 0
    for k in sorted(set(left) ^ set(right))[:20]:
        print("only in %s: %s: %r" % (a if k in left else b, k[0], k[1][:60]))
    for k in sorted(k for k in set(left) & set(right) if left[k] != right[k])[:20]:
        print("differs: %s: %r" % (k[0], k[1][:60]))
    return 1


def main(argv):
    if len(argv) >= 3 and argv[1] == "export":
        return cmd_export(argv[2], argv[3]) or 0
    if len(argv) >= 4 and argv[1] == "import":
        return cmd_import(argv[2], argv[3:]) or 0
    if len(argv) >= 3 and argv[1] == "check":
        return cmd_check(argv[2:])
    if len(argv) >= 4 and argv[1] == "lint":
        return cmd_lint(argv[2], argv[3:])
    if len(argv) == 4 and argv[1] == "same":
        return cmd_same(argv[2], argv[3])
    if len(argv) == 4 and argv[1] == "pseudo":
        return cmd_pseudo(argv[2], argv[3]) or 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
