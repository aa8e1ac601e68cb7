#pragma once
#include "KeyStore.h"

namespace rebound {

// KeyStore on QtKeychain: Secret Service/KWallet on Linux, Keychain on Apple
// platforms, Credential Manager on Windows, Android Keystore.
class QtKeychainStore final : public KeyStore {
public:
    void save(const QString &vaultId, const SecureBytes &key, std::function<void(bool ok)> done) override;
    void load(const QString &vaultId, std::function<void(std::optional<SecureBytes>)> done) override;
    void remove(const QString &vaultId, std::function<void(bool removed)> done) override;
};

} // namespace rebound
