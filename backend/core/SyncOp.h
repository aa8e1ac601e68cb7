#pragma once
#include "Hlc.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace rebound {

// One field-level change as it travels between devices: a change_log row.
// value is null, an integer, a real, text or bytes (SQLite's storage classes).
// A delete is field "_deleted" with value 1; an undo of a delete is "_deleted" = 0.
struct SyncOp {
    QString entity;   // change-log entity name, e.g. "journal_entry"
    QString recordId; // the record's UUID
    QString field;    // a column of the entity's table, or "_deleted"
    QVariant value;
    HlcTimestamp hlc;
    QString deviceId; // change_log.device_id of the writer (tie-break on equal HLC)
    // For long-text fields only (journal bodies, notes): the HLC of the value the
    // writer was editing (zero when it had none). Lets a receiver tell a concurrent
    // edit (keep the loser as a conflict revision) from an edit on top of it.
    HlcTimestamp base;

    bool operator==(const SyncOp &) const = default;
    // Last-writer-wins order: HLC, then device id.
    bool winsOver(const SyncOp &other) const {
        if (hlc != other.hlc)
            return hlc > other.hlc;
        return deviceId > other.deviceId;
    }
};

} // namespace rebound
