#include "changes/change_dialog.h"

#include "access/sign_in_dialog.h"
#include "app/backend.h"
#include "changes/change_action_dialog.h"
#include "changes/change_editor.h"
#include "changes/change_format.h"
#include "changes/change_register.h"
#include "common/inline_message.h"
#include "config/config_registry.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace dd {
namespace ui {

ChangeDialog::ChangeDialog(UiContext &context, ChangeRegister &changes, ConfigRegistry &config,
                           qint64 id, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_changes(changes)
    , m_config(config)
    , m_header(new QLabel(this))
    , m_editor(nullptr)
    , m_details(new QLabel(this))
    , m_message(new InlineMessage(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("changeDialog"));
    if (auto items = config.items())
        m_items = *items;
    m_editor = new ChangeEditor(context, changes, m_items, this);
    m_header->setObjectName(QStringLiteral("changeHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_header->setFont(big);
    m_details->setObjectName(QStringLiteral("changeDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("changeMessage"));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_editor);
    contentLayout->addWidget(m_details);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    static const char *const names[ActionCount] = {
        "changeSaveDraft",  "changeSubmit", "changeApprove",    "changeReject",
        "changeRevise",     "changeCancel", "changeRecordTest", "changeStart",
        "changeUpdateItem", "changeFinish", "changeRollBack",   "changeReview"};
    auto *row = new QHBoxLayout;
    for (int a = 0; a < ActionCount; ++a) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(names[a]));
        b->setAutoDefault(false);
        row->addWidget(b);
        m_buttons.append(b);
        connect(b, &QPushButton::clicked, this, [this, a] {
            if (a == SaveDraft)
                saveDraft();
            else if (a == Submit)
                submit();
            else
                runAction(Action(a));
        });
    }
    row->addStretch(1);
    m_close->setObjectName(QStringLiteral("changeClose"));
    m_close->setAutoDefault(false);
    row->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(row);

    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, [this] {
        if (m_buttons[SaveDraft]->isVisible() && m_buttons[SaveDraft]->isEnabled())
            saveDraft();
    });

    execForm = [](ChangeActionDialog &form) { return form.exec(); };
    confirmPerson = [this](const QString &what, Permission needed) {
        return SignInDialog::confirmSecondPerson(m_context, what, needed, this);
    };
    resize(1180, 820);
    load(id);
    retranslateUi();
}

bool ChangeDialog::canWrite() const
{
    return !m_context.readOnly && m_context.session.isSignedIn();
}

void ChangeDialog::load(qint64 id)
{
    if (id != 0) {
        auto c = m_changes.change(id);
        if (!c) {
            m_message->showError(c.error());
            return;
        }
        m_change = *c;
    } else {
        m_change = ChangeRequest();
        // A first guess: tomorrow evening, after trading.
        const QDate tomorrow =
            m_context.backend.clock().now().toTimeZone(ChangeFormat::zone()).date().addDays(1);
        m_change.windowStart = QDateTime(tomorrow, QTime(20, 0), ChangeFormat::zone()).toUTC();
        m_change.windowEnd = m_change.windowStart.addSecs(2 * 3600);
    }
    m_editor->setRequest(m_change);
    updateState();
}

void ChangeDialog::updateState()
{
    const ChangeState s = m_change.state;
    const bool isNew = m_change.id == 0;
    const bool write = canWrite();
    const bool mine = isNew || m_change.applicantId == m_context.session.actor().operatorId();
    m_editor->setEditable(write && s == ChangeState::Draft && mine);
    QList<Action> shown;
    if (isNew)
        shown = {SaveDraft, Submit};
    else
        switch (s) {
        case ChangeState::Draft: shown = {SaveDraft, Submit, RecordTest, Cancel}; break;
        case ChangeState::Submitted: shown = {Approve, Reject, RecordTest, Cancel}; break;
        case ChangeState::Approved: shown = {RecordTest, Start, Cancel}; break;
        case ChangeState::Rejected: shown = {Revise}; break;
        case ChangeState::Implementing: shown = {RecordTest, UpdateItem, Finish, RollBack}; break;
        case ChangeState::Implemented:
        case ChangeState::RolledBack: shown = {Review}; break;
        case ChangeState::Reviewed:
        case ChangeState::Cancelled: break;
        }
    for (int a = 0; a < ActionCount; ++a)
        m_buttons[a]->setVisible(write && shown.contains(Action(a)));
    if (s == ChangeState::Draft && !isNew) {
        m_buttons[SaveDraft]->setEnabled(mine);
        m_buttons[Submit]->setEnabled(mine);
    }
    m_details->setText(details());
    m_details->setVisible(!m_details->text().isEmpty());
    retranslateUi();
}

QString ChangeDialog::details() const
{
    const ChangeRequest &c = m_change;
    QStringList lines;
    if (c.approverId != 0 && c.decidedAt.isValid()) {
        if (c.technicalRisk && c.businessRisk)
            lines << tr("Approved by %1 at %2: technical risk %3, business risk %4.")
                         .arg(c.approverName, ChangeFormat::time(c.decidedAt),
                              riskLevelName(*c.technicalRisk), riskLevelName(*c.businessRisk));
        else
            lines
                << tr("Decided by %1 at %2.").arg(c.approverName, ChangeFormat::time(c.decidedAt));
        if (!c.assessment.isEmpty())
            lines << tr("Assessment: %1").arg(c.assessment);
    }
    if (c.inTradingHours)
        lines << tr("⚠ %1: an emergency change approved inside trading hours.")
                     .arg(ChangeFormat::tradingHoursMark());
    for (const ChangeTest &t : c.tests)
        lines << tr("Test %1 (%2, %3 by %4): %5")
                     .arg(t.phase == ChangeTest::Phase::Before ? tr("before") : tr("after"),
                          t.passed ? tr("passed") : tr("failed"), ChangeFormat::time(t.recordedAt),
                          t.recordedBy, t.description);
    if (c.startedAt.isValid())
        lines << tr("Started at %1.").arg(ChangeFormat::time(c.startedAt));
    if (c.finishedAt.isValid())
        lines << tr("Finished at %1: %2").arg(ChangeFormat::time(c.finishedAt), c.outcome);
    if (c.reviewedAt.isValid())
        lines << tr("Reviewed at %1: goal %2; configuration %3; impact on production: %4. %5")
                     .arg(ChangeFormat::time(c.reviewedAt),
                          c.goalReached ? tr("reached") : tr("not reached"),
                          c.configUpdated ? tr("updated") : tr("not updated"), c.productionImpact,
                          c.reviewNote);
    return lines.join(QLatin1Char('\n'));
}

bool ChangeDialog::saveDraft()
{
    if (!canWrite())
        return false;
    auto saved = m_changes.saveDraft(m_context.session.actor(), m_editor->request());
    if (!saved) {
        m_message->showError(saved.error());
        return false;
    }
    load(*saved);
    m_message->showSuccess(tr("%1 saved as a draft.").arg(m_change.number));
    emit changed(m_change.id);
    return true;
}

bool ChangeDialog::submit()
{
    if (m_editor->isEditable() && !saveDraft())
        return false;
    Status done = m_changes.submit(m_context.session.actor(), m_change.id);
    if (!done) {
        m_editor->updateChecks();
        m_message->showError(done.error());
        return false;
    }
    load(m_change.id);
    m_message->showSuccess(tr("%1 was submitted for approval.").arg(m_change.number));
    emit changed(m_change.id);
    return true;
}

std::optional<Actor> ChangeDialog::approverActor(const QString &what)
{
    const Actor &me = m_context.session.actor();
    if (me.can(Permission::Approve) && me.operatorId() != m_change.applicantId)
        return me;
    return confirmPerson(what, Permission::Approve);
}

std::optional<Actor> ChangeDialog::actorFor(qint64 personId, const QString &what, Permission needed)
{
    const Actor &me = m_context.session.actor();
    if (personId == 0 || me.operatorId() == personId)
        return me;
    return confirmPerson(what, needed);
}

void ChangeDialog::runAction(Action action)
{
    if (!canWrite())
        return;
    const qint64 id = m_change.id;
    const QString number = m_change.number;
    const Actor me = m_context.session.actor();
    if (action == Revise) {
        Status done = m_changes.revise(me, id);
        if (!done) {
            m_message->showError(done.error());
            return;
        }
        load(id);
        emit changed(id);
        return;
    }
    if (action == Start) {
        auto actor =
            actorFor(m_change.implementerId,
                     tr("start %1 as its implementer %2").arg(number, m_change.implementerName),
                     Permission::EditDutyData);
        if (!actor)
            return;
        Status done = m_changes.start(*actor, id);
        if (!done) {
            m_message->showError(done.error());
            return;
        }
        load(id);
        m_message->showSuccess(tr("%1 is being implemented.").arg(number));
        emit changed(id);
        return;
    }

    using Kind = ChangeActionDialog::Kind;
    Kind kind = Kind::Reject;
    switch (action) {
    case Approve: kind = Kind::Approve; break;
    case Reject: kind = Kind::Reject; break;
    case Cancel: kind = Kind::Cancel; break;
    case RecordTest: kind = Kind::Test; break;
    case UpdateItem: kind = Kind::UpdateItem; break;
    case Finish: kind = Kind::Finish; break;
    case RollBack: kind = Kind::RollBack; break;
    case Review: kind = Kind::Review; break;
    default: return;
    }
    ChangeActionDialog form(kind, m_change, m_items, this);
    const ChangeRequest c = m_change;
    form.setApply([this, c, kind, me](const ChangeActionDialog &f) -> Status {
        const QString implementerStep = tr("%1 as its implementer %2");
        switch (kind) {
        case Kind::Approve: {
            auto actor = approverActor(tr("approve %1").arg(c.number));
            if (!actor)
                return fail(tr("Approval: not confirmed by an approver."));
            return m_changes.approve(*actor, c.id, f.approval());
        }
        case Kind::Reject: {
            auto actor = approverActor(tr("reject %1").arg(c.number));
            if (!actor)
                return fail(tr("Rejection: not confirmed by an approver."));
            return m_changes.reject(*actor, c.id, f.text());
        }
        case Kind::Cancel: {
            std::optional<Actor> actor = me;
            if (me.operatorId() != c.applicantId && !me.can(Permission::Approve))
                actor = confirmPerson(tr("cancel %1").arg(c.number), Permission::Approve);
            if (!actor)
                return fail(tr("Cancellation: not confirmed."));
            return m_changes.cancel(*actor, c.id, f.text());
        }
        case Kind::Test: {
            auto actor = actorFor(
                c.implementerId,
                implementerStep.arg(tr("record a test of %1").arg(c.number), c.implementerName),
                Permission::EditDutyData);
            if (!actor)
                return fail(tr("Test: not confirmed by the implementer."));
            auto recorded = m_changes.recordTest(*actor, c.id, f.phase(), f.text(), f.passed());
            return recorded ? Status() : Status(recorded.takeError());
        }
        case Kind::UpdateItem: {
            auto actor = actorFor(
                c.implementerId,
                implementerStep.arg(tr("update an item of %1").arg(c.number), c.implementerName),
                Permission::EditDutyData);
            if (!actor)
                return fail(tr("Item: not confirmed by the implementer."));
            return m_changes.updateItem(*actor, c.id, f.item(), f.note());
        }
        case Kind::Finish:
        case Kind::RollBack: {
            auto actor =
                actorFor(c.implementerId,
                         implementerStep.arg(tr("finish %1").arg(c.number), c.implementerName),
                         Permission::EditDutyData);
            if (!actor)
                return fail(tr("Outcome: not confirmed by the implementer."));
            return m_changes.finish(*actor, c.id, kind == Kind::RollBack, f.text());
        }
        case Kind::Review: {
            auto actor = actorFor(c.reviewerId,
                                  tr("review %1 as its reviewer %2").arg(c.number, c.reviewerName),
                                  Permission::EditDutyData);
            if (!actor)
                return fail(tr("Review: not confirmed by the reviewer."));
            return m_changes.review(*actor, c.id, f.review());
        }
        }
        return fail(tr("Unknown step."));
    });
    if (execForm(form) != QDialog::Accepted)
        return;
    if (kind == Kind::UpdateItem)
        if (auto items = m_config.items())
            m_items = *items;
    load(id);
    m_message->showSuccess(tr("%1: done.").arg(number));
    emit changed(id);
}

void ChangeDialog::retranslateUi()
{
    const ChangeRequest &c = m_change;
    if (c.id == 0) {
        setWindowTitle(tr("New change request"));
        m_header->setText(tr("New change request (draft)"));
    } else {
        setWindowTitle(tr("Change %1").arg(c.number));
        QStringList parts{tr("%1 %2").arg(c.number, c.title), changeStateName(c.state)};
        if (c.emergency())
            parts << tr("⚠ %1").arg(ChangeFormat::emergencyMark());
        if (c.inTradingHours)
            parts << tr("⚠ %1").arg(ChangeFormat::tradingHoursMark());
        m_header->setText(parts.join(QStringLiteral(" · ")) + QLatin1Char('\n')
                          + tr("Applicant %1 · approver %2 · implementer %3 · reviewer %4")
                                .arg(c.applicantName,
                                     c.approverName.isEmpty() ? tr("—") : c.approverName,
                                     c.implementerName.isEmpty() ? tr("—") : c.implementerName,
                                     c.reviewerName.isEmpty() ? tr("—") : c.reviewerName));
    }
    m_buttons[SaveDraft]->setText(tr("&Save draft"));
    m_buttons[SaveDraft]->setToolTip(tr("Save the draft (Ctrl+S)"));
    m_buttons[Submit]->setText(tr("Su&bmit"));
    m_buttons[Approve]->setText(tr("&Approve…"));
    m_buttons[Reject]->setText(tr("Re&ject…"));
    m_buttons[Revise]->setText(tr("Re&vise"));
    m_buttons[Cancel]->setText(tr("&Cancel change…"));
    m_buttons[RecordTest]->setText(tr("Record &test…"));
    m_buttons[Start]->setText(tr("Sta&rt"));
    m_buttons[UpdateItem]->setText(tr("&Update item…"));
    m_buttons[Finish]->setText(tr("&Finish…"));
    m_buttons[RollBack]->setText(tr("R&oll back…"));
    m_buttons[Review]->setText(tr("Re&view…"));
    m_close->setText(tr("Close"));
    m_details->setText(details());
}

void ChangeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace ui
} // namespace dd
