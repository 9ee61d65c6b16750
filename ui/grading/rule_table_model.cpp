#include "grading/rule_table_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace dd {
namespace ui {

namespace {
const QColor UncertainBackground(0xff, 0xe9, 0xa8);
const QColor UncertainText(0x6b, 0x45, 0x00);
} // namespace

RuleTableModel::RuleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RuleTableModel::setRuleSet(const RuleSet &ruleSet, const QString &language)
{
    beginResetModel();
    m_ruleSet = ruleSet;
    m_language = language;
    endResetModel();
}

void RuleTableModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_ruleSet.rules.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RuleTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool RuleTableModel::isUncertain(const QString &note)
{
    return note.contains(QLatin1String("uncertain"), Qt::CaseInsensitive)
           || note.contains(QStringLiteral(u"待核"));
}

int RuleTableModel::uncertainCount() const
{
    return int(std::count_if(m_ruleSet.rules.cbegin(), m_ruleSet.rules.cend(),
                             [](const Rule &r) { return isUncertain(r.note); }));
}

int RuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ruleSet.rules.size());
}

int RuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ruleSet.rules.size())
        return {};
    const Rule &rule = m_ruleSet.rules.at(index.row());
    const bool uncertain = isUncertain(rule.note);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn: return rule.id;
        case GradeColumn: {
            const GradeLevel *grade = m_ruleSet.grade(rule.gradeId);
            if (!grade)
                return rule.gradeId;
            return QStringLiteral("%1 %2").arg(grade->id, grade->name.text(m_language));
        }
        case DescriptionColumn: return rule.description.text(m_language);
        case SourceColumn: return rule.source;
        case NoteColumn:
            if (uncertain && role == Qt::ToolTipRole)
                return QString(
                    tr("Check this number against the official text before relying on it.")
                    + QStringLiteral("\n\n") + rule.note);
            return rule.note;
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == NoteColumn && uncertain)
            return QBrush(UncertainBackground);
        if (index.column() == GradeColumn) {
            if (const GradeLevel *grade = m_ruleSet.grade(rule.gradeId)) {
                QColor tint(grade->colour);
                if (tint.isValid()) {
                    tint.setAlpha(48);
                    return QBrush(tint);
                }
            }
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == NoteColumn && uncertain)
            return QBrush(UncertainText);
        break;
    case Qt::FontRole:
        if ((index.column() == NoteColumn && uncertain) || index.column() == GradeColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole: return int(Qt::AlignLeft | Qt::AlignTop);
    default: break;
    }
    return {};
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Rule");
    case GradeColumn: return tr("Grade");
    case DescriptionColumn: return tr("When");
    case SourceColumn: return tr("Source");
    case NoteColumn: return tr("Note");
    }
    return {};
}

} // namespace ui
} // namespace dd
