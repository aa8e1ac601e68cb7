#include "SecureBytes.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <cstring>
#include <sodium.h>
#include <utility>

namespace rebound {

void ensureSodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Error(ErrorCode::Crypto,
                    QCoreApplication::translate("Crypto", "The cryptography library could not start."));
}

SecureBytes::SecureBytes(std::size_t size) {
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw Error(ErrorCode::Crypto, QCoreApplication::translate("Crypto", "Out of secure memory."));
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::SecureBytes(const unsigned char *data, std::size_t size)
    : SecureBytes(size) {
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes() {
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::clear() {
    if (m_data)
        sodium_free(m_data); // zeroes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::fromUtf8(const QString &text) {
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(reinterpret_cast<const unsigned char *>(utf8.constData()), std::size_t(utf8.size()));
    wipe(utf8);
    return out;
}

SecureBytes SecureBytes::random(std::size_t size) {
    SecureBytes out(size);
    if (size)
        randombytes_buf(out.data(), size);
    return out;
}

bool SecureBytes::equals(const SecureBytes &other) const {
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void wipe(QString &text) {
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
    text.squeeze();
}

void wipe(QByteArray &bytes) {
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
    bytes.squeeze();
}

} // namespace rebound
