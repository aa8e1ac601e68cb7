#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>
#include <optional>

namespace rebound::test {

struct FaultProxy::Connection {
    QPointer<QTcpSocket> client;
    QByteArray buffer;
    QByteArray method, path, head; // head: request line + headers, without the final CRLF
    qint64 bodyLength = -1;        // -1: headers not complete yet
    bool handled = false;
    std::optional<FaultRule> rule; // a copy: tests may change the rules meanwhile
};

namespace {
QByteArray reason(int status) {
    switch (status) {
    case 201:
        return "Created";
    case 307:
        return "Temporary Redirect";
    case 412:
        return "Precondition Failed";
    case 423:
        return "Locked";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 507:
        return "Insufficient Storage";
    default:
        return "Fault";
    }
}

QByteArray statusOnly(int status, const QByteArray &location = {}) {
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
           (location.isEmpty() ? QByteArray() : "\r\nLocation: " + location) +
           "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}
} // namespace

FaultProxy::FaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream) {
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const {
    QUrl u = m_upstream;
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    return u;
}

QUrl FaultProxy::urlFor(const QUrl &upstreamFolder) const {
    QUrl u = url();
    u.setPath(upstreamFolder.path());
    return u;
}

const FaultRule *FaultProxy::match(const QByteArray &method, const QByteArray &path) {
    for (FaultRule &r : m_rules) {
        if (r.times == 0)
            continue;
        if (!r.method.isEmpty() && r.method != method)
            continue;
        if (!r.pathContains.isEmpty() &&
            !QString::fromUtf8(QByteArray::fromPercentEncoding(path)).contains(r.pathContains))
            continue;
        if (r.times > 0)
            --r.times;
        ++m_faults;
        return &r;
    }
    return nullptr;
}

void FaultProxy::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // Shared: an upstream answer may arrive after the client went away.
        auto c = std::make_shared<Connection>();
        c->client = socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onClientData(c); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FaultProxy::onClientData(const std::shared_ptr<Connection> &c) {
    if (!c->client || c->handled)
        return;
    c->buffer += c->client->readAll();
    if (c->bodyLength < 0) {
        const qsizetype end = c->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        c->head = c->buffer.left(end);
        c->buffer.remove(0, end + 4);
        const QList<QByteArray> lines = c->head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        c->method = requestLine.value(0);
        c->path = requestLine.value(1);
        c->bodyLength = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                c->bodyLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        ++m_requests;
        if (const FaultRule *rule = match(c->method, c->path))
            c->rule = *rule;
        if (c->rule && c->rule->kind == FaultRule::Kind::DropRequest) {
            c->handled = true;
            c->client->abort();
            return;
        }
    }
    if (c->buffer.size() < c->bodyLength)
        return;
    c->handled = true;
    handle(c);
}

void FaultProxy::handle(const std::shared_ptr<Connection> &c) {
    const FaultRule *rule = c->rule ? &*c->rule : nullptr;
    if (rule && rule->kind == FaultRule::Kind::Status) {
        c->client->write(statusOnly(rule->status, rule->location == "SAME" ? c->path : rule->location));
        c->client->disconnectFromHost();
        return;
    }
    if (rule && rule->kind == FaultRule::Kind::FakeCreated) {
        c->client->write(statusOnly(201));
        c->client->disconnectFromHost();
        return;
    }
    if (rule && rule->kind == FaultRule::Kind::Delay) {
        const FaultRule copy = *rule;
        QTimer::singleShot(copy.delayMs, this, [this, c, copy] {
            if (c->client)
                forward(c, nullptr);
        });
        return;
    }
    forward(c, rule);
}

void FaultProxy::forward(const std::shared_ptr<Connection> &c, const FaultRule *rule) {
    ++m_forwarded;
    const FaultRule::Kind kind = rule ? rule->kind : FaultRule::Kind::Delay;
    const bool damage = rule && (kind == FaultRule::Kind::DropResponse || kind == FaultRule::Kind::Truncate);
    // Rewrite the connection header: one request per upstream connection.
    QByteArray head;
    const QList<QByteArray> lines = c->head.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const QByteArray lower = line.toLower();
        if (lower.startsWith("connection:") || lower.startsWith("keep-alive:") || lower.startsWith("host:"))
            continue;
        head += line + "\r\n";
    }
    head += "Host: " + m_upstream.host().toLatin1() + ':' + QByteArray::number(m_upstream.port()) +
            "\r\nConnection: close\r\n\r\n";
    auto *up = new QTcpSocket(this);
    auto response = std::make_shared<QByteArray>();
    connect(up, &QTcpSocket::connected, up, [up, head, body = c->buffer.left(c->bodyLength)] {
        up->write(head);
        up->write(body);
    });
    connect(up, &QTcpSocket::readyRead, up, [up, response] { *response += up->readAll(); });
    // The server unreachable: the client sees its connection dropped.
    connect(up, &QTcpSocket::errorOccurred, up, [up, c](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // the normal end of an answer: disconnected() follows
        if (c->client)
            c->client->abort();
        up->deleteLater();
    });
    connect(up, &QTcpSocket::disconnected, this, [c, up, response, damage, kind] {
        *response += up->readAll();
        up->deleteLater();
        const QByteArray answer = *response;
        if (!c->client)
            return;
        // Every answer closes the client connection (the upstream one did too).
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end >= 0) {
            QByteArray headers = answer.left(end);
            const QByteArray body = answer.mid(end + 4);
            QByteArray out;
            for (const QByteArray &raw : headers.split('\n')) {
                const QByteArray line = raw.trimmed();
                if (line.toLower().startsWith("connection:") || line.toLower().startsWith("keep-alive:"))
                    continue;
                out += line + "\r\n";
            }
            out += "Connection: close\r\n\r\n";
            if (damage) {
                // Headers still promise the whole body.
                c->client->write(out + body.left(body.size() / 2));
                if (kind == FaultRule::Kind::DropResponse) {
                    c->client->flush();
                    c->client->abort();
                } else {
                    c->client->disconnectFromHost();
                }
                return;
            }
            c->client->write(out + body);
        } else {
            c->client->write(answer);
        }
        c->client->disconnectFromHost();
    });
    up->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
}

} // namespace rebound::test
