#include "handbook/distribution_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "handbook/handbook_dates.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

DistributionDialog::DistributionDialog(UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_changes(new QTreeWidget(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_record(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("distributionDialog"));
    resize(760, 460);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setRootIsDecorated(false);
    m_changes->setColumnCount(3);
    m_changes->setUniformRowHeights(true);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_changes->header()->setStretchLastSection(true);
    m_note->setObjectName(QStringLiteral("note"));
    m_error->setObjectName(QStringLiteral("error"));
    m_record->setObjectName(QStringLiteral("record"));
    m_noteLabel->setBuddy(m_note);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_noteLabel, m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_record, &QPushButton::clicked, this, &DistributionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    retranslateUi();
}

void DistributionDialog::load()
{
    ContactRepository &repo = m_context.backend.contacts();
    if (auto all = repo.distributions(); all) {
        for (const HandbookDistribution &d : *all)
            if (d.version > m_last.version)
                m_last = d;
    } else {
        m_error->showError(all.error());
    }
    m_changes->clear();
    if (auto changes = repo.changesSinceDistribution(); changes) {
        for (const HandbookChange &change : *changes) {
            auto *item = new QTreeWidgetItem(m_changes);
            item->setText(0, change.at.toTimeZone(institutionZone())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            item->setText(1, change.actor);
            item->setText(2, change.summary);
            item->setToolTip(2, change.summary);
        }
    } else {
        m_error->showError(changes.error());
    }
}

void DistributionDialog::submit()
{
    auto done = m_context.backend.contacts().recordDistribution(m_context.session.actor(),
                                                                m_note->text().trimmed());
    if (!done) {
        m_error->showError(done.error());
        return;
    }
    m_recorded = *done;
    accept();
}

void DistributionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DistributionDialog::retranslateUi()
{
    setWindowTitle(tr("Record distribution"));
    const int next = m_last.version + 1;
    const int n = m_changes->topLevelItemCount();
    if (m_last.version == 0)
        m_summary->setText(tr("The handbook has not been distributed yet. Recording a "
                              "distribution makes this state version %1.")
                               .arg(next));
    else
        m_summary->setText(
            tr("%n change(s) since distribution v%1 of %2 (by %3). Recording a distribution "
               "makes this state version %4; later changes count from it.",
               nullptr, n)
                .arg(m_last.version)
                .arg(
                    m_last.distributedAt.toTimeZone(institutionZone()).date().toString(Qt::ISODate))
                .arg(m_last.actor)
                .arg(next));
    m_changes->setHeaderLabels({tr("When"), tr("By"), tr("Change")});
    m_noteLabel->setText(tr("&Note:"));
    m_note->setPlaceholderText(tr("How it was handed out, e.g. printed for the duty room and "
                                  "mailed to the related units"));
    m_record->setText(tr("&Record distribution v%1").arg(next));
}

} // namespace ui
} // namespace dd
