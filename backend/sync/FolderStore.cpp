#include "FolderStore.h"

#include "core/Error.h"
#include "core/Logging.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

[[noreturn]] void fail(int err, const QString &path) {
    if (err == ENOSPC || err == EDQUOT || err == EFBIG)
        throw Error(ErrorCode::DiskFull,
                    Tr::tr("The disk of the sync folder is full: %1 was not written. Free some space, "
                       "then sync again.")
                        .arg(path));
    throw Error(ErrorCode::Remote, Tr::tr("Could not use %1 in the sync folder (%2).")
                                       .arg(path, QString::fromLocal8Bit(std::strerror(err))));
}

QString etagOf(const QByteArray &data) {
    ensureSodium();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(data.constData()),
                       std::size_t(data.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

void syncFolder(const QByteArray &dir) {
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Writes data to a new temporary file next to target and fsyncs it; returns its name.
QByteArray writeTemp(const QByteArray &target, const QByteArray &data, const QString &path) {
    const QByteArray dir = target.left(target.lastIndexOf('/') + 1);
    QByteArray temp = dir + QFile::encodeName(FolderStore::tempPrefix()) + "XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            throw Error(ErrorCode::Remote, Tr::tr("The folder for %1 is missing in the sync folder.").arg(path));
        fail(errno, path);
    }
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, std::size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            ::unlink(temp.constData());
            fail(err, path);
        }
        written += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int err = errno;
        ::unlink(temp.constData());
        fail(err, path);
    }
    return temp;
}

// Serialises replace() between processes on this machine (flock on the folder itself,
// so nothing extra appears in the synced folder).
class FolderLock {
public:
    explicit FolderLock(const QByteArray &dir) {
        m_fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (m_fd >= 0)
            while (::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) {
            }
    }
    ~FolderLock() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FolderLock(const FolderLock &) = delete;
    FolderLock &operator=(const FolderLock &) = delete;

private:
    int m_fd = -1;
};

} // namespace

void checkRemotePath(const QString &path) {
    if (path.isEmpty())
        return;
    bool bad =
        path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) || path.contains(QChar(0));
    const QStringList parts = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size() && !bad; ++i) {
        const QString &p = parts[i];
        // A trailing '/' is tolerated (folders); empty inner segments are not.
        if ((p.isEmpty() && i != parts.size() - 1) || p == QLatin1String(".") || p == QLatin1String(".."))
            bad = true;
    }
    if (bad)
        throw Error(ErrorCode::Remote,
                    Tr::tr("Refused the sync path \"%1\": it must stay inside the sync folder.").arg(path));
}

QString FolderStore::tempPrefix() {
    return QStringLiteral(".rebound-tmp-");
}

FolderStore::FolderStore(const QString &root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

QString FolderStore::full(const QString &path) const {
    checkRemotePath(path);
    return path.isEmpty() ? m_root : m_root + QLatin1Char('/') + path;
}

std::optional<QByteArray> FolderStore::read(const QString &path) {
    QFile f(full(path));
    if (!f.open(QIODevice::ReadOnly)) {
        if (!f.exists())
            return std::nullopt;
        throw Error(ErrorCode::Remote,
                    Tr::tr("Could not read %1 in the sync folder (%2).").arg(path, f.errorString()));
    }
    QByteArray data = f.readAll();
    if (f.error() != QFileDevice::NoError)
        throw Error(ErrorCode::Remote,
                    Tr::tr("Could not read %1 in the sync folder (%2).").arg(path, f.errorString()));
    return data;
}

std::optional<QList<RemoteEntry>> FolderStore::list(const QString &folder) {
    const QDir dir(full(folder));
    ++m_stats.requests;
    if (!QFileInfo(dir.path()).isDir())
        return std::nullopt;
    QList<RemoteEntry> out;
    const QFileInfoList infos =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : infos) {
        if (info.fileName().startsWith(tempPrefix()))
            continue;
        RemoteEntry e;
        e.name = info.fileName();
        e.isFolder = info.isDir();
        if (!e.isFolder) {
            const auto data = read(folder.isEmpty() ? e.name : folder + QLatin1Char('/') + e.name);
            if (!data)
                continue; // removed meanwhile
            m_stats.bytesDown += data->size();
            e.size = data->size();
            e.etag = etagOf(*data);
        }
        out.append(e);
    }
    return out;
}

std::optional<RemoteObject> FolderStore::get(const QString &path) {
    checkRemotePath(path);
    ++m_stats.requests;
    auto data = read(path);
    if (!data)
        return std::nullopt;
    m_stats.bytesDown += data->size();
    return RemoteObject{*data, etagOf(*data)};
}

std::optional<RemoteEntry> FolderStore::stat(const QString &path) {
    checkRemotePath(path);
    ++m_stats.requests;
    const auto data = read(path);
    if (!data)
        return std::nullopt;
    RemoteEntry e;
    e.name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    e.size = data->size();
    e.etag = etagOf(*data);
    return e;
}

std::optional<QString> FolderStore::create(const QString &path, const QByteArray &data) {
    const QByteArray target = QFile::encodeName(full(path));
    ++m_stats.requests;
    m_stats.bytesUp += data.size();
    const QByteArray temp = writeTemp(target, data, path);
    // link() fails with EEXIST instead of replacing: of two creators exactly one wins,
    // and readers never see a half-written object.
    int rc = ::link(temp.constData(), target.constData());
    int err = rc == 0 ? 0 : errno;
    if (rc != 0 && err != EEXIST) {
        // Filesystems without hard links (FAT, some FUSE): a rename that refuses to replace.
        rc = ::renameat2(AT_FDCWD, temp.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
        err = rc == 0 ? 0 : errno;
    }
    ::unlink(temp.constData());
    if (err == EEXIST)
        return std::nullopt;
    if (err != 0)
        fail(err, path);
    syncFolder(target.left(target.lastIndexOf('/')));
    return etagOf(data);
}

std::optional<QString> FolderStore::replace(const QString &path, const QByteArray &data,
                                            const QString &ifMatch) {
    const QByteArray target = QFile::encodeName(full(path));
    ++m_stats.requests;
    m_stats.bytesUp += data.size();
    const QByteArray dir = target.left(target.lastIndexOf('/'));
    FolderLock lock(dir);
    const auto current = read(path);
    if (!current || etagOf(*current) != ifMatch)
        return std::nullopt;
    const QByteArray temp = writeTemp(target, data, path);
    if (::rename(temp.constData(), target.constData()) != 0) {
        const int err = errno;
        ::unlink(temp.constData());
        fail(err, path);
    }
    syncFolder(dir);
    return etagOf(data);
}

void FolderStore::makeFolder(const QString &path) {
    const QString p = full(path);
    ++m_stats.requests;
    if (!QDir().mkpath(p))
        throw Error(ErrorCode::Remote, Tr::tr("Could not create the folder %1 in the sync folder.").arg(path));
}

void FolderStore::remove(const QString &path) {
    const QString p = full(path);
    ++m_stats.requests;
    const QFileInfo info(p);
    if (info.isDir() && !info.isSymLink()) {
        if (!QDir(p).removeRecursively())
            throw Error(ErrorCode::Remote, Tr::tr("Could not delete %1 in the sync folder.").arg(path));
        return;
    }
    if (::unlink(QFile::encodeName(p).constData()) != 0 && errno != ENOENT)
        fail(errno, path);
}

} // namespace rebound
