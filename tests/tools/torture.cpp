// Test helper for the kill -9 tests: does one kind of work forever, printing a
// line after each step has durably returned, until the test kills it.
//   rebound-torture write DIR      (stdin: passphrase)          prints entry ids
//   rebound-torture passwd DIR     (stdin: passphrase A, then B) prints the passphrase now in force
// Errors end it with exit code 1 and the user-facing message on stderr.
#include "storage/Vault.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

using namespace rebound;

static SecureBytes line() {
    std::string s;
    std::getline(std::cin, s);
    return SecureBytes(reinterpret_cast<const unsigned char *>(s.data()), s.size());
}

int main(int argc, char *argv[]) {
    // The disk-full tests cap file sizes (RLIMIT_FSIZE): fail the write, not the process.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const std::string mode = argv[1];
    const QString dir = QString::fromLocal8Bit(argv[2]);
    try {
        if (mode == "write") {
            auto vault = Vault::unlock(dir, line());
            for (int i = 0;; ++i) {
                const auto e =
                    vault->journal().create(QDate(2026, 1, 1).addDays(i % 300), 1 + i % 5,
                                            QStringLiteral("torture entry %1 ").arg(i).repeated(20));
                std::printf("%s\n", qPrintable(e.id));
                std::fflush(stdout);
            }
        }
        if (mode == "passwd") {
            SecureBytes a = line();
            SecureBytes b = line();
            for (;;) {
                Vault::changePassphrase(dir, a, b, KdfParams::floor());
                std::printf("B\n");
                std::fflush(stdout);
                Vault::changePassphrase(dir, b, a, KdfParams::floor());
                std::printf("A\n");
                std::fflush(stdout);
            }
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    return 2;
}
