#pragma once
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class VaultSession;

// Settings: the user's emotions and effort tags (add, rename, hide, show).
class CatalogController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // [{id, name, valence, hidden, builtIn}], hidden ones included
    Q_PROPERTY(QVariantList emotions READ emotions NOTIFY changed)
    Q_PROPERTY(QVariantList efforts READ efforts NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Kind { Emotion = 0, Effort = 1 };
    Q_ENUM(Kind)

    explicit CatalogController(VaultSession &session, QObject *parent = nullptr);

    QVariantList emotions() const { return m_emotions; }
    QVariantList efforts() const { return m_efforts; }
    QString errorMessage() const { return m_error; }

    // Each returns false and sets errorMessage on failure.
    Q_INVOKABLE bool add(int kind, const QString &name, int valence = 0);
    // An empty name gives a built-in item its original name back.
    Q_INVOKABLE bool rename(const QString &id, const QString &name);
    Q_INVOKABLE bool setHidden(const QString &id, bool hidden);
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void changed();
    void errorMessageChanged();

private:
    template <typename F> bool write(F &&f);
    void setError(const QString &message);

    VaultSession &m_session;
    QVariantList m_emotions, m_efforts;
    QString m_error;
};

} // namespace rebound
