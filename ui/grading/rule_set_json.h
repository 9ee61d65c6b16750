#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {
namespace ui {

// Small text operations on a rule set file for the editor; the file's layout (key order,
// indentation, comments in notes) is kept wherever possible.

// The top-level "id" and "version" of a rule set file, when it is a JSON object that has them.
std::optional<QString> ruleSetIdOf(const QByteArray &json);
std::optional<int> ruleSetVersionOf(const QByteArray &json);

// The file with its top-level "id" and "version" replaced. The two values are replaced in the
// text; only when that cannot be done safely is the document rewritten (then keys are sorted).
// A file that is not a JSON object is returned unchanged.
QByteArray withIdAndVersion(const QByteArray &json, const QString &id, int version);

// An id for a user's copy of `id` that is not in `taken`: "<id>-ours" for a built-in set,
// "<id>-copy" for a copy, then "-2", "-3", … when that is taken too.
QString copyIdFor(const QString &id, bool builtIn, const QStringList &taken);

} // namespace ui
} // namespace dd
