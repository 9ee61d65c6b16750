#pragma once

#include "contacts/contact.h"
#include "handbook/action_cards.h"
#include "shell/navigation.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace dd {
namespace ui {

class CardPeopleChooser;
class InlineMessage;
struct UiContext;

// The action-card designer (应急工作卡片): choose people on the left (by body, by position or by
// hand), the options (front and back, crop marks), and see the A4 sheets on the right as they
// will print, with the cards whose text would not fit listed under the preview. Print… and
// Save PDF… (Ctrl+S). The choice and the options are remembered on this desk.
//
// Navigation target (NavigationTarget): "members" chooses every member of the organization.
class CardsPage : public QWidget, public NavigationTarget {
    Q_OBJECT
public:
    explicit CardsPage(UiContext &context, QWidget *parent = nullptr);
    ~CardsPage() override;

    CardPeopleChooser *chooser() const { return m_chooser; }
    QPrintPreviewWidget *preview() const { return m_preview; }
    CardOptions options() const;
    void setOptions(bool backs, bool cropMarks);
    const QList<ActionCard> &cards() const { return m_cards; }
    int previewPageCount() const;
    QStringList warnings() const { return m_warnings; }

    // Reads the handbook again (the page does so whenever it is shown).
    void reload();
    // Rebuilds the cards and the preview now instead of after the short typing delay.
    void refreshPreview();
    // Writes the cards to a PDF; the result (or the refusal) is shown under the buttons.
    bool savePdf(const QString &path);
    bool navigateTo(const QString &target) override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void schedulePreview();
    void paintSheets(QPrinter *printer);
    void askSavePdf();
    void askPrint();
    void showWarnings();
    void updateSummary();
    void retranslateUi();

    UiContext &m_context;
    Handbook m_handbook;
    QList<ActionCard> m_cards;
    QStringList m_warnings;
    QString m_paintError;
    QLabel *m_title;
    QGroupBox *m_peopleBox;
    CardPeopleChooser *m_chooser;
    QGroupBox *m_optionsBox;
    QCheckBox *m_backs;
    QCheckBox *m_cropMarks;
    QLabel *m_summary;
    QPushButton *m_print;
    QPushButton *m_save;
    InlineMessage *m_message;
    QStackedWidget *m_previewStack;
    QLabel *m_empty;
    QPrinter *m_printer;
    QPrintPreviewWidget *m_preview;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fitWidth;
    QToolButton *m_fitPage;
    QLabel *m_warningsLabel;
    QListWidget *m_warningList;
    QTimer *m_delay;
};

} // namespace ui
} // namespace dd
