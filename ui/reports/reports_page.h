#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolBar;

namespace dd {
namespace ui {

class InlineMessage;
class TemplateEditor;
class TemplateLibraryModel;
class TemplatePreview;
class VariableReference;
struct UiContext;

// Report templates (报告模板): the library on the left (built-in read-only, custom editable;
// filter and sort) with the variable reference under it, the editor in the middle (body and
// header, problems as you type) and the live preview against a chosen incident, drill or year
// on the right with the outputs (PDF, ODT, HTML, text with its character count, print).
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    enum class Action { Copy, Edit, Delete, Render, Save };

    explicit ReportsPage(UiContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    QAction *action(Action which) const;
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    TemplateLibraryModel *model() const { return m_model; }
    TemplateEditor *editor() const { return m_editor; }
    TemplatePreview *preview() const { return m_preview; }
    VariableReference *variables() const { return m_variables; }
    InlineMessage *message() const { return m_message; }

    // Reads the library (and the preview subjects) again, keeping the selection.
    void reload();
    // Selects a template by id; false when it is not in the list (or the user kept editing).
    bool selectTemplate(const QString &id);
    QString currentId() const;
    // Copies the current template under `newId` and opens the copy for editing.
    bool copyCurrent(const QString &newId);
    // Saves the template being edited; a refusal is shown above the editor, the text kept.
    bool save();
    // Deletes the current custom template (without asking).
    bool removeCurrent();
    // Asks to save unsaved changes: true when it is fine to move on (saved or discarded).
    bool maybeSave();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void showTemplate(const QString &id);
    void askCopy();
    void askDelete();
    void editCurrent();
    void renderCurrent();
    bool canEdit() const;
    void updateActions();
    void saveLayout();
    void retranslateUi();

    UiContext &m_context;
    QString m_shownId;
    bool m_reverting = false;
    QLabel *m_title;
    QToolBar *m_toolBar;
    QList<QAction *> m_actions;
    InlineMessage *m_message;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    TemplateLibraryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    VariableReference *m_variables;
    TemplateEditor *m_editor;
    TemplatePreview *m_preview;
    QSplitter *m_main;
    QSplitter *m_left;
};

} // namespace ui
} // namespace dd
