#pragma once
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class VaultSession;

// SKELETON (being written): see issue 4.
class ApplicationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")

public:
    explicit ApplicationListModel(VaultSession &session, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    VaultSession &m_session;
};

} // namespace rebound
