#pragma once

#include "contacts/contact_import.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dd {
namespace ui {

class InlineMessage;
struct UiContext;

// The preview of a CSV or vCard import: every row of the file with what the import will do
// (new person, update) and its problems, errors in red. Nothing is written until Apply, and
// Apply stays disabled while any error remains; the import is then one transaction.
// "Create missing units" lets rows name units the handbook does not have yet.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(UiContext &context, const QString &path, QWidget *parent = nullptr);

    // False when the file could not be read at all (the reason is in loadError()).
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    const ImportPreview &preview() const { return m_preview; }
    const ImportSummary &summary() const { return m_summary; }
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    ImportOptions options() const;
    void recheck();
    void showPreview();
    void apply();
    void retranslateUi();

    UiContext &m_context;
    QString m_path;
    bool m_loaded = false;
    QString m_loadError;
    ImportPreview m_preview;
    ImportSummary m_summary;

    QLabel *m_file;
    QLabel *m_fileProblems;
    QTableWidget *m_table;
    QCheckBox *m_createUnits;
    QComboBox *m_newUnitKind;
    QLabel *m_counts;
    InlineMessage *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
};

} // namespace ui
} // namespace dd
