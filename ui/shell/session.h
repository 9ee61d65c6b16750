#pragma once

#include "access/actor.h"

#include <QObject>

namespace dd {
namespace ui {

// Who sits at this desk now: the signed-in operator, or Actor::nobody(). Pages read the actor
// from here for every write and follow actorChanged to enable or disable what it may do.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    bool isSignedIn() const { return m_actor.kind() != Actor::Kind::Nobody; }
    void setActor(const Actor &actor);
    void clear() { setActor(Actor::nobody()); }

    // Tells every view that database-wide settings (the institution profile) were saved from
    // this desk, so that what shows them (window title, status bar) reads them again.
    void notifyInstitutionChanged() { emit institutionChanged(); }

signals:
    void actorChanged();
    void institutionChanged();

private:
    Actor m_actor = Actor::nobody();
};

} // namespace ui
} // namespace dd
