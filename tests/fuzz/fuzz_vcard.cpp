// libFuzzer target: vcard::parse on arbitrary bytes must not crash, and whatever
// it accepts must survive write -> parse with the same names, emails and phones.
#include "services/VCard.h"

#include <cstdio>
#include <cstdlib>

using namespace rebound;

namespace {
[[noreturn]] void fail(const char *what, const QString &detail = {}) {
    std::fprintf(stderr, "fuzz_vcard: %s %s\n", what, qPrintable(detail));
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const vcard::ParseResult first = vcard::parse(input);
    if (!first.ok()) {
        if (!first.contacts.isEmpty())
            fail("an error with contacts");
        if (first.error->message.isEmpty() || first.error->line < 0)
            fail("an error without a message or with a bad line");
        return 0;
    }
    if (first.contacts.isEmpty() && first.warnings.isEmpty())
        fail("ok without contacts and without a warning saying why");
    if (first.contacts.isEmpty())
        return 0; // only contact groups: nothing to write back
    const QByteArray written = vcard::write(first.contacts);
    // what we write: CRLF lines of at most 75 octets
    for (const QByteArray &line : written.split('\n')) {
        if (line.isEmpty())
            continue;
        if (!line.endsWith('\r') || line.size() - 1 > 75)
            fail("a badly folded line", QString::fromUtf8(line));
    }
    const vcard::ParseResult second = vcard::parse(written);
    if (!second.ok())
        fail("our own output does not parse:", second.error->message);
    if (second.contacts.size() != first.contacts.size())
        fail("another number of contacts");
    for (qsizetype i = 0; i < first.contacts.size(); ++i) {
        const Contact &a = first.contacts.at(i);
        const Contact &b = second.contacts.at(i);
        if (a.name != b.name)
            fail("name changed:", a.name + QStringLiteral(" -> ") + b.name);
        if (a.emails != b.emails)
            fail("emails changed:", a.emails.join(u' ') + QStringLiteral(" -> ") + b.emails.join(u' '));
        if (a.phones != b.phones)
            fail("phones changed:", a.phones.join(u' ') + QStringLiteral(" -> ") + b.phones.join(u' '));
        if (a != b)
            fail("another field changed:", a.name);
    }
    return 0;
}
