#pragma once

// Opening a shift at this till: the cashier types the opening float (or taps a usual amount) and
// the server opens the terminal's shift. A shift already open is said inline, not as an error box.

#include "backoffice/ShiftClient.h"

#include <QDialog>

class MessageWidget;
class QLineEdit;
class QPushButton;
class ServerClient;

class ShiftOpenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShiftOpenDialog(ServerClient *server, QWidget *parent = nullptr);

    // The usual floats offered as one-tap buttons.
    static const QList<qint64> &quickFloats();

    QLineEdit *floatEdit() const { return m_float; }
    QPushButton *openButton() const { return m_open; }
    QList<QPushButton *> quickButtons() const { return m_quick; }
    MessageWidget *messages() const { return m_message; }
    const ShiftClient::Shift &shift() const { return m_shift; }

Q_SIGNALS:
    void shiftOpened(const ShiftClient::Shift &shift);

private:
    void submit();
    void refresh();

    ShiftClient m_client;
    ShiftClient::Shift m_shift;
    QLineEdit *m_float;
    MessageWidget *m_message;
    QPushButton *m_open;
    QList<QPushButton *> m_quick;
    bool m_busy = false;
};
