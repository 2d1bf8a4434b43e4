#include "AdminCli.h"

#include "AuditLog.h"
#include "PinHasher.h"
#include "ServerApp.h"
#include "ServerClock.h"
#include "SessionStore.h"
#include "TerminalStore.h"
#include "UserStore.h"

#include <QDateTime>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const QString kActor = u"cli"_s;

QString formatTime(qint64 ms)
{
    if (ms == 0)
        return u"-"_s;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s);
}

// Turns terminal echo off while a PIN is typed; does nothing when stdin is not a terminal.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
#endif
    }
    bool isInteractive() const
    {
        return m_active;
    }

private:
#ifdef Q_OS_UNIX
    termios m_saved{};
#endif
    bool m_active = false;
};

} // namespace

AdminCli::AdminCli(ServerApp &app, QTextStream &out, QTextStream &err, QTextStream &in)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_in(in)
{}

bool AdminCli::handles(const QString &command)
{
    return command == "terminal"_L1 || command == "user"_L1 || command == "config"_L1 ||
           command == "migrate"_L1;
}

int AdminCli::usage(const QString &message)
{
    m_err << message << Qt::endl;
    return 2;
}

int AdminCli::run(const QStringList &arguments, const Options &options)
{
    const QString command = arguments.value(0);
    if (command == "config"_L1) {
        m_out << m_app.config().redactedDump();
        m_out.flush();
        return 0;
    }
    if (!m_app.openDatabase()) {
        m_err << tr("Cannot open the database: %1").arg(m_app.errorString()) << Qt::endl;
        return 1;
    }
    if (command == "migrate"_L1) {
        m_out << tr("Database schema is up to date.") << Qt::endl;
        return 0;
    }
    if (command == "terminal"_L1)
        return terminalCommand(arguments.mid(1));
    if (command == "user"_L1)
        return userCommand(arguments.mid(1), options);
    return usage(tr("Unknown command %1.").arg(command));
}

int AdminCli::terminalCommand(const QStringList &arguments)
{
    TerminalStore terminals(m_app.db());
    AuditLog audit(m_app.db());
    const QString action = arguments.value(0);
    if (action == "add"_L1) {
        const QString name = arguments.mid(1).join(u' ').trimmed();
        if (arguments.size() != 2 || name.isEmpty() || name.size() > 64)
            return usage(tr("Usage: comptoir-server terminal add NAME (1-64 characters)"));
        const auto added = terminals.add(name);
        if (!added) {
            m_err << tr("Could not add the terminal: %1").arg(m_app.db().errorString()) << Qt::endl;
            return 1;
        }
        audit.append(kActor, u"terminal.add"_s, u"terminal:"_s + QString::number(added->first.id),
                     name);
        m_out << tr("Terminal %1 added: %2").arg(added->first.id).arg(name) << Qt::endl;
        // A line of its own, untranslated, so scripts can take it.
        m_out << "token: " << QString::fromLatin1(added->second) << Qt::endl;
        m_out << tr("Enter this token in the terminal's settings now: it is not stored and cannot "
                    "be shown again.")
              << Qt::endl;
        return 0;
    }
    if (action == "list"_L1) {
        bool failed = false;
        const QList<TerminalStore::Terminal> list = terminals.list(&failed);
        if (failed) {
            m_err << m_app.db().errorString() << Qt::endl;
            return 1;
        }
        m_out << tr("ID\tNAME\tSTATUS\tCREATED\tLAST SEEN") << Qt::endl;
        for (const TerminalStore::Terminal &t : list) {
            m_out << t.id << '\t' << t.name << '\t'
                  << (t.isRevoked() ? tr("revoked %1").arg(formatTime(t.revokedAt)) : tr("active"))
                  << '\t' << formatTime(t.createdAt) << '\t' << formatTime(t.lastSeenAt)
                  << Qt::endl;
        }
        return 0;
    }
    if (action == "revoke"_L1) {
        bool ok = false;
        const qint64 id = arguments.value(1).toLongLong(&ok);
        if (arguments.size() != 2 || !ok)
            return usage(tr("Usage: comptoir-server terminal revoke ID"));
        switch (terminals.revoke(id)) {
        case TerminalStore::Outcome::Done:
            audit.append(kActor, u"terminal.revoke"_s, u"terminal:"_s + QString::number(id));
            m_out << tr("Terminal %1 revoked.").arg(id) << Qt::endl;
            return 0;
        case TerminalStore::Outcome::AlreadyDone:
            m_out << tr("Terminal %1 was already revoked.").arg(id) << Qt::endl;
            return 0;
        case TerminalStore::Outcome::NotFound:
            m_err << tr("No terminal %1.").arg(id) << Qt::endl;
            return 1;
        case TerminalStore::Outcome::Failed:
            m_err << m_app.db().errorString() << Qt::endl;
            return 1;
        }
    }
    return usage(tr("Usage: comptoir-server terminal add NAME | list | revoke ID"));
}

std::optional<QString> AdminCli::readPin(const Options &options, bool confirm)
{
    if (options.pin)
        return *options.pin;
    EchoOff echoOff;
    m_err << tr("PIN (4-8 digits): ") << Qt::flush;
    const QString pin = m_in.readLine().trimmed();
    if (echoOff.isInteractive()) {
        m_err << Qt::endl;
        if (confirm) {
            m_err << tr("PIN again: ") << Qt::flush;
            const QString again = m_in.readLine().trimmed();
            m_err << Qt::endl;
            if (again != pin) {
                m_err << tr("The two PINs differ.") << Qt::endl;
                return std::nullopt;
            }
        }
    }
    return pin;
}

int AdminCli::userCommand(const QStringList &arguments, const Options &options)
{
    UserStore users(m_app.db());
    AuditLog audit(m_app.db());
    const QString action = arguments.value(0);

    if (action == "list"_L1) {
        bool failed = false;
        const QList<UserStore::User> list = users.list(false, &failed);
        if (failed) {
            m_err << m_app.db().errorString() << Qt::endl;
            return 1;
        }
        const qint64 now = ServerClock::nowMs();
        m_out << tr("ID\tNAME\tROLE\tSTATUS") << Qt::endl;
        for (const UserStore::User &u : list) {
            QString status = u.active ? tr("active") : tr("disabled");
            if (u.isLockedAt(now))
                status += u' ' + tr("(locked until %1)").arg(formatTime(u.lockedUntil));
            m_out << u.id << '\t' << u.name << '\t' << userRoleToString(u.role) << '\t' << status
                  << Qt::endl;
        }
        return 0;
    }

    if (action == "add"_L1) {
        const QString name = arguments.mid(1).join(u' ');
        const std::optional<UserRole> role = userRoleFromString(options.role);
        if (arguments.size() != 2 || !role)
            return usage(
                tr("Usage: comptoir-server user add --role cashier|manager [--pin PIN] NAME"));
        if (!UserStore::isValidName(name))
            return usage(tr("A name has 1 to 64 characters, no surrounding spaces, and is not "
                            "only digits."));
        const std::optional<QString> pin = readPin(options, true);
        if (!pin)
            return 1;
        if (!PinHasher::isValidPin(*pin))
            return usage(tr("A PIN has 4 to 8 digits."));
        const QByteArray hash = m_app.pinHasher().hash(*pin);
        if (hash.isEmpty()) {
            m_err << tr("Could not hash the PIN.") << Qt::endl;
            return 1;
        }
        UserStore::User added;
        switch (users.add(name, *role, hash, &added)) {
        case UserStore::Outcome::Done:
            audit.append(kActor, u"user.add"_s, u"user:"_s + QString::number(added.id),
                         userRoleToString(*role));
            m_out << tr("User %1 added: %2 (%3)")
                         .arg(QString::number(added.id), name, userRoleToString(*role))
                  << Qt::endl;
            return 0;
        case UserStore::Outcome::Conflict:
            m_err << tr("A user named %1 exists already.").arg(name) << Qt::endl;
            return 1;
        default:
            m_err << m_app.db().errorString() << Qt::endl;
            return 1;
        }
    }

    if (action == "set-pin"_L1 || action == "disable"_L1 || action == "enable"_L1) {
        if (arguments.size() != 2)
            return usage(tr("Usage: comptoir-server user %1 ID|NAME").arg(action));
        bool failed = false;
        const std::optional<UserStore::User> user = users.findByReference(arguments.at(1), &failed);
        if (failed) {
            m_err << m_app.db().errorString() << Qt::endl;
            return 1;
        }
        if (!user) {
            m_err << tr("No user %1.").arg(arguments.at(1)) << Qt::endl;
            return 1;
        }
        const QString subject = u"user:"_s + QString::number(user->id);
        if (action == "set-pin"_L1) {
            const std::optional<QString> pin = readPin(options, true);
            if (!pin)
                return 1;
            if (!PinHasher::isValidPin(*pin))
                return usage(tr("A PIN has 4 to 8 digits."));
            const QByteArray hash = m_app.pinHasher().hash(*pin);
            if (hash.isEmpty() || users.setPinHash(user->id, hash) != UserStore::Outcome::Done) {
                m_err << tr("Could not change the PIN.") << Qt::endl;
                return 1;
            }
            audit.append(kActor, u"user.set_pin"_s, subject);
            m_out << tr("PIN of %1 changed; any lockout is lifted.").arg(user->name) << Qt::endl;
            return 0;
        }
        const bool enable = action == "enable"_L1;
        const bool ok = m_app.db().inTransaction([&] {
            if (users.setActive(user->id, enable) != UserStore::Outcome::Done)
                return false;
            // A disabled person's open sessions end now, not at their expiry.
            return enable || SessionStore(m_app.db()).endAllForUser(user->id, ServerClock::nowMs());
        });
        if (!ok) {
            m_err << m_app.db().errorString() << Qt::endl;
            return 1;
        }
        audit.append(kActor, enable ? u"user.enable"_s : u"user.disable"_s, subject);
        m_out << (enable ? tr("User %1 enabled.") : tr("User %1 disabled; their sessions ended."))
                     .arg(user->name)
              << Qt::endl;
        return 0;
    }
    return usage(tr("Usage: comptoir-server user add|set-pin|disable|enable|list ..."));
}
