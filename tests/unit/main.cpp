#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Rebound_BackendPlugin)
Q_IMPORT_QML_PLUGIN(Rebound_UiPlugin)

int main(int argc, char *argv[]) {
    // Test mode keeps QSettings and app data away from the real user's files.
    QStandardPaths::setTestModeEnabled(true);
    // Test discovery runs at build time without a display; child processes that
    // need one get the original environment back (see TestSupport::childEnvironment).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("REBOUND_TEST_RESTORE_QPA", "1");
    }
    QLoggingCategory::setFilterRules(QStringLiteral("rebound.*.info=false"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("ReboundTests"));
    QGuiApplication::setApplicationName(QStringLiteral("ReboundTests"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    return Catch::Session().run(argc, argv);
}
