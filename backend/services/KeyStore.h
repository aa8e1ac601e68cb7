#pragma once
#include "crypto/SecureBytes.h"

#include <QString>
#include <functional>
#include <optional>

namespace rebound {

// The OS keystore, for "remember on this device". Asynchronous because real
// keystores may ask the user. Failures are normal (no keyring, user refused):
// the passphrase always still works.
class KeyStore {
public:
    virtual ~KeyStore() = default;
    virtual void save(const QString &vaultId, const SecureBytes &key, std::function<void(bool ok)> done) = 0;
    virtual void load(const QString &vaultId, std::function<void(std::optional<SecureBytes>)> done) = 0;
    virtual void remove(const QString &vaultId, std::function<void(bool removed)> done) = 0;
};

} // namespace rebound
