#include "TestSupport.h"
#include "services/PassphraseStrength.h"

using namespace rebound;

TEST_CASE("Passphrase strength ranks what an attacker would guess first", "[passphrase]") {
    const auto empty = PassphraseStrength::estimate({});
    const auto common = PassphraseStrength::estimate(QStringLiteral("password1"));
    const auto shortOne = PassphraseStrength::estimate(QStringLiteral("ab1!"));
    const auto repeated = PassphraseStrength::estimate(QStringLiteral("aaaaaaaaaaaa"));
    const auto words = PassphraseStrength::estimate(QStringLiteral("violet tractor summer lantern"));
    CHECK(empty.score == 0);
    CHECK_FALSE(empty.acceptable);
    CHECK(common.score == 0);
    CHECK(common.acceptable); // allowed, but clearly flagged
    CHECK(common.hint.contains(QStringLiteral("common")));
    CHECK_FALSE(shortOne.acceptable);
    CHECK(repeated.score <= 1);
    CHECK(words.score >= 3);
    CHECK_FALSE(words.label.isEmpty());
    // Non-ASCII passphrases are first-class.
    CHECK(PassphraseStrength::estimate(QStringLiteral("Straße-日本-Überraschung")).score >= 3);
}
