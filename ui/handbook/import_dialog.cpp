#include "handbook/import_dialog.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "contacts/phone_numbers.h"
#include "handbook/handbook_dates.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Column {
    RowColumn,
    ActionColumn,
    NameColumn,
    UnitColumn,
    PositionColumn,
    MobileColumn,
    OfficeColumn,
    DutyColumn,
    ProblemsColumn,
    ColumnCount
};

const QColor ErrorText(0xb3, 0x26, 0x1e);
const QColor ErrorBackground(0xfd, 0xe7, 0xe9);
const QColor WarningText(0x8a, 0x5a, 0x00);

} // namespace

ImportDialog::ImportDialog(UiContext &context, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_path(path)
    , m_file(new QLabel(this))
    , m_fileProblems(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_createUnits(new QCheckBox(this))
    , m_newUnitKind(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_error(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("importDialog"));
    resize(1000, 560);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setWordWrap(true);
    m_fileProblems->setObjectName(QStringLiteral("fileProblems"));
    m_fileProblems->setTextFormat(Qt::PlainText);
    m_fileProblems->setWordWrap(true);
    m_fileProblems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_table->setObjectName(QStringLiteral("importRows"));
    m_createUnits->setObjectName(QStringLiteral("createUnits"));
    m_newUnitKind->setObjectName(QStringLiteral("newUnitKind"));
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("error"));
    m_apply->setObjectName(QStringLiteral("applyImport"));

    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProblemsColumn, QHeaderView::Stretch);
    for (UnitKind kind : allUnitKinds())
        m_newUnitKind->addItem(unitKindName(kind), int(kind));
    m_newUnitKind->setCurrentIndex(m_newUnitKind->findData(int(UnitKind::Other)));
    m_newUnitKind->setEnabled(false);

    auto *unitsRow = new QHBoxLayout;
    unitsRow->addWidget(m_createUnits);
    unitsRow->addWidget(m_newUnitKind);
    unitsRow->addStretch(1);
    unitsRow->addWidget(m_counts);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_fileProblems);
    layout->addWidget(m_table, 1);
    layout->addLayout(unitsRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_createUnits, &QCheckBox::toggled, this, [this](bool on) {
        m_newUnitKind->setEnabled(on);
        recheck();
    });
    connect(m_newUnitKind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_createUnits->isChecked())
            recheck();
    });
    connect(m_apply, &QPushButton::clicked, this, &ImportDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto preview = ContactImport::previewFile(m_context.backend.contacts(), path, options(),
                                              institutionToday(m_context.backend));
    if (preview) {
        m_preview = std::move(*preview);
        m_loaded = true;
    } else {
        m_loadError = preview.error();
        m_error->showError(m_loadError);
    }
    retranslateUi();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.createUnits = m_createUnits->isChecked();
    o.newUnitKind = UnitKind(m_newUnitKind->currentData().toInt());
    return o;
}

void ImportDialog::recheck()
{
    if (!m_loaded)
        return;
    if (Status checked = ContactImport::check(m_context.backend.contacts(), m_preview, options(),
                                              institutionToday(m_context.backend));
        !checked) {
        m_error->showError(checked.error());
    } else {
        m_error->clearMessage();
    }
    showPreview();
}

void ImportDialog::showPreview()
{
    m_file->setText(tr("%1 — %2, %3, %n row(s)", nullptr, int(m_preview.rows.size()))
                        .arg(QFileInfo(m_path).fileName(),
                             m_preview.format == QLatin1String("vcard") ? tr("vCard") : tr("CSV"),
                             m_preview.encoding));
    QStringList fileProblems;
    for (const ImportProblem &p : m_preview.problems)
        fileProblems << p.message;
    m_fileProblems->setText(fileProblems.join(QLatin1Char('\n')));
    m_fileProblems->setVisible(!fileProblems.isEmpty());

    m_table->setRowCount(int(m_preview.rows.size()));
    int creates = 0;
    int updates = 0;
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const ImportRow &row = m_preview.rows.at(r);
        const bool bad = row.hasErrors();
        (row.action == ImportAction::Update ? updates : creates)++;
        QString action = row.action == ImportAction::Update ? tr("update") : tr("new");
        if (row.createsUnit)
            action += tr(", new unit");
        QStringList problems;
        QStringList messages;
        bool warningsOnly = !row.problems.isEmpty();
        for (const ImportProblem &p : row.problems) {
            problems << (p.column.isEmpty() ? p.reason : tr("%1: %2").arg(p.column, p.reason));
            messages << p.message;
            warningsOnly = warningsOnly && !p.isError();
        }
        const QStringList cells{
            QString::number(row.row),
            action,
            row.contact.name,
            row.unitName,
            row.contact.position,
            PhoneNumbers::display(row.contact.mobile),
            PhoneNumbers::display(row.contact.officePhone),
            PhoneNumbers::display(row.contact.dutyPhone),
            problems.isEmpty() ? tr("OK") : problems.join(QLatin1Char('\n')),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (bad)
                item->setBackground(ErrorBackground);
            if (c == ProblemsColumn && !problems.isEmpty()) {
                item->setForeground(warningsOnly ? WarningText : ErrorText);
                item->setToolTip(messages.join(QLatin1Char('\n')));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeRowsToContents();

    const int errors = m_preview.errorCount();
    const int warnings = m_preview.warningCount();
    // Each count is one translated phrase; the translator also chooses how they are listed.
    const QString created = tr("%n new", nullptr, creates);
    const QString updated = tr("%n update(s)", nullptr, updates);
    const QString failed = tr("%n error(s)", nullptr, errors);
    const QString warned = tr("%n warning(s)", nullptr, warnings);
    QString counts;
    if (errors > 0 && warnings > 0)
        counts = tr("%1, %2, %3, %4", "import counts: new, updates, errors, warnings")
                     .arg(created, updated, failed, warned);
    else if (errors > 0)
        counts =
            tr("%1, %2, %3", "import counts: new, updates, errors").arg(created, updated, failed);
    else if (warnings > 0)
        counts =
            tr("%1, %2, %3", "import counts: new, updates, warnings").arg(created, updated, warned);
    else
        counts = tr("%1, %2", "import counts: new, updates").arg(created, updated);
    m_counts->setText(counts);
    m_counts->setStyleSheet(errors > 0 ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                       : QString());
    m_apply->setEnabled(m_loaded && !m_preview.hasErrors() && !m_preview.rows.isEmpty());
    m_apply->setToolTip(m_preview.hasErrors()
                            ? tr("Correct the rows in red in the file and import it again.")
                            : QString());
}

void ImportDialog::apply()
{
    if (!m_apply->isEnabled())
        return;
    auto done = ContactImport::apply(m_context.backend.database(), m_context.backend.audit(),
                                     m_context.backend.contacts(), m_context.session.actor(),
                                     m_preview, options(), institutionToday(m_context.backend));
    if (!done) {
        // Nothing was written; the handbook may have changed meanwhile: check again.
        const QString reason = done.error();
        recheck();
        m_error->showError(reason);
        return;
    }
    m_summary = *done;
    accept();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import contacts"));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Import as"), tr("Name"), tr("Unit"),
                                        tr("Position"), tr("Mobile"), tr("Office"), tr("Duty line"),
                                        tr("Problems")});
    m_createUnits->setText(tr("Create &missing units as:"));
    m_apply->setText(tr("&Apply"));
    if (m_loaded)
        showPreview();
    else
        m_apply->setEnabled(false);
}

} // namespace ui
} // namespace dd
