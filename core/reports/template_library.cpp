#include "reports/template_library.h"

#include "access/actor.h"
#include "audit/audit_log.h"
#include "reports/report_engine.h"
#include "reports/report_format.h"
#include "storage/database.h"
#include "time/clock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace dd {

namespace {

const QString BuiltInFolder = QStringLiteral(":/dutydesk/templates/reports");

Result<QList<ReportTemplate>> loadBuiltIns()
{
    QList<ReportTemplate> list;
    const QStringList files =
        QDir(BuiltInFolder).entryList({QStringLiteral("*.mustache")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(BuiltInFolder + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            return fail(TemplateLibrary::tr("The built-in template %1 cannot be read.")
                            .arg(file.fileName()));
        auto t = ReportEngine::parse(QString::fromUtf8(file.readAll()), name);
        if (!t)
            return t.takeError();
        if (t->id + QLatin1String(".mustache") != name)
            return fail(TemplateLibrary::tr("The built-in template %1 has the id “%2”: the file "
                                            "name and the id must agree.")
                            .arg(name, t->id));
        t->builtIn = true;
        list << *t;
    }
    return list;
}

// NOT NULL text columns get "" rather than a null QString (which binds as NULL).
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonObject auditJson(const ReportTemplate &t)
{
    QJsonArray forms;
    for (const QString &f : t.forms)
        forms.append(f);
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("title_zh"), t.titleZh},
        {QStringLiteral("title_en"), t.titleEn},
        {QStringLiteral("context"), contextKindId(t.context)},
        {QStringLiteral("language"), t.language},
        {QStringLiteral("forms"), forms},
        {QStringLiteral("based_on"), t.basedOn},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("body_sha256"),
         QString::fromLatin1(
             QCryptographicHash::hash(t.body.toUtf8(), QCryptographicHash::Sha256).toHex())},
    };
}

} // namespace

TemplateLibrary::TemplateLibrary(Database &db, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Result<QList<ReportTemplate>> TemplateLibrary::builtIns() const
{
    // The resources never change while the program runs: parse them once.
    static const Result<QList<ReportTemplate>> cached = loadBuiltIns();
    return cached;
}

Result<QList<ReportTemplate>> TemplateLibrary::customs() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, header, body, based_on, version, updated_at, "
                                      "updated_by FROM report_templates ORDER BY id"));
    if (!q)
        return q.takeError();
    QList<ReportTemplate> list;
    while (q->next()) {
        const QString id = q->value(0).toString();
        auto t = ReportEngine::parse(q->value(1).toString() + q->value(2).toString(),
                                     QStringLiteral("report_templates/%1").arg(id));
        if (!t)
            return t.takeError();
        t->body = q->value(2).toString();
        t->builtIn = false;
        t->basedOn = q->value(3).toString();
        t->version = q->value(4).toLongLong();
        t->updatedAt = fromStoredTime(q->value(5).toString());
        t->updatedBy = q->value(6).toString();
        list << *t;
    }
    return list;
}

Result<QList<ReportTemplate>> TemplateLibrary::all() const
{
    auto list = builtIns();
    if (!list)
        return list.takeError();
    auto custom = customs();
    if (!custom)
        return custom.takeError();
    QList<ReportTemplate> out = *list;
    out += *custom;
    return out;
}

Result<ReportTemplate> TemplateLibrary::get(const QString &id) const
{
    auto list = all();
    if (!list)
        return list.takeError();
    for (const ReportTemplate &t : *list)
        if (t.id == id)
            return t;
    return fail(tr("There is no report template “%1”.").arg(id));
}

bool TemplateLibrary::exists(const QString &id) const
{
    return get(id).ok();
}

Result<ReportTemplate> TemplateLibrary::copy(const Actor &actor, const QString &fromId,
                                             const QString &newId)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    auto from = get(fromId);
    if (!from)
        return from.takeError();
    if (!ReportEngine::isValidId(newId))
        return fail(tr("Template id “%1”: use lower-case letters, digits and “_” (at most 64).")
                        .arg(newId));
    if (exists(newId))
        return fail(tr("Template id “%1” is taken already.").arg(newId));
    ReportTemplate t = *from;
    t.id = newId;
    t.builtIn = false;
    t.basedOn = from->builtIn ? from->id : from->basedOn;
    t.version = 0;
    return store(actor, t, QStringLiteral("report_template.copy"));
}

Result<ReportTemplate> TemplateLibrary::save(const Actor &actor, const ReportTemplate &t)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed.takeError();
    return store(actor, t, QStringLiteral("report_template.save"));
}

Result<ReportTemplate> TemplateLibrary::store(const Actor &actor, const ReportTemplate &edited,
                                              const QString &action)
{
    auto builtIn = builtIns();
    if (!builtIn)
        return builtIn.takeError();
    for (const ReportTemplate &b : *builtIn)
        if (b.id == edited.id)
            return fail(tr("“%1” is a built-in template and cannot be changed: copy it and edit "
                           "the copy.")
                            .arg(edited.id));

    // Round-trip through the file form: what is stored must read back the same.
    ReportTemplate t = edited;
    t.builtIn = false;
    if (t.titleZh.contains(u'\n') || t.titleEn.contains(u'\n')
        || t.titleZh.contains(QLatin1String("}}")) || t.titleEn.contains(QLatin1String("}}")))
        return fail(tr("Template “%1”: a title must be one line without “}}”.").arg(t.id));
    const QString file = ReportEngine::serialize(t);
    auto parsed = ReportEngine::parse(file, QStringLiteral("report_templates/%1").arg(t.id));
    if (!parsed)
        return parsed.takeError();
    const QList<TemplateIssue> issues = ReportEngine::check(t);
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const TemplateIssue &i : issues)
            messages << i.message;
        return fail(
            tr("Template “%1” was not saved: %2").arg(t.id, messages.join(QLatin1String("; "))));
    }
    const qsizetype headerEnd = file.indexOf(QLatin1String("}}\n")) + 3;
    const QString header = file.left(headerEnd);

    return m_db.write([&]() -> Result<ReportTemplate> {
        auto q = m_db.exec(QStringLiteral("SELECT header, body, based_on, version, updated_at, "
                                          "updated_by FROM report_templates WHERE id = ?"),
                           {t.id});
        if (!q)
            return q.takeError();
        QJsonObject before;
        qint64 stored = 0;
        if (q->next()) {
            stored = q->value(3).toLongLong();
            if (stored != t.version)
                return fail(tr("Template “%1” was changed by %2 at %3 after you opened it: "
                               "reopen it and make your changes again.")
                                .arg(t.id, q->value(5).toString(),
                                     ReportFormat::time(fromStoredTime(q->value(4).toString()))));
            auto old = ReportEngine::parse(q->value(0).toString() + q->value(1).toString(),
                                           QStringLiteral("report_templates/%1").arg(t.id));
            if (old) {
                old->basedOn = q->value(2).toString();
                old->version = stored;
                before = auditJson(*old);
            }
        } else if (t.version != 0) {
            return fail(
                tr("Template “%1” was removed by someone else after you opened it.").arg(t.id));
        }
        t.version = stored + 1;
        t.updatedAt = m_clock.now();
        t.updatedBy = actor.auditName();
        const QString now = toStoredTime(t.updatedAt);
        auto written = m_db.exec(
            stored == 0 ? QStringLiteral("INSERT INTO report_templates (header, body, context, "
                                         "language, forms, based_on, version, updated_at, "
                                         "updated_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        : QStringLiteral("UPDATE report_templates SET header = ?, body = ?, "
                                         "context = ?, language = ?, forms = ?, based_on = ?, "
                                         "version = ?, updated_at = ?, updated_by = ? "
                                         "WHERE id = ?"),
            {text(header), text(t.body), contextKindId(t.context), text(t.language),
             text(t.forms.join(u' ')), text(t.basedOn), t.version, now, text(t.updatedBy), t.id});
        if (!written)
            return written.takeError();
        auto logged = m_audit.append(
            actor, {action, QStringLiteral("report_template"), t.id, before, auditJson(t)});
        if (!logged)
            return logged.takeError();
        return t;
    });
}

Status TemplateLibrary::remove(const Actor &actor, const QString &id)
{
    if (Status allowed = actor.require(Permission::EditDutyData); !allowed)
        return allowed;
    auto builtIn = builtIns();
    if (!builtIn)
        return builtIn.takeError();
    for (const ReportTemplate &b : *builtIn)
        if (b.id == id)
            return fail(tr("“%1” is a built-in template and cannot be removed.").arg(id));
    return m_db.write([&]() -> Status {
        auto custom = customs();
        if (!custom)
            return custom.takeError();
        const ReportTemplate *found = nullptr;
        for (const ReportTemplate &t : *custom)
            if (t.id == id)
                found = &t;
        if (!found)
            return fail(tr("There is no custom report template “%1”.").arg(id));
        auto q = m_db.exec(QStringLiteral("DELETE FROM report_templates WHERE id = ?"), {id});
        if (!q)
            return q.takeError();
        auto logged = m_audit.append(actor, {QStringLiteral("report_template.remove"),
                                             QStringLiteral("report_template"), id,
                                             auditJson(*found), QJsonObject()});
        if (!logged)
            return logged.takeError();
        return {};
    });
}

Result<ReportTemplate> TemplateLibrary::forObligation(ReportForm form, const QString &faultType,
                                                      const QString &language) const
{
    auto list = all();
    if (!list)
        return list.takeError();
    const QString formId = reportFormId(form);
    const auto pick = [&](const QString &lang) -> std::optional<ReportTemplate> {
        std::optional<ReportTemplate> best;
        int bestScore = -1;
        for (const ReportTemplate &t : *list) {
            if (!t.forms.contains(formId) || t.language != lang)
                continue;
            const bool typed = !t.faultTypes.isEmpty();
            if (typed && !t.faultTypes.contains(faultType))
                continue;
            const int score = (t.builtIn ? 0 : 2) + (typed ? 1 : 0);
            if (score > bestScore) { // first in library order wins a tie
                best = t;
                bestScore = score;
            }
        }
        return best;
    };
    auto found = pick(ReportFormat::normalizedLanguage(language));
    if (!found)
        found = pick(QStringLiteral("zh_CN"));
    if (!found)
        return fail(tr("There is no report template for the %1.")
                        .arg(ReportFormat::reportFormName(formId, language)));
    return *found;
}

} // namespace dd
