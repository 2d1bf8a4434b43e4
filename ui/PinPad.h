#pragma once

// A PIN pad for touch and keyboard: big digit keys, erase and OK; digits typed on a keyboard or
// keypad work too. The PIN shows as dots and is never kept after it is handed over.

#include <QWidget>

class QLineEdit;
class QPushButton;

class PinPad : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaximumLength = 8;
    static constexpr int kMinimumLength = 4;

    explicit PinPad(QWidget *parent = nullptr);

    QString pin() const { return m_pin; }
    void clear();
    QPushButton *digitButton(int digit) const { return m_digits[digit]; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *eraseButton() const { return m_erase; }

Q_SIGNALS:
    void pinEntered(const QString &pin);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void append(QChar digit);
    void erase();
    void submit();
    void refresh();

    QString m_pin;
    QLineEdit *m_display;
    QPushButton *m_digits[10];
    QPushButton *m_erase;
    QPushButton *m_ok;
};
