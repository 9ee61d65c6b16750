#include "common/database_backup.h"

#include "app/backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace dd {
namespace ui {

namespace {
class BackupText {
    Q_DECLARE_TR_FUNCTIONS(dd::ui::DatabaseBackup)
};
} // namespace

bool backUpDatabaseInteractively(Backend &backend, QWidget *parent)
{
    const QFileInfo live(backend.database().path());
    // The backup's name carries the time it was taken, so a folder of backups sorts by age.
    const QString stamp =
        backend.clock().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString suggested = live.dir().filePath(
        live.completeBaseName() + QStringLiteral("-backup-") + stamp + QStringLiteral(".sqlite3"));
    const QString target = QFileDialog::getSaveFileName(
        parent, BackupText::tr("Back up the database"), suggested,
        BackupText::tr("DutyDesk database (*.sqlite3);;All files (*)"));
    if (target.isEmpty())
        return false;
    // backupTo refuses to overwrite a file; the dialog has asked already, so say it plainly.
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(parent, BackupText::tr("Back up the database"),
                             BackupText::tr("%1 exists already. Choose a new file name; a backup "
                                            "never replaces an existing file.")
                                 .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    if (Status done = backend.database().backupTo(target); !done) {
        QMessageBox::critical(parent, BackupText::tr("Back up the database"), done.error());
        return false;
    }
    QMessageBox::information(
        parent, BackupText::tr("Back up the database"),
        BackupText::tr("The database was backed up to %1.").arg(QDir::toNativeSeparators(target)));
    return true;
}

} // namespace ui
} // namespace dd
