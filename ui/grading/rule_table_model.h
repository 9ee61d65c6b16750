#pragma once

#include "grading/rule_set.h"

#include <QAbstractTableModel>

namespace dd {
namespace ui {

// The rules of one rule set, read-only: id, grade, description (in the interface language),
// source and note. A note that calls a number "uncertain" is highlighted, because that number
// must be checked against the official text before anyone relies on it.
class RuleTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, GradeColumn, DescriptionColumn, SourceColumn, NoteColumn, ColumnCount };

    explicit RuleTableModel(QObject *parent = nullptr);

    void setRuleSet(const RuleSet &ruleSet, const QString &language);
    void setLanguage(const QString &language);
    void retranslate();
    const RuleSet &ruleSet() const { return m_ruleSet; }

    // "uncertain: …" (or the Chinese 待核对) marks a placeholder that has to be checked.
    static bool isUncertain(const QString &note);
    int uncertainCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RuleSet m_ruleSet;
    QString m_language;
};

} // namespace ui
} // namespace dd
