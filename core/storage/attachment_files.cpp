#include "storage/attachment_files.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace dd {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The hash a stored name ends with ("incidents/7/<sha256>"), or "" when it has none.
QString hashInName(const QString &storedAs)
{
    const QString last = storedAs.section(QLatin1Char('/'), -1);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(last).hasMatch() ? last : QString();
}

} // namespace

Status AttachmentFiles::store(Database &db, const QString &folder, const QString &storedAs,
                              const QString &sourcePath)
{
    if (!db.isShared()) {
        const QString target = QDir(folder).filePath(storedAs);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return fail(
                tr("Cannot create the folder %1.").arg(native(QFileInfo(target).absolutePath())));
        if (!QFile::exists(target) && !QFile::copy(sourcePath, target))
            return fail(tr("Cannot copy %1 into %2.").arg(native(sourcePath), native(folder)));
        return {};
    }
    auto there = db.exec(QStringLiteral("SELECT 1 FROM attachment_contents WHERE stored_as = ?"),
                         {storedAs});
    if (!there)
        return there.takeError();
    if (there->next())
        return {};
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(native(sourcePath), source.errorString()));
    if (source.size() > MaxServerBytes)
        return fail(tr("%1 is %2 MB; files up to %3 MB can be attached on a shared database.")
                        .arg(native(sourcePath))
                        .arg(source.size() / (1024 * 1024))
                        .arg(MaxServerBytes / (1024 * 1024)));
    const QByteArray bytes = source.readAll();
    if (bytes.size() != source.size())
        return fail(tr("Cannot read %1: %2").arg(native(sourcePath), source.errorString()));
    auto q = db.exec(QStringLiteral("INSERT INTO attachment_contents (stored_as, size, content) "
                                    "VALUES (?, ?, ?)"),
                     {storedAs, qint64(bytes.size()), bytes});
    if (!q)
        return q.takeError();
    return {};
}

Result<QString> AttachmentFiles::localFile(Database &db, const QString &folder,
                                           const QString &storedAs)
{
    const QString path = QDir(folder).filePath(storedAs);
    const QString expected = hashInName(storedAs);
    const auto matches = [&](const QByteArray &bytes) {
        return expected.isEmpty()
               || QString::fromLatin1(
                      QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())
                      == expected;
    };
    if (!db.isShared()) {
        if (!QFileInfo::exists(path))
            return fail(tr("The stored file %1 is missing.").arg(native(path)));
        return path;
    }
    if (QFileInfo::exists(path)) {
        QFile cached(path);
        if (cached.open(QIODevice::ReadOnly) && matches(cached.readAll()))
            return path;
    }
    auto q = db.exec(QStringLiteral("SELECT content FROM attachment_contents WHERE stored_as = ?"),
                     {storedAs});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(
            tr("The shared database holds no content for the attachment %1.").arg(storedAs));
    const QByteArray bytes = q->value(0).toByteArray();
    if (!matches(bytes))
        return fail(tr("The content of the attachment %1 does not match its SHA-256 hash: it "
                       "was changed after it was stored.")
                        .arg(storedAs));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(native(QFileInfo(path).absolutePath())));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(tr("Cannot write %1: %2").arg(native(path), out.errorString()));
    return path;
}

void AttachmentFiles::forgetUnused(Database &db, const QString &folder, const QString &storedAs,
                                   const QString &table)
{
    auto used =
        db.exec(QStringLiteral("SELECT 1 FROM %1 WHERE stored_as = ?").arg(table), {storedAs});
    if (!used || used->next())
        return;
    used->finish();
    if (db.isShared())
        (void)db.write([&]() -> Status {
            auto q = db.exec(QStringLiteral("DELETE FROM attachment_contents WHERE stored_as = ? "
                                            "AND NOT EXISTS (SELECT 1 FROM %1 WHERE stored_as = "
                                            "?)")
                                 .arg(table),
                             {storedAs, storedAs});
            if (!q)
                return q.takeError();
            return {};
        });
    if (!folder.isEmpty())
        QFile::remove(QDir(folder).filePath(storedAs));
}

} // namespace dd
