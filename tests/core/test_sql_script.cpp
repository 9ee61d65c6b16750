#include "storage/sql_script.h"

#include <gtest/gtest.h>

using dd::splitSqlScript;

TEST(SqlScript, SplitsStatementsAndDropsComments)
{
    const auto s = splitSqlScript(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE a (x);\n/* b; */ INSERT INTO a VALUES (1);"));
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s.at(0), QStringLiteral("CREATE TABLE a (x)"));
    EXPECT_EQ(s.at(1), QStringLiteral("INSERT INTO a VALUES (1)"));
}

TEST(SqlScript, KeepsSemicolonsInsideQuotes)
{
    const auto s =
        splitSqlScript(QStringLiteral("INSERT INTO a VALUES ('x;y', 'it''s; fine');SELECT 1"));
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s.at(0), QStringLiteral("INSERT INTO a VALUES ('x;y', 'it''s; fine')"));
}

TEST(SqlScript, KeepsTriggerBodyTogether)
{
    const auto s = splitSqlScript(
        QStringLiteral("CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no');\n "
                       " SELECT CASE WHEN 1 THEN 2 END;\nEND;\nSELECT 2;"));
    ASSERT_EQ(s.size(), 2);
    EXPECT_TRUE(s.at(0).endsWith(QStringLiteral("END")));
    EXPECT_EQ(s.at(1), QStringLiteral("SELECT 2"));
}

TEST(SqlScript, EmptyScriptHasNoStatements)
{
    EXPECT_TRUE(splitSqlScript(QStringLiteral("  -- nothing\n ; ;")).isEmpty());
}
