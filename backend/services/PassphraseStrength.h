#pragma once
#include <QString>

namespace rebound {

// A quick, offline estimate to guide the user towards a passphrase that
// survives an offline guessing attack on a stolen vault (Argon2id slows it, but
// cannot save "password1").
struct PassphraseStrength {
    static constexpr int kMinimumLength = 8;

    int score = 0; // 0 (very weak) .. 4 (very strong)
    QString label;
    QString hint;
    bool acceptable = false; // long enough to create a vault with

    static PassphraseStrength estimate(const QString &passphrase);
};

} // namespace rebound
