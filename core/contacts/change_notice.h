#pragma once

#include "common/result.h"
#include "contacts/contact.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dd {

class ContactRepository;

// The change notice for one unit concerned by changes of the handbook ("notify units").
struct ChangeNotice {
    qint64 unitId = 0;
    QString unitName;
    QList<HandbookChange> changes; // the changes this unit is told about, oldest first
    QString text;                  // the rendered notice, plain text
};

// Builds the change notices from the changes since the last distribution. The units concerned:
// - a changed contact: the contact's unit and the units whose agreements name the contact as
//   our contact;
// - a changed agreement: the unit it is with;
// - changed notification contacts: every unit with an agreement, every regulator (UnitKind::
//   Regulator) and every unit in the record of communications (notification_communications);
// - a changed unit (new, name, kind, address, phone): the unit itself; the unit of our contact
//   for each of its agreements; the units of the agreements whose our contact belongs to it;
//   and, when a notification contact belongs to it, everyone the notification contacts are
//   known to (as above).
// Each notice names the institution, the date, what changed (old → new as recorded) and whom
// to contact now (the notification contacts and our contact for each of the unit's
// agreements). The text comes from a built-in mustache template,
// :/dutydesk/templates/handbook_change_notice.<language>.mustache; ChangeNoticeTemplates
// (change_notice_library.h) writes them with the report template library instead.
class ChangeNotices {
    Q_DECLARE_TR_FUNCTIONS(dd::ChangeNotices)
public:
    // language: "zh_CN" or "en" (other "zh*" use zh_CN, anything else en). Empty list when
    // nothing changed since the last distribution or no unit is concerned.
    static Result<QList<ChangeNotice>> build(ContactRepository &contacts, const QString &language);
    // The same from a handbook snapshot and a list of changes.
    static Result<QList<ChangeNotice>>
    build(const Handbook &handbook, const QList<HandbookChange> &changes, const QString &language);
    // The built-in template for the language, as a resource path.
    static QString templatePath(const QString &language);
    // Renders `templateText` for one unit (the template library of issue 7 may pass its own).
    static Result<QString> render(const QString &templateText, const Handbook &handbook,
                                  const ChangeNotice &notice, const QString &language);
};

} // namespace dd
