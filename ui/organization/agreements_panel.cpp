#include "organization/agreements_panel.h"

#include "app/backend.h"
#include "common/icons.h"
#include "common/inline_message.h"
#include "organization/agreement_dialog.h"
#include "organization/agreement_table_model.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {
const char *const HeaderKey = "organization/agreementsHeader";
}

AgreementsPanel::AgreementsPanel(UiContext &context, QWidget *parent)
    : OrganizationTab(context, parent)
    , m_model(new AgreementTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_note(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("agreementsPanel"));
    m_note->setObjectName(QStringLiteral("agreementsNote"));
    m_note->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("agreementsSummary"));
    m_summary->setWordWrap(true);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AgreementTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AgreementTableModel::ScopeColumn, QHeaderView::Stretch);
    const QByteArray state = QSettings().value(QLatin1String(HeaderKey)).toByteArray();
    if (state.isEmpty() || !header->restoreState(state))
        m_table->sortByColumn(AgreementTableModel::NextReviewColumn, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [header] { QSettings().setValue(QLatin1String(HeaderKey), header->saveState()); });
    connect(header, &QHeaderView::sectionResized, this,
            [header] { QSettings().setValue(QLatin1String(HeaderKey), header->saveState()); });
    m_add->setObjectName(QStringLiteral("addAgreement"));
    m_edit->setObjectName(QStringLiteral("editAgreement"));
    m_remove->setObjectName(QStringLiteral("removeAgreement"));
    m_message->setObjectName(QStringLiteral("agreementsMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &AgreementsPanel::askAdd);
    connect(m_edit, &QPushButton::clicked, this, &AgreementsPanel::askEdit);
    connect(m_remove, &QPushButton::clicked, this, &AgreementsPanel::askRemove);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            askEdit();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgreementsPanel::updateActions);

    reload();
    retranslateUi();
}

QString AgreementsPanel::tabTitle() const
{
    return tr("Agreements");
}

void AgreementsPanel::reload()
{
    const qint64 keep = selectedId();
    auto directory = ContactDirectory::load(m_context.backend.contacts());
    auto agreements = m_context.backend.contacts().agreements();
    if (!directory || !agreements) {
        m_message->showError(!directory ? directory.error() : agreements.error());
        return;
    }
    m_directory = *directory;
    m_model->setAgreements(*agreements, m_directory.units, today());
    // Until someone sizes the columns themselves, they fit their contents.
    if (QSettings().value(QLatin1String(HeaderKey)).isNull())
        m_table->resizeColumnsToContents();
    selectAgreement(keep);
    updateSummary();
    updateActions();
}

QString AgreementsPanel::summary() const
{
    return m_summary->text();
}

void AgreementsPanel::updateSummary()
{
    int expired = 0;
    int overdue = 0;
    int soon = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (m_model->stateAt(row)) {
        case AgreementTableModel::State::Expired: ++expired; break;
        case AgreementTableModel::State::ReviewOverdue: ++overdue; break;
        case AgreementTableModel::State::ReviewDueSoon: ++soon; break;
        case AgreementTableModel::State::Current: break;
        }
    }
    QStringList parts;
    if (expired)
        parts << tr("%n expired", nullptr, expired);
    if (overdue)
        parts << tr("%n with the review overdue", nullptr, overdue);
    if (soon)
        parts << tr("%n to review within %1 days", nullptr, soon)
                     .arg(AgreementTableModel::DueSoonDays);
    QString text;
    if (m_model->rowCount() == 0)
        text = tr("No service agreements yet. Record those with the carriers, fire, power and "
                  "air-conditioning services and the hardware and software vendors.");
    else if (parts.isEmpty())
        text = tr("%n agreement(s), all valid and reviewed in time.", nullptr, m_model->rowCount());
    else
        text = tr("%n agreement(s): %1.", nullptr, m_model->rowCount()).arg(parts.join(tr(", ")));
    m_summary->setText(text);
    m_summary->setStyleSheet(expired || overdue ? QStringLiteral("color: #b3261e;") : QString());
}

bool AgreementsPanel::selectAgreement(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

qint64 AgreementsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->agreementAt(m_sorted->mapToSource(rows.first()).row()).id;
}

bool AgreementsPanel::removeAgreement(qint64 id)
{
    m_message->clearMessage();
    if (m_context.readOnly) {
        m_message->showError(tr("The database is open read-only; nothing was deleted."));
        return false;
    }
    const int row = m_model->rowOf(id);
    const QString title = row >= 0 ? m_model->agreementAt(row).title : QString();
    if (Status removed =
            m_context.backend.contacts().removeAgreement(m_context.session.actor(), id);
        !removed) {
        m_message->showError(removed.error());
        return false;
    }
    reload();
    m_message->showSuccess(tr("Agreement \"%1\" removed.").arg(title));
    return true;
}

void AgreementsPanel::askAdd()
{
    AgreementDialog dialog(m_context, m_directory, Agreement{}, today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectAgreement(dialog.savedId());
    m_message->showSuccess(tr("Agreement added."));
}

void AgreementsPanel::askEdit()
{
    // The dialog starts from what is stored now: another desk may have saved it meanwhile.
    reload();
    const int row = m_model->rowOf(selectedId());
    if (row < 0)
        return;
    AgreementDialog dialog(m_context, m_directory, m_model->agreementAt(row), today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectAgreement(dialog.savedId());
    m_message->showSuccess(tr("Agreement saved."));
}

void AgreementsPanel::askRemove()
{
    const qint64 id = selectedId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Agreement &a = m_model->agreementAt(row);
    const auto answer = QMessageBox::question(
        this, tr("Remove agreement"),
        tr("Remove the agreement \"%1\" with %2? Its review history goes with it; the change is "
           "kept in the audit log.")
            .arg(a.title, m_directory.unitName(a.unitId)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeAgreement(id);
}

void AgreementsPanel::updateActions()
{
    const bool edit = canEdit();
    const bool selected = selectedId() != 0;
    m_add->setEnabled(edit);
    m_edit->setEnabled(edit && selected);
    m_remove->setEnabled(edit && selected);
    updateNote(m_note, tr("service agreements"));
}

void AgreementsPanel::retranslateUi()
{
    m_add->setText(tr("&Add agreement…"));
    m_add->setIcon(icon(QStringLiteral("readiness")));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_model->retranslate();
    updateSummary();
    updateActions();
}

} // namespace ui
} // namespace dd
