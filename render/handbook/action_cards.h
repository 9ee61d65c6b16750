#pragma once

#include "common/result.h"
#include "contacts/contact.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

namespace dd {

// One of the main contacts on a card's back ("Commander  王强  138 0013 8000").
struct CardContact {
    QString role;  // translated label
    QString name;  // "" for a line without a person (the duty line)
    QString phone; // for display
};

// Everything one emergency action card (应急工作卡片) shows, resolved from the handbook.
struct ActionCard {
    qint64 contactId = 0;
    QString name;
    QString unit;                // the person's department or unit
    QString position;            // job title
    QStringList roles;           // emergency roles: "Decision body · Commander-in-chief"
    QStringList tasks;           // key tasks of every position held, in order, without repeats
    QList<CardContact> contacts; // commander, duty line, the person's backup, IT lead
    QString dutyLineVCard;       // vCard 3.0 for the QR code; "" when no duty line is set
    QString dutyLine;            // the duty line for display under the QR code
    QString institution;
    int handbookVersion = 0;
    QDate date;
};

struct CardOptions {
    bool backs = true;        // a back page after each front page, mirrored for duplex printing
    bool cropMarks = true;    // cut marks in the page margins
    QString title;            // PDF metadata title; default "Emergency action cards"
    bool drillBanner = false; // drill mode: every sheet's page note starts with 演练 DRILL
};

struct CardSheetResult {
    int pages = 0;
    QStringList warnings; // one per card whose text did not fit even at the minimum size
};

// Emergency action cards: 85.6 × 54 mm (ID-1), ten to an A4 portrait sheet (2 × 5) with crop
// marks, fronts and mirrored backs. Front: name, unit and position, emergency roles and key
// tasks. Back: the main contacts and a QR code holding the duty line as a vCard.
class ActionCards {
    Q_DECLARE_TR_FUNCTIONS(dd::ActionCards)
public:
    static constexpr int CardsPerSheet = 10;

    // The members of the emergency organization, decision body first, in position and member
    // order, each once; only those of `body` when given.
    static QList<qint64> members(const Handbook &handbook,
                                 std::optional<OrgBody> body = std::nullopt);

    // One card per contact id (in the order given; ids not in the handbook are skipped), or
    // one per member of the organization when contactIds is empty.
    static QList<ActionCard> build(const Handbook &handbook, const QList<qint64> &contactIds);

    // Where the card in slot 0..9 of a sheet sits on the A4 page, in millimetres. Backs are
    // mirrored left to right, so front and back line up when the sheet is flipped on its long
    // edge (duplex printing).
    static QRectF cardRect(int slot, bool back);

    // The number of pages `count` cards take.
    static int pageCount(int count, const CardOptions &options);

    // Writes the sheets to a PDF (replaced only when the whole file was written).
    static Result<CardSheetResult> write(const QList<ActionCard> &cards, const QString &pdfPath,
                                         const CardOptions &options);
    // Paints the sheets on any paged device (a QPrinter for print or preview). Sets A4
    // portrait and no margins on the device.
    static Result<CardSheetResult> print(const QList<ActionCard> &cards, QPagedPaintDevice &device,
                                         const CardOptions &options);
};

} // namespace dd
