#include "config/config_small_dialogs.h"

#include "common/inline_message.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>

namespace dd {
namespace ui {

namespace {

QString itemText(const ConfigItem &i)
{
    return QStringLiteral("%1 — %2").arg(i.number, i.name);
}

QPlainTextEdit *textEdit(const QString &name)
{
    auto *e = new QPlainTextEdit;
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(100);
    return e;
}

} // namespace

RelationDialog::RelationDialog(ConfigRegistry &config, const Actor &actor, const ConfigItem &item,
                               const QList<ConfigItem> &others, QWidget *parent)
    : RegisterDialog(QStringLiteral("configRelationDialog"), parent)
    , m_config(config)
    , m_actor(actor)
    , m_item(item)
    , m_direction(new QComboBox)
    , m_kind(new QComboBox)
    , m_other(new QComboBox)
    , m_preview(new QLabel)
{
    m_direction->setObjectName(QStringLiteral("configRelationDirection"));
    m_kind->setObjectName(QStringLiteral("configRelationKind"));
    m_other->setObjectName(QStringLiteral("configRelationOther"));
    m_preview->setObjectName(QStringLiteral("configRelationPreview"));
    m_preview->setWordWrap(true);
    m_direction->addItem(tr("%1 relates to the other item").arg(item.number), 0);
    m_direction->addItem(tr("The other item relates to %1").arg(item.number), 1);
    for (RelationKind k : allRelationKinds())
        m_kind->addItem(relationKindName(k), relationKindId(k));
    m_kind->setCurrentIndex(m_kind->findData(relationKindId(RelationKind::DependsOn)));
    for (const ConfigItem &o : others)
        if (o.id != item.id && !o.deleted())
            m_other->addItem(itemText(o), o.id);
    m_other->setEditable(true);
    m_other->setInsertPolicy(QComboBox::NoInsert);
    setWindowTitle(tr("Add relation of %1").arg(item.number));
    addRow(m_direction)->setText(tr("&Direction:"));
    addRow(m_kind)->setText(tr("&Relation:"));
    addRow(m_other)->setText(tr("&Other item:"));
    form()->addRow(m_preview);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &RelationDialog::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RelationDialog::updatePreview);
    connect(m_other, &QComboBox::currentIndexChanged, this, &RelationDialog::updatePreview);
    updatePreview();
}

void RelationDialog::updatePreview()
{
    const QString other = m_other->currentIndex() >= 0
                              ? m_other->currentText().section(QStringLiteral(" — "), 0, 0)
                              : tr("(other item)");
    const bool outgoing = m_direction->currentData().toInt() == 0;
    //: %1 the item, %2 the relation ("runs on"), %3 the other item: "DB-0001 runs on SRV-0001"
    m_preview->setText(tr("%1 %2 %3.")
                           .arg(outgoing ? m_item.number : other, m_kind->currentText(),
                                outgoing ? other : m_item.number));
}

Status RelationDialog::apply()
{
    const int row = m_other->findText(m_other->currentText(), Qt::MatchFixedString);
    if (row < 0)
        return fail(tr("Other item: choose one of the listed items."));
    const qint64 other = m_other->itemData(row).toLongLong();
    const auto kind = relationKindFromId(m_kind->currentData().toString());
    const bool outgoing = m_direction->currentData().toInt() == 0;
    auto id =
        m_config.addRelation(m_actor, outgoing ? m_item.id : other, outgoing ? other : m_item.id,
                             kind.value_or(RelationKind::DependsOn));
    if (!id)
        return id.takeError();
    m_savedId = *id;
    return {};
}

StartAuditDialog::StartAuditDialog(ConfigRegistry &config, const Actor &actor, QWidget *parent)
    : RegisterDialog(QStringLiteral("configAuditDialog"), parent)
    , m_config(config)
    , m_actor(actor)
    , m_period(new QSpinBox)
    , m_note(new QLineEdit)
{
    m_period->setObjectName(QStringLiteral("configAuditPeriod"));
    m_note->setObjectName(QStringLiteral("configAuditNote"));
    m_period->setRange(1, 3650);
    m_period->setValue(180);
    m_period->setSuffix(tr(" days"));
    setWindowTitle(tr("Start configuration audit"));
    auto *explain = new QLabel(tr("Every item not confirmed within the period (or never "
                                  "confirmed) becomes a finding of the audit."));
    explain->setWordWrap(true);
    form()->addRow(explain);
    addRow(m_period)->setText(tr("&Period:"));
    addRow(m_note)->setText(tr("&Note:"));
}

Status StartAuditDialog::apply()
{
    auto id = m_config.startAudit(m_actor, m_period->value(), m_note->text().trimmed());
    if (!id)
        return id.takeError();
    m_savedId = *id;
    return {};
}

AuditFindingDialog::AuditFindingDialog(ConfigRegistry &config, const Actor &actor, qint64 auditId,
                                       const QList<ConfigItem> &items, qint64 preselect,
                                       QWidget *parent)
    : RegisterDialog(QStringLiteral("configDiscrepancyDialog"), parent)
    , m_config(config)
    , m_actor(actor)
    , m_auditId(auditId)
    , m_item(new QComboBox)
    , m_text(textEdit(QStringLiteral("configFindingText")))
{
    m_item->setObjectName(QStringLiteral("configFindingItem"));
    for (const ConfigItem &i : items)
        if (!i.deleted())
            m_item->addItem(itemText(i), i.id);
    m_item->setCurrentIndex(qMax(0, m_item->findData(preselect)));
    setWindowTitle(tr("Record discrepancy"));
    addRow(m_item)->setText(tr("&Item:"));
    addRow(m_text)->setText(tr("&What differs:"));
    m_text->setPlaceholderText(tr("what the audit found compared with the record"));
}

AuditFindingDialog::AuditFindingDialog(ConfigRegistry &config, const Actor &actor,
                                       const ConfigAuditFinding &finding, QWidget *parent)
    : RegisterDialog(QStringLiteral("configCorrectionDialog"), parent)
    , m_config(config)
    , m_actor(actor)
    , m_findingId(finding.id)
    , m_text(textEdit(QStringLiteral("configFindingText")))
{
    setWindowTitle(tr("Record correction"));
    auto *about = new QLabel(
        tr("%1 — %2: %3").arg(finding.itemNumber, finding.itemName, finding.description));
    about->setWordWrap(true);
    form()->addRow(about);
    addRow(m_text)->setText(tr("&Correction:"));
}

Status AuditFindingDialog::apply()
{
    if (m_findingId != 0)
        return m_config.recordCorrection(m_actor, m_findingId, m_text->toPlainText().trimmed());
    auto id = m_config.recordDiscrepancy(m_actor, m_auditId, m_item->currentData().toLongLong(),
                                         m_text->toPlainText().trimmed());
    if (!id)
        return id.takeError();
    return {};
}

QString problemText(const ItemProblem &p)
{
    const QString date = p.drillDate.isValid() ? p.drillDate.toString(Qt::ISODate) : QString();
    //: a drill finding: %1 the drill's date, %2 the drill, %3 the finding
    return LinkFindingDialog::tr("%1 · %2: %3").arg(date, p.drillTitle, p.text);
}

LinkFindingDialog::LinkFindingDialog(ConfigRegistry &config, const Actor &actor,
                                     const ConfigItem &item, QWidget *parent)
    : RegisterDialog(QStringLiteral("configLinkFindingDialog"), parent)
    , m_config(config)
    , m_actor(actor)
    , m_item(item)
    , m_finding(new QComboBox)
{
    m_finding->setObjectName(QStringLiteral("configLinkFindingBox"));
    m_finding->setMinimumContentsLength(40);
    m_finding->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    QSet<qint64> linked;
    if (auto own = config.findingsOfItem(item.id))
        for (const ItemProblem &p : *own)
            linked.insert(p.findingId);
    if (auto all = config.allFindings()) {
        for (const ItemProblem &p : *all)
            if (!linked.contains(p.findingId))
                m_finding->addItem(problemText(p), p.findingId);
    } else {
        message()->showError(all.error());
    }
    setWindowTitle(tr("Link a drill finding to %1").arg(item.number));
    auto *explain = new QLabel(tr("A problem found in a drill that concerns this item. It is "
                                  "listed with the item until it is unlinked."));
    explain->setWordWrap(true);
    form()->addRow(explain);
    addRow(m_finding)->setText(tr("&Finding:"));
    if (m_finding->count() == 0) {
        auto *none = new QLabel(tr("Every drill finding is linked already, or no drill has a "
                                   "finding yet."));
        none->setObjectName(QStringLiteral("configLinkFindingNone"));
        none->setWordWrap(true);
        form()->addRow(none);
    }
}

Status LinkFindingDialog::apply()
{
    if (m_finding->currentIndex() < 0)
        return fail(tr("Finding: choose one of the listed drill findings."));
    return m_config.linkFinding(m_actor, m_item.id, m_finding->currentData().toLongLong());
}

} // namespace ui
} // namespace dd
