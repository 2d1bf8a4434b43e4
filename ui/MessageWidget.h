#pragma once

// An inline message bar (after KeePassXC's MessageWidget): information, a warning, an error or a
// success shown above the work, never a modal box. It can carry action buttons (e.g. "Yes,
// clear") and hide itself after a delay.

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

class MessageWidget : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget *parent = nullptr);

    // autoHideMs 0: stays until closed or replaced.
    void showMessage(const QString &text, Type type, int autoHideMs = 0);
    QPushButton *addAction(const QString &text);
    void clearActions();
    void setCloseButtonVisible(bool visible);
    QString text() const;
    Type type() const { return m_type; }

public Q_SLOTS:
    void hideMessage();

Q_SIGNALS:
    void closed();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    QPushButton *m_close;
    Type m_type = Type::Information;
    class QTimer *m_hideTimer;
};
