#pragma once
#include <QStringList>
#include <QTextStream>

namespace rebound {
class Clock;
}

namespace rebound::cli {

class Input;

// Exit codes are part of the interface (scripts rely on them).
// NotRemembered: "reminders --notify" found no key remembered on this device (it
// never asks for a passphrase, so it cannot open the vault) and touched nothing.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2, WrongPassphrase = 3, VaultUnusable = 4, NotRemembered = 5 };

// args excludes the program name. Output on out, messages on err.
int run(const QStringList &args, Input &input, QTextStream &out, QTextStream &err);
// The same with the vault opened on the given clock (tests: a fake "today").
int run(const QStringList &args, Input &input, QTextStream &out, QTextStream &err, const Clock &clock);
int main(int argc, char *argv[]);

} // namespace rebound::cli
