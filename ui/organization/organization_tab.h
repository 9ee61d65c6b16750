#pragma once

#include <QDate>
#include <QWidget>

class QLabel;

namespace dd {
namespace ui {

struct UiContext;

// What the four organization tabs share: the context, whether the signed-in actor may edit
// (not read-only, EditDutyData), a note line at the top saying why not, and the tab title,
// which the tab puts on its enclosing QTabWidget again after a language change.
class OrganizationTab : public QWidget {
    Q_OBJECT
public:
    explicit OrganizationTab(UiContext &context, QWidget *parent = nullptr);

    virtual QString tabTitle() const = 0;
    virtual QString tabIconName() const = 0;
    virtual void reload() = 0;
    // Edits not saved yet (a reload would lose them).
    virtual bool hasUnsavedChanges() const { return false; }
    bool canEdit() const;
    // Today in the institution's time zone (UTC+8), from the backend's clock.
    QDate today() const;

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    // Enables or disables the editing controls; called when the actor changes.
    virtual void updateActions() = 0;
    // Sets the note text for the read-only cases ("" when the actor may edit).
    void updateNote(QLabel *note, const QString &whatIsShown) const;
    void updateTabTitle();

    UiContext &m_context;
};

} // namespace ui
} // namespace dd
