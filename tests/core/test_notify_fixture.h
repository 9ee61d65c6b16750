#pragma once

// Local servers for the channel tests: an HTTP server answering canned responses and a tiny
// SMTP sink, both on 127.0.0.1 with an ephemeral port.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace dd::test {

struct HttpRequestSeen {
    QByteArray method;
    QByteArray target;                     // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

class HttpSink : public QObject {
public:
    struct Reply {
        int status = 200;
        QByteArray body = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    };

    HttpSink()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    serve(s, *buffer);
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
                    delete buffer;
                    s->deleteLater();
                });
            }
        });
    }

    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    // Replies in order; the last one repeats.
    void setReplies(QList<Reply> replies) { m_replies = std::move(replies); }
    const QList<HttpRequestSeen> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *s, QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpRequestSeen r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        m_requests << r;
        const Reply reply =
            m_replies.isEmpty()
                ? Reply{}
                : m_replies.value(std::min<qsizetype>(m_requests.size() - 1, m_replies.size() - 1));
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n";
        out += "Content-Type: application/json\r\nContent-Length: "
               + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n"
               + reply.body;
        s->write(out);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<Reply> m_replies;
    QList<HttpRequestSeen> m_requests;
};

// Speaks enough SMTP for libcurl: greeting, EHLO/HELO, MAIL, RCPT, DATA, QUIT.
class SmtpSink : public QObject {
public:
    struct Mail {
        QByteArray from;
        QList<QByteArray> to;
        QByteArray data;
    };

    SmtpSink()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *state = new Session;
                s->write("220 sink ESMTP\r\n");
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s, state] {
                    state->buffer += s->readAll();
                    talk(s, *state);
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, [s, state] {
                    delete state;
                    s->deleteLater();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    const QList<Mail> &mails() const { return m_mails; }

private:
    struct Session {
        QByteArray buffer;
        bool inData = false;
        Mail mail;
    };

    void talk(QTcpSocket *s, Session &st)
    {
        for (;;) {
            if (st.inData) {
                const qsizetype end = st.buffer.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                st.mail.data = st.buffer.left(end + 2);
                st.buffer.remove(0, end + 5);
                st.inData = false;
                m_mails << st.mail;
                st.mail = {};
                s->write("250 OK queued\r\n");
                continue;
            }
            const qsizetype eol = st.buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            const QByteArray line = st.buffer.left(eol);
            st.buffer.remove(0, eol + 2);
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO" || verb == "HELO")
                s->write("250-sink\r\n250 8BITMIME\r\n");
            else if (verb == "MAIL") {
                st.mail.from = line.mid(10).trimmed();
                s->write("250 OK\r\n");
            } else if (verb == "RCPT") {
                st.mail.to << line.mid(8).trimmed();
                s->write("250 OK\r\n");
            } else if (verb == "DATA") {
                st.inData = true;
                s->write("354 go ahead\r\n");
            } else if (verb == "QUIT") {
                s->write("221 bye\r\n");
                s->disconnectFromHost();
                return;
            } else {
                s->write("250 OK\r\n");
            }
        }
    }

    QTcpServer m_server;
    QList<Mail> m_mails;
};

} // namespace dd::test
