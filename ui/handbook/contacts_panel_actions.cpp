// The operations behind the contacts panel's actions: dialogs, files, printing.

#include "app/backend.h"
#include "common/inline_message.h"
#include "contacts/change_notice_library.h"
#include "contacts/contact_csv.h"
#include "contacts/vcard.h"
#include "handbook/contact_dialog.h"
#include "handbook/contact_table_model.h"
#include "handbook/contacts_panel.h"
#include "handbook/distribution_dialog.h"
#include "handbook/handbook_dates.h"
#include "handbook/handbook_pdf.h"
#include "handbook/import_dialog.h"
#include "handbook/notices_dialog.h"
#include "handbook/unit_dialog.h"
#include "handbook/unit_tree.h"
#include "i18n/language.h"
#include "reports/report_output.h"
#include "reports/report_writer.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>

namespace dd {
namespace ui {

namespace {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ContactsPanel::tr("%1: cannot write the file (%2).")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

void ContactsPanel::newContact()
{
    if (!canEdit())
        return;
    Contact fresh;
    fresh.unitId = m_tree->currentUnitId();
    ContactDialog dialog(m_context, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectContacts({dialog.savedId()});
    m_message->showSuccess(tr("Contact added."));
}

void ContactsPanel::editContact()
{
    const QList<qint64> ids = selectedContactIds();
    const QModelIndex current = m_table->currentIndex();
    const qint64 id =
        ids.size() == 1 ? ids.first() : current.data(ContactTableModel::IdRole).toLongLong();
    if (id <= 0)
        return;
    auto contact = m_context.backend.contacts().contact(id);
    if (!contact) {
        m_message->showError(contact.error());
        return;
    }
    ContactDialog dialog(m_context, *contact, this);
    dialog.setReadOnly(!canEdit());
    if (dialog.exec() != QDialog::Accepted || !canEdit())
        return;
    reload();
    selectContacts({id});
    m_message->showSuccess(tr("%1 saved.").arg(contact->name));
}

void ContactsPanel::deactivateContact()
{
    const QList<qint64> ids = selectedContactIds();
    if (!canEdit() || ids.size() != 1)
        return;
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return;
    const Contact person = m_model->contactAt(row);
    const auto answer = QMessageBox::question(
        this, tr("Deactivate contact"),
        tr("Deactivate %1? The person leaves the handbook and the choice lists; the roster, "
           "incident timelines and the audit log keep the name.")
            .arg(person.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status done =
            m_context.backend.contacts().deactivateContact(m_context.session.actor(), person.id);
        !done) {
        m_message->showError(done.error());
        return;
    }
    reload();
    m_message->showSuccess(tr("%1 deactivated.").arg(person.name));
}

void ContactsPanel::markVerified()
{
    const QList<qint64> ids = selectedContactIds();
    if (!canEdit() || ids.isEmpty())
        return;
    const QDate today = institutionToday(m_context.backend);
    if (Status done =
            m_context.backend.contacts().markVerified(m_context.session.actor(), ids, today);
        !done) {
        m_message->showError(done.error());
        return;
    }
    reload();
    selectContacts(ids);
    m_message->showSuccess(tr("%n contact(s) marked verified on %1.", nullptr, int(ids.size()))
                               .arg(today.toString(Qt::ISODate)));
}

void ContactsPanel::newUnit()
{
    if (!canEdit())
        return;
    Unit fresh;
    const HandbookScope scope = m_tree->scope();
    if (scope.type == HandbookScope::Type::Kind || scope.type == HandbookScope::Type::Unit)
        fresh.kind = scope.kind;
    else if (scope.type == HandbookScope::Type::External)
        fresh.kind = UnitKind::Other;
    UnitDialog dialog(m_context, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_tree->setScope({HandbookScope::Type::Unit, fresh.kind, dialog.savedId()});
    m_message->showSuccess(tr("Unit added."));
}

void ContactsPanel::editUnit()
{
    const qint64 id = m_tree->currentUnitId();
    if (!canEdit() || id <= 0)
        return;
    auto unit = m_context.backend.contacts().unit(id);
    if (!unit) {
        m_message->showError(unit.error());
        return;
    }
    UnitDialog dialog(m_context, *unit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    if (auto saved = m_context.backend.contacts().unit(id); saved)
        m_tree->setScope({HandbookScope::Type::Unit, saved->kind, id});
    m_message->showSuccess(tr("Unit saved."));
}

void ContactsPanel::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import contacts"), documentsFolder(),
        tr("Contact lists (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)"));
    if (!path.isEmpty())
        importFile(path);
}

void ContactsPanel::importFile(const QString &path)
{
    if (!canEdit())
        return;
    ImportDialog dialog(m_context, path, this);
    if (!dialog.isLoaded()) {
        m_message->showError(dialog.loadError());
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const ImportSummary &done = dialog.summary();
    selectContacts(done.contactIds);
    m_message->showSuccess(tr("Imported %1: %2 new, %3 updated, %4 unit(s) created.")
                               .arg(QFileInfo(path).fileName())
                               .arg(done.created)
                               .arg(done.updated)
                               .arg(done.unitsCreated));
}

void ContactsPanel::chooseExportFile()
{
    const QString csvChinese = tr("CSV, Chinese headers (*.csv)");
    const QString csvEnglish = tr("CSV, English headers (*.csv)");
    const QString vcard3 = tr("vCard 3.0 (*.vcf)");
    const QString vcard4 = tr("vCard 4.0 (*.vcf)");
    QString filter = csvChinese;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export contacts"),
        QDir(documentsFolder()).filePath(tr("contacts") + QStringLiteral(".csv")),
        QStringList{csvChinese, csvEnglish, vcard3, vcard4}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QString format = filter == vcard4       ? QStringLiteral("vcard4")
                           : filter == vcard3     ? QStringLiteral("vcard3")
                           : filter == csvEnglish ? QStringLiteral("csv-en")
                                                  : QStringLiteral("csv");
    exportFile(path, format);
}

void ContactsPanel::exportFile(const QString &path, const QString &format)
{
    // What is shown is what is exported: the tree's node, the search and "stale only".
    QSet<qint64> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.insert(m_proxy->index(row, 0).data(ContactTableModel::IdRole).toLongLong());
    auto table = ContactTable::load(m_context.backend.contacts(), ContactQuery{});
    if (!table) {
        m_message->showError(table.error());
        return;
    }
    table->contacts.removeIf([&shown](const Contact &c) { return !shown.contains(c.id); });

    QByteArray bytes;
    if (format == QLatin1String("csv") || format == QLatin1String("csv-en")) {
        bytes = ContactCsv::write(*table, format == QLatin1String("csv") ? CsvHeaders::Chinese
                                                                         : CsvHeaders::English);
    } else if (format == QLatin1String("vcard3") || format == QLatin1String("vcard4")) {
        bytes = VCard::write(*table, format == QLatin1String("vcard3") ? VCardVersion::V3
                                                                       : VCardVersion::V4);
    } else {
        m_message->showError(tr("%1: unknown export format.").arg(format));
        return;
    }
    if (Status written = writeFile(path, bytes); !written) {
        m_message->showError(written.error());
        return;
    }
    m_message->showSuccess(tr("%n contact(s) exported to %1.", nullptr, int(table->contacts.size()))
                               .arg(QDir::toNativeSeparators(path)));
}

void ContactsPanel::chooseSavePdf()
{
    const QString suggested = tr("Emergency contact handbook %1")
                                  .arg(institutionToday(m_context.backend).toString(Qt::ISODate))
                              + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the handbook as PDF"),
                                                      QDir(documentsFolder()).filePath(suggested),
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ContactsPanel::savePdf(const QString &path)
{
    auto handbook = m_context.backend.contacts().handbook();
    if (!handbook) {
        m_message->showError(handbook.error());
        return;
    }
    PdfOptions given;
    given.drillBanner = m_context.drillMode();
    auto pages = HandbookPdf::write(*handbook, path, HandbookPdf::options(*handbook, given));
    if (!pages) {
        m_message->showError(pages.error());
        return;
    }
    m_message->showSuccess(tr("Handbook v%1 saved: %2 (%n page(s)).", nullptr, *pages)
                               .arg(handbook->version)
                               .arg(QDir::toNativeSeparators(path)));
}

void ContactsPanel::printPreview()
{
    auto handbook = m_context.backend.contacts().handbook();
    if (!handbook) {
        m_message->showError(handbook.error());
        return;
    }
    PdfOptions given;
    given.drillBanner = m_context.drillMode();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(HandbookPdf::options(*handbook, given).title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("handbookPrintPreview"));
    preview.setWindowTitle(tr("Handbook v%1 — print preview").arg(handbook->version));
    preview.resize(900, 760);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&handbook, &failure, &given](QPrinter *device) {
                auto painted =
                    HandbookPdf::print(*handbook, *device, HandbookPdf::options(*handbook, given));
                if (!painted)
                    failure = painted.error();
            });
    preview.exec();
    if (!failure.isEmpty())
        m_message->showError(failure);
}

void ContactsPanel::recordDistribution()
{
    if (!canEdit())
        return;
    DistributionDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_message->showSuccess(tr("Distribution v%1 recorded.").arg(dialog.recorded().version));
}

void ContactsPanel::notifyUnits()
{
    // Written with the report template library: an edited copy of the change notice template
    // is used, as on the Reports page.
    auto written = ChangeNoticeTemplates::build(m_context.backend, ReportOutput::author(m_context),
                                                m_context.language.current(),
                                                ReportOutput::options(m_context));
    if (!written) {
        m_message->showError(written.error());
        return;
    }
    if (written->isEmpty()) {
        m_message->showSuccess(
            tr("No unit needs a change notice: nothing they are concerned by changed since the "
               "last distribution."));
        return;
    }
    QList<ChangeNotice> notices;
    for (const LibraryChangeNotice &n : std::as_const(*written)) {
        ChangeNotice notice = n.notice;
        notice.text = ReportWriter::plainText(n.report) + u'\n';
        notices << notice;
    }
    NoticesDialog dialog(notices, this);
    dialog.exec();
}

} // namespace ui
} // namespace dd
