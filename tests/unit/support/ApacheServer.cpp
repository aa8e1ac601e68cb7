#include "ApacheServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <cstdlib>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace rebound::test {

namespace {
int freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

ApacheServer &ApacheServer::shared() {
    static ApacheServer server;
    if (!server.m_failure.isEmpty())
        throw std::runtime_error(server.m_failure.toStdString());
    return server;
}

ApacheServer::ApacheServer()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/rebound-dav-XXXXXX"))) {
    if (!m_dir->isValid()) {
        m_failure = QStringLiteral("could not create a temporary folder for Apache");
        return;
    }
    QProcess script;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REBOUND_DAV_USER"), user());
    env.insert(QStringLiteral("REBOUND_DAV_PASSWORD"), QString::fromLatin1(password()));
    script.setProcessEnvironment(env);
    script.start(QStringLiteral("/bin/sh"), {QStringLiteral(REBOUND_WEBDAV_SCRIPT), QStringLiteral("start"),
                                             m_dir->path(), QString::number(freePort())});
    // Safety net only: the script itself waits for the server to answer.
    const bool finished = script.waitForFinished(60000);
    const QString out = QString::fromLocal8Bit(script.readAllStandardOutput()).trimmed();
    const QString err = QString::fromLocal8Bit(script.readAllStandardError());
    if (!finished || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0 || out.isEmpty()) {
        m_failure = QStringLiteral("Apache (tests/webdav/apache.sh) did not start:\n") + out +
                    QLatin1Char('\n') + err;
        stop();
        return;
    }
    m_base = QUrl(out);
}

ApacheServer::~ApacheServer() {
    stop();
}

void ApacheServer::stop() {
    if (!m_dir || !m_dir->isValid())
        return;
    // Runs at static destruction, after the QCoreApplication: no QProcess here.
    const QByteArray command =
        "/bin/sh '" REBOUND_WEBDAV_SCRIPT "' stop '" + QFile::encodeName(m_dir->path()) + "' >/dev/null 2>&1";
    if (std::system(command.constData()) != 0) {
        // Nothing more to do: the pid file names the only process we may stop.
    }
    m_dir.reset();
}

QString ApacheServer::documentRoot() const {
    return m_dir->path() + QStringLiteral("/root/dav");
}

QString ApacheServer::pathFor(const QUrl &url) const {
    const QString rel = url.path().mid(m_base.path().size());
    return documentRoot() + QLatin1Char('/') + rel;
}

QUrl ApacheServer::url(const QString &hint) {
    QString name;
    do
        name = QStringLiteral("%1-%2").arg(hint).arg(++m_counter);
    while (QFileInfo::exists(documentRoot() + QLatin1Char('/') + name));
    const QString path = documentRoot() + QLatin1Char('/') + name;
    if (!QDir().mkpath(path))
        throw std::runtime_error("could not create a test folder under the DAV root");
    // The server may run as another user (www-data when the tests run as root).
    struct stat st {};
    if (::stat(QFile::encodeName(documentRoot()).constData(), &st) == 0 &&
        ::chown(QFile::encodeName(path).constData(), st.st_uid, st.st_gid) != 0)
        throw std::runtime_error("could not hand a test folder to the DAV server's user");
    return m_base.resolved(QUrl(name + QLatin1Char('/')));
}

} // namespace rebound::test
