#include "MessageWidget.h"

#include "UiResources.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_close(new QPushButton(this))
    , m_hideTimer(new QTimer(this))
{
    UiResources::ensureLoaded();
    setObjectName(u"messageWidget"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setText(u"✕"_s);
    m_close->setFlat(true);
    m_close->setFocusPolicy(Qt::NoFocus);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QPushButton::clicked, this, &MessageWidget::hideMessage);
    m_hideTimer->setSingleShot(true);
    connect(m_hideTimer, &QTimer::timeout, this, &MessageWidget::hideMessage);
    hide();
}

void MessageWidget::showMessage(const QString &text, Type type, int autoHideMs)
{
    m_type = type;
    m_text->setText(text);
    QString background;
    QString border;
    QString icon;
    switch (type) {
    case Type::Information:
        background = u"#e3f0fb"_s;
        border = u"#3d8fd1"_s;
        icon = u":/icons/info.svg"_s;
        break;
    case Type::Positive:
        background = u"#e2f5e6"_s;
        border = u"#2e9d4a"_s;
        icon = u":/icons/check.svg"_s;
        break;
    case Type::Warning:
        background = u"#fdf3d9"_s;
        border = u"#d49a12"_s;
        icon = u":/icons/warning.svg"_s;
        break;
    case Type::Error:
        background = u"#fbe3e1"_s;
        border = u"#d1453b"_s;
        icon = u":/icons/error.svg"_s;
        break;
    }
    setStyleSheet(
        u"#messageWidget { background: %1; border: 1px solid %2; border-radius: 6px; }"
        " #messageWidget QLabel { color: #1d1d1d; font-size: 15px; }"_s.arg(background, border));
    m_icon->setPixmap(QIcon(icon).pixmap(22, 22));
    setAccessibleDescription(text);
    show();
    if (autoHideMs > 0)
        m_hideTimer->start(autoHideMs);
    else
        m_hideTimer->stop();
}

QPushButton *MessageWidget::addAction(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(36);
    m_actions->addWidget(button);
    return button;
}

void MessageWidget::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MessageWidget::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::hideMessage()
{
    m_hideTimer->stop();
    clearActions();
    hide();
    Q_EMIT closed();
}
