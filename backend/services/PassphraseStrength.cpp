#include "PassphraseStrength.h"

#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)
};

bool isCommon(const QString &lower) {
    static const QSet<QString> common{
        QStringLiteral("password"), QStringLiteral("password1"),  QStringLiteral("123456789"),
        QStringLiteral("12345678"), QStringLiteral("qwertyuiop"), QStringLiteral("iloveyou"),
        QStringLiteral("letmein"),  QStringLiteral("welcome1"),   QStringLiteral("sunshine"),
        QStringLiteral("football"), QStringLiteral("princess"),   QStringLiteral("baseball"),
        QStringLiteral("trustno1"), QStringLiteral("superman"),   QStringLiteral("rebound1"),
        QStringLiteral("passw0rd"), QStringLiteral("qwerty123"),  QStringLiteral("1q2w3e4r"),
    };
    return common.contains(lower);
}

// Characters that merely continue a run or a sequence add little.
double effectiveLength(const QString &text) {
    double length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && text[i] == text[i - 1])
            length += 0.25;
        else if (i > 0 && std::abs(text[i].unicode() - text[i - 1].unicode()) == 1)
            length += 0.5;
        else
            length += 1;
    }
    return length;
}

} // namespace

PassphraseStrength PassphraseStrength::estimate(const QString &passphrase) {
    PassphraseStrength s;
    const QString lower = passphrase.toLower();
    bool hasLower = false, hasUpper = false, hasDigit = false, hasSymbol = false, hasOther = false;
    for (const QChar c : passphrase) {
        if (c.unicode() > 127)
            hasOther = true;
        else if (c.isLower())
            hasLower = true;
        else if (c.isUpper())
            hasUpper = true;
        else if (c.isDigit())
            hasDigit = true;
        else
            hasSymbol = true;
    }
    const int alphabet = (hasLower ? 26 : 0) + (hasUpper ? 26 : 0) + (hasDigit ? 10 : 0) +
                         (hasSymbol ? 33 : 0) + (hasOther ? 100 : 0);
    double bits = alphabet > 0 ? effectiveLength(passphrase) * std::log2(double(alphabet)) : 0;
    const int words = passphrase.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    if (isCommon(lower))
        bits = std::min(bits, 10.0);

    if (bits < 28)
        s.score = 0;
    else if (bits < 40)
        s.score = 1;
    else if (bits < 60)
        s.score = 2;
    else if (bits < 80)
        s.score = 3;
    else
        s.score = 4;
    s.acceptable = passphrase.size() >= kMinimumLength;

    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("PassphraseStrength", "Very weak"), QT_TRANSLATE_NOOP("PassphraseStrength", "Weak"),
        QT_TRANSLATE_NOOP("PassphraseStrength", "Fair"), QT_TRANSLATE_NOOP("PassphraseStrength", "Strong"),
        QT_TRANSLATE_NOOP("PassphraseStrength", "Very strong")};
    s.label = QCoreApplication::translate("PassphraseStrength", labels[s.score]);
    if (passphrase.isEmpty())
        s.hint = Tr::tr("A few unrelated words make a passphrase that is strong and easy to remember.");
    else if (!s.acceptable)
        s.hint = Tr::tr("Use at least %1 characters.").arg(kMinimumLength);
    else if (isCommon(lower))
        s.hint = Tr::tr("This is one of the most common passwords. Choose something personal to you.");
    else if (s.score < 3 && words < 4)
        s.hint = Tr::tr("Add another word or two: length beats complexity.");
    else if (s.score < 3)
        s.hint = Tr::tr("Avoid repeated characters and simple sequences.");
    else
        s.hint = Tr::tr("Good. Keep it somewhere safe: it cannot be recovered if you forget it.");
    return s;
}

} // namespace rebound
