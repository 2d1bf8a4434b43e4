#include "PinPad.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

PinPad::PinPad(QWidget *parent)
    : QWidget(parent)
    , m_display(new QLineEdit(this))
    , m_erase(new QPushButton(u"⌫"_s, this))
    , m_ok(new QPushButton(tr("OK"), this))
{
    setFocusPolicy(Qt::StrongFocus);
    setObjectName(u"pinPad"_s);
    m_display->setReadOnly(true);
    m_display->setFocusPolicy(Qt::NoFocus);
    m_display->setAlignment(Qt::AlignCenter);
    m_display->setAccessibleName(tr("PIN"));
    m_display->setMinimumHeight(56);
    m_display->setStyleSheet(u"font-size: 30px; letter-spacing: 6px;"_s);

    auto *grid = new QGridLayout(this);
    grid->setSpacing(8);
    grid->addWidget(m_display, 0, 0, 1, 3);
    for (int digit = 0; digit < 10; ++digit) {
        auto *button = new QPushButton(QString::number(digit), this);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumSize(84, 64);
        button->setStyleSheet(u"font-size: 26px;"_s);
        connect(button, &QPushButton::clicked, this,
                [this, digit] { append(QChar(u'0' + digit)); });
        m_digits[digit] = button;
        if (digit > 0)
            grid->addWidget(button, 1 + (digit - 1) / 3, (digit - 1) % 3);
    }
    grid->addWidget(m_erase, 4, 0);
    grid->addWidget(m_digits[0], 4, 1);
    grid->addWidget(m_ok, 4, 2);
    for (QPushButton *button : {m_erase, m_ok}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumSize(84, 64);
        button->setStyleSheet(u"font-size: 22px;"_s);
    }
    m_erase->setAccessibleName(tr("Erase"));
    m_erase->setToolTip(tr("Erase (Backspace)"));
    m_ok->setToolTip(tr("Log in (Enter)"));
    m_ok->setObjectName(u"pinOk"_s);
    connect(m_erase, &QPushButton::clicked, this, &PinPad::erase);
    connect(m_ok, &QPushButton::clicked, this, &PinPad::submit);
    refresh();
}

void PinPad::clear()
{
    m_pin.fill(u'0'); // overwrite before letting go of the buffer
    m_pin.clear();
    refresh();
}

void PinPad::append(QChar digit)
{
    if (m_pin.size() >= kMaximumLength)
        return;
    m_pin.append(digit);
    refresh();
}

void PinPad::erase()
{
    m_pin.chop(1);
    refresh();
}

void PinPad::submit()
{
    if (m_pin.size() < kMinimumLength)
        return;
    const QString pin = m_pin;
    clear();
    Q_EMIT pinEntered(pin);
}

void PinPad::refresh()
{
    m_display->setText(QString(m_pin.size(), u'●'));
    m_ok->setEnabled(m_pin.size() >= kMinimumLength);
}

void PinPad::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit() && text.at(0).unicode() < 128) {
        append(text.at(0));
        return;
    }
    switch (event->key()) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        erase();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        submit();
        return;
    case Qt::Key_Escape:
        clear();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}
