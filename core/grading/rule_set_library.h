#pragma once

#include "common/result.h"
#include "grading/rule_set.h"

#include <QCoreApplication>
#include <QStringList>

namespace dd {

// The rule sets DutyDesk ships (resources/rules/<id>.json, embedded at :/dutydesk/rules/) and
// the parser for user copies. Storing user copies and choosing the one in force belong to the
// institution's settings.
class RuleSetLibrary {
    Q_DECLARE_TR_FUNCTIONS(dd::RuleSetLibrary)
public:
    static QStringList builtInIds(); // sorted: "csrc-2012", "csrc-2021"
    // The rule set a new database uses (see rule_set_library.cpp for why csrc-2012).
    static QString defaultId();
    static Result<RuleSet> builtIn(const QString &id);
    static Result<RuleSet> defaultRuleSet() { return builtIn(defaultId()); }
    // A user's copy; errors name the file, the JSON path and the reason.
    static Result<RuleSet> parse(const QByteArray &json, const QString &fileName);
    // The raw JSON of a built-in set (for "copy and edit").
    static Result<QByteArray> builtInJson(const QString &id);
};

} // namespace dd
