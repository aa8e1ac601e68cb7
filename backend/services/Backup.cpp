#include "Backup.h"

#include "core/Logging.h"
#include "storage/Vault.h"
#include "sync/Bytes.h"
#include "sync/SyncFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>
#include <cerrno>
#include <sodium.h>

namespace rebound::backup {

namespace {

using syncformat::ByteReader;
using syncformat::ByteWriter;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

constexpr char kMagic[] = "RBNDBKUP";
constexpr int kMagicBytes = 8;
constexpr int kSaltBytes = KdfParams::kSaltBytes;
constexpr int kFixedHeaderBytes = kMagicBytes + 2 + 8 + 8 + kSaltBytes;
constexpr int kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr int kOpsPerPage = 2000;
// Pages are split below this (long journal bodies); the reader refuses chunks
// larger than the ceiling before allocating them.
constexpr qsizetype kMaxPageBytes = 8 * 1024 * 1024;
constexpr qsizetype kMaxChunkBytes = 64 * 1024 * 1024;

enum class ChunkKind : quint8 { Info = 1, Ops = 2, Trailer = 3 };

// The stream state holds key material: wiped however the scope is left.
struct StreamState {
    crypto_secretstream_xchacha20poly1305_state state;
    StreamState() { sodium_memzero(&state, sizeof state); }
    ~StreamState() { sodium_memzero(&state, sizeof state); }
    StreamState(const StreamState &) = delete;
    StreamState &operator=(const StreamState &) = delete;
};

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void damaged(const QString &path, const char *what) {
    qCWarning(lcExport) << "backup damaged:" << what;
    throw Error(ErrorCode::VaultCorrupt,
                Tr::tr("The backup file %1 is damaged or incomplete. Nothing was restored from it.")
                    .arg(nativePath(path)));
}

QByteArray fixedHeader(const KdfParams &kdf) {
    ByteWriter w;
    w.raw(QByteArray(kMagic, kMagicBytes));
    w.u16(kFormatVersion);
    w.u64(kdf.memLimitBytes);
    w.u64(kdf.opsLimit);
    w.raw(kdf.salt);
    return w.data();
}

QByteArray infoJson(const Info &info) {
    QJsonObject o{{QStringLiteral("createdAt"), info.createdAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("appVersion"), info.appVersion},
                  {QStringLiteral("vaultId"), info.vaultId}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray trailerBytes(const Info &info) {
    ByteWriter w;
    w.u64(quint64(info.records));
    w.u64(quint64(info.ops));
    return w.data();
}

class Writer {
public:
    Writer(const QString &path, const SecureBytes &passphrase, const KdfParams &kdf)
        : m_file(path)
        , m_path(path) {
        if (!m_file.open(QIODevice::WriteOnly))
            fail();
        m_header = fixedHeader(kdf);
        const SecureBytes key = deriveKey(passphrase, kdf);
        QByteArray streamHeader(kStreamHeaderBytes, '\0');
        crypto_secretstream_xchacha20poly1305_init_push(
            &m_stream.state, reinterpret_cast<unsigned char *>(streamHeader.data()), key.data());
        write(m_header + streamHeader);
    }

    void chunk(ChunkKind kind, const QByteArray &payload) {
        QByteArray plain;
        plain.reserve(payload.size() + 1);
        plain.append(char(kind));
        plain.append(payload);
        push(plain, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        sodium_memzero(plain.data(), size_t(plain.size()));
    }

    void finish() {
        push({}, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
        if (!m_file.commit())
            fail();
    }

private:
    void push(const QByteArray &plain, unsigned char tag) {
        QByteArray out(4 + plain.size() + kChunkOverhead, Qt::Uninitialized);
        qToBigEndian<quint32>(quint32(plain.size() + kChunkOverhead), out.data());
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &m_stream.state, reinterpret_cast<unsigned char *>(out.data() + 4), &written,
            reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
            reinterpret_cast<const unsigned char *>(m_header.constData()), quint64(m_header.size()), tag);
        write(out);
    }

    void write(const QByteArray &bytes) {
        if (m_file.write(bytes) != bytes.size())
            fail();
    }

    [[noreturn]] void fail() {
        const int err = errno; // of the write that failed, before anything else can change it
        const bool full =
            m_file.error() == QFileDevice::ResourceError || err == ENOSPC || err == EDQUOT || err == EFBIG;
        const QString reason = m_file.errorString();
        m_file.cancelWriting();
        qCWarning(lcExport) << "writing the backup failed:" << reason;
        if (full)
            throw Error(
                ErrorCode::DiskFull,
                Tr::tr("There is not enough space to write the backup to %1.").arg(nativePath(m_path)));
        throw Error(ErrorCode::Io,
                    Tr::tr("Could not write the backup to %1: %2").arg(nativePath(m_path), reason));
    }

    QSaveFile m_file;
    QString m_path;
    QByteArray m_header;
    StreamState m_stream;
};

// Counts records in op pages that come in (entity, record) order.
struct RecordCounter {
    qint64 records = 0;
    QString entity, record;
    void add(const QList<SyncOp> &page) {
        for (const SyncOp &op : page) {
            if (op.recordId != record || op.entity != entity) {
                ++records;
                entity = op.entity;
                record = op.recordId;
            }
        }
    }
};

// Splits pages whose encoding is too large for one chunk (long texts).
void writeOps(Writer &writer, const QList<SyncOp> &ops) {
    QByteArray encoded = syncformat::encodeOps(ops);
    if (encoded.size() > kMaxPageBytes && ops.size() > 1) {
        const qsizetype half = ops.size() / 2;
        writeOps(writer, ops.first(half));
        writeOps(writer, ops.sliced(half));
        return;
    }
    writer.chunk(ChunkKind::Ops, syncformat::pack(encoded));
    sodium_memzero(encoded.data(), size_t(encoded.size()));
}

} // namespace

Info create(Vault &vault, const QString &path, const SecureBytes &passphrase, const KdfParams &kdf,
            const Progress &progress) {
    if (!kdf.meetsFloor() || !kdf.withinCeiling() || kdf.salt.size() != kSaltBytes)
        throw Error(ErrorCode::WeakKdf, Tr::tr("The key-derivation settings are out of the allowed range."));
    Info info;
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.appVersion = QCoreApplication::applicationVersion();
    info.vaultId = vault.header().vaultId;

    SyncRepository &repo = vault.sync();
    const qint64 total = std::max<qint64>(1, repo.changeLogSize());
    if (progress)
        progress(0, total);
    Writer writer(path, passphrase, kdf);
    writer.chunk(ChunkKind::Info, infoJson(info));
    RecordCounter counter;
    for (int offset = 0;;) {
        const QList<SyncOp> page = repo.currentState(offset, kOpsPerPage);
        if (page.isEmpty())
            break;
        offset += int(page.size());
        counter.add(page);
        info.ops += page.size();
        writeOps(writer, page);
        if (progress)
            progress(std::min(info.ops, total), total);
    }
    info.records = counter.records;
    writer.chunk(ChunkKind::Trailer, trailerBytes(info));
    writer.finish();
    if (progress)
        progress(total, total);
    qCInfo(lcExport) << "backup written:" << info.records << "records," << info.ops << "values";
    return info;
}

Info read(const QString &path, const SecureBytes &passphrase,
          const std::function<void(const QList<SyncOp> &)> &sink, const Progress &progress) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Io, Tr::tr("Could not open %1: %2").arg(nativePath(path), file.errorString()));
    const qint64 size = file.size();
    const QByteArray header = file.read(kFixedHeaderBytes);
    if (header.size() < kMagicBytes || header.left(kMagicBytes) != QByteArray(kMagic, kMagicBytes))
        throw Error(ErrorCode::VaultCorrupt,
                    Tr::tr("%1 is not a Rebound backup file.").arg(nativePath(path)));
    if (header.size() < kFixedHeaderBytes)
        damaged(path, "short header");
    ByteReader r(header, kMagicBytes);
    const quint16 version = r.u16();
    if (version > kFormatVersion)
        throw Error(
            ErrorCode::UnsupportedVersion,
            Tr::tr("This backup was made by a newer version of Rebound. Update the app to restore it."));
    if (version == 0)
        damaged(path, "version");
    KdfParams kdf;
    kdf.memLimitBytes = r.u64();
    kdf.opsLimit = r.u64();
    kdf.salt = r.raw(kSaltBytes);
    // An edited header must not make us run Argon2id for hours or allocate gigabytes.
    if (!kdf.meetsFloor() || !kdf.withinCeiling())
        damaged(path, "kdf parameters");
    const QByteArray streamHeader = file.read(kStreamHeaderBytes);
    if (streamHeader.size() != kStreamHeaderBytes)
        damaged(path, "short stream header");

    StreamState stream;
    {
        const SecureBytes key = deriveKey(passphrase, kdf);
        if (crypto_secretstream_xchacha20poly1305_init_pull(
                &stream.state, reinterpret_cast<const unsigned char *>(streamHeader.constData()),
                key.data()) != 0)
            damaged(path, "stream header");
    }

    Info info;
    Info trailer;
    bool haveTrailer = false;
    qint64 chunks = 0, ops = 0;
    RecordCounter counter;
    for (;;) {
        const QByteArray lengthBytes = file.read(4);
        if (lengthBytes.size() != 4)
            damaged(path, "truncated before the end");
        const quint32 length = qFromBigEndian<quint32>(lengthBytes.constData());
        if (length < quint32(kChunkOverhead) || qsizetype(length) > kMaxChunkBytes ||
            qint64(length) > size - file.pos())
            damaged(path, "chunk length");
        const QByteArray cipher = file.read(qint64(length));
        if (cipher.size() != qsizetype(length))
            damaged(path, "short chunk");
        QByteArray plain(qsizetype(length) - kChunkOverhead, Qt::Uninitialized);
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &stream.state, reinterpret_cast<unsigned char *>(plain.data()), &plainLength, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(cipher.size()),
                reinterpret_cast<const unsigned char *>(header.constData()), quint64(header.size())) != 0) {
            if (chunks == 0)
                throw Error(ErrorCode::WrongPassphrase,
                            Tr::tr("The backup passphrase is wrong, or the file is damaged."));
            damaged(path, "authentication");
        }
        ++chunks;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (plainLength != 0 || !haveTrailer || !file.atEnd())
                damaged(path, "final chunk");
            break;
        }
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE || plainLength == 0 || haveTrailer)
            damaged(path, "chunk order");
        const auto kind = ChunkKind(quint8(plain.at(0)));
        const QByteArray payload = plain.sliced(1, qsizetype(plainLength) - 1);
        sodium_memzero(plain.data(), size_t(plain.size()));
        if (chunks == 1) {
            if (kind != ChunkKind::Info)
                damaged(path, "first chunk");
            const QJsonObject o = QJsonDocument::fromJson(payload).object();
            info.createdAt =
                QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
            info.appVersion = o.value(QStringLiteral("appVersion")).toString();
            info.vaultId = o.value(QStringLiteral("vaultId")).toString();
            if (!info.createdAt.isValid() || info.vaultId.isEmpty())
                damaged(path, "info");
        } else if (kind == ChunkKind::Ops) {
            QList<SyncOp> page;
            try {
                page = syncformat::decodeOps(syncformat::unpack(payload));
            } catch (const Error &) {
                damaged(path, "ops");
            }
            counter.add(page);
            ops += page.size();
            if (sink)
                sink(page);
        } else if (kind == ChunkKind::Trailer) {
            if (payload.size() != 16)
                damaged(path, "trailer");
            ByteReader t(payload);
            trailer.records = qint64(t.u64());
            trailer.ops = qint64(t.u64());
            haveTrailer = true;
        } else {
            damaged(path, "chunk kind");
        }
        if (progress)
            progress(file.pos(), size);
    }
    if (trailer.ops != ops || trailer.records != counter.records)
        damaged(path, "counts");
    info.records = counter.records;
    info.ops = ops;
    return info;
}

std::unique_ptr<Vault> restore(const QString &path, const SecureBytes &backupPassphrase,
                               const QString &vaultDir, const SecureBytes &vaultPassphrase,
                               const KdfParams &kdf, const Progress &progress) {
    if (Vault::exists(vaultDir))
        throw Error(ErrorCode::VaultExists,
                    Tr::tr("A vault already exists in %1.").arg(nativePath(vaultDir)));
    // Half the bar for checking the file, half for merging it.
    const auto half = [&progress](int which) -> Progress {
        if (!progress)
            return {};
        return [&progress, which](qint64 done, qint64 total) {
            progress(which * total + done, 2 * std::max<qint64>(total, 1));
        };
    };
    const Info checked = read(path, backupPassphrase, {}, half(0));

    const bool folderExisted = QFileInfo(vaultDir).isDir();
    std::unique_ptr<Vault> vault = Vault::create(vaultDir, vaultPassphrase, kdf);
    try {
        const Info merged = read(
            path, backupPassphrase, [&vault](const QList<SyncOp> &page) { vault->sync().apply(page); },
            half(1));
        if (merged.ops != checked.ops)
            damaged(path, "changed while restoring");
    } catch (...) {
        // No half-restored vault: it stops being a vault once its header is gone.
        vault.reset();
        QDir dir(vaultDir);
        dir.remove(Vault::kHeaderFile);
        if (!folderExisted) {
            dir.removeRecursively();
        } else {
            for (const QString &name :
                 dir.entryList({Vault::kDatabaseFile + QLatin1Char('*'), Vault::kLockFile}))
                dir.remove(name);
        }
        throw;
    }
    qCInfo(lcExport) << "restored" << checked.records << "records into a new vault";
    return vault;
}

} // namespace rebound::backup
