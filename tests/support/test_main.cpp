#include <QtGlobal>

#if defined(DD_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(DD_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <gtest/gtest.h>

// Tests run headless: the offscreen platform unless the caller chose one.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("DutyDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("dutydesk-tests"));
    return RUN_ALL_TESTS();
}
