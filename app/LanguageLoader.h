#pragma once

// Picks and installs the app's language: French on a French system, English otherwise, unless
// the settings say otherwise. Switching at run time replaces the translators; widgets retranslate
// on QEvent::LanguageChange.

#include "Settings.h"

#include <QLocale>
#include <QObject>

class QTranslator;

class LanguageLoader : public QObject
{
    Q_OBJECT

public:
    explicit LanguageLoader(QObject *parent = nullptr);

    // "fr" or "en".
    static QString resolve(Settings::Language choice, const QLocale &system = QLocale::system());
    // Installs the translators for "fr"/"en" and sets the default QLocale; false if missing.
    bool apply(const QString &language);
    QString current() const { return m_current; }

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current;
};
