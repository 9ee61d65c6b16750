#include "demo/demo_generator.h"
#include "temp_database.h"

#include <gtest/gtest.h>

using namespace dd;

TEST(Demo, FillsAnEmptyDatabaseWithOperatorsWhosePinsWork)
{
    test::TempBackend backend;
    DemoGenerator demo(*backend);
    auto summary = demo.generate(DemoScale::Small);
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    EXPECT_FALSE(backend->settings().institution()->name.isEmpty());
    for (const DemoOperator &op : DemoGenerator::demoOperators()) {
        auto a = backend->operators().signIn(op.login, op.pin);
        EXPECT_TRUE(a.ok()) << op.login.toStdString();
    }
    EXPECT_TRUE(backend->audit().verify()->intact);
}

TEST(Demo, RefusesADatabaseThatHasData)
{
    test::TempBackend backend;
    backend.admin();
    DemoGenerator demo(*backend);
    EXPECT_FALSE(demo.generate(DemoScale::Small).ok());
}
