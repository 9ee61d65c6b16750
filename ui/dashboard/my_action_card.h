#pragma once

#include "common/result.h"
#include "handbook/action_cards.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace dd {
namespace ui {

struct UiContext;

// "Print my action card" of the dashboard: the emergency action card of the signed-in person
// (the handbook contact whose operator login is theirs), shown in a print preview.
class MyActionCard {
    Q_DECLARE_TR_FUNCTIONS(dd::ui::MyActionCard)
public:
    // The card of the signed-in operator; refused with the reason when nobody is signed in or
    // no handbook person is linked to the account.
    static Result<QList<ActionCard>> cards(UiContext &context);
    // Opens the print preview (modal) of that card; the refusal or a paint error otherwise.
    static Status preview(UiContext &context, QWidget *parent);
};

} // namespace ui
} // namespace dd
