#pragma once
#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Little-endian binary writing and strict reading for the sync formats. The
// reader never trusts a length it has not checked against what is left.
namespace rebound::syncformat {

[[noreturn]] inline void malformed(const char *what) {
    throw Error(ErrorCode::Tampered,
                QCoreApplication::translate("Sync", "Sync data is damaged or was altered (%1).")
                    .arg(QString::fromLatin1(what)));
}

class ByteWriter {
public:
    void u8(quint8 v) { m_out.append(char(v)); }
    void u16(quint16 v) { fixed(v, 2); }
    void u32(quint32 v) { fixed(v, 4); }
    void u64(quint64 v) { fixed(v, 8); }
    void varint(quint64 v) {
        while (v >= 0x80) {
            m_out.append(char((v & 0x7f) | 0x80));
            v >>= 7;
        }
        m_out.append(char(v));
    }
    void raw(const QByteArray &bytes) { m_out.append(bytes); }
    void bytes(const QByteArray &b) {
        varint(quint64(b.size()));
        m_out.append(b);
    }
    void text(const QString &s) { bytes(s.toUtf8()); }
    QByteArray &data() { return m_out; }

private:
    void fixed(quint64 v, int n) {
        for (int i = 0; i < n; ++i)
            m_out.append(char((v >> (8 * i)) & 0xff));
    }
    QByteArray m_out;
};

class ByteReader {
public:
    explicit ByteReader(const QByteArray &in, qsizetype offset = 0)
        : m_in(in)
        , m_pos(offset) {}
    qsizetype left() const { return m_in.size() - m_pos; }
    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos == m_in.size(); }
    quint8 u8() { return quint8(fixed(1)); }
    quint16 u16() { return quint16(fixed(2)); }
    quint32 u32() { return quint32(fixed(4)); }
    quint64 u64() { return fixed(8); }
    quint64 varint() {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const quint8 b = u8();
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        malformed("varint");
    }
    QByteArray raw(qsizetype n) {
        if (n < 0 || n > left())
            malformed("length");
        QByteArray out = m_in.mid(m_pos, n);
        m_pos += n;
        return out;
    }
    QByteArray bytes() {
        const quint64 n = varint();
        if (n > quint64(left()))
            malformed("length");
        return raw(qsizetype(n));
    }
    QString text() {
        const QByteArray b = bytes();
        QString s = QString::fromUtf8(b);
        // Invalid UTF-8 would come back changed: refuse instead of guessing.
        if (s.toUtf8() != b)
            malformed("text");
        return s;
    }

private:
    quint64 fixed(int n) {
        if (left() < n)
            malformed("truncated");
        quint64 v = 0;
        for (int i = 0; i < n; ++i)
            v |= quint64(quint8(m_in[m_pos + i])) << (8 * i);
        m_pos += n;
        return v;
    }
    const QByteArray &m_in;
    qsizetype m_pos;
};

} // namespace rebound::syncformat
