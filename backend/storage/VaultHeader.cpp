#include "VaultHeader.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace rebound {

namespace {

Error corrupt() {
    return Error(ErrorCode::VaultCorrupt,
                 QCoreApplication::translate("Vault",
                                             "The vault header (vault.json) is damaged. Restore it from a "
                                             "backup; the passphrase cannot help until then."));
}

QString b64(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromB64(const QJsonValue &value) {
    if (!value.isString())
        throw corrupt();
    auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // Only the canonical encoding: unused trailing bits or missing padding are damage too.
    if (!decoded || b64(*decoded) != value.toString())
        throw corrupt();
    return *decoded;
}

QString text(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        throw corrupt();
    return v.toString();
}

qint64 integer(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        throw corrupt();
    const double d = v.toDouble();
    if (d < 0 || d > 9.0e15 || d != double(qint64(d)))
        throw corrupt();
    return qint64(d);
}

// Exactly these keys: a damaged key name must not go unnoticed just because it
// names something we do not read.
void requireKeys(const QJsonObject &o, QStringList expected) {
    QStringList actual = o.keys();
    actual.sort();
    expected.sort();
    if (actual != expected)
        throw corrupt();
}

QJsonObject object(const QJsonObject &o, const char *key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isObject())
        throw corrupt();
    return v.toObject();
}

} // namespace

QByteArray VaultHeader::associatedData() const {
    // Canonical, order-fixed text; never the JSON bytes, whose formatting may vary.
    const QStringList parts{kFormatName,
                            QString::number(version),
                            vaultId,
                            kKdfName,
                            QString::number(kdf.memLimitBytes),
                            QString::number(kdf.opsLimit),
                            b64(kdf.salt),
                            kAeadName,
                            QString::number(cipher.compatibility),
                            QString::number(cipher.pageSize),
                            cipher.hmacAlgorithm,
                            cipher.kdfAlgorithm};
    return parts.join(QLatin1Char('\n')).toUtf8();
}

QByteArray VaultHeader::checksum() const {
    QByteArray all = associatedData();
    all += '\n' + created.toUtf8() + '\n' + cipher.createdWith.toUtf8() + '\n' + wrappedKey.nonce.toBase64() +
           '\n' + wrappedKey.ciphertext.toBase64();
    return blake2b256(all).toHex();
}

QByteArray VaultHeader::toJson() const {
    QJsonObject kdfObj{{QStringLiteral("name"), kKdfName},
                       {QStringLiteral("memlimit_bytes"), qint64(kdf.memLimitBytes)},
                       {QStringLiteral("opslimit"), qint64(kdf.opsLimit)},
                       {QStringLiteral("salt"), b64(kdf.salt)}};
    QJsonObject keyObj{{QStringLiteral("aead"), kAeadName},
                       {QStringLiteral("nonce"), b64(wrappedKey.nonce)},
                       {QStringLiteral("wrapped"), b64(wrappedKey.ciphertext)}};
    QJsonObject cipherObj{{QStringLiteral("compatibility"), cipher.compatibility},
                          {QStringLiteral("page_size"), cipher.pageSize},
                          {QStringLiteral("hmac_algorithm"), cipher.hmacAlgorithm},
                          {QStringLiteral("kdf_algorithm"), cipher.kdfAlgorithm},
                          {QStringLiteral("raw_key"), true},
                          {QStringLiteral("created_with"), cipher.createdWith}};
    QJsonObject root{{QStringLiteral("format"), kFormatName},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("vault_id"), vaultId},
                     {QStringLiteral("created"), created},
                     {QStringLiteral("kdf"), kdfObj},
                     {QStringLiteral("key"), keyObj},
                     {QStringLiteral("cipher"), cipherObj},
                     {QStringLiteral("checksum"), QString::fromLatin1(checksum())}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

VaultHeader VaultHeader::fromJson(const QByteArray &json) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw corrupt();
    const QJsonObject root = doc.object();
    if (text(root, "format") != kFormatName)
        throw corrupt();
    requireKeys(root, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("vault_id"),
                       QStringLiteral("created"), QStringLiteral("kdf"), QStringLiteral("key"),
                       QStringLiteral("cipher"), QStringLiteral("checksum")});

    VaultHeader h;
    h.version = int(integer(root, "version"));
    h.vaultId = text(root, "vault_id");
    h.created = text(root, "created");
    const QJsonObject kdfObj = object(root, "kdf");
    const QJsonObject keyObj = object(root, "key");
    const QJsonObject cipherObj = object(root, "cipher");
    requireKeys(kdfObj, {QStringLiteral("name"), QStringLiteral("memlimit_bytes"), QStringLiteral("opslimit"),
                         QStringLiteral("salt")});
    requireKeys(keyObj, {QStringLiteral("aead"), QStringLiteral("nonce"), QStringLiteral("wrapped")});
    requireKeys(cipherObj, {QStringLiteral("compatibility"), QStringLiteral("page_size"),
                            QStringLiteral("hmac_algorithm"), QStringLiteral("kdf_algorithm"),
                            QStringLiteral("raw_key"), QStringLiteral("created_with")});
    if (cipherObj.value(QLatin1String("raw_key")) != QJsonValue(true))
        throw corrupt();
    h.kdf.memLimitBytes = quint64(integer(kdfObj, "memlimit_bytes"));
    h.kdf.opsLimit = quint64(integer(kdfObj, "opslimit"));
    h.kdf.salt = fromB64(kdfObj.value(QLatin1String("salt")));
    h.wrappedKey.nonce = fromB64(keyObj.value(QLatin1String("nonce")));
    h.wrappedKey.ciphertext = fromB64(keyObj.value(QLatin1String("wrapped")));
    h.cipher.compatibility = int(integer(cipherObj, "compatibility"));
    h.cipher.pageSize = int(integer(cipherObj, "page_size"));
    h.cipher.hmacAlgorithm = text(cipherObj, "hmac_algorithm");
    h.cipher.kdfAlgorithm = text(cipherObj, "kdf_algorithm");
    h.cipher.createdWith = text(cipherObj, "created_with");
    const QString kdfName = text(kdfObj, "name");
    const QString aeadName = text(keyObj, "aead");

    if (text(root, "checksum").toLatin1() != h.checksum())
        throw corrupt();
    // Checked after the checksum: a genuine newer vault is reported as such,
    // not as damage.
    if (h.version != kFormatVersion) {
        throw Error(ErrorCode::UnsupportedVersion,
                    QCoreApplication::translate("Vault",
                                                "This vault uses format version %1, which this version of "
                                                "Rebound does not know. Please update the app.")
                        .arg(h.version));
    }
    if (kdfName != kKdfName || aeadName != kAeadName || QUuid::fromString(h.vaultId).isNull() ||
        !h.kdf.withinCeiling())
        throw corrupt();
    if (!h.kdf.meetsFloor()) {
        throw Error(ErrorCode::WeakKdf, QCoreApplication::translate(
                                            "Vault", "The vault header asks for weaker key protection than "
                                                     "Rebound allows; it may have been tampered with."));
    }
    return h;
}

} // namespace rebound
