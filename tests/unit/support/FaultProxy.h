#pragma once
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>
#include <memory>

namespace rebound::test {

// What the proxy does to a matching request instead of forwarding it faithfully.
struct FaultRule {
    enum class Kind {
        Status,       // answer `status` (with `location`, if set) without forwarding
        DropRequest,  // close the connection once the request headers arrived
        DropResponse, // forward, then send the headers and half the body and close
        Truncate,     // forward, then send all headers but only half the body and close
        Delay,        // forward after delayMs
        FakeCreated,  // answer 201 to a PUT and forward nothing ("keeps nothing")
    };
    Kind kind = Kind::Status;
    QByteArray method;    // empty: any
    QString pathContains; // empty: any
    int times = 1;        // matching requests it applies to; -1: all
    int status = 500;
    int delayMs = 0;
    QByteArray location; // Status: a Location header (redirects); "SAME": the request's own URL
};

// An HTTP/1.1 proxy on 127.0.0.1 (random port) in front of one server (the test
// Apache). It lives in the test's thread: the blocking WebDavStore's nested event
// loop serves its sockets. One request per connection: every answer says
// "Connection: close".
class FaultProxy : public QObject {
    Q_OBJECT
public:
    // upstream: the server's base URL; url() keeps its path.
    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);

    QUrl url() const;
    // url() with `folder` (e.g. from ApacheServer::url) as its path.
    QUrl urlFor(const QUrl &upstreamFolder) const;
    void addRule(const FaultRule &rule) { m_rules.append(rule); }
    void clearRules() { m_rules.clear(); }

    int requests() const { return m_requests; }   // every request seen
    int forwarded() const { return m_forwarded; } // passed on to the server
    int faults() const { return m_faults; }       // rules applied

private:
    struct Connection;
    void onNewConnection();
    void onClientData(const std::shared_ptr<Connection> &c);
    void handle(const std::shared_ptr<Connection> &c);
    void forward(const std::shared_ptr<Connection> &c, const FaultRule *rule);
    const FaultRule *match(const QByteArray &method, const QByteArray &path);

    QTcpServer m_server;
    QUrl m_upstream;
    QList<FaultRule> m_rules;
    int m_requests = 0;
    int m_forwarded = 0;
    int m_faults = 0;
};

} // namespace rebound::test
