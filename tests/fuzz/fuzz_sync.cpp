// libFuzzer target for everything sync reads from a server before (and after)
// authentication: the object envelope, the header, heads, the padded and
// compressed plaintext and the op list. Nothing may crash or allocate what the
// input does not back; whatever decodes must encode back to the same bytes.
#include "core/Error.h"
#include "sync/SyncFormat.h"
#include "sync/SyncKeys.h"

#include <cstdio>
#include <cstdlib>

using namespace rebound;
using namespace rebound::syncformat;

namespace {
[[noreturn]] void fail(const char *what) {
    std::fprintf(stderr, "fuzz_sync: %s\n", what);
    std::abort();
}

template <typename F> void refused(F &&f) {
    try {
        f();
    } catch (const Error &e) {
        if (e.message().isEmpty())
            fail("an error without a message");
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    refused([&] {
        const QList<SyncOp> ops = decodeOps(input);
        const QByteArray once = encodeOps(ops);
        if (encodeOps(decodeOps(once)) != once)
            fail("ops do not survive encode -> decode -> encode");
    });
    refused([&] {
        const QByteArray plain = unpack(input);
        if (unpack(pack(plain)) != plain)
            fail("pack -> unpack changed the payload");
    });
    refused([&] {
        const Head head = decodeHead(input);
        if (decodeHead(encodeHead(head)) != head)
            fail("a head does not survive encode -> decode");
    });
    refused([&] {
        const SnapshotPart part = decodeSnapshotPart(input);
        const QByteArray once = encodeSnapshotPart(part);
        if (encodeSnapshotPart(decodeSnapshotPart(once)) != once)
            fail("a snapshot part does not survive encode -> decode -> encode");
    });
    refused([&] { parseHeader(input); });
    refused([&] {
        static const SecureBytes key = SecureBytes::random(kKeyBytes);
        const ObjectContext context{ObjectKind::Batch, QByteArray(kIdBytes, 'v'), QByteArray(kIdBytes, 'f'), 1,
                                    zeroHash()};
        openObject(key, context, input);
        fail("a random object opened under a random key");
    });
    return 0;
}
