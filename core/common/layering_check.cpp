// dutydesk_core must stay free of widgets and painting: the CLI and the tests link it alone.
// Linking Qt6::Widgets or Qt6::Gui defines these macros for every source of the target, so
// this file turns a wrong link line into a build failure.
#ifdef QT_WIDGETS_LIB
#error "dutydesk_core must not link QtWidgets"
#endif
#ifdef QT_GUI_LIB
#error "dutydesk_core must not link QtGui"
#endif

namespace dd::detail {
int layeringCheckAnchor()
{
    return 0;
}
} // namespace dd::detail
