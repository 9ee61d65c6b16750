#pragma once

#include "readiness/readiness_check.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace dd {
namespace ui {

// The readiness summary: the score and the worst checks first (failing, then due soon), each
// row naming what is wrong; activating a row (click, Enter) asks to open the page where it is
// fixed (fixRequested with the check's fixPage and fixTarget).
class ReadinessSummary : public QWidget {
    Q_OBJECT
public:
    static constexpr int ShownChecks = 8;

    explicit ReadinessSummary(QWidget *parent = nullptr);

    void setResult(const ReadinessResult &result);
    void setError(const QString &error);
    QListWidget *list() const { return m_list; }
    const QList<ReadinessCheck> &shownChecks() const { return m_shown; }

signals:
    void fixRequested(const QString &page, const QString &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void activate(QListWidgetItem *item);

    ReadinessResult m_result;
    QList<ReadinessCheck> m_shown;
    QString m_error;
    bool m_loaded = false;
    QElapsedTimer m_lastActivation; // a click and the activation it causes open once
    QListWidgetItem *m_lastItem = nullptr;
    QLabel *m_heading;
    QLabel *m_score;
    QListWidget *m_list;
};

} // namespace ui
} // namespace dd
