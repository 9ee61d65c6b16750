#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace dd {

class Backend;

enum class DemoScale { Small, Large };

struct DemoOperator {
    QString login;
    QString displayName;
    QString pin;
    QString roles; // comma-separated role ids
};

// What `dutyctl demo` wrote, for its report.
struct DemoSummary {
    QList<std::pair<QString, qint64>> counts; // (what, how many)
};

// Fills an empty database with a realistic fictional securities company. Each feature adds
// its own step to demoSteps() (in demo_generator.cpp); a step writes in its own transaction.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(dd::DemoGenerator)
public:
    struct Step {
        QString name;
        std::function<Result<qint64>(Backend &, DemoScale)> run; // returns rows written
    };

    explicit DemoGenerator(Backend &backend);
    Result<DemoSummary> generate(DemoScale scale);

    // The operators every demo database has, with the PINs the README documents.
    static QList<DemoOperator> demoOperators();
    static QList<Step> steps();

private:
    Backend &m_backend;
};

} // namespace dd
