#include "TestSupport.h"
#include "crypto/KeyDerivation.h"

using namespace rebound;
using rebound::test::secret;

TEST_CASE("Argon2id derivation is deterministic per salt and differs across salts", "[crypto]") {
    const KdfParams p = KdfParams::floor();
    const auto k1 = deriveKey(secret("pass phrase"), p);
    const auto k2 = deriveKey(secret("pass phrase"), p);
    const auto k3 = deriveKey(secret("pass phrase"), p.withNewSalt());
    const auto k4 = deriveKey(secret("pass phrasE"), p);
    CHECK(k1.size() == 32);
    CHECK(k1.equals(k2));
    CHECK_FALSE(k1.equals(k3));
    CHECK_FALSE(k1.equals(k4));
}

TEST_CASE("Sealing binds the associated data", "[crypto]") {
    const auto key = SecureBytes::random(32);
    const auto plain = secret("database key bytes..............");
    const SealedBox box = seal(key, plain, "header v1");
    CHECK(open(key, box, "header v1").equals(plain));
    CHECK(open(key, box, "header v2").isEmpty());
    CHECK(open(SecureBytes::random(32), box, "header v1").isEmpty());
    SealedBox flipped = box;
    flipped.ciphertext[3] = char(flipped.ciphertext[3] ^ 0x01);
    CHECK(open(key, flipped, "header v1").isEmpty());
}

TEST_CASE("SecureBytes copies, moves and clears", "[crypto]") {
    auto a = secret("abc");
    CHECK(a.size() == 3);
    SecureBytes b = std::move(a);
    CHECK(a.isEmpty());
    CHECK(b.size() == 3);
    b.clear();
    CHECK(b.isEmpty());
    CHECK(SecureBytes::fromUtf8(QStringLiteral("é")).size() == 2);
}
