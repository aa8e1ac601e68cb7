#include "ApplicationListModel.h"

namespace rebound {

ApplicationListModel::ApplicationListModel(VaultSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session) {}

int ApplicationListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : 0;
}

QVariant ApplicationListModel::data(const QModelIndex &, int) const {
    return {};
}

} // namespace rebound
