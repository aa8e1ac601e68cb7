#!/usr/bin/python3
"""Reads an iCalendar file with both python3-icalendar and python3-vobject
(Debian) and prints the events each parsed, so a test can compare exactly.

Usage: /usr/bin/python3 ics_check.py FILE
"""
import datetime
import sys

import icalendar
import vobject


def show(value):
    return str(value).replace("\\", "\\\\").replace("\n", "\\n")


def utc(dt):
    if isinstance(dt, datetime.datetime):
        return dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.isoformat()  # a date


def with_icalendar(raw):
    cal = icalendar.Calendar.from_ical(raw)
    print("icalendar: VERSION=%s PRODID=%s CALSCALE=%s" % (cal["VERSION"], cal["PRODID"], cal["CALSCALE"]))
    for ev in cal.walk("VEVENT"):
        cats = ev.get("CATEGORIES")
        cats = ",".join(str(c) for c in cats.cats) if cats is not None else ""
        print("icalendar: %s | %s | %s | %s | %s | %s | %s" % (
            ev["UID"], utc(ev.decoded("DTSTART")), ev.decoded("DURATION"),
            show(ev["SUMMARY"]), show(ev.get("DESCRIPTION", "")), show(cats),
            utc(ev.decoded("DTSTAMP"))))


def with_vobject(raw):
    cal = vobject.readOne(raw.decode("utf-8"), validate=True)
    print("vobject: VERSION=%s" % cal.version.value)
    for ev in cal.vevent_list:
        desc = ev.description.value if "description" in ev.contents else ""
        cats = ",".join(ev.categories.value) if "categories" in ev.contents else ""
        print("vobject: %s | %s | %s | %s | %s | %s" % (
            ev.uid.value, utc(ev.dtstart.value), ev.duration.value,
            show(ev.summary.value), show(desc), show(cats)))


def main():
    with open(sys.argv[1], "rb") as f:
        raw = f.read()
    with_icalendar(raw)
    with_vobject(raw)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e), file=sys.stderr)
        sys.exit(1)
