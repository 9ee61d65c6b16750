#include "testing/deliveries_panel.h"

#include "app/backend.h"
#include "common/inline_message.h"
#include "config/config_registry.h"
#include "drills/drill_ui.h"
#include "shell/session.h"
#include "shell/ui_context.h"
#include "storage/database.h"
#include "testing/training_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {
namespace ui {

namespace {

enum Col { TitleCol, SupplierCol, StateCol, ProgressCol, PlannedCol, Cols };
enum CheckCol { CategoryCol, StatusCol, DetailCol, CheckCols };
const QDate NotSet(2000, 1, 1);

QPlainTextEdit *textBox(const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QLineEdit *line(const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    return edit;
}

void addRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    form->addRow(label, field);
}

void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

QLabel *boldLabel()
{
    auto *label = new QLabel;
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

int settledCount(const Delivery &d)
{
    int n = 0;
    for (const ChecklistEntry &e : d.checklist)
        n += e.status != ChecklistStatus::Pending;
    return n;
}

} // namespace

DeliveriesPanel::DeliveriesPanel(UiContext &context, DeliveryRegister &deliveries,
                                 ConfigRegistry &config, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_deliveries(deliveries)
    , m_config(config)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filter(line(QStringLiteral("deliveriesFilter")))
    , m_table(DrillUi::table(QStringLiteral("deliveriesTable"), nullptr))
    , m_new(new QPushButton)
    , m_heading(boldLabel())
    , m_state(new QLabel)
    , m_form(new QFormLayout)
    , m_title(line(QStringLiteral("deliveryTitle")))
    , m_supplier(line(QStringLiteral("deliverySupplier")))
    , m_item(new QComboBox)
    , m_responsibilities(textBox(QStringLiteral("deliveryResponsibilities"), 2))
    , m_steps(textBox(QStringLiteral("deliverySteps"), 3))
    , m_plannedOn(new QDateEdit)
    , m_checklistTitle(boldLabel())
    , m_checklist(new QTableWidget)
    , m_trainingTitle(boldLabel())
    , m_training(DrillUi::table(QStringLiteral("deliveryTraining"), nullptr))
    , m_addTraining(new QPushButton)
    , m_recordsTitle(boldLabel())
    , m_records(DrillUi::table(QStringLiteral("deliveryRecords"), nullptr))
    , m_recordText(line(QStringLiteral("deliveryRecordText")))
    , m_addRecord(new QPushButton)
    , m_blockersTitle(boldLabel())
    , m_blockers(new QLabel)
    , m_save(new QPushButton)
    , m_start(new QPushButton)
    , m_accept(new QPushButton)
    , m_message(new InlineMessage)
{
    setObjectName(QStringLiteral("deliveriesPanel"));
    m_new->setObjectName(QStringLiteral("deliveriesNew"));
    m_state->setObjectName(QStringLiteral("deliveryState"));
    m_item->setObjectName(QStringLiteral("deliveryItem"));
    m_plannedOn->setObjectName(QStringLiteral("deliveryPlannedOn"));
    m_checklist->setObjectName(QStringLiteral("deliveryChecklist"));
    m_addTraining->setObjectName(QStringLiteral("deliveryAddTraining"));
    m_addRecord->setObjectName(QStringLiteral("deliveryAddRecord"));
    m_blockers->setObjectName(QStringLiteral("deliveryBlockers"));
    m_save->setObjectName(QStringLiteral("deliverySave"));
    m_start->setObjectName(QStringLiteral("deliveryStart"));
    m_accept->setObjectName(QStringLiteral("deliveryAccept"));
    m_message->setObjectName(QStringLiteral("deliveryMessage"));
    m_filter->setClearButtonEnabled(true);
    m_table->setColumnCount(Cols);
    m_plannedOn->setCalendarPopup(true);
    m_plannedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_plannedOn->setMinimumDate(NotSet);
    m_blockers->setWordWrap(true);
    m_blockers->setTextFormat(Qt::PlainText);
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_item->setMinimumContentsLength(24);

    m_checklist->setColumnCount(CheckCols);
    m_checklist->setRowCount(int(allDeliveryCategories().size()));
    m_checklist->verticalHeader()->hide();
    m_checklist->horizontalHeader()->setStretchLastSection(true);
    m_checklist->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checklist->setEditTriggers(QAbstractItemView::AllEditTriggers);
    int row = 0;
    for (DeliveryCategory c : allDeliveryCategories()) {
        auto *category = new QTableWidgetItem;
        category->setFlags(Qt::ItemIsEnabled);
        category->setData(Qt::UserRole, int(c));
        m_checklist->setItem(row, CategoryCol, category);
        auto *status = new QComboBox;
        status->setObjectName(QStringLiteral("checklistStatus_") + deliveryCategoryId(c));
        for (ChecklistStatus s :
             {ChecklistStatus::Pending, ChecklistStatus::Received, ChecklistStatus::NotApplicable})
            status->addItem(QString(), int(s));
        m_checklist->setCellWidget(row, StatusCol, status);
        connect(status, &QComboBox::currentIndexChanged, this, &DeliveriesPanel::edited);
        m_checklist->setItem(row, DetailCol, new QTableWidgetItem);
        ++row;
    }
    m_checklist->setFixedHeight(m_checklist->horizontalHeader()->sizeHint().height()
                                + m_checklist->verticalHeader()->defaultSectionSize() * row + 4);
    m_training->setColumnCount(4);
    m_records->setColumnCount(3);
    for (QTableWidget *t : {m_training, m_records})
        t->setFixedHeight(t->verticalHeader()->defaultSectionSize() * 4
                          + t->horizontalHeader()->sizeHint().height() + 4);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addStretch(1);
    leftButtons->addWidget(m_new);
    leftLayout->addLayout(leftButtons);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QWidget *f : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_supplier),
                       static_cast<QWidget *>(m_item), static_cast<QWidget *>(m_responsibilities),
                       static_cast<QWidget *>(m_steps), static_cast<QWidget *>(m_plannedOn)})
        addRow(m_form, f);
    auto *training = new QHBoxLayout;
    training->addWidget(m_trainingTitle, 1);
    training->addWidget(m_addTraining);
    auto *record = new QHBoxLayout;
    record->addWidget(m_recordText, 1);
    record->addWidget(m_addRecord);

    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    auto *head = new QHBoxLayout;
    head->addWidget(m_heading, 1);
    head->addWidget(m_state);
    formLayout->addLayout(head);
    formLayout->addLayout(m_form);
    formLayout->addWidget(m_checklistTitle);
    formLayout->addWidget(m_checklist);
    formLayout->addLayout(training);
    formLayout->addWidget(m_training);
    formLayout->addWidget(m_recordsTitle);
    formLayout->addWidget(m_records);
    formLayout->addLayout(record);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_start);
    buttons->addWidget(m_accept);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(scroll, 1);
    // What blocks the next step stays in sight beside the buttons, however long the form.
    rightLayout->addWidget(m_blockersTitle);
    rightLayout->addWidget(m_blockers);
    rightLayout->addWidget(m_message);
    rightLayout->addLayout(buttons);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({540, 740});
    m_splitter->restoreState(
        QSettings().value(QStringLiteral("testing/deliveriesSplitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("testing/deliveriesSplitter"), m_splitter->saveState());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { DrillUi::filterRows(m_table, text); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty() || m_loading)
            return;
        if (const QTableWidgetItem *item = m_table->item(rows.first().row(), 0))
            if (auto d = m_deliveries.delivery(item->data(Qt::UserRole).toLongLong()))
                showDelivery(*d);
    });
    connect(m_new, &QPushButton::clicked, this, &DeliveriesPanel::newDelivery);
    connect(m_save, &QPushButton::clicked, this, &DeliveriesPanel::save);
    connect(m_start, &QPushButton::clicked, this, &DeliveriesPanel::start);
    connect(m_accept, &QPushButton::clicked, this, &DeliveriesPanel::accept);
    connect(m_addTraining, &QPushButton::clicked, this, &DeliveriesPanel::addTraining);
    connect(m_addRecord, &QPushButton::clicked, this, &DeliveriesPanel::addRecord);
    connect(m_recordText, &QLineEdit::returnPressed, this, &DeliveriesPanel::addRecord);
    connect(m_recordText, &QLineEdit::textChanged, this, &DeliveriesPanel::updateForm);
    for (QLineEdit *e : {m_title, m_supplier})
        connect(e, &QLineEdit::textEdited, this, &DeliveriesPanel::edited);
    for (QPlainTextEdit *e : {m_responsibilities, m_steps})
        connect(e, &QPlainTextEdit::textChanged, this, &DeliveriesPanel::edited);
    connect(m_item, &QComboBox::currentIndexChanged, this, &DeliveriesPanel::edited);
    connect(m_plannedOn, &QDateEdit::dateChanged, this, &DeliveriesPanel::edited);
    connect(m_checklist, &QTableWidget::itemChanged, this, &DeliveriesPanel::edited);
    connect(&m_context.session, &Session::actorChanged, this, &DeliveriesPanel::updateForm);
    newDelivery();
}

QComboBox *DeliveriesPanel::statusBox(DeliveryCategory category) const
{
    return qobject_cast<QComboBox *>(
        m_checklist->cellWidget(int(allDeliveryCategories().indexOf(category)), StatusCol));
}

void DeliveriesPanel::reload()
{
    auto all = m_deliveries.deliveries();
    if (!all) {
        m_message->showError(all.error());
        return;
    }
    m_loading = true;
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(all->size()));
    for (int row = 0; row < all->size(); ++row) {
        const Delivery &d = all->at(row);
        m_table->setItem(row, TitleCol, DrillUi::cell(d.title, d.id));
        m_table->setItem(row, SupplierCol, DrillUi::cell(d.supplier, d.id));
        m_table->setItem(row, StateCol,
                         DrillUi::cell(deliveryStateName(d.state), d.id, int(d.state)));
        const int settled = settledCount(d);
        m_table->setItem(
            row, ProgressCol,
            DrillUi::cell(tr("%1/%2").arg(settled).arg(d.checklist.size()), d.id, settled));
        m_table->setItem(
            row, PlannedCol,
            DrillUi::cell(DrillUi::dateText(d.plannedOn), d.id,
                          qint64(d.plannedOn.isValid() ? d.plannedOn.toJulianDay() : 0)));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 200));
    DrillUi::filterRows(m_table, m_filter->text());
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_delivery.id != 0
            && m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == m_delivery.id)
            m_table->selectRow(row);
    m_loading = false;
    // Written elsewhere while shown here and not edited: show the stored one (training and
    // records do not change the version, so it is read whole).
    if (m_delivery.id != 0 && !m_dirty)
        if (auto d = m_deliveries.delivery(m_delivery.id))
            showDelivery(*d);
    // The first time there is something to show, show the newest rather than an empty form.
    if (!m_shownOnce && m_delivery.id == 0 && !m_dirty && m_table->rowCount() > 0) {
        m_shownOnce = true;
        m_table->selectRow(0);
    }
    fillItemChoices();
    updateForm();
}

void DeliveriesPanel::fillItemChoices()
{
    if (m_dirty)
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_item->clear();
    m_item->addItem(tr("— none —"), qint64(0));
    if (auto items = m_config.items(true))
        for (const ConfigItem &i : *items)
            if (!i.deleted() || i.id == m_delivery.itemId)
                m_item->addItem(tr("%1  %2").arg(i.number, i.name), i.id);
    m_item->setCurrentIndex(qMax(0, m_item->findData(m_delivery.itemId)));
    m_loading = wasLoading;
}

void DeliveriesPanel::newDelivery()
{
    Delivery d;
    for (DeliveryCategory c : allDeliveryCategories())
        d.checklist << ChecklistEntry{c, ChecklistStatus::Pending, {}};
    m_table->clearSelection();
    showDelivery(d);
    m_title->setFocus();
}

bool DeliveriesPanel::selectDelivery(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0) && m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

void DeliveriesPanel::showDelivery(const Delivery &d)
{
    m_loading = true;
    m_delivery = d;
    m_title->setText(d.title);
    m_supplier->setText(d.supplier);
    m_responsibilities->setPlainText(d.responsibilities);
    m_steps->setPlainText(d.steps);
    m_plannedOn->setDate(d.plannedOn.isValid() ? d.plannedOn : NotSet);
    int row = 0;
    for (DeliveryCategory c : allDeliveryCategories()) {
        ChecklistEntry e{c, ChecklistStatus::Pending, {}};
        for (const ChecklistEntry &given : d.checklist)
            if (given.category == c)
                e = given;
        statusBox(c)->setCurrentIndex(statusBox(c)->findData(int(e.status)));
        m_checklist->item(row, DetailCol)->setText(e.detail);
        ++row;
    }
    m_training->setSortingEnabled(false);
    m_training->clearContents();
    m_training->setRowCount(int(d.training.size()));
    for (int r = 0; r < d.training.size(); ++r) {
        const DeliveryTraining &t = d.training[r];
        m_training->setItem(r, 0, DrillUi::cell(DrillUi::dateText(t.heldOn), t.id));
        m_training->setItem(r, 1, DrillUi::cell(t.trainer, t.id));
        m_training->setItem(r, 2, DrillUi::cell(t.attendees, t.id));
        m_training->setItem(r, 3, DrillUi::cell(t.topic, t.id));
    }
    m_training->setSortingEnabled(true);
    m_records->setSortingEnabled(false);
    m_records->clearContents();
    m_records->setRowCount(int(d.records.size()));
    for (int r = 0; r < d.records.size(); ++r) {
        const DeliveryRecord &rec = d.records[r];
        m_records->setItem(
            r, 0, DrillUi::cell(DrillUi::localText(rec.at), rec.id, rec.at.toSecsSinceEpoch()));
        m_records->setItem(r, 1, DrillUi::cell(rec.by, rec.id));
        m_records->setItem(r, 2, DrillUi::cell(rec.text, rec.id));
    }
    m_records->setSortingEnabled(true);
    m_dirty = false;
    fillItemChoices();
    m_loading = false;
    m_message->clearMessage();
    updateForm();
}

Delivery DeliveriesPanel::formDelivery() const
{
    Delivery d = m_delivery;
    d.title = m_title->text().trimmed();
    d.supplier = m_supplier->text().trimmed();
    d.itemId = m_item->currentData().toLongLong();
    d.responsibilities = m_responsibilities->toPlainText().trimmed();
    d.steps = m_steps->toPlainText().trimmed();
    d.plannedOn = m_plannedOn->date() == NotSet ? QDate() : m_plannedOn->date();
    d.checklist.clear();
    int row = 0;
    for (DeliveryCategory c : allDeliveryCategories()) {
        const auto status = ChecklistStatus(statusBox(c)->currentData().toInt());
        d.checklist << ChecklistEntry{c, status,
                                      m_checklist->item(row, DetailCol)->text().trimmed()};
        ++row;
    }
    return d;
}

void DeliveriesPanel::edited()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateForm();
}

void DeliveriesPanel::updateForm()
{
    const Delivery d = formDelivery();
    const bool canEdit = DrillUi::canEdit(m_context);
    const bool editable = canEdit && d.state != DeliveryState::Accepted;
    m_item->setEnabled(editable);
    m_plannedOn->setReadOnly(!editable);
    for (QLineEdit *e : {m_title, m_supplier})
        e->setReadOnly(!editable);
    for (QPlainTextEdit *e : {m_responsibilities, m_steps})
        e->setReadOnly(!editable);
    m_checklist->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                          : QAbstractItemView::NoEditTriggers);
    for (DeliveryCategory c : allDeliveryCategories())
        statusBox(c)->setEnabled(editable);
    for (QWidget *w : {static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_save),
                       static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_accept),
                       static_cast<QWidget *>(m_addTraining), static_cast<QWidget *>(m_addRecord),
                       static_cast<QWidget *>(m_recordText)})
        w->setVisible(canEdit);
    m_save->setEnabled(editable);
    m_start->setEnabled(canEdit && d.state == DeliveryState::Planned);
    m_accept->setEnabled(canEdit && d.state == DeliveryState::InProgress);
    // Training and records belong to a stored delivery; records may follow acceptance.
    m_addTraining->setEnabled(editable && d.id > 0);
    m_addRecord->setEnabled(canEdit && d.id > 0 && !m_recordText->text().trimmed().isEmpty());
    m_recordText->setEnabled(canEdit && d.id > 0);

    m_heading->setText(d.id == 0 ? tr("New delivery") : tr("Delivery: %1").arg(m_delivery.title));
    m_state->setText(
        d.id == 0 ? QString()
        : d.state == DeliveryState::Accepted
            ? tr("%1 on %2 by %3")
                  .arg(deliveryStateName(d.state), DrillUi::dateText(d.acceptedOn), d.acceptedBy)
            : deliveryStateName(d.state));
    m_checklistTitle->setText(
        tr("Checklist (%1/%2 settled)").arg(settledCount(d)).arg(d.checklist.size()));
    QStringList lines;
    if (d.state == DeliveryState::Planned) {
        m_blockersTitle->setText(tr("What blocks starting"));
        if (d.title.isEmpty())
            lines << tr("Give the delivery a title.");
        if (d.responsibilities.isEmpty())
            lines << tr("Write the responsibilities of the delivery plan.");
        if (d.steps.isEmpty())
            lines << tr("Write the steps of the delivery plan.");
        QStringList later = m_deliveries.acceptBlockers(d);
        if (!later.isEmpty())
            later.removeFirst(); // "not in progress": that is what starting does
        if (!later.isEmpty())
            lines << tr("Then, before acceptance:") << later;
    } else if (d.state == DeliveryState::InProgress) {
        m_blockersTitle->setText(tr("What blocks acceptance"));
        lines = m_deliveries.acceptBlockers(d);
    } else {
        m_blockersTitle->setText(tr("Accepted"));
        lines << tr("Accepted: the delivery is no longer edited; records may still be added.");
    }
    if (lines.isEmpty())
        lines << tr("✓ Nothing: it can go ahead.");
    m_blockers->setText(lines.join(QLatin1Char('\n')));
}

bool DeliveriesPanel::save()
{
    return act(nullptr, tr("Delivery saved."));
}

bool DeliveriesPanel::start()
{
    return act([this](qint64 id) { return m_deliveries.start(m_context.session.actor(), id); },
               tr("Delivery started."));
}

bool DeliveriesPanel::accept()
{
    return act([this](qint64 id) { return m_deliveries.accept(m_context.session.actor(), id); },
               tr("Delivery accepted."));
}

// Saves the form (unless accepted) and takes the step in one transaction.
bool DeliveriesPanel::act(const std::function<Status(qint64 id)> &step, const QString &done)
{
    if (!DrillUi::canEdit(m_context))
        return false;
    m_message->clearMessage();
    const Delivery d = formDelivery();
    auto id = m_context.backend.database().write([&]() -> Result<qint64> {
        auto saved = m_deliveries.save(m_context.session.actor(), d);
        if (!saved || !step)
            return saved;
        if (Status s = step(*saved); !s)
            return s.takeError();
        return saved;
    });
    if (!id) {
        m_message->showError(id.error());
        return false;
    }
    if (auto stored = m_deliveries.delivery(*id))
        showDelivery(*stored);
    reload();
    m_message->showSuccess(done);
    return true;
}

void DeliveriesPanel::addTraining()
{
    if (!DrillUi::canEdit(m_context) || m_delivery.id == 0)
        return;
    TrainingDialog dialog(m_context, m_deliveries, m_delivery.id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Delivery form = formDelivery();
    const bool dirty = m_dirty;
    if (auto stored = m_deliveries.delivery(m_delivery.id)) {
        // Keep what is typed in the form; only the training list is new.
        m_delivery.training = stored->training;
        Delivery shown = form;
        shown.training = stored->training;
        showDelivery(shown);
        m_dirty = dirty;
        updateForm();
    }
}

bool DeliveriesPanel::addRecord()
{
    const QString text = m_recordText->text().trimmed();
    if (!DrillUi::canEdit(m_context) || m_delivery.id == 0 || text.isEmpty())
        return false;
    m_message->clearMessage();
    auto added = m_deliveries.addRecord(m_context.session.actor(), m_delivery.id, text);
    if (!added) {
        m_message->showError(added.error());
        return false;
    }
    m_recordText->clear();
    if (auto stored = m_deliveries.delivery(m_delivery.id)) {
        const bool dirty = m_dirty;
        Delivery shown = formDelivery();
        shown.records = stored->records;
        m_delivery.records = stored->records;
        showDelivery(shown);
        m_dirty = dirty;
        updateForm();
    }
    return true;
}

void DeliveriesPanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter deliveries…"));
    m_table->setHorizontalHeaderLabels(
        {tr("Title"), tr("Supplier"), tr("State"), tr("Checklist"), tr("Planned on")});
    m_new->setText(tr("&New delivery"));
    setLabel(m_form, m_title, tr("&Title:"));
    setLabel(m_form, m_supplier, tr("S&upplier:"));
    setLabel(m_form, m_item, tr("Configuration ite&m:"));
    setLabel(m_form, m_responsibilities, tr("Res&ponsibilities:"));
    setLabel(m_form, m_steps, tr("St&eps:"));
    setLabel(m_form, m_plannedOn, tr("Planned &on:"));
    m_plannedOn->setSpecialValueText(tr("not set"));
    m_responsibilities->setPlaceholderText(
        tr("Who is responsible for what (supplier, operations)"));
    m_steps->setPlaceholderText(tr("The steps of the delivery"));
    m_checklist->setHorizontalHeaderLabels({tr("Category"), tr("Status"), tr("Detail")});
    int row = 0;
    for (DeliveryCategory c : allDeliveryCategories()) {
        m_checklist->item(row, CategoryCol)->setText(deliveryCategoryName(c));
        QComboBox *box = statusBox(c);
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, checklistStatusName(ChecklistStatus(box->itemData(i).toInt())));
        ++row;
    }
    m_checklist->resizeColumnToContents(CategoryCol);
    m_checklist->setColumnWidth(StatusCol, qMax(m_checklist->columnWidth(StatusCol), 130));
    m_checklist->setToolTip(tr("Detail: what was received, or why it does not apply"));
    m_trainingTitle->setText(tr("Training of the operations staff"));
    m_addTraining->setText(tr("Add tra&ining…"));
    m_training->setHorizontalHeaderLabels(
        {tr("Date"), tr("Trainer"), tr("Attendees"), tr("Topic")});
    m_recordsTitle->setText(tr("Records"));
    m_records->setHorizontalHeaderLabels({tr("At (UTC+8)"), tr("By"), tr("Text")});
    m_recordText->setPlaceholderText(tr("A record of the delivery (arrival, meeting, handover)"));
    m_addRecord->setText(tr("Add recor&d"));
    m_save->setText(tr("&Save"));
    m_start->setText(tr("Sta&rt"));
    m_accept->setText(tr("&Accept"));
    m_start->setToolTip(tr("Saves the form and starts the delivery"));
    m_accept->setToolTip(tr("Saves the form and accepts the delivery"));
    reload();
}

} // namespace ui
} // namespace dd
