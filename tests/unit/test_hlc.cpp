#include "TestSupport.h"
#include "core/Hlc.h"

using namespace rebound;

TEST_CASE("HLC issues increasing stamps from a steady clock", "[hlc]") {
    FakeClock clock(1'000);
    HybridLogicalClock hlc(clock);
    const auto a = hlc.now();
    const auto b = hlc.now();
    clock.advance(5);
    const auto c = hlc.now();
    CHECK(a == HlcTimestamp{1'000, 0});
    CHECK(b == HlcTimestamp{1'000, 1});
    CHECK(c == HlcTimestamp{1'005, 0});
}

TEST_CASE("HLC stays monotonic when the wall clock goes backwards", "[hlc]") {
    FakeClock clock(50'000);
    HybridLogicalClock hlc(clock);
    const auto before = hlc.now();
    clock.set(10'000); // NTP correction, manual change, DST confusion...
    const auto after1 = hlc.now();
    const auto after2 = hlc.now();
    CHECK(after1 > before);
    CHECK(after2 > after1);
    CHECK(after1.wallMs == 50'000);
    clock.set(60'000);
    CHECK(hlc.now() == HlcTimestamp{60'000, 0});
}

TEST_CASE("HLC counter overflow borrows a millisecond instead of wrapping", "[hlc]") {
    FakeClock clock(7'000);
    HybridLogicalClock hlc(clock, HlcTimestamp{7'000, 0xFFFE});
    const auto a = hlc.now();
    const auto b = hlc.now();
    CHECK(a == HlcTimestamp{7'000, 0xFFFF});
    CHECK(b == HlcTimestamp{7'001, 0});
    CHECK(b > a);
    // Still strictly increasing for many more stamps in the same wall millisecond.
    HlcTimestamp previous = b;
    for (int i = 0; i < 200'000; ++i) {
        const auto next = hlc.now();
        REQUIRE(next > previous);
        previous = next;
    }
}

TEST_CASE("HLC receive merges remote time and refuses far-future stamps", "[hlc]") {
    FakeClock clock(100'000);
    HybridLogicalClock hlc(clock);
    hlc.now();
    SECTION("remote ahead within the drift window") {
        const auto merged = hlc.receive(HlcTimestamp{160'000, 3});
        REQUIRE(merged);
        CHECK(*merged == HlcTimestamp{160'000, 4});
        CHECK(hlc.now() == HlcTimestamp{160'000, 5});
    }
    SECTION("remote behind") {
        const auto merged = hlc.receive(HlcTimestamp{10, 9});
        REQUIRE(merged);
        CHECK(*merged == HlcTimestamp{100'000, 1});
    }
    SECTION("remote more than five minutes ahead is refused and changes nothing") {
        const auto last = hlc.last();
        CHECK_FALSE(hlc.receive(HlcTimestamp{100'000 + HybridLogicalClock::kMaxForwardDriftMs + 1, 0}));
        CHECK(hlc.last() == last);
    }
}

TEST_CASE("HLC text form sorts like the timestamps and round-trips", "[hlc]") {
    const HlcTimestamp a{0x18bcf00aa11, 0x00ff};
    const HlcTimestamp b{0x18bcf00aa11, 0x0100};
    const HlcTimestamp c{0x18bcf00aa12, 0x0000};
    CHECK(a.toString().size() == 16);
    CHECK(a.toString() < b.toString());
    CHECK(b.toString() < c.toString());
    CHECK(HlcTimestamp::parse(a.toString()) == a);
    CHECK_FALSE(HlcTimestamp::parse(u"xyz"));
    CHECK_FALSE(HlcTimestamp::parse(u"zzzzzzzzzzzzzzzz"));
}
