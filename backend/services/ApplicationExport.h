#pragma once
#include "core/Feedback.h"
#include "core/Interview.h"
#include "core/JobApplication.h"

#include <QByteArray>
#include <QList>

namespace rebound {

class Vault;

// One application with what belongs to it, as exported.
struct ApplicationRecord {
    JobApplication application;
    QList<StageEvent> history;
    QList<JobPerson> people;
    QList<Interview> interviews;
};

namespace exporting {

// Everything needed to export the applications, read in one go.
QList<ApplicationRecord> collect(Vault &vault);

// RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma,
// quote, CR or LF, quotes doubled. A field starting with = + - @ tab or CR gets a leading
// apostrophe so spreadsheets show it as text instead of running it as a formula.
QString csvField(const QString &value);
QByteArray applicationsCsv(const QList<ApplicationRecord> &records); // UTF-8 with BOM (Excel)
// {"format": "rebound-applications", "version": 1, "applications": [...]}, with
// stage history, people and interviews (reflections included).
QByteArray applicationsJson(const QList<ApplicationRecord> &records);

} // namespace exporting
} // namespace rebound
