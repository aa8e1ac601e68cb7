#pragma once
#include <QString>
#include <QUrl>
#include <memory>

class QTemporaryDir;

namespace rebound::test {

// One private Apache with mod_dav per test process (tests/webdav/apache.sh),
// started on first use in a temporary folder and stopped at exit. If it cannot
// start, every call throws with the script's output: the tests fail, never skip.
class ApacheServer {
public:
    static ApacheServer &shared();
    ~ApacheServer();

    // The WebDAV base, http://127.0.0.1:PORT/dav/
    QUrl baseUrl() const { return m_base; }
    // A new, empty folder under the base for one test (named after hint).
    QUrl url(const QString &hint);
    // The folder on disk behind baseUrl(), to inspect or tamper with files.
    QString documentRoot() const;
    // The on-disk folder behind a URL from url().
    QString pathFor(const QUrl &url) const;
    QString user() const { return QStringLiteral("rebound"); }
    QByteArray password() const { return QByteArrayLiteral("dav-test-password"); }

private:
    ApacheServer();
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    QUrl m_base;
    QString m_failure;
    int m_counter = 0;
};

} // namespace rebound::test
