#pragma once

// Asks before a manager's action that is not lightly undone (disable someone, revoke a terminal,
// deactivate a product) in the page's message bar rather than in a modal box: "No" puts the bar
// away, "Yes" runs the action. The caller gives the words, so they keep its translation context.

#include <QString>

#include <functional>

class MessageWidget;

class InlineConfirmation
{
public:
    static void ask(MessageWidget *message, const QString &question, const QString &yesText,
                    const QString &yesObjectName, const QString &noText,
                    std::function<void()> onYes);
};
