#pragma once
#include "crypto/SecureBytes.h"

#include <QString>

namespace rebound::cli {

// Where the CLI gets secrets and text. The real one reads the terminal (echo off)
// or, when stdin is not a terminal, successive lines of stdin; tests script it.
class Input {
public:
    virtual ~Input() = default;
    virtual bool interactive() const = 0;
    virtual SecureBytes readSecret(const QString &prompt) = 0;
    // The rest of stdin (the entry text for "journal add" without --text).
    virtual QString readRest() = 0;
    // One answer typed on the terminal (e.g. y/N), with the prompt on stderr.
    virtual QString readLine(const QString &prompt) = 0;
    // Whether stdout is a terminal that shows ANSI bold (and NO_COLOR is not set).
    virtual bool styledOutput() const { return false; }
};

class TerminalInput final : public Input {
public:
    bool interactive() const override;
    SecureBytes readSecret(const QString &prompt) override;
    QString readRest() override;
    QString readLine(const QString &prompt) override;
    bool styledOutput() const override;
};

} // namespace rebound::cli
