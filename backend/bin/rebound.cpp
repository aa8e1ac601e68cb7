// The Rebound app: everything lives in the backend library.
#include "app/Application.h"

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Rebound_BackendPlugin)
Q_IMPORT_QML_PLUGIN(Rebound_UiPlugin)

int main(int argc, char *argv[]) {
    return rebound::runApplication(argc, argv);
}
