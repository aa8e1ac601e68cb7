#include "CatalogController.h"

#include "CatalogVariant.h"
#include "core/Error.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

namespace rebound {

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
            m_emotions = catalogToVariant(vault->catalog().items(CatalogItem::Kind::Emotion));
            m_efforts = catalogToVariant(vault->catalog().items(CatalogItem::Kind::Effort));
        } catch (const Error &e) {
            setError(e.message());
        }
    } else {
        setError({}); // messages may name the locked vault's items
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
