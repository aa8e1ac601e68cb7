#pragma once
#include <QString>
#include <stdexcept>

namespace rebound {

// Every failure the user can meet has a code (for exit codes and UI decisions)
// and a translated, human message. Internals never leak SQL or key material.
enum class ErrorCode {
    Usage,
    WrongPassphrase,
    VaultMissing,
    VaultExists,
    VaultCorrupt,
    UnsupportedVersion,
    WeakKdf,
    SchemaTooNew,
    DiskFull,
    Io,
    Storage,
    NotFound,
    InvalidInput,
    Keystore,
    Crypto,
    Network,   // could not reach the sync server, or it failed (retry later)
    Remote,    // the server refused: wrong account, no space, not a Rebound sync
    Tampered,  // sync data failed authentication or its chain: never applied
};

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_code(code)
        , m_message(message) {}
    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
};

} // namespace rebound
