#include "Terminal.h"

#include <QByteArray>
#include <QtGlobal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace rebound::cli {

namespace {
constexpr std::size_t kMaxSecretBytes = 4096;

// Reads one line into locked memory without ever holding it in a std::string.
SecureBytes readSecretLine(std::FILE *in) {
    SecureBytes buffer(kMaxSecretBytes);
    std::size_t n = 0;
    int c;
    while ((c = std::fgetc(in)) != EOF && c != '\n') {
        if (n < kMaxSecretBytes)
            buffer.data()[n++] = static_cast<unsigned char>(c);
    }
    if (n > 0 && buffer.data()[n - 1] == '\r')
        --n;
    return SecureBytes(buffer.data(), n);
}
} // namespace

bool TerminalInput::interactive() const {
    return ::isatty(STDIN_FILENO) == 1;
}

SecureBytes TerminalInput::readSecret(const QString &prompt) {
    if (!interactive())
        return readSecretLine(stdin);
    std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    termios old{};
    const bool haveTermios = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTermios) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    SecureBytes secret = readSecretLine(stdin);
    if (haveTermios)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    return secret;
}

QString TerminalInput::readLine(const QString &prompt) {
    std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    QByteArray line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    return QString::fromUtf8(line).trimmed();
}

bool TerminalInput::styledOutput() const {
    // https://no-color.org: any non-empty NO_COLOR turns styling off.
    return ::isatty(STDOUT_FILENO) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR") &&
           qEnvironmentVariable("TERM") != QLatin1String("dumb");
}

QString TerminalInput::readRest() {
    QByteArray all;
    char chunk[4096];
    std::size_t n;
    while ((n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0)
        all.append(chunk, qsizetype(n));
    QString text = QString::fromUtf8(all);
    wipe(all);
    return text;
}

} // namespace rebound::cli
