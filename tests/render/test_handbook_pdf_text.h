#pragma once

#include <QByteArray>
#include <QString>

namespace dd {
namespace test {

// A minimal reader of the PDFs QPdfWriter writes, for tests without poppler-utils: inflates
// the Flate streams, reads each font's ToUnicode CMap and decodes the "<hex> Tj" glyph strings
// of every content stream. Text objects (BT … ET) are separated by newlines.
QString pdfText(const QByteArray &pdf);

// The number of /Type /Page objects.
int pdfPageCount(const QByteArray &pdf);

QByteArray readFile(const QString &path);

} // namespace test
} // namespace dd
