#include "action_cards.h"

#include "card_layout.h"
#include "contacts/phone_numbers.h"
#include "qr_code.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace dd {

namespace {

constexpr qreal PageWidthMm = 210.0;
constexpr qreal PageHeightMm = 297.0;
constexpr int Columns = 2;
constexpr int Rows = 5;
constexpr qreal MarkGapMm = 1.5;
constexpr qreal MarkLengthMm = 5.0;

// A person's own number for the card: mobile first (they may be away from their desk).
QString personalPhone(const Contact &c)
{
    for (const QString &p : {c.mobile, c.officePhone, c.dutyPhone})
        if (!p.isEmpty())
            return p;
    return {};
}

QString telValue(const QString &stored)
{
    const QString ext = PhoneNumbers::extension(stored);
    const QString number = PhoneNumbers::withoutExtension(stored);
    return ext.isEmpty() ? number : number + QLatin1Char(',') + ext;
}

const OrgPosition *chairPosition(const Handbook &h)
{
    for (const OrgPosition &p : h.positions)
        if (p.body == OrgBody::Decision && p.chair && !p.members.isEmpty())
            return &p;
    return nullptr;
}

QPointF gridOrigin()
{
    return QPointF(TextFit::mm((PageWidthMm - Columns * CardLayout::WidthMm) / 2),
                   TextFit::mm((PageHeightMm - Rows * CardLayout::HeightMm) / 2));
}

void drawCropMarks(QPainter &painter)
{
    const QPointF o = gridOrigin();
    const qreal w = TextFit::mm(CardLayout::WidthMm);
    const qreal h = TextFit::mm(CardLayout::HeightMm);
    const qreal gap = TextFit::mm(MarkGapMm);
    const qreal len = TextFit::mm(MarkLengthMm);
    const qreal right = o.x() + Columns * w;
    const qreal bottom = o.y() + Rows * h;
    painter.save();
    QPen pen(Qt::black);
    pen.setWidthF(TextFit::Dpi / 72.0 * 0.3);
    painter.setPen(pen);
    for (int c = 0; c <= Columns; ++c) {
        const qreal x = o.x() + c * w;
        painter.drawLine(QLineF(x, o.y() - gap - len, x, o.y() - gap));
        painter.drawLine(QLineF(x, bottom + gap, x, bottom + gap + len));
    }
    for (int r = 0; r <= Rows; ++r) {
        const qreal y = o.y() + r * h;
        painter.drawLine(QLineF(o.x() - gap - len, y, o.x() - gap, y));
        painter.drawLine(QLineF(right + gap, y, right + gap + len, y));
    }
    painter.restore();
}

void drawPageNote(QPainter &painter, const QString &note)
{
    FitSpec s;
    s.font = CardLayout::font(6.5);
    s.maxLines = 1;
    s.alignment = Qt::AlignHCenter;
    const QRectF box(TextFit::mm(20), TextFit::mm(PageHeightMm - 6.5), TextFit::mm(170),
                     TextFit::mm(3.5));
    TextFit::paint(painter, TextFit::fit({note}, box, s), QPointF(0, 0), Qt::darkGray);
}

} // namespace

QList<qint64> ActionCards::members(const Handbook &handbook, std::optional<OrgBody> body)
{
    QList<qint64> ids;
    for (const OrgBody b : {OrgBody::Decision, OrgBody::Executive}) {
        if (body && *body != b)
            continue;
        for (const OrgPosition &p : handbook.positions)
            if (p.body == b)
                for (qint64 id : p.members)
                    if (!ids.contains(id) && handbook.contact(id))
                        ids.append(id);
    }
    return ids;
}

QList<ActionCard> ActionCards::build(const Handbook &handbook, const QList<qint64> &contactIds)
{
    const QList<qint64> ids = contactIds.isEmpty() ? members(handbook) : contactIds;

    const OrgPosition *chair = chairPosition(handbook);
    const Contact *commander = chair ? handbook.contact(chair->members.first()) : nullptr;
    const NotificationContact *primary = nullptr;
    for (const NotificationContact &n : handbook.notification)
        if (n.slot == NotificationSlot::Primary)
            primary = &n;
    const Contact *itLead = primary ? handbook.contact(primary->contactId) : nullptr;
    QString dutyLine = primary ? primary->dutyPhone : QString();
    if (dutyLine.isEmpty() && itLead)
        dutyLine = itLead->dutyPhone;

    ActionCard common;
    common.institution = handbook.institution;
    common.handbookVersion = handbook.version;
    common.date = handbook.date;
    common.dutyLine = PhoneNumbers::display(dutyLine);
    if (!dutyLine.isEmpty())
        common.dutyLineVCard =
            QrCode::vCard(tr("%1 duty line").arg(handbook.institution), telValue(dutyLine));

    QList<ActionCard> cards;
    cards.reserve(ids.size());
    for (qint64 id : ids) {
        const Contact *c = handbook.contact(id);
        if (!c)
            continue;
        ActionCard card = common;
        card.contactId = c->id;
        card.name = c->name;
        if (const Unit *u = handbook.unit(c->unitId))
            card.unit = u->name;
        card.position = c->position;
        for (const OrgPosition &p : handbook.positions) {
            if (!p.members.contains(id))
                continue;
            card.roles.append(orgBodyName(p.body) + QStringLiteral(" · ") + p.title);
            for (const QString &task : p.keyTasks)
                if (!task.trimmed().isEmpty() && !card.tasks.contains(task.trimmed()))
                    card.tasks.append(task.trimmed());
        }
        const Contact *backup = handbook.contact(c->backupId);
        card.contacts = {
            {tr("Commander"), commander ? commander->name : QString(),
             commander ? PhoneNumbers::display(personalPhone(*commander)) : QString()},
            {tr("Duty line (7×24)"), QString(), common.dutyLine},
            {tr("Your backup"), backup ? backup->name : QString(),
             backup ? PhoneNumbers::display(personalPhone(*backup)) : QString()},
            {tr("IT lead (notification contact)"), itLead ? itLead->name : QString(),
             itLead ? PhoneNumbers::display(personalPhone(*itLead)) : QString()},
        };
        cards.append(card);
    }
    return cards;
}

QRectF ActionCards::cardRect(int slot, bool back)
{
    const int row = slot / Columns;
    int column = slot % Columns;
    if (back)
        column = Columns - 1 - column;
    const qreal left = (PageWidthMm - Columns * CardLayout::WidthMm) / 2;
    const qreal top = (PageHeightMm - Rows * CardLayout::HeightMm) / 2;
    return QRectF(left + column * CardLayout::WidthMm, top + row * CardLayout::HeightMm,
                  CardLayout::WidthMm, CardLayout::HeightMm);
}

int ActionCards::pageCount(int count, const CardOptions &options)
{
    const int sheets = (std::max(count, 0) + CardsPerSheet - 1) / CardsPerSheet;
    return options.backs ? 2 * sheets : sheets;
}

Result<CardSheetResult> ActionCards::write(const QList<ActionCard> &cards, const QString &pdfPath,
                                           const CardOptions &options)
{
    const QString shown = QDir::toNativeSeparators(pdfPath);
    if (cards.isEmpty())
        return fail(tr("No cards to print to %1: choose at least one person.").arg(shown));
    // Written to a temporary file and moved into place: a failed render leaves nothing behind.
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    Result<CardSheetResult> result = CardSheetResult{};
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(TextFit::Dpi));
        writer.setTitle(options.title.isEmpty() ? tr("Emergency action cards") : options.title);
        writer.setCreator(QStringLiteral("DutyDesk ") + QLatin1String(DUTYDESK_VERSION));
        result = print(cards, writer, options);
    }
    if (!result)
        return result;
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return result;
}

Result<CardSheetResult> ActionCards::print(const QList<ActionCard> &cards,
                                           QPagedPaintDevice &device, const CardOptions &options)
{
    if (cards.isEmpty())
        return fail(tr("No cards to print: choose at least one person."));
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Portrait);
    device.setPageMargins(QMarginsF(0, 0, 0, 0));

    CardSheetResult result;
    QList<CardFace> fronts;
    QList<CardFace> backs;
    fronts.reserve(cards.size());
    for (qsizetype i = 0; i < cards.size(); ++i) {
        fronts.append(CardLayout::front(cards.at(i)));
        QStringList problems = fronts.last().problems;
        if (options.backs) {
            backs.append(CardLayout::back(cards.at(i)));
            problems += backs.last().problems;
        }
        if (!problems.isEmpty())
            result.warnings.append(tr("Card %1 (%2): %3 did not fit even at %4 pt.")
                                       .arg(i + 1)
                                       .arg(cards.at(i).name, problems.join(tr(", ")))
                                       .arg(CardLayout::MinPointSize));
    }

    QPainter painter;
    if (!painter.begin(&device))
        return fail(tr("Cannot start printing the cards."));
    const int dpiX = device.logicalDpiX();
    const int dpiY = device.logicalDpiY();
    // A printer that keeps its own margins paints from the printable area's corner.
    const QPointF paintOrigin = device.pageLayout().paintRectPixels(dpiX).topLeft();
    painter.translate(-paintOrigin);
    painter.scale(dpiX / TextFit::Dpi, dpiY / TextFit::Dpi);
    painter.setRenderHint(QPainter::Antialiasing);

    const int sheets = int((cards.size() + CardsPerSheet - 1) / CardsPerSheet);
    bool firstPage = true;
    for (int sheet = 0; sheet < sheets; ++sheet) {
        for (int side = 0; side < (options.backs ? 2 : 1); ++side) {
            if (!firstPage && !device.newPage()) {
                painter.end();
                return fail(tr("Cannot start page %1 of the cards.").arg(result.pages + 1));
            }
            firstPage = false;
            ++result.pages;
            for (int slot = 0; slot < CardsPerSheet; ++slot) {
                const qsizetype index = qsizetype(sheet) * CardsPerSheet + slot;
                if (index >= cards.size())
                    break;
                const QRectF rect = cardRect(slot, side == 1);
                const QPointF topLeft(TextFit::mm(rect.left()), TextFit::mm(rect.top()));
                CardLayout::paint(painter, side == 0 ? fronts.at(index) : backs.at(index), topLeft);
            }
            if (options.cropMarks)
                drawCropMarks(painter);
            const QString note = side == 0 ? tr("Fronts, sheet %1 of %2").arg(sheet + 1).arg(sheets)
                                           : tr("Backs, sheet %1 of %2: print on the reverse side, "
                                                "flipped on the long edge")
                                                 .arg(sheet + 1)
                                                 .arg(sheets);
            drawPageNote(painter,
                         options.drillBanner
                             ? tr("演练 DRILL — %1", "drill banner before a page note").arg(note)
                             : note);
        }
    }
    painter.end();
    return result;
}

} // namespace dd
