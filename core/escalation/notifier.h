#pragma once

#include "common/result.h"
#include "escalation/escalator.h"

#include <QAbstractListModel>
#include <QList>
#include <QObject>

#include <functional>

namespace dd {

// A channel that escalation actions go out through: the console's call list first; message
// channels (SMS, e-mail) later, behind the same interface. deliver() is called after the action
// was recorded as issued, once per action (never again after a restart).
class Notifier {
public:
    virtual ~Notifier() = default;
    // Called inside the transaction that records the action as issued: a notifier that must
    // never lose or repeat a message (the outbox) writes it here, so the message exists exactly
    // when the step does. A failure rolls the whole step back. Most notifiers need nothing.
    virtual Status stage(const EscalationAction &action)
    {
        Q_UNUSED(action);
        return {};
    }
    // Called after the commit: show or send what was staged.
    virtual void deliver(const EscalationAction &action) = 0;
};

// The console itself: keeps what was delivered (newest last) and signals it, so the duty
// officer's screen can show "call 张伟 +8613800138000 — acknowledge / no answer" at once.
class ConsoleNotifier : public QObject, public Notifier {
    Q_OBJECT
public:
    explicit ConsoleNotifier(QObject *parent = nullptr);

    void deliver(const EscalationAction &action) override;
    const QList<EscalationAction> &delivered() const { return m_delivered; }
    void clear() { m_delivered.clear(); }

Q_SIGNALS:
    void actionDelivered(const dd::EscalationAction &action);

private:
    QList<EscalationAction> m_delivered;
};

// The open calls of one incident (EscalationService::callList) as a list model for the
// incident workspace: one row per call, newest level last. Refresh after a tick or a record.
class CallListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        KeyRole = Qt::UserRole + 1, // the action key to pass to EscalationService::record()
        NameRole,
        PhoneRole,
        LevelRole,
        RoundRole,
        AckByRole,   // QDateTime (UTC)
        ChannelRole, // "phone" / "message"
        DrillRole,
    };

    // `source` returns the open calls (EscalationService::callList bound to an incident).
    using Source = std::function<QList<EscalationAction>()>;
    explicit CallListModel(QObject *parent = nullptr);

    void setSource(Source source);
    void refresh();
    const QList<EscalationAction> &calls() const { return m_calls; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Source m_source;
    QList<EscalationAction> m_calls;
};

} // namespace dd
