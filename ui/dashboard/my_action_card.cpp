#include "dashboard/my_action_card.h"

#include "app/backend.h"
#include "shell/session.h"
#include "shell/ui_context.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace dd {
namespace ui {

Result<QList<ActionCard>> MyActionCard::cards(UiContext &context)
{
    if (!context.session.isSignedIn())
        return fail(tr("Sign in first: the card printed is the signed-in person's."));
    auto handbook = context.backend.contacts().handbook();
    if (!handbook)
        return handbook.takeError();
    const QString login = context.session.actor().login();
    qint64 contactId = 0;
    for (const Contact &c : std::as_const(handbook->contacts)) {
        if (!login.isEmpty() && c.operatorLogin == login) {
            contactId = c.id;
            break;
        }
    }
    const QList<ActionCard> built =
        contactId ? ActionCards::build(*handbook, {contactId}) : QList<ActionCard>();
    if (built.isEmpty())
        return fail(tr("No action card for %1: link the operator account \"%2\" to a person of "
                       "the emergency organization in the handbook first.")
                        .arg(context.session.actor().displayName(), login));
    return built;
}

Status MyActionCard::preview(UiContext &context, QWidget *parent)
{
    auto built = cards(context);
    if (!built)
        return built.takeError();
    const QList<ActionCard> cards = *built;
    CardOptions options;
    options.drillBanner = context.drillMode();
    options.title = tr("Action card of %1").arg(cards.first().name);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(options.title);
    printer.setDuplex(QPrinter::DuplexLongSide);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print my action card"));
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&cards, &options, &error](QPrinter *target) {
                         if (auto painted = ActionCards::print(cards, *target, options); !painted)
                             error = painted.error();
                     });
    dialog.exec();
    if (!error.isEmpty())
        return fail(error);
    return {};
}

} // namespace ui
} // namespace dd
