#pragma once

#include "reports/report_template.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace dd {
namespace ui {

// The header of a template as form fields: titles, kind, context, outputs, format, language,
// the report forms it files and the fault types it is meant for.
class TemplateHeaderForm : public QWidget {
    Q_OBJECT
public:
    explicit TemplateHeaderForm(QWidget *parent = nullptr);

    // Shows the header fields of `t` (the body is not touched).
    void setTemplate(const ReportTemplate &t);
    // Writes the fields into `t`.
    void apply(ReportTemplate &t) const;
    void setReadOnly(bool readOnly);
    // Problems of the header fields as they stand (unknown form ids, no output, no title).
    QStringList problems() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    bool m_loading = false;
    QFormLayout *m_layout;
    QLineEdit *m_titleZh;
    QLineEdit *m_titleEn;
    QComboBox *m_kind;
    QComboBox *m_context;
    QList<QCheckBox *> m_outputs;
    QComboBox *m_format;
    QComboBox *m_language;
    QLineEdit *m_forms;
    QLineEdit *m_faultTypes;
};

} // namespace ui
} // namespace dd
