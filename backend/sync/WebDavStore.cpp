#include "WebDavStore.h"

#include "FolderStore.h"
#include "core/Error.h"
#include "core/Logging.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QXmlStreamReader>
#include <climits>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

bool isLocalHost(const QString &host) {
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1") || host == QLatin1String("[::1]");
}

// A weak ETag (W/"x") never passes If-Match (strong comparison). Apache marks the
// ETag of a file changed in the last second as weak and the same value strong
// afterwards, so If-Match is sent with the opaque part.
QString strongForm(const QString &etag) {
    return etag.startsWith(QLatin1String("W/")) ? etag.mid(2) : etag;
}

// 5xx that mean "try again", and 423 (a lock held by someone else, usually briefly).
bool transientStatus(int status) {
    return status == 500 || status == 502 || status == 503 || status == 504 || status == 423 ||
           status == 408 || status == 429;
}

bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port(-1) == b.port(-1);
}

} // namespace

struct WebDavStore::Attempt {
    int status = 0;  // 0: no HTTP answer
    QString failure; // set: a transport failure worth retrying
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl redirect; // set: follow
};

QByteArray WebDavStore::Response::header(const QByteArray &name) const {
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

WebDavStore::WebDavStore(WebDavConfig config)
    : m_config(std::move(config))
    , m_nam(std::make_unique<QNetworkAccessManager>()) {
    QUrl &root = m_config.root;
    if (!root.userName().isEmpty() && m_config.user.isEmpty())
        m_config.user = root.userName();
    if (!root.password().isEmpty() && m_config.password.isEmpty())
        m_config.password = root.password().toUtf8();
    root.setUserInfo({});
    const QString scheme = root.scheme().toLower();
    if (!root.isValid() || root.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        throw Error(ErrorCode::Remote,
                    Tr::tr("\"%1\" is not a WebDAV address: it should look like https://example.org/dav/.")
                        .arg(root.toDisplayString(QUrl::RemoveUserInfo)));
    if (scheme == QLatin1String("http") && !isLocalHost(root.host()) && !m_config.allowInsecureHttp)
        throw Error(ErrorCode::Remote,
                    Tr::tr("%1 uses plain http: your password would travel unprotected (the synced data "
                       "itself stays encrypted). Use https, or confirm that you accept this.")
                        .arg(root.host()));
    if (!root.path().endsWith(QLatin1Char('/')))
        root.setPath(root.path() + QLatin1Char('/'));
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_clock.start();
}

WebDavStore::~WebDavStore() {
    wipe(m_config.password);
}

QString WebDavStore::displayName() const {
    return m_config.root.toDisplayString(QUrl::RemoveUserInfo);
}

QUrl WebDavStore::urlFor(const QString &path, bool folder) const {
    checkRemotePath(path);
    QUrl url = m_config.root;
    QString p = m_config.root.path(QUrl::FullyDecoded) + path;
    if (folder && !p.endsWith(QLatin1Char('/')))
        p += QLatin1Char('/');
    url.setPath(p, QUrl::DecodedMode);
    return url;
}

void WebDavStore::noteWeak(const QString &etag) {
    if (!etag.startsWith(QLatin1String("W/")))
        return;
    if (m_weakSeen.size() > 1000)
        m_weakSeen.clear();
    m_weakSeen.insert(strongForm(etag), m_clock.elapsed());
}

// Apache calls an ETag weak while its file is less than a second old, and a weak
// ETag never passes If-Match. Waiting out the rest of that second (counted from
// when we saw it) is cheaper than a refused PUT and a HEAD.
void WebDavStore::waitUntilStrong(const QString &etag) {
    const auto seen = m_weakSeen.constFind(strongForm(etag));
    if (seen == m_weakSeen.constEnd())
        return;
    const qint64 left = *seen + 1100 - m_clock.elapsed();
    if (left > 0)
        pause(int(left));
}

void WebDavStore::pause(int ms) {
    // An event loop, not a sleep: other sockets of this thread keep being served.
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

WebDavStore::Attempt WebDavStore::send(const QByteArray &method, QUrl url,
                                       const QList<QPair<QByteArray, QByteArray>> &headers,
                                       const QByteArray &body) {
    QNetworkRequest req(url);
    req.setTransferTimeout(m_config.timeoutMs);
    // Identity: Content-Length must match the bytes we count and check.
    req.setRawHeader("Accept-Encoding", "identity");
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_config.user.isEmpty() || !m_config.password.isEmpty()) {
        QByteArray credentials = m_config.user.toUtf8() + ':' + m_config.password;
        QByteArray value = "Basic " + credentials.toBase64();
        req.setRawHeader("Authorization", value);
        wipe(credentials);
        wipe(value);
    }
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    if (!body.isEmpty() || method == "PUT")
        req.setHeader(QNetworkRequest::ContentLengthHeader, body.size());

    ++m_stats.requests;
    m_stats.bytesUp += body.size();
    QElapsedTimer clock;
    clock.start();
    // HEAD and GET by name: a custom "HEAD" would wait for a body that never comes.
    QNetworkReply *reply = method == "HEAD"  ? m_nam->head(req)
                           : method == "GET" ? m_nam->get(req)
                                             : m_nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Safety net beyond the transfer timeout (which only counts idle time); a large
    // upload gets time for at least 10 KB/s.
    QTimer guard;
    guard.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&guard, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    guard.start(int(qMin<qint64>(INT_MAX, m_config.timeoutMs * 4LL + 1000 + body.size() / 10)));
    if (!reply->isFinished())
        loop.exec();
    guard.stop();

    Attempt a;
    if (reply->isOpen())
        a.body = reply->readAll();
    m_stats.bytesDown += a.body.size();
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &h : reply->rawHeaderPairs())
        a.headers.append(h);
    const QNetworkReply::NetworkError err = reply->error();
    const QString path = url.path();
    if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError || timedOut) {
        a.failure = Tr::tr("no answer within %1 s").arg(m_config.timeoutMs / 1000.0);
    } else if (err != QNetworkReply::NoError && (int(err) < 100 || a.status == 0)) {
        a.failure = reply->errorString();
    } else if (method != "HEAD" && a.status >= 200 && a.status < 300) {
        bool ok = false;
        const qint64 expected = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && expected != a.body.size())
            a.failure = Tr::tr("the answer was cut off (%1 of %2 bytes)").arg(a.body.size()).arg(expected);
    }
    if (a.failure.isEmpty() && a.status >= 300 && a.status < 400 && a.status != 304) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isValid())
            a.redirect = url.resolved(target);
    }
    qCDebug(lcNetwork).noquote() << method << path << a.status << clock.elapsed() << "ms"
                                 << (a.failure.isEmpty() ? QString() : a.failure);
    reply->deleteLater();
    return a;
}

WebDavStore::Response WebDavStore::request(const QByteArray &method, const QString &path, bool folder,
                                           const QList<QPair<QByteArray, QByteArray>> &headers,
                                           const QByteArray &body) {
    const QUrl start = urlFor(path, folder);
    Response r;
    QString lastFailure;
    int pauseMs = qMax(1, m_config.backoffMs);
    for (int attempt = 0; attempt <= qMax(0, m_config.retries); ++attempt) {
        if (attempt > 0) {
            qCInfo(lcNetwork).noquote() << "retrying" << method << path << "after" << lastFailure;
            pause(pauseMs);
            pauseMs *= 2;
        }
        r.attempts = attempt + 1;
        QUrl url = start;
        Attempt a = send(method, url, headers, body);
        // Redirects: followed only within the same server (or http -> https on it), so
        // the Authorization header never reaches another site.
        for (int hops = 0; !a.redirect.isEmpty() && hops < 5; ++hops) {
            const bool safe = sameOrigin(a.redirect, url) || (a.redirect.scheme() == QLatin1String("https") &&
                                                              a.redirect.host() == url.host());
            if (!safe)
                throw Error(ErrorCode::Remote,
                            Tr::tr("%1 sends requests on to another server (%2). Enter that address "
                               "instead, if you trust it.")
                                .arg(displayName(),
                                     a.redirect.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                                QUrl::RemoveQuery)));
            url = a.redirect;
            a = send(method, url, headers, body);
        }
        if (!a.redirect.isEmpty())
            throw Error(ErrorCode::Remote, Tr::tr("%1 redirects in circles.").arg(displayName()));
        if (a.failure.isEmpty() && !transientStatus(a.status)) {
            r.status = a.status;
            r.body = std::move(a.body);
            r.headers = std::move(a.headers);
            return r;
        }
        lastFailure = a.failure.isEmpty() ? Tr::tr("HTTP %1").arg(a.status) : a.failure;
    }
    qCWarning(lcNetwork).noquote() << method << path << "gave up:" << lastFailure;
    throw Error(
        ErrorCode::Network,
        Tr::tr("Could not reach %1 (%2). Sync will try again later.").arg(m_config.root.host(), lastFailure));
}

void WebDavStore::refused(const QByteArray &method, const QString &path, const Response &r) const {
    if (r.status == 401 || r.status == 403)
        throw Error(ErrorCode::Remote,
                    Tr::tr("The server %1 refused the account \"%2\": check the user name and password.")
                        .arg(m_config.root.host(), m_config.user));
    if (r.status == 507)
        throw Error(ErrorCode::Remote,
                    Tr::tr("The server %1 is out of space. Free some space there, then sync again.")
                        .arg(m_config.root.host()));
    throw Error(ErrorCode::Remote,
                Tr::tr("The server %1 answered HTTP %2 to %3 %4.")
                    .arg(m_config.root.host())
                    .arg(r.status)
                    .arg(QString::fromLatin1(method), path.isEmpty() ? QStringLiteral("/") : path));
}

std::optional<QList<RemoteEntry>> WebDavStore::list(const QString &folder) {
    static const QByteArray query =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/><d:getcontentlength/><d:getetag/>"
        "</d:prop></d:propfind>";
    const Response r = request("PROPFIND", folder, true,
                               {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}}, query);
    if (r.status == 404)
        return std::nullopt;
    if (r.status != 207)
        refused("PROPFIND", folder, r);
    QList<RemoteEntry> entries = parseMultistatus(r.body, urlFor(folder, true));
    for (const RemoteEntry &e : entries)
        noteWeak(e.etag);
    return entries;
}

QList<RemoteEntry> WebDavStore::parseMultistatus(const QByteArray &xml, const QUrl &folderUrl) {
    static const QString dav = QStringLiteral("DAV:");
    auto trimmedPath = [](QString p) {
        while (p.endsWith(QLatin1Char('/')))
            p.chop(1);
        return p;
    };
    const QString self = trimmedPath(folderUrl.path(QUrl::FullyDecoded));
    QList<RemoteEntry> out;
    QXmlStreamReader x(xml);
    struct Current {
        QString href;
        RemoteEntry okProps, props;
        bool okSeen = false;
    } cur;
    QString statusText;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.namespaceUri() == dav) {
            const auto n = x.name();
            if (n == QLatin1String("response"))
                cur = {};
            else if (n == QLatin1String("propstat")) {
                cur.props = {};
                statusText.clear();
            } else if (n == QLatin1String("collection"))
                cur.props.isFolder = true;
            else if (n == QLatin1String("href"))
                cur.href = x.readElementText().trimmed();
            else if (n == QLatin1String("getcontentlength"))
                cur.props.size = x.readElementText().trimmed().toLongLong();
            else if (n == QLatin1String("getetag"))
                cur.props.etag = x.readElementText().trimmed();
            else if (n == QLatin1String("status"))
                statusText = x.readElementText().trimmed();
        } else if (x.isEndElement() && x.namespaceUri() == dav) {
            const auto n = x.name();
            if (n == QLatin1String("propstat")) {
                if (statusText.contains(QLatin1String(" 200"))) {
                    cur.okProps = cur.props;
                    cur.okSeen = true;
                }
            } else if (n == QLatin1String("response")) {
                const QUrl href =
                    folderUrl.resolved(QUrl::fromEncoded(cur.href.toUtf8(), QUrl::TolerantMode));
                const QString p = trimmedPath(href.path(QUrl::FullyDecoded));
                if (p == self || !p.startsWith(self + QLatin1Char('/')))
                    continue;
                RemoteEntry e = cur.okSeen ? cur.okProps : RemoteEntry{};
                e.name = p.mid(p.lastIndexOf(QLatin1Char('/')) + 1);
                if (e.isFolder)
                    e.size = -1;
                out.append(e);
            }
        }
    }
    if (x.hasError())
        throw Error(ErrorCode::Remote,
                    Tr::tr("The server sent a folder listing that could not be read (%1).").arg(x.errorString()));
    return out;
}

std::optional<RemoteObject> WebDavStore::get(const QString &path) {
    const Response r = request("GET", path, false);
    if (r.status == 404 || r.status == 410)
        return std::nullopt;
    if (r.status < 200 || r.status >= 300)
        refused("GET", path, r);
    RemoteObject obj{r.body, QString::fromLatin1(r.header("ETag"))};
    noteWeak(obj.etag);
    return obj;
}

std::optional<RemoteEntry> WebDavStore::stat(const QString &path) {
    const Response r = request("HEAD", path, false);
    if (r.status == 404 || r.status == 410)
        return std::nullopt;
    if (r.status < 200 || r.status >= 300)
        refused("HEAD", path, r);
    RemoteEntry e;
    e.name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    bool ok = false;
    const qint64 size = r.header("Content-Length").toLongLong(&ok);
    e.size = ok ? size : -1;
    e.etag = QString::fromLatin1(r.header("ETag"));
    noteWeak(e.etag);
    return e;
}

std::optional<QString> WebDavStore::create(const QString &path, const QByteArray &data) {
    const Response r = request("PUT", path, false, {{"If-None-Match", "*"}}, data);
    if (r.status >= 200 && r.status < 300)
        return QString::fromLatin1(r.header("ETag"));
    if (r.status == 412) {
        // A retry after an attempt whose answer was lost: if the bytes there are ours,
        // that attempt worked.
        if (r.attempts > 1) {
            const auto there = get(path);
            if (there && there->data == data)
                return there->etag;
        }
        return std::nullopt;
    }
    refused("PUT", path, r);
}

std::optional<QString> WebDavStore::replace(const QString &path, const QByteArray &data,
                                            const QString &ifMatch) {
    const QByteArray tag = strongForm(ifMatch).toLatin1();
    if (ifMatch.startsWith(QLatin1String("W/")))
        waitUntilStrong(ifMatch);
    for (int round = 0;; ++round) {
        const Response r = request("PUT", path, false, {{"If-Match", tag}}, data);
        if (r.status >= 200 && r.status < 300)
            return QString::fromLatin1(r.header("ETag"));
        if (r.status == 404)
            return std::nullopt;
        if (r.status != 412)
            refused("PUT", path, r);
        if (r.attempts > 1) {
            const auto there = get(path);
            if (there && there->data == data)
                return there->etag;
        }
        // Unchanged but still "weak" (written in the last second, see strongForm):
        // wait for the server to vouch for it, then try again.
        const auto now = stat(path);
        if (!now || strongForm(now->etag) != strongForm(ifMatch) ||
            !now->etag.startsWith(QLatin1String("W/")))
            return std::nullopt;
        if (round >= 3)
            throw Error(ErrorCode::Remote,
                        Tr::tr("The server %1 does not allow safe overwrites (it gives only weak ETags).")
                            .arg(m_config.root.host()));
        pause(1100);
    }
}

void WebDavStore::makeFolder(const QString &path) {
    checkRemotePath(path);
    if (path.isEmpty())
        return;
    auto mkcol = [&](const QString &p) {
        const Response r = request("MKCOL", p, true);
        if ((r.status >= 200 && r.status < 300) || r.status == 405)
            return true;
        if (r.status == 409)
            return false; // a parent is missing
        refused("MKCOL", p, r);
    };
    if (mkcol(path))
        return;
    const QStringList parts = path.split(QLatin1Char('/'));
    QString p;
    for (const QString &part : parts) {
        p += (p.isEmpty() ? QString() : QStringLiteral("/")) + part;
        if (!mkcol(p))
            throw Error(ErrorCode::Remote,
                        Tr::tr("The server %1 could not create the folder %2.").arg(m_config.root.host(), p));
    }
}

void WebDavStore::remove(const QString &path) {
    const Response r = request("DELETE", path, false);
    if ((r.status >= 200 && r.status < 300) || r.status == 404 || r.status == 410)
        return;
    refused("DELETE", path, r);
}

} // namespace rebound
