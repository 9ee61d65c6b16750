// Rule set file format (resources/rules/*.json):
// {
//   "id": "csrc-2012", "version": 1,
//   "title": {"zh": ..., "en": ...}, "source": "...", "note": "...",
//   "applies_to": ["securities", "futures", ...],
//   "grades": [{"id": "I", "name": {"zh": "特别重大", "en": "Especially major"}, "rank": 4,
//               "colour": "#C00000"}, ...],
//   "systems": [{"id": "centralized_trading", "name": {...}, "default_class": 4, "note": "..."}],
//   "rules": [{"id": "...", "grade": "III", "source": "...", "note": "...",
//              "description": {...}, "when": <condition, see condition_parser.h>}],
//   "reporting": {"working_day_deadline": "24:00", "note": "...",
//                 "obligations": {"III": [<obligation, see obligation_definition.h>], ...,
//                                 "warning": [...]}}
// }
#include "grading/rule_set.h"

#include "grading/condition_parser.h"
#include "grading/json_reader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dd {

namespace {

void sortUnique(std::vector<qint64> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

void precompile(Rule &rule)
{
    rule.usesInTradingHours = usesFact(rule.when, Fact::OutageInTradingHours);
    collectMinuteThresholds(rule.when, Counting::Trading, rule.tradingThresholds);
    collectMinuteThresholds(rule.when, Counting::Wall, rule.wallThresholds);
    sortUnique(rule.tradingThresholds);
    sortUnique(rule.wallThresholds);
    rule.timeDependent =
        rule.usesInTradingHours || !rule.tradingThresholds.empty() || !rule.wallThresholds.empty();
}

class RuleSetReader {
    Q_DECLARE_TR_FUNCTIONS(dd::RuleSet)
public:
    explicit RuleSetReader(const QString &fileName)
        : r(fileName)
        , texts(r)
    {}

    Result<RuleSet> read(const QByteArray &json);

private:
    Status readHeader(const QJsonObject &o, RuleSet &set) const;
    Status readGrades(const QJsonValue &v, RuleSet &set) const;
    Status readSystems(const QJsonValue &v, RuleSet &set) const;
    Status readRules(const QJsonValue &v, RuleSet &set) const;
    Status readReporting(const QJsonValue &v, RuleSet &set) const;

    JsonFieldReader r;
    ObligationDefinitionParser texts;
};

Result<RuleSet> RuleSetReader::read(const QByteArray &json)
{
    auto root = r.document(json);
    if (!root)
        return root.takeError();
    const QStringList allowed{QStringLiteral("id"),     QStringLiteral("version"),
                              QStringLiteral("title"),  QStringLiteral("source"),
                              QStringLiteral("note"),   QStringLiteral("applies_to"),
                              QStringLiteral("grades"), QStringLiteral("systems"),
                              QStringLiteral("rules"),  QStringLiteral("reporting")};
    QStringList required = allowed;
    required.removeAll(QStringLiteral("note"));
    if (Status s = r.keys(*root, QString(), allowed, required); !s)
        return s.takeError();

    RuleSet set;
    Status s = readHeader(*root, set);
    if (s)
        s = readGrades(root->value(QStringLiteral("grades")), set);
    if (s)
        s = readSystems(root->value(QStringLiteral("systems")), set);
    if (s)
        s = readRules(root->value(QStringLiteral("rules")), set);
    if (s)
        s = readReporting(root->value(QStringLiteral("reporting")), set);
    if (!s)
        return s.takeError();
    return set;
}

Status RuleSetReader::readHeader(const QJsonObject &o, RuleSet &set) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isString() || !idPattern.match(id.toString()).hasMatch())
        return r.error(QStringLiteral("id"), tr("expected an id of lowercase letters, digits, "
                                                "'_', '-' and '.'"));
    set.id = id.toString();
    auto version =
        r.wholeNumber(o.value(QStringLiteral("version")), QStringLiteral("version"), 1, 1'000'000);
    if (!version)
        return version.takeError();
    set.version = static_cast<int>(*version);
    auto title = texts.localizedText(o.value(QStringLiteral("title")), QStringLiteral("title"));
    if (!title)
        return title.takeError();
    set.title = *title;
    auto source = r.text(o.value(QStringLiteral("source")), QStringLiteral("source"));
    if (!source)
        return source.takeError();
    set.source = *source;
    if (o.contains(QStringLiteral("note"))) {
        auto note = r.text(o.value(QStringLiteral("note")), QStringLiteral("note"));
        if (!note)
            return note.takeError();
        set.note = *note;
    }
    const QString appliesPath = QStringLiteral("applies_to");
    auto applies = r.array(o.value(appliesPath), appliesPath, false);
    if (!applies)
        return applies.takeError();
    for (qsizetype i = 0; i < applies->size(); ++i) {
        const QString path = JsonFieldReader::index(appliesPath, i);
        const auto type = institutionTypeFromId(applies->at(i).toString());
        if (!type)
            return r.error(path,
                           tr("unknown institution type \"%1\"").arg(applies->at(i).toString()));
        if (set.appliesTo.contains(*type))
            return r.error(
                path, tr("institution type \"%1\" is listed twice").arg(applies->at(i).toString()));
        set.appliesTo.append(*type);
    }
    return {};
}

Status RuleSetReader::readGrades(const QJsonValue &v, RuleSet &set) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_]+$"));
    const QString listPath = QStringLiteral("grades");
    auto list = r.array(v, listPath, false);
    if (!list)
        return list.takeError();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = JsonFieldReader::index(listPath, i);
        auto o = r.object(list->at(i), path);
        if (!o)
            return o.takeError();
        const QStringList keys{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("rank"),
                               QStringLiteral("colour")};
        if (Status s = r.keys(*o, path, keys, keys); !s)
            return s.takeError();
        GradeLevel g;
        const QString idPath = JsonFieldReader::key(path, QStringLiteral("id"));
        const QJsonValue id = o->value(QStringLiteral("id"));
        if (!id.isString() || !idPattern.match(id.toString()).hasMatch())
            return r.error(idPath, tr("expected a grade id of letters, digits and '_'"));
        g.id = id.toString();
        if (g.id == RuleSet::NoGrade || g.id == RuleSet::WarningKey)
            return r.error(idPath, tr("\"%1\" is reserved").arg(g.id));
        if (set.grade(g.id))
            return r.error(idPath, tr("grade id \"%1\" is used twice").arg(g.id));
        auto name = texts.localizedText(o->value(QStringLiteral("name")),
                                        JsonFieldReader::key(path, QStringLiteral("name")));
        if (!name)
            return name.takeError();
        g.name = *name;
        const QString rankPath = JsonFieldReader::key(path, QStringLiteral("rank"));
        auto rank = r.wholeNumber(o->value(QStringLiteral("rank")), rankPath, 1, 100);
        if (!rank)
            return rank.takeError();
        g.rank = static_cast<int>(*rank);
        for (const GradeLevel &other : std::as_const(set.grades))
            if (other.rank == g.rank)
                return r.error(
                    rankPath,
                    tr("rank %1 is also the rank of grade \"%2\"").arg(g.rank).arg(other.id));
        auto colour = r.colour(o->value(QStringLiteral("colour")),
                               JsonFieldReader::key(path, QStringLiteral("colour")));
        if (!colour)
            return colour.takeError();
        g.colour = *colour;
        set.grades.append(g);
    }
    std::stable_sort(set.grades.begin(), set.grades.end(),
                     [](const GradeLevel &a, const GradeLevel &b) { return a.rank > b.rank; });
    return {};
}

Status RuleSetReader::readSystems(const QJsonValue &v, RuleSet &set) const
{
    const QString listPath = QStringLiteral("systems");
    auto list = r.array(v, listPath, false);
    if (!list)
        return list.takeError();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = JsonFieldReader::index(listPath, i);
        auto o = r.object(list->at(i), path);
        if (!o)
            return o.takeError();
        if (Status s = r.keys(*o, path,
                              {QStringLiteral("id"), QStringLiteral("name"),
                               QStringLiteral("default_class"), QStringLiteral("note")},
                              {QStringLiteral("id"), QStringLiteral("name")});
            !s)
            return s.takeError();
        SystemKind k;
        const QString idPath = JsonFieldReader::key(path, QStringLiteral("id"));
        auto id = r.identifier(o->value(QStringLiteral("id")), idPath);
        if (!id)
            return id.takeError();
        if (set.system(*id))
            return r.error(idPath, tr("system \"%1\" is listed twice").arg(*id));
        k.id = *id;
        auto name = texts.localizedText(o->value(QStringLiteral("name")),
                                        JsonFieldReader::key(path, QStringLiteral("name")));
        if (!name)
            return name.takeError();
        k.name = *name;
        if (o->contains(QStringLiteral("default_class"))) {
            auto c =
                r.wholeNumber(o->value(QStringLiteral("default_class")),
                              JsonFieldReader::key(path, QStringLiteral("default_class")), 1, 5);
            if (!c)
                return c.takeError();
            k.defaultClass = static_cast<int>(*c);
        }
        if (o->contains(QStringLiteral("note"))) {
            auto note = r.text(o->value(QStringLiteral("note")),
                               JsonFieldReader::key(path, QStringLiteral("note")));
            if (!note)
                return note.takeError();
            k.note = *note;
        }
        set.systems.append(k);
    }
    return {};
}

Status RuleSetReader::readRules(const QJsonValue &v, RuleSet &set) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
    QSet<QString> systems;
    for (const SystemKind &k : std::as_const(set.systems))
        systems.insert(k.id);
    const ConditionParser conditions(r, systems);
    QStringList gradeIds;
    for (const GradeLevel &g : std::as_const(set.grades))
        gradeIds.append(g.id);

    const QString listPath = QStringLiteral("rules");
    auto list = r.array(v, listPath, false);
    if (!list)
        return list.takeError();
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = JsonFieldReader::index(listPath, i);
        const auto at = [&path](const char *name) {
            return JsonFieldReader::key(path, QString::fromLatin1(name));
        };
        auto o = r.object(list->at(i), path);
        if (!o)
            return o.takeError();
        if (Status s = r.keys(
                *o, path,
                {QStringLiteral("id"), QStringLiteral("grade"), QStringLiteral("source"),
                 QStringLiteral("note"), QStringLiteral("description"), QStringLiteral("when")},
                {QStringLiteral("id"), QStringLiteral("grade"), QStringLiteral("source"),
                 QStringLiteral("description"), QStringLiteral("when")});
            !s)
            return s.takeError();
        Rule rule;
        const QJsonValue id = o->value(QStringLiteral("id"));
        if (!id.isString() || !idPattern.match(id.toString()).hasMatch())
            return r.error(at("id"), tr("expected an id of lowercase letters, digits, '_', '-' "
                                        "and '.'"));
        rule.id = id.toString();
        if (seen.contains(rule.id))
            return r.error(
                at("id"), tr("rule id \"%1\" is used twice (first at %2)")
                              .arg(rule.id, JsonFieldReader::index(listPath, seen.value(rule.id))));
        seen.insert(rule.id, i);

        const QString gradeId = o->value(QStringLiteral("grade")).toString();
        const GradeLevel *grade = set.grade(gradeId);
        if (!grade)
            return r.error(at("grade"), tr("unknown grade \"%1\" (expected one of: %2)")
                                            .arg(gradeId, gradeIds.join(QStringLiteral(", "))));
        rule.gradeId = grade->id;
        rule.rank = grade->rank;

        auto source = r.text(o->value(QStringLiteral("source")), at("source"));
        if (!source)
            return source.takeError();
        rule.source = *source;
        if (o->contains(QStringLiteral("note"))) {
            auto note = r.text(o->value(QStringLiteral("note")), at("note"));
            if (!note)
                return note.takeError();
            rule.note = *note;
        }
        auto description =
            texts.localizedText(o->value(QStringLiteral("description")), at("description"));
        if (!description)
            return description.takeError();
        rule.description = *description;
        auto when = conditions.parse(o->value(QStringLiteral("when")), at("when"));
        if (!when)
            return when.takeError();
        rule.when = std::move(*when);
        precompile(rule);
        set.rules.append(std::move(rule));
    }
    return {};
}

Status RuleSetReader::readReporting(const QJsonValue &v, RuleSet &set) const
{
    const QString path = QStringLiteral("reporting");
    auto o = r.object(v, path);
    if (!o)
        return o.takeError();
    if (Status s = r.keys(*o, path,
                          {QStringLiteral("working_day_deadline"), QStringLiteral("note"),
                           QStringLiteral("obligations")},
                          {QStringLiteral("working_day_deadline"), QStringLiteral("obligations")});
        !s)
        return s.takeError();
    auto deadline =
        r.minuteOfDay(o->value(QStringLiteral("working_day_deadline")),
                      JsonFieldReader::key(path, QStringLiteral("working_day_deadline")), true);
    if (!deadline)
        return deadline.takeError();
    set.reporting.workingDayDeadlineMinute = *deadline;
    if (o->contains(QStringLiteral("note"))) {
        auto note = r.text(o->value(QStringLiteral("note")),
                           JsonFieldReader::key(path, QStringLiteral("note")));
        if (!note)
            return note.takeError();
        set.reporting.note = *note;
    }
    const QString obligationsPath = JsonFieldReader::key(path, QStringLiteral("obligations"));
    auto perGrade = r.object(o->value(QStringLiteral("obligations")), obligationsPath);
    if (!perGrade)
        return perGrade.takeError();
    for (auto it = perGrade->constBegin(); it != perGrade->constEnd(); ++it) {
        if (it.key() != RuleSet::WarningKey && !set.grade(it.key()))
            return r.error(obligationsPath, tr("unknown grade \"%1\" (expected a grade id or "
                                               "\"warning\")")
                                                .arg(it.key()));
        const QString listPath = JsonFieldReader::key(obligationsPath, it.key());
        auto list = r.array(it.value(), listPath, true);
        if (!list)
            return list.takeError();
        QList<ObligationDefinition> definitions;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString itemPath = JsonFieldReader::index(listPath, i);
            auto d = texts.parse(list->at(i), itemPath);
            if (!d)
                return d.takeError();
            for (const ObligationDefinition &other : std::as_const(definitions))
                if (other.id == d->id)
                    return r.error(JsonFieldReader::key(itemPath, QStringLiteral("id")),
                                   tr("obligation id \"%1\" is used twice in grade \"%2\"")
                                       .arg(d->id, it.key()));
            definitions.append(*d);
        }
        set.reporting.obligations.insert(it.key(), definitions);
    }
    return {};
}

} // namespace

Result<RuleSet> RuleSet::parse(const QByteArray &json, const QString &fileName)
{
    return RuleSetReader(fileName).read(json);
}

const GradeLevel *RuleSet::grade(const QString &gradeId) const
{
    for (const GradeLevel &g : grades)
        if (g.id == gradeId)
            return &g;
    return nullptr;
}

const SystemKind *RuleSet::system(const QString &systemId) const
{
    for (const SystemKind &k : systems)
        if (k.id == systemId)
            return &k;
    return nullptr;
}

const Rule *RuleSet::rule(const QString &ruleId) const
{
    for (const Rule &rule : rules)
        if (rule.id == ruleId)
            return &rule;
    return nullptr;
}

bool RuleSet::appliesToType(InstitutionType type) const
{
    return appliesTo.contains(type);
}

QList<ObligationDefinition> RuleSet::obligations(const QString &gradeId) const
{
    return reporting.obligations.value(gradeId);
}

} // namespace dd
