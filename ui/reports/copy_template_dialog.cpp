#include "reports/copy_template_dialog.h"

#include "reports/report_engine.h"
#include "reports/template_library.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd {
namespace ui {

CopyTemplateDialog::CopyTemplateDialog(const TemplateLibrary &library, const QString &fromId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_intro(new QLabel(this))
    , m_id(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("copyTemplateDialog"));
    setWindowTitle(tr("Copy template"));
    m_id->setObjectName(QStringLiteral("copyTemplateId"));
    m_problem->setObjectName(QStringLiteral("copyTemplateProblem"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Copy \"%1\" to a custom template you can edit. A custom copy is used "
                        "instead of the built-in when a report of its form is written.")
                         .arg(fromId));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_id->setMaxLength(64);

    QString suggestion = fromId + QStringLiteral("_custom");
    for (int n = 2; library.exists(suggestion) && n < 100; ++n)
        suggestion = fromId + QStringLiteral("_custom%1").arg(n);
    m_id->setText(suggestion.left(64));
    m_id->selectAll();

    auto *form = new QFormLayout;
    form->addRow(tr("New &id:"), m_id);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_id, &QLineEdit::textChanged, this, &CopyTemplateDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Copy"));
    resize(460, sizeHint().height());
    validate();
}

QString CopyTemplateDialog::newId() const
{
    return m_id->text().trimmed();
}

QString CopyTemplateDialog::problem(const TemplateLibrary &library, const QString &id)
{
    if (id.isEmpty())
        return tr("Enter an id.");
    if (!ReportEngine::isValidId(id))
        return tr("Use lower-case letters a–z, digits and _ only (at most 64).");
    if (library.exists(id))
        return tr("A template with the id \"%1\" exists already.").arg(id);
    return {};
}

void CopyTemplateDialog::validate()
{
    const QString why = problem(m_library, newId());
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace ui
} // namespace dd
