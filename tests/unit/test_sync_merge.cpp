// Merging received ops (SyncRepository) on real vaults written through the real
// repositories: ops travel with localOpsAfter/apply, as the sync engine moves them.
#include "TestSupport.h"
#include "core/Error.h"
#include "storage/SyncSchemas.h"

#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

const qint64 kStart = QDateTime(QDate(2026, 6, 15), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

struct Device {
    Device(const QString &dir, qint64 start = kStart)
        : clock(start)
        , vault(createVault(dir, "test passphrase", clock)) {}
    FakeClock clock;
    std::unique_ptr<Vault> vault;
    qint64 sent = 0; // change_log seq already shipped

    JournalRepository &journal() { return vault->journal(); }
    SyncRepository &sync() { return vault->sync(); }
    // What the engine would put in the next batch.
    QList<SyncOp> outgoing() {
        qint64 last = 0;
        const QList<SyncOp> ops = sync().localOpsAfter(sent, 100000, &last);
        sent = last;
        return ops;
    }
    QList<SyncOp> all() {
        qint64 last = 0;
        return sync().localOpsAfter(0, 100000, &last);
    }
};

struct Fixture {
    QTemporaryDir tmp;
    Device a{tmp.filePath(QStringLiteral("a"))};
    Device b{tmp.filePath(QStringLiteral("b"))};
    Device c{tmp.filePath(QStringLiteral("c"))};

    // Both ways, everything not sent yet.
    void exchange(Device &x, Device &y) {
        const QList<SyncOp> fromX = x.outgoing();
        const QList<SyncOp> fromY = y.outgoing();
        y.sync().apply(fromX);
        x.sync().apply(fromY);
    }
};

JournalEntry entry(const QString &body, int mood = 3) {
    JournalEntry e;
    e.date = QDate(2026, 6, 14);
    e.mood = mood;
    e.body = body;
    return e;
}

int searchCount(Device &d, const QString &words) {
    JournalFilter f;
    f.text = words;
    return int(d.journal().search(f).size());
}

qint64 tombstoneCount(Device &d, const QString &entity, const QString &id) {
    Statement st = d.vault->store().db().query(
        QStringLiteral("SELECT count(*) FROM tombstones WHERE entity = ?1 AND record_id = ?2"));
    st.bind(1, entity).bind(2, id);
    st.step();
    return st.int64(0);
}

QString bodyOf(Device &d, const QString &id) {
    const auto e = d.journal().find(id);
    return e ? e->body : QStringLiteral("<absent>");
}

} // namespace

TEST_CASE("Records written on one device arrive whole on another", "[syncmerge]") {
    Fixture f;
    JournalEntry draft = entry(QStringLiteral("First week back at it."), 4);
    draft.tags = {QStringLiteral("restart"), QStringLiteral("plan")};
    const JournalEntry e = f.a.journal().create(draft);
    JobApplication app;
    app.company = QStringLiteral("Acme GmbH");
    app.role = QStringLiteral("Backend engineer");
    app.salaryMin = 50000;
    app.notes = QStringLiteral("Referred by Sam.");
    app = f.a.vault->applications().create(app);
    Contact person;
    person.name = QStringLiteral("Sam Rivera");
    person.emails = {QStringLiteral("sam@example.org")};
    person.tags = {QStringLiteral("mentor")};
    person = f.a.vault->contacts().create(person);

    CHECK(f.a.sync().stateHash() != f.b.sync().stateHash());
    const QList<SyncOp> ops = f.a.outgoing();
    const ApplyResult r = f.b.sync().apply(ops);
    CHECK(r.applied == ops.size());
    CHECK(r.changedRecords == 4); // entry, application, its stage event, contact
    CHECK(r.conflicts == 0);

    CHECK(f.b.journal().find(e.id) == e);
    CHECK(f.b.vault->applications().find(app.id) == app);
    CHECK(f.b.vault->applications().history(app.id) == f.a.vault->applications().history(app.id));
    CHECK(f.b.vault->contacts().find(person.id) == person);
    CHECK(f.a.sync().stateHash() == f.b.sync().stateHash());

    SECTION("a replayed batch changes nothing") {
        const QByteArray before = f.b.sync().stateHash();
        const ApplyResult again = f.b.sync().apply(ops);
        CHECK(again.applied == 0);
        CHECK(again.changedRecords == 0);
        QList<SyncOp> shuffled(ops.crbegin(), ops.crend());
        CHECK(f.b.sync().apply(shuffled).applied == 0);
        CHECK(f.b.sync().stateHash() == before);
        CHECK(f.b.vault->store().db().queryInt(QStringLiteral("SELECT count(*) FROM change_log")) ==
              ops.size());
    }
    SECTION("received ops are not sent on") {
        CHECK(f.b.outgoing().isEmpty());
        CHECK(f.b.sync().pendingCount(0) == 0);
    }
}

TEST_CASE("Concurrent edits of different fields both survive", "[syncmerge]") {
    Fixture f;
    const JournalEntry e = f.a.journal().create(entry(QStringLiteral("Rejected by Acme today.")));
    f.exchange(f.a, f.b);

    f.a.clock.advance(1000);
    JournalEntry onA = *f.a.journal().find(e.id);
    onA.mood = 2;
    f.a.journal().update(onA);
    f.b.clock.advance(2000);
    JournalEntry onB = *f.b.journal().find(e.id);
    onB.tags = {QStringLiteral("rejection")};
    f.b.journal().update(onB);

    f.exchange(f.a, f.b);
    for (Device *d : {&f.a, &f.b}) {
        const JournalEntry merged = *d->journal().find(e.id);
        CHECK(merged.mood == 2);
        CHECK(merged.tags == QStringList{QStringLiteral("rejection")});
        CHECK(merged.body == e.body);
    }
    CHECK(f.a.sync().stateHash() == f.b.sync().stateHash());
}

TEST_CASE("The same field edited on two devices: the later stamp wins, a tie goes by device id",
          "[syncmerge]") {
    Fixture f;
    JobApplication draft;
    draft.company = QStringLiteral("Acme");
    const JobApplication app = f.a.vault->applications().create(draft);
    f.exchange(f.a, f.b);

    auto setRole = [&](Device &d, const QString &role) {
        JobApplication x = *d.vault->applications().find(app.id);
        x.role = role;
        d.vault->applications().update(x);
    };
    SECTION("later stamp") {
        f.a.clock.advance(5000);
        f.b.clock.advance(1000);
        setRole(f.a, QStringLiteral("Staff engineer"));
        setRole(f.b, QStringLiteral("Team lead"));
        f.exchange(f.a, f.b);
        CHECK(f.a.vault->applications().find(app.id)->role == QStringLiteral("Staff engineer"));
        CHECK(f.b.vault->applications().find(app.id)->role == QStringLiteral("Staff engineer"));
    }
    SECTION("equal stamps") {
        // Same wall time; receiving A's batch moved B's clock one tick past A's.
        f.a.vault->checkIns().addWin(QDate(2026, 6, 15), QStringLiteral("tick"));
        setRole(f.a, QStringLiteral("Staff engineer"));
        setRole(f.b, QStringLiteral("Team lead"));
        const QList<SyncOp> fromA = f.a.outgoing(), fromB = f.b.outgoing();
        auto roleOp = [](const QList<SyncOp> &ops) {
            return *std::find_if(ops.cbegin(), ops.cend(),
                                 [](const SyncOp &op) { return op.field == QStringLiteral("role"); });
        };
        INFO(roleOp(fromA).hlc.toString().toStdString() << " " << roleOp(fromB).hlc.toString().toStdString());
        REQUIRE(roleOp(fromA).hlc == roleOp(fromB).hlc);
        f.b.sync().apply(fromA);
        f.a.sync().apply(fromB);
        const QString expected = f.a.vault->store().deviceId() > f.b.vault->store().deviceId()
                                     ? QStringLiteral("Staff engineer")
                                     : QStringLiteral("Team lead");
        CHECK(f.a.vault->applications().find(app.id)->role == expected);
        CHECK(f.b.vault->applications().find(app.id)->role == expected);
    }
    CHECK(f.a.sync().stateHash() == f.b.sync().stateHash());
}

TEST_CASE("A delete wins over a concurrent later edit and nothing comes back", "[syncmerge]") {
    Fixture f;
    const JournalEntry e = f.a.journal().create(entry(QStringLiteral("Draft of my pitch.")));
    f.exchange(f.a, f.b);
    f.c.sync().apply(f.a.all());

    f.a.clock.advance(1000);
    f.a.journal().remove(e.id);
    f.b.clock.advance(9000); // the edit is newer than the delete
    JournalEntry edited = *f.b.journal().find(e.id);
    edited.body = QStringLiteral("Draft of my pitch, improved.");
    f.b.journal().update(edited);

    const QList<SyncOp> del = f.a.outgoing(), edit = f.b.outgoing();
    f.b.sync().apply(del);  // B: edit, then delete
    f.a.sync().apply(edit); // A: delete, then edit
    f.c.sync().apply(edit); // C: edit first ...
    f.c.sync().apply(del);  // ... then the delete

    for (Device *d : {&f.a, &f.b, &f.c}) {
        CHECK_FALSE(d->journal().find(e.id));
        CHECK(tombstoneCount(*d, QStringLiteral("journal_entry"), e.id) == 1);
        CHECK(searchCount(*d, QStringLiteral("improved")) == 0);
    }
    CHECK(f.a.sync().stateHash() == f.b.sync().stateHash());
    CHECK(f.a.sync().stateHash() == f.c.sync().stateHash());

    SECTION("an even later edit does not resurrect it either") {
        SyncOp late = edit.constFirst();
        late.hlc.wallMs += 60000;
        late.value = QStringLiteral("late");
        late.field = QStringLiteral("body");
        f.a.sync().apply({late});
        CHECK_FALSE(f.a.journal().find(e.id));
    }
}

TEST_CASE("Undoing a delete syncs", "[syncmerge]") {
    Fixture f;
    const JournalEntry e = f.a.journal().create(entry(QStringLiteral("Interview at Globex went well.")));
    f.exchange(f.a, f.b);
    f.a.clock.advance(1000);
    f.a.journal().remove(e.id);
    f.exchange(f.a, f.b);
    REQUIRE_FALSE(f.b.journal().find(e.id));

    f.a.clock.advance(1000);
    f.a.journal().restore(e);
    const QList<SyncOp> undo = f.a.outgoing();
    CHECK(std::any_of(undo.cbegin(), undo.cend(), [](const SyncOp &op) {
        return op.field == WriteTransaction::kDeletedField && op.value.toLongLong() == 0;
    }));
    f.b.sync().apply(undo);
    REQUIRE(f.b.journal().find(e.id));
    CHECK(f.b.journal().find(e.id)->body == e.body);
    CHECK(tombstoneCount(f.b, QStringLiteral("journal_entry"), e.id) == 0);
    CHECK(searchCount(f.b, QStringLiteral("Globex")) == 1);
    CHECK(f.a.sync().stateHash() == f.b.sync().stateHash());

    SECTION("a device that saw neither the delete nor the undo gets the entry once") {
        f.c.sync().apply(f.a.all());
        CHECK(f.c.journal().find(e.id));
        CHECK(f.c.sync().stateHash() == f.a.sync().stateHash());
    }
}

TEST_CASE("An edit that arrives before its record waits, then appears", "[syncmerge]") {
    Fixture f;
    const JournalEntry e = f.a.journal().create(entry(QStringLiteral("Original text.")));
    f.b.sync().apply(f.a.outgoing());
    f.b.clock.advance(1000);
    JournalEntry edited = *f.b.journal().find(e.id);
    edited.mood = 5;
    f.b.journal().update(edited);

    // C hears from B first: only the edited fields, no entry_date (NOT NULL).
    const ApplyResult early = f.c.sync().apply(f.b.outgoing());
    CHECK(early.applied > 0);
    CHECK(early.changedRecords == 0);
    CHECK_FALSE(f.c.journal().find(e.id));
    CHECK(f.c.journal().count() == 0);

    const ApplyResult late = f.c.sync().apply(f.a.all());
    CHECK(late.changedRecords == 1);
    REQUIRE(f.c.journal().find(e.id));
    CHECK(f.c.journal().find(e.id)->mood == 5);
    CHECK(f.c.journal().find(e.id)->body == e.body);
    CHECK(f.c.sync().stateHash() == f.b.sync().stateHash());
}

TEST_CASE("Ops of unknown entities and fields are kept but not shown", "[syncmerge]") {
    Fixture f;
    const JournalEntry e = f.a.journal().create(entry(QStringLiteral("Known entry.")));
    f.b.sync().apply(f.a.outgoing());
    const QByteArray before = f.b.sync().stateHash();
    const QString device = QStringLiteral("ffffffff-0000-4000-8000-000000000001");
    const HlcTimestamp t{kStart + 10, 0};
    const QList<SyncOp> future{
        {QStringLiteral("habit"),
         QStringLiteral("h1"),
         QStringLiteral("name"),
         QStringLiteral("Walk"),
         t,
         device,
         {}},
        {QStringLiteral("journal_entry"),
         e.id,
         QStringLiteral("weather"),
         QStringLiteral("rain"),
         t,
         device,
         {}},
    };
    const ApplyResult r = f.b.sync().apply(future);
    CHECK(r.applied == 2);
    CHECK(r.changedRecords == 0);
    CHECK(f.b.journal().find(e.id) == f.a.journal().find(e.id));
    CHECK(f.b.sync().stateHash() == before);
    // Kept for snapshots (a newer app on another device will show them).
    const QList<SyncOp> state = f.b.sync().currentState(0, 1000);
    CHECK(state.contains(future[0]));
    CHECK(state.contains(future[1]));
    CHECK(f.b.sync().apply(future).applied == 0);
}

TEST_CASE("Concurrent edits of a journal body keep the losing text once", "[syncmerge]") {
    Fixture f;
    const JournalEntry e = f.a.journal().create(entry(QStringLiteral("What went well this week.")));
    f.exchange(f.a, f.b);

    f.a.clock.advance(1000);
    JournalEntry onA = *f.a.journal().find(e.id);
    onA.body = QStringLiteral("Written on the laptop.");
    f.a.journal().update(onA);
    f.b.clock.advance(2000);
    JournalEntry onB = *f.b.journal().find(e.id);
    onB.body = QStringLiteral("Written on the phone.");
    f.b.journal().update(onB);
    const QList<SyncOp> fromA = f.a.outgoing(), fromB = f.b.outgoing();

    // A receives the winner (its own text loses); B receives the loser.
    CHECK(f.a.sync().apply(fromB).conflicts == 1);
    CHECK(f.b.sync().apply(fromA).conflicts == 1);
    for (Device *d : {&f.a, &f.b}) {
        CHECK(bodyOf(*d, e.id) == QStringLiteral("Written on the phone."));
        const QList<SyncConflict> kept = d->sync().conflicts();
        REQUIRE(kept.size() == 1);
        CHECK(kept[0].entity == QStringLiteral("journal_entry"));
        CHECK(kept[0].recordId == e.id);
        CHECK(kept[0].field == QStringLiteral("body"));
        CHECK(kept[0].text == QStringLiteral("Written on the laptop."));
        CHECK(kept[0].winnerText == QStringLiteral("Written on the phone."));
        CHECK(kept[0].deviceId == f.a.vault->store().deviceId());
        CHECK(kept[0].detectedAt.isValid());
    }
    CHECK(f.a.sync().stateHash() == f.b.sync().stateHash());

    // Replays and a third device's copy of the same ops add nothing.
    CHECK(f.a.sync().apply(fromB).conflicts == 0);
    CHECK(f.b.sync().apply(fromA).conflicts == 0);
    CHECK(f.a.sync().conflictCount() == 1);
    CHECK(f.b.sync().conflictCount() == 1);

    SECTION("restoring the kept text is a normal edit that syncs") {
        const qint64 id = f.a.sync().conflicts().constFirst().id;
        f.a.clock.advance(5000);
        f.a.sync().restoreConflict(id);
        CHECK(bodyOf(f.a, e.id) == QStringLiteral("Written on the laptop."));
        CHECK(f.a.sync().conflictCount() == 0);
        CHECK(searchCount(f.a, QStringLiteral("laptop")) == 1);
        // Made on top of the phone's text (it was seen): no new conflict on B.
        CHECK(f.b.sync().apply(f.a.outgoing()).conflicts == 0);
        CHECK(bodyOf(f.b, e.id) == QStringLiteral("Written on the laptop."));
        CHECK(f.a.sync().stateHash() == f.b.sync().stateHash());
        CHECK_THROWS_AS(f.a.sync().restoreConflict(id), Error);
    }
    SECTION("dismissing drops it") {
        f.b.sync().dismissConflict(f.b.sync().conflicts().constFirst().id);
        CHECK(f.b.sync().conflictCount() == 0);
        CHECK(bodyOf(f.b, e.id) == QStringLiteral("Written on the phone."));
    }
    SECTION("the entry was deleted meanwhile") {
        f.b.journal().remove(e.id);
        try {
            f.b.sync().restoreConflict(f.b.sync().conflicts().constFirst().id);
            FAIL("restored a conflict of a deleted entry");
        } catch (const Error &err) {
            CHECK(err.code() == ErrorCode::NotFound);
            CHECK(err.message().contains(QStringLiteral("deleted")));
        }
        CHECK(f.b.sync().conflictCount() == 1); // still there for the user
    }
}

TEST_CASE("An edit made on top of a synced text is no conflict", "[syncmerge]") {
    Fixture f;
    const JournalEntry e = f.a.journal().create(entry(QStringLiteral("Version one.")));
    f.exchange(f.a, f.b);
    f.a.clock.advance(1000);
    JournalEntry x = *f.a.journal().find(e.id);
    x.body = QStringLiteral("Version two.");
    f.a.journal().update(x);
    x.body = QStringLiteral("Version two, polished.");
    f.a.journal().update(x); // two local edits, compacted to one op
    f.exchange(f.a, f.b);
    f.b.clock.advance(5000);
    x = *f.b.journal().find(e.id);
    x.body = QStringLiteral("Version three.");
    f.b.journal().update(x);
    f.exchange(f.a, f.b);
    CHECK(bodyOf(f.a, e.id) == QStringLiteral("Version three."));
    CHECK(f.a.sync().conflictCount() == 0);
    CHECK(f.b.sync().conflictCount() == 0);

    SECTION("a concurrent edit after several unsent local ones still counts as concurrent") {
        // A edits twice offline; C (synced at version three) edits once: A's
        // second edit's base must not be its own unsent first edit.
        f.c.sync().apply(f.a.all());
        f.c.sync().apply(f.b.all());
        f.a.clock.advance(10000);
        x = *f.a.journal().find(e.id);
        x.body = QStringLiteral("Four, first try.");
        f.a.journal().update(x);
        f.c.clock.advance(20000);
        JournalEntry y = *f.c.journal().find(e.id);
        y.body = QStringLiteral("Four from C.");
        f.c.journal().update(y);
        f.a.clock.advance(30000);
        x.body = QStringLiteral("Four, second try.");
        f.a.journal().update(x);
        f.exchange(f.a, f.c);
        CHECK(bodyOf(f.a, e.id) == QStringLiteral("Four, second try."));
        CHECK(f.a.sync().conflictCount() == 1);
        CHECK(f.c.sync().conflictCount() == 1);
        CHECK(f.c.sync().conflicts().constFirst().text == QStringLiteral("Four from C."));
    }
}

TEST_CASE("Journal search finds synced text", "[syncmerge]") {
    Fixture f;
    const JournalEntry e =
        f.a.journal().create(entry(QStringLiteral("Met a zebrafinch breeder at the fair.")));
    f.b.sync().apply(f.a.outgoing());
    CHECK(searchCount(f.b, QStringLiteral("zebrafinch")) == 1);
    f.a.clock.advance(1000);
    JournalEntry x = *f.a.journal().find(e.id);
    x.body = QStringLiteral("Met a kangaroo keeper at the fair.");
    f.a.journal().update(x);
    f.b.sync().apply(f.a.outgoing());
    CHECK(searchCount(f.b, QStringLiteral("zebrafinch")) == 0);
    CHECK(searchCount(f.b, QStringLiteral("kangaroo")) == 1);
    f.a.clock.advance(1000);
    f.a.journal().remove(e.id);
    f.b.sync().apply(f.a.outgoing());
    CHECK(searchCount(f.b, QStringLiteral("kangaroo")) == 0);
}

TEST_CASE("Values of every storage class survive the round trip", "[syncmerge]") {
    Fixture f;
    const QString text = QStringLiteral("Grüße 👋🏽 from ") + QString::fromUtf8("שלום עולם") +
                         QStringLiteral(" and ") + QString::fromUtf8("مرحبا") +
                         QStringLiteral(" 🧗\u200d♀️");
    const JournalEntry e = f.a.journal().create(entry(text, JournalEntry::kNoMood));
    f.b.sync().apply(f.a.outgoing());
    CHECK(bodyOf(f.b, e.id) == text);
    CHECK(f.b.journal().find(e.id)->mood == JournalEntry::kNoMood);

    // The ops themselves keep SQLite's types: mood null, created_at an integer.
    for (const SyncOp &op : f.a.all()) {
        if (op.field == QStringLiteral("mood"))
            CHECK_FALSE(op.value.isValid());
        if (op.field == QStringLiteral("created_at"))
            CHECK(op.value.typeId() == QMetaType::LongLong);
        if (op.field == QStringLiteral("body"))
            CHECK(op.value.typeId() == QMetaType::QString);
    }

    const QString device = QStringLiteral("ffffffff-0000-4000-8000-000000000002");
    const HlcTimestamp t{kStart + 10, 3};
    QByteArray bytes("\x00\x01\xfe\xff rebound", 12);
    const QList<QVariant> values{QVariant(),
                                 QVariant(qint64(-9007199254740993LL)),
                                 QVariant(2.718281828459045),
                                 QVariant(text),
                                 QVariant(bytes),
                                 QVariant(QByteArray("")),
                                 QVariant(QString(""))};
    QList<SyncOp> ops;
    for (int i = 0; i < values.size(); ++i)
        ops.append({QStringLiteral("future_kind"),
                    QStringLiteral("r"),
                    QStringLiteral("f%1").arg(i),
                    values[i],
                    t,
                    device,
                    {}});
    f.b.sync().apply(ops);
    const QList<SyncOp> state = f.b.sync().currentState(0, 1000);
    for (const SyncOp &op : ops) {
        const auto found = std::find_if(state.cbegin(), state.cend(), [&](const SyncOp &s) {
            return s.entity == op.entity && s.field == op.field;
        });
        REQUIRE(found != state.cend());
        INFO(op.field.toStdString());
        CHECK(found->value.typeId() == op.value.typeId());
        CHECK(found->value == op.value);
    }
}

TEST_CASE("Outgoing ops are compacted, bounded and carry what their writer had seen", "[syncmerge]") {
    Fixture f;
    JournalEntry e = f.a.journal().create(entry(QStringLiteral("one")));
    const qint64 afterInsert = f.a.sync().lastLocalSeq();
    for (const QString &body : {QStringLiteral("two"), QStringLiteral("three")}) {
        f.a.clock.advance(1000);
        e.body = body;
        e = f.a.journal().update(e);
    }
    qint64 last = -1;
    QList<SyncOp> ops = f.a.sync().localOpsAfter(0, 1000, &last);
    CHECK(last == f.a.sync().lastLocalSeq());
    QStringList fields;
    for (const SyncOp &op : ops)
        fields << op.field;
    CHECK(fields.count(QStringLiteral("body")) == 1); // newest only
    CHECK(fields.count(QStringLiteral("updated_at")) == 1);
    const SyncOp body = *std::find_if(ops.cbegin(), ops.cend(),
                                      [](const SyncOp &op) { return op.field == QStringLiteral("body"); });
    CHECK(body.value.toString() == QStringLiteral("three"));
    CHECK(body.base == HlcTimestamp{}); // nothing it replaced ever left this device

    // After the insert was sent, the edit's base is the insert's stamp.
    ops = f.a.sync().localOpsAfter(afterInsert, 1000, &last);
    const SyncOp edit = *std::find_if(ops.cbegin(), ops.cend(),
                                      [](const SyncOp &op) { return op.field == QStringLiteral("body"); });
    CHECK(edit.base.wallMs == kStart);
    const SyncOp stamp = *std::find_if(
        ops.cbegin(), ops.cend(), [](const SyncOp &op) { return op.field == QStringLiteral("updated_at"); });
    CHECK(stamp.base == HlcTimestamp{}); // only long text carries a base

    // Bounded: at most maxOps distinct fields, resumable from *lastSeq.
    QList<SyncOp> pieces;
    qint64 from = 0;
    for (int guard = 0; guard < 100; ++guard) {
        const QList<SyncOp> part = f.a.sync().localOpsAfter(from, 3, &last);
        if (part.isEmpty())
            break;
        CHECK(part.size() <= 3);
        CHECK(last > from);
        pieces += part;
        from = last;
    }
    CHECK(from == f.a.sync().lastLocalSeq());
    CHECK(f.a.sync().localOpsAfter(from, 3, &last).isEmpty());
    CHECK(last == from);
    f.b.sync().apply(pieces);
    CHECK(f.b.sync().stateHash() == f.a.sync().stateHash());

    CHECK(f.a.sync().pendingCount(0) == int(f.a.sync().lastLocalSeq()));
    CHECK(f.a.sync().pendingCount(f.a.sync().lastLocalSeq()) == 0);
}

TEST_CASE("currentState pages through the winners", "[syncmerge]") {
    Fixture f;
    for (int i = 0; i < 5; ++i) {
        f.a.clock.advance(10);
        f.a.journal().create(entry(QStringLiteral("entry %1").arg(i)));
    }
    f.a.clock.advance(10);
    const JournalEntry gone = f.a.journal().create(entry(QStringLiteral("deleted")));
    f.a.journal().remove(gone.id);
    const QList<SyncOp> whole = f.a.sync().currentState(0, 100000);
    QList<SyncOp> paged;
    for (int offset = 0;; offset += 7) {
        const QList<SyncOp> page = f.a.sync().currentState(offset, 7);
        paged += page;
        if (page.size() < 7)
            break;
    }
    CHECK(paged == whole);
    CHECK(f.a.sync().currentState(3, 5) == whole.mid(3, 5)); // a jump, not a follow-up
    // A snapshot alone rebuilds the same state, the delete included.
    f.b.sync().apply(whole);
    CHECK(f.b.sync().stateHash() == f.a.sync().stateHash());
    CHECK_FALSE(f.b.journal().find(gone.id));
}

TEST_CASE("Sync bookkeeping stays local", "[syncmerge]") {
    Fixture f;
    SyncRepository &sync = f.a.sync();
    const qint64 seq = sync.lastLocalSeq();
    CHECK_FALSE(sync.state(QStringLiteral("cursor")));
    sync.setState(QStringLiteral("cursor"), QByteArray("\x00\x01", 2));
    sync.setStates({{QStringLiteral("a"), QByteArray("1")}, {QStringLiteral("empty"), QByteArray()}});
    CHECK(sync.state(QStringLiteral("cursor")) == QByteArray("\x00\x01", 2));
    CHECK(sync.state(QStringLiteral("empty")) == QByteArray());

    SyncPeer p{QStringLiteral("a1b2"),
               7,
               QByteArray(32, '\x05'),
               QStringLiteral("\"etag\""),
               QStringLiteral("dev"),
               QStringLiteral("Laptop"),
               QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC)};
    sync.savePeer(p);
    CHECK(sync.peer(p.folder)->hash == p.hash);
    CHECK(sync.peer(p.folder)->lastSeen == p.lastSeen);
    CHECK(sync.peers().size() == 1);
    p.seq = 8;
    // Applying and recording progress in one transaction.
    const JournalEntry e = f.b.journal().create(entry(QStringLiteral("from b")));
    sync.apply(f.b.outgoing(), p);
    CHECK(sync.peer(p.folder)->seq == 8);
    CHECK(f.a.journal().find(e.id));

    // None of it is in the change log.
    CHECK(sync.lastLocalSeq() == seq);
    sync.clearState();
    CHECK_FALSE(sync.state(QStringLiteral("cursor")));
    CHECK(sync.peers().isEmpty());
}

TEST_CASE("The sync registry covers every synced table", "[syncmerge]") {
    Fixture f;
    Statement st = f.a.vault->store().db().query(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND "
                       "name NOT LIKE 'journal_fts%'"));
    const QStringList notSynced{QStringLiteral("meta"),          QStringLiteral("change_log"),
                                QStringLiteral("tombstones"),    QStringLiteral("reminder_marks"),
                                QStringLiteral("sync_state"),    QStringLiteral("sync_peers"),
                                QStringLiteral("sync_conflicts")};
    QStringList tables;
    while (st.step()) {
        if (!notSynced.contains(st.text(0)))
            tables << st.text(0);
    }
    QStringList registered;
    for (const EntitySchema *s : allSyncSchemas()) {
        registered << s->table;
        CHECK(syncSchemaFor(s->entity) == s);
        // Every column is a field (id aside), so a received record is complete.
        Statement info = f.a.vault->store().db().query(QStringLiteral("PRAGMA table_info(%1)").arg(s->table));
        QStringList columns;
        while (info.step())
            columns << info.text(1);
        columns.removeAll(QStringLiteral("id"));
        INFO(s->table.toStdString());
        CHECK(QSet<QString>(columns.cbegin(), columns.cend()) ==
              QSet<QString>(s->fields.cbegin(), s->fields.cend()));
    }
    tables.sort();
    registered.sort();
    CHECK(registered == tables);
    CHECK_FALSE(syncSchemaFor(QStringLiteral("habit")));
    CHECK(isLongText(QStringLiteral("journal_entry"), QStringLiteral("body")));
    CHECK(isLongText(QStringLiteral("contact"), QStringLiteral("notes")));
    CHECK_FALSE(isLongText(QStringLiteral("journal_entry"), QStringLiteral("tags")));
    CHECK_FALSE(isLongText(QStringLiteral("checkin"), QStringLiteral("note"))); // one line
}
