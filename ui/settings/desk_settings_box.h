#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;

namespace dd {
namespace ui {

class ElidedLabel;
struct UiContext;

// Preferences of this desk only (QSettings, not the database): the language, applied at once,
// and which database file to open at the next start; plus a backup of the open database.
class DeskSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit DeskSettingsBox(UiContext &context, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLanguage(int index);
    void chooseDatabase();
    void retranslateUi();

    UiContext &m_context;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_databaseLabel;
    ElidedLabel *m_databasePath;
    QLabel *m_nextStart;
    QPushButton *m_choose;
    QPushButton *m_backup;
};

} // namespace ui
} // namespace dd
