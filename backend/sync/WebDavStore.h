#pragma once
#include "RemoteStore.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace rebound {

struct WebDavConfig {
    QUrl root; // https://host/path/ (user info in it is used, never shown)
    QString user;
    QByteArray password;            // copied; the store wipes its copy
    bool allowInsecureHttp = false; // plain http to a non-local host, confirmed by the user
    int timeoutMs = 30000;          // per request, no byte moving
    int retries = 3;                // extra attempts for transient failures
    int backoffMs = 500;            // first pause between attempts, doubled each time
};

// RemoteStore over WebDAV (Apache mod_dav, Nextcloud ...). Blocking: each request
// runs a local event loop, so use the store only on the thread that created it.
class WebDavStore : public RemoteStore {
public:
    // Throws ErrorCode::Remote for an unusable address (plain http to another host
    // without allowInsecureHttp, no host, not http/https).
    explicit WebDavStore(WebDavConfig config);
    ~WebDavStore() override;
    WebDavStore(const WebDavStore &) = delete;
    WebDavStore &operator=(const WebDavStore &) = delete;

    std::optional<QList<RemoteEntry>> list(const QString &folder) override;
    std::optional<RemoteObject> get(const QString &path) override;
    std::optional<RemoteEntry> stat(const QString &path) override;
    std::optional<QString> create(const QString &path, const QByteArray &data) override;
    std::optional<QString> replace(const QString &path, const QByteArray &data,
                                   const QString &ifMatch) override;
    void makeFolder(const QString &path) override;
    void remove(const QString &path) override;

    RemoteStats stats() const override { return m_stats; }
    void resetStats() override { m_stats = {}; }
    QString displayName() const override;

    // One answer, after redirects and retries (public for the parser tests).
    struct Response {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int attempts = 0;
        QByteArray header(const QByteArray &name) const;
    };
    // Parses a 207 multistatus for the folder at folderPath (decoded URL path):
    // the children, not the folder itself. Throws ErrorCode::Remote on bad XML.
    static QList<RemoteEntry> parseMultistatus(const QByteArray &xml, const QUrl &folderUrl);

private:
    struct Attempt;
    Response request(const QByteArray &method, const QString &path, bool folder,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {});
    Attempt send(const QByteArray &method, QUrl url, const QList<QPair<QByteArray, QByteArray>> &headers,
                 const QByteArray &body);
    QUrl urlFor(const QString &path, bool folder) const;
    void noteWeak(const QString &etag);
    void waitUntilStrong(const QString &etag);
    void pause(int ms);
    [[noreturn]] void refused(const QByteArray &method, const QString &path, const Response &r) const;

    WebDavConfig m_config;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    RemoteStats m_stats;
    // When each weak ETag was seen (ms on m_clock), see waitUntilStrong().
    QHash<QString, qint64> m_weakSeen;
    QElapsedTimer m_clock;
};

} // namespace rebound
