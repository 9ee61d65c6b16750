#include "shell/session.h"

namespace dd {
namespace ui {

Session::Session(QObject *parent)
    : QObject(parent)
{}

void Session::setActor(const Actor &actor)
{
    m_actor = actor;
    emit actorChanged();
}

} // namespace ui
} // namespace dd
