#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace rebound::test {

SecureBytes secret(const char *text) {
    return SecureBytes(reinterpret_cast<const unsigned char *>(text), std::strlen(text));
}

std::unique_ptr<Vault> createVault(const QString &dir, const char *passphrase, const Clock &clock) {
    return Vault::create(dir, secret(passphrase), KdfParams::floor(), clock);
}

QMap<QString, QByteArray> snapshot(const QString &dir) {
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return files;
}

QProcessEnvironment childEnvironment(const QString &isolatedRoot) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.value(QStringLiteral("REBOUND_TEST_RESTORE_QPA")) == QLatin1String("1")) {
        env.remove(QStringLiteral("REBOUND_TEST_RESTORE_QPA"));
        if (env.contains(QStringLiteral("DISPLAY")))
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }
    if (!isolatedRoot.isEmpty()) {
        const QDir root(isolatedRoot);
        for (const char *sub : {"home", "data", "config", "cache", "tmp", "runtime"})
            root.mkpath(QString::fromLatin1(sub));
        env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("TMPDIR"), root.filePath(QStringLiteral("tmp")));
        QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
    }
    return env;
}

int runProcess(const QString &program, const QStringList &args, const QByteArray &stdinText, QByteArray *out,
               QByteArray *err, const QProcessEnvironment &env, int timeoutMs) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        return -1;
    p.write(stdinText);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -2;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

} // namespace rebound::test
