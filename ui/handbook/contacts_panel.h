#pragma once

#include "contacts/contact.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QToolBar;

namespace dd {
namespace ui {

class ContactFilterProxy;
class ContactTableModel;
class InlineMessage;
class UnitTree;
struct UiContext;

// The "Contacts" tab of the handbook: the unit tree on the left, the contacts of the chosen
// node on the right (searchable by name, phone digits or unit; stale entries tinted, or shown
// alone), and every handbook action: people and units, mark verified, import and export,
// print and PDF, recording a distribution and the change notices for the units concerned.
// Read-only when the database is, or the signed-in actor may not edit duty data.
class ContactsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ContactsPanel(UiContext &context, QWidget *parent = nullptr);
    ~ContactsPanel() override;

    // Reads units, contacts, stale ids and the distribution state again; keeps the selection.
    void reload();

    // The actions, for tests and menus.
    enum class Action {
        NewContact,
        EditContact,
        Deactivate,
        MarkVerified,
        NewUnit,
        EditUnit,
        Import,
        Export,
        PrintPreview,
        SavePdf,
        RecordDistribution,
        NotifyUnits
    };
    QAction *action(Action which) const;

    // Selects these contacts in the table (those the filter shows).
    void selectContacts(const QList<qint64> &ids);
    QList<qint64> selectedContactIds() const;
    bool canEdit() const;

    // The operations behind the actions (the ones asking for a file take it as an argument).
    void newContact();
    void editContact();
    void deactivateContact();
    void markVerified();
    void newUnit();
    void editUnit();
    void importFile(const QString &path);
    void exportFile(const QString &path, const QString &format); // "csv", "vcard3", "vcard4"
    void savePdf(const QString &path);
    void printPreview();
    void recordDistribution();
    void notifyUnits();

    ContactTableModel *model() const { return m_model; }
    ContactFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    UnitTree *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *staleOnlyBox() const { return m_staleOnly; }
    QLabel *statusLine() const { return m_status; }
    InlineMessage *message() const { return m_message; }

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    void updateActions();
    void updateStatus();
    void chooseImportFile();
    void chooseExportFile();
    void chooseSavePdf();
    QAction *localShortcut(const QKeyEvent *event) const;
    void saveLayout() const;
    void retranslateUi();

    UiContext &m_context;
    ContactTableModel *m_model;
    ContactFilterProxy *m_proxy;
    UnitTree *m_tree;
    QTableView *m_table;
    QLineEdit *m_search;
    QCheckBox *m_staleOnly;
    QLabel *m_shown;
    QToolBar *m_toolBar;
    QPushButton *m_newUnitButton;
    QPushButton *m_editUnitButton;
    QSplitter *m_splitter;
    QLabel *m_status;
    InlineMessage *m_message;
    QList<QAction *> m_actions; // by Action
    QList<Unit> m_units;
    QString m_distributionState;
    bool m_layoutRestored = false;
};

} // namespace ui
} // namespace dd
