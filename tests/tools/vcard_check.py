#!/usr/bin/python3
"""Reads a vCard file with python3-vobject (Debian) and prints what it parsed,
one field per line, so a test can compare it exactly.

Usage: /usr/bin/python3 vcard_check.py FILE
Exit 0 and the listing on success; exit 1 with the error on stderr otherwise.
"""
import sys

import vobject


def show(value):
    if isinstance(value, (list, tuple)):
        return ",".join(show(v) for v in value)
    return str(value).replace("\\", "\\\\").replace("\n", "\\n")


def main():
    with open(sys.argv[1], "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")  # what we export must be UTF-8
    count = 0
    for card in vobject.readComponents(text, validate=True):
        count += 1
        print("card %d" % count)
        print("VERSION: " + card.version.value)
        for name in ("uid", "fn"):
            if name in card.contents:
                print(name.upper() + ": " + show(card.contents[name][0].value))
        if "n" in card.contents:
            n = card.n.value
            print("N: family=%s given=%s" % (show(n.family), show(n.given)))
        if "org" in card.contents:
            print("ORG: " + show(card.org.value))
        for name in ("title", "email", "tel", "url", "note", "categories",
                     "x-rebound-how-we-met", "x-rebound-cadence", "rev"):
            for prop in card.contents.get(name, []):
                print(name.upper() + ": " + show(prop.value))
    print("cards: %d" % count)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # report, do not hide
        print("%s: %s" % (type(e).__name__, e), file=sys.stderr)
        sys.exit(1)
