#include "ListeningProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

ListeningProcess::~ListeningProcess()
{
    stop(2000);
}

QString ListeningProcess::binary(const QString &name)
{
    if (QFileInfo(name).isAbsolute())
        return name;
    return QStringLiteral(COMPTOIR_BIN_DIR) + u'/' + name;
}

bool ListeningProcess::start(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment, const QString &logFile,
                             int timeoutMs)
{
    m_logFile = logFile;
    m_baseUrl.clear();
    m_error.clear();
    m_process.setProgram(binary(program));
    m_process.setArguments(arguments);
    m_process.setProcessEnvironment(environment);
    m_process.setStandardErrorFile(logFile, QIODevice::Append);
    m_process.start(QIODevice::ReadOnly);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = u"cannot start %1: %2"_s.arg(m_process.program(), m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(u"listening on (http://[^\\s]+)"_s);
    QDeadlineTimer deadline(timeoutMs);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() &&
            !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() != QProcess::Running)
                break;
            continue;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            seen += line.toUtf8() + '\n';
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                m_baseUrl = QUrl(match.captured(1));
                // Later stdout is not needed; stop buffering it.
                m_process.setReadChannel(QProcess::StandardOutput);
                return true;
            }
        }
    }
    m_error =
        u"%1 did not report a listening address (state %2, exit %3). stdout:\n%4\nstderr:\n%5"_s
            .arg(m_process.program())
            .arg(int(m_process.state()))
            .arg(m_process.exitCode())
            .arg(QString::fromUtf8(seen), logTail());
    stop(1000);
    return false;
}

qint64 ListeningProcess::pid() const
{
    return m_process.processId();
}

bool ListeningProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString ListeningProcess::logTail(int maxChars) const
{
    QFile file(m_logFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = file.readAll();
    return QString::fromUtf8(all.right(maxChars));
}

void ListeningProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

void ListeningProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

qint64 ListeningProcess::peakMemoryKiB() const
{
    if (m_process.state() != QProcess::Running)
        return -1;
    QFile status(u"/proc/%1/status"_s.arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
