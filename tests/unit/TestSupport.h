#pragma once
#include "crypto/KeyDerivation.h"
#include "storage/Vault.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace rebound::test {

SecureBytes secret(const char *text);
// Vaults for tests use the floor Argon2id parameters: same code path, faster.
std::unique_ptr<Vault> createVault(const QString &dir, const char *passphrase = "test passphrase",
                                   const Clock &clock = Vault::systemClock());
// Every file below dir (relative path → content).
QMap<QString, QByteArray> snapshot(const QString &dir);
// Environment for child processes: a display if there is one, isolated dirs under root.
QProcessEnvironment childEnvironment(const QString &isolatedRoot = {});
// Runs a program with stdin text; returns exit code, fills stdout/stderr.
int runProcess(const QString &program, const QStringList &args, const QByteArray &stdinText,
               QByteArray *out = nullptr, QByteArray *err = nullptr,
               const QProcessEnvironment &env = childEnvironment(), int timeoutMs = 120000);

} // namespace rebound::test
