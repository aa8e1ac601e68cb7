#include "TestSupport.h"
#include "core/Error.h"
#include "support/ApacheServer.h"
#include "support/FaultProxy.h"
#include "sync/FolderStore.h"
#include "sync/WebDavStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <functional>
#include <memory>

using namespace rebound;
using namespace rebound::test;

namespace {

// The RemoteStore under test, and where its files are on disk.
struct Backend {
    std::unique_ptr<QTemporaryDir> dir; // FolderStore only
    std::unique_ptr<RemoteStore> store;
    QString onDisk;
};

WebDavConfig davConfig(const QUrl &url) {
    WebDavConfig c;
    c.root = url;
    c.user = ApacheServer::shared().user();
    c.password = ApacheServer::shared().password();
    c.timeoutMs = 10000;
    c.retries = 2;
    c.backoffMs = 20;
    return c;
}

Backend makeBackend(const std::string &kind, const QString &hint) {
    Backend b;
    if (kind == "folder") {
        b.dir = std::make_unique<QTemporaryDir>();
        REQUIRE(b.dir->isValid());
        b.onDisk = b.dir->path() + QStringLiteral("/sync");
        REQUIRE(QDir().mkpath(b.onDisk));
        b.store = std::make_unique<FolderStore>(b.onDisk);
    } else {
        ApacheServer &apache = ApacheServer::shared();
        const QUrl url = apache.url(hint);
        b.onDisk = apache.pathFor(url);
        b.store = std::make_unique<WebDavStore>(davConfig(url));
    }
    return b;
}

Error errorOf(const std::function<void()> &f) {
    try {
        f();
    } catch (const Error &e) {
        return e;
    }
    FAIL("expected a rebound::Error");
    throw std::logic_error("unreachable");
}

// The opaque part of an ETag: Apache marks a fresh one weak (W/), the same value.
QString opaque(const QString &etag) {
    return etag.startsWith(QLatin1String("W/")) ? etag.mid(2) : etag;
}

QByteArray randomBytes(qsizetype size, quint32 seed) {
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

int closedPort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes
}

} // namespace

TEST_CASE("RemoteStore create never overwrites and get returns the bytes", "[webdav]") {
    const std::string kind = GENERATE(as<std::string>{}, "folder", "webdav");
    CAPTURE(kind);
    Backend b = makeBackend(kind, QStringLiteral("create"));
    RemoteStore &s = *b.store;

    CHECK_FALSE(s.get(QStringLiteral("head")).has_value());
    CHECK_FALSE(s.stat(QStringLiteral("head")).has_value());
    s.resetStats();
    REQUIRE(s.create(QStringLiteral("head"), "first").has_value());
    CHECK(s.stats().requests == 1);
    CHECK(s.stats().bytesUp == 5);
    CHECK_FALSE(s.create(QStringLiteral("head"), "second").has_value());

    const auto obj = s.get(QStringLiteral("head"));
    REQUIRE(obj.has_value());
    CHECK(obj->data == "first");
    CHECK_FALSE(obj->etag.isEmpty());
    const auto st = s.stat(QStringLiteral("head"));
    REQUIRE(st.has_value());
    CHECK(st->size == 5);
    CHECK(st->name == QStringLiteral("head"));
    CHECK(opaque(st->etag) == opaque(obj->etag));
    QFile f(b.onDisk + QStringLiteral("/head"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "first");
}

TEST_CASE("RemoteStore replace needs the current ETag", "[webdav]") {
    const std::string kind = GENERATE(as<std::string>{}, "folder", "webdav");
    CAPTURE(kind);
    Backend b = makeBackend(kind, QStringLiteral("replace"));
    RemoteStore &s = *b.store;
    const QString path = QStringLiteral("dev.head");

    CHECK_FALSE(s.replace(path, "x", QStringLiteral("\"nothing\"")).has_value());
    CHECK_FALSE(s.stat(path).has_value());

    REQUIRE(s.create(path, "v1").has_value());
    // Right after the write: on Apache this ETag is still weak (W/).
    const QString e1 = s.stat(path)->etag;
    s.resetStats();
    const auto e2 = s.replace(path, "v2", e1);
    REQUIRE(e2.has_value());
    CHECK(s.stats().requests == 1);
    CHECK(s.get(path)->data == "v2");
    const QString current = s.stat(path)->etag;
    CHECK(opaque(current) != opaque(e1));

    // Another writer's change in between: the stale ETag is refused, nothing changes.
    CHECK_FALSE(s.replace(path, "v3", e1).has_value());
    CHECK(s.get(path)->data == "v2");
    const auto e3 = s.replace(path, "v3", current);
    REQUIRE(e3.has_value());
    CHECK(s.get(path)->data == "v3");
    // Same size, new content: the ETag still changes.
    CHECK(opaque(s.stat(path)->etag) != opaque(current));
}

TEST_CASE("RemoteStore lists folders, makes nested folders and removes", "[webdav]") {
    const std::string kind = GENERATE(as<std::string>{}, "folder", "webdav");
    CAPTURE(kind);
    Backend b = makeBackend(kind, QStringLiteral("list"));
    RemoteStore &s = *b.store;

    CHECK_FALSE(s.list(QStringLiteral("batches")).has_value());
    const auto empty = s.list(QString());
    REQUIRE(empty.has_value());
    CHECK(empty->isEmpty());

    s.makeFolder(QStringLiteral("batches/3f2a/deep"));
    s.makeFolder(QStringLiteral("batches/3f2a")); // exists: fine
    REQUIRE(s.create(QStringLiteral("batches/3f2a/0000000001"), QByteArray(300, 'a')).has_value());
    REQUIRE(s.create(QStringLiteral("batches/3f2a/0000000002"), QByteArray(7, 'b')).has_value());
    REQUIRE(s.create(QStringLiteral("3f2a.head"), "h").has_value());

    const auto root = s.list(QString());
    REQUIRE(root.has_value());
    REQUIRE(root->size() == 2);
    for (const RemoteEntry &e : *root) {
        if (e.name == QStringLiteral("batches")) {
            CHECK(e.isFolder);
        } else {
            CHECK(e.name == QStringLiteral("3f2a.head"));
            CHECK_FALSE(e.isFolder);
            CHECK(e.size == 1);
            CHECK(opaque(e.etag) == opaque(s.stat(QStringLiteral("3f2a.head"))->etag));
        }
    }
    auto batches = s.list(QStringLiteral("batches/3f2a"));
    REQUIRE(batches.has_value());
    std::sort(batches->begin(), batches->end(),
              [](const RemoteEntry &x, const RemoteEntry &y) { return x.name < y.name; });
    REQUIRE(batches->size() == 3);
    CHECK(batches->at(0).name == QStringLiteral("0000000001"));
    CHECK(batches->at(0).size == 300);
    CHECK(batches->at(1).size == 7);
    CHECK(batches->at(2).name == QStringLiteral("deep"));
    CHECK(batches->at(2).isFolder);
    const auto deep = s.list(QStringLiteral("batches/3f2a/deep"));
    REQUIRE(deep.has_value());
    CHECK(deep->isEmpty());

    s.remove(QStringLiteral("batches/3f2a/0000000001"));
    s.remove(QStringLiteral("batches/3f2a/0000000001")); // gone: fine
    CHECK_FALSE(s.get(QStringLiteral("batches/3f2a/0000000001")).has_value());
    CHECK(s.list(QStringLiteral("batches/3f2a"))->size() == 2);
    CHECK_FALSE(QFile::exists(b.onDisk + QStringLiteral("/batches/3f2a/0000000001")));
}

TEST_CASE("RemoteStore keeps every byte value and 8 MiB objects", "[webdav]") {
    const std::string kind = GENERATE(as<std::string>{}, "folder", "webdav");
    CAPTURE(kind);
    Backend b = makeBackend(kind, QStringLiteral("binary"));
    RemoteStore &s = *b.store;

    QByteArray every;
    for (int round = 0; round < 3; ++round)
        for (int i = 0; i < 256; ++i)
            every.append(char(i));
    REQUIRE(s.create(QStringLiteral("every"), every).has_value());
    CHECK(s.get(QStringLiteral("every"))->data == every);

    const QByteArray big = randomBytes(8 * 1024 * 1024, 8);
    s.resetStats();
    REQUIRE(s.create(QStringLiteral("big"), big).has_value());
    CHECK(s.stats().bytesUp == big.size());
    CHECK(s.stat(QStringLiteral("big"))->size == big.size());
    s.resetStats();
    const auto back = s.get(QStringLiteral("big"));
    REQUIRE(back.has_value());
    CHECK(back->data == big);
    CHECK(s.stats().bytesDown == big.size());
    CHECK(s.stats().requests == 1);
}

TEST_CASE("RemoteStore refuses paths outside the sync root", "[webdav]") {
    const std::string kind = GENERATE(as<std::string>{}, "folder", "webdav");
    CAPTURE(kind);
    Backend b = makeBackend(kind, QStringLiteral("paths"));
    RemoteStore &s = *b.store;
    for (const char *bad : {"../escape", "a/../../b", "/etc/passwd", "a\\b", "a//b", "./a", "a/."}) {
        CAPTURE(bad);
        const QString p = QString::fromLatin1(bad);
        CHECK(errorOf([&] { s.create(p, "x"); }).code() == ErrorCode::Remote);
        CHECK(errorOf([&] { s.get(p); }).code() == ErrorCode::Remote);
        CHECK(errorOf([&] { s.remove(p); }).code() == ErrorCode::Remote);
        CHECK(errorOf([&] { s.makeFolder(p); }).code() == ErrorCode::Remote);
    }
    CHECK(s.stats().requests == 0);
    // An object in a folder that does not exist is refused, not created on the way.
    CHECK(errorOf([&] { s.create(QStringLiteral("missing/0000000001"), "x"); }).code() == ErrorCode::Remote);
    CHECK_FALSE(QFileInfo::exists(b.onDisk + QStringLiteral("/missing")));
}

TEST_CASE("FolderStore concurrent creators: exactly one wins", "[webdav]") {
    QTemporaryDir dir;
    FolderStore a(dir.path()), c(dir.path());
    int wins = 0;
    for (int i = 0; i < 50; ++i) {
        const QString p = QStringLiteral("obj%1").arg(i);
        wins += a.create(p, "from a").has_value();
        wins += c.create(p, "from c").has_value();
        CHECK(a.get(p)->data == "from a");
    }
    CHECK(wins == 50);
    // No temporary files are left behind or listed.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 50);
    CHECK(a.list(QString())->size() == 50);
}

TEST_CASE("WebDavStore overwrites a file written in the last second", "[webdav]") {
    // Apache calls the ETag of a file younger than a second weak, and If-Match never
    // accepts a weak ETag: a second store, which did not see the ETag arrive, meets a
    // 412, checks that the file is unchanged and tries again once it is older.
    ApacheServer &apache = ApacheServer::shared();
    const QUrl url = apache.url(QStringLiteral("fresh"));
    WebDavStore writer(davConfig(url)), other(davConfig(url));
    const QString path = QStringLiteral("dev.head");
    REQUIRE(writer.create(path, "v1").has_value());
    const QString fresh = writer.stat(path)->etag;
    CHECK(fresh.startsWith(QStringLiteral("W/")));
    REQUIRE(other.replace(path, "v2", fresh).has_value());
    CHECK(other.stats().requests == 3); // PUT 412, HEAD, PUT
    CHECK(writer.get(path)->data == "v2");
    // The writer's own copy of the old ETag is stale now.
    CHECK_FALSE(writer.replace(path, "v3", fresh).has_value());
    CHECK(writer.get(path)->data == "v2");
}

TEST_CASE("WebDavStore follows redirects only on the same server", "[webdav]") {
    ApacheServer &apache = ApacheServer::shared();
    const QUrl folder = apache.url(QStringLiteral("redirect"));
    FaultProxy proxy(apache.baseUrl());
    WebDavStore store(davConfig(proxy.urlFor(folder)));
    REQUIRE(store.create(QStringLiteral("obj"), "body").has_value());
    FaultRule r;
    r.kind = FaultRule::Kind::Status;
    r.status = 307;
    r.location = "SAME";
    r.method = "PUT";
    proxy.addRule(r);
    store.resetStats();
    // A 307 keeps the method and the body.
    REQUIRE(store.create(QStringLiteral("moved"), "payload").has_value());
    CHECK(store.stats().requests == 2);
    CHECK(store.get(QStringLiteral("moved"))->data == "payload");

    r.location = "https://elsewhere.example.org/dav/obj";
    r.method = "GET";
    proxy.addRule(r);
    const Error e = errorOf([&] { store.get(QStringLiteral("obj")); });
    CHECK(e.code() == ErrorCode::Remote);
    CHECK(e.message().contains(QStringLiteral("elsewhere.example.org")));
}

TEST_CASE("WebDavStore parses multistatus hrefs in any form", "[webdav]") {
    const QByteArray xml = R"(<?xml version="1.0"?>
<x:multistatus xmlns:x="DAV:">
 <x:response><x:href>https://cloud.example.org/remote.php/dav/files/me/Rebound%20Sync/</x:href>
  <x:propstat><x:prop><x:resourcetype><x:collection/></x:resourcetype><x:getetag>"root"</x:getetag></x:prop>
  <x:status>HTTP/1.1 200 OK</x:status></x:propstat></x:response>
 <x:response><x:href>/remote.php/dav/files/me/Rebound%20Sync/a%20b.head</x:href>
  <x:propstat><x:prop><x:resourcetype/><x:getcontentlength>42</x:getcontentlength>
   <x:getetag>W/"abc"</x:getetag></x:prop><x:status>HTTP/1.1 200 OK</x:status></x:propstat></x:response>
 <x:response><x:href>https://cloud.example.org/remote.php/dav/files/me/Rebound%20Sync/batches/</x:href>
  <x:propstat><x:prop><x:resourcetype><x:collection/></x:resourcetype></x:prop>
   <x:status>HTTP/1.1 200 OK</x:status></x:propstat>
  <x:propstat><x:prop><x:getcontentlength/></x:prop><x:status>HTTP/1.1 404 Not Found</x:status></x:propstat>
 </x:response>
</x:multistatus>)";
    const QUrl folder(QStringLiteral("https://cloud.example.org/remote.php/dav/files/me/Rebound%20Sync/"));
    const QList<RemoteEntry> entries = WebDavStore::parseMultistatus(xml, folder);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].name == QStringLiteral("a b.head"));
    CHECK_FALSE(entries[0].isFolder);
    CHECK(entries[0].size == 42);
    CHECK(entries[0].etag == QStringLiteral("W/\"abc\""));
    CHECK(entries[1].name == QStringLiteral("batches"));
    CHECK(entries[1].isFolder);

    CHECK(errorOf([&] {
              WebDavStore::parseMultistatus("<x:multistatus xmlns:x=\"DAV:\"><x:resp", folder);
          }).code() == ErrorCode::Remote);
}

TEST_CASE("WebDavStore refuses plain http to another host and hides credentials", "[webdav]") {
    WebDavConfig c;
    c.root = QUrl(QStringLiteral("http://dav.example.org/sync/"));
    c.user = QStringLiteral("me");
    c.password = "s3cret-pass";
    const Error e = errorOf([&] { WebDavStore store(c); });
    CHECK(e.code() == ErrorCode::Remote);
    CHECK(e.message().contains(QStringLiteral("unprotected")));
    CHECK_FALSE(e.message().contains(QStringLiteral("s3cret")));

    c.allowInsecureHttp = true; // the user confirmed
    CHECK_NOTHROW(WebDavStore(c));
    c.allowInsecureHttp = false;
    c.root = QUrl(QStringLiteral("ftp://dav.example.org/"));
    CHECK(errorOf([&] { WebDavStore store(c); }).code() == ErrorCode::Remote);

    c.root = QUrl(QStringLiteral("https://me:s3cret-pass@dav.example.org/sync"));
    c.password.clear();
    const WebDavStore https(c);
    CHECK(https.displayName() == QStringLiteral("https://dav.example.org/sync/"));
}

TEST_CASE("WebDavStore wrong password gives a clear account error", "[webdav]") {
    ApacheServer &apache = ApacheServer::shared();
    WebDavConfig c = davConfig(apache.url(QStringLiteral("auth")));
    c.password = "not-the-password";
    WebDavStore store(c);
    const Error e = errorOf([&] { store.list(QString()); });
    CHECK(e.code() == ErrorCode::Remote);
    CHECK(e.message().contains(QStringLiteral("check the user name and password")));
    CHECK_FALSE(e.message().contains(QStringLiteral("not-the-password")));
    CHECK_FALSE(e.message().contains(QStringLiteral("Basic")));
    CHECK(store.stats().requests == 1); // not retried
}

TEST_CASE("WebDavStore reports an unreachable server as a network error", "[webdav]") {
    WebDavConfig c = davConfig(QUrl(QStringLiteral("http://127.0.0.1:%1/dav/").arg(closedPort())));
    WebDavStore store(c);
    const Error e = errorOf([&] { store.get(QStringLiteral("x")); });
    CHECK(e.code() == ErrorCode::Network);
    CHECK(e.message().contains(QStringLiteral("Could not reach 127.0.0.1")));
    CHECK(store.stats().requests == c.retries + 1);
}

TEST_CASE("WebDavStore through a faulty server", "[webdav]") {
    ApacheServer &apache = ApacheServer::shared();
    const QUrl folder = apache.url(QStringLiteral("faults"));
    FaultProxy proxy(apache.baseUrl());
    WebDavConfig c = davConfig(proxy.urlFor(folder));
    WebDavStore store(c);
    const QString onDisk = apache.pathFor(folder);
    auto fault = [&](FaultRule::Kind kind, const char *method, int times, int status = 500) {
        FaultRule r;
        r.kind = kind;
        r.method = method;
        r.times = times;
        r.status = status;
        proxy.addRule(r);
    };
    REQUIRE(store.create(QStringLiteral("seed"), "seed").has_value());
    store.resetStats();

    SECTION("a 500 is retried") {
        fault(FaultRule::Kind::Status, "PUT", 1, 500);
        REQUIRE(store.create(QStringLiteral("a"), "payload").has_value());
        CHECK(store.stats().requests == 2);
        CHECK(proxy.faults() == 1);
        CHECK(store.get(QStringLiteral("a"))->data == "payload");
    }
    SECTION("423 Locked is retried, then given up as a network error") {
        fault(FaultRule::Kind::Status, "GET", 2, 423);
        CHECK(store.get(QStringLiteral("seed"))->data == "seed");
        CHECK(store.stats().requests == 3);
        fault(FaultRule::Kind::Status, "GET", -1, 423);
        store.resetStats();
        const Error e = errorOf([&] { store.get(QStringLiteral("seed")); });
        CHECK(e.code() == ErrorCode::Network);
        CHECK(store.stats().requests == c.retries + 1);
    }
    SECTION("507 is a clear error, not retried") {
        fault(FaultRule::Kind::Status, "PUT", -1, 507);
        const Error e = errorOf([&] { store.create(QStringLiteral("a"), "payload"); });
        CHECK(e.code() == ErrorCode::Remote);
        CHECK(e.message().contains(QStringLiteral("out of space")));
        CHECK(store.stats().requests == 1);
        CHECK_FALSE(QFile::exists(onDisk + QStringLiteral("/a")));
    }
    SECTION("a 412 means someone else created it") {
        fault(FaultRule::Kind::Status, "PUT", 1, 412);
        CHECK_FALSE(store.create(QStringLiteral("a"), "payload").has_value());
        CHECK(store.stats().requests == 1);
    }
    SECTION("a connection dropped while sending is retried") {
        fault(FaultRule::Kind::DropRequest, "PUT", 1);
        REQUIRE(store.create(QStringLiteral("a"), randomBytes(64 * 1024, 1)).has_value());
        CHECK(store.get(QStringLiteral("a"))->data == randomBytes(64 * 1024, 1));
        CHECK(proxy.faults() == 1);
    }
    SECTION("a create whose answer was lost is recognised as done") {
        // The server stored it; the retry meets 412 and finds our own bytes there.
        fault(FaultRule::Kind::DropResponse, "PUT", 1);
        const auto etag = store.create(QStringLiteral("a"), "payload");
        REQUIRE(etag.has_value());
        CHECK(proxy.forwarded() >= 2);
        CHECK(store.get(QStringLiteral("a"))->data == "payload");
        // Someone else's different bytes are not mistaken for ours.
        fault(FaultRule::Kind::DropRequest, "PUT", 1);
        CHECK_FALSE(store.create(QStringLiteral("a"), "other").has_value());
    }
    SECTION("a truncated body is detected") {
        fault(FaultRule::Kind::Truncate, "GET", 1);
        CHECK(store.get(QStringLiteral("seed"))->data == "seed"); // retried whole
        CHECK(store.stats().requests == 2);
        fault(FaultRule::Kind::Truncate, "GET", -1);
        const Error e = errorOf([&] { store.get(QStringLiteral("seed")); });
        CHECK(e.code() == ErrorCode::Network);
    }
    SECTION("a response dropped mid-body is a network error") {
        fault(FaultRule::Kind::DropResponse, "PROPFIND", -1);
        const Error e = errorOf([&] { store.list(QString()); });
        CHECK(e.code() == ErrorCode::Network);
        CHECK(store.stats().requests == c.retries + 1);
    }
    SECTION("a server slower than the timeout is a network error") {
        c.timeoutMs = 200;
        c.retries = 1;
        WebDavStore impatient(c);
        FaultRule r;
        r.kind = FaultRule::Kind::Delay;
        r.method = "HEAD";
        r.times = -1;
        r.delayMs = 3000;
        proxy.addRule(r);
        const Error e = errorOf([&] { impatient.stat(QStringLiteral("seed")); });
        CHECK(e.code() == ErrorCode::Network);
        CHECK(impatient.stats().requests == 2);
    }
    SECTION("a server that says 201 but keeps nothing is caught by stat") {
        fault(FaultRule::Kind::FakeCreated, "PUT", 1);
        const int before = proxy.forwarded();
        CHECK(store.create(QStringLiteral("a"), "payload").has_value());
        CHECK_FALSE(store.stat(QStringLiteral("a")).has_value());
        CHECK(proxy.forwarded() == before + 1); // only the HEAD reached the server
    }
    SECTION("faults on other paths leave this request alone") {
        FaultRule r;
        r.kind = FaultRule::Kind::Status;
        r.status = 500;
        r.times = -1;
        r.pathContains = QStringLiteral("/elsewhere");
        proxy.addRule(r);
        CHECK(store.get(QStringLiteral("seed"))->data == "seed");
        CHECK(store.stats().requests == 1);
        CHECK(proxy.faults() == 0);
    }
}
