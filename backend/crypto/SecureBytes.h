#pragma once
#include <QByteArray>
#include <QString>
#include <cstddef>

namespace rebound {

// Calls sodium_init() once; every crypto entry point calls this first.
void ensureSodium();

// Key material and passphrases live only in sodium_malloc'ed memory: guarded,
// locked against swapping where the OS allows, and wiped when freed.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char *data, std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // Copies the UTF-8 form of text; the caller should drop its QString quickly.
    static SecureBytes fromUtf8(const QString &text);
    static SecureBytes random(std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecureBytes &other) const;
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Best effort for the QStrings that QML hands us: overwrite, then release.
void wipe(QString &text);
void wipe(QByteArray &bytes);

} // namespace rebound
