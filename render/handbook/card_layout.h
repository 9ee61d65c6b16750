#pragma once

#include "action_cards.h"
#include "qr_code.h"
#include "text_fit.h"

#include <QColor>
#include <QCoreApplication>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace dd {

// One side of a card, laid out and ready to paint: every position is relative to the card's
// top-left corner, in layout units (TextFit::Dpi).
struct CardFace {
    struct Text {
        FittedText fitted;
        QColor color;
    };
    struct Fill {
        QRectF rect;
        QColor color;
    };

    QRectF rect; // the card: (0, 0, 85.6 mm, 54 mm)
    QList<Fill> fills;
    QList<QLineF> rules;
    QList<Text> texts;
    QRectF qrRect; // empty when there is no QR code
    QrMatrix qr;
    QImage qrImage;       // the same image for the same payload (a PDF embeds it once)
    QStringList problems; // what did not fit even at the minimum size (translated)
};

class CardLayout {
    Q_DECLARE_TR_FUNCTIONS(dd::CardLayout)
public:
    static constexpr qreal WidthMm = 85.6;
    static constexpr qreal HeightMm = 54.0;
    static constexpr qreal MinPointSize = 5.5;

    // Card fonts: a CJK sans-serif from a fallback list (WenQuanYi Micro Hei, Noto Sans CJK SC,
    // Source Han Sans SC, Microsoft YaHei, PingFang SC, SimHei).
    static QFont font(qreal pointSize, bool bold = false);

    static CardFace front(const ActionCard &card);
    static CardFace back(const ActionCard &card);

    static void paint(QPainter &painter, const CardFace &face, const QPointF &topLeft);
};

} // namespace dd
