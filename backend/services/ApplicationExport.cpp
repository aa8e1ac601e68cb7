#include "ApplicationExport.h"

#include "storage/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebound::exporting {

namespace {

QString day(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QString stamp(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QString amount(const std::optional<qint64> &v) {
    return v ? QString::number(*v) : QString();
}
QDate appliedOn(const ApplicationRecord &r) {
    for (const StageEvent &e : r.history)
        if (e.stage == stage::kApplied)
            return e.date;
    return {};
}

} // namespace

QList<ApplicationRecord> collect(Vault &vault) {
    QList<ApplicationRecord> out;
    for (const JobApplication &a : vault.applications().list()) {
        ApplicationRecord r;
        r.application = a;
        r.history = vault.applications().history(a.id);
        r.people = vault.applications().people(a.id);
        r.interviews = vault.interviews().forApplication(a.id);
        out.append(r);
    }
    return out;
}

QString csvField(const QString &value) {
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

QByteArray applicationsCsv(const QList<ApplicationRecord> &records) {
    const QStringList header{
        QStringLiteral("company"),      QStringLiteral("role"),       QStringLiteral("stage"),
        QStringLiteral("stage_date"),   QStringLiteral("applied_on"), QStringLiteral("link"),
        QStringLiteral("source"),       QStringLiteral("location"),   QStringLiteral("work_mode"),
        QStringLiteral("salary_min"),   QStringLiteral("salary_max"), QStringLiteral("salary_currency"),
        QStringLiteral("people"),       QStringLiteral("interviews"), QStringLiteral("notes"),
        QStringLiteral("created_at"),   QStringLiteral("updated_at"), QStringLiteral("id")};
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (const ApplicationRecord &r : records) {
        const JobApplication &a = r.application;
        QStringList people;
        for (const JobPerson &p : r.people)
            people.append(p.email.isEmpty() ? p.name : QStringLiteral("%1 <%2>").arg(p.name, p.email));
        const QStringList row{a.company,
                              a.role,
                              a.stage,
                              day(a.stageDate),
                              day(appliedOn(r)),
                              a.link,
                              a.source,
                              a.location,
                              a.workMode,
                              amount(a.salaryMin),
                              amount(a.salaryMax),
                              a.salaryCurrency,
                              people.join(QStringLiteral("; ")),
                              QString::number(r.interviews.size()),
                              a.notes,
                              stamp(a.createdAt),
                              stamp(a.updatedAt),
                              a.id};
        QStringList fields;
        for (const QString &f : row)
            fields.append(csvField(f));
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray applicationsJson(const QList<ApplicationRecord> &records) {
    QJsonArray apps;
    for (const ApplicationRecord &r : records) {
        const JobApplication &a = r.application;
        QJsonObject o{{QStringLiteral("id"), a.id},
                      {QStringLiteral("company"), a.company},
                      {QStringLiteral("role"), a.role},
                      {QStringLiteral("link"), a.link},
                      {QStringLiteral("source"), a.source},
                      {QStringLiteral("location"), a.location},
                      {QStringLiteral("workMode"), a.workMode},
                      {QStringLiteral("salaryCurrency"), a.salaryCurrency},
                      {QStringLiteral("notes"), a.notes},
                      {QStringLiteral("stage"), a.stage},
                      {QStringLiteral("stageDate"), day(a.stageDate)},
                      {QStringLiteral("createdAt"), stamp(a.createdAt)},
                      {QStringLiteral("updatedAt"), stamp(a.updatedAt)}};
        // JSON numbers are doubles: amounts up to 10^12 are exact.
        o.insert(QStringLiteral("salaryMin"), a.salaryMin ? QJsonValue(double(*a.salaryMin)) : QJsonValue());
        o.insert(QStringLiteral("salaryMax"), a.salaryMax ? QJsonValue(double(*a.salaryMax)) : QJsonValue());
        QJsonArray history;
        for (const StageEvent &e : r.history)
            history.append(QJsonObject{{QStringLiteral("stage"), e.stage},
                                       {QStringLiteral("date"), day(e.date)},
                                       {QStringLiteral("note"), e.note}});
        o.insert(QStringLiteral("history"), history);
        QJsonArray people;
        for (const JobPerson &p : r.people)
            people.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("email"), p.email},
                                      {QStringLiteral("role"), p.role},
                                      {QStringLiteral("interviewId"), p.interviewId}});
        o.insert(QStringLiteral("people"), people);
        QJsonArray interviews;
        for (const Interview &i : r.interviews)
            interviews.append(QJsonObject{{QStringLiteral("id"), i.id},
                                          {QStringLiteral("startsAt"), i.startsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                                          {QStringLiteral("kind"), i.kind},
                                          {QStringLiteral("confidenceBefore"), i.confidenceBefore},
                                          {QStringLiteral("confidenceAfter"), i.confidenceAfter},
                                          {QStringLiteral("stumped"), i.stumped},
                                          {QStringLiteral("lessConfident"), i.lessConfident},
                                          {QStringLiteral("wentWell"), i.wentWell},
                                          {QStringLiteral("doDifferently"), i.doDifferently},
                                          {QStringLiteral("notes"), i.notes}});
        o.insert(QStringLiteral("interviews"), interviews);
        apps.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("rebound-applications")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("applications"), apps}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace rebound::exporting
