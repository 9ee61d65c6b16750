#include "reports/template_library_model.h"

namespace dd {
namespace ui {

TemplateLibraryModel::TemplateLibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TemplateLibraryModel::setTemplates(const QList<ReportTemplate> &templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

void TemplateLibraryModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_templates.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int TemplateLibraryModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates[row].id == id)
            return row;
    }
    return -1;
}

int TemplateLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplateLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_templates.size())
        return {};
    const ReportTemplate &t = m_templates[index.row()];
    if (role == IdRole)
        return t.id;
    if (role == Qt::ToolTipRole) {
        if (t.builtIn)
            return tr("Built-in template: read-only. Copy it (Ctrl+D) to make your own version.");
        return t.basedOn.isEmpty() ? tr("Custom template")
                                   : tr("Custom template based on %1").arg(t.basedOn);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TitleColumn: return t.title(m_language);
    case IdColumn: return t.id;
    case KindColumn: return reportKindName(t.kind);
    case ContextColumn: return contextKindName(t.context);
    case OriginColumn: return t.builtIn ? tr("Built-in (read-only)") : tr("Custom");
    case LanguageColumn:
        return t.language.startsWith(QLatin1String("zh")) ? tr("Chinese") : tr("English");
    case ColumnCount: break;
    }
    return {};
}

QVariant TemplateLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TitleColumn: return tr("Title");
    case IdColumn: return tr("Id");
    case KindColumn: return tr("Kind");
    case ContextColumn: return tr("Context");
    case OriginColumn: return tr("Origin");
    case LanguageColumn: return tr("Language");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ui
} // namespace dd
