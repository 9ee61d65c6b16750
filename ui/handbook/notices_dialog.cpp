#include "handbook/notices_dialog.h"

#include "common/inline_message.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

// A unit name as a file name: characters Windows refuses become "_".
QString fileNameFor(const QString &unitName)
{
    QString name = unitName;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
                 QStringLiteral("_"));
    name = name.trimmed();
    return (name.isEmpty() ? QStringLiteral("notice") : name) + QStringLiteral(".txt");
}

Status writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(NoticesDialog::tr("%1: cannot write the file (%2).")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

NoticesDialog::NoticesDialog(QList<ChangeNotice> notices, QWidget *parent)
    : QDialog(parent)
    , m_notices(std::move(notices))
    , m_summary(new QLabel(this))
    , m_units(new QListWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_copy(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_save(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
    , m_saveAll(m_buttons->addButton(QString(), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("noticesDialog"));
    resize(900, 600);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_units->setObjectName(QStringLiteral("units"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_message->setObjectName(QStringLiteral("message"));
    m_copy->setObjectName(QStringLiteral("copy"));
    m_save->setObjectName(QStringLiteral("save"));
    m_saveAll->setObjectName(QStringLiteral("saveAll"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_units);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 680});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    for (const ChangeNotice &notice : m_notices)
        m_units->addItem(notice.unitName);
    connect(m_units, &QListWidget::currentRowChanged, this, &NoticesDialog::showNotice);
    connect(m_copy, &QPushButton::clicked, this, &NoticesDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &NoticesDialog::chooseSaveCurrent);
    connect(m_saveAll, &QPushButton::clicked, this, &NoticesDialog::chooseSaveAll);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    if (!m_notices.isEmpty())
        m_units->setCurrentRow(0);
}

void NoticesDialog::showNotice(int row)
{
    const bool valid = row >= 0 && row < m_notices.size();
    m_text->setPlainText(valid ? m_notices.at(row).text : QString());
    m_copy->setEnabled(valid);
    m_save->setEnabled(valid);
}

void NoticesDialog::copy()
{
    QApplication::clipboard()->setText(m_text->toPlainText());
    m_message->showSuccess(
        tr("The notice for %1 is on the clipboard.").arg(m_units->currentItem()->text()));
}

Status NoticesDialog::saveCurrent(const QString &path)
{
    return writeText(path, m_text->toPlainText());
}

Result<int> NoticesDialog::saveAll(const QString &folder)
{
    // Every file is checked before the first is written: all notices or none.
    QDir dir(folder);
    if (!dir.exists())
        return fail(tr("%1: no such folder.").arg(QDir::toNativeSeparators(folder)));
    QStringList names;
    for (const ChangeNotice &notice : m_notices) {
        QString name = fileNameFor(notice.unitName);
        for (int n = 2; names.contains(name); ++n)
            name = fileNameFor(QStringLiteral("%1 (%2)").arg(notice.unitName).arg(n));
        names << name;
    }
    for (int i = 0; i < m_notices.size(); ++i)
        if (Status written = writeText(dir.filePath(names.at(i)), m_notices.at(i).text); !written)
            return written.takeError();
    return int(m_notices.size());
}

void NoticesDialog::chooseSaveCurrent()
{
    const int row = m_units->currentRow();
    if (row < 0)
        return;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(fileNameFor(m_notices.at(row).unitName));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the notice"), start, tr("Text (*.txt)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveCurrent(path); !saved)
        m_message->showError(saved.error());
    else
        m_message->showSuccess(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void NoticesDialog::chooseSaveAll()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Save every notice into a folder"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    auto saved = saveAll(folder);
    if (!saved)
        m_message->showError(saved.error());
    else
        m_message->showSuccess(
            tr("%n notice(s) saved in %1.", nullptr, *saved).arg(QDir::toNativeSeparators(folder)));
}

void NoticesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NoticesDialog::retranslateUi()
{
    setWindowTitle(tr("Change notices"));
    m_summary->setText(tr("%n unit(s) concerned by the changes since the last distribution. "
                          "Send each its notice, then record the distribution.",
                          nullptr, int(m_notices.size())));
    m_copy->setText(tr("&Copy"));
    m_save->setText(tr("&Save…"));
    m_saveAll->setText(tr("Save &all…"));
}

} // namespace ui
} // namespace dd
