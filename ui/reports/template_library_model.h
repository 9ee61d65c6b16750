#pragma once

#include "reports/report_template.h"

#include <QAbstractTableModel>

namespace dd {
namespace ui {

// The template library as a table: title in the UI language, id, kind, context, built-in
// (read-only, with a lock) or custom, language.
class TemplateLibraryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        IdColumn,
        KindColumn,
        ContextColumn,
        OriginColumn,
        LanguageColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit TemplateLibraryModel(QObject *parent = nullptr);

    void setTemplates(const QList<ReportTemplate> &templates);
    // The UI language titles are shown in ("zh_CN", "en").
    void setLanguage(const QString &language);
    const QList<ReportTemplate> &templates() const { return m_templates; }
    const ReportTemplate &templateAt(int row) const { return m_templates.at(row); }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ReportTemplate> m_templates;
    QString m_language;
};

} // namespace ui
} // namespace dd
