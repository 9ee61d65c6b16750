#include "settings/desk_settings_box.h"

#include "app/backend.h"
#include "common/database_backup.h"
#include "common/elided_label.h"
#include "common/icons.h"
#include "i18n/language.h"
#include "shell/ui_context.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {
const QString KeyLanguage = QStringLiteral("ui/language");
const QString KeyDatabase = QStringLiteral("database/path");
} // namespace

DeskSettingsBox::DeskSettingsBox(UiContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_databaseLabel(new QLabel(this))
    , m_databasePath(new ElidedLabel(this))
    , m_nextStart(new QLabel(this))
    , m_choose(new QPushButton(this))
    , m_backup(new QPushButton(this))
{
    setObjectName(QStringLiteral("deskSettings"));
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in itself, so anyone can find their own in either interface.
    m_language->addItem(QStringLiteral(u"中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_context.language.current())));
    m_languageLabel->setBuddy(m_language);

    m_databasePath->setObjectName(QStringLiteral("databasePath"));
    m_databasePath->setText(QDir::toNativeSeparators(m_context.backend.database().path()));
    m_nextStart->setObjectName(QStringLiteral("databaseNextStart"));
    m_nextStart->setWordWrap(true);
    m_nextStart->setTextFormat(Qt::PlainText);
    m_choose->setObjectName(QStringLiteral("chooseDatabase"));
    m_choose->setEnabled(!m_context.readOnly);
    m_backup->setObjectName(QStringLiteral("backUpDatabase"));
    m_backup->setIcon(icon(QStringLiteral("backup")));

    auto *databaseButtons = new QHBoxLayout;
    databaseButtons->addWidget(m_choose);
    databaseButtons->addWidget(m_backup);
    databaseButtons->addStretch(1);
    auto *databaseColumn = new QVBoxLayout;
    databaseColumn->addWidget(m_databasePath);
    databaseColumn->addLayout(databaseButtons);
    databaseColumn->addWidget(m_nextStart);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_databaseLabel, databaseColumn);

    connect(m_language, &QComboBox::currentIndexChanged, this, &DeskSettingsBox::applyLanguage);
    connect(m_choose, &QPushButton::clicked, this, &DeskSettingsBox::chooseDatabase);
    connect(m_backup, &QPushButton::clicked, this,
            [this] { backUpDatabaseInteractively(m_context.backend, this); });
    retranslateUi();
}

void DeskSettingsBox::applyLanguage(int index)
{
    const QString language = m_language->itemData(index).toString();
    if (language.isEmpty() || language == m_context.language.current())
        return;
    // Installing the translators sends LanguageChange to every widget, which retranslates its
    // labels in place: forms keep what has been typed and not saved yet.
    m_context.language.apply(language);
    if (!m_context.readOnly)
        QSettings().setValue(KeyLanguage, language);
}

void DeskSettingsBox::chooseDatabase()
{
    const QString current =
        QSettings().value(KeyDatabase, m_context.backend.database().path()).toString();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Database file for the next start"), current,
        tr("DutyDesk database (*.sqlite3);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite); // an existing database is opened, not replaced
    if (chosen.isEmpty())
        return;
    QSettings().setValue(KeyDatabase, QFileInfo(chosen).absoluteFilePath());
    retranslateUi();
}

void DeskSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void DeskSettingsBox::retranslateUi()
{
    setTitle(tr("This desk"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setToolTip(tr("Applied at once; remembered for this desk."));
    m_databaseLabel->setText(tr("Database file:"));
    m_choose->setText(tr("C&hoose…"));
    m_backup->setText(tr("&Back up now…"));

    const QString open = m_context.backend.database().path();
    const QString configured = QSettings().value(KeyDatabase).toString();
    if (!configured.isEmpty() && QFileInfo(configured) != QFileInfo(open))
        m_nextStart->setText(
            tr("At the next start DutyDesk opens %1. The change takes effect then.")
                .arg(QDir::toNativeSeparators(configured)));
    else
        m_nextStart->setText(tr("Choosing another file takes effect at the next start."));
}

} // namespace ui
} // namespace dd
