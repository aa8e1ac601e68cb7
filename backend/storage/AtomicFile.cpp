#include "AtomicFile.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <unistd.h>

namespace rebound {

namespace {
[[noreturn]] void ioFailure(int err, const QString &path) {
    if (err == ENOSPC || err == EDQUOT || err == EFBIG)
        throw Error(ErrorCode::DiskFull,
                    QCoreApplication::translate("Storage", "The disk is full. Nothing was changed."));
    throw Error(ErrorCode::Io,
                QCoreApplication::translate("Storage", "Could not write %1 (%2).")
                    .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(std::strerror(err))));
}
} // namespace

void writeFileAtomically(const QString &path, const QByteArray &content) {
    const QByteArray target = QFile::encodeName(path);
    // A unique temporary name: two writers never share (and truncate) one file.
    QByteArray temp = target + ".XXXXXX.tmp";
    const int fd = ::mkostemps(temp.data(), 4, O_CLOEXEC);
    if (fd < 0)
        ioFailure(errno, path);
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, std::size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(temp.constData());
            ioFailure(err, path);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(temp.constData());
        ioFailure(err, path);
    }
    ::close(fd);
    if (::rename(temp.constData(), target.constData()) != 0) {
        const int err = errno;
        ::unlink(temp.constData());
        ioFailure(err, path);
    }
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

FileLock::FileLock(const QString &path) {
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        ioFailure(errno, path);
    while (::flock(m_fd, LOCK_EX) != 0) {
        if (errno != EINTR) {
            const int err = errno;
            ::close(m_fd);
            ioFailure(err, path);
        }
    }
}

FileLock::~FileLock() {
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

} // namespace rebound
