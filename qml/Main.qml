import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Backend
import Rebound.Ui

// Root window. Shows the create, unlock or app screen for the vault state.
ApplicationWindow {
    id: root

    required property AppContext app

    readonly property PageCatalog navigation: PageCatalog {
    }
    readonly property string currentPage: navigation.currentPage
    readonly property int vaultState: app.vault.state

    // Switches the shell to a top-level page; false for unknown keys.
    function showPage(key: string): bool {
        return navigation.show(key);
    }

    // Opens a dialog or view over a page ("journal-entry", "journal-editor",
    // "journal-templates", "journal-calendar", "journal-search", "job-application", "job-editor",
    // "job-interview", "job-feedback", "goal-editor", "checklist-editor",
    // "reviews", "review", "review-finished", "change-passphrase"); "" closes
    // them. Only in the unlocked app; false otherwise or for unknown keys.
    function showOverlay(key: string): bool {
        const shell = screen.item as AppShell;
        return shell ? shell.showOverlay(key) : false;
    }

    // Loads the screen for the vault state. setSource() hands the required
    // properties over without reaching into the window from a Component.
    function showScreenForState() {
        switch (vaultState) {
        case VaultController.NoVault:
            screen.setSource("vault/CreateVaultPage.qml", {
                    "vault": app.vault
                });
            break;
        case VaultController.Locked:
            screen.setSource("vault/UnlockPage.qml", {
                    "vault": app.vault
                });
            break;
        default:
            screen.setSource("shell/AppShell.qml", {
                    "app": app,
                    "navigation": navigation
                });
        }
    }

    width: app.mobile ? Theme.phoneWindowSize.width : Theme.desktopWindowSize.width
    height: app.mobile ? Theme.phoneWindowSize.height : Theme.desktopWindowSize.height
    minimumWidth: Theme.minimumWindowWidth
    minimumHeight: Theme.minimumWindowHeight
    visible: true
    title: qsTr("Rebound")
    color: Theme.background

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    Material.background: Theme.background
    Material.foreground: Theme.textPrimary

    Binding {
        target: Theme
        property: "dark"
        value: root.app.settings.themeMode === SettingsController.Dark || (root.app.settings.themeMode === SettingsController.System && root.app.systemPrefersDark)
    }

    Binding {
        target: Theme
        property: "fontScale"
        value: root.app.fontScale
    }

    onVaultStateChanged: showScreenForState()
    Component.onCompleted: showScreenForState()

    Loader {
        id: screen

        anchors.fill: parent
    }
}
