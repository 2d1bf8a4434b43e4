#pragma once

// Turns SIGTERM and SIGINT into QCoreApplication::quit(), so that `systemctl stop` or Ctrl+C
// shuts comptoir-server down in order (modules stop, the database closes) instead of killing it
// mid-write. A second signal during shutdown ends the process at once. POSIX only: elsewhere
// install() does nothing and the default behaviour stays.

#include <QObject>

class QSocketNotifier;

class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // Returns false when the handlers could not be installed.
    bool install();

private:
    QSocketNotifier *m_notifier = nullptr;
};
