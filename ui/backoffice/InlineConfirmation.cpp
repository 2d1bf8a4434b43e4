#include "InlineConfirmation.h"

#include "MessageWidget.h"

#include <QPushButton>

void InlineConfirmation::ask(MessageWidget *message, const QString &question,
                             const QString &yesText, const QString &yesObjectName,
                             const QString &noText, std::function<void()> onYes)
{
    message->clearActions();
    message->showMessage(question, MessageWidget::Type::Warning);
    QPushButton *yes = message->addAction(yesText);
    yes->setObjectName(yesObjectName);
    QPushButton *no = message->addAction(noText);
    QObject::connect(yes, &QPushButton::clicked, message, std::move(onYes));
    QObject::connect(no, &QPushButton::clicked, message, [message] {
        message->clearActions();
        message->hideMessage();
    });
}
