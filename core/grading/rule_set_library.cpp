#include "grading/rule_set_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dd {

namespace {

const QString ResourceDir = QStringLiteral(":/dutydesk/rules");

} // namespace

QStringList RuleSetLibrary::builtInIds()
{
    QStringList ids;
    const QStringList files =
        QDir(ResourceDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        ids.append(QFileInfo(file).completeBaseName());
    return ids;
}

QString RuleSetLibrary::defaultId()
{
    // csrc-2021 is the measures in force, but its thresholds are placeholders until checked
    // against annex 1 of the measures; the 2012 numbers are the known ones. An institution
    // chooses its rule set in Settings (grading.rule_set).
    return QStringLiteral("csrc-2012");
}

Result<QByteArray> RuleSetLibrary::builtInJson(const QString &id)
{
    if (!builtInIds().contains(id))
        return fail(tr("There is no built-in rule set \"%1\" (built in: %2).")
                        .arg(id, builtInIds().join(QStringLiteral(", "))));
    QFile file(ResourceDir + u'/' + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The built-in rule set %1 cannot be read: %2").arg(id, file.errorString()));
    return file.readAll();
}

Result<RuleSet> RuleSetLibrary::builtIn(const QString &id)
{
    auto json = builtInJson(id);
    if (!json)
        return json.takeError();
    const QString fileName = id + QStringLiteral(".json");
    auto set = RuleSet::parse(*json, fileName);
    if (!set)
        return set;
    if (set->id != id)
        return fail(tr("%1: id: the file name says \"%2\" but the file holds \"%3\"")
                        .arg(fileName, id, set->id));
    return set;
}

Result<RuleSet> RuleSetLibrary::parse(const QByteArray &json, const QString &fileName)
{
    return RuleSet::parse(json, fileName);
}

} // namespace dd
