#include "CatalogController.h"

#include "core/Error.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

namespace rebound {

namespace {
QVariantList toVariant(const QList<CatalogItem> &items) {
    QVariantList out;
    for (const CatalogItem &i : items)
        out.append(QVariantMap{{QStringLiteral("id"), i.id},
                               {QStringLiteral("name"), i.name},
                               {QStringLiteral("valence"), i.valence},
                               {QStringLiteral("hidden"), i.hidden},
                               {QStringLiteral("builtIn"), i.builtIn}});
    return out;
}
} // namespace

CatalogController::CatalogController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(&m_session, &VaultSession::stateChanged, this, &CatalogController::reload);
    reload();
}

void CatalogController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void CatalogController::reload() {
    m_emotions.clear();
    m_efforts.clear();
    if (Vault *vault = m_session.vault()) {
        try {
            m_emotions = toVariant(vault->catalog().items(CatalogItem::Kind::Emotion));
            m_efforts = toVariant(vault->catalog().items(CatalogItem::Kind::Effort));
        } catch (const Error &e) {
            setError(e.message());
        }
    }
    emit changed();
}

template <typename F> bool CatalogController::write(F &&f) {
    Vault *vault = m_session.vault();
    if (!vault)
        return false;
    try {
        f(vault->catalog());
        setError({});
        reload();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

bool CatalogController::add(int kind, const QString &name, int valence) {
    return write([&](CatalogRepository &c) {
        c.add(kind == Effort ? CatalogItem::Kind::Effort : CatalogItem::Kind::Emotion, name, valence);
    });
}

bool CatalogController::rename(const QString &id, const QString &name) {
    return write([&](CatalogRepository &c) { c.rename(id, name); });
}

bool CatalogController::setHidden(const QString &id, bool hidden) {
    return write([&](CatalogRepository &c) { c.setHidden(id, hidden); });
}

} // namespace rebound
