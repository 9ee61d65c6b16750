#pragma once

#include "contacts/contact.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace dd {
namespace ui {

// Who gets an action card: the members of a body, of chosen positions, or people ticked by
// hand (with a search and select all / none). Emits selectionChanged() on every change;
// remembers the last choice in QSettings (group "cards").
class CardPeopleChooser : public QWidget {
    Q_OBJECT
public:
    enum class Mode { ByBody, ByPosition, ByHand };

    explicit CardPeopleChooser(QWidget *parent = nullptr);

    // Fills the lists from the handbook, keeping what is ticked (or what was remembered).
    void setHandbook(const Handbook &handbook);
    // The contact ids to print, in card order, each once.
    QList<qint64> selectedContactIds() const;

    Mode mode() const;
    void setMode(Mode mode);
    void setBodyChecked(OrgBody body, bool checked);
    bool setPositionChecked(qint64 positionId, bool checked);
    bool setPersonChecked(qint64 contactId, bool checked);
    void setSearchText(const QString &text);
    void selectAll();  // every person shown by the search
    void selectNone(); // every person shown by the search
    void saveSettings() const;

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void restoreSettings();
    void applySearch();
    void retranslateUi();
    QList<qint64> checkedIds(const QListWidget *list) const;
    void setAllVisible(bool checked);

    Handbook m_handbook;
    bool m_restored = false;
    QList<qint64> m_rememberedPositions;
    QList<qint64> m_rememberedPeople;
    QButtonGroup *m_modes;
    QRadioButton *m_byBody;
    QRadioButton *m_byPosition;
    QRadioButton *m_byHand;
    QStackedWidget *m_stack;
    QCheckBox *m_decision;
    QCheckBox *m_executive;
    QLabel *m_bodyHint;
    QListWidget *m_positions;
    QLineEdit *m_search;
    QListWidget *m_people;
    QPushButton *m_all;
    QPushButton *m_none;
};

} // namespace ui
} // namespace dd
