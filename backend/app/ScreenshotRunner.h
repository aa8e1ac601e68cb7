#pragma once
#include <QObject>
#include <QSize>
#include <QStringList>
#include <QUrl>

class QQuickWindow;

namespace rebound {

class VaultSession;

// Headless screenshot mode: walks the create screen, the unlock screen and every
// top-level page, saves each as DIR/<page>.png, lists text that does not fit in
// DIR/layout.txt, then quits the application.
class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    static QStringList pageKeys();
    // Dialogs captured after the pages, each as DIR/<key>.png.
    static QStringList overlayKeys();

    ScreenshotRunner(QQuickWindow *window, VaultSession &session, QString outputDir, bool demo,
                     QObject *parent = nullptr);
    void start();

signals:
    void finished(int exitCode);

private:
    void step();
    bool grab(const QString &name);
    bool callUi(const char *function, const QString &key);
    void writeLayoutReport();
    QUrl daylioSample() const;

    QQuickWindow *m_window;
    VaultSession &m_session;
    QString m_outputDir;
    bool m_demo;
    int m_step = 0;
    int m_failures = 0;
    QStringList m_layoutProblems;
};

} // namespace rebound
