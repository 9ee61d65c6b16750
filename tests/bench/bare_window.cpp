// The yardstick of the dashboard start-up benchmark: the least a Qt Widgets program does to
// show a window and save a picture of it. Usage: bench_bare_window FILE.png
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPixmap>

int main(int argc, char **argv)
{
    // Like dutydesk --screenshot: no display needed unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("DutyDesk"), &window));
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    return window.grab().save(QString::fromLocal8Bit(argv[1]), "PNG") ? 0 : 1;
}
